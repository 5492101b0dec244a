// The data `ckpt show` prints: a checkpoint boiled down to what a person asks first (which run, when, how much
// cash, which positions, what is still open), computed from the latest-format view of any input version.
import type { LoadResult } from '../load/load.js';
import type { Checkpoint } from '../format/versions.js';
import { canonicalString } from '../canonical/index.js';
import { formatScaled, mulScaled, parseDecimal } from '../util/decimal.js';

export const OPEN_STATUSES: ReadonlySet<string> = new Set(['new', 'submitted', 'partially_filled']);

type Order = Checkpoint['order_state']['orders'][number];

export interface OrderRow {
  readonly order_id: string;
  readonly symbol: string;
  readonly side: string;
  readonly type: string;
  readonly quantity: string;
  readonly filled_quantity: string;
  readonly limit_price: string | null;
  readonly stop_price: string | null;
  readonly status: string;
  readonly time_in_force: string;
  readonly placed_at: string;
}

export interface PositionRow {
  readonly symbol: string;
  readonly quantity: string;
  readonly avg_price: string;
  readonly last_price: string | null;
  readonly currency: string;
  /** quantity × last_price, exact; null when the position is not marked. */
  readonly market_value: string | null;
}

export interface CheckpointSummary {
  readonly source: string;
  readonly id: string;
  /** Format version and id of the input as read, before any upgrade. */
  readonly read_as: { readonly version: string; readonly id: string };
  readonly version: string;
  readonly strategy: string;
  readonly run_id: string;
  readonly parent_id: string | null;
  readonly sequence: number;
  readonly timestamp: string;
  readonly created_at: string;
  readonly cash: Readonly<Record<string, string>>;
  readonly equity: Readonly<Record<string, string>> | null;
  readonly positions: readonly PositionRow[];
  readonly orders: { readonly total: number; readonly open: number; readonly by_status: Readonly<Record<string, number>> };
  readonly open_orders: readonly OrderRow[];
  readonly fills: number;
  readonly held_orders: number;
  readonly strategy_state: { readonly schema: string; readonly schema_version: number; readonly bytes: number } | null;
  readonly fingerprint: { readonly code: string; readonly config: string } | null;
  readonly provenance: { readonly source_version: string; readonly source_id: string; readonly steps: readonly string[] } | null;
}

export function orderRow(o: Order): OrderRow {
  return {
    order_id: o.order_id,
    symbol: o.symbol,
    side: o.side,
    type: o.type,
    quantity: o.quantity,
    filled_quantity: o.filled_quantity,
    limit_price: o.limit_price ?? null,
    stop_price: o.stop_price ?? null,
    status: o.status,
    time_in_force: o.time_in_force,
    placed_at: o.placed_at,
  };
}

export function positionRows(c: Checkpoint): PositionRow[] {
  return Object.entries(c.portfolio_state.positions)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([symbol, p]) => ({
      symbol,
      quantity: p.quantity,
      avg_price: p.avg_price,
      last_price: p.last_price ?? null,
      currency: p.currency,
      market_value: p.last_price !== undefined ? formatScaled(mulScaled(parseDecimal(p.quantity), parseDecimal(p.last_price))) : null,
    }));
}

export function summarize(source: string, loaded: LoadResult): CheckpointSummary {
  const c = loaded.checkpoint;
  const byStatus: Record<string, number> = {};
  for (const o of c.order_state.orders) byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
  const open = c.order_state.orders.filter((o) => OPEN_STATUSES.has(o.status));
  const state = c.strategy_state;
  const prov = c.provenance;
  return {
    source,
    id: loaded.id,
    read_as: loaded.original,
    version: c.version,
    strategy: c.strategy_name,
    run_id: c.run_id,
    parent_id: c.parent_id,
    sequence: c.sequence,
    timestamp: c.timestamp,
    created_at: c.created_at,
    cash: c.portfolio_state.cash,
    equity: c.portfolio_state.equity ?? null,
    positions: positionRows(c),
    orders: { total: c.order_state.orders.length, open: open.length, by_status: byStatus },
    open_orders: open.map(orderRow),
    fills: c.order_state.fills.length,
    held_orders: c.engine_state.held_orders.length,
    strategy_state:
      state === null ? null : { schema: state.schema, schema_version: state.schema_version, bytes: Buffer.byteLength(canonicalString(state.data), 'utf8') },
    fingerprint: c.fingerprint,
    provenance:
      prov === undefined ? null : { source_version: prov.source_version, source_id: prov.source_id, steps: prov.steps.map((s) => `${s.from} → ${s.to}`) },
  };
}
