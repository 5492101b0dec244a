// finbot's ExecutionCheckpoint 1.0.0 as its serializer writes it: the member order of every object kind
// (checkpoint_serialization.py, CheckpointManager._serialize_risk_config) and the latency profiles (latency.py).
import type { FinbotExecutionCheckpoint } from '../../../generated/types/finbot.js';
import type { PyJson } from './layout.js';
import { SOURCE_ENTRY, type VersionString } from '../../format/index.js';

export type { FinbotExecutionCheckpoint };
export type FinbotOrder = FinbotExecutionCheckpoint['pending_orders'][number];
export type FinbotExecution = FinbotOrder['executions'][number];

/** The source format's name, as provenance, legacy layers and `--to` spell it. */
export const FINBOT_FORMAT = 'finbot-execution-1.0.0';
/** The `version` member finbot writes (CHECKPOINT_VERSION); restore_simulator accepts nothing else. */
export const FINBOT_VERSION = '1.0.0';
/**
 * The version of this format the import writes and the export reads (src/format/sources/table.json): the mapping is
 * written against that version's members, so a later version reaches finbot through the migration chain.
 */
export const FINBOT_ENTERS_AT: VersionString = SOURCE_ENTRY[FINBOT_FORMAT]!;

export const TOP_MEMBERS = [
  'version', 'simulator_id', 'checkpoint_timestamp', 'cash', 'initial_cash', 'positions', 'pending_orders', 'completed_orders',
  'peak_value', 'daily_start_value', 'trading_enabled', 'slippage_bps', 'commission_per_share', 'latency_config_name', 'risk_config_data',
] as const;
export const ORDER_MEMBERS = [
  'order_id', 'symbol', 'side', 'order_type', 'quantity', 'created_at', 'status', 'limit_price', 'submitted_at', 'filled_quantity',
  'avg_fill_price', 'total_commission', 'executions', 'rejected_at', 'rejection_reason', 'rejection_message', 'cancelled_at',
] as const;
export const EXECUTION_MEMBERS = ['execution_id', 'order_id', 'timestamp', 'quantity', 'price', 'commission', 'is_partial'] as const;
/** Risk config members after trading_enabled, each written only when that limit is configured. */
export const LIMITS = {
  position_limit: ['max_shares', 'max_value'],
  exposure_limit: ['max_gross_exposure_pct', 'max_net_exposure_pct'],
  drawdown_limit: ['max_daily_drawdown_pct', 'max_total_drawdown_pct'],
} as const;

/** finbot's latency profiles (latency.py), in seconds as canonical decimals: submission, fill min, fill max, cancel. */
export const LATENCY_PROFILES = {
  INSTANT: { submit: '0', fill_min: '0', fill_max: '0', cancel: '0' },
  FAST: { submit: '0.01', fill_min: '0.05', fill_max: '0.1', cancel: '0.02' },
  NORMAL: { submit: '0.05', fill_min: '0.1', fill_max: '0.2', cancel: '0.05' },
  SLOW: { submit: '0.1', fill_min: '0.5', fill_max: '1', cancel: '0.1' },
} as const;
export type LatencyName = keyof typeof LATENCY_PROFILES;

function pick(o: Record<string, unknown>, names: readonly string[]): Record<string, PyJson> {
  const out: Record<string, PyJson> = {};
  for (const n of names) if (Object.hasOwn(o, n)) out[n] = o[n] as PyJson;
  return out;
}

/**
 * The document with every object's members in finbot's serializer order, ready for renderPython. `positionsOrder`
 * is the order of the positions map (insertion order in finbot; JavaScript objects cannot keep it for names such
 * as "7203"); symbols it does not list follow in object order.
 */
export function inSerializerOrder(doc: FinbotExecutionCheckpoint, positionsOrder: readonly string[] = []): PyJson {
  const d = doc as unknown as Record<string, unknown>;
  const top = pick(d, TOP_MEMBERS);
  const positions = new Map<string, PyJson>();
  const held = doc.positions as Record<string, string>;
  for (const s of positionsOrder) if (Object.hasOwn(held, s)) positions.set(s, held[s]!);
  for (const [s, q] of Object.entries(held)) if (!positions.has(s)) positions.set(s, q);
  top.positions = positions;
  const order = (o: FinbotOrder): PyJson => {
    const r = pick(o as unknown as Record<string, unknown>, ORDER_MEMBERS);
    r.executions = o.executions.map((e) => pick(e as unknown as Record<string, unknown>, EXECUTION_MEMBERS));
    return r;
  };
  top.pending_orders = doc.pending_orders.map(order);
  top.completed_orders = doc.completed_orders.map(order);
  const risk = doc.risk_config_data as Record<string, unknown> | null;
  if (risk !== null) {
    const r: Record<string, PyJson> = { trading_enabled: risk.trading_enabled as boolean };
    for (const [name, members] of Object.entries(LIMITS)) if (Object.hasOwn(risk, name)) r[name] = pick(risk[name] as Record<string, unknown>, members);
    top.risk_config_data = r;
  }
  return top;
}
