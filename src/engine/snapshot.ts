// The engine snapshot: the contract between an engine and this library, defined once with TypeBox, which gives
// both the TypeScript type engines compile against and a JSON Schema (ENGINE_SNAPSHOT_SCHEMA) for engines in other
// languages or over a wire. It is versioned on its own (SNAPSHOT_CONTRACT_VERSION), not with the file format:
// mapping a snapshot to the latest document and back (toDocumentState / fromDocument below) is the library's job,
// so a new format version changes these two functions, never engine code.
import { Type, type Static } from '@sinclair/typebox';
import type { Checkpoint } from '../format/index.js';

/** Changes only when engines must change; format versions do not move it. */
export const SNAPSHOT_CONTRACT_VERSION = 1;

// Exact decimals and UTC timestamps are strings in the grammars of the spec; the document's schema checks them.
const Decimal = Type.String({ description: 'exact decimal in the canonical grammar, e.g. "171.2"' });
const Timestamp = Type.String({ description: 'UTC timestamp, e.g. "2024-03-15T20:00:00Z"' });
const Currency = Type.String({ description: 'ISO 4217 code or a ticker, e.g. "USD"' });
const Side = Type.Union([Type.Literal('buy'), Type.Literal('sell')]);

/** At least one uint32 word; typed as a non-empty tuple, which TypeBox cannot spell, so Unsafe carries the type. */
const GeneratorWords = Type.Unsafe<[number, ...number[]]>(Type.Array(Type.Integer({ minimum: 0, maximum: 4294967295 }), { minItems: 1 }));

const Position = Type.Object({ quantity: Decimal, avg_price: Decimal, currency: Currency, last_price: Type.Optional(Decimal) });

const Order = Type.Object({
  order_id: Type.String(),
  symbol: Type.String(),
  side: Side,
  type: Type.Union(['market', 'limit', 'stop', 'stop_limit', 'trailing_stop'].map((t) => Type.Literal(t as 'market' | 'limit' | 'stop' | 'stop_limit' | 'trailing_stop'))),
  quantity: Decimal,
  limit_price: Type.Optional(Decimal),
  stop_price: Type.Optional(Decimal),
  trail_amount: Type.Optional(Decimal),
  trail_percent: Type.Optional(Decimal),
  time_in_force: Type.Union(['day', 'gtc', 'ioc', 'fok', 'gtd', 'opg', 'cls'].map((t) => Type.Literal(t as 'day' | 'gtc' | 'ioc' | 'fok' | 'gtd' | 'opg' | 'cls'))),
  expire_at: Type.Optional(Timestamp),
  status: Type.Union(
    ['new', 'submitted', 'partially_filled', 'filled', 'cancelled', 'rejected', 'expired'].map((t) =>
      Type.Literal(t as 'new' | 'submitted' | 'partially_filled' | 'filled' | 'cancelled' | 'rejected' | 'expired'),
    ),
  ),
  filled_quantity: Decimal,
  avg_fill_price: Type.Optional(Decimal),
  commission: Decimal,
  currency: Currency,
  placed_at: Timestamp,
  submitted_at: Type.Optional(Timestamp),
  rejected_at: Type.Optional(Timestamp),
  cancelled_at: Type.Optional(Timestamp),
  rejection: Type.Optional(Type.Object({ code: Type.Union([Type.Null(), Type.String()]), message: Type.Union([Type.Null(), Type.String()]) })),
  parent_id: Type.Optional(Type.String()),
  oco_group: Type.Optional(Type.String()),
});

const Fill = Type.Object({
  fill_id: Type.String(),
  order_id: Type.String(),
  symbol: Type.String(),
  side: Side,
  quantity: Decimal,
  price: Decimal,
  commission: Decimal,
  currency: Currency,
  timestamp: Timestamp,
  partial: Type.Optional(Type.Boolean()),
  liquidity: Type.Optional(Type.Union([Type.Literal('maker'), Type.Literal('taker')])),
});

const MoneyMap = Type.Record(Type.String(), Decimal);
const OrNull = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([Type.Null(), t]);
const Custom = Type.Object({ model: Type.Literal('custom'), name: Type.String(), params: Type.Record(Type.String(), Type.Unknown()) });

const Risk = Type.Object({
  trading_state: Type.Union([Type.Literal('active'), Type.Literal('halted'), Type.Literal('reducing')]),
  peak_equity: OrNull(MoneyMap),
  day_start_equity: OrNull(MoneyMap),
  limits: OrNull(
    Type.Object({
      initial_trading_state: Type.Union([Type.Literal('active'), Type.Literal('halted')]),
      position: Type.Optional(Type.Object({ max_quantity: OrNull(Decimal), max_notional: OrNull(Decimal) })),
      exposure: Type.Optional(Type.Object({ max_gross_pct: Decimal, max_net_pct: Decimal })),
      drawdown: Type.Optional(Type.Object({ max_daily_pct: OrNull(Decimal), max_total_pct: OrNull(Decimal) })),
      max_notional_per_order: Type.Optional(Type.Record(Type.String(), Decimal)),
    }),
  ),
});

