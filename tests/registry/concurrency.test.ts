// Concurrency: 4 processes × 250 saves into one registry at once. Half of each process's saves are states
// every process saves (same id: one file, exactly one `created`), half are its own. Nothing is lost,
// nothing is corrupt, and the index agrees with the files.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRegistry } from '../../src/index.js';
import { cleanupTemp, DIST_INDEX, ensureDist, FIXTURES, tempRoot } from './helpers.js';

beforeAll(() => ensureDist(), 300_000);

function runChild(root: string, run: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(FIXTURES, 'save-loop.mjs'), DIST_INDEX, root, run, '0', '250', 'shared'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(out.split('\n').filter(Boolean)) : reject(new Error(`child ${run} failed (${code}): ${err}`))));
  });
}

describe('4 processes × 250 saves into one registry', () => {
  it('loses nothing, corrupts nothing, and the first write of a shared state wins exactly once', async () => {
    const dir = tempRoot('concurrency');
    try {
      const root = join(dir, 'reg');
      const outputs = await Promise.all([0, 1, 2, 3].map((p) => runChild(root, `proc-${p}`)));
      const saves = outputs.flat().map((line) => {
        const [, seq, id, created] = line.split(' ');
        return { seq: Number(seq), id: id!, created: created === 'true' };
      });
      expect(saves).toHaveLength(1000);
      const shared = saves.filter((s) => s.seq % 2 === 0);
      const sharedIds = new Set(shared.map((s) => s.id));
      expect(sharedIds.size).toBe(125);
      for (const id of sharedIds) expect(shared.filter((s) => s.id === id && s.created)).toHaveLength(1);
      const own = saves.filter((s) => s.seq % 2 === 1);
      expect(new Set(own.map((s) => s.id)).size).toBe(500);
      expect(own.every((s) => s.created)).toBe(true);

      const reg = new CheckpointRegistry(root);
      const listed = await reg.list();
      expect(listed).toHaveLength(625);
      expect(new Set(listed.map((e) => e.id))).toEqual(new Set(saves.map((s) => s.id)));
      for (const s of saves) expect((await reg.load(s.id)).checkpoint.sequence).toBe(s.seq);
      for (const p of [0, 1, 2, 3]) expect((await reg.latest({ run: `proc-${p}` }))?.sequence).toBe(249);
      expect((await reg.latest({ run: 'shared' }))?.sequence).toBe(248);

      const report = await reg.fsck({ tmpGraceMs: 0 });
      expect(report.problems).toEqual([]);
      expect(report.checked).toBe(625);
      expect(report.tempFiles.swept).toEqual([]);
      expect(report.index).toMatchObject({ missing: 0, ghost: 0, mismatched: 0, invalidLines: 0, rewritten: false });
      expect(await reg.rebuildIndex()).toEqual({ count: 625, skipped: 0 });
      expect(await reg.list()).toEqual(listed);
    } finally {
      cleanupTemp(dir);
    }
  }, 300_000);
});
