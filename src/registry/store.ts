// The checkpoint files themselves: resolving the root, reading and verifying one file, quarantining a
// corrupt one. Every path is built from a validated relative path, every folder on the way is checked to
// be a real folder, and every file is opened without following symbolic links, so nothing outside the
// root is ever read, written, moved or removed.
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { CheckpointError } from '../errors/index.js';
import { loadCheckpoint, type LoadResult } from '../load/load.js';
import { MAX_READ_BYTES, tooLargeError } from '../util/read-limit.js';
import { ensureDirs, isRealDir, replaceFile, syncDir, writeNew, unlinkQuiet } from './atomic.js';
import { entryFromLoad, type RegistryEntry } from './entry.js';
import { errnoCode, O_NOFOLLOW, O_RDONLY, readAll, type RegistryFs } from './fs.js';
import { io } from './io-error.js';
import { CHECKPOINT_NAME, checkpointPath, INDEX_DIR, LAYOUT_VERSION, LOCKS_DIR, MARKER_FILE, parseCheckpointPath, QUARANTINE_DIR, QUARANTINE_FOLDER, REASON_FILE, REASON_TEMP_NAME, under } from './layout.js';

export type Verified =
  | { readonly kind: 'ok'; readonly entry: RegistryEntry; readonly result: LoadResult; readonly expectedPath: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'corrupt' | 'newer' | 'unreadable'; readonly error: CheckpointError };

export class Store {
  /** The root as given, made absolute. */
  readonly root: string;
  private real: string | undefined;
  private prepared = false;
  private markerPresent = false;

  constructor(
    readonly fs: RegistryFs,
    root: string,
    private readonly now: () => number,
  ) {
    this.root = resolve(root);
  }

  /** The root's real path, or undefined when it does not exist yet. Checks the layout marker. */
  async existingRoot(): Promise<string | undefined> {
    if (this.real !== undefined) return this.real;
    let real: string;
    try {
      real = await this.fs.realpath(this.root);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return undefined;
      throw await io('open the registry root', this.root, () => Promise.reject(e));
    }
    if (!(await io('open the registry root', this.root, () => isRealDir(this.fs, real)))) return undefined;
    await this.checkMarker(real);
    this.real = real;
    return real;
  }

  /** The root's real path, creating the root, its marker and its service folders when missing. */
  async writableRoot(): Promise<string> {
    let real = await this.existingRoot();
    if (real === undefined) {
      await io('create the registry root', this.root, () => mkdirp(this.fs, this.root));
      real = await this.existingRoot();
      if (real === undefined) throw new CheckpointError({ code: 'E_IO', message: `could not create the registry root ${this.root}` });
    }
    if (this.prepared) return real;
    await io('create the registry folders', this.root, async () => {
      await ensureDirs(this.fs, real, [INDEX_DIR]);
      await ensureDirs(this.fs, real, [LOCKS_DIR]);
      const marker = Buffer.from(`${JSON.stringify({ registry_layout: LAYOUT_VERSION })}\n`, 'utf8');
      if (!this.markerPresent) await writeNew(this.fs, real, MARKER_FILE, `.${MARKER_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`, marker);
    });
    this.prepared = true;
    return real;
  }

  private async checkMarker(real: string): Promise<void> {
    let text: string;
    try {
      const handle = await this.fs.open(join(real, MARKER_FILE), O_RDONLY | O_NOFOLLOW);
      try {
        text = (await readAll(handle, Math.min((await handle.stat()).size, 4096))).toString('utf8');
      } finally {
        await handle.close();
      }
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return;
      throw await io('read', `${this.root}/${MARKER_FILE}`, () => Promise.reject(e));
    }
    this.markerPresent = true;
    let layout: unknown;
    try {
      layout = (JSON.parse(text) as { registry_layout?: unknown }).registry_layout;
    } catch {
      layout = undefined;
    }
    if (layout === LAYOUT_VERSION) return;
    if (typeof layout === 'number' && Number.isSafeInteger(layout) && layout > LAYOUT_VERSION) {
      throw new CheckpointError({
        code: 'E_VERSION_TOO_NEW',
        message: `the registry at ${this.root} uses layout ${layout}, newer than layout ${LAYOUT_VERSION} this version understands`,
        hint: 'upgrade state-checkpoint to use this registry',
      });
    }
    throw new CheckpointError({
      code: 'E_IO',
      message: `${this.root}/${MARKER_FILE} is not a registry marker (expected {"registry_layout":${LAYOUT_VERSION}})`,
      hint: 'is this folder a checkpoint registry? If it is, restore or delete that file',
    });
  }

  /** Absolute path of a checkpoint file after checking its folders are real folders; undefined when a folder is missing. */
  private async locate(real: string, rel: string): Promise<string | undefined> {
    const { year, month } = parseCheckpointPath(rel);
    if (!(await isRealDir(this.fs, join(real, year)))) return undefined;
    if (!(await isRealDir(this.fs, join(real, year, month)))) return undefined;
    return under(real, rel);
  }

