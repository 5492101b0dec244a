// A checkpoint registry kept in an object store, by the commit protocol of spec/registry.md §10: a save is a
// create-only PUT of the checkpoint, then a create-only PUT of its run's sequence entry (the commit record; the
// loser of a race for one (run, sequence) gets E_CONFLICT); latest is the highest sequence whose checkpoint
// verifies; deletes and retention run under a lease. No lock server, no index: the entries are the truth.
import { CheckpointError } from '../errors/index.js';
import { canonicalBytes } from '../canonical/index.js';
import type { Checkpoint } from '../format/index.js';
import { createCheckpoint, serializeCheckpoint, type CheckpointState, type CreateOptions } from '../load/create.js';
import { loadCheckpoint, type LoadResult } from '../load/load.js';
import type { CheckpointRegistry, DamagedEntry, ObjectFsckReport } from '../registry/api.js';
import type { CleanupItem, CleanupOptions, CleanupReport } from '../registry/cleanup.js';
import { entryFromLoad, instantKey, type RegistryEntry } from '../registry/entry.js';
import { assertId } from '../registry/layout.js';
import { resolveFilter, resolveSelector, type LatestSelector, type ListFilter } from '../registry/options.js';
import { planRetention, validatePolicy, type PlannedItem, type RetentionPolicy } from '../registry/retention.js';
import { isObjectStoreError } from './errors.js';
import { checkKey } from './keys.js';
import { Lease, readLease, type LeaseOptions } from './lease.js';
import { listAll, type ObjectStore } from './types.js';

export interface ObjectRegistryOptions {
  /** Milliseconds since the epoch (for created_at, retention ages and the lease). */
  readonly now?: () => number;
  /** Parallel reads when verifying many checkpoints (default 16). */
  readonly concurrency?: number;
  readonly lease?: LeaseOptions;
}

export interface ObjectSaveResult {
  readonly id: string;
  /** The checkpoint's key in the store. */
  readonly path: string;
  /** False when the store already held this checkpoint (same state, same id). */
  readonly created: boolean;
}

export interface ObjectLoadResult extends LoadResult {
  readonly path: string;
  readonly entry: RegistryEntry;
}

const SEQ_DIGITS = 16;
const ENTRY_KEY = /^runs\/([^/]+)\/seq\/([0-9]{16})\.json$/;
const CHECKPOINT_KEY = /^checkpoints\/([0-9a-f]{64})\.json$/;

export const checkpointKey = (id: string): string => `checkpoints/${id}.json`;
export const entryKey = (run: string, sequence: number): string => `runs/${runSegment(run)}/seq/${String(sequence).padStart(SEQ_DIGITS, '0')}.json`;

/** A run id names one key segment: "a/b" would put its entries where no listing of runs/ finds them. */
function runSegment(run: unknown): string {
  checkKey(run, 'run id');
  if ((run as string).includes('/')) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `The run id ${JSON.stringify(run)} is refused: it has a "/".`, hint: 'A run id is letters, digits and . _ : -, starting with a letter or digit.' });
  }
  return run as string;
}
const hintKey = (run: string): string => `runs/${run}/latest.json`;

interface EntryRef {
  readonly key: string;
  readonly run: string;
  readonly sequence: number;
}

type Verified =
  | { readonly kind: 'ok'; readonly ref: EntryRef; readonly entry: RegistryEntry; readonly etag: string }
  | { readonly kind: 'retired'; readonly ref: EntryRef }
  | { readonly kind: 'damaged'; readonly ref: EntryRef; readonly damage: DamagedEntry; readonly names?: string };

export class ObjectStoreRegistry implements CheckpointRegistry {
  readonly store: ObjectStore;
  readonly #now: () => number;
  readonly #concurrency: number;
  readonly #lease: LeaseOptions;

  constructor(store: ObjectStore, options: ObjectRegistryOptions = {}) {
    this.store = store;
    this.#now = options.now ?? Date.now;
    this.#concurrency = options.concurrency ?? 16;
    this.#lease = { now: this.#now, ...options.lease };
  }

  get location(): string {
    return this.store.location;
  }

