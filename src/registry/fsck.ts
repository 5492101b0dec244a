// fsck (spec/registry.md §"fsck"): re-verifies every checkpoint file, moves corrupt ones to the quarantine
// folder (never deletes them), removes temp files older than the grace period, breaks stale locks
// (indexing what their holder had written), reports anything that does not belong, and rewrites the
// index when it disagrees with the files. Runs under the index lock, so it never races a rebuild.
import type { CheckpointError, ErrorCode } from '../errors/index.js';
import { sameEntry, type RegistryEntry } from './entry.js';
import { isRealDir } from './atomic.js';
import { errnoCode, type RegistryFs } from './fs.js';
import { replay, type IndexLog } from './index-log.js';
import { io } from './io-error.js';
import { INDEX_LOCK_NAME, LOCKS_DIR, QUARANTINE_DIR, QUARANTINE_FOLDER, under } from './layout.js';
import { type LockManager, type LockState } from './lock.js';
import { assertPlainObject, argError } from './options.js';
import { mapLimit, scanTree } from './scan.js';
import type { Store } from './store.js';

export interface FsckOptions {
  /** Report only: quarantine nothing, sweep nothing, break no lock, leave the index as it is. */
  readonly dryRun?: boolean;
  /** Move corrupt files to the quarantine folder (default true). */
  readonly quarantine?: boolean;
  /** Temp files older than this are removed (default: the registry's tmpGraceMs). 0 removes all. */
  readonly tmpGraceMs?: number;
}

export type FsckProblemKind = 'corrupt' | 'newer-version' | 'unreadable' | 'misplaced' | 'unexpected' | 'duplicate-sequence';

export interface FsckProblem {
  readonly kind: FsckProblemKind;
  /** Path relative to the root. */
  readonly path: string;
  readonly message: string;
  readonly code?: ErrorCode;
  /** Quarantine folder the file was moved to (relative to the root). */
  readonly quarantinedTo?: string;
}

export interface FsckReport {
  readonly root: string;
  /** Checkpoint files verified. */
  readonly checked: number;
  /** Of those, how many verified. */
  readonly ok: number;
  /** True when nothing is wrong: no problems (swept temp files, broken stale locks and index repairs are not problems). */
  readonly clean: boolean;
  readonly problems: FsckProblem[];
  /** Not wrong, but worth knowing: two checkpoints of a run with the same sequence. */
  readonly warnings: FsckProblem[];
  readonly tempFiles: { readonly swept: string[]; readonly kept: string[] };
  /**
   * Quarantine folders an interrupted quarantine left behind, repaired (in a dry run: that would be): a
   * folder without its file removed, a missing or unreadable reason.json written again.
   */
  readonly quarantine: { readonly removed: string[]; readonly reasonWritten: string[] };
  readonly locks: { readonly broken: string[]; readonly active: string[] };
  readonly index: {
    /** Files the index did not list. */
    readonly missing: number;
    /** Index entries with no verified file. */
    readonly ghost: number;
    /** Index entries that disagreed with their file. */
    readonly mismatched: number;
    /** Index lines that were not records (torn or foreign). */
    readonly invalidLines: number;
    readonly rewritten: boolean;
  };
}

export interface FsckContext {
  readonly root: string;
  readonly real: string | undefined;
  readonly fs: RegistryFs;
  readonly store: Store;
  readonly now: () => number;
  readonly tmpGraceMs: number;
  readonly verifyConcurrency: number;
  readonly onVerified?: ((done: number, total: number) => void) | undefined;
  readonly log: IndexLog | undefined;
  readonly locks: LockManager | undefined;
  readonly indexLockTimeoutMs: number;
  readonly recoverIntent: (state: LockState) => Promise<void>;
}

function emptyReport(root: string): FsckReport {
  return {
    root,
    checked: 0,
    ok: 0,
    clean: true,
    problems: [],
    warnings: [],
    tempFiles: { swept: [], kept: [] },
    quarantine: { removed: [], reasonWritten: [] },
    locks: { broken: [], active: [] },
    index: { missing: 0, ghost: 0, mismatched: 0, invalidLines: 0, rewritten: false },
  };
}

