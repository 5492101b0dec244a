// The benchmark corpus: real, valid latest-format checkpoints generated deterministically, in the three
// sizes issue 2 names — small (~3 KB), medium (~300 KB: 500 positions, 1,000 fills) and large (~20 MB:
// 1e6 indicator values in strategy state).
import { createCheckpoint, stateFromSnapshot, type Checkpoint, type EngineSnapshot, type StrategyIdentity } from '../src/index.js';
import { formatScaled } from '../src/util/decimal.js';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const money = (r: () => number, max: number, scale = 2) => formatScaled({ units: BigInt(Math.floor(r() * max * 10 ** scale)), scale });

export interface CorpusOptions {
  readonly positions: number;
  readonly fills: number;
  readonly indicatorValues: number;
  readonly seed?: number;
}

/** The bench corpus's engine state; benchCheckpoint makes it a checkpoint. */
export function benchSnapshot({ positions, fills, indicatorValues, seed = 1 }: CorpusOptions): EngineSnapshot {
  const r = prng(seed);
  const pos: EngineSnapshot['portfolio_state']['positions'] = {};
  const symbols: string[] = [];
  for (let i = 0; i < positions; i++) {
    const symbol = `SYM${String(i).padStart(4, '0')}`;
    symbols.push(symbol);
    pos[symbol] = { quantity: String(Math.floor(r() * 2000) - 1000), avg_price: money(r, 500), currency: 'USD' };
  }
  if (symbols.length === 0) symbols.push('AAPL');
  const orders: EngineSnapshot['order_state']['orders'] = [];
  const fillList: EngineSnapshot['order_state']['fills'] = [];
  // Four fills per filled order, as partial executions of larger orders usually are.
  for (let i = 0; i < fills; i += 4) {
    const symbol = symbols[(i / 4) % symbols.length]!;
    const side = r() < 0.5 ? 'buy' : 'sell';
    const price = money(r, 500);
    const n = Math.min(4, fills - i);
    const each = 1 + Math.floor(r() * 100);
    const qty = String(each * n);
    const id = `o-${i / 4}`;
    orders.push({ order_id: id, symbol, side, type: 'market', quantity: qty, time_in_force: 'day', status: 'filled', filled_quantity: qty, avg_fill_price: price, commission: String(n), currency: 'USD', placed_at: '2024-03-15T14:30:00Z' });
    for (let k = 0; k < n; k++) {
      fillList.push({ fill_id: `f-${i + k}`, order_id: id, symbol, side, quantity: String(each), price, commission: '1', currency: 'USD', timestamp: '2024-03-15T14:30:01.5Z' });
    }
  }
  const series = Math.max(1, Math.ceil(indicatorValues / 100_000));
  const data: Record<string, number[]> = {};
  for (let s = 0; s < series && indicatorValues > 0; s++) {
    const n = Math.min(100_000, indicatorValues - s * 100_000);
    const values = new Array<number>(n);
    for (let i = 0; i < n; i++) values[i] = r() * 1000;
    data[`sma_${s}`] = values;
  }
  const snapshot: EngineSnapshot = {
    timestamp: '2024-03-15T20:00:00Z',
    portfolio_state: { cash: { USD: money(r, 1e6) }, positions: pos },
    order_state: { orders, fills: fillList },
    engine_state: { rng: { algorithm: 'mulberry32', state: [seed] }, feeds: { 'AAPL.1d': { cursor: 1000 } }, counters: { order: fills }, held_orders: [] },
    strategy_data: { indicators: data, note: 'Zürich ✓ \u{1F600}' },
    metadata: { purpose: 'benchmark' },
  };
  return snapshot;
}

export const BENCH_STRATEGY: StrategyIdentity = { name: 'bench', fingerprint: null, state: { schema: 'bench', version: 1 } };

export function benchCheckpoint(options: CorpusOptions): Checkpoint {
  return createCheckpoint(stateFromSnapshot(benchSnapshot(options), BENCH_STRATEGY, { run: 'bench-run', parent: null, sequence: 0 }), { createdAt: '2024-03-15T20:00:01Z' });
}

export interface NamedCheckpoint {
  readonly name: string;
  readonly doc: Checkpoint;
}

export function benchCorpus(): NamedCheckpoint[] {
  return [
    { name: 'small', doc: benchCheckpoint({ positions: 3, fills: 4, indicatorValues: 40 }) },
    { name: 'medium', doc: benchCheckpoint({ positions: 500, fills: 1000, indicatorValues: 0 }) },
    { name: 'large', doc: benchCheckpoint({ positions: 50, fills: 100, indicatorValues: 1_000_000 }) },
  ];
}
