// The reference backtest engine: deterministic and event-driven. Bars of every symbol are merged in
// time order (ties in configuration order); on each bar the engine expires the symbol's day orders
// from earlier sessions, fills its working orders (market at the open, limits at their price or
// better, stops when touched; market and stop fills slip by a random number of ticks drawn from
// xoshiro128**), marks the position, then runs the strategy.
// It implements Checkpointable: extract() and restore() cover portfolio, orders (working, filled,
// cancelled and held bracket legs), fills, generator state, feed cursors, id counters and strategy state.
import { CheckpointError, strategyFingerprint, type Checkpoint, type Checkpointable, type EngineSnapshot, type StrategyIdentity } from '../../src/index.js';
import { checkConfig, type BacktestConfig } from './config.js';
import { feedName, generateBars, sessionStart, type Bar } from './data.js';
import { add, cents, cmp, dec, divRound, floorDiv, fmt, int, max, mul, neg, round, sub, type Scaled } from './money.js';
import { XOSHIRO_ALGORITHM, Xoshiro128 } from './prng.js';
import { migrateState, SmaCrossover, STATE_SCHEMA, STATE_VERSION, STRATEGY_NAME, type StrategyContext } from './strategy.js';

type Order = Checkpoint['order_state']['orders'][number];
type Fill = Checkpoint['order_state']['fills'][number];

/**
 * Identifies the engine and strategy logic for the code fingerprint. Bump it whenever matching,
 * costs or the strategy change, so old checkpoints are refused instead of resumed by different code.
 * (A version tag rather than the module bytes: the tests run the TypeScript source and the demo the
 * compiled JavaScript, and both must accept each other's checkpoints.)
 */
export const CODE_VERSION = 'state-checkpoint reference backtest 1; sma-crossover 2';

interface Position {
  qty: bigint;
  avg: Scaled;
  last: Scaled;
}

const AVG_PRICE_PLACES = 6;

/** The smallest whole-cent price at or above `a`. */
function ceilCents(a: Scaled): Scaled {
  const c = -floorDiv(neg(a), cents(1n));
  return cents(c);
}

function mismatch(pointer: string, message: string): never {
  throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer, message, hint: 'resume with the backtest configuration that wrote the checkpoint' });
}

export class BacktestEngine implements Checkpointable {
  readonly config: BacktestConfig;
  readonly strategy: StrategyIdentity;
  readonly totalBars: number;
  readonly #feeds: { name: string; symbol: string; bars: Bar[] }[];
  readonly #strategy: SmaCrossover;
  readonly #ctx: StrategyContext;
  readonly #perShare: Scaled;
  readonly #minCommission: Scaled;

  // The state: everything below is in every checkpoint.
  #rng: Xoshiro128;
  #cursors: number[];
  #clock: string;
  #counters = { order: 1, fill: 1 };
  #cash: Scaled;
  #positions = new Map<string, Position>();
  #orders: Order[] = [];
  #fills: Fill[] = [];
  #held: Order[] = [];
  // Derived from #orders (status submitted, placement order); rebuilt on restore.
  #working: Order[] = [];

