// Format 4.0 → finbot ExecutionCheckpoint 1.0.0 (SPEC "finbot ExecutionCheckpoint 1.0.0", export). plainExport is
// the plain inverse of import: finbot's value as closely as finbot can hold the typed document, with finbot's
// defaults and Python's spellings. exportFinbot adds the finbot legacy layer (which gives an imported file's value
// back exactly), the positions order and the line ends, and renders finbot's bytes.
import { applyPatch, type PatchOp } from '../../util/json.js';
import { FINBOT_FORMAT, FINBOT_VERSION, inSerializerOrder, LATENCY_PROFILES, type FinbotExecutionCheckpoint, type LatencyName } from './format.js';
import { renderPython } from './layout.js';
import { pyStrOfCanonical } from './pydecimal.js';
import { naiveIsoformat } from './pytime.js';

type Doc = Record<string, unknown>;
type Money = Record<string, string> | null | undefined;

const FINBOT_REASONS = new Set([
  'insufficient_funds', 'invalid_quantity', 'invalid_symbol', 'market_closed', 'duplicate_order', 'risk_limit_exceeded',
  'risk_position_limit', 'risk_exposure_limit', 'risk_drawdown_limit', 'risk_trading_disabled', 'unknown',
]);

const py = (c: string): string => pyStrOfCanonical(c);
const pyOrNull = (c: unknown): string | null => (typeof c === 'string' ? py(c) : null);
/** isoformat() of the naive UTC time; an instant finbot cannot hold (year 0) becomes the earliest it can. */
const naive = (t: string): string => naiveIsoformat(t) ?? '0001-01-01T00:00:00';
const naiveOrNull = (t: unknown): string | null => (typeof t === 'string' ? naive(t) : null);

/** One amount of a per-currency map (SPEC §14.3's rule): the XXX amount, else the first currency's; "0" when empty. */
function single(map: Money): string {
  if (!map) return '0';
  const keys = Object.keys(map).sort();
  const key = keys.includes('XXX') ? 'XXX' : keys[0];
  return key === undefined ? '0' : map[key]!;
}

function orderBack(o: Doc, fills: readonly Doc[]): Doc {
  const rejection = o.rejection as { code: string | null; message: string | null } | undefined;
  const type = o.type === 'stop_limit' ? 'limit' : o.type === 'trailing_stop' ? 'stop' : o.type;
  const filled = String(o.filled_quantity);
  return {
    order_id: o.order_id,
    symbol: o.symbol,
    side: o.side,
    order_type: type,
    quantity: py(String(o.quantity)),
    created_at: naive(String(o.placed_at)),
    status: o.status === 'expired' ? 'cancelled' : o.status,
    limit_price: pyOrNull(o.limit_price),
    submitted_at: naiveOrNull(o.submitted_at),
    filled_quantity: py(filled),
    avg_fill_price: filled === '0' || typeof o.avg_fill_price !== 'string' ? '0' : py(o.avg_fill_price),
    total_commission: py(String(o.commission)),
    executions: fills.map((f) => ({
      execution_id: f.fill_id,
      order_id: o.order_id,
      timestamp: naive(String(f.timestamp)),
      quantity: py(String(f.quantity)),
      price: py(String(f.price)),
      commission: py(String(f.commission)),
      is_partial: f.partial === true,
    })),
    rejected_at: naiveOrNull(o.rejected_at),
    rejection_reason: rejection?.code != null ? (FINBOT_REASONS.has(rejection.code) ? rejection.code : 'unknown') : null,
    rejection_message: rejection?.message ?? null,
    cancelled_at: naiveOrNull(o.cancelled_at ?? (o.status === 'expired' ? o.expire_at : undefined)),
  };
}

function latencyName(model: Doc | null): LatencyName {
  if (model === null) return 'INSTANT';
  for (const [name, p] of Object.entries(LATENCY_PROFILES) as [LatencyName, (typeof LATENCY_PROFILES)[LatencyName]][]) {
    if (p.submit === model.submit && p.fill_min === model.fill_min && p.fill_max === model.fill_max && p.cancel === model.cancel) return name;
  }
  return 'INSTANT';
}

