// The user guide's run loop (docs/engine-guide.md quotes it): start a run with auto-checkpoints,
// resume it after a crash, a restartable process over a registry, and the policies a backtest and a
// live process would choose.
// #region imports
import { CheckpointError, CheckpointRegistry, openRun, resume, startRun, type CheckpointPolicy, type CheckpointRecord, type CheckpointStore } from '../../src/index.js';
// #endregion imports
import { TinyEngine, type TinyConfig } from './tiny-engine.js';

// #region policies
/** A backtest: deterministic checkpoints every 500 bars, plus one on Ctrl-C or `kill`. */
export const BACKTEST_POLICY: CheckpointPolicy = { everyBars: 500, onSignals: ['SIGINT', 'SIGTERM'] };

/** A live process: bars arrive slowly, so bound the work lost to a crash by wall time as well. */
export const LIVE_POLICY: CheckpointPolicy = { everyBars: 60, everySeconds: 30, onSignals: ['SIGINT', 'SIGTERM'] };
// #endregion policies

// #region start
export async function startBacktest(store: CheckpointStore, run: string, prices: string[], config: TinyConfig, policy: CheckpointPolicy, stopAfter = Infinity): Promise<CheckpointRecord | undefined> {
  const engine = new TinyEngine(prices, config);
  // Writes checkpoint 0 (the initial state) and returns the checkpointer that continues the run.
  const { checkpointer } = await startRun(store, run, engine, { policy });
  while (engine.barsProcessed < stopAfter && engine.step()) {
    await checkpointer.afterBar(); // writes a checkpoint when the policy says so
  }
  if (engine.barsProcessed < stopAfter) return checkpointer.finish(); // the final checkpoint
  checkpointer.close(); // (a test's stand-in for a crash: stop without a final checkpoint)
  return undefined;
}
// #endregion start

// #region resume
export async function resumeBacktest(store: CheckpointStore, run: string, prices: string[], config: TinyConfig, policy: CheckpointPolicy): Promise<CheckpointRecord> {
  const engine = new TinyEngine(prices, config);
  try {
    // Loads the latest checkpoint of the run that verifies, checks it was written by this strategy
    // and configuration, upgrades old strategy state, and restores the engine from it.
    const { checkpointer, resumed, skipped } = await resume(store, run, engine, { policy });
    for (const s of skipped) console.warn(`passed over checkpoint ${s.id}: ${s.error.code} ${s.error.message}`);
    console.log(`resumed at bar ${engine.barsProcessed} from checkpoint ${resumed!.checkpoint.checkpoint_id}`);
    while (engine.step()) await checkpointer.afterBar();
    return await checkpointer.finish();
  } catch (e) {
    if (e instanceof CheckpointError && e.code === 'E_RESUME_MISMATCH') {
      console.error(`cannot resume run ${run}: ${e.message} (${e.pointer})`);
    }
    throw e;
  }
}
// #endregion resume

// #region restartable
/** A restartable backtest: run it, kill it any way you like, run it again, and it goes on where it stopped. */
export async function restartable(dir: string, run: string, prices: string[], config: TinyConfig): Promise<CheckpointRecord> {
  const registry = new CheckpointRegistry(dir);
  const engine = new TinyEngine(prices, config);
  // Starts the run on the first call; on every later call, resumes it from its latest checkpoint.
  const { checkpointer } = await openRun(registry, run, engine, { policy: BACKTEST_POLICY });
  while (engine.step()) await checkpointer.afterBar();
  return checkpointer.finish();
}
// #endregion restartable
