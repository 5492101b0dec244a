// CheckpointRegistry: the facade over the store (checkpoint files), the index log and the locks. The files
// are the source of truth; the index makes list and latest fast and is rebuilt from the files whenever it
// is missing or found wrong; every answer that matters (load, latest, what cleanup deletes) is verified
// against the file it names.
import { join } from 'node:path';
import { CheckpointError } from '../errors/index.js';
import type { Checkpoint } from '../format/index.js';
import { buildCheckpoint, serializeCheckpoint, type CheckpointState, type CreateOptions } from '../load/create.js';
import { loadCheckpoint, type LoadResult } from '../load/load.js';
import { ensureDirs, removeDirs, syncDir, unlinkQuiet, writeNew } from './atomic.js';
import { sameEntry, type RegistryEntry } from './entry.js';
import { errnoCode, type RegistryFs } from './fs.js';
import { runFsck, type FsckOptions, type FsckReport } from './fsck.js';
import { IndexLog, replay } from './index-log.js';
import type { IndexView } from './index-view.js';
import type { Item } from './item.js';
import { SyncedView, type Need } from './synced-view.js';
import { io, ioError } from './io-error.js';
import { assertId, checkpointPath, INDEX_DIR, INDEX_LOCK_NAME, LOCKS_DIR, parseCheckpointPath, runLockName, tempName, under } from './layout.js';
import { LockManager, type HeldLock, type LockState } from './lock.js';
import { argError, assertPlainObject, resolveFilter, resolveOptions, resolveSelector, type LatestSelector, type ListFilter, type RegistryOptions, type ResolvedOptions } from './options.js';
import type { RetentionPolicy } from './retention.js';
import { runCleanup, type CleanupOptions, type CleanupReport } from './cleanup.js';
import { mapLimit, probeId, scanTree } from './scan.js';
import { Store } from './store.js';

export const DEFAULT_ROOT = 'data/checkpoints';
/** latest() starts over at most this often when the index changes under it (each time, a writer made progress). */
const MAX_LATEST_ROUNDS = 1000;
/** An index rebuild at 100k checkpoints takes a while; others wait this long for it. */
const INDEX_LOCK_TIMEOUT_MS = 15 * 60_000;
export interface SaveResult {
  /** The stored checkpoint's id (latest format). */
  readonly id: string;
  /** Its path relative to the root. */
  readonly path: string;
  /** False when the registry already held this checkpoint (the first write wins; nothing was written). */
  readonly created: boolean;
  /** When a corrupt file stood at this path, the quarantine folder it was moved to before writing. */
  readonly quarantined?: string;
}

export interface RegistryLoadResult extends LoadResult {
  /** Path of the file, relative to the root. */
  readonly path: string;
  /** Its registry entry, from the verified content. */
  readonly entry: RegistryEntry;
}

export class CheckpointRegistry {
  readonly root: string;
  private readonly o: ResolvedOptions;
  private readonly store: Store;
  private readonly synced: SyncedView;
  private logCache: IndexLog | undefined;
  private locksCache: LockManager | undefined;

  constructor(root: string = DEFAULT_ROOT, options?: RegistryOptions) {
    if (typeof root !== 'string' || root.length === 0) throw argError(`the registry root must be a non-empty path, got ${JSON.stringify(root) ?? typeof root}`);
    this.o = resolveOptions(options);
    this.store = new Store(this.o.fs, root, this.o.now);
    this.root = this.store.root;
    this.synced = new SyncedView(
      this.root,
      () => this.log(),
      () => this.rebuildUnlocked(true),
      () => this.compactQuietly(),
    );
  }

  /** The root folder: every CheckpointRegistry (the interface, api.ts) names where it is. */
  get location(): string {
    return this.root;
  }

  private get view(): IndexView {
    return this.synced.view;
  }

  private refresh(need?: Need): Promise<void> {
    return this.synced.refresh(need);
  }

  // ---- plumbing -------------------------------------------------------------------------------------

  private async log(): Promise<IndexLog | undefined> {
    if (this.logCache) return this.logCache;
    const real = await this.store.existingRoot();
    if (real === undefined) return undefined;
    return (this.logCache = new IndexLog(this.o.fs, join(real, INDEX_DIR), this.o.host));
  }

