// Shared drivers for the engine tests: small deterministic backtests run uninterrupted, crashed at a
// bar and resumed, with a policy whose wall clock is a function of progress (so time-based
// checkpoints land on the same bars in every run).
import { resume, startRun, type Checkpointable, type CheckpointPolicy, type CheckpointRecord, type EngineSnapshot, type RunCheckpointer } from '../../src/index.js';
import { configWith, type BacktestConfig } from '../../examples/engine/config.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { MemoryStore } from './memory-store.js';

export const RUN = 'prop-run';

/** A few hundred bars: enough for several trades per symbol, fast enough for hundreds of runs. */
export function smallConfig(seed = 7, minutes = 130): BacktestConfig {
  return configWith({ seed, minutes, strategy: { fast: 3, slow: 9 } });
}

export interface TestPolicy {
  readonly everyBars?: number;
  readonly everySeconds?: number;
  /** The injected clock advances this many milliseconds per bar processed. */
  readonly msPerBar: number;
  /** Bars after which the driver asks for a checkpoint on demand. */
  readonly demandAt: readonly number[];
}

export function policyOf(p: TestPolicy): CheckpointPolicy {
  return { ...(p.everyBars !== undefined && { everyBars: p.everyBars }), ...(p.everySeconds !== undefined && { everySeconds: p.everySeconds }) };
}

/** Runs bar by bar to the end, or stops after `stopAt` bars (a crash: no final checkpoint). */
export async function drive(engine: BacktestEngine, cp: RunCheckpointer, demandAt: ReadonlySet<number>, stopAt?: number): Promise<CheckpointRecord | undefined> {
  for (;;) {
    if (stopAt !== undefined && engine.barsProcessed >= stopAt) return undefined;
    if (!engine.step()) break;
    await cp.afterBar();
    if (demandAt.has(engine.barsProcessed)) await cp.checkpoint();
  }
  return cp.finish();
}

/** An engine slot the injected clock reads, so a resumed engine keeps the same time line. */
function clockFor(slot: { engine: BacktestEngine }, msPerBar: number): () => number {
  return () => slot.engine.barsProcessed * msPerBar;
}

export interface RunOutcome {
  readonly final: CheckpointRecord;
  readonly ids: readonly string[];
  readonly store: MemoryStore;
}

export async function uninterrupted(config: BacktestConfig, policy: TestPolicy): Promise<RunOutcome> {
  const store = new MemoryStore();
  const slot = { engine: new BacktestEngine(config) };
  const { checkpointer } = await startRun(store, RUN, slot.engine, { policy: policyOf(policy), clock: clockFor(slot, policy.msPerBar) });
  const final = (await drive(slot.engine, checkpointer, new Set(policy.demandAt)))!;
  return { final, ids: store.ids(RUN), store };
}

export interface CrashOutcome extends RunOutcome {
  /** Bars the crashed process had processed, and the bar position of the checkpoint resumed from. */
  readonly crashedAt: number;
  readonly resumedAt: number;
  readonly resumedFrom: string;
}

/**
 * Runs until `crashAt` bars, abandons the engine (a crash), then resumes a fresh engine from the
 * store's latest checkpoint and runs to the end. `wrap` lets a test break the restore on purpose.
 */
export async function crashAndResume(
  config: BacktestConfig,
  policy: TestPolicy,
  crashAt: number,
  wrap: (engine: BacktestEngine) => Checkpointable = (e) => e,
): Promise<CrashOutcome> {
  const store = new MemoryStore();
  const demand = new Set(policy.demandAt);
  {
    const slot = { engine: new BacktestEngine(config) };
    const { checkpointer } = await startRun(store, RUN, slot.engine, { policy: policyOf(policy), clock: clockFor(slot, policy.msPerBar) });
    await drive(slot.engine, checkpointer, demand, crashAt);
    checkpointer.close();
  }
  const slot = { engine: new BacktestEngine(config) };
  const handle = await resume(store, RUN, wrap(slot.engine), { policy: policyOf(policy), clock: clockFor(slot, policy.msPerBar) });
  const resumedAt = slot.engine.barsProcessed;
  const final = (await drive(slot.engine, handle.checkpointer, demand))!;
  return { final, ids: store.ids(RUN), store, crashedAt: Math.min(crashAt, slot.engine.totalBars), resumedAt, resumedFrom: handle.resumed!.checkpoint.checkpoint_id };
}

/** An engine whose restore forgets part of the state: the bugs the proof must catch. */
export function forgetting(engine: BacktestEngine, forget: (snap: EngineSnapshot) => EngineSnapshot): Checkpointable {
  return {
    strategy: engine.strategy,
    extract: () => engine.extract(),
    restore: (snap) => engine.restore(forget(snap)),
  };
}
