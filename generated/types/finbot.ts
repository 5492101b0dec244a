/* GENERATED FILE, DO NOT EDIT. Source: schemas/finbot-execution-1.0.0.schema.json (sha256 5a44152d534b44e388569ed30a266e12275c08432230639900dbc97494e39054).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */

/**
 * datetime.isoformat() of a datetime (not a pandas Timestamp): YYYY-MM-DDTHH:MM:SS, then .ffffff only when the microseconds are not 0, then the UTC offset only for an aware datetime (+HH:MM, then :SS when the offset has seconds or microseconds, then .ffffff when it has microseconds).
 */
export type PyDatetime = string;
/**
 * str() of a finite decimal.Decimal: plain notation when the exponent is <= 0 and the adjusted exponent is >= -6, else scientific with an upper-case E and a signed exponent. Trailing zeros and negative zero are kept ('1.50', '-0', '0E-8', '1E+2').
 */
export type PyDecimal = string;
export type PyDecimalOrNull = null | PyDecimal;
export type PyDatetimeOrNull = null | PyDatetime;

/**
 * FROZEN. A source format (not a version of this format): what finbot's serialize_checkpoint() writes (jerdaw/finbot finbot/services/execution/checkpoint_serialization.py at 7bfb73b3, risk_config_data from checkpoint_manager.py at 0084425e). Closed wherever finbot's dicts are closed. Member order, layout and the consistency rules are not expressible here: see spec/SPEC.md, 'finbot ExecutionCheckpoint 1.0.0'.
 */
export interface FinbotExecutionCheckpoint {
  version: '1.0.0';
  simulator_id: string;
  checkpoint_timestamp: PyDatetime;
  cash: PyDecimal;
  initial_cash: PyDecimal;
  positions: {
    [k: string]: PyDecimal;
  };
  pending_orders: Order[];
  completed_orders: Order[];
  peak_value: PyDecimalOrNull;
  daily_start_value: PyDecimalOrNull;
  trading_enabled: boolean;
  slippage_bps: PyDecimal;
  commission_per_share: PyDecimal;
  latency_config_name: 'INSTANT' | 'FAST' | 'NORMAL' | 'SLOW';
  risk_config_data: null | RiskConfig;
}
export interface Order {
  order_id: string;
  symbol: string;
  side: 'buy' | 'sell';
  order_type: 'market' | 'limit' | 'stop';
  /**
   * str() of a finite decimal.Decimal: plain notation when the exponent is <= 0 and the adjusted exponent is >= -6, else scientific with an upper-case E and a signed exponent. Trailing zeros and negative zero are kept ('1.50', '-0', '0E-8', '1E+2').
   */
  quantity: string;
  created_at: PyDatetime;
  status: 'new' | 'submitted' | 'partially_filled' | 'filled' | 'rejected' | 'cancelled';
  limit_price: PyDecimalOrNull;
  submitted_at: PyDatetimeOrNull;
  filled_quantity: PyDecimal;
  avg_fill_price: PyDecimal;
  total_commission: PyDecimal;
  executions: Execution[];
  rejected_at: PyDatetimeOrNull;
  rejection_reason:
    | null
    | (
        | 'insufficient_funds'
        | 'invalid_quantity'
        | 'invalid_symbol'
        | 'market_closed'
        | 'duplicate_order'
        | 'risk_limit_exceeded'
        | 'risk_position_limit'
        | 'risk_exposure_limit'
        | 'risk_drawdown_limit'
        | 'risk_trading_disabled'
        | 'unknown'
      );
  rejection_message: string | null;
  cancelled_at: PyDatetimeOrNull;
}
export interface Execution {
  execution_id: string;
  order_id: string;
  timestamp: PyDatetime;
  quantity: PyDecimal;
  price: PyDecimal;
  commission: PyDecimal;
  is_partial: boolean;
}
/**
 * CheckpointManager._serialize_risk_config(): trading_enabled always; each limit present only when configured, never null.
 */
export interface RiskConfig {
  trading_enabled: boolean;
  position_limit?: {
    max_shares: PyDecimalOrNull;
    max_value: PyDecimalOrNull;
  };
  exposure_limit?: {
    max_gross_exposure_pct: PyDecimal;
    max_net_exposure_pct: PyDecimal;
  };
  drawdown_limit?: {
    max_daily_drawdown_pct: PyDecimalOrNull;
    max_total_drawdown_pct: PyDecimalOrNull;
  };
}
