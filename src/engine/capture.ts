// Turning an engine's snapshot into a checkpoint: the library adds the lineage and the strategy's
// identity, so an engine cannot write a strategy-state version or fingerprint it does not declare.
import { CheckpointError } from '../errors/index.js';
import type { Checkpoint } from '../format/index.js';
import { createCheckpoint, type CheckpointState } from '../load/create.js';
import type { Checkpointable, StrategyIdentity } from './contract.js';
import { toDocumentState, type EngineSnapshot } from './snapshot.js';

/** Where a checkpoint sits in its run. */
export interface Lineage {
  readonly run: string;
  /** Id of the previous checkpoint of the run, or null for the first. */
  readonly parent: string | null;
  readonly sequence: number;
}

/**
 * The checkpoint state of a snapshot, written by the given strategy at the given place in its run. Callers that are
 * no engine (fixtures, benchmarks, imports) build state through this too, so a new format version, which changes
 * only the mapping in snapshot.ts, changes none of them.
 */
export function stateFromSnapshot(snap: EngineSnapshot, strategy: StrategyIdentity, lineage: Lineage): CheckpointState {
  return {
    ...toDocumentState(snap),
    strategy_name: strategy.name,
    run_id: lineage.run,
    parent_id: lineage.parent,
    sequence: lineage.sequence,
    strategy_state: strategy.state === null ? null : { schema: strategy.state.schema, schema_version: strategy.state.version, data: snap.strategy_data },
    fingerprint: strategy.fingerprint === null ? null : { code: strategy.fingerprint.code, config: strategy.fingerprint.config },
  };
}

/** The checkpoint state (everything but the computed members) of the engine's current state. */
export function captureState(engine: Checkpointable, lineage: Lineage): CheckpointState {
  const snap = engine.extract();
  if (snap === null || typeof snap !== 'object') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'engine.extract() must return the engine snapshot object' });
  }
  return stateFromSnapshot(snap, engine.strategy, lineage);
}

/** A latest-format checkpoint of the engine's current state (validated, with its content id). */
export function captureCheckpoint(engine: Checkpointable, lineage: Lineage, createdAt?: Date): Checkpoint {
  return createCheckpoint(captureState(engine, lineage), createdAt === undefined ? {} : { createdAt });
}