const ExecutionModel = Type.Object({
  slippage: OrNull(
    Type.Union([
      Type.Object({ model: Type.Literal('fixed_bps'), bps: Decimal }),
      Type.Object({ model: Type.Literal('probabilistic_tick'), probability: Decimal, prob_fill_on_limit: Decimal }),
      Custom,
    ]),
  ),
  commission: OrNull(
    Type.Union([
      Type.Object({ model: Type.Literal('per_unit'), amount: Decimal, currency: Currency }),
      Type.Object({ model: Type.Literal('per_order'), amount: Decimal, currency: Currency }),
      Custom,
    ]),
  ),
  latency: OrNull(
    Type.Object({
      profile: OrNull(Type.String()),
      submit: Decimal,
      fill_min: Decimal,
      fill_max: Decimal,
      cancel: Decimal,
      modify: Type.Optional(Decimal),
    }),
  ),
});

/**
 * An engine's complete state at a consistent point (between events): everything a checkpoint holds except
 * lineage (run, parent, sequence) and what the strategy identity supplies (name, fingerprint, state envelope).
 * Its member names are those of the 3rd format's document, so error pointers an engine reports read the same in
 * both; later formats map to and from it here.
 */
export const ENGINE_SNAPSHOT_SCHEMA = Type.Object(
  {
    /** Engine time the state describes; no feed may have delivered a record after it. */
    timestamp: Timestamp,
    portfolio_state: Type.Object(
      {
        cash: Type.Record(Type.String(), Decimal, { description: 'cash per currency' }),
        positions: Type.Record(Type.String(), Position, { description: 'open positions by symbol' }),
        equity: Type.Optional(Type.Record(Type.String(), Decimal, { description: 'equity per currency, when the engine computes it' })),
      },
      { additionalProperties: false },
    ),
    /** Orders the broker has seen, and every fill; closed orders may move to `completed` (absent: none moved). */
    order_state: Type.Object({ orders: Type.Array(Order), completed: Type.Optional(Type.Array(Order)), fills: Type.Array(Fill) }, { additionalProperties: false }),
    engine_state: Type.Object(
      {
        /** Random generator state, or null when the engine uses none. */
        rng: Type.Union([Type.Null(), Type.Object({ algorithm: Type.String(), state: GeneratorWords })]),
        /** Position of every data feed. */
        feeds: Type.Record(Type.String(), Type.Object({ cursor: Type.Integer({ minimum: 0 }), last_timestamp: Type.Optional(Timestamp) })),
        /** Id counters and other integers the engine must continue from. */
        counters: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
        /** Orders the engine holds back (status "new"), not yet submitted. */
        held_orders: Type.Array(Order),
      },
      { additionalProperties: false },
    ),
    /** The strategy's data at `strategy.state.version` (null when the strategy keeps no state). */
    strategy_data: Type.Unknown(),
    metadata: Type.Record(Type.String(), Type.Unknown()),
    // Optional since contract 1 (added with format 4.0): engines that keep none of these state leave them out.
    /** The cash the run started with, per currency (absent: unknown). */
    account: Type.Optional(Type.Object({ initial_cash: MoneyMap }, { additionalProperties: false })),
    /** Risk state and limits (absent or null: the engine runs no risk checks). */
    risk: Type.Optional(OrNull(Risk)),
    /** Slippage, commission and latency models (absent: all unknown). */
    execution_model: Type.Optional(ExecutionModel),
  },
  { $id: 'https://state-checkpoint.dev/engine-snapshot.schema.json', title: 'Engine snapshot', additionalProperties: false },
);

export type EngineSnapshot = Static<typeof ENGINE_SNAPSHOT_SCHEMA>;

/** The members of the latest document a snapshot fills in (the rest is lineage and identity). */
export type SnapshotState = Pick<Checkpoint, 'timestamp' | 'portfolio_state' | 'order_state' | 'engine_state' | 'metadata' | 'account' | 'risk' | 'execution_model'>;

const UNKNOWN_MODELS = { slippage: null, commission: null, latency: null } as const;

/**
 * Snapshot → the latest document's members: the only place that knows where the latest format keeps each part.
 * Typed against the latest document, so a format that moves or renames a member fails the build here, not in
 * engines.
 */
export function toDocumentState(s: EngineSnapshot): SnapshotState {
  const { rng, feeds, counters, held_orders } = s.engine_state;
  const { orders, completed, fills } = s.order_state;
  return {
    timestamp: s.timestamp,
    portfolio_state: s.portfolio_state,
    order_state: { orders, completed: completed ?? [], fills },
    engine_state: { rng, feeds, counters, held_orders },
    account: s.account ?? { initial_cash: {} },
    risk: s.risk ?? null,
    execution_model: s.execution_model ?? UNKNOWN_MODELS,
    metadata: s.metadata,
  };
}

/** The latest document → a snapshot (strategy data given separately: the library upgrades it first). */
export function fromDocument(doc: Checkpoint, strategyData: unknown): EngineSnapshot {
  // The optional members are left out where they hold what toDocumentState writes for their absence, so an engine
  // that keeps none of them gets back exactly the snapshot it wrote.
  const { orders, completed, fills } = doc.order_state;
  const { slippage, commission, latency } = doc.execution_model;
  return {
    timestamp: doc.timestamp,
    portfolio_state: doc.portfolio_state,
    order_state: completed.length > 0 ? { orders, completed, fills } : { orders, fills },
    engine_state: doc.engine_state,
    strategy_data: strategyData,
    metadata: doc.metadata,
    ...(Object.keys(doc.account.initial_cash).length > 0 && { account: doc.account }),
    ...(doc.risk !== null && { risk: doc.risk }),
    ...((slippage !== null || commission !== null || latency !== null) && { execution_model: doc.execution_model }),
  };
}
