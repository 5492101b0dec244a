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
    /** Orders the broker has seen, and every fill. */
    order_state: Type.Object({ orders: Type.Array(Order), fills: Type.Array(Fill) }, { additionalProperties: false }),
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
  },
  { $id: 'https://state-checkpoint.dev/engine-snapshot.schema.json', title: 'Engine snapshot', additionalProperties: false },
);

export type EngineSnapshot = Static<typeof ENGINE_SNAPSHOT_SCHEMA>;

/** The members of the latest document a snapshot fills in (the rest is lineage and identity). */
export type SnapshotState = Pick<Checkpoint, 'timestamp' | 'portfolio_state' | 'order_state' | 'engine_state' | 'metadata'>;

/**
 * Snapshot → the latest document's members: the only place that knows where the latest format keeps each part.
 * Typed against the latest document, so a format that moves or renames a member fails the build here, not in
 * engines.
 */
export function toDocumentState(s: EngineSnapshot): SnapshotState {
  const { rng, feeds, counters, held_orders } = s.engine_state;
  return {
    timestamp: s.timestamp,
    portfolio_state: s.portfolio_state,
    order_state: s.order_state,
    engine_state: { rng, feeds, counters, held_orders },
    metadata: s.metadata,
  };
}

/** The latest document → a snapshot (strategy data given separately: the library upgrades it first). */
export function fromDocument(doc: Checkpoint, strategyData: unknown): EngineSnapshot {
  return {
    timestamp: doc.timestamp,
    portfolio_state: doc.portfolio_state,
    order_state: doc.order_state,
    engine_state: doc.engine_state,
    strategy_data: strategyData,
    metadata: doc.metadata,
  };
}
