// The backtest as a process: opens (starts or resumes) a run in a checkpoint registry, runs it to the end
// with auto-checkpoints, and reports progress as JSON lines on stdout. Run the same command again after
// a crash and it resumes. The demo and the crash tests start it as a child process; --crash-at makes
// it kill itself with SIGKILL, a real crash with no chance to clean up.
import { fileURLToPath } from 'node:url';
import { CheckpointError, openRegistry, openRun, type CheckpointPolicy } from '../../src/index.js';
import { intOption, parseOptions, reportError } from './cli.js';
import { configWith } from './config.js';
import { BacktestEngine } from './engine.js';
import { runToEnd } from './run.js';

const PACER = new Int32Array(new SharedArrayBuffer(4));
const USAGE = 'usage: worker --store DIR|s3://BUCKET/PREFIX --run ID [--minutes N] [--seed N] [--every BARS] [--signals] [--crash-at BAR] [--pace-us N] [--progress]';

/** Events on stdout, one JSON object per line. */
export type WorkerEvent =
  | { event: 'start'; pid: number; total: number; resumed: null | { id: string; sequence: number; bars: number }; skipped: number }
  | { event: 'bar'; bars: number }
  | { event: 'checkpoint'; id: string; sequence: number; bars: number; trigger: string; written: boolean }
  | { event: 'done'; id: string; sequence: number; bars: number };

// When the reader goes away the backtest still runs to its end (its checkpoints are the point), silently.
let readerGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') readerGone = true;
  else throw e;
});

function emit(e: WorkerEvent): void {
  if (!readerGone) process.stdout.write(`${JSON.stringify(e)}\n`);
}

export async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const o = parseOptions(
    argv,
    {
      store: { type: 'string' },
      run: { type: 'string' },
      minutes: { type: 'string' },
      seed: { type: 'string' },
      every: { type: 'string' },
      signals: { type: 'boolean' },
      'crash-at': { type: 'string' },
      'pace-us': { type: 'string' },
      progress: { type: 'boolean' },
    },
    USAGE,
  );
  if (o.store === undefined || o.run === undefined) throw new CheckpointError({ code: 'E_USAGE', message: '--store and --run are required', hint: USAGE });
  const config = configWith({
    ...(o.minutes !== undefined && { minutes: intOption('minutes', o.minutes, 0, 1, 1_000_000, USAGE) }),
    ...(o.seed !== undefined && { seed: intOption('seed', o.seed, 0, 0, 0xffffffff, USAGE) }),
  });
  const policy: CheckpointPolicy = { everyBars: intOption('every', o.every, 100, 1, 1_000_000, USAGE), ...(o.signals === true && { onSignals: ['SIGTERM', 'SIGINT'] as const }) };
  const crashAt = o['crash-at'] === undefined ? undefined : intOption('crash-at', o['crash-at'], 0, 0, Number.MAX_SAFE_INTEGER, USAGE);
  const paceUs = intOption('pace-us', o['pace-us'], 0, 0, 1_000_000, USAGE);

  const engine = new BacktestEngine(config);
  const store = await openRegistry(o.store);
  const { checkpointer, resumed, skipped } = await openRun(store, o.run, engine, {
    policy,
    onCheckpoint: (r) => emit({ event: 'checkpoint', id: r.id, sequence: r.sequence, bars: engine.barsProcessed, trigger: r.trigger, written: r.written }),
  });
  emit({ event: 'start', pid: process.pid, total: engine.totalBars, resumed: resumed && { id: resumed.checkpoint.checkpoint_id, sequence: resumed.checkpoint.sequence, bars: engine.barsProcessed }, skipped: skipped.length });
  const step = Math.max(1, Math.floor(engine.totalBars / 100));
  const final = await runToEnd(engine, checkpointer, {
    onBar: (bars) => {
      if (bars === crashAt) process.kill(process.pid, 'SIGKILL');
      if (o.progress === true && bars % step === 0) emit({ event: 'bar', bars });
      // Pacing sleeps (it does not spin), so paced test runs leave the CPU to the others.
      if (paceUs > 0) Atomics.wait(PACER, 0, 0, paceUs / 1000);
    },
  });
  if (final !== undefined) emit({ event: 'done', id: final.id, sequence: final.sequence, bars: engine.barsProcessed });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((e: unknown) => reportError(e, 'worker'));
}
