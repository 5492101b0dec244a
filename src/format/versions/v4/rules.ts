// Consistency rules of format 4.0: 3.0's, with completed orders in the order book (S4.1) and rejected orders
// keeping a quantity of any sign, plus: lifecycle members only where the status allows them and never before the
// order was placed (S4.2), completed orders are closed (S4.3), and risk amounts name known currencies (S4.4).
import type { CheckpointV4 } from '../../../../generated/index.js';
import { compareTimestamps, timestampProblem } from '../../../util/time.js';
import type { Problems, Rules } from '../../rules.js';
import { checkOrderBook } from '../v2/rules.js';
import { rules as previous } from '../v3/rules.js';

type Order = CheckpointV4['order_state']['orders'][number];

const TERMINAL: ReadonlySet<Order['status']> = new Set(['filled', 'cancelled', 'rejected', 'expired']);

/** Every order list of a 4.0 document with its pointer; the order of S4.1 (first use of an id wins). */
function orderLists(doc: CheckpointV4): [string, readonly Order[]][] {
  return [
    ['/order_state/orders', doc.order_state.orders],
    ['/order_state/completed', doc.order_state.completed],
    ['/engine_state/held_orders', doc.engine_state.held_orders],
  ];
}

function checkLifecycle(p: Problems, o: Order, at: string): void {
  const only = (member: 'rejected_at' | 'rejection' | 'cancelled_at', status: Order['status']): void => {
    if (o[member] !== undefined && o.status !== status) {
      p.add(`${at}/${member}`, `an order with status "${o.status}" has ${member}, which only ${status} orders carry`, `remove ${member}, or give the order status "${status}"`);
    }
  };
  only('rejected_at', 'rejected');
  only('rejection', 'rejected');
  only('cancelled_at', 'cancelled');
  for (const member of ['submitted_at', 'rejected_at', 'cancelled_at'] as const) {
    const value = o[member];
    if (value === undefined) continue;
    p.timestamp(at, `/${member}`, value);
    if (!timestampProblem(value) && !timestampProblem(o.placed_at) && compareTimestamps(value, o.placed_at) < 0) {
      p.add(`${at}/${member}`, `${member} ${value} is earlier than the order's placed_at ${o.placed_at}`, 'a lifecycle time is never before the order was placed');
    }
  }
}

export const rules: Rules<CheckpointV4> = {
  ...previous,
  // S4.1: one id space over orders, completed and held orders; fills may name completed orders.
  orderBook: (p, doc) => checkOrderBook(p, doc, orderLists(doc).slice(1), { anySignRejected: true }),
  // S4.2
  lifecycle: (p, doc) => {
    for (const [base, orders] of orderLists(doc)) orders.forEach((o, i) => checkLifecycle(p, o, `${base}/${i}`));
  },
  // S4.3
  completedAreClosed: (p, doc) => {
    doc.order_state.completed.forEach((o, i) => {
      if (!TERMINAL.has(o.status)) {
        p.add(`/order_state/completed/${i}/status`, `a completed order has a terminal status (filled, cancelled, rejected or expired), not "${o.status}"`, 'keep working orders in order_state.orders');
      }
    });
  },
  // S4.4
  riskCurrencies: (p, doc) => {
    if (doc.risk === null) return;
    const known = new Set([...Object.keys(doc.portfolio_state.cash), ...Object.keys(doc.account.initial_cash)]);
    for (const member of ['peak_equity', 'day_start_equity'] as const) {
      for (const currency of Object.keys(doc.risk[member] ?? {})) {
        if (!known.has(currency)) {
          p.add(`/risk/${member}/${currency}`, `${member} names currency ${currency}, which neither portfolio_state.cash nor account.initial_cash holds`, 'use a currency of the account (a typo?)');
        }
      }
    }
  },
};
