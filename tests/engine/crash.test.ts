// Real crashes: the compiled worker runs a backtest in a child process and dies by SIGKILL, either by
// its own hand at a random bar or from outside at a random moment (possibly in the middle of writing
// a checkpoint). A fresh engine resumes from the files the dead process left, or the same command is
// run again and resumes; every trial ends with the final checkpoint id of the uninterrupted run. A trapped SIGTERM checkpoints at the next bar and exits;
// resuming from it recomputes nothing and reaches the same final state.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRegistry, resume, startRun, stateDigest, type Checkpoint } from '../../src/index.js';
import { configWith } from '../../examples/engine/config.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { runToEnd } from '../../examples/engine/run.js';
import type { WorkerEvent } from '../../examples/engine/worker.js';
import { onWorkerEvents } from '../../examples/engine/worker-events.js';
import { distPath, ensureBuilt } from './dist.js';

const RUN = 'crash-trial';
const MINUTES = 90; // about 250 bars: each trial is one or two short processes
const EVERY = 10;
const PACE_US = 600; // the externally killed runs last at least ~0.15 s, so kills land mid-run

interface ChildResult {
  readonly events: WorkerEvent[];
  readonly signal: NodeJS.Signals | null;
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs the worker; `onStart` may schedule a signal once the run is under way. */
function worker(dir: string, extra: string[], onStart?: (kill: (s: NodeJS.Signals) => void) => void): Promise<ChildResult> {
  const args = [distPath('examples', 'engine', 'worker.js'), '--store', dir, '--run', RUN, '--minutes', String(MINUTES), '--every', String(EVERY), ...extra];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const events: WorkerEvent[] = [];
    let stderr = '';
    onWorkerEvents(child.stdout, (e) => {
      events.push(e);
      if (e.event === 'start') onStart?.((s) => child.kill(s));
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ events, code, signal, stderr }));
  });
}

function only<E extends WorkerEvent['event']>(r: ChildResult, event: E): Extract<WorkerEvent, { event: E }>[] {
  return r.events.filter((e): e is Extract<WorkerEvent, { event: E }> => e.event === event);
}

/** Runs `n` trials, two at a time (one per core). */
async function trials<T>(n: number, trial: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      out[i] = await trial(i);
    }
  };
  await Promise.all([lane(), lane()]);
  return out;
}

let root: string;
let reference: { id: string; checkpoint: Checkpoint; totalBars: number };

beforeAll(async () => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), 'ckpt-crash-'));
  // The uninterrupted run, in this process, from the TypeScript sources: the children run the compiled
  // JavaScript, so agreement also shows both builds compute the same ids.
  const store = new CheckpointRegistry(join(root, 'reference'));
  const engine = new BacktestEngine(configWith({ minutes: MINUTES }));
  const { checkpointer } = await startRun(store, RUN, engine, { policy: { everyBars: EVERY } });
  const final = (await runToEnd(engine, checkpointer))!;
  reference = { id: final.id, checkpoint: (await store.load(final.id)).checkpoint, totalBars: engine.totalBars };
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Resumes, in this process, from the files a dead worker left, and runs to the end. */
async function resumeHere(dir: string): Promise<{ final: string; resumedAt: number; skipped: number }> {
  const engine = new BacktestEngine(configWith({ minutes: MINUTES }));
  const { checkpointer, skipped } = await resume(new CheckpointRegistry(dir), RUN, engine, { policy: { everyBars: EVERY } });
  const resumedAt = engine.barsProcessed;
  const final = (await runToEnd(engine, checkpointer))!;
  return { final: final.id, resumedAt, skipped: skipped.length };
}

/** Restarts the worker on the crashed run's store and returns the resumed run's result. */
async function resumeRun(dir: string): Promise<{ final: string; resumedAt: number; skipped: number }> {
  const r = await worker(dir, []);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const start = only(r, 'start')[0]!;
  const done = only(r, 'done')[0]!;
  return { final: done.id, resumedAt: start.resumed?.bars ?? 0, skipped: start.skipped };
}

describe('real crashes (SIGKILL in a child process)', () => {
  it('30 trials: the worker kills itself at a random bar; a fresh engine resumes from its files and ends with the uninterrupted final id', async () => {
    const recomputed = await trials(30, async (i) => {
      const dir = join(root, `self-${i}`);
      const crashAt = 1 + Math.floor(Math.random() * (reference.totalBars - 1));
      const crashed = await worker(dir, ['--crash-at', String(crashAt)]);
      expect(crashed.signal).toBe('SIGKILL');
      expect(only(crashed, 'done')).toEqual([]);
      // Resume here, in the test process, from what the dead process left on disk.
      const { final, resumedAt, skipped } = await resumeHere(dir);
      expect(skipped).toBe(0);
      expect(resumedAt).toBeLessThanOrEqual(crashAt);
      expect(crashAt - resumedAt).toBeLessThanOrEqual(EVERY);
      expect(final).toBe(reference.id);
      return crashAt - resumedAt;
    });
    expect(recomputed.some((n) => n > 0)).toBe(true);
  });

  it('30 trials: SIGKILL from outside at a random moment; resuming always ends with the uninterrupted final id', async () => {
    const runMs = (reference.totalBars * PACE_US) / 1000;
    const outcomes = await trials(30, async (i) => {
      const dir = join(root, `external-${i}`);
      const delay = Math.random() * runMs;
      const crashed = await worker(dir, ['--pace-us', String(PACE_US)], (kill) => setTimeout(() => kill('SIGKILL'), delay));
      const killed = crashed.signal === 'SIGKILL';
      if (!killed) expect(crashed.code).toBe(0); // the kill came after the run ended
      const resumed = await resumeHere(dir);
      expect(resumed.final).toBe(reference.id);
      return { killed, skipped: resumed.skipped };
    });
    // The run lasts at least runMs of wall time after 'start' and every kill is sent within it.
    const killed = outcomes.filter((o) => o.killed).length;
    console.info(`external SIGKILL trials: ${killed} of ${outcomes.length} killed mid-run, the others finished first`);
    expect(killed).toBeGreaterThan(0);
    // Checkpoints are written atomically: a kill mid-write never leaves a file that fails to verify.
    expect(outcomes.reduce((n, o) => n + o.skipped, 0)).toBe(0);
  });

  it('a trapped SIGTERM writes a checkpoint at the next bar and exits by the signal; running the same command again resumes, recomputing nothing', async () => {
    const states = await trials(4, async (i) => {
      const dir = join(root, `term-${i}`);
      const runMs = (reference.totalBars * PACE_US) / 1000;
      const crashed = await worker(dir, ['--signals', '--pace-us', String(PACE_US)], (kill) => setTimeout(() => kill('SIGTERM'), (0.2 + 0.5 * Math.random()) * runMs));
      expect(crashed.signal).toBe('SIGTERM');
      const last = only(crashed, 'checkpoint').at(-1)!;
      expect(last.trigger).toBe('signal');
      const resumed = await resumeRun(dir);
      expect(resumed.resumedAt).toBe(last.bars);
      // The extra checkpoint changes the chain (so the final id), never the state.
      const final = (await new CheckpointRegistry(dir).load(resumed.final)).checkpoint;
      return stateDigest(final);
    });
    for (const s of states) expect(s).toBe(stateDigest(reference.checkpoint));
  });
});
