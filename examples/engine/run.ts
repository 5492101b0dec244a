// Driving the reference engine through a run: bar by bar, with the auto-checkpointer after every bar
// and a final checkpoint at the end. The worker, the demo and the tests all run backtests this way.
import type { CheckpointRecord, RunCheckpointer } from '../../src/index.js';
import type { BacktestEngine } from './engine.js';

export interface RunHooks {
  /** Called after every bar, before the checkpointer (bars processed so far, over all feeds). */
  readonly onBar?: (barsProcessed: number) => void;
  /** Stop (without a final checkpoint) once this many bars are processed: a crash or a pause. */
  readonly stopAt?: number;
}

/** Runs the engine to the end (or to `stopAt`); returns the final checkpoint, or undefined when stopped early. */
export async function runToEnd(engine: BacktestEngine, checkpointer: RunCheckpointer, hooks: RunHooks = {}): Promise<CheckpointRecord | undefined> {
  for (;;) {
    if (hooks.stopAt !== undefined && engine.barsProcessed >= hooks.stopAt) return undefined;
    if (!engine.step()) break;
    hooks.onBar?.(engine.barsProcessed);
    await checkpointer.afterBar();
    if (checkpointer.closed) return undefined;
  }
  return checkpointer.finish();
}
