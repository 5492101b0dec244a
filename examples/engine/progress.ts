// A one-line progress bar, drawn only when the output is a terminal; elsewhere (pipes, CI logs) it
// draws nothing, so logs hold only the result lines.
import type { WriteStream } from 'node:tty';

export class ProgressBar {
  readonly #out: NodeJS.WriteStream | WriteStream;
  readonly #enabled: boolean;
  #lastDrawn = -1;

  constructor(out: NodeJS.WriteStream = process.stdout) {
    this.#out = out;
    this.#enabled = out.isTTY === true;
  }

  /** Redraws the bar: label, done of total, and a note on the right. */
  update(label: string, done: number, total: number, note = ''): void {
    if (!this.#enabled) return;
    const permille = total === 0 ? 1000 : Math.floor((done / total) * 1000);
    if (permille === this.#lastDrawn) return;
    this.#lastDrawn = permille;
    const width = 30;
    const filled = Math.min(width, Math.floor((permille / 1000) * width));
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    this.#out.write(`\r\x1b[2K  ${label.padEnd(10)} ${bar} ${String(done).padStart(String(total).length)}/${total} ${note}`);
  }

  /** Removes the bar so the next line prints cleanly. */
  clear(): void {
    if (!this.#enabled) return;
    this.#lastDrawn = -1;
    this.#out.write('\r\x1b[2K');
  }
}
