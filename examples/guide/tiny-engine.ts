// The user guide's engine (docs/engine-guide.md quotes it region by region): the smallest complete
// Checkpointable engine. One symbol, prices given as data, a streak strategy (buy after N rising
// closes, sell after N falling ones), market orders that fill at the next bar with a random cent of
// slippage from mulberry32, exact money in integer cents.
// #region imports
import { CheckpointError, strategyFingerprint, type Checkpoint, type Checkpointable, type EngineSnapshot, type StrategyIdentity } from '../../src/index.js';
import { migrateStreak } from './versions.js';
// #endregion imports

// #region rng
/** mulberry32: the whole generator state is one uint32 word, which the checkpoint stores. */
class Mulberry32 {
  constructor(public state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
}
// #endregion rng

type Order = Checkpoint['order_state']['orders'][number];
type Fill = Checkpoint['order_state']['fills'][number];

export interface TinyConfig {
  readonly symbol: string;
  readonly seed: number;
  /** Rising (falling) closes in a row that make the strategy buy (sell). */
  readonly streak: number;
}

const cents = (s: string): bigint => {
  const negative = s.startsWith('-');
  const [whole, frac = ''] = (negative ? s.slice(1) : s).split('.');
  const c = BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'));
  return negative ? -c : c;
};
const text = (c: bigint): string => {
  const sign = c < 0n ? '-' : '';
  const a = c < 0n ? -c : c;
  const frac = (a % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${sign}${a / 100n}${frac ? '.' + frac : ''}`;
};
const START = Date.parse('2024-03-01T14:30:00Z');
const minute = (i: number): string => new Date(START + i * 60_000).toISOString().replace('.000Z', 'Z');

// #region identity
export class TinyEngine implements Checkpointable {
  readonly strategy: StrategyIdentity;

  constructor(
    private readonly prices: readonly string[],
    private readonly config: TinyConfig,
  ) {
    this.strategy = {
      name: 'streak',
      // Bump the code tag whenever the logic changes; the config covers every parameter and the data.
      fingerprint: strategyFingerprint({ code: 'tiny-engine 1', config: { ...config, prices } }),
      state: { schema: 'streak', version: 2, migrate: migrateStreak },
    };
    this.#rng = new Mulberry32(config.seed >>> 0);
  }
  // #endregion identity

  // #region state
  #rng: Mulberry32;
  #cursor = 0;
  #nextOrder = 1;
  #cash = 1_000_000n; // cents
  #qty = 0n;
  #entry = 0n;
  #orders: Order[] = [];
  #fills: Fill[] = [];
  #ups = 0;
  #downs = 0;
  // #endregion state

  get barsProcessed(): number {
    return this.#cursor;
  }

  step(): boolean {
    if (this.#cursor >= this.prices.length) return false;
    const i = this.#cursor++;
    const price = cents(this.prices[i]!);
    for (const o of this.#orders) if (o.status === 'submitted') this.#fill(o, price, minute(i));
    if (i > 0) {
      const prev = cents(this.prices[i - 1]!);
      this.#ups = price > prev ? this.#ups + 1 : 0;
      this.#downs = price < prev ? this.#downs + 1 : 0;
    }
    const working = this.#orders.some((o) => o.status === 'submitted');
    if (!working && this.#qty === 0n && this.#ups >= this.config.streak) this.#order('buy', minute(i));
    if (!working && this.#qty > 0n && this.#downs >= this.config.streak) this.#order('sell', minute(i));
    return true;
  }

  #order(side: 'buy' | 'sell', at: string): void {
    const id = `o${this.#nextOrder++}`;
    this.#orders.push({ order_id: id, symbol: this.config.symbol, side, type: 'market', quantity: '1', time_in_force: 'gtc', status: 'submitted', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: at });
  }

  #fill(o: Order, open: bigint, at: string): void {
    const slip = BigInt(this.#rng.next() % 2); // 0 or 1 cent against the order
    const price = o.side === 'buy' ? open + slip : open - slip;
    this.#cash += o.side === 'buy' ? -price : price;
    this.#qty += o.side === 'buy' ? 1n : -1n;
    this.#entry = this.#qty === 0n ? 0n : price;
    Object.assign(o, { status: 'filled', filled_quantity: '1', avg_fill_price: text(price) });
    this.#fills.push({ fill_id: `f${this.#fills.length + 1}`, order_id: o.order_id, symbol: o.symbol, side: o.side, quantity: '1', price: text(price), commission: '0', currency: 'USD', timestamp: at });
  }

  // #region extract
  extract(): EngineSnapshot {
    const last = this.#cursor === 0 ? undefined : minute(this.#cursor - 1);
    return structuredClone({
      timestamp: last ?? minute(0),
      portfolio_state: {
        cash: { USD: text(this.#cash) },
        positions: this.#qty === 0n ? {} : { [this.config.symbol]: { quantity: this.#qty.toString(), avg_price: text(this.#entry), currency: 'USD' } },
      },
      order_state: { orders: this.#orders, fills: this.#fills },
      engine_state: {
        rng: { algorithm: 'mulberry32', state: [this.#rng.state] },
        feeds: { [this.config.symbol]: last === undefined ? { cursor: 0 } : { cursor: this.#cursor, last_timestamp: last } },
        counters: { order: this.#nextOrder },
        held_orders: [],
      },
      strategy_data: { ups: this.#ups, downs: this.#downs },
      metadata: {},
    });
  }
  // #endregion extract

  // #region restore
  restore(s: EngineSnapshot): void {
    const rng = s.engine_state.rng;
    const feed = s.engine_state.feeds[this.config.symbol];
    if (rng?.algorithm !== 'mulberry32' || rng.state.length !== 1) {
      throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: '/engine_state/rng', message: 'this engine needs a mulberry32 generator state' });
    }
    if (feed === undefined || feed.cursor > this.prices.length) {
      throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: '/engine_state/feeds', message: `no valid cursor for ${this.config.symbol}` });
    }
    const data = s.strategy_data as { ups: number; downs: number };
    const pos = s.portfolio_state.positions[this.config.symbol];
    this.#rng = new Mulberry32(rng.state[0]);
    this.#cursor = feed.cursor;
    this.#nextOrder = s.engine_state.counters.order ?? 1;
    this.#cash = cents(s.portfolio_state.cash.USD ?? '0');
    this.#qty = pos === undefined ? 0n : BigInt(pos.quantity);
    this.#entry = pos === undefined ? 0n : cents(pos.avg_price);
    this.#orders = s.order_state.orders;
    this.#fills = s.order_state.fills;
    this.#ups = data.ups;
    this.#downs = data.downs;
  }
  // #endregion restore
}
