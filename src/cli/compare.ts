// The data `ckpt diff` prints: what changed from checkpoint A to checkpoint B in the terms a trader uses
// (cash, positions opened, closed or resized, orders added, filled, cancelled or removed, fills, strategy-state
// paths), plus the JSON pointers of every other change, so nothing that differs goes unmentioned.
import type { Checkpoint } from '../format/versions.js';
import type { LoadResult } from '../load/load.js';
import { addScaled, compareScaled, formatScaled, parseDecimal, type Scaled } from '../util/decimal.js';
import { diff as jsonDiff, jsonEqual } from '../util/json.js';
import { orderRow, positionRows, type OrderRow, type PositionRow } from './summary.js';

export interface Side {
  readonly source: string;
  readonly id: string;
  readonly version: string;
  readonly run_id: string;
  readonly sequence: number;
  readonly timestamp: string;
}

export interface AmountChange {
  readonly currency: string;
  readonly a: string | null;
  readonly b: string | null;
  /** b − a (a missing amount counts as 0), with a sign. */
  readonly change: string;
}

export interface PositionChange {
  readonly symbol: string;
  readonly change: 'opened' | 'closed' | 'changed';
  readonly a: PositionRow | null;
  readonly b: PositionRow | null;
  /** b − a of the quantity, with a sign. */
  readonly quantity_change: string;
}

export interface OrderChange {
  readonly order_id: string;
  /** What happened, in order-life terms: filled, partially_filled, cancelled, expired, rejected, submitted, or modified. */
  readonly event: string;
  readonly a: OrderRow;
  readonly b: OrderRow;
  /** Members that differ. */
  readonly fields: readonly string[];
}

