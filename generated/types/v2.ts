/* GENERATED FILE, DO NOT EDIT. Source: schemas/v2.schema.json (sha256 50f810ac1a5b8d149a5bfe7d75d56c086c18c026d0cfa5d8670b13e49c90b337).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the hashed part: the document without checkpoint_id, created_at and provenance.
 */
export type CheckpointId = string;
/**
 * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
 */
export type Decimal = string;
/**
 * Currency or asset code: ISO 4217 where one exists (USD, EUR); 'XXX' means no currency recorded (migrated from 1.0).
 */
export type Currency = string;
export type Order = {
  order_id: Ref;
  symbol: Symbol;
  side: Side;
  type: 'market' | 'limit' | 'stop' | 'stop_limit' | 'trailing_stop';
  /**
   * Ordered quantity, always positive; the side gives the direction.
   */
  quantity: string;
  /**
   * Present exactly for limit and stop_limit orders.
   */
  limit_price?: string;
  /**
   * Trigger price: required for stop and stop_limit, the current trigger for trailing_stop, absent otherwise.
   */
  stop_price?: string;
  /**
   * trailing_stop only: trailing distance in price units.
   */
  trail_amount?: string;
  /**
   * trailing_stop only: trailing distance in percent.
   */
  trail_percent?: string;
  time_in_force: 'day' | 'gtc' | 'ioc' | 'fok' | 'gtd' | 'opg' | 'cls';
  /**
   * Present exactly when time_in_force is gtd.
   */
  expire_at?: string;
  status: 'new' | 'submitted' | 'partially_filled' | 'filled' | 'cancelled' | 'rejected' | 'expired';
  filled_quantity: NonnegDecimal;
  /**
   * Canonical decimal that is zero or positive.
   */
  avg_fill_price?: string;
  /**
   * Canonical decimal that is zero or positive.
   */
  commission: string;
  currency: Currency;
  /**
   * When the order was created, in backtest or live time.
   */
  placed_at: string;
  /**
   * An order or fill identifier, unique within its list.
   */
  parent_id?: string;
  /**
   * Orders sharing an oco_group cancel each other when one fills.
   */
  oco_group?: string;
};
/**
 * An order or fill identifier, unique within its list.
 */
export type Ref = string;
/**
 * Instrument identifier as the engine knows it.
 */
export type Symbol = string;
export type Side = 'buy' | 'sell';
/**
 * Canonical decimal that is zero or positive.
 */
export type NonnegDecimal = string;
/**
 * Canonical decimal that is strictly positive.
 */
export type PosDecimal = string;
/**
 * RFC 3339 date-time in UTC with a literal 'Z', seconds always present, an optional fraction of 1-9 digits that does not end in 0. One spelling per instant.
 */
export type Timestamp = string;
export type VersionString = string;
export type PatchOp =
  | {
      op: 'add' | 'replace';
      path: JsonPointer;
      value: unknown;
    }
  | {
      op: 'remove';
      path: JsonPointer;
    };
export type JsonPointer = string;

/**
 * Typed and exact: money, prices and quantities are canonical decimal strings; typed orders and fills; RFC 3339 UTC timestamps; a sequence number. Frozen: never edit this file.
 */
export interface CheckpointV2 {
  checkpoint_id: CheckpointId;
  version: '2.0';
  /**
   * Wall-clock creation time. Not hashed.
   */
  created_at: string;
  strategy_name: string;
  /**
   * The point in backtest or live time that the state describes.
   */
  timestamp: string;
  /**
   * Number of this checkpoint in its run.
   */
  sequence: number;
  portfolio_state: {
    cash: MoneyMap;
    positions: {
      [k: string]: Position;
    };
    equity?: MoneyMap1;
  };
  order_state: {
    /**
     * Orders in placement order, any status.
     */
    orders: Order[];
    /**
     * Fills in execution order; may be a recent window.
     */
    fills: Fill[];
  };
  /**
   * Free-form, hashed. Keep volatile data (host names, wall-clock times) out of it.
   */
  metadata: {
    [k: string]: unknown;
  };
  /**
   * @minItems 1
   */
  legacy?: [LegacyLayer, ...LegacyLayer[]];
  provenance?: Provenance;
  /**
   * Free-form strategy state, or null.
   */
  strategy_state: {
    [k: string]: unknown;
  } | null;
}
/**
 * Cash balance per currency (may be negative on margin).
 */
export interface MoneyMap {
  [k: string]: Decimal;
}
export interface Position {
  /**
   * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
   */
  quantity: string;
  /**
   * Average entry price.
   */
  avg_price: string;
  currency: Currency;
  /**
   * Mark price used for equity, when known.
   */
  last_price?: string;
}
/**
 * Total equity per currency as the engine computed it.
 */
export interface MoneyMap1 {
  [k: string]: Decimal;
}
export interface Fill {
  fill_id: Ref;
  order_id: Ref;
  symbol: Symbol;
  side: Side;
  quantity: PosDecimal;
  price: NonnegDecimal;
  commission: NonnegDecimal;
  currency: Currency;
  timestamp: Timestamp;
}
/**
 * Data of an older version with no home in this one, kept so a downgrade restores the original exactly.
 */
export interface LegacyLayer {
  from: VersionString;
  to: VersionString;
  /**
   * RFC 6902 operations that turn the plain downgrade of this document into the original older document.
   *
   * @minItems 1
   */
  patch: [PatchOp, ...PatchOp[]];
}
/**
 * Where a migrated document came from. Not hashed: identity is the state alone.
 */
export interface Provenance {
  source_version: VersionString;
  source_id: CheckpointId;
  /**
   * The source's created_at, kept when the upgrade had to rewrite it.
   */
  source_created_at?: string;
  /**
   * @minItems 1
   */
  steps: [
    {
      from: VersionString;
      to: VersionString;
    },
    ...{
      from: VersionString;
      to: VersionString;
    }[]
  ];
}
