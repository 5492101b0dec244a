// Terminal colours, written by hand: eight ANSI codes do not justify a dependency, and the policy is ours to
// choose. Colour only when writing to a terminal; NO_COLOR (any non-empty value) and --no-color turn it off,
// FORCE_COLOR turns it on. Output that goes to a file, a pipe or a CI log is plain.

export interface Style {
  readonly enabled: boolean;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

type Env = Readonly<Record<string, string | undefined>>;

interface ColorStream {
  readonly isTTY?: boolean;
  hasColors?(): boolean;
}

export function colorWanted(stream: ColorStream, env: Env, flag?: boolean): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (flag === true) return true;
  if (stream.isTTY !== true || env.TERM === 'dumb') return false;
  return typeof stream.hasColors === 'function' ? stream.hasColors() : true;
}

const wrap = (on: boolean, open: number, close: number) => (s: string) => (on && s !== '' ? `\u001b[${open}m${s}\u001b[${close}m` : s);

export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    red: wrap(enabled, 31, 39),
    green: wrap(enabled, 32, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
    dim: wrap(enabled, 2, 22),
    bold: wrap(enabled, 1, 22),
  };
}
