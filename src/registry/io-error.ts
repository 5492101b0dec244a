// Maps Node's errno errors to CheckpointError E_IO with a sentence that names the file, the operation and
// what to do, so no file-system failure reaches a caller as a bare stack trace.
import { CheckpointError } from '../errors/index.js';
import { errnoCode } from './fs.js';

const REASONS: Record<string, { what: string; hint: string }> = {
  ENOSPC: { what: 'no space left on the device', hint: 'free disk space, then retry' },
  EDQUOT: { what: 'the disk quota is exhausted', hint: 'free space within the quota, then retry' },
  EACCES: { what: 'permission denied', hint: 'check that this user may read and write the registry folder' },
  EPERM: { what: 'operation not permitted', hint: 'check the permissions and attributes of the registry folder' },
  EROFS: { what: 'the file system is read-only', hint: 'use a writable registry root' },
  EIO: { what: 'an input/output error', hint: 'the disk may be failing: check the system log, then run fsck' },
  ENOENT: { what: 'no such file or directory', hint: 'the registry may have been moved or changed by another program; run fsck' },
  ENOTDIR: { what: 'a path component is not a directory', hint: 'a file stands where the registry expects a folder; run fsck' },
  ELOOP: { what: 'it is a symbolic link, which the registry never follows', hint: 'replace the link by a real folder or file inside the registry root' },
  EMFILE: { what: 'too many open files', hint: 'raise the open-file limit (ulimit -n) or reduce concurrency' },
  ENFILE: { what: 'too many open files in the system', hint: 'reduce concurrency, then retry' },
  EISDIR: { what: 'it is a directory', hint: 'a folder stands where the registry expects a file; run fsck' },
};

/** An E_IO CheckpointError for a failed file-system operation on `file` (a path relative to the root where possible). */
export function ioError(operation: string, file: string, cause: unknown, extraHint?: string): CheckpointError {
  const code = errnoCode(cause);
  const reason = code !== undefined ? REASONS[code] : undefined;
  const what = reason?.what ?? (cause instanceof Error ? cause.message : String(cause));
  const err = new CheckpointError(
    {
      code: 'E_IO',
      message: `could not ${operation} ${file}: ${what}${code !== undefined ? ` (${code})` : ''}`,
      hint: [reason?.hint ?? 'check the registry folder, then retry', extraHint].filter(Boolean).join('; '),
    },
    undefined,
    { cause },
  );
  err.source = file;
  return err;
}

/** Runs a file-system step and converts any errno failure into E_IO; CheckpointErrors pass through. */
export async function io<T>(operation: string, file: string, fn: () => Promise<T>, extraHint?: string): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof CheckpointError) throw e;
    throw ioError(operation, file, e, extraHint);
  }
}