export interface CheckpointDiff {
  readonly a: Side;
  readonly b: Side;
  /** Same content (same id in the latest format); created_at and provenance do not count. */
  readonly identical: boolean;
  readonly header: readonly { readonly field: string; readonly a: unknown; readonly b: unknown }[];
  readonly cash: readonly AmountChange[];
  readonly equity: readonly AmountChange[];
  readonly positions: readonly PositionChange[];
  readonly orders: { readonly added: readonly OrderRow[]; readonly removed: readonly OrderRow[]; readonly changed: readonly OrderChange[] };
  readonly fills: { readonly a: number; readonly b: number; readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly held_orders: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly strategy_state: { readonly changed: readonly string[] };
  /** Pointers of every other change (engine state, fingerprint, metadata, lineage). */
  readonly other: readonly string[];
}

function signed(x: Scaled): string {
  const s = formatScaled(x);
  return compareScaled(x, { units: 0n, scale: 0 }) > 0 ? `+${s}` : s;
}

function minus(b: string | null, a: string | null): Scaled {
  const bv = b === null ? { units: 0n, scale: 0 } : parseDecimal(b);
  const av = a === null ? { units: 0n, scale: 0 } : parseDecimal(a);
  return addScaled(bv, { units: -av.units, scale: av.scale });
}

function amounts(a: Readonly<Record<string, string>> | undefined, b: Readonly<Record<string, string>> | undefined): AmountChange[] {
  const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
  const out: AmountChange[] = [];
  for (const currency of keys) {
    const x = a?.[currency] ?? null;
    const y = b?.[currency] ?? null;
    if (x === y) continue;
    out.push({ currency, a: x, b: y, change: signed(minus(y, x)) });
  }
  return out;
}

function side(source: string, r: LoadResult): Side {
  const c = r.checkpoint;
  return { source, id: r.id, version: r.original.version, run_id: c.run_id, sequence: c.sequence, timestamp: c.timestamp };
}

function orderEvent(a: OrderRow, b: OrderRow): string {
  if (a.status !== b.status) return b.status;
  return a.filled_quantity !== b.filled_quantity ? 'partially_filled' : 'modified';
}

/**
 * Members the typed sections of the diff summarize, typed against the latest document so a renamed or removed
 * member fails the build instead of silently moving its changes to "other".
 */
const COVERED: { readonly [K in keyof Checkpoint]?: readonly (keyof NonNullable<Checkpoint[K]>)[] } = {
  portfolio_state: ['cash', 'equity', 'positions'],
  order_state: ['orders', 'fills'],
  engine_state: ['held_orders'],
};

function covered(pointer: string): boolean {
  const [, top, member] = pointer.split('/');
  return (COVERED[top as keyof Checkpoint] as readonly string[] | undefined)?.includes(member ?? '') ?? false;
}

export function compare(sourceA: string, ra: LoadResult, sourceB: string, rb: LoadResult): CheckpointDiff {
  const A: Checkpoint = ra.checkpoint;
  const B: Checkpoint = rb.checkpoint;
  const header = (['strategy_name', 'run_id', 'parent_id', 'sequence', 'timestamp'] as const)
    .filter((f) => A[f] !== B[f])
    .map((f) => ({ field: f, a: A[f], b: B[f] }));

  const pa = new Map(positionRows(A).map((p) => [p.symbol, p]));
  const pb = new Map(positionRows(B).map((p) => [p.symbol, p]));
  const positions: PositionChange[] = [];
  for (const symbol of [...new Set([...pa.keys(), ...pb.keys()])].sort()) {
    const x = pa.get(symbol) ?? null;
    const y = pb.get(symbol) ?? null;
    if (x !== null && y !== null && jsonEqual(x, y)) continue;
    const change = x === null ? 'opened' : y === null ? 'closed' : 'changed';
    positions.push({ symbol, change, a: x, b: y, quantity_change: signed(minus(y?.quantity ?? null, x?.quantity ?? null)) });
  }

  const oa = new Map(A.order_state.orders.map((o) => [o.order_id, o]));
  const ob = new Map(B.order_state.orders.map((o) => [o.order_id, o]));
  const added = B.order_state.orders.filter((o) => !oa.has(o.order_id)).map(orderRow);
  const removed = A.order_state.orders.filter((o) => !ob.has(o.order_id)).map(orderRow);
  const changed: OrderChange[] = [];
  for (const o of B.order_state.orders) {
    const before = oa.get(o.order_id);
    if (before === undefined || jsonEqual(before, o)) continue;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(o)])].sort();
    const fields = keys.filter((k) => !jsonEqual((before as Record<string, unknown>)[k], (o as Record<string, unknown>)[k]));
    const x = orderRow(before);
    const y = orderRow(o);
    changed.push({ order_id: o.order_id, event: orderEvent(x, y), a: x, b: y, fields });
  }

  const fa = new Set(A.order_state.fills.map((f) => f.fill_id));
  const fb = new Set(B.order_state.fills.map((f) => f.fill_id));
  const ha = new Set(A.engine_state.held_orders.map((o) => o.order_id));
  const hb = new Set(B.engine_state.held_orders.map((o) => o.order_id));

  const stateOps = jsonDiff(A.strategy_state, B.strategy_state, '/strategy_state');
  const handled = new Set([
    'checkpoint_id',
    'created_at',
    'provenance',
    'legacy',
    'version',
    'strategy_name',
    'run_id',
    'parent_id',
    'sequence',
    'timestamp',
    'strategy_state',
  ]);
  const rest = (c: Checkpoint): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) if (!handled.has(k)) out[k] = v;
    return out;
  };
  const other = jsonDiff(rest(A), rest(B))
    .map((op) => op.path)
    .filter((p) => !covered(p));

  return {
    a: side(sourceA, ra),
    b: side(sourceB, rb),
    identical: ra.id === rb.id,
    header,
    cash: amounts(A.portfolio_state.cash, B.portfolio_state.cash),
    equity: amounts(A.portfolio_state.equity, B.portfolio_state.equity),
    positions,
    orders: { added, removed, changed },
    fills: { a: fa.size, b: fb.size, added: [...fb].filter((f) => !fa.has(f)), removed: [...fa].filter((f) => !fb.has(f)) },
    held_orders: { added: [...hb].filter((o) => !ha.has(o)), removed: [...ha].filter((o) => !hb.has(o)) },
    strategy_state: { changed: stateOps.map((op) => op.path) },
    other,
  };
}
