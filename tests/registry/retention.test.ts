// Retention laws (fast-check): for any set of checkpoints and any policy, cleanup keeps the newest verified
// checkpoint of every run and deletes exactly what the policy names — checked against an oracle written
// from the definitions, on the pure planner and on real registries with corrupt files among the rest.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckpointRegistry, formatCleanupReport, planRetention, type RegistryEntry, type RetentionPolicy, LATEST_VERSION_STRING } from '../../src/index.js';
import { cleanupTemp, snapshot, stateFor, tempRoot } from './helpers.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);

/** The policy's meaning, per checkpoint, straight from the definitions in spec/registry.md §"Retention". */
function oracleDeletes(entries: RegistryEntry[], policy: RetentionPolicy, now: number): Set<string> {
  const ms = (t: string): number => Date.parse(t);
  const newer = (a: RegistryEntry, b: RegistryEntry): boolean =>
    a.sequence !== b.sequence ? a.sequence > b.sequence : ms(a.created_at) !== ms(b.created_at) ? ms(a.created_at) > ms(b.created_at) : a.id > b.id;
  const out = new Set<string>();
  for (const c of entries) {
    const run = entries.filter((e) => e.run_id === c.run_id && e.id !== c.id);
    const rank = run.filter((e) => newer(e, c)).length;
    const newest = rank === 0;
    const keptByLast = policy.keepLast !== undefined && rank < policy.keepLast;
    let keptByEvery = false;
    if (policy.keepEvery !== undefined) {
      const period = (policy.keepEvery.hours ?? 0) * 3_600_000 + (policy.keepEvery.days ?? 0) * DAY;
      const b = Math.floor(ms(c.timestamp) / period);
      keptByEvery = !run.some((e) => Math.floor(ms(e.timestamp) / period) === b && newer(e, c));
    }
    const eligible = policy.olderThanDays === undefined || now - ms(c.created_at) > policy.olderThanDays * DAY;
    if (eligible && !newest && !keptByLast && !keptByEvery) out.add(c.id);
  }
  return out;
}

const policyArb: fc.Arbitrary<RetentionPolicy> = fc
  .record(
    {
      keepLast: fc.integer({ min: 1, max: 5 }),
      keepEvery: fc.oneof(fc.record({ hours: fc.integer({ min: 1, max: 48 }) }), fc.record({ days: fc.integer({ min: 1, max: 3 }) })),
      olderThanDays: fc.integer({ min: 0, max: 20 }),
    },
    { requiredKeys: [] },
  )
  .filter((p) => Object.keys(p).length > 0);

interface Spec {
  run: number;
  sequence: number;
  hoursIntoBacktest: number;
  daysAgoCreated: number;
}
const specArb: fc.Arbitrary<Spec> = fc.record({
  run: fc.integer({ min: 0, max: 2 }),
  sequence: fc.integer({ min: 0, max: 30 }),
  hoursIntoBacktest: fc.integer({ min: 0, max: 24 * 6 }),
  daysAgoCreated: fc.integer({ min: 0, max: 30 }),
});

function entryOf(s: Spec, i: number): RegistryEntry {
  const id = i.toString(16).padStart(64, '0');
  return {
    id,
    path: `2024/03/${id}.json`,
    version: LATEST_VERSION_STRING,
    latest_format_id: id,
    strategy_name: 's',
    run_id: `run-${s.run}`,
    sequence: s.sequence,
    timestamp: new Date(Date.UTC(2024, 2, 1) + s.hoursIntoBacktest * 3_600_000).toISOString().replace('.000', ''),
    created_at: new Date(NOW - s.daysAgoCreated * DAY - i * 1000).toISOString().replace('.000', ''),
  };
}

