// The exact-resume demo, the project's main job. On built-in defaults it (1) runs a backtest of a few
// thousand bars with a checkpoint every 100 bars into a registry in a temporary folder, (2) in a child
// process that kills itself with SIGKILL partway, (3) resumes the run from its latest checkpoint and
// runs it to the end, (4) runs the same backtest uninterrupted into a second registry, and (5) prints
// both final checkpoint ids, the bars recomputed after the crash and a verdict. Exit status 0 when the
// runs are identical, 1 when they differ, 2 on an error.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckpointError, openRegistry, resume, startRun, type CheckpointRegistry, type Checkpointable, type EngineSnapshot } from '../../src/index.js';
import { intOption, parseOptions, reportError } from './cli.js';
import { configWith, type BacktestConfig } from './config.js';
import { BacktestEngine } from './engine.js';
import { XOSHIRO_ALGORITHM, Xoshiro128 } from './prng.js';
import { ProgressBar } from './progress.js';
import { runToEnd } from './run.js';
import { onWorkerEvents } from './worker-events.js';

const USAGE = 'usage: npm run demo -- [--minutes N] [--seed N] [--every BARS] [--crash-at BAR] [--dir DIR | --registry s3://BUCKET/PREFIX] [--keep] [--sabotage rng|cursor]';
const HELP = `${USAGE}

Runs a backtest in a child process that kills itself with SIGKILL partway, resumes it from its latest
checkpoint, runs the same backtest uninterrupted, and compares the final checkpoint ids.

  --minutes N    trading minutes per symbol (default 1170: 3 symbols, 3,354 bars)
  --seed N       seed of the generated market data and of the slippage generator (default 20240102)
  --every BARS   bars between checkpoints (default 100)
  --crash-at BAR the bar after which the child kills itself (default: random, in the middle 60%)
  --dir DIR      where the two registries go (default: a temporary folder, removed at the end)
  --registry s3://BUCKET/PREFIX
                 put the two registries on S3 instead, under PREFIX/demo-TIME/ (kept); the endpoint,
                 keys and region come from AWS_* and ~/.aws (scripts/s3-gateway/start.sh prints them)
  --keep         keep the temporary folder
  --sabotage rng|cursor
                 break the resume on purpose, to see the comparison catch it: restart the random
                 generator from its seed (rng), or the first feed from its first bar (cursor)

Exit status: 0 identical, 1 different, 2 error, 64 bad options.`;
const RUN = 'sma-demo';
const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

const n = (x: number) => x.toLocaleString('en-US');

interface CrashReport {
  readonly pid: number;
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
  readonly lastCheckpointBars: number;
  readonly stderr: string;
}

/** Runs the worker as a child process that kills itself after `crashAt` bars. */
function crashingChild(store: string, config: BacktestConfig, every: number, crashAt: number, total: number, bar: ProgressBar): Promise<CrashReport> {
  const args = [WORKER, '--store', store, '--run', RUN, '--minutes', String(config.minutes), '--seed', String(config.seed), '--every', String(every), '--crash-at', String(crashAt), '--progress'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastCheckpointBars = 0;
    let stderr = '';
    onWorkerEvents(child.stdout, (e) => {
      if (e.event === 'checkpoint') lastCheckpointBars = e.bars;
      if (e.event === 'bar' || e.event === 'checkpoint') bar.update('crash run', e.bars, total, `(dies at ${n(crashAt)})`);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ pid: child.pid ?? 0, code, signal, lastCheckpointBars, stderr }));
  });
}

/** The engine with a restore that forgets part of the state, the bugs exact resume must expose. */
function sabotaged(engine: BacktestEngine, what: 'rng' | 'cursor'): Checkpointable {
  const forget = (s: EngineSnapshot): EngineSnapshot => {
    if (what === 'rng') return { ...s, engine_state: { ...s.engine_state, rng: { algorithm: XOSHIRO_ALGORITHM, state: Xoshiro128.fromSeed(engine.config.seed).state() as [number, ...number[]] } } };
    const first = Object.keys(s.engine_state.feeds)[0]!;
    return { ...s, engine_state: { ...s.engine_state, feeds: { ...s.engine_state.feeds, [first]: { cursor: 0 } } } };
  };
  return { strategy: engine.strategy, extract: () => engine.extract(), restore: (s) => engine.restore(forget(s)) };
}

async function runInProcess(label: string, engine: BacktestEngine, handle: Awaited<ReturnType<typeof startRun>>, bar: ProgressBar) {
  const total = engine.totalBars;
  const final = await runToEnd(engine, handle.checkpointer, { onBar: (bars) => bar.update(label, bars, total) });
  bar.clear();
  return final!;
}