  private async locks(): Promise<LockManager | undefined> {
    if (this.locksCache) return this.locksCache;
    const real = await this.store.existingRoot();
    if (real === undefined) return undefined;
    return (this.locksCache = new LockManager({
      fs: this.o.fs,
      dir: join(real, LOCKS_DIR),
      shownDir: `${this.root}/${LOCKS_DIR}`,
      staleMs: this.o.lockStaleMs,
      timeoutMs: this.o.lockTimeoutMs,
      now: this.o.now,
      host: this.o.host,
      ensureDir: async () => {
        await ensureDirs(this.o.fs, real, [LOCKS_DIR]);
      },
    }));
  }

  /** A crashed writer's lock names the checkpoint it was writing; if that file made it to disk, index it. */
  private readonly recoverIntent = async (state: LockState): Promise<void> => {
    const intent = state.info?.intent;
    if (intent === undefined) return;
    try {
      parseCheckpointPath(intent);
    } catch {
      return;
    }
    const v = await this.store.verify(intent);
    if (v.kind === 'ok') await this.appendPut(v.entry);
  };

  /** Breaks stale run locks (recovering their intents) so an interrupted save is never invisible to queries. */
  private async reconcileStaleLocks(): Promise<void> {
    const locks = await this.locks();
    if (!locks) return;
    let names: string[];
    try {
      names = await locks.names();
    } catch {
      // An unreadable locks folder, or one that is a symbolic link (never followed): queries still answer
      // from verified files, and writers fail on it with E_IO.
      return;
    }
    for (const name of names) {
      if (!name.startsWith('run-')) continue;
      try {
        const state = await locks.inspect(name);
        if (state?.stale) await locks.breakStale(state, this.recoverIntent);
      } catch {
        // A read-only or contended registry: the query is still answered from verified files.
      }
    }
  }

  private async sync(need?: Need): Promise<void> {
    await this.reconcileStaleLocks();
    await this.refresh(need);
  }

  private async appendPut(entry: RegistryEntry): Promise<void> {
    const log = await this.log();
    if (!log) return;
    const append = (): Promise<boolean> => io('update the index', `${INDEX_DIR}/log.jsonl`, () => log.append([{ op: 'put', entry }]));
    if (await append()) return;
    // No log: rebuild it from the files. Another process's rebuild may have scanned before this file was
    // linked, and then ours is skipped as not needed, so the record is appended either way.
    await this.rebuildUnlocked(true);
    if (!(await append())) throw new CheckpointError({ code: 'E_IO', message: `the index log ${INDEX_DIR}/log.jsonl disappeared while ${entry.path} was being recorded`, hint: 'retry; run fsck if it persists' });
  }

  /** Every checkpoint file of a complete scan, verified; `skipped` counts files that failed verification. */
  private async verifiedEntries(real: string, task?: 'rebuild'): Promise<{ entries: RegistryEntry[]; skipped: number }> {
    const scan = await completeScan(this.o.fs, real);
    const progress = task !== undefined ? this.o.onProgress : undefined;
    const onDone = progress && ((done: number, total: number) => progress({ task: 'rebuild', done, total }));
    const checked = await mapLimit(scan.checkpoints, this.o.verifyConcurrency, (rel) => this.store.verify(rel), onDone);
    const entries: RegistryEntry[] = [];
    let skipped = 0;
    for (const v of checked) {
      if (v.kind === 'ok') entries.push(v.entry);
      else if (v.kind !== 'missing') skipped++;
    }
    return { entries, skipped };
  }

  /** Rebuilds the index from the files under the index lock. `ifNeeded` skips it when another process just did. */
  private async rebuildUnlocked(ifNeeded: boolean): Promise<{ count: number; skipped: number }> {
    const real = await this.store.writableRoot();
    const locks = (await this.locks())!;
    const log = (await this.log())!;
    const lock = await locks.acquire(INDEX_LOCK_NAME, { purpose: 'index' }, undefined, Math.max(this.o.lockTimeoutMs, INDEX_LOCK_TIMEOUT_MS));
    try {
      if (ifNeeded) {
        const now = await io('read the index', `${INDEX_DIR}/log.jsonl`, () => log.read(undefined));
        if (!('missing' in now) && !('badHeader' in now)) return { count: -1, skipped: 0 };
      }
      let skipped = 0;
      const { count } = await io('rebuild the index', `${INDEX_DIR}/log.jsonl`, () =>
        log.rewrite(async () => {
          const found = await this.verifiedEntries(real, 'rebuild');
          skipped = found.skipped;
          return found.entries;
        }),
      );
      return { count, skipped };
    } finally {
      await lock.release();
    }
  }

