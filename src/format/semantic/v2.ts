// Consistency rules of formats 2.0 and 3.0 that no schema keyword can express (spec §"Semantic rules"):
// fills never exceed their order, ids are unique and references resolve, order status agrees with the
// filled quantity, equity agrees with cash and marked positions where it is derivable, and timestamps
// are real calendar instants.
import type { CheckpointV2, CheckpointV3 } from '../../../generated/index.js';
import type { ErrorDetail } from '../../errors/index.js';
import { addScaled, compareScaled, mulScaled, parseDecimal, formatScaled, ZERO, type Scaled } from '../../util/decimal.js';
import { Problems } from './problems.js';

type Order = CheckpointV2['order_state']['orders'][number];
type Doc = CheckpointV2 | CheckpointV3;

const D = parseDecimal;

function checkOrder(p: Problems, o: Order, at: string): void {
  p.timestamp(`${at}/placed_at`, o.placed_at);
  p.timestamp(`${at}/expire_at`, o.expire_at);
  const filled = D(o.filled_quantity);
  const vsQty = compareScaled(filled, D(o.quantity));
  if (vsQty > 0) p.add(`${at}/filled_quantity`, `filled_quantity ${o.filled_quantity} exceeds the order quantity ${o.quantity}`);
  const none = filled.units === 0n;
  const byStatus: Record<Order['status'], [boolean, string]> = {
    new: [none, 'a new order has filled_quantity "0"'],
    submitted: [none, 'a submitted order has filled_quantity "0"; use partially_filled once something fills'],
    partially_filled: [!none && vsQty < 0, 'a partially_filled order has 0 < filled_quantity < quantity'],
    filled: [vsQty === 0, 'a filled order has filled_quantity equal to quantity'],
    cancelled: [vsQty < 0, 'a cancelled order has filled_quantity below quantity (a fully filled order is filled)'],
    expired: [vsQty < 0, 'an expired order has filled_quantity below quantity (a fully filled order is filled)'],
    rejected: [none, 'a rejected order has filled_quantity "0"'],
  };
  const [ok, rule] = byStatus[o.status];
  if (!ok) p.add(`${at}/status`, `status "${o.status}" disagrees with filled_quantity ${o.filled_quantity}: ${rule}`);
  if (none && o.avg_fill_price !== undefined) p.add(`${at}/avg_fill_price`, 'avg_fill_price is present although nothing is filled', 'omit it until the first fill');
  if (o.parent_id === o.order_id) p.add(`${at}/parent_id`, 'an order cannot be its own parent');
}

export function checkOrderBook(p: Problems, doc: Doc, held: readonly Order[] = []): void {
  p.timestamp('/created_at', doc.created_at);
  p.timestamp('/timestamp', doc.timestamp);
  const byId = new Map<string, Order>();
  const lists: [string, readonly Order[]][] = [
    ['/order_state/orders', doc.order_state.orders],
    ['/engine_state/held_orders', held],
  ];
  for (const [base, orders] of lists) {
    orders.forEach((o, i) => {
      const at = `${base}/${i}`;
      if (byId.has(o.order_id)) p.add(`${at}/order_id`, `order id ${JSON.stringify(o.order_id)} is used twice`);
      else byId.set(o.order_id, o);
      checkOrder(p, o, at);
    });
  }
  for (const [base, orders] of lists) {
    orders.forEach((o, i) => {
      if (o.parent_id !== undefined && !byId.has(o.parent_id)) {
        p.add(`${base}/${i}/parent_id`, `parent order ${JSON.stringify(o.parent_id)} does not exist`);
      }
    });
  }
  // Parent links must not form a cycle (a bracket is a tree).
  const where = new Map<string, string>();
  for (const [base, orders] of lists) orders.forEach((o, i) => where.has(o.order_id) || where.set(o.order_id, `${base}/${i}/parent_id`));
  for (const o of byId.values()) {
    const seen = new Set<string>([o.order_id]);
    let cur = o.parent_id !== undefined ? byId.get(o.parent_id) : undefined;
    while (cur) {
      if (seen.has(cur.order_id)) {
        p.add(where.get(o.order_id)!, `parent links form a cycle through order ${JSON.stringify(o.order_id)}`);
        break;
      }
      seen.add(cur.order_id);
      cur = cur.parent_id !== undefined ? byId.get(cur.parent_id) : undefined;
    }
  }

  const fillIds = new Set<string>();
  const filled = new Map<string, Scaled>();
  doc.order_state.fills.forEach((f, i) => {
    const at = `/order_state/fills/${i}`;
    p.timestamp(`${at}/timestamp`, f.timestamp);
    if (fillIds.has(f.fill_id)) p.add(`${at}/fill_id`, `fill id ${JSON.stringify(f.fill_id)} is used twice`);
    fillIds.add(f.fill_id);
    const order = byId.get(f.order_id);
    if (!order) {
      p.add(`${at}/order_id`, `fill points at order ${JSON.stringify(f.order_id)}, which does not exist`, 'keep the filled order in order_state.orders');
      return;
    }
    if (order.symbol !== f.symbol || order.side !== f.side) {
      p.add(at, `fill is for ${f.side} ${f.symbol} but order ${JSON.stringify(order.order_id)} is ${order.side} ${order.symbol}`);
    }
    if (order.currency !== f.currency) p.add(`${at}/currency`, `fill currency ${f.currency} differs from its order's currency ${order.currency}`);
    filled.set(f.order_id, addScaled(filled.get(f.order_id) ?? ZERO, D(f.quantity)));
  });
  for (const [id, total] of filled) {
    const order = byId.get(id)!;
    if (compareScaled(total, D(order.filled_quantity)) > 0) {
      p.add(
        '/order_state/fills',
        `fills of order ${JSON.stringify(id)} add up to ${formatScaled(total)}, more than its filled_quantity ${order.filled_quantity}`,
        'a fill never exceeds its order: check for a duplicated fill',
      );
    }
  }
}

/** equity[c] = cash[c] + Σ quantity × last_price over positions in c, whenever every such position is marked. */
export function checkEquity(p: Problems, doc: Doc): void {
  const { cash, positions, equity } = doc.portfolio_state;
  if (!equity) return;
  for (const [currency, stated] of Object.entries(equity)) {
    let total = cash[currency] !== undefined ? D(cash[currency]!) : ZERO;
    let derivable = true;
    for (const pos of Object.values(positions)) {
      if (pos.currency !== currency) continue;
      if (pos.last_price === undefined) {
        derivable = false;
        break;
      }
      total = addScaled(total, mulScaled(D(pos.quantity), D(pos.last_price)));
    }
    if (derivable && compareScaled(total, D(stated)) !== 0) {
      p.add(
        `/portfolio_state/equity/${currency}`,
        `equity ${stated} ${currency} disagrees with cash plus marked positions, which add up to ${formatScaled(total)}`,
        'equity must equal cash + Σ quantity × last_price for the currency',
      );
    }
  }
}

export function checkV2(doc: CheckpointV2): ErrorDetail[] {
  const p = new Problems();
  checkOrderBook(p, doc);
  checkEquity(p, doc);
  return p.list;
}