  /** Saves a checkpoint (§10.3). Acknowledged on return; E_CONFLICT when another checkpoint holds its (run, sequence). */
  async save(input: Checkpoint | object | Uint8Array | string): Promise<ObjectSaveResult> {
    if (input === null || input === undefined || (typeof input !== 'object' && typeof input !== 'string')) {
      throw new CheckpointError({ code: 'E_ARGUMENT', message: `save() takes a checkpoint (object, JSON text or bytes), got ${input === null ? 'null' : typeof input}` });
    }
    const loaded = loadCheckpoint(input as object, { source: 'save() argument' });
    const doc = loaded.checkpoint;
    const id = loaded.id;
    const key = checkpointKey(id);
    const commit = entryKey(doc.run_id, doc.sequence);
    let created = true;
    try {
      await this.store.put(key, new TextEncoder().encode(serializeCheckpoint(doc)), { condition: { ifNoneMatch: '*' }, contentType: 'application/json' });
    } catch (e) {
      if (!isConflict(e)) throw e;
      // The id exists: the same state, if it verifies (first writer wins). A damaged object blocks the id.
      await this.#loadKey(key, id);
      created = false;
    }
    const record = canonicalBytes({ checkpoint_id: id });
    try {
      await this.store.put(commit, record, { condition: { ifNoneMatch: '*' }, contentType: 'application/json' });
    } catch (e) {
      if (!isConflict(e)) throw e;
      const existing = await this.store.get(commit);
      const named = existing && parseEntry(existing.body);
      if (!(named && named.checkpoint_id === id && named.retired !== true)) {
        throw new CheckpointError({
          code: 'E_CONFLICT',
          message: `Run ${doc.run_id} sequence ${doc.sequence} in ${this.location} is already committed${named ? ` to checkpoint ${named.checkpoint_id}${named.retired ? ' (since deleted)' : ''}` : ''}; checkpoint ${id} lost the race.`,
          hint: 'Another writer continues this run: this one must stop (resume from latest() to continue the run here instead).',
        });
      }
    }
    // Best effort: the hint only saves a reader a listing, and is checked against the entries.
    await this.store.put(hintKey(doc.run_id), canonicalBytes({ sequence: doc.sequence })).catch(() => undefined);
    return { id, path: key, created };
  }

