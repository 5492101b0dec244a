// The registry's file-system layer: the few operations the registry performs, behind an interface so
// tests can inject faults (disk full, permission denied, a crash between two steps) without touching a
// real disk's behaviour. The default implementation is node:fs/promises, unchanged.
import { constants, promises as fsp } from 'node:fs';

/** What the registry reads from a stat call. */
export interface RegistryStats {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly dev: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** One directory entry, as readdir(…, { withFileTypes: true }) gives it (never followed). */
export interface RegistryDirent {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** An open file: the subset of fs/promises' FileHandle the registry uses. */
export interface RegistryFileHandle {
  read(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesRead: number }>;
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  stat(): Promise<RegistryStats>;
  close(): Promise<void>;
}

/**
 * Every file-system operation the registry performs. Paths are absolute. Errors are Node's errno errors
 * (with `code` such as ENOENT, EEXIST, ENOSPC, EACCES); the registry maps them to CheckpointError E_IO.
 */
export interface RegistryFs {
  open(path: string, flags: number, mode?: number): Promise<RegistryFileHandle>;
  /** Hard link; fails with EEXIST when `newPath` exists (the registry's "first write wins"). */
  link(existingPath: string, newPath: string): Promise<void>;
  rename(oldPath: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates one directory level (never recursive, so the registry knows what it created). */
  mkdir(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  readdir(path: string): Promise<RegistryDirent[]>;
  lstat(path: string): Promise<RegistryStats>;
  realpath(path: string): Promise<string>;
  utimes(path: string, atime: Date, mtime: Date): Promise<void>;
}

/** The default layer: node:fs/promises. */
export const nodeFs: RegistryFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  link: (existingPath, newPath) => fsp.link(existingPath, newPath),
  rename: (oldPath, newPath) => fsp.rename(oldPath, newPath),
  unlink: (path) => fsp.unlink(path),
  mkdir: async (path) => {
    await fsp.mkdir(path);
  },
  rmdir: (path) => fsp.rmdir(path),
  readdir: (path) => fsp.readdir(path, { withFileTypes: true }),
  lstat: (path) => fsp.lstat(path),
  realpath: (path) => fsp.realpath(path),
  utimes: (path, atime, mtime) => fsp.utimes(path, atime, mtime),
};

/** O_NOFOLLOW where the platform has it (0 elsewhere): the registry never opens a file through a symlink. */
export const O_NOFOLLOW: number = constants.O_NOFOLLOW ?? 0;
export const O_RDONLY: number = constants.O_RDONLY;
/** Create a new file; fail with EEXIST when the name is taken. */
export const O_CREATE_EXCL: number = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW;
/** Append to an existing file, never creating it (a missing index log must be rebuilt, not started empty). */
export const O_APPEND_EXISTING: number = constants.O_WRONLY | constants.O_APPEND | O_NOFOLLOW;

/** Reads a whole open file. */
export async function readAll(handle: RegistryFileHandle, size: number, from = 0): Promise<Buffer> {
  const length = Math.max(0, size - from);
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, from + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

/** Writes a whole buffer at the current position (append) or from `position`. */
export async function writeAll(handle: RegistryFileHandle, bytes: Uint8Array, position: number | null = null): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position === null ? null : position + done);
    if (bytesWritten === 0) throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    done += bytesWritten;
  }
}

/** The errno code of a Node file-system error, if any. */
export function errnoCode(e: unknown): string | undefined {
  if (e !== null && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}
