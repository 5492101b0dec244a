// Checks of a finbot ExecutionCheckpoint 1.0.0 value: its frozen schema, the spelling rules no pattern states
// (F1, calendar dates, no "-00:00"), which are errors because finbot's own writer cannot break them, and the
// consistency rules finbot's own code can break (facts §11), which are warnings.
import { validate } from '../../../generated/validators/finbot.js';
import type { ErrorDetail, WarningCode } from '../../errors/index.js';
import { schemaErrors } from '../../format/schema-errors.js';
import { addScaled, compareScaled, formatScaled, mulScaled, ZERO, type Scaled } from '../../util/decimal.js';
import { appendPointer } from '../../util/pointer.js';
import { LIMITS, type FinbotExecutionCheckpoint, type FinbotOrder } from './format.js';
import { divide, f1Problem, scaledOfPy } from './pydecimal.js';
import { pyTimeProblem } from './pytime.js';

export interface WarningDetail {
  readonly code: WarningCode;
  readonly pointer: string;
  readonly message: string;
  readonly hint?: string;
}

/** Schema problems of a finbot value, or an empty list. */
export function finbotSchemaProblems(doc: unknown): ErrorDetail[] {
  if (validate(doc)) return [];
  return schemaErrors(validate.errors ?? []).map((d) => ({ ...d, message: `finbot-execution-1.0.0 schema: ${d.message}` }));
}

/** Every decimal and timestamp of a schema-valid document, with its pointer. */
function walk(doc: FinbotExecutionCheckpoint, decimal: (at: string, s: string) => void, time: (at: string, s: string) => void): void {
  time('/checkpoint_timestamp', doc.checkpoint_timestamp);
  for (const m of ['cash', 'initial_cash', 'peak_value', 'daily_start_value', 'slippage_bps', 'commission_per_share'] as const) {
    const v = doc[m];
    if (typeof v === 'string') decimal(`/${m}`, v);
  }
  for (const [s, q] of Object.entries(doc.positions)) decimal(appendPointer('/positions', s), q as string);
  for (const list of ['pending_orders', 'completed_orders'] as const) {
    doc[list].forEach((o, i) => {
      const at = `/${list}/${i}`;
      for (const m of ['quantity', 'limit_price', 'filled_quantity', 'avg_fill_price', 'total_commission'] as const) if (typeof o[m] === 'string') decimal(`${at}/${m}`, o[m]);
      for (const m of ['created_at', 'submitted_at', 'rejected_at', 'cancelled_at'] as const) if (typeof o[m] === 'string') time(`${at}/${m}`, o[m]);
      o.executions.forEach((e, j) => {
        time(`${at}/executions/${j}/timestamp`, e.timestamp);
        for (const m of ['quantity', 'price', 'commission'] as const) decimal(`${at}/executions/${j}/${m}`, e[m]);
      });
    });
  }
  const risk = doc.risk_config_data as Record<string, Record<string, unknown>> | null;
  if (risk) {
    for (const [name, members] of Object.entries(LIMITS)) {
      for (const m of members) if (typeof risk[name]?.[m] === 'string') decimal(`/risk_config_data/${name}/${m}`, risk[name][m] as string);
    }
  }
}

/** Spelling errors of a schema-valid document: what str(Decimal) and isoformat() can never write. */
export function finbotRuleProblems(doc: FinbotExecutionCheckpoint): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  walk(
    doc,
    (at, s) => {
      const problem = f1Problem(s);
      if (problem) out.push({ code: 'E_SEMANTIC', pointer: at, message: problem, hint: 'finbot writes amounts with str(Decimal); restore the value finbot wrote' });
    },
    (at, s) => {
      const problem = pyTimeProblem(s);
      if (problem) out.push({ code: 'E_SEMANTIC', pointer: at, message: `timestamp ${JSON.stringify(s)} ${problem}`, hint: 'finbot writes times with datetime.isoformat(); restore the value finbot wrote' });
    },
  );
  return out;
}

const TERMINAL = new Set(['filled', 'rejected', 'cancelled']);

