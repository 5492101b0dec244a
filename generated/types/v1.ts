/* GENERATED FILE, DO NOT EDIT. Source: schemas/v1.schema.json (sha256 6f88847b94118d00f071ff4b5f96631b298d92bff21cb098b1fcc2a40a7504df).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the document without checkpoint_id and created_at.
 */
export type CheckpointId = string;
export type LooseId = string | number;
export type Symbol = string;
export type Side = 'buy' | 'sell' | 'BUY' | 'SELL';
/**
 * ISO 8601 date and time as Python's isoformat() writes it: 'T' or a space between date and time, optional fraction, optional offset (absent means UTC).
 */
export type LooseTimestamp = string;

/**
 * The original, loosely typed checkpoint contract written by the first Python producer. Numbers are JSON numbers; timestamps may lack a UTC offset. Frozen: never edit this file.
 */
export interface CheckpointV1 {
  checkpoint_id: CheckpointId;
  /**
   * Format version. Always the string "1.0".
   */
  version: '1.0';
  /**
   * Wall-clock creation time. Not hashed.
   */
  created_at: string;
  strategy_name: string;
  /**
   * The point in backtest or live time that the state describes.
   */
  timestamp: string;
  portfolio_state: {
    cash: number;
    equity: number;
    positions: {
      [k: string]: number | Position;
    };
    [k: string]: unknown;
  };
  order_state: {
    pending_orders: Order[];
    recent_fills: Fill[];
    [k: string]: unknown;
  };
  strategy_state: {
    [k: string]: unknown;
  } | null;
  metadata: {
    [k: string]: unknown;
  };
}
export interface Position {
  quantity: number;
  avg_price?: number;
  last_price?: number;
  [k: string]: unknown;
}
export interface Order {
  order_id: LooseId;
  symbol: Symbol;
  side: Side;
  quantity: number;
  order_type?: 'market' | 'limit' | 'stop' | 'stop_limit' | 'MARKET' | 'LIMIT' | 'STOP' | 'STOP_LIMIT';
  limit_price?: number | null;
  stop_price?: number | null;
  filled_quantity?: number;
  status?: string;
  created_at?: LooseTimestamp;
  [k: string]: unknown;
}
export interface Fill {
  fill_id?: LooseId;
  order_id: LooseId;
  symbol: Symbol;
  side: Side;
  quantity: number;
  price: number;
  commission?: number;
  timestamp?: LooseTimestamp;
  [k: string]: unknown;
}
