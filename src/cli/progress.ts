// A one-line progress bar on stderr for long runs. Drawn only on an interactive terminal and never when CI is
// set (CI logs keep every carriage return as a new line), and only once a run has lasted long enough to need it.
// Written by hand: a progress line is a dozen lines of code, and the popular packages are far larger.

export interface Progress {
  tick(count?: number): void;
  /** Sets the count (for work that reports how far it got rather than steps); the total may grow. */
  update(count: number, total?: number): void;
  /** Erases the bar before other output goes to the terminal; the next tick draws it again. */
  clear(): void;
  done(): void;
}

interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(s: string): boolean;
}

const NONE: Progress = { tick() {}, update() {}, clear() {}, done() {} };

/** Seconds of work before the bar appears; short runs never flash one. */
const DELAY_MS = 300;
const REDRAW_MS = 80;

export function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI;
  return (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') || env.GITHUB_ACTIONS === 'true';
}

/** " 12s left" once enough is done to guess from the rate so far; nothing before. */
function timeLeft(elapsedMs: number, fraction: number): string {
  if (fraction < 0.02 || fraction >= 1 || elapsedMs < 1000) return '';
  const s = Math.round((elapsedMs * (1 - fraction)) / fraction / 1000);
  return s >= 60 ? ` ${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s left` : ` ${s}s left`;
}

export function createProgress(
  total: number,
  label: string,
  stream: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
  clock: () => number = Date.now,
): Progress {
  if (stream.isTTY !== true || isCI(env) || total < 2) return NONE;
  const start = clock();
  let count = 0;
  let drawn = false;
  let last = 0;
  const draw = (now: number): void => {
    const fraction = total > 0 ? Math.min(1, count / total) : 0;
    const tail = `${count.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${Math.floor(fraction * 100)}%${timeLeft(now - start, fraction)}`;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - tail.length - 5));
    const filled = Math.round(fraction * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${tail}\u001b[K`);
    drawn = true;
  };
  const maybeDraw = (): void => {
    const now = clock();
    if (now - start < DELAY_MS || now - last < REDRAW_MS) return;
    last = now;
    draw(now);
  };
  return {
    tick(n = 1) {
      count += n;
      maybeDraw();
    },
    update(n, newTotal) {
      count = n;
      if (newTotal !== undefined) total = newTotal;
      maybeDraw();
    },
    clear() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
      last = 0;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
