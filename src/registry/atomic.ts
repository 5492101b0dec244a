// Durable writes, the way git writes objects: write a temporary file in the target folder, fsync it, then
// hard-link it to its final name (which fails if the name exists, so the first write wins) or rename it
// over the old file (for the registry's own replaceable files), then fsync the folder so the new name
// itself survives a power loss. A reader can never see a partly written file under a final name.
import { join } from 'node:path';
import { errnoCode, O_CREATE_EXCL, O_RDONLY, writeAll, type RegistryFs } from './fs.js';

/** Platforms and file systems that cannot fsync a directory say so with one of these; anything else is a real failure. */
const DIR_SYNC_UNSUPPORTED = new Set(['EINVAL', 'EISDIR', 'EBADF', 'ENOTSUP', 'EOPNOTSUPP']);
/** File systems without hard links answer link() with one of these; the registry then renames under its run lock. */
export const NO_HARD_LINKS = new Set(['ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** fsyncs a directory so entries created, renamed or removed in it are durable. */
export async function syncDir(fs: RegistryFs, absDir: string): Promise<void> {
  const handle = await fs.open(absDir, O_RDONLY);
  try {
    await handle.sync();
  } catch (e) {
    if (!DIR_SYNC_UNSUPPORTED.has(errnoCode(e) ?? '')) throw e;
  } finally {
    await handle.close();
  }
}

/** Removes a file, ignoring "already gone". */
export async function unlinkQuiet(fs: RegistryFs, absPath: string): Promise<void> {
  try {
    await fs.unlink(absPath);
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') throw e;
  }
}

/** Writes, fsyncs (unless `sync` is false) and closes a new file that must not exist yet; removes it again on any failure. */
export async function writeTempFile(fs: RegistryFs, absPath: string, bytes: Uint8Array, sync = true): Promise<void> {
  const handle = await fs.open(absPath, O_CREATE_EXCL, 0o644);
  let closed = false;
  try {
    await writeAll(handle, bytes, 0);
    if (sync) await handle.sync();
    closed = true;
    await handle.close();
  } catch (e) {
    if (!closed) await handle.close().catch(() => undefined);
    await unlinkQuiet(fs, absPath).catch(() => undefined);
    throw e;
  }
}

export type WriteOutcome = 'created' | 'exists';

/**
 * Creates `absDir/name` with `bytes` unless that name exists: temp file, fsync, link, fsync of the folder.
 * Returns 'exists' (and writes nothing) when another writer got there first. On any failure the final
 * name is left as it was and the temp file is removed.
 */
export async function writeNew(fs: RegistryFs, absDir: string, name: string, tmpName: string, bytes: Uint8Array): Promise<WriteOutcome> {
  const tmp = join(absDir, tmpName);
  const final = join(absDir, name);
  await writeTempFile(fs, tmp, bytes);
  let outcome: WriteOutcome;
  try {
    try {
      await fs.link(tmp, final);
      outcome = 'created';
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'EEXIST') outcome = 'exists';
      else if (NO_HARD_LINKS.has(code ?? '')) outcome = await renameIfAbsent(fs, tmp, final);
      else throw e;
    }
  } finally {
    await unlinkQuiet(fs, tmp).catch(() => undefined);
  }
  if (outcome === 'created') {
    try {
      await syncDir(fs, absDir);
    } catch (e) {
      // The name may not be durable, so the save did not happen: take it back rather than report success.
      await unlinkQuiet(fs, final).catch(() => undefined);
      throw e;
    }
  }
  return outcome;
}

/** Fallback for file systems without hard links: only safe because the caller holds the run's lock. */
async function renameIfAbsent(fs: RegistryFs, tmp: string, final: string): Promise<WriteOutcome> {
  try {
    await fs.lstat(final);
    return 'exists';
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') throw e;
  }
  await fs.rename(tmp, final);
  return 'created';
}

/** Replaces `absDir/name` atomically with `bytes` (temp file, fsync, rename, fsync of the folder). */
export async function replaceFile(fs: RegistryFs, absDir: string, name: string, tmpName: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(absDir, tmpName);
  await writeTempFile(fs, tmp, bytes);
  try {
    await fs.rename(tmp, join(absDir, name));
  } catch (e) {
    await unlinkQuiet(fs, tmp).catch(() => undefined);
    throw e;
  }
  await syncDir(fs, absDir);
}

/** True when `abs` is a real directory; false when missing; throws ELOOP/ENOTDIR-style errors for anything else. */
export async function isRealDir(fs: RegistryFs, abs: string): Promise<boolean> {
  let st;
  try {
    st = await fs.lstat(abs);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return false;
    throw e;
  }
  if (st.isSymbolicLink()) throw Object.assign(new Error(`${abs} is a symbolic link`), { code: 'ELOOP' });
  if (!st.isDirectory()) throw Object.assign(new Error(`${abs} is not a directory`), { code: 'ENOTDIR' });
  return true;
}

/**
 * Makes sure `root/parts[0]/parts[1]/…` exist as real directories, creating missing levels one by one and
 * fsyncing each new level's parent. Returns the absolute paths it created, outermost first, so a failed
 * save can remove them again and leave the registry as it was.
 */
export async function ensureDirs(fs: RegistryFs, root: string, parts: readonly string[]): Promise<string[]> {
  const created: string[] = [];
  let parent = root;
  for (const part of parts) {
    const dir = join(parent, part);
    if (!(await isRealDir(fs, dir))) {
      try {
        await fs.mkdir(dir);
        created.push(dir);
        await syncDir(fs, parent);
      } catch (e) {
        if (errnoCode(e) !== 'EEXIST') {
          await removeDirs(fs, created);
          throw e;
        }
        await isRealDir(fs, dir);
      }
    }
    parent = dir;
  }
  return created;
}

/** Removes directories this process created (innermost first), leaving any that something else filled meanwhile. */
export async function removeDirs(fs: RegistryFs, created: readonly string[]): Promise<void> {
  for (const dir of [...created].reverse()) {
    try {
      await fs.rmdir(dir);
    } catch {
      return; // not empty (another writer uses it) or already gone: either way, leave the rest
    }
  }
}
