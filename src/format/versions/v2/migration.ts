// 1.0 → 2.0: from loose floats and naive timestamps to exact decimal strings, typed orders and fills,
// UTC timestamps, per-currency cash and a sequence number. 1.0 recorded no currency, so amounts move
// to ISO 4217 "XXX" ("no currency") rather than a guessed one. What 2.0 cannot say in its own fields
// (integer ids, upper-case sides, extra members, the original spelling of a timestamp) goes into the
// legacy record the chain driver computes, so 2.0 → 1.0 restores the original exactly.
import type { CheckpointV1, CheckpointV2 } from '../../../../generated/index.js';
import { addScaled, compareScaled, decimalToNumber, formatScaled, mulScaled, numberToDecimal, parseDecimal, ZERO, type Scaled } from '../../../util/decimal.js';
import { normalizeTimestamp } from '../../../util/time.js';
import type { Draft, MigrationStep } from '../../step.js';

type Order1 = CheckpointV1['order_state']['pending_orders'][number];
type Fill1 = CheckpointV1['order_state']['recent_fills'][number];
type Order2 = CheckpointV2['order_state']['orders'][number];
type Fill2 = CheckpointV2['order_state']['fills'][number];
type Position1 = Exclude<CheckpointV1['portfolio_state']['positions'][string], number>;

/** The currency 1.0 amounts get: ISO 4217's code for "no currency involved". */
const UNKNOWN_CURRENCY = 'XXX';

const dec = numberToDecimal;
/**
 * 1.0 numbers must be exact (no integer beyond ±(2^53−1) below 1e21), so such a decimal becomes the nearest
 * allowed number, ±(2^53−1): lossy, and the loss report says so.
 */
function num(d: string): number {
  const x = decimalToNumber(d);
  if (Number.isInteger(x) && Math.abs(x) > Number.MAX_SAFE_INTEGER && Math.abs(x) < 1e21) return Math.sign(x) * Number.MAX_SAFE_INTEGER;
  return x;
}

function sum(values: string[]): string {
  let total: Scaled = ZERO;
  for (const v of values) total = addScaled(total, parseDecimal(v));
  return formatScaled(total);
}

function statusFor(filled: string, quantity: string): Order2['status'] {
  if (filled === '0') return 'submitted';
  return filled === quantity ? 'filled' : 'partially_filled';
}

/**
 * 2.0 requires equity = cash + Σ quantity × last_price when every position is marked. 1.0 computed
 * equity in floats, so it may be off in the last digit; then 2.0 omits equity and the legacy record keeps it.
 */
function equityHolds(cash: number, positions: CheckpointV2['portfolio_state']['positions'], equity: number): boolean {
  let total = parseDecimal(dec(cash));
  for (const p of Object.values(positions)) {
    if (p.last_price === undefined) return true;
    total = addScaled(total, mulScaled(parseDecimal(p.quantity), parseDecimal(p.last_price)));
  }
  return compareScaled(total, parseDecimal(dec(equity))) === 0;
}

