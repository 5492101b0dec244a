// The inner loop (`npm run test:fast`): every test except those that drive real processes through crashes,
// signals and races, or need the S3 gateway; they take most of the suite's time and rarely break from a library
// change. CI and `npm test` still run everything (vitest.config.ts). README, "Scripts", says what is left out.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'node_modules/**',
        'tests/engine/crash.test.ts', // SIGKILLed backtests resumed from the registry
        'tests/engine/demo.test.ts', // the exact-resume demo, crash included, as a user runs it
        'tests/registry/crash.test.ts', // SIGKILL trials against real save loops
        'tests/registry/crash-points.test.ts', // a child SIGKILLed at every file-system call of every operation
        'tests/registry/concurrency.test.ts', // racing writer processes and locks
        'tests/registry/latest-race.test.ts', // three racing processes: save, compact, latest
        'tests/interop/registry.test.ts', // Python and TypeScript writer processes, Python ones SIGKILLed
        'tests/objectstore/*gateway*.test.ts', // a real Ceph S3 gateway (skipped without one anyway)
      ],
      // The default on this 2-core machine is one worker; most of what remains waits on child processes (the
      // CLI tests run the real program), so more workers than cores overlap those waits.
      maxWorkers: 4,
      // Sharing the machine four ways makes the longest tests (docs/cli.md's 40 commands) slower than CI's limit.
      testTimeout: 240_000,
      // The cross-language properties with 100 documents per version instead of CI's 1,000.
      env: { CKPT_INTEROP_RUNS: '100' },
      reporters: ['default'],
    },
  }),
);
