// The command line's own failures (bad usage, missing input, file-system trouble) as CheckpointErrors, and the
// mapping from any error code to an exit status, so every command exits the same way for the same problem.
import { CheckpointError, type ErrorCode } from '../errors/index.js';

/** Exit statuses: 0 success, 1 the input is invalid (or differs, for diff), 2 usage or I/O trouble, 3 a bug. */
export const EXIT = { OK: 0, INVALID: 1, TROUBLE: 2, INTERNAL: 3 } as const;

/** Codes about the invocation or the environment rather than a checkpoint's content. */
const TROUBLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['E_USAGE', 'E_NO_INPUT', 'E_IO', 'E_LOCKED', 'E_CONFLICT', 'E_UNAVAILABLE', 'E_ARGUMENT', 'E_INVALID_ID', 'E_NOT_FOUND']);

export function exitCodeFor(code: ErrorCode): number {
  if (TROUBLE.has(code)) return EXIT.TROUBLE;
  if (code === 'E_MIGRATION') return EXIT.INTERNAL;
  return EXIT.INVALID;
}

export function usageError(message: string, hint?: string): CheckpointError {
  return new CheckpointError({ code: 'E_USAGE', message, ...(hint !== undefined && { hint }) });
}

export function noInput(message: string, hint?: string): CheckpointError {
  return new CheckpointError({ code: 'E_NO_INPUT', message, ...(hint !== undefined && { hint }) });
}

/** A Node file-system error as a one-line CheckpointError naming the path and what to do. */
export function fsError(path: string, error: unknown, action = 'read'): CheckpointError {
  if (error instanceof CheckpointError) return error;
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (errno) {
    case 'ENOENT':
      if (action !== 'read')
        return new CheckpointError({ code: 'E_IO', message: `cannot ${action} ${path}: its directory does not exist`, hint: 'create the directory first' });
      return noInput(`${path}: no such file or directory`, 'check the path; quote globs so ckpt expands them');
    case 'ENOTDIR':
      if (action !== 'read') return new CheckpointError({ code: 'E_IO', message: `cannot ${action} ${path}: a part of the path is not a directory` });
      return noInput(`${path}: a part of the path is not a directory`);
    case 'EISDIR':
      return noInput(`${path} is a directory, not a file`, action === 'read' ? 'give a file, or use ckpt validate for directories' : 'give a file path');
    case 'EACCES':
    case 'EPERM':
      return new CheckpointError({ code: 'E_IO', message: `cannot ${action} ${path}: permission denied`, hint: 'check the file permissions' });
    case 'ENOSPC':
      return new CheckpointError({ code: 'E_IO', message: `cannot ${action} ${path}: no space left on device` });
    case 'EROFS':
      return new CheckpointError({ code: 'E_IO', message: `cannot ${action} ${path}: read-only file system` });
    case 'EMFILE':
    case 'ENFILE':
      return new CheckpointError({
        code: 'E_IO',
        message: `cannot ${action} ${path}: too many open files`,
        hint: 'raise the open-file limit (ulimit -n) or pass fewer files',
      });
    default: {
      const what = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error);
      return new CheckpointError({ code: 'E_IO', message: `cannot ${action} ${path}: ${what}` });
    }
  }
}
