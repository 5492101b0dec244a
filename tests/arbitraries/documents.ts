// Arbitraries that generate VALID documents of every format version (schema-valid and consistent),
// so the laws are checked on the whole space of checkpoints, not on a few hand-written examples.
// Like the version folders, this file is per-version data: it may name versions (the literal check allows it).
// A version with no hand-written arbitrary below gets its predecessor's documents upgraded, so the laws cover
// a new version the moment the table lists it; write one when the new version has features of its own.
import fc from 'fast-check';
import type { CheckpointV1, CheckpointV2, CheckpointV3, CheckpointV4 } from '../../generated/index.js';
import { checkpointId, FORMAT_VERSIONS, LATEST_VERSION_STRING, type AnyCheckpoint, type Checkpoint, type VersionString } from '../../src/format/index.js';
import { upgrade } from '../../src/load/migrate.js';
import { addScaled, formatScaled, mulScaled, parseDecimal } from '../../src/util/decimal.js';
import { decimal, freeJson, freeObject, looseNumber, looseTimestamp, nonnegLooseNumber, timestamp } from './decimals.js';

type Order = CheckpointV2['order_state']['orders'][number];
type Fill = CheckpointV2['order_state']['fills'][number];

const symbols = ['AAPL', 'MSFT', 'BTC-USD', 'ES=F', 'Ünïcødé', '\u{1F600}'];
const currencies = ['USD', 'EUR', 'JPY', 'USDT'];

interface OrderSeed {
  symbol: string;
  side: 'buy' | 'sell';
  type: Order['type'];
  qty: number;
  status: Order['status'];
  filledPart: number;
  tif: Order['time_in_force'];
  price: string;
  trailAmount: boolean;
  parent: number;
  oco: string | null;
  fills: number;
  avg: boolean;
}

const orderSeed: fc.Arbitrary<OrderSeed> = fc.record({
  symbol: fc.constantFrom(...symbols),
  side: fc.constantFrom('buy', 'sell'),
  type: fc.constantFrom('market', 'limit', 'stop', 'stop_limit', 'trailing_stop'),
  qty: fc.integer({ min: 1, max: 1000 }),
  status: fc.constantFrom('new', 'submitted', 'partially_filled', 'filled', 'cancelled', 'rejected', 'expired'),
  filledPart: fc.double({ min: 0, max: 1, noNaN: true }),
  tif: fc.constantFrom('day', 'gtc', 'ioc', 'fok', 'gtd', 'opg', 'cls'),
  price: decimal('nonneg', 10n ** 9n),
  trailAmount: fc.boolean(),
  parent: fc.integer({ min: -3, max: 10 }),
  oco: fc.option(fc.constantFrom('oco-1', 'oco-2'), { nil: null }),
  fills: fc.integer({ min: 1, max: 3 }),
  avg: fc.boolean(),
});

function filledFor(s: OrderSeed): number {
  switch (s.status) {
    case 'new':
    case 'submitted':
    case 'rejected':
      return 0;
    case 'filled':
      return s.qty;
    case 'partially_filled':
      return s.qty < 2 ? -1 : 1 + Math.floor(s.filledPart * (s.qty - 2));
    default:
      return Math.floor(s.filledPart * (s.qty - 1));
  }
}

function buildOrder(s: OrderSeed, id: string, parentId: string | undefined, ts: string, currency: string, status?: Order['status']): Order {
  const filled = status === 'new' ? 0 : filledFor(s);
  const o: Order = {
    order_id: id,
    symbol: s.symbol,
    side: s.side,
    type: s.type,
    quantity: String(s.qty),
    time_in_force: s.tif,
    status: status ?? (filled < 0 ? 'submitted' : s.status),
    filled_quantity: String(Math.max(0, filled)),
    commission: filled > 0 ? '1.25' : '0',
    currency,
    placed_at: ts,
  };
  if (s.type === 'limit' || s.type === 'stop_limit') o.limit_price = s.price;
  if (s.type === 'stop' || s.type === 'stop_limit') o.stop_price = s.price;
  if (s.type === 'trailing_stop') {
    if (s.trailAmount) o.trail_amount = '0.5';
    else o.trail_percent = '1.5';
  }
  if (s.tif === 'gtd') o.expire_at = ts;
  if (filled > 0 && s.avg) o.avg_fill_price = s.price;
  if (parentId !== undefined) o.parent_id = parentId;
  if (s.oco) o.oco_group = s.oco;
  return o;
}

