// Fault injection with real processes: 200 trials of a child process saving in a loop and killed with
// SIGKILL at a random moment. After every trial latest is loadable, every save that returned loads, and
// fsck finds nothing wrong (see fixtures/crash-trials.mjs). `npm run soak:registry` runs many more.
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRegistry } from '../../src/index.js';
import { runCrashTrials } from './fixtures/crash-trials.mjs';
import { cleanupTemp, DIST_INDEX, ensureDist, tempRoot } from './helpers.js';

beforeAll(() => ensureDist(), 300_000);

describe('SIGKILL during save loops', () => {
  it('200 trials: latest loadable, every returned save loadable, fsck clean apart from swept temp files', async () => {
    const dir = tempRoot('crash');
    try {
      const stats = await runCrashTrials({ CheckpointRegistry, distIndex: DIST_INDEX, dir, trials: 200, roots: 10 });
      console.log(`crash trials: ${JSON.stringify(stats)}`);
      expect(stats.trials).toBe(200);
      expect(stats.savesReturned).toBeGreaterThan(0);
      // The kills landed inside saves (a writer died holding its run lock), not only between them.
      expect(stats.staleLocksBroken + stats.tempFilesSwept).toBeGreaterThan(0);
    } finally {
      cleanupTemp(dir);
    }
  }, 600_000);
});
