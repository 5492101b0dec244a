// Consistency rules of format 3.0: 2.0's, with the order book also covering held orders, plus: held orders are
// unsubmitted, lineage is sane, and feed positions do not run ahead of the checkpoint's own time.
import type { CheckpointV3 } from '../../../../generated/index.js';
import { compareTimestamps, timestampProblem } from '../../../util/time.js';
import type { Rules } from '../../rules.js';
import { checkOrderBook, rules as previous } from '../v2/rules.js';

export const rules: Rules<CheckpointV3> = {
  ...previous,
  orderBook: (p, doc) => checkOrderBook(p, doc, [['/engine_state/held_orders', doc.engine_state.held_orders]]),
  heldOrdersAreNew: (p, doc) => {
    doc.engine_state.held_orders.forEach((o, i) => {
      if (o.status !== 'new') p.add(`/engine_state/held_orders/${i}/status`, `a held order has status "new", not "${o.status}"`, 'orders the broker has seen belong in order_state.orders');
    });
  },
  lineage: (p, doc) => {
    if (doc.parent_id !== null && doc.parent_id === doc.checkpoint_id) {
      p.add('/parent_id', 'a checkpoint cannot be its own parent');
    }
    if (doc.parent_id !== null && doc.sequence === 0) {
      p.add('/sequence', 'a checkpoint with a parent has sequence ≥ 1: sequences strictly increase within a run');
    }
  },
  feedsNotAhead: (p, doc) => {
    for (const [name, feed] of Object.entries(doc.engine_state.feeds)) {
      const at = `/engine_state/feeds/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/last_timestamp`;
      p.timestamp(at, '', feed.last_timestamp);
      if (feed.last_timestamp !== undefined && !timestampProblem(feed.last_timestamp) && !timestampProblem(doc.timestamp) && compareTimestamps(feed.last_timestamp, doc.timestamp) > 0) {
        p.add(at, `feed ${JSON.stringify(name)} delivered a record at ${feed.last_timestamp}, after the checkpoint's timestamp ${doc.timestamp}`);
      }
    }
  },
};