function up(doc: CheckpointV1): Draft<CheckpointV2> {
  const ts = normalizeTimestamp(doc.timestamp);
  const fills1 = doc.order_state.recent_fills;
  const fillsOf = new Map<string, Fill1[]>();
  for (const f of fills1) {
    const id = String(f.order_id);
    (fillsOf.get(id) ?? fillsOf.set(id, []).get(id)!).push(f);
  }
  const commissionOf = (id: string) => sum((fillsOf.get(id) ?? []).map((f) => dec(f.commission ?? 0)));

  const orders: Order2[] = doc.order_state.pending_orders.map((o: Order1) => {
    const id = String(o.order_id);
    const type = (o.order_type ?? 'market').toLowerCase() as Order2['type'];
    const quantity = dec(o.quantity);
    const filled = o.filled_quantity !== undefined ? dec(o.filled_quantity) : sum((fillsOf.get(id) ?? []).map((f) => dec(f.quantity)));
    const order: Order2 = {
      order_id: id,
      symbol: o.symbol,
      side: o.side.toLowerCase() as Order2['side'],
      type,
      quantity,
      time_in_force: 'gtc',
      status: statusFor(filled, quantity),
      filled_quantity: filled,
      commission: commissionOf(id),
      currency: UNKNOWN_CURRENCY,
      placed_at: o.created_at !== undefined ? normalizeTimestamp(o.created_at) : ts,
    };
    if (type === 'limit' || type === 'stop_limit') order.limit_price = dec(o.limit_price as number);
    if (type === 'stop' || type === 'stop_limit') order.stop_price = dec(o.stop_price as number);
    return order;
  });

  // 1.0 kept fills of orders that were no longer pending; 2.0 needs every fill's order, so each such
  // order is restored as a filled market order made of exactly its fills.
  const known = new Set(orders.map((o) => o.order_id));
  for (const [id, fills] of fillsOf) {
    if (known.has(id)) continue;
    const first = fills[0]!;
    const quantity = sum(fills.map((f) => dec(f.quantity)));
    orders.push({
      order_id: id,
      symbol: first.symbol,
      side: first.side.toLowerCase() as Order2['side'],
      type: 'market',
      quantity,
      time_in_force: 'day',
      status: 'filled',
      filled_quantity: quantity,
      commission: commissionOf(id),
      currency: UNKNOWN_CURRENCY,
      placed_at: first.timestamp !== undefined ? normalizeTimestamp(first.timestamp) : ts,
    });
  }

  const explicitFillIds = new Set(fills1.filter((f) => f.fill_id !== undefined).map((f) => String(f.fill_id)));
  const fills: Fill2[] = fills1.map((f, i) => {
    let fillId = f.fill_id !== undefined ? String(f.fill_id) : `fill-${i}`;
    // A generated id must not collide with an id the producer chose.
    while (f.fill_id === undefined && explicitFillIds.has(fillId)) fillId += '~';
    return {
      fill_id: fillId,
      order_id: String(f.order_id),
      symbol: f.symbol,
      side: f.side.toLowerCase() as Fill2['side'],
      quantity: dec(f.quantity),
      price: dec(f.price),
      commission: dec(f.commission ?? 0),
      currency: UNKNOWN_CURRENCY,
      timestamp: f.timestamp !== undefined ? normalizeTimestamp(f.timestamp) : ts,
    };
  });

  // Object.fromEntries defines members, so even a symbol named "__proto__" stays a plain member.
  const positions: CheckpointV2['portfolio_state']['positions'] = Object.fromEntries(
    Object.entries(doc.portfolio_state.positions).map(([symbol, raw]) => {
      const p: Position1 = typeof raw === 'number' ? { quantity: raw } : raw;
      return [
        symbol,
        {
          quantity: dec(p.quantity),
          avg_price: dec(p.avg_price ?? 0),
          currency: UNKNOWN_CURRENCY,
          ...(p.last_price !== undefined && { last_price: dec(p.last_price) }),
        },
      ];
    }),
  );

  const out: Draft<CheckpointV2> = {
    version: '2.0',
    created_at: normalizeTimestamp(doc.created_at),
    strategy_name: doc.strategy_name,
    timestamp: ts,
    sequence: 0,
    portfolio_state: {
      cash: { [UNKNOWN_CURRENCY]: dec(doc.portfolio_state.cash) },
      positions,
      ...(equityHolds(doc.portfolio_state.cash, positions, doc.portfolio_state.equity) && {
        equity: { [UNKNOWN_CURRENCY]: dec(doc.portfolio_state.equity) },
      }),
    },
    order_state: { orders, fills },
    strategy_state: doc.strategy_state,
    metadata: doc.metadata,
  };
  return out;
}

/** One amount from a per-currency map: 1.0 has a single, currency-less number. */
function single(map: Record<string, string> | undefined, fallback: number): number {
  if (!map) return fallback;
  const keys = Object.keys(map).sort();
  const key = keys.includes(UNKNOWN_CURRENCY) ? UNKNOWN_CURRENCY : keys[0];
  return key === undefined ? 0 : num(map[key]!);
}

