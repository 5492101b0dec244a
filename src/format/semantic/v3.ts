// Consistency rules added by format 3.0: held orders are unsubmitted, lineage is sane, and feed
// positions do not run ahead of the checkpoint's own time.
import type { CheckpointV3 } from '../../../generated/index.js';
import type { ErrorDetail } from '../../errors/index.js';
import { compareTimestamps, timestampProblem } from '../../util/time.js';
import { Problems } from './problems.js';
import { checkEquity, checkOrderBook } from './v2.js';

export function checkV3(doc: CheckpointV3): ErrorDetail[] {
  const p = new Problems();
  checkOrderBook(p, doc, doc.engine_state.held_orders);
  checkEquity(p, doc);
  doc.engine_state.held_orders.forEach((o, i) => {
    if (o.status !== 'new') p.add(`/engine_state/held_orders/${i}/status`, `a held order has status "new", not "${o.status}"`, 'orders the broker has seen belong in order_state.orders');
  });
  if (doc.parent_id !== null && doc.parent_id === doc.checkpoint_id) {
    p.add('/parent_id', 'a checkpoint cannot be its own parent');
  }
  if (doc.parent_id !== null && doc.sequence === 0) {
    p.add('/sequence', 'a checkpoint with a parent has sequence ≥ 1: sequences strictly increase within a run');
  }
  for (const [name, feed] of Object.entries(doc.engine_state.feeds)) {
    const at = `/engine_state/feeds/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/last_timestamp`;
    p.timestamp(at, '', feed.last_timestamp);
    if (feed.last_timestamp !== undefined && !timestampProblem(feed.last_timestamp) && !timestampProblem(doc.timestamp) && compareTimestamps(feed.last_timestamp, doc.timestamp) > 0) {
      p.add(at, `feed ${JSON.stringify(name)} delivered a record at ${feed.last_timestamp}, after the checkpoint's timestamp ${doc.timestamp}`);
    }
  }
  return p.list;
}