function orderWarnings(o: FinbotOrder, at: string, w: WarningDetail[]): void {
  const add = (pointer: string, message: string, hint?: string) => w.push({ code: 'W_SOURCE_SEMANTIC', pointer, message, ...(hint !== undefined && { hint }) });
  let filled: Scaled = ZERO;
  let commission: Scaled = ZERO;
  let value: Scaled = ZERO;
  o.executions.forEach((e, j) => {
    const q = scaledOfPy(e.quantity);
    filled = addScaled(filled, q);
    commission = addScaled(commission, scaledOfPy(e.commission));
    value = addScaled(value, mulScaled(q, scaledOfPy(e.price)));
    if (e.order_id !== o.order_id) add(`${at}/executions/${j}/order_id`, `execution names order ${JSON.stringify(e.order_id)}, but it belongs to order ${JSON.stringify(o.order_id)}`);
  });
  const stated = scaledOfPy(o.filled_quantity);
  if (compareScaled(filled, stated) !== 0) add(`${at}/filled_quantity`, `filled_quantity ${o.filled_quantity} is not the sum of the executions' quantities (${formatScaled(filled)})`);
  if (compareScaled(commission, scaledOfPy(o.total_commission)) !== 0) add(`${at}/total_commission`, `total_commission ${o.total_commission} is not the sum of the executions' commissions (${formatScaled(commission)})`);
  if (compareScaled(filled, ZERO) > 0) {
    const avg = divide(value, filled);
    if (compareScaled(avg, scaledOfPy(o.avg_fill_price)) !== 0)
      add(`${at}/avg_fill_price`, `avg_fill_price ${o.avg_fill_price} is not Σ(quantity × price) / filled_quantity rounded to 28 digits (${formatScaled(avg)})`, 'finbot computes it in Decimal arithmetic; a different rounding gives this');
  }
  const q = scaledOfPy(o.quantity);
  const hasFill = compareScaled(stated, ZERO) !== 0;
  const statusAgrees: Record<string, boolean> = {
    new: !hasFill,
    submitted: !hasFill,
    partially_filled: hasFill && compareScaled(stated, q) < 0,
    filled: compareScaled(stated, q) >= 0,
    rejected: o.rejected_at !== null,
    cancelled: o.cancelled_at !== null,
  };
  if (!statusAgrees[o.status]) add(`${at}/status`, `status "${o.status}" disagrees with filled_quantity ${o.filled_quantity} of ${o.quantity}, rejected_at and cancelled_at`);
  if (o.status !== 'rejected' && o.rejected_at !== null) add(`${at}/rejected_at`, `an order with status "${o.status}" has rejected_at`);
  if (o.status !== 'cancelled' && o.cancelled_at !== null) add(`${at}/cancelled_at`, `an order with status "${o.status}" has cancelled_at`);
}

/** Consistency findings finbot's own code can produce (facts §11): warnings, never errors. */
export function finbotWarnings(doc: FinbotExecutionCheckpoint): WarningDetail[] {
  const w: WarningDetail[] = [];
  for (const list of ['pending_orders', 'completed_orders'] as const) {
    const seen = new Set<string>();
    doc[list].forEach((o, i) => {
      const at = `/${list}/${i}`;
      if (seen.has(o.order_id)) w.push({ code: 'W_SOURCE_SEMANTIC', pointer: `${at}/order_id`, message: `order id ${JSON.stringify(o.order_id)} occurs twice in ${list}; finbot's restore keeps only the last` });
      seen.add(o.order_id);
      orderWarnings(o, at, w);
      if (list === 'completed_orders' && !TERMINAL.has(o.status)) w.push({ code: 'W_SOURCE_SEMANTIC', pointer: `${at}/status`, message: `a completed order has status "${o.status}"` });
    });
  }
  const nulls = [doc.peak_value, doc.daily_start_value, doc.risk_config_data].filter((v) => v === null).length;
  if (nulls !== 0 && nulls !== 3)
    w.push({ code: 'W_SOURCE_SEMANTIC', pointer: '/peak_value', message: 'peak_value, daily_start_value and risk_config_data are not null together, as finbot\'s create_checkpoint writes them' });
  return w;
}
