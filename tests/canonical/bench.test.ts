// The benchmark code must keep working: it is run by hand, so a test runs it on tiny documents.
import { describe, expect, it } from 'vitest';
import { formatRows, runCanonicalBench } from '../../bench/canonical.bench.js';
import { formatTable, measure, ratio } from '../../bench/harness.js';

describe('bench harness', () => {
  it('measures a median time and computes ratios as baseline time / candidate time', () => {
    const m = measure('noop', () => 1, { minTimeMs: 5, minRuns: 7, warmupMs: 1 });
    expect(m.runs).toBeGreaterThanOrEqual(7);
    expect(m.medianMs).toBeGreaterThanOrEqual(0);
    const base = { name: 'a', medianMs: 2, opsPerSec: 500, runs: 1 };
    const slow = { name: 'b', medianMs: 4, opsPerSec: 250, runs: 1 };
    expect(ratio(base, slow)).toBe(0.5);
  });

  it('formats an aligned table', () => {
    expect(formatTable([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\n---  --\nccc   d');
  });
});

describe('runCanonicalBench', () => {
  it('reports both ratios for each document', async () => {
    const docs = [
      { name: 'tiny', doc: { b: [1, 2.5, 'x'], a: { d: null, c: true } } },
      { name: 'rows', doc: Array.from({ length: 20 }, (_, i) => ({ z: i, y: `${i}`, '10': i, '9': [i] })) },
    ];
    const rows = await runCanonicalBench(docs, { minTimeMs: 2, minRuns: 3, warmupMs: 1 });
    expect(rows.map((r) => r.name)).toEqual(['tiny', 'rows']);
    for (const r of rows) {
      expect(r.canonicalHashRatio).toBeGreaterThan(0);
      expect(r.canonicalizeRatio).toBeGreaterThan(0);
      expect(r.bytes).toBeGreaterThan(0);
    }
    expect(formatRows(rows)).toContain('canonicalHash ratio');
  });
});
