// Consistency rules of format 2.0 (and of later versions that spread them) that no schema keyword can express (spec §"Semantic rules"):
// fills never exceed their order, ids are unique and references resolve, order status agrees with the
// filled quantity, equity agrees with cash and marked positions where it is derivable, and timestamps
// are real calendar instants.
import type { CheckpointV2 } from '../../../../generated/index.js';
import { addScaled, compareDecimals, compareScaled, DecimalSum, mulScaled, scaledOf, formatScaled, ZERO } from '../../../util/decimal.js';
import { dayExists } from '../../../util/time.js';
import type { Problems, Rules } from '../../rules.js';

type Order = CheckpointV2['order_state']['orders'][number];
/** What the rules read: later versions that keep these members reuse the rules unchanged. */
type Doc = Pick<CheckpointV2, 'created_at' | 'timestamp' | 'order_state' | 'portfolio_state'>;

// The schema has matched every decimal against the canonical grammar before these rules run.
const D = scaledOf;

/** What each status says about filled_quantity: the rule's wording, and whether it holds. */
const STATUS_RULES: Record<Order['status'], readonly [(none: boolean, vsQty: number) => boolean, string]> = {
  new: [(none) => none, 'a new order has filled_quantity "0"'],
  submitted: [(none) => none, 'a submitted order has filled_quantity "0"; use partially_filled once something fills'],
  partially_filled: [(none, vsQty) => !none && vsQty < 0, 'a partially_filled order has 0 < filled_quantity < quantity'],
  filled: [(_, vsQty) => vsQty === 0, 'a filled order has filled_quantity equal to quantity'],
  cancelled: [(_, vsQty) => vsQty < 0, 'a cancelled order has filled_quantity below quantity (a fully filled order is filled)'],
  expired: [(_, vsQty) => vsQty < 0, 'an expired order has filled_quantity below quantity (a fully filled order is filled)'],
  rejected: [(none) => none, 'a rejected order has filled_quantity "0"'],
};

/** How a version reads each order: 4.0 lets a rejected order keep a quantity of any sign (S2.3 skips it). */
export interface OrderBookOptions {
  readonly anySignRejected?: boolean;
}

function checkOrder(p: Problems, o: Order, at: string, options: OrderBookOptions): void {
  p.timestamp(at, '/placed_at', o.placed_at);
  p.timestamp(at, '/expire_at', o.expire_at);
  // Decimals are canonical (the schema checked them), so they compare as strings; "0" is the only zero.
  const vsQty = compareDecimals(o.filled_quantity, o.quantity);
  if (vsQty > 0 && !(options.anySignRejected === true && o.status === 'rejected')) p.add(`${at}/filled_quantity`, `filled_quantity ${o.filled_quantity} exceeds the order quantity ${o.quantity}`);
  const none = o.filled_quantity === '0';
  const [holds, rule] = STATUS_RULES[o.status];
  if (!holds(none, vsQty)) p.add(`${at}/status`, `status "${o.status}" disagrees with filled_quantity ${o.filled_quantity}: ${rule}`);
  if (none && o.avg_fill_price !== undefined) p.add(`${at}/avg_fill_price`, 'avg_fill_price is present although nothing is filled', 'omit it until the first fill');
  if (o.parent_id === o.order_id) p.add(`${at}/parent_id`, 'an order cannot be its own parent');
}

/** Order lists beyond order_state.orders that share its id space, as [pointer, orders]. */
export type OrderLists = readonly (readonly [string, readonly Order[]])[];

export function checkOrderBook(p: Problems, doc: Doc, more: OrderLists = [], options: OrderBookOptions = {}): void {
  p.timestamp('', '/created_at', doc.created_at);
  p.timestamp('', '/timestamp', doc.timestamp);
  const byId = new Map<string, Order>();
  const lists: OrderLists = [['/order_state/orders', doc.order_state.orders], ...more];
  for (const [base, orders] of lists) {
    orders.forEach((o, i) => {
      const at = `${base}/${i}`;
      if (byId.has(o.order_id)) p.add(`${at}/order_id`, `order id ${JSON.stringify(o.order_id)} is used twice`);
      else byId.set(o.order_id, o);
      checkOrder(p, o, at, options);
    });
  }
  for (const [base, orders] of lists) {
    orders.forEach((o, i) => {
      if (o.parent_id !== undefined && !byId.has(o.parent_id)) {
        p.add(`${base}/${i}/parent_id`, `parent order ${JSON.stringify(o.parent_id)} does not exist`);
      }
    });
  }
  // Parent links must not form a cycle (a bracket is a tree). Only orders with a parent can be on one.
  const parentPointer = (id: string): string => {
    for (const [base, orders] of lists) {
      const i = orders.findIndex((o) => o.order_id === id);
      if (i >= 0) return `${base}/${i}/parent_id`;
    }
    return '/order_state/orders';
  };
  for (const o of byId.values()) {
    if (o.parent_id === undefined) continue;
    const seen = new Set<string>([o.order_id]);
    let cur = byId.get(o.parent_id);
    while (cur) {
      if (seen.has(cur.order_id)) {
        p.add(parentPointer(o.order_id), `parent links form a cycle through order ${JSON.stringify(o.order_id)}`);
        break;
      }
      seen.add(cur.order_id);
      cur = cur.parent_id !== undefined ? byId.get(cur.parent_id) : undefined;
    }
  }

  const fillIds = new Set<string>();
  const filled = new Map<string, DecimalSum>();
  // Checkpoints hold thousands of fills, nearly all consistent: pointers are only spelled out for a problem.
  const fillAt = (i: number) => `/order_state/fills/${i}`;
  doc.order_state.fills.forEach((f, i) => {
    if (!dayExists(f.timestamp)) p.timestamp(fillAt(i), '/timestamp', f.timestamp); // the schema checked the rest
    const distinct = fillIds.size;
    if (fillIds.add(f.fill_id).size === distinct) p.add(`${fillAt(i)}/fill_id`, `fill id ${JSON.stringify(f.fill_id)} is used twice`);
    const order = byId.get(f.order_id);
    if (!order) {
      p.add(`${fillAt(i)}/order_id`, `fill points at order ${JSON.stringify(f.order_id)}, which does not exist`, 'keep the filled order in order_state.orders');
      return;
    }
    if (order.symbol !== f.symbol || order.side !== f.side) {
      p.add(fillAt(i), `fill is for ${f.side} ${f.symbol} but order ${JSON.stringify(order.order_id)} is ${order.side} ${order.symbol}`);
    }
    if (order.currency !== f.currency) p.add(`${fillAt(i)}/currency`, `fill currency ${f.currency} differs from its order's currency ${order.currency}`);
    let sum = filled.get(f.order_id);
    if (sum === undefined) filled.set(f.order_id, (sum = new DecimalSum()));
    sum.add(f.quantity);
  });
  for (const [id, total] of filled) {
    const order = byId.get(id)!;
    if (total.compare(order.filled_quantity) > 0) {
      p.add(
        '/order_state/fills',
        `fills of order ${JSON.stringify(id)} add up to ${formatScaled(total.value)}, more than its filled_quantity ${order.filled_quantity}`,
        'a fill never exceeds its order: check for a duplicated fill',
      );
    }
  }
}

/** equity[c] = cash[c] + Σ quantity × last_price over positions in c, whenever every such position is marked. */
function checkEquity(p: Problems, doc: Doc): void {
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

/** 2.0's rules; 3.0 spreads them (the rule bodies accept both versions' documents). */
export const rules: Rules<CheckpointV2> = {
  orderBook: (p, doc) => checkOrderBook(p, doc),
  equity: checkEquity,
};
