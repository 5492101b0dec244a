// The auto-checkpointer and run lifecycle: lineage links every checkpoint to its parent, policies fire
// on schedule, unchanged state is not written twice, trapped signals checkpoint at the next bar and then
// exit, resume passes over checkpoints that do not verify, and misuse gets clear errors.
import { EventEmitter } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CheckpointError, CheckpointRegistry, downgrade, loadCheckpoint, openRun, resume, serializeCheckpoint, startRun, type Checkpoint, type CheckpointRecord, type CheckpointStore, type SignalSource, type TrappableSignal, LATEST_VERSION_STRING } from '../../src/index.js';
import { fromDocument } from '../../src/engine/snapshot.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { runToEnd } from '../../examples/engine/run.js';
import { smallConfig } from './helpers.js';
import { fileOf, runIds, tempRegistry } from './registry-helpers.js';

async function rejection(p: Promise<unknown>): Promise<CheckpointError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CheckpointError) return e;
    throw e;
  }
  throw new Error('expected a CheckpointError');
}

async function stored(store: CheckpointRegistry, id: string): Promise<Checkpoint> {
  return (await store.load(id)).checkpoint;
}

describe('lineage and policies', () => {
  it('every checkpoint links to the previous one, sequences count up from 0, and everyBars fires every N bars', async () => {
    const store = tempRegistry();
    const engine = new BacktestEngine(smallConfig());
    const records: CheckpointRecord[] = [];
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { everyBars: 50 }, onCheckpoint: (r) => records.push(r) });
    const final = (await runToEnd(engine, checkpointer))!;
    const chain = await Promise.all((await runIds(store, 'r1')).map((id) => stored(store, id)));
    expect(chain.map((c) => c.sequence)).toEqual(chain.map((_, i) => i));
    chain.forEach((c, i) => expect(c.parent_id).toBe(i === 0 ? null : chain[i - 1]!.checkpoint_id));
    // Read through the library's document → snapshot mapping, which follows the format, as the engine reads it.
    const bars = chain.map((c) => (fromDocument(c, null).metadata as { bars_processed: number }).bars_processed);
    expect(bars.slice(0, -1)).toEqual(bars.slice(0, -1).map((_, i) => i * 50));
    expect(bars.at(-1)).toBe(engine.totalBars);
    expect(records.map((r) => r.trigger)).toEqual(['start', ...bars.slice(1, -1).map(() => 'bars'), 'finish']);
    expect(final.id).toBe(chain.at(-1)!.checkpoint_id);
    expect(checkpointer.closed).toBe(true);
  });

  it('everySeconds fires on the injected clock, at the first bar boundary T seconds after the previous checkpoint', async () => {
    const store = tempRegistry();
    const engine = new BacktestEngine(smallConfig());
    let now = 0;
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { everySeconds: 1 }, clock: () => now });
    const written: number[] = [];
    for (let bar = 1; bar <= 30; bar++) {
      engine.step();
      now += 300; // 0.3 s per bar
      const r = await checkpointer.afterBar();
      if (r) written.push(bar);
    }
    expect(written).toEqual([4, 8, 12, 16, 20, 24, 28]);
    checkpointer.close();
  });

  it('a checkpoint with no bar since the previous one and the same state is not written again', async () => {
    const store = tempRegistry();
    const engine = new BacktestEngine(smallConfig());
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { everyBars: 10 } });
    for (let i = 0; i < 10; i++) {
      engine.step();
      await checkpointer.afterBar();
    }
    const again = await checkpointer.checkpoint();
    expect(again.written).toBe(false);
    expect(again.id).toBe(checkpointer.last!.id);
    engine.step();
    expect((await checkpointer.checkpoint()).written).toBe(true);
    expect((await runIds(store, 'r1'))).toHaveLength(3);
    checkpointer.close();
  });

  it('a finished run ends in the same checkpoint whether it finished right after a scheduled one or not', async () => {
    const engine = new BacktestEngine(smallConfig());
    const every = engine.totalBars; // the last scheduled checkpoint is at the very last bar
    const store = tempRegistry();
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { everyBars: every } });
    const final = (await runToEnd(engine, checkpointer))!;
    expect(final.written).toBe(false);
    expect((await runIds(store, 'r1'))).toHaveLength(2);
  });
});