  async create(state: CheckpointState, options: CreateOptions = {}): Promise<ObjectSaveResult & { checkpoint: Checkpoint }> {
    const checkpoint = createCheckpoint(state, { createdAt: options.createdAt ?? new Date(this.#now()) });
    return { ...(await this.save(checkpoint)), checkpoint };
  }

  /** Loads a checkpoint by id, verifying it. */
  async load(id: string): Promise<ObjectLoadResult> {
    assertId(id);
    const key = checkpointKey(id);
    const result = await this.#loadKey(key, id);
    return { ...result, path: key, entry: entryFromLoad(result, key) };
  }

  /** Committed checkpoints that verify, filtered and ordered as spec/registry.md §8.1. */
  async list(filter?: ListFilter): Promise<RegistryEntry[]> {
    const f = resolveFilter(filter);
    const refs = await this.#refs(f.run);
    const verified = await this.#verifyAll(refs);
    let entries = verified.flatMap((v) => (v.kind === 'ok' ? [v.entry] : []));
    entries = entries.filter((e) => {
      if (f.strategy !== undefined && e.strategy_name !== f.strategy) return false;
      const ts = instantKey(e.timestamp);
      const cr = instantKey(e.created_at);
      if (f.tsFrom !== undefined && ts < f.tsFrom) return false;
      if (f.tsTo !== undefined && ts >= f.tsTo) return false;
      if (f.createdFrom !== undefined && cr < f.createdFrom) return false;
      if (f.createdTo !== undefined && cr >= f.createdTo) return false;
      return true;
    });
    entries.sort(compareListOrder);
    if (f.desc) entries.reverse();
    return f.limit === undefined ? entries : entries.slice(0, f.limit);
  }

  async latest(selector: LatestSelector): Promise<RegistryEntry | undefined> {
    return (await this.latestReport(selector)).entry;
  }

  /** latest() with the damaged entries it passed over (§10.4). */
  async latestReport(selector: LatestSelector): Promise<{ entry?: RegistryEntry; skipped: DamagedEntry[] }> {
    const sel = resolveSelector(selector);
    const skipped: DamagedEntry[] = [];
    const runs = new Map<string, EntryRef[]>();
    for (const ref of await this.#refs(sel.run)) runs.set(ref.run, [...(runs.get(ref.run) ?? []), ref]);
    let best: RegistryEntry | undefined;
    for (const refs of runs.values()) {
      refs.sort((a, b) => b.sequence - a.sequence);
      for (const ref of refs) {
        const v = await this.#verify(ref);
        if (v.kind === 'damaged') skipped.push(v.damage);
        if (v.kind !== 'ok') continue;
        if (sel.strategy === undefined || v.entry.strategy_name === sel.strategy) {
          if (best === undefined || compareCreated(v.entry, best) > 0) best = v.entry;
        }
        break;
      }
    }
    return { ...(best !== undefined && { entry: best }), skipped };
  }

  /** Deletes a checkpoint under the lease: retires its entry (the commit point), then removes the object. */
  async delete(id: string): Promise<boolean> {
    assertId(id);
    return this.#underLease('delete', async (lease) => {
      const key = checkpointKey(id);
      const object = await this.store.get(key);
      if (object === undefined) return false;
      let result: LoadResult | undefined;
      try {
        result = loadCheckpoint(object.body, { source: `${this.location} ${key}` });
      } catch {
        // A corrupt object has no trustworthy run or sequence; it is removed like an orphan.
      }
      if (result !== undefined) await this.#retire({ key: entryKey(result.checkpoint.run_id, result.checkpoint.sequence), run: result.checkpoint.run_id, sequence: result.checkpoint.sequence }, id, lease);
      await lease.ensure();
      await this.store.delete(key);
      return true;
    });
  }

  /** Retention (spec/registry.md §8.3) over the verified, committed checkpoints; never a run's newest. */
  async cleanup(policy: RetentionPolicy, options: CleanupOptions = {}): Promise<CleanupReport> {
    validatePolicy(policy);
    const dryRun = options.dryRun ?? false;
    const run = async (lease: Lease | undefined): Promise<CleanupReport> => {
      const nowMs = this.#now();
      const verified = await this.#verifyAll(await this.#refs());
      const ok = verified.flatMap((v) => (v.kind === 'ok' ? [v] : []));
      const plan = planRetention(
        ok.map((v) => v.entry),
        policy,
        nowMs,
      );
      const refOf = new Map(ok.map((v) => [v.entry.id, v.ref]));
      if (lease !== undefined) {
        for (const item of plan.delete) {
          await this.#retire(refOf.get(item.entry.id)!, item.entry.id, lease);
          await lease.ensure();
          await this.store.delete(checkpointKey(item.entry.id));
        }
      }
      const items = (planned: PlannedItem[]): CleanupItem[] =>
        planned.map(({ entry: e, reasons }) => ({ id: e.id, path: e.path, run_id: e.run_id, sequence: e.sequence, timestamp: e.timestamp, created_at: e.created_at, reasons }));
      return {
        dryRun,
        policy,
        now: new Date(nowMs).toISOString(),
        deleted: items(plan.delete),
        kept: items(plan.keep),
        skipped: verified.flatMap((v) => (v.kind === 'damaged' ? [{ path: v.damage.key, code: v.damage.code, message: v.damage.message }] : [])),
        indexRebuilt: false,
      };
    };
    return dryRun ? run(undefined) : this.#underLease('cleanup', run);
  }

  /**
   * Verifies every committed checkpoint, finds orphans and looks at the lease (spec/registry.md §10.5). Unless
   * `dryRun`, it repairs under the lease: damaged entries are retired (their objects stay, for inspection), and a
   * lease left by a dead holder is taken over and released. A live lease means another process is deleting: then
   * nothing is repaired, and the report says whose lease it is.
   */
  async fsck(options: { readonly dryRun?: boolean } = {}): Promise<ObjectFsckReport> {
    const verified = await this.#verifyAll(await this.#refs());
    const live = new Set(verified.flatMap((v) => (v.kind === 'ok' ? [v.entry.id] : [])));
    const named = new Set<string>();
    // A damaged entry's checkpoint object is reported with the entry, not again as an orphan.
    for (const v of verified) if (v.kind === 'damaged' && v.names !== undefined) named.add(checkpointKey(v.names));
    const orphans: string[] = [];
    for await (const o of listAll(this.store, 'checkpoints/')) {
      const m = CHECKPOINT_KEY.exec(o.key);
      if (m && !live.has(m[1]!)) orphans.push(o.key);
    }
    const damaged = verified.flatMap((v) => (v.kind === 'damaged' ? [v] : []));
    const retired: string[] = [];
    const held = await readLease(this.store, this.#now());
    let lease: ObjectFsckReport['lease'] = {};
    if (held?.state === 'live') lease = { active: held.describe };
    else if (held?.state === 'abandoned') lease = { expired: held.describe };
    if (options.dryRun !== true && held?.state !== 'live' && (damaged.length > 0 || held?.state === 'abandoned')) {
      await this.#underLease('fsck', async (l) => {
        for (const d of damaged) {
          await l.ensure();
          const current = await this.store.get(d.ref.key);
          const body = current && parseEntry(current.body);
          await this.store.put(d.ref.key, canonicalBytes({ checkpoint_id: body?.checkpoint_id ?? 'unreadable', retired: true }), current ? { condition: { ifMatch: current.etag } } : { condition: { ifNoneMatch: '*' } });
          retired.push(d.ref.key);
        }
      });
    }
    return {
      location: this.location,
      checked: verified.filter((v) => v.kind !== 'retired').length,
      ok: live.size,
      clean: damaged.length === 0,
      damaged: damaged.map((d) => d.damage),
      orphans: orphans.filter((k) => !named.has(k)),
      retired,
      lease,
    };
  }

  async #underLease<T>(operation: string, body: (lease: Lease) => Promise<T>): Promise<T> {
    const lease = await Lease.acquire(this.store, operation, this.#lease);
    try {
      return await body(lease);
    } finally {
      await lease.release().catch(() => undefined);
    }
  }

  async #retire(ref: EntryRef, id: string, lease: Lease): Promise<void> {
    await lease.ensure();
    const current = await this.store.get(ref.key);
    const named = current && parseEntry(current.body);
    if (!current || !named || named.checkpoint_id !== id || named.retired === true) return;
    await this.store.put(ref.key, canonicalBytes({ checkpoint_id: id, retired: true }), { condition: { ifMatch: current.etag }, contentType: 'application/json' });
  }

