// Registry scale: save throughput with fsync (against a raw open+write+fsync of the same bytes, measured in
// the same run), load-by-id latency, list with filters and latest, at 1k, 10k and 100k checkpoints, and how
// each grows. The registries are filled by writing checkpoint files directly (as a bulk import or another
// implementation would) and then indexed with rebuildIndex, whose time is reported too.
//
// Cold queries (a new process each) are measured twice at every size: on the registry as rebuildIndex left it,
// and once it has grown by 1,999 more checkpoints (the 200 timed saves, then create() calls): a registry
// written through saves is always in that state, a snapshot written by the last compaction plus a tail of
// appended records, and 1,999 is the longest tail the library leaves (a reader compacts at 2,000), so this is
// its worst case. Growing 100k checkpoints through create() one by one would take this machine 15–25 minutes
// (about 10 ms a save with its locks and fsyncs) and end in the same state. `ckpt latest --run X` is measured as
// a user runs it, whole-process wall time, interleaved with `node -e ''` (target: at most 2×) on both.
//
// Run: npm run build && node dist/bench/registry.bench.js [sizes…]     (default: 1000 10000 100000)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CheckpointRegistry, createCheckpoint, serializeCheckpoint, stateFromSnapshot, type CheckpointState, type EngineSnapshot, type StrategyIdentity } from '../src/index.js';
import { formatTable, measureInterleaved } from './harness.js';
import type { ColdQuery } from './registry-cold.js';

const COLD_SCRIPT = fileURLToPath(new URL('./registry-cold.js', import.meta.url));
const COLD_QUERIES: readonly ColdQuery[] = ['latest-run', 'list-strategy-30d', 'list-ts-30d', 'list-created-1h', 'list-all', 'cleanup-dry'];
/** The cold queries with a target (under 100 ms at every size, both registries). */
export const TARGETED_COLD: readonly ColdQuery[] = ['latest-run', 'list-strategy-30d', 'list-ts-30d', 'list-created-1h'];
const CKPT = fileURLToPath(new URL('../../bin/ckpt.js', import.meta.url));
/** `ckpt latest --run X` whole-process wall time, at most this many times `node -e ''`. */
export const CLI_LATEST_TARGET = 2;
/** Checkpoints appended (the timed saves, then create()) before the second round of cold queries (see the top of this file). */
const GROWN = 1999;

