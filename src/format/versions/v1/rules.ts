// Consistency rules of format 1.0 that its schema cannot express (spec §"1.0 semantic rules"). They are
// exactly what the 1.0 → 2.0 migration needs to produce a consistent 2.0 document.
import type { CheckpointV1 } from '../../../../generated/index.js';
import { addScaled, compareScaled, parseDecimal, numberToDecimal, formatScaled, ZERO, type Scaled } from '../../../util/decimal.js';
import { Problems, type Rules } from '../../rules.js';

type Order1 = CheckpointV1['order_state']['pending_orders'][number];

function consistent(p: Problems, doc: CheckpointV1): void {
  p.timestamp('', '/created_at', doc.created_at);
  p.timestamp('', '/timestamp', doc.timestamp);

  const orders = new Map<string, { order: Order1; index: number }>();
  doc.order_state.pending_orders.forEach((o, i) => {
    const at = `/order_state/pending_orders/${i}`;
    const id = String(o.order_id);
    if (orders.has(id)) p.add(`${at}/order_id`, `order id ${JSON.stringify(id)} is used twice (ids compare as strings: 7 and "7" are the same id)`);
    else orders.set(id, { order: o, index: i });
    p.timestamp(at, '/created_at', o.created_at);
    const type = (o.order_type ?? 'market').toLowerCase();
    if ((type === 'limit' || type === 'stop_limit') && typeof o.limit_price !== 'number') {
      p.add(`${at}/limit_price`, `a ${type} order needs a numeric limit_price`);
    }
    if ((type === 'stop' || type === 'stop_limit') && typeof o.stop_price !== 'number') {
      p.add(`${at}/stop_price`, `a ${type} order needs a numeric stop_price`);
    }
    if (o.filled_quantity !== undefined && o.filled_quantity > o.quantity) {
      p.add(`${at}/filled_quantity`, `filled_quantity ${o.filled_quantity} exceeds the order quantity ${o.quantity}`);
    }
  });

  const fillIds = new Set<string>();
  const filledByOrder = new Map<string, Scaled>();
  const firstFill = new Map<string, { symbol: string; side: string }>();
  doc.order_state.recent_fills.forEach((f, i) => {
    const at = `/order_state/recent_fills/${i}`;
    p.timestamp(at, '/timestamp', f.timestamp);
    if (f.fill_id !== undefined) {
      const id = String(f.fill_id);
      if (fillIds.has(id)) p.add(`${at}/fill_id`, `fill id ${JSON.stringify(id)} is used twice`);
      fillIds.add(id);
    }
    const orderId = String(f.order_id);
    const side = f.side.toLowerCase();
    const first = firstFill.get(orderId);
    if (first && (first.symbol !== f.symbol || first.side !== side)) {
      p.add(at, `fills of order ${JSON.stringify(orderId)} disagree on symbol or side`);
    } else if (!first) firstFill.set(orderId, { symbol: f.symbol, side });
    const pending = orders.get(orderId);
    if (pending) {
      if (pending.order.symbol !== f.symbol || pending.order.side.toLowerCase() !== side) {
        p.add(at, `fill is for ${side} ${f.symbol} but its order ${JSON.stringify(orderId)} is ${pending.order.side.toLowerCase()} ${pending.order.symbol}`);
      }
      filledByOrder.set(orderId, addScaled(filledByOrder.get(orderId) ?? ZERO, parseDecimal(numberToDecimal(f.quantity))));
    }
  });
  for (const [id, filled] of filledByOrder) {
    const { order, index } = orders.get(id)!;
    const cap = order.filled_quantity ?? order.quantity;
    // Exact decimal sums of the numbers as written, the same arithmetic the 2.0 migration uses.
    if (compareScaled(filled, parseDecimal(numberToDecimal(cap))) > 0) {
      const what = order.filled_quantity !== undefined ? 'filled_quantity' : 'quantity';
      p.add(`/order_state/pending_orders/${index}`, `fills of order ${JSON.stringify(id)} add up to ${formatScaled(filled)}, more than its ${what} ${cap}`);
    }
  }
}

/** 1.0 has one rule: timestamps are real instants, ids are unique, and fills never exceed their order. */
export const rules: Rules<CheckpointV1> = { consistent };
