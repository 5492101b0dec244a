// finbot ExecutionCheckpoint 1.0.0 → format 4.0 (SPEC "finbot ExecutionCheckpoint 1.0.0", import). The typed
// document holds everything 4.0 can hold; what it cannot (stop orders without a stop price, amounts outside 4.0's
// types, the original spellings) is kept by one legacy layer, computed as the chain driver computes every layer:
// the patch that turns the plain export of the typed document back into the file's value. So export(import(f))
// is f's value, and with member_order and the recorded line ends, f's bytes.
import { canonicalHash, sha256Hex } from '../../canonical/index.js';
import { CheckpointError } from '../../errors/index.js';
import { checkpointId } from '../../format/index.js';
import { compareDecimals } from '../../util/decimal.js';
import { diff, type PatchOp } from '../../util/json.js';
import { compareTimestamps } from '../../util/time.js';
import { plainExport } from './export.js';
import { FINBOT_ENTERS_AT, FINBOT_FORMAT, LATENCY_PROFILES, type FinbotExecutionCheckpoint, type FinbotOrder } from './format.js';
import { canon } from './pydecimal.js';
import { utcTimestamp, zoneFormat } from './pytime.js';

type Doc = Record<string, unknown>;

/** The currency of every amount: finbot records none (as format 1.0 did). */
export const NO_CURRENCY = 'XXX';
export const STRATEGY_NAME = 'finbot ExecutionSimulator';
const TERMINAL = new Set(['filled', 'cancelled', 'rejected', 'expired']);
const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export interface ImportOptions {
  /** IANA zone the producer's times without an offset are in (default: UTC, the format's rule for naive times). */
  readonly zone?: string;
  /** Lineage when the file is one of a folder's chain (ckpt import); a file read on its own starts a run. */
  readonly sequence?: number;
  readonly parentId?: string | null;
  /** Symbols of positions in file order (default: the object's order). */
  readonly positionsOrder?: readonly string[];
  /** Line ends of the source file. */
  readonly newline?: '\n' | '\r\n';
}

/** The run id of a simulator: "finbot." + its id when that is a run id, else a digest of the id. */
export function runIdOf(simulatorId: string): string {
  const plain = `finbot.${simulatorId}`;
  return RUN_ID.test(plain) ? plain : `finbot.sha256-${sha256Hex(simulatorId).slice(0, 40)}`;
}

function isRef(s: string, max: number): boolean {
  return s.length >= 1 && [...s].length <= max;
}

const nonNeg = (c: string): boolean => !c.startsWith('-');

interface Converted {
  readonly orders: Doc[];
  readonly completed: Doc[];
  readonly fills: Doc[];
}

function convertOrders(doc: FinbotExecutionCheckpoint, zone: string): Converted {
  const out: Converted = { orders: [], completed: [], fills: [] };
  const orderIds = new Set<string>();
  const executionIds = new Set<string>();
  for (const list of [doc.pending_orders, doc.completed_orders]) for (const o of list) for (const e of o.executions) executionIds.add(e.execution_id);
  const fillIds = new Set<string>();
  let fillIndex = 0;
  const utc = (t: string | null): string | null => (t === null ? null : utcTimestamp(t, zone));
  for (const [list, pending] of [[doc.pending_orders, true], [doc.completed_orders, false]] as const) {
    for (const o of list) {
      const order = convertOrder(o, utc);
      if (order === null || orderIds.has(o.order_id)) {
        // fill-<i> counts every execution of the file (SPEC §20), also those of orders only the legacy layer keeps
        fillIndex += o.executions.length;
        continue;
      }
      orderIds.add(o.order_id);
      // A closed order in finbot's pending map stays a working-list order (4.0's orders hold any status); an
      // open order in finbot's completed map has no place in completed (S4.3) and is listed with the working ones.
      (pending || !TERMINAL.has(order.status as string) ? out.orders : out.completed).push(order);
      const filled = String(order.filled_quantity);
      let total = '0';
      for (const e of o.executions) {
        const i = fillIndex++;
        const quantity = canon(e.quantity);
        const price = canon(e.price);
        const commission = canon(e.commission);
        const timestamp = utc(e.timestamp);
        if (quantity === '0' || quantity.startsWith('-') || !nonNeg(price) || !nonNeg(commission) || timestamp === null) continue;
        const after = addCanonical(total, quantity);
        if (compareDecimals(after, filled) > 0) continue; // fills never exceed their order (S2.x)
        total = after;
        let id = e.execution_id;
        if (!isRef(id, 128) || fillIds.has(id)) {
          id = `fill-${i}`;
          for (let k = 1; fillIds.has(id) || executionIds.has(id); k++) id = `fill-${i}-${k}`;
        }
        fillIds.add(id);
        out.fills.push({
          fill_id: id,
          order_id: o.order_id,
          symbol: o.symbol,
          side: o.side,
          quantity,
          price,
          commission,
          currency: NO_CURRENCY,
          timestamp,
          partial: e.is_partial,
        });
      }
    }
  }
  return out;
}

