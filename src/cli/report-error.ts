// Every failure ends here: one line on stderr ("ckpt CMD: [where: ]error CODE: message (hint)") and an exit
// status from the error's code. A stack trace is printed only when CKPT_DEBUG is set.
import { isErrorCode, type CheckpointError } from '../errors/index.js';
import type { OutputStream } from './command.js';
import { EXIT, exitCodeFor } from './errors.js';
import { safe } from './safe-text.js';

export function errorLine(command: string | undefined, e: CheckpointError): string {
  const where = e.source !== undefined ? `${e.source}: ` : '';
  const hint = e.hint !== undefined ? ` (${e.hint})` : '';
  return safe(`ckpt${command ? ` ${command}` : ''}: ${where}error ${e.code}: ${e.message}${hint}`.replace(/[\r\n]+/g, ' ')) + '\n';
}

/**
 * By shape, not instanceof: each bundled command carries its own copy of the CheckpointError class, so an error
 * thrown by a command is not an instance of the dispatcher's copy.
 */
export function isCheckpointErrorLike(e: unknown): e is CheckpointError {
  return e instanceof Error && e.name === 'CheckpointError' && isErrorCode((e as { code?: unknown }).code);
}

export function reportError(
  command: string | undefined,
  e: unknown,
  io: { readonly stderr: OutputStream; readonly env: Readonly<Record<string, string | undefined>> },
): number {
  if (isCheckpointErrorLike(e)) {
    io.stderr.write(errorLine(command, e));
    if (io.env.CKPT_DEBUG) io.stderr.write(`${e.stack ?? ''}\n`);
    return exitCodeFor(e.code);
  }
  const message = e instanceof Error ? e.message : String(e);
  io.stderr.write(
    `ckpt${command ? ` ${command}` : ''}: internal error: ${safe(message.split('\n')[0]!)} (this is a bug; rerun with CKPT_DEBUG=1 for details and please report it)\n`,
  );
  if (io.env.CKPT_DEBUG) io.stderr.write(`${e instanceof Error ? (e.stack ?? '') : ''}\n`);
  return EXIT.INTERNAL;
}