/** Orders (with parents pointing backwards only) and fills that never exceed them. */
const orderBook = (ts: string, currency: string) =>
  fc.array(orderSeed, { maxLength: 6 }).map((seeds) => {
    const orders: Order[] = [];
    const fills: Fill[] = [];
    seeds.forEach((s, i) => {
      const parent = s.parent >= 0 && s.parent < i ? `o-${s.parent}` : undefined;
      const o = buildOrder(s, `o-${i}`, parent, ts, currency);
      orders.push(o);
      let left = Number(o.filled_quantity);
      for (let k = 0; k < s.fills && left > 0; k++) {
        const q = k === s.fills - 1 ? left : Math.max(1, Math.floor(left / 2));
        left -= q;
        fills.push({ fill_id: `f-${i}-${k}`, order_id: o.order_id, symbol: o.symbol, side: o.side, quantity: String(q), price: s.price, commission: '0.5', currency, timestamp: ts });
      }
    });
    return { orders, fills };
  });

const portfolio = (currency: string) =>
  fc
    .record({
      cash: decimal('any'),
      positions: fc.dictionary(fc.constantFrom(...symbols), fc.record({ quantity: decimal('any'), avg_price: decimal('nonneg'), last: fc.option(decimal('nonneg'), { nil: undefined }) }), { maxKeys: 4 }),
      equity: fc.constantFrom('derived', 'none', 'other'),
      otherCash: fc.option(decimal('any'), { nil: undefined }),
    })
    .map(({ cash, positions, equity, otherCash }) => {
      const pos: CheckpointV2['portfolio_state']['positions'] = {};
      let total = parseDecimal(cash);
      let derivable = true;
      for (const [sym, p] of Object.entries(positions)) {
        pos[sym] = { quantity: p.quantity, avg_price: p.avg_price, currency, ...(p.last !== undefined && { last_price: p.last }) };
        if (p.last === undefined) derivable = false;
        else total = addScaled(total, mulScaled(parseDecimal(p.quantity), parseDecimal(p.last)));
      }
      const cashMap: Record<string, string> = { [currency]: cash };
      if (otherCash !== undefined) cashMap.CHF = otherCash;
      const out: CheckpointV2['portfolio_state'] = { cash: cashMap, positions: pos };
      if (derivable && equity === 'derived') out.equity = { [currency]: formatScaled(total) };
      else if (!derivable && equity !== 'none') out.equity = { [currency]: cash };
      return out;
    });

function withId<T extends { checkpoint_id: string }>(doc: Omit<T, 'checkpoint_id'>): T {
  const full = { checkpoint_id: '', ...doc } as unknown as T;
  full.checkpoint_id = checkpointId(full as unknown as Record<string, unknown>);
  return full;
}

export const v2Document: fc.Arbitrary<CheckpointV2> = fc
  .record({ ts: timestamp, created: timestamp, currency: fc.constantFrom(...currencies), name: fc.string({ minLength: 1, maxLength: 12 }), seq: fc.nat(1_000_000) })
  .chain(({ ts, created, currency, name, seq }) =>
    fc.record({ book: orderBook(ts, currency), pf: portfolio(currency), strategy: fc.option(freeObject, { nil: null }), meta: freeObject }).map(({ book, pf, strategy, meta }) =>
      withId<CheckpointV2>({
        version: '2.0',
        created_at: created,
        strategy_name: name,
        timestamp: ts,
        sequence: seq,
        portfolio_state: pf,
        order_state: book,
        strategy_state: strategy,
        metadata: meta,
      }),
    ),
  );

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

