// The user guide cannot rot: every code block it quotes must equal the region of the example file it
// names (byte for byte, except that the files import '../../src/index.js' where the guide says
// 'state-checkpoint'), every region is quoted, and the quoted code runs and does what the guide says.
// After editing examples/guide/*.ts, `node scripts/sync-guide.mjs` rewrites the quotes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureCheckpoint, CheckpointError, createCheckpoint, restoreCheckpoint, type CheckpointState } from '../../src/index.js';
import { BACKTEST_POLICY, LIVE_POLICY, restartable, resumeBacktest, startBacktest } from '../../examples/guide/run.js';
import { TinyEngine, type TinyConfig } from '../../examples/guide/tiny-engine.js';
import { restoreAnyway } from '../../examples/guide/versions.js';
import { ROOT } from './dist.js';
import { runIds, tempRegistry } from './registry-helpers.js';

const GUIDE = join(ROOT, 'docs', 'engine-guide.md');
const QUOTE = /<!-- quote (\S+)#(\S+) -->\n\n```ts\n([\s\S]*?)\n```/g;
const REGION = /^[ \t]*\/\/ #region (\S+)\n([\s\S]*?)^[ \t]*\/\/ #endregion \1$/gm;

function regions(file: string): Map<string, string> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return new Map([...text.matchAll(REGION)].map((m) => [m[1]!, m[2]!.replace(/\n$/, '').replaceAll("'../../src/index.js'", "'state-checkpoint'")]));
}

describe('docs/engine-guide.md quotes the example files exactly', () => {
  const guide = readFileSync(GUIDE, 'utf8');
  const quotes = [...guide.matchAll(QUOTE)];

  it('every quote marker is followed by a ts block', () => {
    expect(quotes.length).toBe(guide.split('<!-- quote ').length - 1);
    expect(quotes.length).toBeGreaterThan(5);
  });

  for (const [, file, name, block] of quotes) {
    it(`${file}#${name}`, () => {
      const region = regions(file!).get(name!);
      expect(region, `no region "${name}" in ${file}`).toBeDefined();
      expect(block).toBe(region);
    });
  }

  it('every region of the guide’s example files is quoted', () => {
    const quoted = new Set(quotes.map((q) => `${q[1]}#${q[2]}`));
    for (const file of ['examples/guide/tiny-engine.ts', 'examples/guide/run.ts', 'examples/guide/versions.ts']) {
      for (const name of regions(file).keys()) expect(quoted.has(`${file}#${name}`), `${file}#${name} is not quoted`).toBe(true);
    }
  });
});

// Prices with rising and falling streaks, generated from a fixed linear congruential sequence.
function prices(n: number, seed: number): string[] {
  let x = seed;
  let p = 10_000;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    p = Math.max(100, p + ((x >>> 16) % 41) - 20);
    out.push(`${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`.replace(/0+$/, '').replace(/\.$/, ''));
  }
  return out;
}

describe('the guide’s code runs', () => {
  const config: TinyConfig = { symbol: 'ACME', seed: 42, streak: 3 };
  const data = prices(400, 9);
  beforeAll(() => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it('the tiny engine trades, and its checkpoints are valid', async () => {
    const store = tempRegistry();
    const final = (await startBacktest(store, 'tiny', data, config, { everyBars: 50 }))!;
    const last = (await store.load(final.id)).checkpoint;
    expect(last.order_state.fills.length).toBeGreaterThan(10);
    expect(await runIds(store, 'tiny')).toHaveLength(9); // checkpoint 0, one every 50 bars, the final one
  });

  it('start, crash at any bar k, resume: the same final id as an uninterrupted run', async () => {
    const policy = { everyBars: 37 };
    const clean = (await startBacktest(tempRegistry(), 'tiny', data, config, policy))!;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: data.length }), async (k) => {
        const store = tempRegistry();
        expect(await startBacktest(store, 'tiny', data, config, policy, k)).toBeUndefined();
        const resumed = await resumeBacktest(store, 'tiny', data, config, policy);
        expect(resumed.id).toBe(clean.id);
      }),
      { numRuns: 30 },
    );
  });

  it('restartable runs to the end, and run again goes on from its final checkpoint without writing a new one', async () => {
    const registry = tempRegistry();
    const traps = process.listenerCount('SIGTERM');
    const first = await restartable(registry.root, 'tiny', data, config);
    const again = await restartable(registry.root, 'tiny', data, config);
    expect(again).toMatchObject({ id: first.id, written: false });
    expect(process.listenerCount('SIGTERM')).toBe(traps); // the policy's signal traps are gone after finish()
  });

  it('resumeBacktest reports a resume under another configuration, and rethrows it', async () => {
    const store = tempRegistry();
    await startBacktest(store, 'tiny', data, config, BACKTEST_POLICY, 120);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(resumeBacktest(store, 'tiny', data, { ...config, streak: 4 }, LIVE_POLICY)).rejects.toMatchObject({ code: 'E_RESUME_MISMATCH', pointer: '/fingerprint/config' });
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^cannot resume run tiny: the strategy config differs/));
  });

  it('migrateStreak upgrades version 1 state to exactly the version 2 state', () => {
    const engine = new TinyEngine(data, config);
    for (let i = 0; i < 123; i++) engine.step();
    const ckpt = captureCheckpoint(engine, { run: 'tiny', parent: null, sequence: 0 });
    const { ups, downs } = ckpt.strategy_state!.data as { ups: number; downs: number };
    const { checkpoint_id: _i, version: _v, created_at: _c, ...state } = structuredClone(ckpt);
    const v1: CheckpointState = { ...state, strategy_state: { schema: 'streak', schema_version: 1, data: { streak: ups > 0 ? ups : -downs } } };
    const fresh = new TinyEngine(data, config);
    expect(restoreCheckpoint(fresh, createCheckpoint(v1)).migrated).toEqual({ from: 1, to: 2 });
    expect(fresh.extract()).toEqual(engine.extract());
  });

  it('restoreAnyway forces past a fingerprint mismatch and reports it', () => {
    const engine = new TinyEngine(data, config);
    for (let i = 0; i < 50; i++) engine.step();
    const ckpt = captureCheckpoint(engine, { run: 'tiny', parent: null, sequence: 0 });
    const changed = new TinyEngine(data, { ...config, streak: 5 });
    expect(() => restoreCheckpoint(changed, ckpt)).toThrow(CheckpointError);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(restoreAnyway(changed, ckpt).overridden.map((d) => d.pointer)).toEqual(['/fingerprint/config']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(changed.barsProcessed).toBe(50);
  });
});