  private async withRunLock<T>(runId: string, purpose: string, intent: string | undefined, fn: () => Promise<T>): Promise<T> {
    await this.store.writableRoot();
    const locks = (await this.locks())!;
    const lock: HeldLock = await locks.acquire(runLockName(runId), { purpose, run_id: runId, ...(intent !== undefined && { intent }) }, this.recoverIntent);
    try {
      return await fn();
    } finally {
      await lock.release();
    }
  }

  /** Where the file of `id` is: the index's answer if its file exists, else a probe of every month folder. */
  private async findPath(id: string): Promise<string | undefined> {
    const entry = this.view.get(id);
    const real = await this.store.existingRoot();
    if (real === undefined) return undefined;
    if (entry !== undefined) {
      try {
        const st = await this.o.fs.lstat(under(real, entry.path));
        if (st.isFile() || st.isSymbolicLink()) return entry.path;
      } catch {
        // stale index entry: fall through to the probe
      }
    }
    return io('search the registry for', id, () => probeId(this.o.fs, real, id));
  }

  // ---- public API -----------------------------------------------------------------------------------

  /**
   * Stores a checkpoint durably and returns once it is on disk (temp file, fsync, link, fsync of the folder,
   * index record). Idempotent: saving a checkpoint the registry holds writes nothing (first write wins).
   * Older-format input is upgraded first; the stored file is always the latest format.
   */
  async save(checkpoint: Checkpoint | object | Uint8Array | string): Promise<SaveResult> {
    return (await this.saveInternal(checkpoint)).result;
  }

  private async saveInternal(input: unknown): Promise<{ result: SaveResult; checkpoint: Checkpoint }> {
    if (input === null || input === undefined || (typeof input !== 'object' && typeof input !== 'string')) {
      throw argError(`save() takes a checkpoint (object, JSON text or bytes), got ${input === null ? 'null' : typeof input}`, 'build one with createCheckpoint(state), or use registry.create(state)');
    }
    const loaded = loadCheckpoint(input as object, { source: 'save() argument' });
    return this.storeVerified(loaded.checkpoint, loaded.id, Buffer.from(serializeCheckpoint(loaded.checkpoint), 'utf8'));
  }

  /** Stores a checkpoint already verified (`id` is its id, `bytes` its file form). */
  private async storeVerified(doc: Checkpoint, id: string, bytes: Buffer): Promise<{ result: SaveResult; checkpoint: Checkpoint }> {
    const rel = checkpointPath(id, doc.timestamp);
    const real = await this.store.writableRoot();
    return this.withRunLock(doc.run_id, 'save', rel, async () => {
      const { year, month, id: name } = parseCheckpointPath(rel);
      const created = await io('create the folder for', rel, () => ensureDirs(this.o.fs, real, [year, month]));
      const monthDir = join(real, year, month);
      const finalPath = join(monthDir, `${name}.json`);
      let quarantined: string | undefined;
      if (created.length === 0 && (await io('check', rel, () => exists(this.o.fs, finalPath)))) {
        const existing = await this.store.verify(rel);
        if (existing.kind === 'ok') {
          await this.ensureIndexed(existing.entry);
          return { result: { id, path: rel, created: false }, checkpoint: existing.result.checkpoint };
        }
        if (existing.kind === 'corrupt') quarantined = await this.store.quarantine(rel, existing.error);
        else if (existing.kind !== 'missing') throw existing.error;
      }
      let outcome;
      try {
        outcome = await io('write', rel, () => writeNew(this.o.fs, monthDir, `${name}.json`, tempName(id), bytes), 'the registry is unchanged');
      } catch (e) {
        await removeDirs(this.o.fs, created);
        throw e;
      }
      if (outcome === 'exists') {
        const again = await this.store.verify(rel);
        if (again.kind === 'ok') {
          await this.ensureIndexed(again.entry);
          return { result: { id, path: rel, created: false }, checkpoint: again.result.checkpoint };
        }
        throw again.kind === 'missing' ? new CheckpointError({ code: 'E_IO', message: `${rel} vanished while it was being saved`, hint: 'retry the save' }) : again.error;
      }
      const entry = storedEntry(doc, rel);
      try {
        await this.appendPut(entry);
      } catch (e) {
        // Not indexed means not saved: take the file back so the registry is as it was. The record may
        // have reached the log before its fsync failed, so cancel it too (best effort; fsck repairs the rest).
        const log = await this.log();
        await log?.append([{ op: 'del', id, run_id: doc.run_id, strategy_name: doc.strategy_name }]).catch(() => undefined);
        await unlinkQuiet(this.o.fs, finalPath).catch(() => undefined);
        await syncDir(this.o.fs, monthDir).catch(() => undefined);
        await removeDirs(this.o.fs, created);
        if (e instanceof CheckpointError && e.code === 'E_IO') throw withUnchanged(e);
        throw e;
      }
      return { result: { id, path: rel, created: true, ...(quarantined !== undefined && { quarantined }) }, checkpoint: doc };
    });
  }

