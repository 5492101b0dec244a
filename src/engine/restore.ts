// Restoring an engine from a checkpoint, with the checks that keep a resume honest: the checkpoint
// verifies, the strategy is the one that wrote it (name and fingerprint; a mismatch refuses unless
// forced), and the strategy-state schema is the strategy's own, upgraded by its migration hook when
// older and refused when newer.
import { assertJsonValue } from '../canonical/index.js';
import { CheckpointError, type ErrorDetail } from '../errors/index.js';
import type { Checkpoint } from '../format/index.js';
import { loadCheckpoint } from '../load/load.js';
import type { Checkpointable, EngineSnapshot, StrategyIdentity } from './contract.js';
import { fromDocument } from './snapshot.js';

export interface RestoreOptions {
  /**
   * Resume although the strategy name or fingerprint differ from the checkpoint's. The run then
   * continues with different code or configuration, so it is no longer an exact continuation.
   */
  readonly force?: boolean;
}

export interface RestoreReport {
  /** The checkpoint as restored (in the latest format; upgraded on load when it was older). */
  readonly checkpoint: Checkpoint;
  /** The strategy-state upgrade that ran, or null when the data was already current. */
  readonly migrated: { readonly from: number; readonly to: number } | null;
  /** Mismatches that `force` overrode; empty unless forced. */
  readonly overridden: readonly ErrorDetail[];
}

const MISMATCH_HINT = 'resume with the code and configuration that wrote the checkpoint, or pass { force: true } to continue anyway (the result is then not an exact continuation)';

/** Name and fingerprint problems: refused unless forced. */
function identityProblems(strategy: StrategyIdentity, ckpt: Checkpoint): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  if (ckpt.strategy_name !== strategy.name) {
    out.push({ code: 'E_RESUME_MISMATCH', pointer: '/strategy_name', message: `the checkpoint was written by strategy ${JSON.stringify(ckpt.strategy_name)}, but ${JSON.stringify(strategy.name)} is resuming`, hint: MISMATCH_HINT });
  }
  const want = strategy.fingerprint;
  if (want === null) return out;
  const have = ckpt.fingerprint;
  if (have === null) {
    out.push({ code: 'E_RESUME_MISMATCH', pointer: '/fingerprint', message: 'the checkpoint records no strategy fingerprint, so it cannot be shown to come from this strategy', hint: MISMATCH_HINT });
    return out;
  }
  for (const part of ['code', 'config'] as const) {
    if (have[part] !== want[part]) {
      out.push({
        code: 'E_RESUME_MISMATCH',
        pointer: `/fingerprint/${part}`,
        message: `the strategy ${part} differs from the one that wrote the checkpoint (checkpoint ${have[part]}, this strategy ${want[part]})`,
        hint: MISMATCH_HINT,
      });
    }
  }
  return out;
}

/** The strategy data at the strategy's current version; throws when it cannot get there. */
function currentStrategyData(strategy: StrategyIdentity, ckpt: Checkpoint): { data: unknown; migrated: RestoreReport['migrated'] } {
  const spec = strategy.state;
  const stored = ckpt.strategy_state;
  if (spec === null) {
    if (stored === null) return { data: null, migrated: null };
    throw new CheckpointError({
      code: 'E_RESUME_MISMATCH',
      pointer: '/strategy_state',
      message: `the checkpoint holds strategy state (schema ${JSON.stringify(stored.schema)}), but the resuming strategy keeps none`,
      hint: 'declare strategy.state on the engine so the state can be restored',
    });
  }
  if (stored === null) {
    throw new CheckpointError({
      code: 'E_RESUME_MISMATCH',
      pointer: '/strategy_state',
      message: `the checkpoint holds no strategy state, but the strategy expects schema ${JSON.stringify(spec.schema)}`,
      hint: 'resume from a checkpoint written by this strategy',
    });
  }
  if (stored.schema !== spec.schema) {
    throw new CheckpointError({
      code: 'E_RESUME_MISMATCH',
      pointer: '/strategy_state/schema',
      message: `the strategy state has schema ${JSON.stringify(stored.schema)}, but the strategy reads ${JSON.stringify(spec.schema)}`,
      hint: 'resume from a checkpoint written by this strategy',
    });
  }
  if (stored.schema_version > spec.version) {
    throw new CheckpointError({
      code: 'E_RESUME_MISMATCH',
      pointer: '/strategy_state/schema_version',
      message: `the strategy state is version ${stored.schema_version}, newer than the version ${spec.version} this strategy reads`,
      hint: 'resume with the newer strategy code that wrote it; state is never downgraded',
    });
  }
  let data: unknown = structuredClone(stored.data);
  if (stored.schema_version === spec.version) return { data, migrated: null };
  if (typeof spec.migrate !== 'function') {
    throw new CheckpointError({
      code: 'E_RESUME_MISMATCH',
      pointer: '/strategy_state/schema_version',
      message: `the strategy state is version ${stored.schema_version}, older than version ${spec.version}, and the strategy has no migrate hook`,
      hint: `add strategy.state.migrate(data, from) that upgrades version from to from + 1`,
    });
  }
  for (let from = stored.schema_version; from < spec.version; from++) {
    try {
      data = spec.migrate(data, from);
      if (data === undefined) throw new Error('the hook returned undefined');
      assertJsonValue(data);
    } catch (e) {
      throw new CheckpointError(
        {
          code: 'E_MIGRATION',
          pointer: '/strategy_state/data',
          message: `the strategy's migrate hook failed upgrading ${JSON.stringify(spec.schema)} from version ${from} to ${from + 1}: ${e instanceof Error ? e.message : String(e)}`,
          hint: 'fix the hook so it returns plain JSON data of the next version',
        },
        undefined,
        { cause: e },
      );
    }
  }
  return { data, migrated: { from: stored.schema_version, to: spec.version } };
}

/**
 * Checks a checkpoint against the engine's strategy and restores the engine from it. Accepts a
 * checkpoint of any known format version (it is verified and upgraded first). On failure the engine
 * may be half-restored: discard it.
 */
export function restoreCheckpoint(engine: Checkpointable, checkpoint: object, options: RestoreOptions = {}): RestoreReport {
  if (engine === null || typeof engine !== 'object' || typeof engine.extract !== 'function' || typeof engine.restore !== 'function') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'restoreCheckpoint() takes an engine with extract() and restore()' });
  }
  const loaded = loadCheckpoint(checkpoint);
  const ckpt = loaded.checkpoint;
  const identity = identityProblems(engine.strategy, ckpt);
  if (identity.length > 0 && options.force !== true) throw new CheckpointError(identity[0]!, identity);
  const { data, migrated } = currentStrategyData(engine.strategy, ckpt);
  const snapshot: EngineSnapshot = structuredClone(fromDocument(ckpt, data));
  try {
    engine.restore(snapshot, { id: ckpt.checkpoint_id, run: ckpt.run_id, sequence: ckpt.sequence, readAs: loaded.original.version });
  } catch (e) {
    if (e instanceof CheckpointError) throw e;
    throw new CheckpointError(
      {
        code: 'E_RESUME_MISMATCH',
        message: `the engine refused checkpoint ${ckpt.checkpoint_id}: ${e instanceof Error ? e.message : String(e)}`,
        hint: 'the checkpoint does not fit this engine (feeds, symbols or generator differ); resume with the engine configuration that wrote it',
      },
      undefined,
      { cause: e },
    );
  }
  return { checkpoint: ckpt, migrated, overridden: options.force === true ? identity : [] };
}
