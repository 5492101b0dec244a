// Reading inputs and writing outputs safely. Inputs are a file path or "-" for stdin; what is not a checkpoint
// at all (a directory, binary data, nothing on stdin) is refused with a one-line E_NO_INPUT before any
// checkpoint rule runs. Outputs replace files atomically: a temporary file in the same directory, flushed to
// disk, then renamed over the target, so a crash leaves either the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { constants, promises as fs, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { InputStream } from './command.js';
import { fsError, noInput, usageError } from './errors.js';

export const STDIN = '-';

/** JSON text starts with whitespace or a value; as UTF-16/32 its first characters have zero bytes beside them. */
function jsonStart(c: number | undefined): boolean {
  return c !== undefined && /[\s{["\-0-9tfn]/.test(String.fromCharCode(c));
}

function looksWide(b: Uint8Array): boolean {
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)) return true; // UTF-16/32 byte-order marks
  if (b.length < 4) return false;
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && jsonStart(b[3])) return true; // UTF-32BE
  if (jsonStart(b[0]) && b[1] === 0 && b[2] === 0 && b[3] === 0) return true; // UTF-32LE
  if (b[0] === 0 && jsonStart(b[1]) && b[2] === 0 && jsonStart(b[3])) return true; // UTF-16BE
  return jsonStart(b[0]) && b[1] === 0 && jsonStart(b[2]) && b[3] === 0; // UTF-16LE
}

/** Why these bytes are certainly not a checkpoint file, or undefined. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip-compressed data (decompress it first, e.g. gunzip -c FILE | ckpt validate -)';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'a zip archive';
  // UTF-16 and UTF-32 JSON text also has zero bytes; the checkpoint reader explains those (E_ENCODING).
  if (looksWide(bytes)) return undefined;
  // Git's rule (a zero byte in the first 8000 bytes means binary), except for text that starts like JSON: a
  // JSON text with a stray zero byte is a broken checkpoint (E_PARSE, exit 1), not some other kind of file.
  const n = Math.min(bytes.length, 8000);
  let first = 0;
  while (first < n && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0a || bytes[first] === 0x0d)) first++;
  if (jsonStart(bytes[first]) && bytes[first] !== 0) return undefined;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'binary data';
  return undefined;
}

export function assertNotBinary(path: string, bytes: Uint8Array): void {
  const why = binaryReason(bytes);
  if (why !== undefined) throw noInput(`${path} is not a checkpoint file: it holds ${why}`, 'checkpoint files are UTF-8 JSON text');
}

export async function readStdin(stdin: InputStream): Promise<Uint8Array> {
  if (stdin.isTTY === true) {
    throw usageError('"-" reads a checkpoint from stdin, but stdin is a terminal', 'pipe a file in (ckpt validate - < file.json) or give a path');
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (e) {
    throw fsError('stdin', e);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw noInput('stdin is empty: nothing was piped in', 'pipe a checkpoint file into ckpt, or give a path');
  return bytes;
}

/** The bytes of a file (or stdin for "-"), refusing directories and binary data. */
export async function readInput(path: string, stdin: InputStream, label = path === STDIN ? '<stdin>' : path): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (path === STDIN) bytes = await readStdin(stdin);
  else {
    try {
      bytes = await fs.readFile(path);
    } catch (e) {
      throw fsError(path, e);
    }
  }
  assertNotBinary(label, bytes);
  return bytes;
}

async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // Some platforms and file systems cannot fsync a directory; the rename itself is still atomic.
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function realTarget(path: string): Promise<string> {
  try {
    return await fs.realpath(path); // replace what a symlink points at, not the link
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw fsError(path, e, 'write');
  }
}

/** Temp files being written: removed if the process is interrupted, so Ctrl-C never leaves one behind. */
const pending = new Set<string>();
let signalsHandled = false;