export const v3Document: fc.Arbitrary<CheckpointV3> = fc
  .record({
    v2: v2Document,
    run: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
    parent: fc.option(hex64, { nil: null }),
    rng: fc.option(fc.record({ algorithm: fc.constantFrom('mulberry32', 'xoshiro128**', 'mt19937'), state: fc.array(fc.integer({ min: 0, max: 4294967295 }), { minLength: 1, maxLength: 8 }).map((a) => a as [number, ...number[]]) }), { nil: null }),
    feeds: fc.dictionary(fc.constantFrom('AAPL.1d', 'MSFT/1m', 'a~b'), fc.record({ cursor: fc.nat(100000), last: fc.boolean() }), { maxKeys: 3 }),
    counters: fc.dictionary(fc.constantFrom('order', 'fill', 'signal'), fc.nat(100000), { maxKeys: 3 }),
    held: fc.array(orderSeed, { maxLength: 2 }),
    sstate: fc.option(fc.record({ schema: fc.constantFrom('sma_cross', 'legacy', 'x'), schema_version: fc.nat(10), data: freeJson }), { nil: null }),
    fp: fc.option(fc.record({ code: hex64, config: hex64 }), { nil: null }),
  })
  .map(({ v2, run, parent, rng, feeds, counters, held, sstate, fp }) => {
    const ts = v2.timestamp;
    const currency = Object.keys(v2.portfolio_state.cash)[0]!;
    const { checkpoint_id: _id, strategy_state: _s, version: _v, ...rest } = v2;
    return withId<CheckpointV3>({
      ...rest,
      version: '3.0',
      run_id: run,
      parent_id: parent,
      sequence: parent === null ? rest.sequence : rest.sequence + 1,
      engine_state: {
        rng,
        feeds: Object.fromEntries(Object.entries(feeds).map(([k, f]) => [k, { cursor: f.cursor, ...(f.last && { last_timestamp: ts }) }])),
        counters,
        held_orders: held.map((s, i) => buildOrder(s, `h-${i}`, undefined, ts, currency, 'new')),
      },
      strategy_state: sstate,
      fingerprint: fp,
    });
  });

// ---- format 4.0 ----

type Order4 = CheckpointV4['order_state']['orders'][number];
const TERMINAL = new Set(['filled', 'cancelled', 'rejected', 'expired']);
const maybeNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const orderLife = fc.record({
  complete: fc.boolean(),
  submitted: fc.boolean(),
  reason: fc.option(fc.record({ code: maybeNull(fc.constantFrom('insufficient_funds', 'risk_limit', 'x1')), message: maybeNull(fc.string({ maxLength: 20 })) }), { nil: undefined }),
  quantity: fc.constantFrom(undefined, '0', '-5'),
});

const riskArb = (currency: string) =>
  maybeNull(
    fc.record({
      trading_state: fc.constantFrom('active', 'halted', 'reducing') as fc.Arbitrary<'active' | 'halted' | 'reducing'>,
      peak_equity: maybeNull(decimal('any').map((d) => ({ [currency]: d }))),
      day_start_equity: maybeNull(decimal('any').map((d) => ({ [currency]: d }))),
      limits: maybeNull(
        fc.record(
          {
            initial_trading_state: fc.constantFrom('active', 'halted') as fc.Arbitrary<'active' | 'halted'>,
            position: fc.record({ max_quantity: maybeNull(decimal('any')), max_notional: maybeNull(decimal('any')) }),
            exposure: fc.record({ max_gross_pct: decimal('any'), max_net_pct: decimal('any') }),
            drawdown: fc.record({ max_daily_pct: maybeNull(decimal('any')), max_total_pct: maybeNull(decimal('any')) }),
            max_notional_per_order: fc.dictionary(fc.constantFrom(...symbols), decimal('any'), { maxKeys: 2 }),
          },
          { requiredKeys: ['initial_trading_state'] },
        ),
      ),
    }),
  );

const modelsArb = (currency: string): fc.Arbitrary<CheckpointV4['execution_model']> =>
  fc.record({
    slippage: maybeNull(
      fc.oneof(
        decimal('any').map((bps) => ({ model: 'fixed_bps' as const, bps })),
        fc.record({ model: fc.constant('probabilistic_tick' as const), probability: decimal('nonneg'), prob_fill_on_limit: decimal('nonneg') }),
        fc.record({ model: fc.constant('custom' as const), name: fc.constantFrom('volume_share', 'x'), params: freeObject }),
      ),
    ),
    commission: maybeNull(
      fc.oneof(
        fc.record({ model: fc.constantFrom('per_unit' as const, 'per_order' as const), amount: decimal('any'), currency: fc.constant(currency) }),
        fc.record({ model: fc.constant('custom' as const), name: fc.constantFrom('ib_tiered', 'x'), params: freeObject }),
      ),
    ),
    latency: maybeNull(
      fc.record(
        { profile: maybeNull(fc.constantFrom('NORMAL', 'FAST')), submit: decimal('nonneg'), fill_min: decimal('nonneg'), fill_max: decimal('nonneg'), cancel: decimal('nonneg'), modify: decimal('nonneg') },
        { requiredKeys: ['profile', 'submit', 'fill_min', 'fill_max', 'cancel'] },
      ),
    ),
  });

