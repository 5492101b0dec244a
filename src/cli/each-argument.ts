// What the commands that take many files or ids share: each argument on its own, going on past one that fails so
// a batch reports every problem (each on its own line), and `--quiet` for their per-argument status lines.
import type { Context, OptionSpec } from './command.js';
import { EXIT } from './errors.js';
import { reportError } from './report-error.js';

export const QUIET_OPTION: Readonly<Record<string, OptionSpec>> = {
  quiet: { type: 'boolean', short: 'q', description: 'no status lines on stderr' },
};

/**
 * Runs `each` on every positional argument in order and returns the worst exit status: a thrown error is reported
 * and counts by its code; `each` may also return a status for a problem it reported itself.
 */
export async function eachArgument(ctx: Context, each: (arg: string) => Promise<number | void>): Promise<number> {
  let status: number = EXIT.OK;
  for (const arg of ctx.positionals) {
    try {
      status = Math.max(status, (await each(arg)) ?? EXIT.OK);
    } catch (e) {
      status = Math.max(status, reportError(ctx.command, e, ctx));
    }
  }
  return status;
}