/** `ckpt latest --run X` and `node -e ''` in turns, whole processes; runs vary the run. */
function cliLatest(root: string, runs: number, pick: (i: number) => number): CliLatest {
  let i = 0;
  const spawn = (args: string[]): void => {
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${String(r.status)}: ${r.stderr.toString('utf8').slice(0, 300)}`);
  };
  const [node, ckpt] = measureInterleaved(
    [
      { name: "node -e ''", fn: () => spawn(['-e', '']) },
      { name: 'ckpt latest', fn: () => spawn([CKPT, 'latest', '--run', `run-${pick(i++ % runs)}`, '--registry', root]) },
    ],
    { minTimeMs: 1500, minRuns: 15, warmupMs: 0 },
  );
  return { nodeMs: node!.medianMs, ckptMs: ckpt!.medianMs, ratio: ckpt!.medianMs / node!.medianMs };
}

export interface CliLatest {
  readonly nodeMs: number;
  readonly ckptMs: number;
  /** ckpt / node -e ''. */
  readonly ratio: number;
}

/** Median over `runs` fresh processes of one cold query's in-process time. */
function coldTiming(root: string, query: ColdQuery, runs: number, arg: (i: number) => number): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [COLD_SCRIPT, root, query, String(arg(i))], { encoding: 'utf8' });
    samples.push((JSON.parse(out) as { ms: number }).ms);
  }
  return median(samples);
}

export interface Timing {
  /** Median wall time of one call, in milliseconds. */
  readonly medianMs: number;
  readonly runs: number;
}

export interface ScaleRow {
  readonly size: number;
  /** Writing the files directly (no fsync), for context. */
  readonly populateMs: number;
  /** rebuildIndex(): every file read and fully verified. */
  readonly rebuildMs: number;
  /**
   * First queries in a new process (one node process spawned per sample, the query timed inside it, module
   * loading excluded): what a CLI call pays. See bench/registry-cold.ts for each query.
   */
  readonly cold: Readonly<Record<ColdQuery, Timing>>;
  /** The same, once the registry has grown by GROWN checkpoints through create() (a tail of appended records). */
  readonly coldGrown: Readonly<Record<ColdQuery, Timing>>;
  /** `ckpt latest --run X` vs `node -e ''`, on the rebuilt registry and on the grown one. */
  readonly cliLatest: CliLatest;
  readonly cliLatestGrown: CliLatest;
  readonly save: Timing;
  /** Same bytes, open + write + fsync + close of a new file, same run. */
  readonly rawSave: Timing;
  readonly load: Timing;
  readonly listAll: Timing;
  readonly listRun: Timing;
  readonly listStrategyMonth: Timing;
  readonly listCreatedDay: Timing;
  readonly latestRun: Timing;
  readonly latestStrategy: Timing;
}

export interface RegistryBenchOptions {
  readonly sizes?: readonly number[];
  /** Saves timed per size (default 200). */
  readonly saves?: number;
  /** Samples per query (default 200). */
  readonly samples?: number;
  /** Parent folder for the temp registries (default the OS temp folder). */
  readonly dir?: string;
  readonly log?: (line: string) => void;
}

const PER_RUN = 100;
const STRATEGIES = 10;
const BASE_TS = Date.UTC(2020, 0, 1);
const BASE_CREATED = Date.UTC(2025, 0, 1);

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function stateOf(i: number): CheckpointState {
  const run = Math.floor(i / PER_RUN);
  const seq = i % PER_RUN;
  const snapshot: EngineSnapshot = {
    // Each run covers 100 hours of backtest; runs start a day apart, so 100k checkpoints span ~3 years.
    timestamp: iso(BASE_TS + run * 86_400_000 + seq * 3_600_000),
    portfolio_state: { cash: { USD: String(100_000 + i) }, positions: { AAPL: { quantity: String(seq), avg_price: '171.2', currency: 'USD' } } },
    order_state: { orders: [], fills: [] },
    engine_state: { rng: { algorithm: 'mulberry32', state: [i + 1] }, feeds: {}, counters: { order: seq }, held_orders: [] },
    strategy_data: { i },
    metadata: {},
  };
  const strategy: StrategyIdentity = { name: `strategy-${run % STRATEGIES}`, fingerprint: null, state: { schema: 'bench', version: 1 } };
  return stateFromSnapshot(snapshot, strategy, { run: `run-${run}`, parent: null, sequence: seq });
}

function median(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  return { medianMs: samples.length % 2 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2, runs: samples.length };
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<Timing> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

export function populate(root: string, size: number): string[] {
  const ids: string[] = [];
  const made = new Set<string>();
  for (let i = 0; i < size; i++) {
    const c = createCheckpoint(stateOf(i), { createdAt: iso(BASE_CREATED + i * 1000) });
    const dir = join(root, c.timestamp.slice(0, 4), c.timestamp.slice(5, 7));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(join(dir, `${c.checkpoint_id}.json`), serializeCheckpoint(c));
    ids.push(c.checkpoint_id);
  }
  return ids;
}

export async function runRegistryBench(options: RegistryBenchOptions = {}): Promise<ScaleRow[]> {
  const sizes = options.sizes ?? [1000, 10_000, 100_000];
  const saves = options.saves ?? 200;
  const samples = options.samples ?? 200;
  const log = options.log ?? (() => undefined);
  const rows: ScaleRow[] = [];
  for (const size of sizes) {
    const dir = mkdtempSync(join(options.dir ?? tmpdir(), `ckpt-bench-${size}-`));
    try {
      const root = join(dir, 'reg');
      let t0 = performance.now();
      const ids = populate(root, size);
      const populateMs = performance.now() - t0;
      log(`${size}: wrote ${size} files in ${(populateMs / 1000).toFixed(1)} s`);

      t0 = performance.now();
      const { count } = await new CheckpointRegistry(root).rebuildIndex();
      const rebuildMs = performance.now() - t0;
      if (count !== size) throw new Error(`rebuildIndex indexed ${count} of ${size}`);
      log(`${size}: rebuilt the index in ${(rebuildMs / 1000).toFixed(1)} s`);

      const runs = Math.ceil(size / PER_RUN);
      const cold = Object.fromEntries(
        COLD_QUERIES.map((q) => [q, coldTiming(root, q, 7, (i) => (q === 'list-created-1h' ? ((i * 7919) % size) : (i * 37 + 11) % runs))]),
      ) as Record<ColdQuery, Timing>;
      log(`${size}: cold queries measured`);
      const cliRebuilt = cliLatest(root, runs, (i) => (i * 37 + 11) % runs);
      log(`${size}: ckpt latest measured`);
      const reg = new CheckpointRegistry(root);
      await reg.list();

      let k = 0;
      const pick = <T>(xs: readonly T[]): T => xs[(k = (k * 7919 + 104_729) % xs.length)]!;
      const runIds = Array.from({ length: runs }, (_, r) => `run-${r}`);
      const strategies = Array.from({ length: STRATEGIES }, (_, s) => `strategy-${s}`);

      const load = await time(() => reg.load(pick(ids)), samples);
      const listAll = await time(() => reg.list(), Math.min(samples, 50));
      const listRun = await time(() => reg.list({ run: pick(runIds) }), samples);
      const listStrategyMonth = await time(() => {
        const start = BASE_TS + (k = (k + 37) % Math.max(1, runs)) * 86_400_000;
        return reg.list({ strategy: pick(strategies), timestamp: { from: new Date(start), to: new Date(start + 30 * 86_400_000) } });
      }, samples);
      const listCreatedDay = await time(() => {
        const start = BASE_CREATED + ((k = (k + 7919) % size) * 1000);
        return reg.list({ created: { from: new Date(start), to: new Date(start + 86_400_000) } });
      }, samples);
      const latestRun = await time(async () => {
        const l = await reg.latest({ run: pick(runIds) });
        if (l === undefined) throw new Error('latest found nothing');
      }, samples);
      const latestStrategy = await time(() => reg.latest({ strategy: pick(strategies) }), samples);

      // Saves: new checkpoints into this registry (fsync of file, folder and index), and the raw baseline
      // of the same bytes in the same folder, interleaved so both see the same disk conditions.
      const fresh = Array.from({ length: saves }, (_, i) => createCheckpoint(stateOf(size + i), { createdAt: iso(BASE_CREATED + (size + i) * 1000) }));
      const rawDir = join(dir, 'raw');
      mkdirSync(rawDir);
      const saveSamples: number[] = [];
      const rawSamples: number[] = [];
      for (let i = 0; i < saves; i++) {
        const c = fresh[i]!;
        let t = performance.now();
        const r = await reg.save(c);
        saveSamples.push(performance.now() - t);
        if (!r.created) throw new Error('bench save was not new');
        t = performance.now();
        const h = await open(join(rawDir, `${c.checkpoint_id}.json`), 'wx');
        await h.writeFile(serializeCheckpoint(c));
        await h.sync();
        await h.close();
        rawSamples.push(performance.now() - t);
      }
      const save = median(saveSamples);
      const rawSave = median(rawSamples);

      // Grown through create(): the index is now a snapshot and a tail of appended records (no query has read it
      // since, so no compaction folded them in). Half the latest queries ask for runs that only the tail holds.
      for (let i = saves; i < GROWN; i++) await reg.create(stateOf(size + i), { createdAt: new Date(BASE_CREATED + (size + i) * 1000) });
      const total = size + GROWN;
      const allRuns = Math.ceil(total / PER_RUN);
      const tailRun = (i: number): number => (i % 2 === 0 ? runs + ((i * 7) % (allRuns - runs)) : (i * 37 + 11) % runs);
      const coldGrown = Object.fromEntries(
        COLD_QUERIES.map((q) => [q, coldTiming(root, q, 7, (i) => (q === 'list-created-1h' ? (size + ((i * 7919) % (total - size))) - 1800 : q === 'latest-run' ? tailRun(i) : (i * 37 + 11) % allRuns))]),
      ) as Record<ColdQuery, Timing>;
      const cliGrown = cliLatest(root, allRuns, tailRun);
      log(`${size}: grown by ${GROWN} through create(), cold queries measured`);
      rows.push({ size, populateMs, rebuildMs, cold, coldGrown, cliLatest: cliRebuilt, cliLatestGrown: cliGrown, save, rawSave, load, listAll, listRun, listStrategyMonth, listCreatedDay, latestRun, latestStrategy });
      log(`${size}: measured`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function formatRegistryRows(rows: readonly ScaleRow[]): string {
  const ms = (n: number): string => (n < 10 ? n.toFixed(3) : n.toFixed(1));
  const first = rows[0];
  const growth = (pick: (r: ScaleRow) => number, r: ScaleRow): string => (first && r !== first ? ` (${(pick(r) / pick(first)).toFixed(1)}×)` : '');
  const metrics: [string, (r: ScaleRow) => number][] = [
    ['save (fsync) ms', (r) => r.save.medianMs],
    ['raw write+fsync ms', (r) => r.rawSave.medianMs],
    ['load(id) ms', (r) => r.load.medianMs],
    ['latest({run}) ms', (r) => r.latestRun.medianMs],
    ['latest({strategy}) ms', (r) => r.latestStrategy.medianMs],
    ['list({run}) ms', (r) => r.listRun.medianMs],
    ['list({strategy, 30-day timestamp}) ms', (r) => r.listStrategyMonth.medianMs],
    ['list({1-day created}) ms', (r) => r.listCreatedDay.medianMs],
    ['list() all ms', (r) => r.listAll.medianMs],
    ['cold latest({run}) (new process) ms', (r) => r.cold['latest-run'].medianMs],
    ['cold list({strategy, 30-day timestamp}) ms', (r) => r.cold['list-strategy-30d'].medianMs],
    ['cold list({30-day timestamp}) ms', (r) => r.cold['list-ts-30d'].medianMs],
    ['cold list({1-hour created}) ms', (r) => r.cold['list-created-1h'].medianMs],
    ['cold list() all entries ms', (r) => r.cold['list-all'].medianMs],
    ['cold cleanup dry run (plan + verify) ms', (r) => r.cold['cleanup-dry'].medianMs],
    [`grown by ${GROWN} create(): cold latest({run}) ms`, (r) => r.coldGrown['latest-run'].medianMs],
    ['grown: cold list({strategy, 30-day timestamp}) ms', (r) => r.coldGrown['list-strategy-30d'].medianMs],
    ['grown: cold list({30-day timestamp}) ms', (r) => r.coldGrown['list-ts-30d'].medianMs],
    ['grown: cold list({1-hour created}) ms', (r) => r.coldGrown['list-created-1h'].medianMs],
    ['grown: cold list() all entries ms', (r) => r.coldGrown['list-all'].medianMs],
    ["ckpt latest --run X, whole process ms", (r) => r.cliLatest.ckptMs],
    ["  node -e '' in the same turns ms", (r) => r.cliLatest.nodeMs],
    ['grown: ckpt latest --run X ms', (r) => r.cliLatestGrown.ckptMs],
    ["  node -e '' in the same turns ms", (r) => r.cliLatestGrown.nodeMs],
    ['rebuildIndex s', (r) => r.rebuildMs / 1000],
    ['write files (setup) s', (r) => r.populateMs / 1000],
  ];
  const table = formatTable([
    ['metric (median; growth vs first size)', ...rows.map((r) => `${r.size}`)],
    ...metrics.map(([name, pick]) => [name, ...rows.map((r) => `${ms(pick(r))}${growth(pick, r)}`)]),
    ['save ratio (raw / save; 1 = as fast)', ...rows.map((r) => (r.rawSave.medianMs / r.save.medianMs).toFixed(2))],
    [`ckpt latest / node -e '' (target ≤ ${CLI_LATEST_TARGET}×)`, ...rows.map((r) => `${r.cliLatest.ratio.toFixed(2)} ${r.cliLatest.ratio <= CLI_LATEST_TARGET ? 'PASS' : 'MISSED'}`)],
    [`grown: ckpt latest / node -e '' (target ≤ ${CLI_LATEST_TARGET}×)`, ...rows.map((r) => `${r.cliLatestGrown.ratio.toFixed(2)} ${r.cliLatestGrown.ratio <= CLI_LATEST_TARGET ? 'PASS' : 'MISSED'}`)],
  ]);
  return table;
}

/**
 * Whether the target holds: list with filters and latest under 100 ms at every size, warm and in a new
 * process, on the rebuilt registry and on the one grown through create().
 */
export function targetMet(rows: readonly ScaleRow[]): boolean {
  return rows.every((r) =>
    [r.listRun, r.listStrategyMonth, r.listCreatedDay, r.latestRun, r.latestStrategy, ...TARGETED_COLD.map((q) => r.cold[q]), ...TARGETED_COLD.map((q) => r.coldGrown[q])].every((t) => t.medianMs < 100),
  );
}

/** The largest `ckpt latest` / `node -e ''` ratio over every size and both registries. */
export function cliLatestRatio(rows: readonly ScaleRow[]): number {
  return Math.max(...rows.flatMap((r) => [r.cliLatest.ratio, r.cliLatestGrown.ratio]));
}

/** Whether `ckpt latest --run X` took at most CLI_LATEST_TARGET× `node -e ''` at every size, both registries. */
export function cliLatestMet(rows: readonly ScaleRow[]): boolean {
  return cliLatestRatio(rows) <= CLI_LATEST_TARGET;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const rows = await runRegistryBench({ ...(sizes.length > 0 && { sizes }), log: (l) => console.error(l) });
  console.log(`node ${process.version}`);
  console.log(formatRegistryRows(rows));
  console.log(`target (list with filters and latest < 100 ms at every size, rebuilt and grown registries): ${targetMet(rows) ? 'PASS' : 'MISSED'}`);
  console.log(`target (ckpt latest --run X ≤ ${CLI_LATEST_TARGET}× node -e '', whole process): ${cliLatestRatio(rows).toFixed(2)}× at worst: ${cliLatestMet(rows) ? 'PASS' : 'MISSED'}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
