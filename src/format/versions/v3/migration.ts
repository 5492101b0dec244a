// 2.0 → 3.0: adds lineage (run id, parent id), engine state for exact resume, versioned strategy state
// and a strategy fingerprint. A 2.0 checkpoint has no run, so it becomes a one-checkpoint run named
// after its own 2.0 id ("legacy-<id>"), with no parent, no engine state and an unknown fingerprint:
// nothing is guessed, and 3.0 → 2.0 recognizes exactly these values as "nothing to lose".
import type { CheckpointV2, CheckpointV3 } from '../../../../generated/index.js';
import type { Draft, MigrationStep } from '../../step.js';

/** Strategy-state schema name given to 2.0's free-form strategy state. */
const LEGACY_STRATEGY_SCHEMA = 'legacy';

function legacyRunId(v2Id: string): string {
  return `legacy-${v2Id}`;
}

function up(doc: CheckpointV2): Draft<CheckpointV3> {
  const out: Draft<CheckpointV3> = {
    version: '3.0',
    created_at: doc.created_at,
    strategy_name: doc.strategy_name,
    run_id: legacyRunId(doc.checkpoint_id),
    parent_id: null,
    timestamp: doc.timestamp,
    sequence: doc.sequence,
    portfolio_state: doc.portfolio_state,
    order_state: doc.order_state,
    engine_state: { rng: null, feeds: {}, counters: {}, held_orders: [] },
    strategy_state: doc.strategy_state === null ? null : { schema: LEGACY_STRATEGY_SCHEMA, schema_version: 0, data: doc.strategy_state },
    fingerprint: null,
    metadata: doc.metadata,
    ...(doc.legacy !== undefined && { legacy: doc.legacy }),
  };
  return out;
}

function down(doc: CheckpointV3): Draft<CheckpointV2> {
  const data = doc.strategy_state?.data;
  const out: Draft<CheckpointV2> = {
    version: '2.0',
    created_at: doc.created_at,
    strategy_name: doc.strategy_name,
    timestamp: doc.timestamp,
    sequence: doc.sequence,
    portfolio_state: doc.portfolio_state,
    order_state: doc.order_state,
    strategy_state: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null,
    metadata: doc.metadata,
    ...(doc.legacy !== undefined && { legacy: doc.legacy }),
  };
  return out;
}

export const step: MigrationStep<CheckpointV2, CheckpointV3> = {
  from: '2.0',
  to: '3.0',
  summary: 'adds run lineage, engine state, versioned strategy state and a fingerprint; a 2.0 checkpoint becomes its own one-checkpoint run',
  up,
  down,
};
