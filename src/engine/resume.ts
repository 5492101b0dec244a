// Starting and resuming runs. A run is a chain of checkpoints in a store; resume restores the engine
// from the latest checkpoint of the run that verifies and continues the chain from it, so the next
// checkpoint is its child.
import { CheckpointError, type ErrorDetail } from '../errors/index.js';
import type { Checkpoint } from '../format/index.js';
import { RunCheckpointer, type CheckpointerOptions } from './checkpointer.js';
import type { Checkpointable } from './contract.js';
import { restoreCheckpoint, type RestoreOptions, type RestoreReport } from './restore.js';
import { stateDigest } from './state-digest.js';
import type { CheckpointStore, StoreEntry } from './store.js';

export type RunOptions = CheckpointerOptions;
export type ResumeOptions = CheckpointerOptions & RestoreOptions;

/** A newer checkpoint of the run that did not verify and was passed over. */
export interface SkippedCheckpoint {
  readonly id: string;
  readonly sequence: number;
  readonly error: ErrorDetail;
}

export interface RunHandle {
  readonly checkpointer: RunCheckpointer;
  /** What was restored, when the run was resumed; null when it started fresh. */
  readonly resumed: RestoreReport | null;
  /** Newer checkpoints that failed verification and were passed over, newest first. */
  readonly skipped: readonly SkippedCheckpoint[];
}

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function checkArgs(store: CheckpointStore, run: string, engine: Checkpointable, fn: string): void {
  if (store === null || typeof store !== 'object' || typeof store.save !== 'function' || typeof store.load !== 'function' || typeof store.latest !== 'function' || typeof store.list !== 'function') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `${fn}() takes a checkpoint store (save, load, latest, list) as its first argument`, hint: 'pass a CheckpointRegistry' });
  }
  if (typeof run !== 'string' || !RUN_ID.test(run)) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `${fn}(): run id ${JSON.stringify(run)} is not valid`, hint: 'a run id is 1-128 characters of letters, digits and . _ : -, starting with a letter or digit' });
  }
  if (engine === null || typeof engine !== 'object' || typeof engine.extract !== 'function' || typeof engine.restore !== 'function' || typeof engine.strategy !== 'object') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `${fn}() takes a Checkpointable engine (strategy, extract, restore) as its third argument` });
  }
}

/**
 * Starts a new run: writes its first checkpoint (sequence 0, no parent) from the engine's current state
 * and returns the checkpointer that continues it. Refuses a run id that already has checkpoints.
 */
export async function startRun(store: CheckpointStore, run: string, engine: Checkpointable, options: RunOptions = {}): Promise<RunHandle> {
  checkArgs(store, run, engine, 'startRun');
  const existing = await store.latest({ run });
  if (existing !== undefined) {
    throw new CheckpointError({
      code: 'E_ARGUMENT',
      message: `run ${JSON.stringify(run)} already has checkpoints (latest sequence ${existing.sequence}, id ${existing.id})`,
      hint: 'resume it with resume() or openRun(), or start a new run under another id',
    });
  }
  const checkpointer = new RunCheckpointer(engine, store, run, null, options);
  try {
    await checkpointer.begin();
  } catch (e) {
    checkpointer.close();
    throw e;
  }
  return { checkpointer, resumed: null, skipped: [] };
}

/** The run's entries, newest first (by sequence). */
async function candidates(store: CheckpointStore, run: string): Promise<StoreEntry[]> {
  const all = [...(await store.list({ run }))].filter((e) => e.run_id === run);
  return all.sort((a, b) => b.sequence - a.sequence);
}

async function loadVerified(store: CheckpointStore, run: string, entry: StoreEntry): Promise<Checkpoint> {
  const { checkpoint, original } = await store.load(entry.id);
  // An older-format file keeps its own id; the checkpoint it loads as (upgraded) has a new one.
  const storedId = original?.id ?? checkpoint.checkpoint_id;
  if (storedId !== entry.id) {
    throw new CheckpointError({ code: 'E_HASH_MISMATCH', pointer: '/checkpoint_id', message: `the store listed ${entry.id} but returned checkpoint ${storedId}` });
  }
  if (checkpoint.run_id !== run) {
    throw new CheckpointError({ code: 'E_SEMANTIC', pointer: '/run_id', message: `the store listed checkpoint ${entry.id} under run ${JSON.stringify(run)}, but it belongs to run ${JSON.stringify(checkpoint.run_id)}` });
  }
  return checkpoint;
}

/**
 * Resumes a run from its latest checkpoint (highest sequence) that verifies: restores the engine (checking the strategy
 * fingerprint and upgrading strategy state, see restoreCheckpoint) and returns the checkpointer that
 * continues the chain. Checkpoints that fail to load are passed over and reported in `skipped`; a
 * checkpoint that loads but does not fit the strategy is refused, never passed over.
 */
export async function resume(store: CheckpointStore, run: string, engine: Checkpointable, options: ResumeOptions = {}): Promise<RunHandle> {
  checkArgs(store, run, engine, 'resume');
  const skipped: SkippedCheckpoint[] = [];
  let checkpoint: Checkpoint | null = null;
  // Walk the run newest first. A registry's own latest() may already pass over a damaged file; walking
  // the list instead reports every newer checkpoint that does not verify, so nothing is lost silently.
  for (const entry of await candidates(store, run)) {
    try {
      checkpoint = await loadVerified(store, run, entry);
      break;
    } catch (e) {
      if (!(e instanceof CheckpointError)) throw e;
      skipped.push({ id: entry.id, sequence: entry.sequence, error: e.toJSON() });
    }
  }
  if (checkpoint === null) {
    if (skipped.length === 0) {
      throw new CheckpointError({ code: 'E_NOT_FOUND', message: `run ${JSON.stringify(run)} has no checkpoints in this store`, hint: 'start it with startRun() (or use openRun(), which starts or resumes)' });
    }
    throw new CheckpointError(
      { code: 'E_NOT_FOUND', message: `none of the ${skipped.length} checkpoints of run ${JSON.stringify(run)} verifies (newest: ${skipped[0]!.error.code} ${skipped[0]!.error.message})`, hint: 'restore the store from a backup, or start the run again under a new id' },
      [{ code: 'E_NOT_FOUND', message: `no verified checkpoint of run ${JSON.stringify(run)}` }, ...skipped.map((s) => s.error)],
    );
  }
  const report = restoreCheckpoint(engine, checkpoint, options);
  const ckpt = report.checkpoint;
  const checkpointer = new RunCheckpointer(
    engine,
    store,
    run,
    {
      record: { id: ckpt.checkpoint_id, run_id: run, sequence: ckpt.sequence, parent_id: ckpt.parent_id, timestamp: ckpt.timestamp, trigger: 'resume', written: false },
      digest: stateDigest(ckpt),
    },
    options,
  );
  return { checkpointer, resumed: report, skipped };
}

/** Resumes the run when it has checkpoints, and starts it otherwise. */
export async function openRun(store: CheckpointStore, run: string, engine: Checkpointable, options: ResumeOptions = {}): Promise<RunHandle> {
  checkArgs(store, run, engine, 'openRun');
  if ((await store.latest({ run })) === undefined && (await store.list({ run })).length === 0) return startRun(store, run, engine, options);
  return resume(store, run, engine, options);
}
