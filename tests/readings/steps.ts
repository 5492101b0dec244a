// The one place the mutation test reaches into the library's internals: where the migration steps live. If the
// steps move (for instance into one folder per version), only this import changes.
import { STEPS } from '../../migrations/index.js';
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