  private async ensureIndexed(entry: RegistryEntry): Promise<void> {
    await this.refresh({ run: entry.run_id });
    const known = this.view.get(entry.id);
    if (known === undefined || !sameEntry(known, entry)) await this.appendPut(entry);
  }

  /** Builds a checkpoint from state (createCheckpoint, created_at from the registry's clock) and saves it. */
  async create(state: CheckpointState, options: CreateOptions = {}): Promise<SaveResult & { checkpoint: Checkpoint }> {
    assertPlainObject(options as unknown, 'create() options', ['createdAt']);
    // built, validated and serialized once: saving it needs no second load
    const built = buildCheckpoint(state, { createdAt: options.createdAt ?? new Date(this.o.now()) });
    const saved = await this.storeVerified(built.checkpoint, built.id, Buffer.from(built.file, 'utf8'));
    return { ...saved.result, checkpoint: saved.checkpoint };
  }

  /** Loads a checkpoint by id, verifying its content every time; older-format files are upgraded. */
  async load(id: string): Promise<RegistryLoadResult> {
    assertId(id);
    const rel = await this.findPath(id);
    if (rel !== undefined) {
      const v = await this.store.verify(rel);
      if (v.kind === 'ok') {
        // Teach the index a file it did not know (or knew wrongly); files are the truth.
        await this.ensureIndexed(v.entry).catch(() => undefined);
        return { ...v.result, path: rel, entry: v.entry };
      }
      if (v.kind !== 'missing') throw v.error;
    }
    throw new CheckpointError({
      code: 'E_NOT_FOUND',
      message: `the registry at ${this.root} holds no checkpoint ${id}`,
      hint: 'list() shows the ids it holds; check the registry root',
    });
  }

  /** Entries from the index, filtered and in list order (backtest time, run, sequence, id). */
  async list(filter?: ListFilter): Promise<RegistryEntry[]> {
    const f = resolveFilter(filter);
    await this.sync({ run: f.run, strategy: f.strategy, tsFrom: f.tsFrom, tsTo: f.tsTo, createdFrom: f.createdFrom, createdTo: f.createdTo });
    const items = this.view.select({ run: f.run, strategy: f.strategy, tsFrom: f.tsFrom, tsTo: f.tsTo, createdFrom: f.createdFrom, createdTo: f.createdTo });
    let out = items.map((i) => i.entry);
    if (f.desc) out.reverse();
    if (f.limit !== undefined) out = out.slice(0, f.limit);
    return out;
  }

  /**
   * The checkpoint to resume from. For a run: its highest sequence. For a strategy: the latest of the run
   * whose newest checkpoint was created most recently. Every candidate is verified by loading its file;
   * one that fails is passed over, so a missing or corrupt file is never the answer.
   */
  async latest(selector: LatestSelector): Promise<RegistryEntry | undefined> {
    const sel = resolveSelector(selector);
    const need: Need = sel.run !== undefined ? { run: sel.run } : { strategy: sel.strategy! };
    for (let attempt = 0; attempt < 2; attempt++) {
      await this.sync(need);
      const outcome = await this.pickLatest(sel, need);
      if (outcome !== 'index-wrong') return outcome;
      await this.rebuildIndex();
    }
    return undefined;
  }