describe('signals', () => {
  function fakeSignals(): SignalSource & { emit(s: TrappableSignal): void; count(): number } {
    const ee = new EventEmitter();
    return {
      on: (s, l) => ee.on(s, l),
      off: (s, l) => ee.off(s, l),
      emit: (s) => ee.emit(s, s),
      count: () => ee.listenerCount('SIGTERM') + ee.listenerCount('SIGINT'),
    };
  }

  it('a trapped SIGTERM writes a checkpoint at the next bar boundary, then exits; resume continues from it', async () => {
    const store = tempRegistry();
    const signals = fakeSignals();
    const exits: TrappableSignal[] = [];
    const engine = new BacktestEngine(smallConfig());
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { everyBars: 1000, onSignals: ['SIGTERM', 'SIGINT'] }, signalSource: signals, exit: (s) => void exits.push(s) });
    expect(signals.count()).toBe(2);
    for (let i = 0; i < 77; i++) {
      engine.step();
      await checkpointer.afterBar();
    }
    signals.emit('SIGTERM');
    expect(checkpointer.pendingSignal).toBe('SIGTERM');
    engine.step();
    const record = await checkpointer.afterBar();
    expect(record).toMatchObject({ trigger: 'signal', written: true, sequence: 1 });
    expect(exits).toEqual(['SIGTERM']);
    expect(checkpointer.closed).toBe(true);
    expect(signals.count()).toBe(0);
    const fresh = new BacktestEngine(smallConfig());
    await resume(store, 'r1', fresh);
    expect(fresh.barsProcessed).toBe(78);
  });

  it('a second signal while one is pending exits at once, without a checkpoint', async () => {
    const store = tempRegistry();
    const signals = fakeSignals();
    const exits: TrappableSignal[] = [];
    const engine = new BacktestEngine(smallConfig());
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { onSignals: ['SIGINT'] }, signalSource: signals, exit: (s) => void exits.push(s) });
    signals.emit('SIGINT');
    signals.emit('SIGINT');
    expect(exits).toEqual(['SIGINT']);
    expect(checkpointer.closed).toBe(true);
    expect((await runIds(store, 'r1'))).toHaveLength(1);
  });
});

describe('resume', () => {
  async function runWithCheckpoints(store: CheckpointRegistry, bars: number): Promise<void> {
    const engine = new BacktestEngine(smallConfig());
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { everyBars: 40 } });
    for (let i = 0; i < bars; i++) {
      engine.step();
      await checkpointer.afterBar();
    }
    checkpointer.close();
  }

  it('continues the chain: the next checkpoint’s parent is the one resumed from', async () => {
    const store = tempRegistry();
    await runWithCheckpoints(store, 130);
    const engine = new BacktestEngine(smallConfig());
    const { checkpointer, resumed, skipped } = await resume(store, 'r1', engine, { policy: { everyBars: 40 } });
    expect(skipped).toEqual([]);
    expect(resumed!.checkpoint.sequence).toBe(3);
    expect(engine.barsProcessed).toBe(120);
    const next = await checkpointer.checkpoint();
    expect(next.written).toBe(false); // nothing happened since the resume point
    engine.step();
    const child = await checkpointer.checkpoint();
    expect((await stored(store, child.id)).parent_id).toBe(resumed!.checkpoint.checkpoint_id);
    expect(child.sequence).toBe(4);
    checkpointer.close();
  });

  it('passes over a latest checkpoint that does not verify, reports it, and resumes from the one before', async () => {
    const store = tempRegistry();
    await runWithCheckpoints(store, 130);
    const [, , previous, latest] = await runIds(store, 'r1');
    const file = await fileOf(store, 'r1', latest!);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/"cash":\{"USD":"[0-9.-]+"/, '"cash":{"USD":"1"'));
    const engine = new BacktestEngine(smallConfig());
    const { resumed, skipped } = await resume(store, 'r1', engine);
    expect(skipped.map((s) => [s.id, s.error.code])).toEqual([[latest, 'E_HASH_MISMATCH']]);
    expect(resumed!.checkpoint.checkpoint_id).toBe(previous);
    expect(engine.barsProcessed).toBe(80);
  });

  it('E_NOT_FOUND when the run has no checkpoint, or none verifies', async () => {
    const empty = tempRegistry();
    expect((await rejection(resume(empty, 'nope', new BacktestEngine(smallConfig())))).code).toBe('E_NOT_FOUND');
    const store = tempRegistry();
    await runWithCheckpoints(store, 10);
    for (const id of await runIds(store, 'r1')) await writeFile(await fileOf(store, 'r1', id), `{"version": "${LATEST_VERSION_STRING}"`);
    const e = await rejection(resume(store, 'r1', new BacktestEngine(smallConfig())));
    expect(e.code).toBe('E_NOT_FOUND');
    expect(e.message).toMatch(/none of the 1 checkpoints of run "r1" verifies \(newest: E_PARSE/);
  });

  it('a format 2.0 file in the registry loads upgraded, and resuming its run is refused for lack of a fingerprint', async () => {
    const store = tempRegistry();
    const engine = new BacktestEngine(smallConfig());
    for (let i = 0; i < 30; i++) engine.step();
    const { checkpointer } = await startRun(store, 'r1', engine);
    checkpointer.close();
    const latest = await stored(store, (await runIds(store, 'r1'))[0]!);
    const v2 = downgrade(latest, { to: 2, allowLoss: true }).document;
    const saved = await store.save(serializeCheckpoint(v2));
    const run = (await store.load(saved.id)).checkpoint.run_id; // 2.0 had no runs: "legacy-<id>"
    const e = await rejection(resume(store, run, new BacktestEngine(smallConfig())));
    expect([e.code, e.pointer]).toEqual(['E_RESUME_MISMATCH', '/fingerprint']);
  });

  it('openRun starts a run that has no checkpoints and resumes one that has', async () => {
    const store = tempRegistry();
    const first = await openRun(store, 'r1', new BacktestEngine(smallConfig()));
    expect(first.resumed).toBeNull();
    first.checkpointer.close();
    const second = await openRun(store, 'r1', new BacktestEngine(smallConfig()));
    expect(second.resumed!.checkpoint.sequence).toBe(0);
    second.checkpointer.close();
  });
});