function addCanonical(a: string, b: string): string {
  return canon(String(sum(a, b)));
}

function sum(a: string, b: string): string {
  const [ia, fa = ''] = a.replace('-', '').split('.');
  const [ib, fb = ''] = b.replace('-', '').split('.');
  const scale = Math.max(fa.length, fb.length);
  const x = BigInt((a.startsWith('-') ? '-' : '') + ia + fa.padEnd(scale, '0'));
  const y = BigInt((b.startsWith('-') ? '-' : '') + ib + fb.padEnd(scale, '0'));
  const s = x + y;
  const neg = s < 0n;
  const digits = (neg ? -s : s).toString().padStart(scale + 1, '0');
  return (neg ? '-' : '') + (scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits);
}

/** The status 4.0 can hold for these amounts: finbot's own when it agrees with them, else the one they imply. */
function statusOf(o: FinbotOrder, q: string, f: string): string | null {
  const none = f === '0';
  const vs = compareDecimals(f, q);
  const holds = (s: string): boolean => {
    switch (s) {
      case 'new':
      case 'submitted':
        return none && vs <= 0;
      case 'partially_filled':
        return !none && vs < 0;
      case 'filled':
        return vs === 0 && !none;
      case 'cancelled':
        return vs < 0;
      case 'rejected':
        return none;
      default:
        return false;
    }
  };
  if (holds(o.status) && !(o.status === 'filled' && none)) return o.status;
  const implied = o.rejected_at !== null ? 'rejected' : o.cancelled_at !== null ? 'cancelled' : vs === 0 && !none ? 'filled' : !none ? 'partially_filled' : 'submitted';
  return holds(implied) ? implied : null;
}

/** One finbot order as a 4.0 order, or null when 4.0's types cannot hold it (the legacy layer keeps it whole). */
function convertOrder(o: FinbotOrder, utc: (t: string | null) => string | null): Doc | null {
  if (o.order_type === 'stop') return null; // decision D1: finbot keeps no stop price, this format's stop orders need one
  if (!isRef(o.order_id, 128) || !isRef(o.symbol, 64)) return null;
  const quantity = canon(o.quantity);
  const filled = canon(o.filled_quantity);
  const commission = canon(o.total_commission);
  const avg = canon(o.avg_fill_price);
  const placed = utc(o.created_at);
  if (!nonNeg(filled) || !nonNeg(commission) || placed === null) return null;
  const status = statusOf(o, quantity, filled);
  if (status === null) return null;
  if (status !== 'rejected' && (quantity === '0' || quantity.startsWith('-'))) return null;
  let limit: string | undefined;
  if (o.order_type === 'limit') {
    if (o.limit_price === null) return null;
    limit = canon(o.limit_price);
    if (!nonNeg(limit)) return null;
  }
  if (filled !== '0' && !nonNeg(avg)) return null;
  const after = (t: string | null): string | undefined => {
    const u = utc(t);
    return u !== null && compareTimestamps(u, placed) >= 0 ? u : undefined;
  };
  const submitted = after(o.submitted_at);
  const rejected = status === 'rejected' ? after(o.rejected_at) : undefined;
  const cancelled = status === 'cancelled' ? after(o.cancelled_at) : undefined;
  const message = o.rejection_message !== null && o.rejection_message.length <= 4096 ? o.rejection_message : null;
  const rejection = status === 'rejected' && (o.rejection_reason !== null || message !== null) ? { code: o.rejection_reason, message } : undefined;
  return {
    order_id: o.order_id,
    symbol: o.symbol,
    side: o.side,
    type: o.order_type,
    quantity,
    ...(limit !== undefined && { limit_price: limit }),
    time_in_force: 'gtc',
    status,
    filled_quantity: filled,
    ...(filled !== '0' && { avg_fill_price: avg }),
    commission,
    currency: NO_CURRENCY,
    placed_at: placed,
    ...(submitted !== undefined && { submitted_at: submitted }),
    ...(rejected !== undefined && { rejected_at: rejected }),
    ...(cancelled !== undefined && { cancelled_at: cancelled }),
    ...(rejection !== undefined && { rejection }),
  };
}

const money = (s: string | null): Doc | null => (s === null ? null : { [NO_CURRENCY]: canon(s) });
const decOrNull = (s: unknown): string | null => (typeof s === 'string' ? canon(s) : null);