  /**
   * The newest candidate whose file verifies. A candidate whose file is missing was usually deleted by
   * retention after a newer save, whose record the view has not read yet: the index is read again, and the
   * search starts over when it taught the view anything, so the answer is never older than a save that
   * had returned before latest() was called. A file that cannot be read (permission denied, I/O error)
   * fails the call with E_IO rather than being passed over: it may be the newest checkpoint.
   */
  private async pickLatest(sel: { run?: string; strategy?: string }, need: Need): Promise<RegistryEntry | undefined | 'index-wrong'> {
    for (let round = 0; round < MAX_LATEST_ROUNDS; round++) {
      let changed = false;
      const tryItem = async (item: Item): Promise<RegistryEntry | undefined | 'index-wrong' | 'changed'> => {
        if (sel.strategy !== undefined && item.entry.strategy_name !== sel.strategy) return undefined;
        const v = await this.store.verify(item.entry.path);
        if (v.kind === 'ok') return sameEntry(v.entry, item.entry) ? v.entry : 'index-wrong';
        if (v.kind === 'unreadable') throw v.error;
        if (v.kind === 'missing') {
          const seen = this.synced.generation;
          await this.refresh(need);
          if (this.synced.generation !== seen) return 'changed';
        }
        return undefined;
      };
      const runs = sel.run !== undefined ? [sel.run] : this.view.runsByRecency(sel.strategy!);
      search: for (const run of runs) {
        const head = this.view.head(run);
        if (head === undefined) continue;
        // The head alone is the common case; the rest of the run is sorted only when the head fails.
        for (let k = 0, rest: Item[] | undefined; ; k++) {
          if (k === 1) rest = this.view.newestFirst(run);
          const item = k === 0 ? head : rest![k];
          if (item === undefined) break;
          const r = await tryItem(item);
          if (r === 'changed') {
            changed = true;
            break search;
          }
          if (r !== undefined) return r;
        }
      }
      if (!changed) return undefined;
    }
    throw new CheckpointError({ code: 'E_IO', message: `the checkpoints of ${this.root} kept being deleted while latest() looked for one`, hint: 'retry when the retention job is done' });
  }

  /** Deletes one checkpoint file. Returns false when the registry does not hold it. */
  async delete(id: string): Promise<boolean> {
    assertId(id);
    if ((await this.store.existingRoot()) === undefined) return false;
    const rel = await this.findPath(id);
    if (rel === undefined) return false;
    const v = await this.store.verify(rel);
    if (v.kind !== 'ok' && this.view.get(id) === undefined) await this.refresh();
    const known = v.kind === 'ok' ? v.entry : this.view.get(id);
    const run = known?.run_id;
    const strategy = known?.strategy_name;
    const remove = async (): Promise<boolean> => {
      const removed = await this.store.remove(rel);
      if (removed) await this.store.syncMonths([rel]);
      const log = await this.log();
      if (log) await io('update the index', `${INDEX_DIR}/log.jsonl`, () => log.append([{ op: 'del', id, ...(run !== undefined && { run_id: run }), ...(strategy !== undefined && { strategy_name: strategy }) }]));
      return removed;
    };
    return run === undefined ? remove() : this.withRunLock(run, 'delete', undefined, remove);
  }

  /**
   * Applies a retention policy (see RetentionPolicy). Plans from verified content only; never deletes a
   * run's newest verified checkpoint, a file that fails verification, or anything outside the root.
   */
  async cleanup(policy: RetentionPolicy, options: CleanupOptions = {}): Promise<CleanupReport> {
    return runCleanup(
      {
        now: this.o.now,
        verifyConcurrency: this.o.verifyConcurrency,
        entries: async () => {
          await this.sync();
          return [...this.view.entries()];
        },
        verify: (path) => this.store.verify(path),
        rebuildIndex: () => this.rebuildIndex(),
        remove: (entries) => this.deletePlanned(entries),
      },
      policy,
      options,
    );
  }

  private async deletePlanned(entries: RegistryEntry[]): Promise<void> {
    const byRun = new Map<string, RegistryEntry[]>();
    for (const e of entries) {
      const list = byRun.get(e.run_id) ?? [];
      list.push(e);
      byRun.set(e.run_id, list);
    }
    const log = (await this.log())!;
    for (const [run, list] of byRun) {
      await this.withRunLock(run, 'cleanup', undefined, async () => {
        for (const e of list) await this.store.remove(e.path);
        await this.store.syncMonths(list.map((e) => e.path));
        await io('update the index', `${INDEX_DIR}/log.jsonl`, () => log.append(list.map((e) => ({ op: 'del' as const, id: e.id, run_id: e.run_id, strategy_name: e.strategy_name }))));
      });
    }
    await this.refresh();
    if (this.view.dead > Math.max(1000, this.view.size)) await this.compact();
  }

