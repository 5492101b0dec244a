// The benchmark corpus: real, valid latest-format checkpoints generated deterministically, in the three
// sizes issue 2 names — small (~3 KB), medium (~300 KB: 500 positions, 1,000 fills) and large (~20 MB:
// 1e6 indicator values in strategy state).
import { createCheckpoint, serializeCheckpoint, stateFromSnapshot, type Checkpoint, type EngineSnapshot, type StrategyIdentity } from '../src/index.js';
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

// The realistic set (issue 16): what other producers and real strategies write, which the set above flatters.
// - numbers: returns of a random walk and other computed doubles (0.1 * 3 = 0.30000000000000004), magnitudes
//   below 1e-6 and from 1e21 (written with an exponent), so the shortest spellings have 16–17 digits or an "e";
// - non-ASCII metadata (names, notes), which Python writes as \u escapes;
// - files laid out by other producers: Python's json.dump(indent=2) (insertion order, ", " and ": " separators,
//   ensure_ascii, Python's float repr) and a writer that spells every double with 17 significant digits (%.17g).

/** Strategy state as a research stack leaves it: returns, an equity curve, fitted parameters. */
function realisticStrategyData(r: () => number, returns: number): Record<string, unknown> {
  const rets = new Array<number>(returns);
  let price = 100;
  for (let i = 0; i < returns; i++) {
    const next = price * (1 + (r() - 0.5) * 0.02);
    rets[i] = (next - price) / price;
    price = next;
  }
  // Insertion order is not canonical order: producers that keep it write members unsorted.
  return {
    window: 20,
    returns: rets,
    last_price: price,
    params: { weight: 0.1 * 3, epsilon: 1e-9, decay: 0.94 ** 7, min_var: 3.2e-8 * r(), notional_cap: 1.5e22, scale: 6.02214076e23, lr: 1 / 3 },
    equity: rets.slice(0, Math.min(returns, 50)).map((x, i) => 1e6 * (1 + x) ** i),
    note: 'Kalman-Filter für Zürich – ½ Kelly, 日本株 ✓ \u{1F4C8}',
  };
}

function realisticCheckpoint(options: Omit<CorpusOptions, 'indicatorValues'> & { readonly returns: number }): Checkpoint {
  const snap = benchSnapshot({ ...options, indicatorValues: 0 });
  const r = prng((options.seed ?? 1) + 77);
  const snapshot: EngineSnapshot = {
    ...snap,
    strategy_data: realisticStrategyData(r, options.returns),
    metadata: { purpose: 'research', desk: 'Zürich', owner: 'José Müller', venue: '東京証券取引所', sharpe: 1.7320508075688772, max_drawdown: -0.123456789012345 },
  };
  return createCheckpoint(stateFromSnapshot(snapshot, BENCH_STRATEGY, { run: 'bench-run', parent: null, sequence: 0 }), { createdAt: '2024-03-15T20:00:01Z' });
}

/** How a realistic file is laid out. */
export type Layout = 'canonical' | 'python-indent-2' | 'digits-17';

export interface RealisticFile {
  readonly name: string;
  readonly layout: Layout;
  readonly doc: Checkpoint;
  readonly bytes: Buffer;
}

/** Python's float repr: the shortest round-trip digits, with an exponent below 1e-4 and from 1e16 ("1e-05"). */
function pythonNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n); // a Python int
  const [mantissa, exp] = n.toExponential().split('e') as [string, string];
  const e = Number(exp);
  if (e >= -4 && e < 16) return String(n); // integral values in this range were written as ints above
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

/** json.dumps(value, indent=2) as CPython writes it (ensure_ascii=True, insertion order), plus a final newline. */
export function pythonJson(value: unknown): string {
  const ascii = (s: string): string => JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const write = (v: unknown, indent: string): string => {
    if (typeof v === 'number') return pythonNumber(v);
    if (typeof v === 'string') return ascii(v);
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    const inner = `${indent}  `;
    if (Array.isArray(v)) return v.length === 0 ? '[]' : `[\n${v.map((e) => inner + write(e, inner)).join(',\n')}\n${indent}]`;
    const entries = Object.entries(v);
    return entries.length === 0 ? '{}' : `{\n${entries.map(([k, e]) => `${inner}${ascii(k)}: ${write(e, inner)}`).join(',\n')}\n${indent}}`;
  };
  return `${write(value, '')}\n`;
}

/** Canonical layout, every non-integer spelled with 17 significant digits (C's %.17g, trailing zeros dropped). */
function digits17Json(value: unknown): string {
  const write = (v: unknown): string => {
    if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : v.toPrecision(17).replace(/\.?0+(?=e|$)/, '');
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${write((v as Record<string, unknown>)[k])}`).join(',')}}`;
  };
  return `${write(value)}\n`;
}

function layOut(doc: Checkpoint, layout: Layout): Buffer {
  if (layout === 'python-indent-2') return Buffer.from(pythonJson(doc), 'utf8');
  if (layout === 'digits-17') return Buffer.from(digits17Json(doc), 'utf8');
  return Buffer.from(serializeCheckpoint(doc), 'utf8');
}

/** Checkpoints as a Python producer builds them: members in insertion order (the canonical set sorts them). */
function insertionOrder(doc: Checkpoint): Checkpoint {
  const { checkpoint_id, version, created_at, ...rest } = doc;
  return { version, checkpoint_id, created_at, ...rest } as Checkpoint;
}

const SHAPES = {
  small: { positions: 3, fills: 4, returns: 60 },
  medium: { positions: 500, fills: 1000, returns: 2000 },
  large: { positions: 50, fills: 100, returns: 1_000_000 },
} as const;

/** One realistic file: `seed` varies the content (for corpora of many files). */
export function realisticFile(size: keyof typeof SHAPES, layout: Layout, seed = 1): RealisticFile {
  const doc = realisticCheckpoint({ ...SHAPES[size], seed });
  return { name: `${size}, ${layout}`, layout, doc, bytes: layOut(layout === 'python-indent-2' ? insertionOrder(doc) : doc, layout) };
}

/** The realistic set: small, medium and a large file with 10^6 returns, in each layout. */
export function realisticCorpus(sizes: readonly (keyof typeof SHAPES)[] = ['small', 'medium', 'large']): RealisticFile[] {
  const files: RealisticFile[] = [];
  for (const size of sizes) {
    for (const layout of ['canonical', 'python-indent-2', 'digits-17'] as const) {
      if (size === 'large' && layout === 'digits-17') continue; // the large rows take long; two layouts suffice
      files.push(realisticFile(size, layout));
    }
  }
  return files;
}