function riskConfig(limits: Doc | null): Doc | null {
  if (limits === null) return null;
  const out: Doc = { trading_enabled: limits.initial_trading_state !== 'halted' };
  const p = limits.position as Doc | undefined;
  if (p) out.position_limit = { max_shares: pyOrNull(p.max_quantity), max_value: pyOrNull(p.max_notional) };
  const e = limits.exposure as Doc | undefined;
  if (e) out.exposure_limit = { max_gross_exposure_pct: py(String(e.max_gross_pct)), max_net_exposure_pct: py(String(e.max_net_pct)) };
  const d = limits.drawdown as Doc | undefined;
  if (d) out.drawdown_limit = { max_daily_drawdown_pct: pyOrNull(d.max_daily_pct), max_total_drawdown_pct: pyOrNull(d.max_total_pct) };
  return out;
}

/** The plain inverse of import: a function of the hashed part, ignoring legacy layers. */
export function plainExport(n: Doc): FinbotExecutionCheckpoint {
  const portfolio = n.portfolio_state as { cash: Record<string, string>; positions: Record<string, { quantity: string }> };
  const state = n.order_state as { orders: Doc[]; completed: Doc[]; fills: Doc[] };
  const held = ((n.engine_state as Doc | undefined)?.held_orders as Doc[] | undefined) ?? [];
  const byOrder = new Map<string, Doc[]>();
  for (const f of state.fills) {
    const id = String(f.order_id);
    byOrder.set(id, [...(byOrder.get(id) ?? []), f]);
  }
  const back = (o: Doc) => orderBack(o, byOrder.get(String(o.order_id)) ?? []);
  const positions: Record<string, string> = {};
  for (const symbol of Object.keys(portfolio.positions).sort()) positions[symbol] = py(portfolio.positions[symbol]!.quantity);
  const risk = (n.risk ?? null) as Doc | null;
  const model = (n.execution_model ?? { slippage: null, commission: null, latency: null }) as Record<string, Doc | null>;
  const metadata = n.metadata as Doc | undefined;
  return {
    version: FINBOT_VERSION,
    simulator_id: typeof metadata?.simulator_id === 'string' ? metadata.simulator_id : String(n.run_id),
    checkpoint_timestamp: naive(String(n.timestamp)),
    cash: py(single(portfolio.cash)),
    initial_cash: py(single((n.account as { initial_cash: Record<string, string> } | undefined)?.initial_cash)),
    positions,
    pending_orders: [...state.orders, ...held].map(back),
    completed_orders: state.completed.map(back),
    peak_value: risk && risk.peak_equity ? py(single(risk.peak_equity as Money)) : null,
    daily_start_value: risk && risk.day_start_equity ? py(single(risk.day_start_equity as Money)) : null,
    trading_enabled: risk ? risk.trading_state !== 'halted' : true,
    slippage_bps: model.slippage?.model === 'fixed_bps' ? py(String(model.slippage.bps)) : '5',
    commission_per_share: model.commission?.model === 'per_unit' ? py(String(model.commission.amount)) : '0',
    latency_config_name: latencyName(model.latency ?? null),
    risk_config_data: risk ? riskConfig((risk.limits ?? null) as Doc | null) : null,
  } as unknown as FinbotExecutionCheckpoint;
}

interface FinbotLayer {
  readonly from: string;
  readonly to: string;
  readonly patch: PatchOp[];
  readonly member_order?: Record<string, string[]>;
}

/** The finbot legacy layer of a 4.0 document, when it was imported from finbot. */
export function finbotLayer(n: Doc): FinbotLayer | undefined {
  const layers = (n.legacy as FinbotLayer[] | undefined) ?? [];
  const top = layers[layers.length - 1];
  return top !== undefined && top.from === FINBOT_FORMAT ? top : undefined;
}

export interface Exported {
  /** finbot's value. */
  readonly value: FinbotExecutionCheckpoint;
  /** Symbols of positions in the order finbot's file lists them. */
  readonly positionsOrder: readonly string[];
  readonly newline: '\n' | '\r\n';
}

/** finbot's value of a valid 4.0 document: the plain export, with the finbot legacy layer applied when there is one. */
export function exportValue(n: Doc): Exported {
  const layer = finbotLayer(n);
  const value = layer ? applyPatch(plainExport(n), layer.patch) : plainExport(n);
  const keys = Object.keys(value.positions);
  const positionsOrder = layer?.member_order?.['/positions'] ?? [...keys].sort();
  const provenance = n.provenance as { source_layout?: { newline?: string } } | undefined;
  return { value, positionsOrder, newline: provenance?.source_layout?.newline === 'crlf' ? '\r\n' : '\n' };
}

/** finbot's bytes (as text: pure ASCII) of an export. */
export function renderFinbot(e: Exported): string {
  return renderPython(inSerializerOrder(e.value, e.positionsOrder), e.newline);
}