function riskOf(doc: FinbotExecutionCheckpoint): Doc | null {
  const config = doc.risk_config_data as Record<string, Record<string, unknown> | boolean> | null;
  if (doc.peak_value === null && doc.daily_start_value === null && config === null && doc.trading_enabled) return null;
  let limits: Doc | null = null;
  if (config !== null) {
    const l: Doc = { initial_trading_state: config.trading_enabled ? 'active' : 'halted' };
    const p = config.position_limit as Record<string, unknown> | undefined;
    if (p) l.position = { max_quantity: decOrNull(p.max_shares), max_notional: decOrNull(p.max_value) };
    const e = config.exposure_limit as Record<string, unknown> | undefined;
    if (e) l.exposure = { max_gross_pct: decOrNull(e.max_gross_exposure_pct), max_net_pct: decOrNull(e.max_net_exposure_pct) };
    const d = config.drawdown_limit as Record<string, unknown> | undefined;
    if (d) l.drawdown = { max_daily_pct: decOrNull(d.max_daily_drawdown_pct), max_total_pct: decOrNull(d.max_total_drawdown_pct) };
    limits = l;
  }
  return {
    trading_state: doc.trading_enabled ? 'active' : 'halted',
    peak_equity: money(doc.peak_value),
    day_start_equity: money(doc.daily_start_value),
    limits,
  };
}

function timeOrFail(t: string, zone: string, pointer: string): string {
  const u = utcTimestamp(t, zone);
  if (u === null) {
    throw new CheckpointError({ code: 'E_SEMANTIC', pointer, message: `${JSON.stringify(t)} read in ${zone} falls outside the years 0000-9999 in UTC`, hint: 'check --zone' });
  }
  return u;
}

/** The typed 4.0 document of a finbot value, without legacy layer, id or provenance. */
export function typedOf(doc: FinbotExecutionCheckpoint, zone: string, sequence: number, parentId: string | null): Doc {
  const time = timeOrFail(doc.checkpoint_timestamp, zone, '/checkpoint_timestamp');
  const { orders, completed, fills } = convertOrders(doc, zone);
  const positions: Doc = {};
  for (const [symbol, q] of Object.entries(doc.positions)) {
    if (isRef(symbol, 64)) positions[symbol] = { quantity: canon(q as string), avg_price: '0', currency: NO_CURRENCY };
  }
  const profile = LATENCY_PROFILES[doc.latency_config_name];
  return {
    version: FINBOT_ENTERS_AT,
    created_at: time,
    strategy_name: STRATEGY_NAME,
    run_id: runIdOf(doc.simulator_id),
    parent_id: parentId,
    timestamp: time,
    sequence,
    portfolio_state: { cash: { [NO_CURRENCY]: canon(doc.cash) }, positions },
    order_state: { orders, completed, fills },
    engine_state: { rng: null, feeds: {}, counters: {}, held_orders: [] },
    account: { initial_cash: { [NO_CURRENCY]: canon(doc.initial_cash) } },
    risk: riskOf(doc),
    execution_model: {
      slippage: { model: 'fixed_bps', bps: canon(doc.slippage_bps) },
      commission: { model: 'per_unit', amount: canon(doc.commission_per_share), currency: NO_CURRENCY },
      latency: { profile: doc.latency_config_name, ...profile },
    },
    strategy_state: null,
    fingerprint: null,
    metadata: { producer: 'finbot', simulator_id: doc.simulator_id },
  };
}

/** Positions order as the legacy layer records it: only when it is not the order export writes by default (sorted). */
function memberOrder(order: readonly string[]): Record<string, string[]> | undefined {
  const sorted = [...order].sort();
  return order.every((s, i) => s === sorted[i]) ? undefined : { '/positions': [...order] };
}

/**
 * Imports a schema-valid, rule-valid finbot value. Pure: the same value and options give the same document and id.
 */
export function importFinbot(doc: FinbotExecutionCheckpoint, options: ImportOptions = {}): Doc {
  const zone = options.zone ?? 'UTC';
  if (zone !== 'UTC') zoneFormat(zone);
  const typed = typedOf(doc, zone, options.sequence ?? 0, options.parentId ?? null);
  const back = plainExport(typed);
  const patch: PatchOp[] = diff(back, doc);
  const order = memberOrder(options.positionsOrder ?? Object.keys(doc.positions));
  if (patch.length > 0 || order !== undefined) {
    // A layer's patch is never empty (4.0 schema); a positions order alone rides on an operation that changes nothing.
    const ops = patch.length > 0 ? patch : [{ op: 'replace' as const, path: '/version', value: doc.version }];
    typed.legacy = [{ from: FINBOT_FORMAT, to: FINBOT_ENTERS_AT, patch: ops, ...(order !== undefined && { member_order: order }) }];
  }
  typed.checkpoint_id = checkpointId(typed);
  typed.provenance = {
    source_version: FINBOT_FORMAT,
    source_id: canonicalHash(doc),
    source_created_at: doc.checkpoint_timestamp,
    steps: [{ from: FINBOT_FORMAT, to: FINBOT_ENTERS_AT }],
    ...(options.newline === '\r\n' && { source_layout: { newline: 'crlf' } }),
    ...(options.zone !== undefined && options.zone !== 'UTC' && { assumed_zone: options.zone }),
  };
  return reorder(typed);
}

/** Members in the order createCheckpoint writes them (the file form is canonical anyway; this is for people). */
function reorder(d: Doc): Doc {
  const { checkpoint_id, ...rest } = d;
  return { checkpoint_id, ...rest };
}
