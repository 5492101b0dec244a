// 3.0 → 4.0: adds the account, risk state and limits, execution-model settings, the order lifecycle and the
// completed-order history. A 3.0 document knows none of them, so up writes exactly the values down maps to
// nothing (no initial cash, no risk checks, unknown models, no completed orders, no new order or fill member):
// the legacy layer of this step is always empty. Down drops what 3.0 cannot hold and moves completed orders back
// into order_state.orders (3.0's orders are of any status); the chain driver reports every loss.
import type { CheckpointV3, CheckpointV4 } from '../../../../generated/index.js';
import type { Draft, MigrationStep } from '../../step.js';

type Order3 = CheckpointV3['order_state']['orders'][number];
type Order4 = CheckpointV4['order_state']['orders'][number];
type Fill4 = CheckpointV4['order_state']['fills'][number];

/** The 3.0 form of an order; a parent that has no 3.0 form (dropped) is no longer named. */
function orderDown(o: Order4, dropped: ReadonlySet<string>): Order3 {
  const { submitted_at: _s, rejected_at: _r, cancelled_at: _c, rejection: _j, parent_id, ...rest } = o;
  return parent_id === undefined || dropped.has(parent_id) ? rest : { ...rest, parent_id };
}

function fillDown(f: Fill4): CheckpointV3['order_state']['fills'][number] {
  const { partial: _p, liquidity: _l, ...rest } = f;
  return rest;
}

/** A rejected order may keep a quantity of any sign in 4.0; 3.0 quantities are positive, so such an order has no 3.0 form. */
function hasV3Form(o: Order4): boolean {
  return !(o.quantity === '0' || o.quantity.startsWith('-'));
}

function up(doc: CheckpointV3): Draft<CheckpointV4> {
  return {
    version: '4.0',
    created_at: doc.created_at,
    strategy_name: doc.strategy_name,
    run_id: doc.run_id,
    parent_id: doc.parent_id,
    timestamp: doc.timestamp,
    sequence: doc.sequence,
    portfolio_state: doc.portfolio_state,
    order_state: { orders: doc.order_state.orders, completed: [], fills: doc.order_state.fills },
    engine_state: doc.engine_state,
    account: { initial_cash: {} },
    risk: null,
    execution_model: { slippage: null, commission: null, latency: null },
    strategy_state: doc.strategy_state,
    fingerprint: doc.fingerprint,
    metadata: doc.metadata,
    ...(doc.legacy !== undefined && { legacy: doc.legacy }),
  };
}

function down(doc: CheckpointV4): Draft<CheckpointV3> {
  const { orders, completed, fills } = doc.order_state;
  const { held_orders } = doc.engine_state;
  const dropped = new Set([...orders, ...completed, ...held_orders].filter((o) => !hasV3Form(o)).map((o) => o.order_id));
  const keep = (list: readonly Order4[]): Order3[] => list.filter(hasV3Form).map((o) => orderDown(o, dropped));
  return {
    version: '3.0',
    created_at: doc.created_at,
    strategy_name: doc.strategy_name,
    run_id: doc.run_id,
    parent_id: doc.parent_id,
    timestamp: doc.timestamp,
    sequence: doc.sequence,
    portfolio_state: doc.portfolio_state,
    order_state: { orders: keep([...orders, ...completed]), fills: fills.map(fillDown) },
    engine_state: { ...doc.engine_state, held_orders: keep(held_orders) },
    strategy_state: doc.strategy_state,
    fingerprint: doc.fingerprint,
    metadata: doc.metadata,
    ...(doc.legacy !== undefined && { legacy: doc.legacy as CheckpointV3['legacy'] }),
  };
}

export const step: MigrationStep<CheckpointV3, CheckpointV4> = {
  from: '3.0',
  to: '4.0',
  summary: 'adds the account, risk state and limits, execution-model settings, the order lifecycle and completed orders; a 3.0 checkpoint has none of them',
  up,
  down,
};
