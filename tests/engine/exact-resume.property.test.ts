// The proof of exact resume, in process: for every crash point k and every checkpoint policy, a run
// that crashes after bar k and resumes from its latest checkpoint ends with the same final checkpoint
// id (and the same chain of checkpoint ids) as the uninterrupted run. And the proof can fail: a
// restore that drops the random generator state, or one feed cursor, ends somewhere else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureCheckpoint, restoreCheckpoint, stateDigest } from '../../src/index.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { Xoshiro128 } from '../../examples/engine/prng.js';
import { crashAndResume, forgetting, smallConfig, uninterrupted, type TestPolicy } from './helpers.js';

const SEEDS = [7, 11, 2024];
const totals = new Map(SEEDS.map((s) => [s, new BacktestEngine(smallConfig(s)).totalBars]));

const policyArb: fc.Arbitrary<TestPolicy> = fc.record(
  {
    // Down to 4 bars; every single bar is covered by the checkpointer unit tests.
    everyBars: fc.option(fc.integer({ min: 4, max: 120 }), { nil: undefined }),
    everySeconds: fc.option(fc.double({ min: 0.2, max: 3, noNaN: true }), { nil: undefined }),
    msPerBar: fc.integer({ min: 1, max: 40 }),
    demandAt: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 4 }),
  },
  { requiredKeys: ['msPerBar', 'demandAt'] },
);

describe('exact resume (in process)', () => {
  it('for every crash point k and policy, crash + resume ends with the uninterrupted run’s final id and chain', async () => {
    const references = new Map<string, Awaited<ReturnType<typeof uninterrupted>>>();
    let recomputed = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), policyArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), async (seed, policy, at, checkpointAtK) => {
        const total = totals.get(seed)!;
        const k = Math.round(at * total);
        // "Checkpoint at k": both runs also checkpoint on demand right at the crash point.
        const p = checkpointAtK ? { ...policy, demandAt: [...policy.demandAt, k] } : policy;
        const key = JSON.stringify([seed, p]);
        const ref = references.get(key) ?? (await uninterrupted(smallConfig(seed), p));
        references.set(key, ref);
        const run = await crashAndResume(smallConfig(seed), p, k);
        expect(run.final.id).toBe(ref.final.id);
        expect(run.ids).toEqual(ref.ids);
        expect(run.resumedAt).toBeLessThanOrEqual(run.crashedAt);
        if (checkpointAtK) expect(run.resumedAt).toBe(run.crashedAt);
        recomputed += run.crashedAt - run.resumedAt;
      }),
      { numRuns: 100 },
    );
    // Some trials crashed between checkpoints and had to recompute bars: not a vacuous proof.
    expect(recomputed).toBeGreaterThan(0);
  });

  it('restoring any checkpoint into a fresh engine gives back exactly the same state', () => {
    const config = smallConfig(11);
    const engine = new BacktestEngine(config);
    const lineage = { run: 'r', parent: null, sequence: 0 };
    let k = 0;
    do {
      if (k % 17 === 0) {
        const ckpt = captureCheckpoint(engine, lineage);
        const fresh = new BacktestEngine(config);
        restoreCheckpoint(fresh, ckpt);
        expect(captureCheckpoint(fresh, lineage).checkpoint_id).toBe(ckpt.checkpoint_id);
        expect(fresh.extract()).toEqual(engine.extract());
      }
      k++;
    } while (engine.step());
    expect(k).toBe(engine.totalBars + 1);
  });
});

/** Bars after which the engine's random generator has moved, in an uninterrupted run. */
function rngDrawBars(seed: number): number[] {
  const engine = new BacktestEngine(smallConfig(seed));
  const bars: number[] = [];
  let before = JSON.stringify(engine.extract().engine_state.rng);
  while (engine.step()) {
    const now = JSON.stringify(engine.extract().engine_state.rng);
    if (now !== before) bars.push(engine.barsProcessed);
    before = now;
  }
  return bars;
}

describe('broken resumes are caught', () => {
  const seed = 7;
  const onDemandAt = (k: number): TestPolicy => ({ msPerBar: 1, demandAt: [k] });

  it('a restore that drops the random generator state (re-seeds it) ends with a different final id', async () => {
    const draws = rngDrawBars(seed);
    // Crash points after the generator has moved and with at least 8 more draws to come.
    expect(draws.length).toBeGreaterThan(12);
    const first = draws[0]!;
    const last = draws[draws.length - 8]!;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: first, max: last - 1 }), async (k) => {
        const ref = await uninterrupted(smallConfig(seed), onDemandAt(k));
        const reseed = Xoshiro128.fromSeed(smallConfig(seed).seed).state();
        const broken = await crashAndResume(smallConfig(seed), onDemandAt(k), k, (e) =>
          forgetting(e, (s) => ({ ...s, engine_state: { ...s.engine_state, rng: { algorithm: 'xoshiro128**', state: reseed as [number, ...number[]] } } })),
        );
        expect(broken.resumedAt).toBe(k);
        expect(broken.final.id).not.toBe(ref.final.id);
        // The control: the same crash with a correct restore is identical.
        expect((await crashAndResume(smallConfig(seed), onDemandAt(k), k)).final.id).toBe(ref.final.id);
      }),
      { numRuns: 25 },
    );
  });

  it('a restore that drops one feed cursor (the feed starts over) ends with a different final id', async () => {
    const total = totals.get(seed)!;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: total - 1 }), fc.integer({ min: 0, max: 2 }), async (k, which) => {
        const ref = await uninterrupted(smallConfig(seed), onDemandAt(k));
        const feed = Object.keys(new BacktestEngine(smallConfig(seed)).extract().engine_state.feeds)[which]!;
        const broken = await crashAndResume(smallConfig(seed), onDemandAt(k), k, (e) =>
          forgetting(e, (s) => ({ ...s, engine_state: { ...s.engine_state, feeds: { ...s.engine_state.feeds, [feed]: { cursor: 0 } } } })),
        );
        const crashed = await crashAndResume(smallConfig(seed), onDemandAt(k), k);
        expect(crashed.final.id).toBe(ref.final.id);
        // When the checkpoint had already taken bars from that feed, dropping its cursor replays them.
        const hadBars = (JSON.parse(crashed.store.files.get(crashed.resumedFrom)!) as { engine_state: { feeds: Record<string, { cursor: number }> } }).engine_state.feeds[feed]!.cursor > 0;
        if (hadBars) expect(broken.final.id).not.toBe(ref.final.id);
        else expect(stateDigest(JSON.parse(broken.store.files.get(broken.final.id)!))).toBe(stateDigest(JSON.parse(ref.store.files.get(ref.final.id)!)));
      }),
      { numRuns: 25 },
    );
  });
});
