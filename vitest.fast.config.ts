// The inner loop (`npm run test:fast`): every test except those that drive real processes through crashes,
// signals and races, which take most of the suite's time and rarely break from a library change. CI and
// `npm test` still run everything (vitest.config.ts).
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
        'tests/registry/concurrency.test.ts', // racing writer processes and locks
      ],
      reporters: ['default'],
    },
  }),
);