export const v4Document: fc.Arbitrary<CheckpointV4> = v3Document.chain((v3) => {
  const currency = Object.keys(v3.portfolio_state.cash)[0]!;
  return fc
    .record({
      life: fc.array(orderLife, { minLength: v3.order_state.orders.length, maxLength: v3.order_state.orders.length }),
      fillFlags: fc.array(fc.record({ partial: fc.option(fc.boolean(), { nil: undefined }), liquidity: fc.option(fc.constantFrom('maker', 'taker') as fc.Arbitrary<'maker' | 'taker'>, { nil: undefined }) }), {
        minLength: v3.order_state.fills.length,
        maxLength: v3.order_state.fills.length,
      }),
      initial: fc.option(decimal('any'), { nil: undefined }),
      risk: riskArb(currency),
      models: modelsArb(currency),
    })
    .map(({ life, fillFlags, initial, risk, models }) => {
      const orders: Order4[] = [];
      const completed: Order4[] = [];
      v3.order_state.orders.forEach((o3, i) => {
        const l = life[i]!;
        const o: Order4 = { ...o3 };
        if (l.submitted && o.status !== 'new') o.submitted_at = o.placed_at;
        if (o.status === 'rejected') {
          o.rejected_at = o.placed_at;
          if (l.reason) o.rejection = l.reason;
          // A refused order keeps the quantity it was given, of any sign (even when another order names it as parent).
          if (l.quantity !== undefined) o.quantity = l.quantity;
        }
        if (o.status === 'cancelled') o.cancelled_at = o.placed_at;
        (l.complete && TERMINAL.has(o.status) ? completed : orders).push(o);
      });
      const fills = v3.order_state.fills.map((f, i) => {
        const { partial, liquidity } = fillFlags[i]!;
        return { ...f, ...(partial !== undefined && { partial }), ...(liquidity !== undefined && { liquidity }) };
      });
      const { checkpoint_id: _id, version: _v, order_state: _o, ...rest } = v3;
      return withId<CheckpointV4>({
        ...rest,
        version: '4.0',
        order_state: { orders, completed, fills },
        account: { initial_cash: initial === undefined ? {} : { [currency]: initial } },
        risk,
        execution_model: models,
      });
    });
});

// ---- format 1.0 ----

type Order1 = CheckpointV1['order_state']['pending_orders'][number];
type Fill1 = CheckpointV1['order_state']['recent_fills'][number];

const side1 = fc.constantFrom('buy', 'sell', 'BUY', 'SELL') as fc.Arbitrary<Order1['side']>;
const extras = fc.dictionary(fc.constantFrom('tag', 'note', 'broker_ref', 'x'), freeJson, { maxKeys: 2 });

const order1Seed = fc.record({
  idKind: fc.constantFrom('int', 'str'),
  symbol: fc.constantFrom(...symbols),
  side: side1,
  type: fc.option(fc.constantFrom('market', 'limit', 'stop', 'stop_limit', 'MARKET', 'LIMIT', 'STOP_LIMIT'), { nil: undefined }),
  qty: fc.integer({ min: 1, max: 1000 }),
  price: nonnegLooseNumber,
  filled: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  status: fc.option(fc.constantFrom('pending', 'submitted', 'accepted', 'PARTIAL'), { nil: undefined }),
  created: fc.option(looseTimestamp, { nil: undefined }),
  nullPrice: fc.boolean(),
  extra: extras,
  fills: fc.nat(2),
  fillTs: fc.option(looseTimestamp, { nil: undefined }),
  fillId: fc.constantFrom('none', 'int', 'str', 'clash'),
});