describe('the retention planner', () => {
  it('deletes exactly what the policy names and always keeps every run\'s newest', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 40 }), policyArb, (specs, policy) => {
        const entries = specs.map(entryOf);
        const plan = planRetention(entries, policy, NOW);
        expect(new Set(plan.delete.map((p) => p.entry.id))).toEqual(oracleDeletes(entries, policy, NOW));
        expect(plan.keep.length + plan.delete.length).toBe(entries.length);
        for (const run of new Set(entries.map((e) => e.run_id))) {
          const newest = plan.keep.find((p) => p.entry.run_id === run && p.reasons.includes('newest'));
          expect(newest).toBeDefined();
          expect(entries.filter((e) => e.run_id === run).every((e) => e.sequence <= newest!.entry.sequence)).toBe(true);
        }
        for (const k of plan.keep) expect(k.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('examples: keepLast, keepEvery and olderThanDays', () => {
    const specs: Spec[] = [0, 1, 2, 3, 4, 5].map((i) => ({ run: 0, sequence: i, hoursIntoBacktest: i * 12, daysAgoCreated: 10 - i }));
    const entries = specs.map(entryOf);
    const deleted = (p: RetentionPolicy): number[] => planRetention(entries, p, NOW).delete.map((d) => d.entry.sequence).sort();
    expect(deleted({ keepLast: 2 })).toEqual([0, 1, 2, 3]);
    expect(deleted({ keepEvery: { days: 1 } })).toEqual([0, 2, 4]); // 12-hour steps: keep the later one of each day
    expect(deleted({ olderThanDays: 7.5 })).toEqual([0, 1, 2]);
    expect(deleted({ olderThanDays: 7 })).toEqual([0, 1, 2, 3]); // 7 days and 3 seconds ago is older than 7 days
    expect(deleted({ keepLast: 3, olderThanDays: 7 })).toEqual([0, 1, 2]);
    expect(deleted({ keepLast: 1, keepEvery: { days: 1 } })).toEqual([0, 2, 4]);
  });
});

describe('cleanup on a real registry', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempRoot('retention');
  });
  afterEach(() => cleanupTemp(dir));

  it('keeps every run\'s newest verified checkpoint, deletes exactly what the policy names, and touches nothing else', async () => {
    let trial = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(specArb, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { maxLength: 3 }), policyArb, fc.boolean(), async (specs, corruptPicks, policy, dryRun) => {
        const root = join(dir, `r${trial++}`);
        const outside = join(dir, `outside${trial}`);
        mkdirSync(outside);
        writeFileSync(join(outside, 'keep.json'), '{"precious": true}');
        const reg = new CheckpointRegistry(root, { now: () => NOW });
        const saved: RegistryEntry[] = [];
        for (const [i, s] of specs.entries()) {
          const ts = entryOf(s, i).timestamp;
          const res = await reg.create(stateFor(`run-${s.run}`, s.sequence, { timestamp: ts, salt: String(i) }), { createdAt: new Date(NOW - s.daysAgoCreated * DAY - i * 1000) });
          if (res.created) saved.push((await reg.list()).find((e) => e.id === res.id)!);
        }
        // Tamper with some files: they no longer verify, so they are neither "newest verified" nor deleted.
        const corrupt = new Set(corruptPicks.map((n) => saved[n % saved.length]!.id));
        for (const id of corrupt) {
          const e = saved.find((x) => x.id === id)!;
          writeFileSync(join(root, e.path), readFileSync(join(root, e.path), 'utf8').replace('"84250.75"', '"1"'));
        }
        const verified = saved.filter((e) => !corrupt.has(e.id));
        const expected = oracleDeletes(verified, policy, NOW);
        const before = snapshot(root);
        const outsideBefore = snapshot(outside);

        const report = await reg.cleanup(policy, { dryRun });
        expect(new Set(report.deleted.map((d) => d.id))).toEqual(expected);
        const corruptPaths = new Set(saved.filter((e) => corrupt.has(e.id)).map((e) => e.path));
        for (const s of report.skipped) {
          expect(corruptPaths.has(s.path)).toBe(true);
          expect(s.code).toBe('E_HASH_MISMATCH');
        }
        expect(formatCleanupReport(report)).toContain(dryRun ? 'would delete' : 'deleted');
        if (dryRun) {
          expect(snapshot(root)).toEqual(before);
        } else {
          for (const e of saved) expect(existsSync(join(root, e.path)), e.path).toBe(!expected.has(e.id));
          for (const run of new Set(verified.map((e) => e.run_id))) {
            const newest = verified.filter((e) => e.run_id === run).sort((a, b) => b.sequence - a.sequence || (a.created_at < b.created_at ? 1 : -1))[0]!;
            expect((await reg.load(newest.id)).id).toBe(newest.id);
            expect((await reg.latest({ run }))?.id).toBe(newest.id);
          }
        }
        expect(snapshot(outside)).toEqual(outsideBefore);
        for (const p of corruptPaths) expect(existsSync(join(root, p))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('a dry run reports the plan in words', async () => {
    const reg = new CheckpointRegistry(join(dir, 'reg'), { now: () => NOW });
    for (let i = 0; i < 4; i++) await reg.create(stateFor('r', i), { createdAt: new Date(NOW - (10 - i) * DAY) });
    const report = await reg.cleanup({ keepLast: 2 }, { dryRun: true });
    const text = formatCleanupReport(report);
    expect(text).toMatch(/^cleanup \(dry run\) at 2025-06-01T00:00:00.000Z with policy \{"keepLast":2\}/);
    expect(text).toMatch(/would delete {2}2024\/03\/[0-9a-f]{64}\.json {2}run "r" seq 0/);
    expect(text).toMatch(/keep {10}2024\/03\/[0-9a-f]{64}\.json {2}run "r" seq 3 {2}\(newest, keep-last\)/);
    expect(text).toMatch(/2 would delete, 2 kept, 0 skipped/);
    expect((await reg.list()).length).toBe(4);
  });
});