/** The smallest binary64 number whose decimal value is at least `d`. */
function numberAtLeast(d: Scaled): number {
  let x = num(formatScaled(d));
  if (compareScaled(parseDecimal(dec(x)), d) < 0) x = nextUp(x);
  return x;
}

function nextUp(x: number): number {
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  if (x === 0) return Number.MIN_VALUE;
  bits[0] = x > 0 ? bits[0]! + 1n : bits[0]! - 1n;
  return f[0]!;
}

/**
 * 1.0 numbers are binary64, so decimals with more digits round. A rounded fill sum can then exceed the rounded
 * filled quantity (or that the quantity), which 1.0 forbids: raise them just enough. The loss report shows it.
 */
function consistentQuantities(o: Order2, fills: readonly Fill2[]): { quantity: number; filled: number } {
  let quantity = num(o.quantity);
  let filled = num(o.filled_quantity);
  const sum = fills.reduce((acc, f) => addScaled(acc, parseDecimal(dec(num(f.quantity)))), ZERO);
  if (compareScaled(sum, parseDecimal(dec(filled))) > 0) filled = numberAtLeast(sum);
  if (filled > quantity) quantity = filled;
  return { quantity, filled };
}

function down(doc: CheckpointV2): Draft<CheckpointV1> {
  const pending = doc.order_state.orders.filter((o) => o.status === 'new' || o.status === 'submitted' || o.status === 'partially_filled');
  const fillsOf = new Map<string, Fill2[]>();
  for (const f of doc.order_state.fills) (fillsOf.get(f.order_id) ?? fillsOf.set(f.order_id, []).get(f.order_id)!).push(f);
  const cash = single(doc.portfolio_state.cash, 0);
  const out: Draft<CheckpointV1> = {
    version: '1.0',
    created_at: doc.created_at,
    strategy_name: doc.strategy_name,
    timestamp: doc.timestamp,
    portfolio_state: {
      cash,
      positions: Object.fromEntries(
        Object.entries(doc.portfolio_state.positions).map(([symbol, p]) => [
          symbol,
          {
            quantity: num(p.quantity),
            avg_price: num(p.avg_price),
            ...(p.last_price !== undefined && { last_price: num(p.last_price) }),
          },
        ]),
      ),
      equity: single(doc.portfolio_state.equity, cash),
    },
    order_state: {
      pending_orders: pending.map((o) => {
        const { quantity, filled } = consistentQuantities(o, fillsOf.get(o.order_id) ?? []);
        // 1.0 has no trailing stop: its nearest kind is a stop order, which needs a trigger price.
        const type = o.type === 'trailing_stop' ? (o.stop_price !== undefined ? 'stop' : undefined) : o.type;
        return {
          order_id: o.order_id,
          symbol: o.symbol,
          side: o.side,
          quantity,
          ...(type !== undefined && { order_type: type }),
          ...(o.limit_price !== undefined && { limit_price: num(o.limit_price) }),
          ...(o.stop_price !== undefined && { stop_price: num(o.stop_price) }),
          ...(filled !== 0 && { filled_quantity: filled }),
          status: o.status,
          created_at: o.placed_at,
        };
      }),
      recent_fills: doc.order_state.fills.map((f) => ({
        fill_id: f.fill_id,
        order_id: f.order_id,
        symbol: f.symbol,
        side: f.side,
        quantity: num(f.quantity),
        price: num(f.price),
        commission: num(f.commission),
        timestamp: f.timestamp,
      })),
    },
    strategy_state: doc.strategy_state,
    metadata: doc.metadata,
  };
  return out;
}

export const step: MigrationStep<CheckpointV1, CheckpointV2> = {
  from: '1.0',
  to: '2.0',
  summary: 'numbers become canonical decimal strings in currency XXX, timestamps become UTC, pending orders and recent fills become typed orders and fills',
  up,
  down,
};
