// A one-line progress bar on stderr for long runs. Drawn only on an interactive terminal and never when CI is
// set (CI logs keep every carriage return as a new line), and only once a run has lasted long enough to need it.
// Written by hand: a progress line is a dozen lines of code, and the popular packages are far larger.

export interface Progress {
  tick(count?: number): void;
  done(): void;
}

interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(s: string): boolean;
}

const NONE: Progress = { tick() {}, done() {} };

/** Seconds of work before the bar appears; short runs never flash one. */
const DELAY_MS = 300;
const REDRAW_MS = 80;

export function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI;
  return (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') || env.GITHUB_ACTIONS === 'true';
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
  const draw = (): void => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 30));
    const filled = Math.round((count / total) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`);
    drawn = true;
  };
  return {
    tick(n = 1) {
      count += n;
      const now = clock();
      if (now - start < DELAY_MS || now - last < REDRAW_MS) return;
      last = now;
      draw();
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
    },
  };
}