describe('misuse', () => {
  it('startRun refuses a run id that already has checkpoints, and an invalid run id', async () => {
    const store = tempRegistry();
    (await startRun(store, 'r1', new BacktestEngine(smallConfig()))).checkpointer.close();
    const e = await rejection(startRun(store, 'r1', new BacktestEngine(smallConfig())));
    expect(e.code).toBe('E_ARGUMENT');
    expect(e.message).toMatch(/already has checkpoints/);
    expect((await rejection(startRun(store, 'bad run/id', new BacktestEngine(smallConfig())))).message).toMatch(/run id "bad run\/id" is not valid/);
  });

  it('calls after finish, and overlapping calls, are refused', async () => {
    const store = tempRegistry();
    const engine = new BacktestEngine(smallConfig());
    const { checkpointer } = await startRun(store, 'r1', engine);
    engine.step();
    const a = checkpointer.checkpoint();
    expect((await rejection(checkpointer.afterBar())).message).toMatch(/while a previous checkpointer call was still running/);
    await a;
    await checkpointer.finish();
    expect((await rejection(checkpointer.afterBar())).message).toMatch(/is closed/);
  });

  it('a store that files a checkpoint under another id is caught', async () => {
    const store = tempRegistry();
    const lying: CheckpointStore = {
      save: async (c) => ({ ...(await store.save(c)), id: '0'.repeat(64) }),
      load: (id) => store.load(id),
      latest: (q) => store.latest(q),
      list: (q) => store.list(q),
    };
    const e = await rejection(startRun(lying, 'r1', new BacktestEngine(smallConfig())));
    expect(e.code).toBe('E_HASH_MISMATCH');
  });

  it('a store missing a method, or an engine that is not Checkpointable, is E_ARGUMENT', async () => {
    expect((await rejection(startRun({} as CheckpointStore, 'r1', new BacktestEngine(smallConfig())))).message).toMatch(/takes a checkpoint store/);
    expect((await rejection(resume(tempRegistry(), 'r1', {} as BacktestEngine))).message).toMatch(/Checkpointable engine/);
  });

  it(`saved checkpoints load back as valid format ${LATEST_VERSION_STRING} files`, async () => {
    const store = tempRegistry();
    const engine = new BacktestEngine(smallConfig());
    const { checkpointer } = await startRun(store, 'r1', engine, { policy: { everyBars: 100 } });
    await runToEnd(engine, checkpointer);
    const entries = await store.list({ run: 'r1' });
    expect(entries.length).toBeGreaterThan(2);
    for (const e of entries) expect(loadCheckpoint(await readFile(await fileOf(store, 'r1', e.id))).original.version).toBe(LATEST_VERSION_STRING);
  });
});
