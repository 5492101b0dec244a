/* GENERATED FILE, DO NOT EDIT. Source: schemas/v4.schema.json (sha256 7a6769b707dbb843464558d624d831465346b3df0827be98d8879b93c5d0bc48).
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
   * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
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
   * When the broker or simulator accepted the order for working.
   */
  submitted_at?: string;
  /**
   * When the order was rejected; rejected orders only.
   */
  rejected_at?: string;
  /**
   * When the order was cancelled; cancelled orders only.
   */
  cancelled_at?: string;
  /**
   * Why the order was rejected; rejected orders only.
   */
  rejection?: {
    /**
     * Machine-readable reason, or null when the producer gives text only.
     */
    code: null | string;
    /**
     * The producer's text, or null.
     */
    message: null | string;
  };
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
export type SlippageModel =
  | {
      model: 'fixed_bps';
      /**
       * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
       */
      bps: string;
    }
  | {
      model: 'probabilistic_tick';
      /**
       * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
       */
      probability: string;
      /**
       * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
       */
      prob_fill_on_limit: string;
    }
  | CustomModel;
export type CommissionModel =
  | {
      model: 'per_unit';
      /**
       * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
       */
      amount: string;
      currency: Currency;
    }
  | {
      model: 'per_order';
      /**
       * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
       */
      amount: string;
      currency: Currency;
    }
  | CustomModel;
export type Name = string;
export type FormatName = VersionString | SourceFormat;
export type VersionString = string;
/**
 * A source format outside the version chain, named with its own version, e.g. finbot-execution-1.0.0.
 */
export type SourceFormat = string;
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
 * Execution state: everything 3.0 holds, plus the account (initial cash), risk state and limits, execution-model settings (slippage, commission, latency), the order lifecycle (submission, rejection, cancellation, partial and liquidity flags of fills) and the completed-order history. Legacy layers and provenance may name a source format (e.g. finbot-execution-1.0.0). Frozen: never edit this file.
 */
export interface CheckpointV4 {
  checkpoint_id: CheckpointId;
  version: '4.0';
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
     * Working orders in placement order; closed orders may stay here or move to completed.
     */
    orders: Order[];
    /**
     * Orders no longer working, in the order they closed; may be a window.
     */
    completed: Order[];
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
  account: {
    initial_cash: MoneyMap2;
  };
  /**
   * Risk state and limits, or null when the engine runs no risk checks.
   */
  risk: null | {
    /**
     * The live kill-switch state: active, halted, or reducing (only orders that reduce positions).
     */
    trading_state: 'active' | 'halted' | 'reducing';
    /**
     * Highest equity seen (the drawdown reference), or null when unknown.
     */
    peak_equity: null | MoneyMap3;
    /**
     * Equity at the start of the trading day, or null when unknown.
     */
    day_start_equity: null | MoneyMap3;
    /**
     * Configured risk limits, or null when none are configured.
     */
    limits: null | {
      /**
       * The configured state a fresh engine starts in.
       */
      initial_trading_state: 'active' | 'halted';
      /**
       * Per-instrument position limits.
       */
      position?: {
        /**
         * Largest absolute position quantity; null is unlimited.
         */
        max_quantity: null | Decimal;
        /**
         * Largest absolute position value; null is unlimited.
         */
        max_notional: null | Decimal;
      };
      /**
       * Exposure limits in percent of equity.
       */
      exposure?: {
        /**
         * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
         */
        max_gross_pct: string;
        /**
         * Canonical signed decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no '-0', zero is '0'. At most 400 characters: enough for the shortest round-trip spelling of any binary64 number (at most 327 characters).
         */
        max_net_pct: string;
      };
      /**
       * Drawdown limits in percent.
       */
      drawdown?: {
        /**
         * Largest drawdown from day_start_equity; null is unlimited.
         */
        max_daily_pct: null | Decimal;
        /**
         * Largest drawdown from peak_equity; null is unlimited.
         */
        max_total_pct: null | Decimal;
      };
      /**
       * Largest notional value of one order, per instrument.
       */
      max_notional_per_order?: {
        [k: string]: Decimal;
      };
    };
  };
  /**
   * The execution-model settings the engine simulates fills with; each null when unknown.
   */
  execution_model: {
    slippage: null | SlippageModel;
    commission: null | CommissionModel;
    latency: null | LatencyModel;
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
  /**
   * The producer's own flag: this fill left the order partially filled.
   */
  partial?: boolean;
  /**
   * Whether the fill added or took liquidity.
   */
  liquidity?: 'maker' | 'taker';
}
/**
 * The cash the run started with, per currency; empty when unknown.
 */
export interface MoneyMap2 {
  [k: string]: Decimal;
}
export interface MoneyMap3 {
  [k: string]: Decimal;
}
export interface CustomModel {
  model: 'custom';
  /**
   * The model's name in its engine.
   */
  name: string;
  /**
   * The model's parameters, free-form; hashed.
   */
  params: {
    [k: string]: unknown;
  };
}
export interface LatencyModel {
  /**
   * A producer preset the durations came from (e.g. NORMAL), or null.
   */
  profile: null | Name;
  /**
   * Delay before a submitted order reaches the market.
   */
  submit: string;
  /**
   * Shortest delay before a fill.
   */
  fill_min: string;
  /**
   * Longest delay before a fill.
   */
  fill_max: string;
  /**
   * Delay before a cancellation takes effect.
   */
  cancel: string;
  /**
   * Delay before a modification takes effect.
   */
  modify?: string;
}
/**
 * Data of an older version with no home in this one, kept so a downgrade restores the original exactly.
 */
export interface LegacyLayer {
  from: FormatName;
  to: VersionString;
  /**
   * RFC 6902 operations that turn the plain downgrade of this document into the original older document.
   *
   * @minItems 1
   */
  patch: [PatchOp, ...PatchOp[]];
  /**
   * Member order of the objects at these pointers of the older document, where it differs from the order the plain downgrade writes. Hashed.
   */
  member_order?: {
    [k: string]: string[];
  };
}
/**
 * Where a migrated document came from. Not hashed: identity is the state alone.
 */
export interface Provenance {
  source_version: FormatName;
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
      from: FormatName;
      to: FormatName;
    },
    ...{
      from: FormatName;
      to: FormatName;
    }[]
  ];
  /**
   * How the source file was laid out, where that is not the source format's default; absent otherwise.
   */
  source_layout?: {
    /**
     * Lines end in CR LF.
     */
    newline: 'crlf';
  };
  /**
   * The IANA time zone the source's times without offset were read in, when one was named.
   */
  assumed_zone?: string;
}
