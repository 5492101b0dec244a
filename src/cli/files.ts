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
  /** Keep the previous content of the file at this path (replaced atomically too). */
  readonly backup?: string;
}

/**
 * Replaces `path` with `data` atomically: temp file in the same directory (same permissions as the old file),
 * fsync, optional backup of the old file (a hard link, or a copy where links are not supported), rename, fsync of
 * the directory. On any failure the temp file is removed and the original is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
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
  const temp = join(dir, `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  removePendingOnSignal();
  pending.add(temp);
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.backup !== undefined && exists) await keepBackup(target, options.backup);
    await fs.rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw fsError(path, e, 'write');
  } finally {
    pending.delete(temp);
  }
  await syncDir(dir);
}

async function keepBackup(target: string, backup: string): Promise<void> {
  const temp = join(dirname(backup), `.${basename(backup)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await fs.link(target, temp);
  } catch {
    await fs.copyFile(target, temp);
    const h = await fs.open(temp, 'r+');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  }
  try {
    await fs.rename(temp, backup);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => {});
    throw fsError(backup, e, 'write');
  } finally {
    pending.delete(temp);
  }
}