  async #loadKey(key: string, id: string): Promise<LoadResult> {
    const object = await this.store.get(key);
    if (object === undefined) {
      throw new CheckpointError({ code: 'E_NOT_FOUND', message: `${this.location} holds no checkpoint ${id}`, hint: 'list() shows the ids it holds' });
    }
    const result = loadCheckpoint(object.body, { source: `${this.location} ${key}` });
    if (result.original.id !== id) {
      throw new CheckpointError({ code: 'E_HASH_MISMATCH', message: `${this.location} ${key} holds checkpoint ${result.original.id}, not the ${id} its key names`, hint: 'run fsck' });
    }
    return result;
  }

  async #refs(run?: string): Promise<EntryRef[]> {
    const prefix = run === undefined ? 'runs/' : `runs/${runSegment(run)}/seq/`;
    const refs: EntryRef[] = [];
    for await (const o of listAll(this.store, prefix)) {
      const m = ENTRY_KEY.exec(o.key);
      if (m) refs.push({ key: o.key, run: m[1]!, sequence: Number(m[2]) });
    }
    return refs;
  }

  async #verifyAll(refs: EntryRef[]): Promise<Verified[]> {
    const out: Verified[] = new Array(refs.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < refs.length) {
        const i = next++;
        out[i] = await this.#verify(refs[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, refs.length) }, worker));
    return out;
  }

  async #verify(ref: EntryRef): Promise<Verified> {
    let names: string | undefined;
    const damaged = (code: string, message: string): Verified => ({ kind: 'damaged', ref, damage: { key: ref.key, code, message }, ...(names !== undefined && { names }) });
    const object = await this.store.get(ref.key);
    if (object === undefined) return damaged('E_NOT_FOUND', 'the entry disappeared');
    const named = parseEntry(object.body);
    if (named === undefined) return damaged('E_PARSE', 'the sequence entry is not {"checkpoint_id": …}');
    if (named.retired === true) return { kind: 'retired', ref };
    names = named.checkpoint_id;
    let result: LoadResult;
    try {
      result = await this.#loadKey(checkpointKey(named.checkpoint_id), named.checkpoint_id);
    } catch (e) {
      if (e instanceof CheckpointError && !isObjectStoreError(e)) return damaged(e.code, e.message);
      throw e;
    }
    const c = result.checkpoint;
    if (c.run_id !== ref.run || c.sequence !== ref.sequence) {
      return damaged('E_SEMANTIC', `the entry names checkpoint ${named.checkpoint_id} of run ${c.run_id} sequence ${c.sequence}`);
    }
    return { kind: 'ok', ref, entry: entryFromLoad(result, checkpointKey(named.checkpoint_id)), etag: object.etag };
  }
}

function isConflict(e: unknown): boolean {
  return isObjectStoreError(e) && e.failure === 'conflict';
}

function parseEntry(body: Uint8Array): { checkpoint_id: string; retired?: boolean } | undefined {
  try {
    const v = JSON.parse(new TextDecoder().decode(body)) as { checkpoint_id?: unknown; retired?: unknown };
    if (typeof v.checkpoint_id === 'string' && /^[0-9a-f]{64}$/.test(v.checkpoint_id)) {
      return { checkpoint_id: v.checkpoint_id, ...(v.retired === true && { retired: true }) };
    }
  } catch {
    // Not JSON: reported as damaged by the caller.
  }
  return undefined;
}

function compareListOrder(a: RegistryEntry, b: RegistryEntry): number {
  const ta = instantKey(a.timestamp);
  const tb = instantKey(b.timestamp);
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.run_id !== b.run_id) return a.run_id < b.run_id ? -1 : 1;
  if (a.sequence !== b.sequence) return a.sequence - b.sequence;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function compareCreated(a: RegistryEntry, b: RegistryEntry): number {
  const ca = instantKey(a.created_at);
  const cb = instantKey(b.created_at);
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
