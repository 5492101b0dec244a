/* GENERATED FILE, DO NOT EDIT. Source: schemas/v3.schema.json (sha256 dcf4eb137c582437ace46388e4e8853acb275df5c17a8b872c55d417702cb2b1).
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */

/**
 * Lowercase hex SHA-256 of the RFC 8785 canonical bytes of the hashed part: the document without checkpoint_id, created_at and provenance.
 */
export type CheckpointId = string;
/**
 * Identifies one run (lineage); fixed for every checkpoint of the run.
 */
export type RunId = string;
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
export type Uint32 = number;
export type Counter = number;
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
 * Exact resume and lineage: run id and parent id, strictly increasing sequence, engine state (random generator state, feed cursors, id counters, held orders), versioned strategy state and a strategy fingerprint. Frozen: never edit this file.
 */
export interface CheckpointV3 {
  checkpoint_id: CheckpointId;
  version: '3.0';
  /**
   * Wall-clock creation time. Not hashed.
   */
  created_at: string;
  strategy_name: string;
  run_id: RunId;
  /**
   * Id of the previous checkpoint of this run, or null for the first.
   */
  parent_id: null | CheckpointId;
  /**
   * The point in backtest or live time that the state describes.
   */
  timestamp: string;
  /**
   * Position of this checkpoint in its run; strictly increases within a run.
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
  engine_state: {
    /**
     * Random generator state, or null when the engine uses none.
     */
    rng: null | {
      /**
       * Generator name, e.g. mulberry32, xoshiro128**, mt19937, pcg64.
       */
      algorithm: string;
      /**
       * The generator's full internal state as unsigned 32-bit words (not its seed).
       *
       * @minItems 1
       * @maxItems 4096
       */
      state: [Uint32, ...Uint32[]];
    };
    feeds: {
      [k: string]: {
        /**
         * Index of the next record the feed will deliver.
         */
        cursor: number;
        /**
         * RFC 3339 date-time in UTC with a literal 'Z', seconds always present, an optional fraction of 1-9 digits that does not end in 0. One spelling per instant.
         */
        last_timestamp?: string;
      };
    };
    /**
     * Id counters: the next number each generator of ids will hand out.
     */
    counters: {
      [k: string]: Counter;
    };
    /**
     * Orders created but not yet submitted to the broker (status new).
     */
    held_orders: Order[];
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
  strategy_state: null | {
    /**
     * Name of the strategy's own state schema.
     */
    schema: string;
    /**
     * Version of the strategy's own state schema.
     */
    schema_version: number;
    /**
     * The strategy's state, any JSON value.
     */
    data: unknown;
  };
  /**
   * What produced the state; a resume can refuse a mismatch. Null when unknown.
   */
  fingerprint: null | {
    /**
     * SHA-256 of the strategy code.
     */
    code: string;
    /**
     * SHA-256 of the RFC 8785 bytes of the strategy configuration.
     */
    config: string;
  };
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