export async function runFsck(ctx: FsckContext, options: FsckOptions): Promise<FsckReport> {
  assertPlainObject(options as unknown, 'fsck() options', ['dryRun', 'quarantine', 'tmpGraceMs']);
  for (const k of ['dryRun', 'quarantine'] as const) {
    if (options[k] !== undefined && typeof options[k] !== 'boolean') throw argError(`fsck() option ${k} must be true or false`);
  }
  if (options.tmpGraceMs !== undefined && (typeof options.tmpGraceMs !== 'number' || !(options.tmpGraceMs >= 0))) throw argError('fsck() option tmpGraceMs must be a number ≥ 0');
  const { real, log, locks } = ctx;
  if (real === undefined || log === undefined || locks === undefined) return emptyReport(ctx.root);
  const dryRun = options.dryRun ?? false;
  const quarantine = !dryRun && (options.quarantine ?? true);
  const grace = options.tmpGraceMs ?? ctx.tmpGraceMs;

  const problems: FsckProblem[] = [];
  const warnings: FsckProblem[] = [];
  const swept: string[] = [];
  const keptTemps: string[] = [];
  const broken: string[] = [];
  const active: string[] = [];

  // Stale locks first: their intents may name files that the index must learn about.
  for (const name of await io('list the locks', `${ctx.root}/${LOCKS_DIR}`, () => locks.names())) {
    const state = await io('read the lock', `${LOCKS_DIR}/${name}`, () => locks.inspect(name));
    if (state === undefined) continue;
    if (state.stale && !dryRun) {
      if (await io('break the stale lock', `${LOCKS_DIR}/${name}`, () => locks.breakStale(state, name === INDEX_LOCK_NAME ? undefined : ctx.recoverIntent))) broken.push(`${LOCKS_DIR}/${name}`);
    } else {
      active.push(`${LOCKS_DIR}/${name}: ${state.reason}`);
    }
  }
  if (!dryRun) for (const name of await io('clear the break guards in', `${ctx.root}/${LOCKS_DIR}`, () => locks.sweepDeadGuards())) broken.push(`${LOCKS_DIR}/${name}`);

  // What an interrupted quarantine left. Only folders older than the temp-file grace: a quarantine in
  // progress (a save moving a corrupt file aside) is never touched.
  const repaired = { removed: [] as string[], reasonWritten: [] as string[] };
  for (const folder of await io('list', QUARANTINE_DIR, () => quarantineFolders(ctx.fs, real))) {
    if (grace !== 0 && ctx.now() - folder.mtimeMs < grace) continue;
    const done = await io('repair the quarantine folder', `${QUARANTINE_DIR}/${folder.name}`, () => ctx.store.repairQuarantine(folder.name, dryRun));
    if (done === 'removed') repaired.removed.push(`${QUARANTINE_DIR}/${folder.name}`);
    else if (done === 'reason-written') repaired.reasonWritten.push(`${QUARANTINE_DIR}/${folder.name}`);
  }

  const indexLock = dryRun ? undefined : await locks.acquire(INDEX_LOCK_NAME, { purpose: 'index' }, undefined, ctx.indexLockTimeoutMs);
  let checked = 0;
  let ok = 0;
  let indexReport: FsckReport['index'] = { missing: 0, ghost: 0, mismatched: 0, invalidLines: 0, rewritten: false };
  try {
    const examine = async (old: { text: string } | undefined): Promise<RegistryEntry[] | undefined> => {
      const scan = await io('scan', ctx.root, () => scanTree(ctx.fs, real));
      for (const u of scan.unreadable) {
        const error = await io('list', u.path, () => Promise.reject(u.error)).catch((e: CheckpointError) => e);
        problems.push({ kind: 'unreadable', path: u.path, code: error.code, message: `${error.message}; the checkpoints in it were not checked` });
      }
      for (const u of scan.unexpected) {
        problems.push({ kind: 'unexpected', path: u.path, message: `${u.path} is a ${u.kind} that does not belong in the registry layout; left untouched` });
      }
      for (const t of scan.temps) {
        let age: number;
        try {
          age = ctx.now() - (await ctx.fs.lstat(under(real, t.path))).mtimeMs;
        } catch (e) {
          if (errnoCode(e) === 'ENOENT') continue; // its save finished meanwhile
          throw e;
        }
        // A clock step, or file times coarser than ctx.now(), can put a fresh file's mtime a little in the future;
        // a grace of 0 still means "every temp file".
        if ((grace === 0 || age >= grace) && !dryRun) {
          await ctx.store.removeTemp(t.path);
          swept.push(t.path);
        } else {
          keptTemps.push(t.path);
        }
      }
      const verified = await mapLimit(scan.checkpoints, ctx.verifyConcurrency, (rel) => ctx.store.verify(rel), ctx.onVerified);
      const entries: RegistryEntry[] = [];
      for (let i = 0; i < verified.length; i++) {
        const rel = scan.checkpoints[i]!;
        const v = verified[i]!;
        if (v.kind === 'missing') continue; // deleted meanwhile
        checked++;
        if (v.kind === 'ok') {
          ok++;
          entries.push(v.entry);
          if (v.expectedPath !== rel) {
            problems.push({ kind: 'misplaced', path: rel, message: `${rel} belongs at ${v.expectedPath} (its backtest timestamp is ${v.entry.timestamp}); it still loads` });
          }
          continue;
        }
        const kind = v.kind === 'newer' ? 'newer-version' : v.kind;
        const problem: FsckProblem = { kind, path: rel, code: v.error.code, message: v.error.message };
        if (v.kind === 'corrupt' && quarantine) {
          const to = await ctx.store.quarantine(rel, v.error);
          problems.push({ ...problem, quarantinedTo: to });
        } else {
          problems.push(problem);
        }
      }
      const bySeq = new Map<string, RegistryEntry>();
      for (const e of entries) {
        const key = `${e.run_id}\u0000${e.sequence}`;
        const other = bySeq.get(key);
        if (other) warnings.push({ kind: 'duplicate-sequence', path: e.path, message: `${e.path} and ${other.path} are both sequence ${e.sequence} of run ${JSON.stringify(e.run_id)}` });
        else bySeq.set(key, e);
      }
      // Compare with what the index says.
      const { live: indexed, invalid: invalidLines } = old === undefined ? { live: new Map<string, RegistryEntry>(), invalid: 0 } : replay(old.text);
      let missing = 0;
      let mismatched = 0;
      const found = new Set<string>();
      for (const e of entries) {
        found.add(e.id);
        const known = indexed.get(e.id);
        if (known === undefined) missing++;
        else if (!sameEntry(known, e)) mismatched++;
      }
      let ghost = 0;
      for (const id of indexed.keys()) if (!found.has(id)) ghost++;
      const needsRewrite = old === undefined || missing + ghost + mismatched + invalidLines > 0;
      // Never rewrite the index from a partial scan: entries in unreadable folders would be dropped from it.
      const complete = scan.unreadable.length === 0;
      indexReport = { missing, ghost, mismatched, invalidLines, rewritten: needsRewrite && !dryRun && complete };
      return needsRewrite && !dryRun && complete ? entries : undefined;
    };
    if (indexLock !== undefined) await io('clear the seal of', log.path, () => log.clearSeal());
    if (dryRun) {
      // A dry run reads the log as it is and never writes it.
      const text = await io('read the index', log.path, () => log.readText());
      await examine(text === undefined ? undefined : { text });
    } else {
      await io('rewrite the index', log.path, () => log.rewrite(examine));
    }
  } finally {
    await indexLock?.release();
  }
  return {
    root: ctx.root,
    checked,
    ok,
    clean: problems.length === 0,
    problems,
    warnings,
    tempFiles: { swept, kept: keptTemps },
    quarantine: repaired,
    locks: { broken, active },
    index: indexReport,
  };
}

/** The quarantine folders (real folders with the registry's names), with their modification times. */
async function quarantineFolders(fs: RegistryFs, real: string): Promise<{ name: string; mtimeMs: number }[]> {
  const dir = under(real, QUARANTINE_DIR);
  if (!(await isRealDir(fs, dir))) return [];
  const out: { name: string; mtimeMs: number }[] = [];
  for (const d of await fs.readdir(dir)) {
    if (!d.isDirectory() || !QUARANTINE_FOLDER.test(d.name)) continue;
    out.push({ name: d.name, mtimeMs: (await fs.lstat(under(real, `${QUARANTINE_DIR}/${d.name}`))).mtimeMs });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}