  constructor(config: BacktestConfig) {
    checkConfig(config);
    this.config = structuredClone(config);
    const data = generateBars(this.config);
    this.#feeds = this.config.symbols.map((s) => ({ name: feedName(s.symbol), symbol: s.symbol, bars: data.get(feedName(s.symbol))! }));
    this.totalBars = this.#feeds.reduce((n, f) => n + f.bars.length, 0);
    this.#strategy = new SmaCrossover(this.config.strategy, this.config.symbols.map((s) => s.symbol));
    this.strategy = {
      name: STRATEGY_NAME,
      fingerprint: strategyFingerprint({ code: CODE_VERSION, config: this.config }),
      state: { schema: STATE_SCHEMA, version: STATE_VERSION, migrate: migrateState },
    };
    this.#perShare = dec(this.config.commission.per_share);
    this.#minCommission = dec(this.config.commission.minimum);
    this.#rng = Xoshiro128.fromSeed(this.config.seed);
    this.#cursors = this.#feeds.map(() => 0);
    this.#clock = sessionStart(this.config);
    this.#cash = dec(this.config.initial_cash);
    this.#ctx = {
      position: (symbol) => this.#positions.get(symbol)?.qty ?? 0n,
      hasOpenOrders: (symbol) => this.#working.some((o) => o.symbol === symbol) || this.#held.some((o) => o.symbol === symbol),
      enterLong: (symbol, close) => this.#enterLong(symbol, close),
      exitLong: (symbol) => this.#exitLong(symbol),
    };
  }

  /** Bars delivered so far, over all feeds. */
  get barsProcessed(): number {
    return this.#cursors.reduce((a, b) => a + b, 0);
  }

  get done(): boolean {
    return this.#feeds.every((f, i) => this.#cursors[i]! >= f.bars.length);
  }

  /** Processes the next bar; false when every feed is exhausted. */
  step(): boolean {
    let best = -1;
    let bestTime = '';
    for (let i = 0; i < this.#feeds.length; i++) {
      const bar = this.#feeds[i]!.bars[this.#cursors[i]!];
      if (bar !== undefined && (best < 0 || bar.time < bestTime)) {
        best = i;
        bestTime = bar.time;
      }
    }
    if (best < 0) return false;
    const feed = this.#feeds[best]!;
    const bar = feed.bars[this.#cursors[best]!]!;
    this.#cursors[best]!++;
    if (bar.time > this.#clock) this.#clock = bar.time;
    this.#match(feed.symbol, bar);
    const pos = this.#positions.get(feed.symbol);
    if (pos !== undefined) pos.last = cents(bar.close);
    this.#strategy.onBar(this.#ctx, feed.symbol, bar.close);
    return true;
  }

  // ---- orders -------------------------------------------------------------------------------------

  #newOrder(symbol: string, side: 'buy' | 'sell', type: 'market' | 'limit' | 'stop', qty: bigint, extra: Partial<Order>): Order {
    return {
      order_id: `o-${this.#counters.order++}`,
      symbol,
      side,
      type,
      quantity: qty.toString(),
      // Market orders fill at the next bar's open, even across a session break, so they never expire.
      time_in_force: 'gtc',
      status: 'submitted',
      filled_quantity: '0',
      commission: '0',
      currency: this.config.currency,
      placed_at: this.#clock,
      ...extra,
    };
  }

  #submit(order: Order): void {
    this.#orders.push(order);
    this.#working.push(order);
  }

  #equity(): Scaled {
    let total = this.#cash;
    for (const p of this.#positions.values()) total = add(total, mul(int(p.qty), p.last));
    return total;
  }

  #enterLong(symbol: string, close: bigint): void {
    const s = this.config.strategy;
    const trigger = ceilCents(mul(cents(close), add(int(1n), dec(s.breakout))));
    const qty = floorDiv(mul(this.#equity(), dec(s.allocation)), trigger);
    if (qty <= 0n) return;
    const entry = this.#newOrder(symbol, 'buy', 'stop', qty, { stop_price: fmt(trigger), time_in_force: 'day' });
    this.#submit(entry);
    const oco = `oco-${entry.order_id}`;
    const stop = round(mul(trigger, sub(int(1n), dec(s.stop_loss))), 2);
    const take = round(mul(trigger, add(int(1n), dec(s.take_profit))), 2);
    // The bracket legs wait, unsubmitted, until the entry fills: they are the engine's held orders.
    this.#held.push(
      this.#newOrder(symbol, 'sell', 'stop', qty, { status: 'new', stop_price: fmt(max(stop, cents(1n))), parent_id: entry.order_id, oco_group: oco }),
      this.#newOrder(symbol, 'sell', 'limit', qty, { status: 'new', limit_price: fmt(take), parent_id: entry.order_id, oco_group: oco }),
    );
  }

  #exitLong(symbol: string): void {
    for (const o of [...this.#working]) if (o.symbol === symbol) this.#cancel(o);
    for (const o of [...this.#held]) if (o.symbol === symbol) this.#cancel(o);
    const qty = this.#positions.get(symbol)?.qty ?? 0n;
    if (qty > 0n) this.#submit(this.#newOrder(symbol, 'sell', 'market', qty, {}));
  }

  #cancel(order: Order, status: 'cancelled' | 'expired' = 'cancelled'): void {
    order.status = status;
    const w = this.#working.indexOf(order);
    if (w >= 0) this.#working.splice(w, 1);
    const h = this.#held.indexOf(order);
    if (h >= 0) {
      // A held order the broker never saw still ends up in the order history, as cancelled.
      this.#held.splice(h, 1);
      this.#orders.push(order);
    }
  }

  #slip(): Scaled {
    return cents(BigInt(this.#rng.below(this.config.max_slippage_ticks + 1)));
  }

  /** Fills the symbol's orders that were working before this bar. */
  #match(symbol: string, bar: Bar): void {
    const open = cents(bar.open);
    const high = cents(bar.high);
    const low = cents(bar.low);
    // Day orders end with their session; their held bracket legs go with them.
    const day = bar.time.slice(0, 10);
    for (const o of this.#working.filter((w) => w.symbol === symbol && w.time_in_force === 'day' && w.placed_at.slice(0, 10) < day)) {
      this.#cancel(o, 'expired');
      for (const child of this.#held.filter((h) => h.parent_id === o.order_id)) this.#cancel(child);
    }
    // Orders activated during this bar (bracket legs of an entry filled now) trade from the next bar.
    const candidates = this.#working.filter((o) => o.symbol === symbol);
    for (const o of candidates) {
      if (o.status !== 'submitted') continue; // cancelled earlier in this bar by its OCO sibling
      const buy = o.side === 'buy';
      let price: Scaled | undefined;
      if (o.type === 'market') {
        price = buy ? add(open, this.#slip()) : sub(open, this.#slip());
      } else if (o.type === 'limit') {
        const limit = dec(o.limit_price!);
        if (buy && cmp(low, limit) <= 0) price = cmp(open, limit) < 0 ? open : limit;
        if (!buy && cmp(high, limit) >= 0) price = cmp(open, limit) > 0 ? open : limit;
      } else {
        const stop = dec(o.stop_price!);
        if (buy && cmp(high, stop) >= 0) price = add(cmp(open, stop) > 0 ? open : stop, this.#slip());
        if (!buy && cmp(low, stop) <= 0) price = sub(cmp(open, stop) < 0 ? open : stop, this.#slip());
      }
      if (price !== undefined) this.#fill(o, max(price, cents(1n)), bar.time);
    }
  }

  #fill(order: Order, price: Scaled, time: string): void {
    const qty = BigInt(order.quantity);
    const notional = mul(int(qty), price);
    const commission = max(this.#minCommission, mul(int(qty), this.#perShare));
    const buy = order.side === 'buy';
    this.#cash = buy ? sub(this.#cash, add(notional, commission)) : sub(add(this.#cash, notional), commission);
    this.#applyToPosition(order.symbol, buy ? qty : -qty, price);
    order.status = 'filled';
    order.filled_quantity = order.quantity;
    order.avg_fill_price = fmt(price);
    order.commission = fmt(commission);
    this.#fills.push({
      fill_id: `f-${this.#counters.fill++}`,
      order_id: order.order_id,
      symbol: order.symbol,
      side: order.side,
      quantity: order.quantity,
      price: fmt(price),
      commission: fmt(commission),
      currency: order.currency,
      timestamp: time,
    });
    this.#working.splice(this.#working.indexOf(order), 1);
    if (order.oco_group !== undefined) {
      for (const o of [...this.#working, ...this.#held]) if (o.oco_group === order.oco_group) this.#cancel(o);
    }
    for (const child of this.#held.filter((o) => o.parent_id === order.order_id)) {
      this.#held.splice(this.#held.indexOf(child), 1);
      child.status = 'submitted';
      this.#submit(child);
    }
  }

  #applyToPosition(symbol: string, delta: bigint, price: Scaled): void {
    const pos = this.#positions.get(symbol);
    if (pos === undefined) {
      this.#positions.set(symbol, { qty: delta, avg: price, last: price });
      return;
    }
    const qty = pos.qty + delta;
    if (qty === 0n) {
      this.#positions.delete(symbol);
      return;
    }
    const sameWay = (pos.qty > 0n) === (delta > 0n);
    if (sameWay) {
      const abs = (n: bigint) => (n < 0n ? -n : n);
      pos.avg = divRound(add(mul(int(abs(pos.qty)), pos.avg), mul(int(abs(delta)), price)), int(abs(qty)), AVG_PRICE_PLACES);
    } else if ((qty > 0n) !== (pos.qty > 0n)) {
      pos.avg = price; // flipped through zero: the remainder opened at this price
    }
    pos.qty = qty;
  }

  // ---- Checkpointable -----------------------------------------------------------------------------

  extract(): EngineSnapshot {
    const positions: Checkpoint['portfolio_state']['positions'] = {};
    for (const [symbol, p] of this.#positions) {
      positions[symbol] = { quantity: p.qty.toString(), avg_price: fmt(p.avg), currency: this.config.currency, last_price: fmt(p.last) };
    }
    const feeds: Checkpoint['engine_state']['feeds'] = {};
    this.#feeds.forEach((f, i) => {
      const cursor = this.#cursors[i]!;
      feeds[f.name] = cursor === 0 ? { cursor } : { cursor, last_timestamp: f.bars[cursor - 1]!.time };
    });
    return structuredClone({
      timestamp: this.#clock,
      portfolio_state: { cash: { [this.config.currency]: fmt(this.#cash) }, positions, equity: { [this.config.currency]: fmt(this.#equity()) } },
      order_state: { orders: this.#orders, fills: this.#fills },
      engine_state: {
        rng: { algorithm: XOSHIRO_ALGORITHM, state: this.#rng.state() as [number, ...number[]] },
        feeds,
        counters: { ...this.#counters },
        held_orders: this.#held,
      },
      strategy_data: this.#strategy.save(),
      metadata: { engine: 'state-checkpoint reference backtest', bars_processed: this.barsProcessed },
    });
  }

  restore(snap: EngineSnapshot): void {
    const cur = this.config.currency;
    const es = snap.engine_state;
    if (es.rng === null || es.rng.algorithm !== XOSHIRO_ALGORITHM) mismatch('/engine_state/rng', `the checkpoint's random generator is ${es.rng === null ? 'missing' : JSON.stringify(es.rng.algorithm)}; this engine uses ${XOSHIRO_ALGORITHM}`);
    const rng = Xoshiro128.fromState(es.rng.state) ?? mismatch('/engine_state/rng/state', `${XOSHIRO_ALGORITHM} state is four uint32 words, not all zero`);
    const cursors = this.#feeds.map((f) => {
      const at = `/engine_state/feeds/${f.name}`;
      const feed = es.feeds[f.name] ?? mismatch(at, `the checkpoint has no cursor for feed ${f.name}`);
      if (feed.cursor > f.bars.length) mismatch(`${at}/cursor`, `cursor ${feed.cursor} is past the end of feed ${f.name} (${f.bars.length} bars)`);
      const expected = feed.cursor === 0 ? undefined : f.bars[feed.cursor - 1]!.time;
      if (feed.last_timestamp !== expected) {
        mismatch(`${at}/last_timestamp`, `feed ${f.name} at cursor ${feed.cursor} last delivered a bar at ${expected ?? '(none)'}, but the checkpoint says ${feed.last_timestamp ?? '(none)'}: the market data differs`);
      }
      return feed.cursor;
    });
    for (const name of Object.keys(es.feeds)) if (!this.#feeds.some((f) => f.name === name)) mismatch(`/engine_state/feeds/${name}`, `feed ${name} is not part of this backtest`);
    const order = es.counters.order ?? mismatch('/engine_state/counters', 'the checkpoint lacks the "order" id counter');
    const fill = es.counters.fill ?? mismatch('/engine_state/counters', 'the checkpoint lacks the "fill" id counter');
    const counters = { order, fill };
    const symbols = new Set(this.config.symbols.map((s) => s.symbol));
    const ps = snap.portfolio_state;
    const cashText = ps.cash[cur] ?? mismatch(`/portfolio_state/cash`, `no ${cur} cash balance`);
    if (Object.keys(ps.cash).length !== 1) mismatch('/portfolio_state/cash', `this backtest holds only ${cur}`);
    const positions = new Map<string, Position>();
    for (const [symbol, p] of Object.entries(ps.positions)) {
      const at = `/portfolio_state/positions/${symbol}`;
      if (!symbols.has(symbol)) mismatch(at, `position in ${symbol}, which this backtest does not trade`);
      if (p.currency !== cur || p.last_price === undefined || !/^-?[1-9][0-9]*$/.test(p.quantity)) mismatch(at, `positions are whole ${cur} quantities with a last_price`);
      positions.set(symbol, { qty: BigInt(p.quantity), avg: dec(p.avg_price), last: dec(p.last_price) });
    }
    const orders = snap.order_state.orders;
    for (const [i, o] of [...orders, ...es.held_orders].entries()) {
      if (!symbols.has(o.symbol) || o.currency !== cur) mismatch(i < orders.length ? `/order_state/orders/${i}` : `/engine_state/held_orders/${i - orders.length}`, `order ${o.order_id} is for ${o.symbol} in ${o.currency}, which this backtest does not trade`);
    }
    this.#strategy.load(snap.strategy_data);
    this.#rng = rng;
    this.#cursors = cursors;
    this.#clock = snap.timestamp;
    this.#counters = counters;
    this.#cash = dec(cashText);
    this.#positions = positions;
    this.#orders = structuredClone(orders);
    this.#fills = structuredClone(snap.order_state.fills);
    this.#held = structuredClone(es.held_orders);
    this.#working = this.#orders.filter((o) => o.status === 'submitted');
  }
}