  /** Rewrites the index log with only its live entries (after many deletions). */
  async compact(): Promise<{ count: number }> {
    const real = await this.store.existingRoot();
    if (real === undefined) return { count: 0 };
    const locks = (await this.locks())!;
    const log = (await this.log())!;
    const lock = await locks.acquire(INDEX_LOCK_NAME, { purpose: 'index' }, undefined, Math.max(this.o.lockTimeoutMs, INDEX_LOCK_TIMEOUT_MS));
    try {
      const { count } = await io('compact the index', `${INDEX_DIR}/log.jsonl`, () =>
        log.rewrite(async (old) => {
          const replayed = old === undefined ? undefined : replay(old.text);
          if (replayed !== undefined && replayed.broken === undefined) return replayed.live.values();
          // No log, or an unreadable snapshot: its entries are unknown, so the files decide.
          return (await this.verifiedEntries(real)).entries;
        }),
      );
      await this.refresh();
      return { count };
    } finally {
      await lock.release();
    }
  }

  /**
   * Folds a long tail of the index log into a new snapshot, so the next fresh process reads a snapshot and a
   * short tail. Opportunistic: skipped (false) when another process holds the index lock or the root is
   * read-only; the index is then read as it is, correctly, only more slowly.
   */
  private async compactQuietly(): Promise<boolean> {
    const real = await this.store.existingRoot();
    const locks = await this.locks();
    const log = await this.log();
    if (real === undefined || !locks || !log) return false;
    let lock: HeldLock;
    try {
      lock = await locks.acquire(INDEX_LOCK_NAME, { purpose: 'index' }, undefined, 0);
    } catch {
      return false;
    }
    try {
      const { written } = await log.rewrite(async (old) => {
        const replayed = old === undefined ? undefined : replay(old.text);
        return replayed === undefined || replayed.broken !== undefined ? undefined : replayed.live.values();
      });
      return written;
    } catch {
      return false;
    } finally {
      await lock.release().catch(() => undefined);
    }
  }

  /** Re-verifies every file, quarantines corrupt ones, sweeps stale temp files and locks, repairs the index. */
  async fsck(options: FsckOptions = {}): Promise<FsckReport> {
    const real = await this.store.existingRoot();
    const report = await runFsck(
      {
        root: this.root,
        real,
        fs: this.o.fs,
        store: this.store,
        now: this.o.now,
        tmpGraceMs: this.o.tmpGraceMs,
        verifyConcurrency: this.o.verifyConcurrency,
        onVerified: this.o.onProgress && ((done: number, total: number) => this.o.onProgress!({ task: 'fsck', done, total })),
        log: await this.log(),
        locks: await this.locks(),
        indexLockTimeoutMs: Math.max(this.o.lockTimeoutMs, INDEX_LOCK_TIMEOUT_MS),
        recoverIntent: this.recoverIntent,
      },
      options,
    );
    // A dry run writes nothing, and refreshing the view could rebuild a missing index.
    if (real !== undefined && options.dryRun !== true) await this.refresh();
    return report;
  }

  /** Rebuilds the index from the checkpoint files alone (every file verified). */
  async rebuildIndex(): Promise<{ count: number; skipped: number }> {
    const result = await this.rebuildUnlocked(false);
    await this.refresh();
    return result;
  }
}

/** The entry of a checkpoint the registry has just written (latest format, so its id is its own). */
function storedEntry(doc: Checkpoint, path: string): RegistryEntry {
  return Object.freeze({
    id: doc.checkpoint_id,
    path,
    version: doc.version,
    latest_format_id: doc.checkpoint_id,
    strategy_name: doc.strategy_name,
    run_id: doc.run_id,
    sequence: doc.sequence,
    timestamp: doc.timestamp,
    created_at: doc.created_at,
  });
}

async function exists(fs: RegistryFs, abs: string): Promise<boolean> {
  try {
    await fs.lstat(abs);
    return true;
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return false;
    throw e;
  }
}

/** A scan of every folder; an index built from a partial scan would silently drop checkpoints, so it is refused. */
async function completeScan(fs: RegistryFs, real: string): Promise<Awaited<ReturnType<typeof scanTree>>> {
  const scan = await scanTree(fs, real);
  const first = scan.unreadable[0];
  if (first !== undefined) throw ioError('list', first.path, first.error, 'the index was not rebuilt; fix the folder, then retry (or run fsck)');
  return scan;
}

function withUnchanged(e: CheckpointError): CheckpointError {
  if (!e.hint?.includes('unchanged')) (e as { hint?: string }).hint = `${e.hint ?? 'retry'}; the registry is unchanged`;
  return e;
}
