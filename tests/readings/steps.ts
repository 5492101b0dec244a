// The one place the mutation test reaches into the library's internals: where the migration steps and the JSON
// diff live. If they move (for instance into one folder per version), only this file changes.
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import { STEPS } from '../../migrations/index.js';
import type * as Lib from '../../src/index.js';
import type * as JsonUtil from '../../src/util/json.js';
import type { Doc, MigrationStep } from '../../migrations/index.js';

type Fn = (doc: Doc) => Doc;

/**
 * Replaces `up` or `down` of the step between `from` and `to` by `wrap(original)`, for every caller of the library
 * (the chain driver reads the step objects at call time). Returns the function that puts the original back.
 */
export function patchStep(from: string, to: string, which: 'up' | 'down', wrap: (original: Fn) => Fn): () => void {
  const step = STEPS.find((s) => s.from === from && s.to === to);
  if (step === undefined) throw new Error(`no migration step ${from} → ${to}: update tests/readings/steps.ts`);
  const mutable = step as { -readonly [K in keyof MigrationStep]: MigrationStep[K] };
  const original = mutable[which];
  mutable[which] = wrap(original.bind(step));
  return () => {
    mutable[which] = original;
  };
}

const JSON_UTIL = fileURLToPath(new URL('../../src/util/json.ts', import.meta.url));

/**
 * A fresh instance of the library in which the JSON diff of the legacy record and the loss report (SPEC §14.6) is
 * `make(the original module)`. Returns it with the function that removes the substitute again.
 */
export async function libraryWithDiff(make: (actual: typeof JsonUtil) => typeof JsonUtil.diff): Promise<{ lib: typeof Lib; restore(): void }> {
  vi.doMock(JSON_UTIL, async (importOriginal) => {
    const actual = await importOriginal<typeof JsonUtil>();
    return { ...actual, diff: make(actual) };
  });
  vi.resetModules();
  const lib = (await import('../../src/index.js')) as typeof Lib;
  return {
    lib,
    restore: () => {
      vi.doUnmock(JSON_UTIL);
      vi.resetModules();
    },
  };
}