  /** Reads and fully verifies the checkpoint file at `rel` (name, content id, schema, semantics). */
  async verify(rel: string): Promise<Verified> {
    const real = await this.existingRoot();
    if (real === undefined) return { kind: 'missing' };
    const nameId = parseCheckpointPath(rel).id;
    let bytes: Buffer;
    try {
      const abs = await this.locate(real, rel);
      if (abs === undefined) return { kind: 'missing' };
      const handle = await this.fs.open(abs, O_RDONLY | O_NOFOLLOW);
      try {
        const st = await handle.stat();
        if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
        // Valid or not, a file this reader cannot hold is not judged: never reported corrupt, never quarantined.
        if (st.size > MAX_READ_BYTES) return { kind: 'unreadable', error: tooLargeError(rel, st.size) };
        bytes = await readAll(handle, st.size);
      } finally {
        await handle.close();
      }
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return { kind: 'missing' };
      const error = await io('read', rel, () => Promise.reject(e)).catch((err: CheckpointError) => err);
      return { kind: 'unreadable', error };
    }
    let result: LoadResult;
    try {
      result = loadCheckpoint(bytes, { source: rel });
    } catch (e) {
      if (!(e instanceof CheckpointError)) throw e;
      if (!e.hint?.includes('fsck')) withHint(e, 'run fsck to move the file to the quarantine folder; the rest of the registry is unaffected');
      return { kind: e.code === 'E_VERSION_TOO_NEW' ? 'newer' : 'corrupt', error: e };
    }
    if (result.original.id !== nameId) {
      const error = new CheckpointError({
        code: 'E_HASH_MISMATCH',
        pointer: '/checkpoint_id',
        message: `${rel} is named for checkpoint ${nameId} but holds checkpoint ${result.original.id}`,
        hint: 'a file was renamed or replaced by hand: run fsck to move it to the quarantine folder, then save the checkpoint again',
      });
      error.source = rel;
      return { kind: 'corrupt', error };
    }
    return { kind: 'ok', entry: entryFromLoad(result, rel), result, expectedPath: checkpointPath(result.original.id, result.checkpoint.timestamp) };
  }