export const v1Document: fc.Arbitrary<CheckpointV1> = fc
  .record({
    ts: looseTimestamp,
    created: looseTimestamp,
    name: fc.string({ minLength: 1, maxLength: 12 }),
    cash: looseNumber,
    equity: looseNumber,
    positions: fc.dictionary(
      fc.constantFrom(...symbols),
      fc.oneof(looseNumber, fc.record({ quantity: looseNumber, avg_price: nonnegLooseNumber, last_price: nonnegLooseNumber }, { requiredKeys: ['quantity'] })),
      { maxKeys: 3 },
    ),
    orders: fc.array(order1Seed, { maxLength: 5 }),
    closedFills: fc.array(fc.record({ symbol: fc.constantFrom(...symbols), side: side1, qty: looseNumber.map((n) => Math.abs(n) + 1), price: nonnegLooseNumber, commission: fc.option(nonnegLooseNumber, { nil: undefined }) }), { maxLength: 3 }),
    strategy: fc.option(freeObject, { nil: null }),
    meta: freeObject,
  })
  .map(({ ts, created, name, cash, equity, positions, orders, closedFills, strategy, meta }) => {
    const pending: Order1[] = [];
    const fills: Fill1[] = [];
    orders.forEach((s, i) => {
      const type = s.type;
      const lower = (type ?? 'market').toLowerCase();
      const o: Order1 = { ...s.extra, order_id: s.idKind === 'int' ? i : `ord-${i}`, symbol: s.symbol, side: s.side, quantity: s.qty };
      if (type !== undefined) o.order_type = type;
      if (lower === 'limit' || lower === 'stop_limit') o.limit_price = s.price;
      else if (s.nullPrice) o.limit_price = null;
      if (lower === 'stop' || lower === 'stop_limit') o.stop_price = s.price;
      const filled = s.filled === undefined ? undefined : Math.floor(s.filled * s.qty);
      if (filled !== undefined) o.filled_quantity = filled;
      if (s.status !== undefined) o.status = s.status;
      if (s.created !== undefined) o.created_at = s.created;
      pending.push(o);
      let left = filled ?? s.qty;
      for (let k = 0; k < s.fills && left > 0; k++) {
        const q = Math.max(1, Math.floor(left / 2));
        left -= q;
        const f: Fill1 = { order_id: o.order_id, symbol: s.symbol, side: k % 2 ? (s.side.toLowerCase() as Fill1['side']) : s.side, quantity: q, price: s.price };
        if (s.fillId === 'int') f.fill_id = 1000 + fills.length;
        if (s.fillId === 'str') f.fill_id = `F${fills.length}`;
        if (s.fillId === 'clash') f.fill_id = `fill-${fills.length + 1}`;
        if (s.fillTs !== undefined) f.timestamp = s.fillTs;
        if (k === 1) f.commission = 0.35;
        fills.push(f);
      }
    });
    closedFills.forEach((c, j) => {
      const f: Fill1 = { order_id: `closed-${j}`, symbol: c.symbol, side: c.side, quantity: c.qty, price: c.price };
      if (c.commission !== undefined) f.commission = c.commission;
      fills.push(f);
    });
    return withId<CheckpointV1>({
      version: '1.0',
      created_at: created,
      strategy_name: name,
      timestamp: ts,
      portfolio_state: { cash, positions, equity },
      order_state: { pending_orders: pending, recent_fills: fills },
      strategy_state: strategy,
      metadata: meta,
    });
  });

const WRITTEN: Partial<Record<string, fc.Arbitrary<AnyCheckpoint>>> = { '1.0': v1Document, '2.0': v2Document, '3.0': v3Document, '4.0': v4Document };

const memo = new Map<string, fc.Arbitrary<AnyCheckpoint>>();
/** Valid documents of `version`: its hand-written arbitrary, or the previous version's documents upgraded. */
export function documentOf(version: VersionString): fc.Arbitrary<AnyCheckpoint> {
  const known = memo.get(version);
  if (known) return known;
  const i = FORMAT_VERSIONS.findIndex((f) => f.version === version);
  if (i < 0) throw new Error(`no format version ${version}`);
  const arb = WRITTEN[version] ?? documentOf(FORMAT_VERSIONS[i - 1]!.version).map((d) => upgrade(d, { to: version }).document);
  memo.set(version, arb);
  return arb;
}

/** A valid document of the latest version. */
export const latestDocument = documentOf(LATEST_VERSION_STRING) as fc.Arbitrary<Checkpoint>;

/** A valid document of any known version. */
export const anyDocument: fc.Arbitrary<AnyCheckpoint> = fc.oneof(...FORMAT_VERSIONS.map((f) => documentOf(f.version)));
