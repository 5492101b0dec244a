// Walks the registry tree without following symbolic links and sorts what it finds into checkpoint files,
// temp files left by interrupted saves, and things that do not belong (reported by fsck, never touched).
import { join } from 'node:path';
import { errnoCode, type RegistryDirent, type RegistryFs } from './fs.js';
import { CHECKPOINT_NAME, INDEX_DIR, LOCK_GUARD_NAME, LOCK_NAME, LOCKS_DIR, MARKER_FILE, MONTH_NAME, QUARANTINE_DIR, SERVICE_TEMP_NAME, LOCK_TEMP_NAME, TEMP_NAME, YEAR_NAME } from './layout.js';

export interface TreeScan {
  /** `YYYY/MM/{id}.json` paths of regular files named like checkpoints. */
  readonly checkpoints: string[];
  /** Temp files, relative paths with the pid recorded in their name. */
  readonly temps: { readonly path: string; readonly pid: number }[];
  /** Anything else: foreign files, symbolic links, folders where files belong. */
  readonly unexpected: { readonly path: string; readonly kind: string }[];
  /** Folders that could not be listed (permission denied, I/O error): reported, and the rest is still scanned. */
  readonly unreadable: { readonly path: string; readonly error: unknown }[];
}

function kindOf(d: RegistryDirent): string {
  if (d.isSymbolicLink()) return 'symbolic link';
  if (d.isDirectory()) return 'folder';
  if (d.isFile()) return 'file';
  return 'special file';
}

async function list(fs: RegistryFs, dir: string, unreadable?: TreeScan['unreadable'], rel = ''): Promise<RegistryDirent[]> {
  try {
    return await fs.readdir(dir);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return [];
    if (unreadable === undefined || rel === '') throw e;
    unreadable.push({ path: rel, error: e });
    return [];
  }
}

const RESERVED = new Set([INDEX_DIR, LOCKS_DIR, QUARANTINE_DIR]);

export async function scanTree(fs: RegistryFs, root: string): Promise<TreeScan> {
  const out: TreeScan = { checkpoints: [], temps: [], unexpected: [], unreadable: [] };
  const years = (await list(fs, root)).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const y of years) {
    if (y.name === MARKER_FILE && y.isFile()) continue;
    if (y.isFile() && SERVICE_TEMP_NAME.test(y.name)) {
      out.temps.push({ path: y.name, pid: Number(SERVICE_TEMP_NAME.exec(y.name)![2]) });
      continue;
    }
    if (y.name === INDEX_DIR && y.isDirectory()) {
      for (const f of await list(fs, join(root, INDEX_DIR))) {
        if (f.isFile() && SERVICE_TEMP_NAME.test(f.name)) out.temps.push({ path: `${INDEX_DIR}/${f.name}`, pid: Number(SERVICE_TEMP_NAME.exec(f.name)![2]) });
      }
      continue;
    }
    if (y.name === LOCKS_DIR && y.isDirectory()) {
      for (const f of await list(fs, join(root, LOCKS_DIR))) {
        if (f.isFile() && LOCK_TEMP_NAME.test(f.name)) out.temps.push({ path: `${LOCKS_DIR}/${f.name}`, pid: Number(LOCK_TEMP_NAME.exec(f.name)![4]) });
        // Only names the registry makes are its own; anything else there is reported, never removed.
        else if (!(f.isFile() && (LOCK_NAME.test(f.name) || LOCK_GUARD_NAME.test(f.name)))) out.unexpected.push({ path: `${LOCKS_DIR}/${f.name}`, kind: kindOf(f) });
      }
      continue;
    }
    if (RESERVED.has(y.name) && y.isDirectory()) continue;
    if (!YEAR_NAME.test(y.name) || !y.isDirectory()) {
      out.unexpected.push({ path: y.name, kind: kindOf(y) });
      continue;
    }
    const months = (await list(fs, join(root, y.name), out.unreadable, y.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const m of months) {
      const rel = `${y.name}/${m.name}`;
      if (!MONTH_NAME.test(m.name) || !m.isDirectory()) {
        out.unexpected.push({ path: rel, kind: kindOf(m) });
        continue;
      }
      const files = (await list(fs, join(root, y.name, m.name), out.unreadable, rel)).sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const f of files) {
        const path = `${rel}/${f.name}`;
        if (f.isFile() && CHECKPOINT_NAME.test(f.name)) out.checkpoints.push(path);
        else if (f.isFile() && TEMP_NAME.test(f.name)) out.temps.push({ path, pid: Number(TEMP_NAME.exec(f.name)![2]) });
        else out.unexpected.push({ path, kind: kindOf(f) });
      }
    }
  }
  return out;
}

/**
 * Finds `{id}.json` in any month folder (the slow path of load and delete when the index has no entry). A
 * folder that cannot be listed is passed over; if the id is found nowhere else, its error is thrown, since
 * the checkpoint may be in there.
 */
export async function probeId(fs: RegistryFs, root: string, id: string): Promise<string | undefined> {
  const unreadable: TreeScan['unreadable'] = [];
  for (const y of await list(fs, root)) {
    if (!YEAR_NAME.test(y.name) || !y.isDirectory()) continue;
    for (const m of await list(fs, join(root, y.name), unreadable, y.name)) {
      if (!MONTH_NAME.test(m.name) || !m.isDirectory()) continue;
      try {
        const st = await fs.lstat(join(root, y.name, m.name, `${id}.json`));
        // A link is returned too, so load can say why it refuses it instead of "not found".
        if (st.isFile() || st.isSymbolicLink()) return `${y.name}/${m.name}/${id}.json`;
      } catch (e) {
        if (errnoCode(e) !== 'ENOENT') unreadable.push({ path: `${y.name}/${m.name}`, error: e });
      }
    }
  }
  if (unreadable[0] !== undefined) throw unreadable[0].error;
  return undefined;
}

/** Runs `fn` over `items` with at most `limit` in flight (file reads overlap; verification is CPU-bound). */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>, onDone?: (done: number, total: number) => void): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
      onDone?.(++done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
