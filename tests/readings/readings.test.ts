// Mutation test of the vector set (issue 13): every alternative reading of the specification that a review has
// found (spec/vectors/readings.json) must fail at least one vector that the intended reading passes. A reading
// that passes every vector is a passage where two careful implementations can disagree with every vector green:
// add a vector (spec/vectors/generate.mjs) that tells them apart, and name it in readings.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { VECTORS_DIR } from '../vectors/load-vectors.js';
import { judge } from './agree.js';
import { ALTERNATIVES } from './alternatives.js';

interface Reading {
  id: string;
  section: string;
  passage: string;
  intended: string;
  alternative: string;
  found_by: string;
  killed_by: string[];
}

const readings = (JSON.parse(readFileSync(join(VECTORS_DIR, 'readings.json'), 'utf8')) as { readings: Reading[] }).readings;

describe('the vector set against every known alternative reading (spec/vectors/readings.json)', () => {
  it('the intended reading (the library) agrees with every vector', () => {
    expect(judge(lib).failing).toEqual([]);
  });

  it('lists each reading once, with an implementation in tests/readings/alternatives.ts', () => {
    const ids = readings.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.keys(ALTERNATIVES).sort());
    for (const r of readings) {
      expect(r.section, r.id).toMatch(/^§\d+(\.\d+)*( and §\d+(\.\d+)*)*$/);
      expect(r.killed_by.length, r.id).toBeGreaterThan(0);
    }
  });

  for (const r of readings) {
    it(`${r.id} (${r.section}) fails the vectors readings.json names`, async () => {
      const applied = await ALTERNATIVES[r.id]!(lib);
      let failing: readonly string[];
      try {
        failing = judge(applied.api).failing;
      } finally {
        applied.restore();
      }
      expect(failing.length, `${r.id} passes every vector: add one that tells it apart`).toBeGreaterThan(0);
      expect(failing, `every vector named in killed_by fails ${r.id}`).toEqual(expect.arrayContaining(r.killed_by));
    });
  }

  afterAll(() => {
    // A reading that forgot to restore the library would make later test files lie.
    expect(judge(lib).failing).toEqual([]);
  });
});
