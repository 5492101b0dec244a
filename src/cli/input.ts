// Reading one checkpoint argument for the commands that take FILE (or "-"), and labelling every library error
// with the file, line and column it is about.
import { CheckpointError } from '../errors/index.js';
import type { Context } from './command.js';
import { readInput, STDIN } from './files.js';
import { located } from './positions.js';

export interface SourceFile {
  /** Name used in messages: the path, or <stdin>. */
  readonly label: string;
  readonly bytes: Uint8Array;
}

export async function readFileArg(ctx: Context, arg: string): Promise<SourceFile> {
  const label = arg === STDIN ? '<stdin>' : arg;
  const bytes = await readInput(arg, ctx.stdin, label);
  return { label, bytes };
}

/** Runs `fn`; a CheckpointError it throws gets "label:line:col" as its source. */
export function at<T>(file: SourceFile, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CheckpointError) throw located(e, file.label, file.bytes);
    throw e;
  }
}

/** Refuses a second "-": stdin can be read once. */
export function assertOneStdin(args: readonly string[]): void {
  if (args.filter((a) => a === STDIN).length > 1) {
    throw new CheckpointError({ code: 'E_USAGE', message: '"-" (stdin) is given more than once', hint: 'stdin can be read only once' });
  }
}
