// Throughput of canonical hashing against the fastest non-canonical hash of the same document.
//
// For each document: baseline = sha256(JSON.stringify(doc)) (not canonical, but the floor any approach pays),
// ours = canonicalHash(doc), and the `canonicalize` npm package + sha256. Ratios are baseline time / candidate
// time, so 0.5 means "takes twice as long as the baseline".
//
// Run: npm run build && node dist/bench/canonical.bench.js   (prints a table for the synthetic documents)
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import canonicalize from 'canonicalize';
import { canonicalHash, canonicalString } from '../src/canonical/index.js';
import { formatTable, measure, ratio, type Measurement, type MeasureOptions } from './harness.js';

export interface BenchDoc {
  readonly name: string;
  readonly doc: unknown;
}

export interface Row {
  readonly name: string;
  /** Size of the canonical UTF-8 text. */
  readonly bytes: number;
  readonly baseline: Measurement;
  readonly canonicalHash: Measurement;
  readonly canonicalize: Measurement;
  /** baseline time / canonicalHash time. */
  readonly canonicalHashRatio: number;
  /** baseline time / canonicalize+sha256 time. */
  readonly canonicalizeRatio: number;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export async function runCanonicalBench(docs: readonly BenchDoc[], options: MeasureOptions = {}): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { name, doc } of docs) {
    const ours = canonicalString(doc);
    if (ours !== canonicalize(doc)) throw new Error(`${name}: canonicalString differs from the canonicalize package`);
    const baseline = measure(`${name}: sha256(JSON.stringify)`, () => sha256(JSON.stringify(doc)), options);
    const mine = measure(`${name}: canonicalHash`, () => canonicalHash(doc), options);
    const theirs = measure(`${name}: canonicalize + sha256`, () => sha256(canonicalize(doc) ?? ''), options);
    rows.push({
      name,
      bytes: Buffer.byteLength(ours, 'utf8'),
      baseline,
      canonicalHash: mine,
      canonicalize: theirs,
      canonicalHashRatio: ratio(baseline, mine),
      canonicalizeRatio: ratio(baseline, theirs),
    });
    await new Promise((resolve) => setImmediate(resolve)); // let the event loop breathe between documents
  }
  return rows;
}

export function formatRows(rows: readonly Row[]): string {
  const ms = (m: Measurement): string => m.medianMs.toFixed(3);
  return formatTable([
    ['doc', 'bytes', 'baseline ms', 'canonicalHash ms', 'canonicalize ms', 'canonicalHash ratio', 'canonicalize ratio'],
    ...rows.map((r) => [
      r.name,
      String(r.bytes),
      ms(r.baseline),
      ms(r.canonicalHash),
      ms(r.canonicalize),
      r.canonicalHashRatio.toFixed(2),
      r.canonicalizeRatio.toFixed(2),
    ]),
  ]);
}

// ---- Synthetic checkpoint-like documents (to be replaced by real ones) ----

/** Small, fast, deterministic PRNG (mulberry32) so every run benchmarks the same documents. */
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

function header(kind: string): Record<string, unknown> {
  return {
    version: '1.0.0',
    kind,
    created_at: '2024-05-01T12:00:00.000Z',
    lineage: '5f0c2a3e-8a3b-4d0e-9c1f-0a1b2c3d4e5f',
    serial: 42,
  };
}

function positions(random: () => number, count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    const symbol = `SYM${String(i).padStart(4, '0')}${i % 7 === 0 ? '.L' : ''}`;
    out[symbol] = {
      symbol,
      quantity: (random() * 10000 - 5000).toFixed(0),
      avg_price: (random() * 500).toFixed(4),
      realized_pnl: (random() * 1e5 - 5e4).toFixed(2),
      unrealized_pnl: (random() * 1e5 - 5e4).toFixed(2),
      opened_at: `2024-04-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}T09:30:00.000Z`,
    };
  }
  return out;
}

function fills(random: () => number, count: number, symbols: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      fill_id: `F${1000000 + i}`,
      order_id: `O${500000 + (i >> 1)}`,
      symbol: `SYM${String(Math.floor(random() * symbols)).padStart(4, '0')}`,
      side: random() < 0.5 ? 'buy' : 'sell',
      quantity: (random() * 1000).toFixed(0),
      price: (random() * 500).toFixed(4),
      fee: (random() * 5).toFixed(4),
      fee_currency: 'USD',
      venue: random() < 0.5 ? 'XNAS' : 'ARCX',
      ts_ms: 1714564800000 + i * 137,
      liquidity: random() < 0.5 ? 'maker' : 'taker',
    });
  }
  return out;
}

function strategy(random: () => number, indicators: number, valuesEach: number): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (let k = 0; k < indicators; k++) {
    const values = new Array<number>(valuesEach);
    for (let i = 0; i < valuesEach; i++) values[i] = random() * 200 - 100;
    state[`ema_${k}`] = { window: 10 + k, alpha: 2 / (11 + k), warm: true, values };
  }
  return { name: 'trend-follower', params: { risk: 0.02, max_leverage: 3, universe: 'US-LARGE' }, indicators: state };
}

/** Three synthetic checkpoint-like documents: small (~3 KB), medium (~300 KB), large (~20 MB). */
export function buildSyntheticDocs(): BenchDoc[] {
  const random = prng(20240501);
  const small = {
    ...header('small'),
    strategy: strategy(random, 2, 20),
    positions: positions(random, 6),
    fills: fills(random, 6, 6),
  };
  const medium = {
    ...header('medium'),
    strategy: { name: 'market-maker', params: { spread: 0.0012, size: 100, enabled: true, tag: null } },
    positions: positions(random, 500),
    fills: fills(random, 1000, 500),
  };
  const large = {
    ...header('large'),
    strategy: strategy(random, 100, 10000),
    positions: positions(random, 50),
    fills: fills(random, 100, 50),
  };
  return [
    { name: 'small', doc: small },
    { name: 'medium', doc: medium },
    { name: 'large', doc: large },
  ];
}

async function main(): Promise<void> {
  const docs = buildSyntheticDocs();
  const rows = await runCanonicalBench(docs, { minTimeMs: 1500, minRuns: 5 });
  console.log(`node ${process.version}`);
  console.log(formatRows(rows));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