  /**
   * Moves a file to `.quarantine/{time}-{random}/{name}` with a `reason.json` beside it. Never deletes.
   * Returns the quarantine folder, relative to the root. The reason is written first (temp file, fsync,
   * rename), then the file is moved in: a kill in between leaves a folder with a reason and no file, which
   * fsck removes; never a quarantined file with a half-written reason.
   */
  async quarantine(rel: string, error: CheckpointError): Promise<string> {
    const real = await this.writableRoot();
    const abs = await this.locate(real, rel);
    if (abs === undefined) throw new CheckpointError({ code: 'E_NOT_FOUND', message: `${rel} disappeared before it could be quarantined` });
    const stamp = new Date(this.now()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const folder = `${QUARANTINE_DIR}/${stamp}-${randomBytes(4).toString('hex')}`;
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    await io('quarantine', rel, async () => {
      await ensureDirs(this.fs, real, folder.split('/'));
      const reason = {
        original_path: rel,
        quarantined_at: new Date(this.now()).toISOString(),
        code: error.code,
        message: error.message,
        ...(error.pointer !== undefined && { pointer: error.pointer }),
      };
      await this.writeReason(under(real, folder), reason);
      await this.fs.rename(abs, under(real, `${folder}/${name}`));
      await syncDir(this.fs, dirname(abs));
      await syncDir(this.fs, under(real, folder));
    });
    return folder;
  }

  private async writeReason(absFolder: string, reason: Record<string, unknown>): Promise<void> {
    const bytes = Buffer.from(`${JSON.stringify(reason, null, 2)}\n`, 'utf8');
    await replaceFile(this.fs, absFolder, REASON_FILE, `.${REASON_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`, bytes);
  }

  /**
   * Repairs what an interrupted quarantine left in `.quarantine/{folder}` (fsck): a folder with no file (the
   * move never happened) loses its reason and temp files and is removed; a file without a readable
   * `reason.json` gets one, from checking the file again. Folders holding anything else are left alone.
   * Returns what was done, or undefined when nothing needed doing.
   */
  async repairQuarantine(folder: string, dryRun: boolean): Promise<'removed' | 'reason-written' | undefined> {
    const real = await this.existingRoot();
    if (real === undefined) return undefined;
    const abs = under(real, `${QUARANTINE_DIR}/${folder}`);
    if (!QUARANTINE_FOLDER.test(folder) || !(await isRealDir(this.fs, abs))) return undefined;
    const entries = await this.fs.readdir(abs);
    const files = entries.filter((d) => d.isFile() && CHECKPOINT_NAME.test(d.name));
    const temps = entries.filter((d) => d.isFile() && REASON_TEMP_NAME.test(d.name));
    const hasReason = entries.some((d) => d.isFile() && d.name === REASON_FILE);
    if (files.length + temps.length + (hasReason ? 1 : 0) !== entries.length || files.length > 1) return undefined;
    const file = files[0];
    if (file === undefined) {
      if (!dryRun) {
        for (const t of temps) await unlinkQuiet(this.fs, join(abs, t.name));
        await unlinkQuiet(this.fs, join(abs, REASON_FILE));
        await this.fs.rmdir(abs);
        await syncDir(this.fs, under(real, QUARANTINE_DIR));
      }
      return 'removed';
    }
    if (hasReason && (await this.readReason(join(abs, REASON_FILE))) !== undefined) return undefined;
    if (!dryRun) {
      for (const t of temps) await unlinkQuiet(this.fs, join(abs, t.name));
      const why = await this.checkLoose(join(abs, file.name), `${QUARANTINE_DIR}/${folder}/${file.name}`);
      await this.writeReason(abs, {
        original_path: null,
        quarantined_at: null,
        code: why?.code ?? null,
        message: why?.message ?? 'the file verifies now; it was quarantined by an interrupted run and kept here',
        ...(why?.pointer !== undefined && { pointer: why.pointer }),
        repaired_by_fsck: new Date(this.now()).toISOString(),
      });
    }
    return 'reason-written';
  }

  private async readReason(abs: string): Promise<object | undefined> {
    try {
      const handle = await this.fs.open(abs, O_RDONLY | O_NOFOLLOW);
      try {
        const v = JSON.parse((await readAll(handle, Math.min((await handle.stat()).size, 1 << 20))).toString('utf8')) as unknown;
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
      } finally {
        await handle.close();
      }
    } catch {
      return undefined;
    }
  }

  /** Why a file outside the layout fails verification (undefined when it verifies). */
  private async checkLoose(abs: string, shown: string): Promise<CheckpointError | undefined> {
    let bytes: Buffer;
    try {
      const handle = await this.fs.open(abs, O_RDONLY | O_NOFOLLOW);
      try {
        const st = await handle.stat();
        if (st.size > MAX_READ_BYTES) return tooLargeError(shown, st.size);
        bytes = await readAll(handle, st.size);
      } finally {
        await handle.close();
      }
    } catch (e) {
      return io('read', shown, () => Promise.reject(e)).catch((err: CheckpointError) => err);
    }
    try {
      const result = loadCheckpoint(bytes, { source: shown });
      const named = CHECKPOINT_NAME.exec(abs.slice(abs.lastIndexOf('/') + 1))?.[1];
      if (result.original.id !== named) return new CheckpointError({ code: 'E_HASH_MISMATCH', pointer: '/checkpoint_id', message: `${shown} is named for checkpoint ${named} but holds checkpoint ${result.original.id}` });
      return undefined;
    } catch (e) {
      if (e instanceof CheckpointError) return e;
      throw e;
    }
  }

  /** Removes a checkpoint file (caller decided); returns false when it was already gone. */
  async remove(rel: string): Promise<boolean> {
    const real = await this.existingRoot();
    if (real === undefined) return false;
    return io('delete', rel, async () => {
      const abs = await this.locate(real, rel);
      if (abs === undefined) return false;
      try {
        await this.fs.unlink(abs);
      } catch (e) {
        if (errnoCode(e) === 'ENOENT') return false;
        throw e;
      }
      return true;
    });
  }

  /** fsyncs month folders after removals, so the deletions are durable. */
  async syncMonths(rels: Iterable<string>): Promise<void> {
    const real = await this.existingRoot();
    if (real === undefined) return;
    const dirs = new Set<string>();
    for (const rel of rels) dirs.add(rel.slice(0, 7));
    for (const d of dirs) await io('sync', d, () => syncDir(this.fs, under(real, d)));
  }

  /** Removes a stale temp file (fsck). */
  async removeTemp(rel: string): Promise<void> {
    const real = await this.existingRoot();
    if (real === undefined) return;
    await io('remove the temp file', rel, () => unlinkQuiet(this.fs, under(real, rel)));
  }
}

function withHint(e: CheckpointError, hint: string): void {
  (e as { hint?: string }).hint = e.hint === undefined ? hint : `${e.hint}; ${hint}`;
}

/** Creates a folder and any missing parents (only ever for the root itself). */
async function mkdirp(fs: RegistryFs, abs: string): Promise<void> {
  try {
    await fs.mkdir(abs);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'EEXIST') return;
    if (code !== 'ENOENT') throw e;
    const parent = dirname(abs);
    if (parent === abs) throw e;
    await mkdirp(fs, parent);
    try {
      await fs.mkdir(abs);
    } catch (e2) {
      if (errnoCode(e2) !== 'EEXIST') throw e2;
    }
  }
}