export async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const o = parseOptions(
    argv,
    { minutes: { type: 'string' }, seed: { type: 'string' }, every: { type: 'string' }, 'crash-at': { type: 'string' }, dir: { type: 'string' }, registry: { type: 'string' }, keep: { type: 'boolean' }, sabotage: { type: 'string' } },
    USAGE,
  );
  const config = configWith({
    ...(o.minutes !== undefined && { minutes: intOption('minutes', o.minutes, 0, 30, 1_000_000, USAGE) }),
    ...(o.seed !== undefined && { seed: intOption('seed', o.seed, 0, 0, 0xffffffff, USAGE) }),
  });
  const every = intOption('every', o.every, 100, 1, 1_000_000, USAGE);
  const sabotage = o.sabotage;
  if (sabotage !== undefined && sabotage !== 'rng' && sabotage !== 'cursor') {
    throw new CheckpointError({ code: 'E_USAGE', message: `--sabotage takes rng or cursor, not ${JSON.stringify(sabotage)}`, hint: USAGE });
  }
  const probe = new BacktestEngine(config);
  const total = probe.totalBars;
  // By default the crash lands somewhere in the middle 60% of the run, at a random bar.
  const crashAt = intOption('crash-at', o['crash-at'], Math.floor(total * (0.2 + 0.6 * Math.random())), 1, total - 1, USAGE);
  if (crashAt >= total) throw new CheckpointError({ code: 'E_USAGE', message: `--crash-at must be below the run's ${total} bars`, hint: USAGE });
  if (o.registry !== undefined && (o.dir !== undefined || !o.registry.startsWith('s3://'))) {
    throw new CheckpointError({ code: 'E_USAGE', message: '--registry takes s3://BUCKET/PREFIX, and not together with --dir', hint: USAGE });
  }
  // On S3 a fresh prefix per run stands for the temporary folder: the run id is the same every time.
  const s3 = o.registry?.replace(/\/+$/, '');
  const dir = s3 !== undefined ? `${s3}/demo-${new Date().toISOString().replace(/[-:.]/g, '')}` : (o.dir ?? mkdtempSync(join(tmpdir(), 'ckpt-demo-')));
  const crashedDir = s3 !== undefined ? `${dir}/crashed-and-resumed` : join(dir, 'crashed-and-resumed');
  const cleanDir = s3 !== undefined ? `${dir}/uninterrupted` : join(dir, 'uninterrupted');
  const bar = new ProgressBar();
  const symbols = config.symbols.map((s) => s.symbol).join(', ');
  const out = (s = '') => process.stdout.write(`${s}\n`);

  out('Exact resume demo: crash a backtest with SIGKILL, resume it, compare with an uninterrupted run.');
  out(`  backtest   ${config.symbols.length} symbols (${symbols}), ${n(total)} one-minute bars (generated from seed ${config.seed}),`);
  out(`             SMA ${config.strategy.fast}/${config.strategy.slow} crossover, stop/limit/market orders, commission, random slippage`);
  out(`  policy     a checkpoint every ${every} bars, into registries under ${dir}`);
  out();

  // 1-2. A child process runs the backtest and kills itself partway.
  const crash = await crashingChild(crashedDir, config, every, crashAt, total, bar);
  bar.clear();
  if (crash.signal !== 'SIGKILL') {
    throw new CheckpointError({ code: 'E_IO', message: `the crash run did not die by SIGKILL (exit ${crash.code ?? crash.signal}): ${crash.stderr.trim() || 'no output'}` });
  }
  out(`1. crash      child process ${crash.pid} processed ${n(crashAt)} bars, then killed itself with SIGKILL`);

  // 3. Resume from the latest checkpoint in the crashed run's registry.
  const crashedStore = await openRegistry(crashedDir);
  const resumedEngine = new BacktestEngine(config);
  const target = sabotage === undefined ? resumedEngine : sabotaged(resumedEngine, sabotage);
  const handle = await resume(crashedStore, RUN, target, { policy: { everyBars: every } });
  const from = handle.resumed!.checkpoint;
  const resumedAt = resumedEngine.barsProcessed;
  const recomputed = crashAt - resumedAt;
  const resumedFinal = await runInProcess('resume', resumedEngine, handle, bar);
  out(`2. resume     from checkpoint ${from.checkpoint_id.slice(0, 12)}… (sequence ${from.sequence}, bar ${n(resumedAt)}); recomputed ${n(recomputed)} bars, ran to bar ${n(resumedEngine.barsProcessed)}`);
  if (sabotage !== undefined) out(`               SABOTAGED: ${sabotage === 'rng' ? 'the random generator restarted from its seed' : `feed ${Object.keys(from.engine_state.feeds)[0]} restarted from its first bar`}`);

  // 4. The same backtest, never interrupted.
  const cleanStore = await openRegistry(cleanDir);
  const cleanEngine = new BacktestEngine(config);
  const cleanFinal = await runInProcess('reference', cleanEngine, await startRun(cleanStore, RUN, cleanEngine, { policy: { everyBars: every } }), bar);
  out(`3. reference  the same backtest uninterrupted, ${n(cleanEngine.barsProcessed)} bars, into a second registry`);

  // 5. Compare.
  const chain = async (r: CheckpointRegistry) => (await r.list({ run: RUN })).sort((a, b) => a.sequence - b.sequence).map((e) => e.id);
  const chainA = await chain(crashedStore);
  const chainB = await chain(cleanStore);
  const sameChain = chainA.length === chainB.length && chainA.every((id, i) => id === chainB[i]);
  const identical = resumedFinal.id === cleanFinal.id;
  out();
  out(`  final checkpoint, crashed + resumed  ${resumedFinal.id}`);
  out(`  final checkpoint, uninterrupted      ${cleanFinal.id}`);
  out(`  bars recomputed after the crash      ${n(recomputed)} (crash at bar ${n(crashAt)}, latest checkpoint at bar ${n(resumedAt)})`);
  out(`  checkpoint chains                    ${chainA.length} and ${chainB.length} checkpoints, ${sameChain ? 'the same ids in the same order' : 'DIFFERENT'}`);
  out(`  verdict                              ${identical ? 'IDENTICAL' : 'DIFFERENT'}`);
  if (o.keep === true || o.dir !== undefined || s3 !== undefined) out(`  registries kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  out(`  finished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return identical && sameChain ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (e: unknown) => reportError(e, 'demo'),
  );
}