function removePendingOnSignal(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const temp of pending) {
        try {
          unlinkSync(temp);
        } catch {
          // already gone
        }
      }
      process.kill(process.pid, signal); // the handler is gone now: die of the signal, as without one
    });
  }
}

export interface AtomicWriteOptions {
  /**
   * Keep the previous content of the file at this path. An existing backup is never overwritten: the next free
   * name (PATH.1, PATH.2, …) is taken instead, so nothing a user had is lost.
   */
  readonly backup?: string;
}

/**
 * Temp files are named `.NAME.ckpt-tmp-PID-RANDOM`: recognisably ckpt's, with the writer's process id, so that a
 * later run can tell the leftovers of a killed process (SIGKILL runs no handler) from a write in progress.
 */
const TEMP = /^\..+\.ckpt-tmp-([0-9]+)-[0-9a-f]{8}$/;
/** A temp file this old is stale even when its process id is alive again (ids are reused). */
const STALE_TEMP_MS = 60 * 60 * 1000;

function tempName(dir: string, name: string): string {
  return join(dir, `.${name}.ckpt-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, but belongs to someone else
  }
}

/**
 * Removes the temp files that interrupted ckpt writes left in `dir`: those whose process is gone, or that are
 * older than an hour. Returns their paths. Never throws: a sweep that cannot run leaves the files for the next one.
 */
export async function sweepStaleTemps(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (m === null) continue;
    const path = join(dir, name);
    try {
      const st = await fs.lstat(path);
      if (!st.isFile()) continue;
      if (alive(Number(m[1])) && now - st.mtimeMs < STALE_TEMP_MS) continue;
      await fs.unlink(path);
      removed.push(path);
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
  return removed;
}

/**
 * Replaces `path` with `data` atomically: temp file in the same directory (same permissions as the old file),
 * fsync, optional backup of the old file (a hard link, or a copy where links are not supported), rename, fsync of
 * the directory. On any failure the temp file is removed and the original is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<{ backup?: string }> {
  const target = await realTarget(path);
  const dir = dirname(target);
  let mode = 0o644;
  let exists = false;
  try {
    const st = await fs.stat(target);
    if (st.isDirectory()) throw noInput(`${path} is a directory, not a file`);
    mode = st.mode & 0o7777;
    exists = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(path, e, 'write');
  }
  const temp = tempName(dir, basename(target));
  let handle: fs.FileHandle | undefined;
  let backup: string | undefined;
  removePendingOnSignal();
  pending.add(temp);
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.backup !== undefined && exists) backup = await keepBackup(target, options.backup);
    await fs.rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw fsError(path, e, 'write');
  } finally {
    pending.delete(temp);
  }
  await syncDir(dir);
  return backup !== undefined ? { backup } : {};
}

/**
 * Keeps the current content of `target` as `backup`, or as the first of `backup`.1, `backup`.2, … that does not
 * exist: a hard link (no copy, and link() never replaces an existing name, so two runs cannot take the same one),
 * or where links are not supported a flushed copy renamed into place. Returns the backup's path.
 */
async function keepBackup(target: string, backup: string): Promise<string> {
  for (let n = 0; n < 10_000; n++) {
    const candidate = n === 0 ? backup : `${backup}.${n}`;
    try {
      await fs.link(target, candidate);
      return candidate;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV' && code !== 'EMLINK') throw fsError(candidate, e, 'write');
    }
    if (await exists(candidate)) continue;
    const temp = tempName(dirname(candidate), basename(candidate));
    pending.add(temp);
    try {
      await fs.copyFile(target, temp, constants.COPYFILE_EXCL);
      const h = await fs.open(temp, 'r+');
      try {
        await h.sync();
      } finally {
        await h.close();
      }
      await fs.rename(temp, candidate);
      return candidate;
    } catch (e) {
      await fs.rm(temp, { force: true }).catch(() => {});
      throw fsError(candidate, e, 'write');
    } finally {
      pending.delete(temp);
    }
  }
  throw fsError(backup, new Error('every backup name up to .9999 is taken'), 'write');
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}
