// The three-process latest check (issue 11.1) as a property of every interleaving the processes produce:
// one process saves sequences 1, 2, 3… of a run and records each once create() has returned; one compacts
// the index in a loop (what any reader does every 2,000 records, and what fsck and rebuild do); one reads
// the recorded number, then asks a fresh registry object for latest. The rule: latest never answers below
// a save acknowledged before the call began, and never undefined for a run that has a checkpoint. Bounded:
// a fixed number of saves, whatever the machine's speed.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanupTemp, DIST_INDEX, ensureDist, REPO, tempRoot } from './helpers.js';

const CHILD = join(REPO, 'tests/registry/fixtures/latest-race.mjs');
const SAVES = 80;

function run(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CHILD, DIST_INDEX, ...args], { timeout: 300_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)));
  });
}

let dir: string;
beforeAll(() => ensureDist(), 300_000);
beforeEach(() => {
  dir = tempRoot('latest-race');
});
afterEach(() => cleanupTemp(dir));

describe('latest under a saver, a compactor and a reader in three processes (issue 11.1)', () => {
  for (const keepLast of [0, 1]) {
    it(`never below an acknowledged save, never undefined${keepLast > 0 ? `, with retention keepLast ${keepLast} after each save` : ''}`, async () => {
      const root = join(dir, 'reg');
      const ack = join(dir, 'ack');
      const stop = join(dir, 'stop');
      const compactor = run(['compactor', root, stop]);
      const reader = run(['reader', root, ack, stop]);
      try {
        await run(['saver', root, ack, String(SAVES), String(keepLast)]);
      } finally {
        writeFileSync(stop, '');
      }
      const [compacted, read] = await Promise.all([compactor, reader]);
      const m = /^reads (\d+) violations (\d+) ?(.*)$/m.exec(read);
      expect(m, read).not.toBeNull();
      console.log(`latest race (keepLast ${keepLast}): ${read.trim()}; ${compacted.trim()}`);
      expect(m![3]).toBe('');
      expect(Number(m![2])).toBe(0);
      expect(Number(m![1])).toBeGreaterThan(0);
    }, 300_000);
  }
});
