// Shared test helpers: capturing a CheckpointError, and arbitraries for JSON values that stress RFC 8785.
import fc from 'fast-check';
import { expect } from 'vitest';
import { isUnsafeNumber, MAX_SAFE } from '../../src/canonical/index.js';
import { CheckpointError } from '../../src/errors/index.js';

/** Runs `fn`, expects it to throw a CheckpointError, and returns the error. */
export function caught(fn: () => unknown): CheckpointError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CheckpointError);
    return e as CheckpointError;
  }
  throw new Error('expected a CheckpointError, but nothing was thrown');
}

/** Numbers at the edges of RFC 8785 number formatting and of the exact-integer range. */
export const EDGE_NUMBERS: readonly number[] = [
  0, -0, 1, -1, 0.1 + 0.2, 1e21, -1e21, 1e22, 1e-7, 1e-6, 5e-324, -5e-324, MAX_SAFE, -MAX_SAFE, 1e300,
  1.7976931348623157e308, 2.2250738585072014e-308, 333333333.33333329, 4.5, 0.002, 1e-27, 123456789.123456789,
  1.5e21, 1e-323, 0.000001, 123e-20,
];

/** Strings built from pieces that are hard to escape or to sort: controls, quotes, astral characters, … */
const PIECES = [
  '', 'a', 'A', 'z', '0', '1', '9', '10', '-', '.', ' ', '"', '\\', '/', '</script>', '\u0000', '\u0001', '\b', '\t',
  '\n', '\f', '\r', '\u001f', '\u007f', '\u0080', '\u00e9', 'é', '\u2028', '\u2029', '\u20ac', '\ufb01', '\ufb33',
  '\ufeff', '\uffff', '\u{1f600}', '\u{10ffff}', '\u{1d11e}', 'peach', 'péché', 'pêche', '\\ud800', '\\u0061',
];

export const trickyString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** Member names, including ones that sort differently by UTF-16 code unit than by code point, and index-like ones. */
export const trickyKey: fc.Arbitrary<string> = fc.oneof(
  trickyString,
  fc.constantFrom(
    '\ufb01', '\u{1f600}', '\uffff', '\u{10000}', '0', '1', '2', '9', '10', '01', '-1', '1.5', '4294967294',
    '4294967295', '__proto__', 'constructor', 'toString', 'toJSON', '', 'a', 'b', 'B', 'aa', 'symbol', 'price',
  ),
);

export const safeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...EDGE_NUMBERS),
  fc.integer({ min: -MAX_SAFE, max: MAX_SAFE }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !isUnsafeNumber(n)),
);

/** Builds an object with own data properties (also for "__proto__"), with Object.prototype or a null prototype. */
function makeObject(entries: readonly (readonly [string, unknown])[], nullProto: boolean): Record<string, unknown> {
  const o = Object.fromEntries(entries) as Record<string, unknown>;
  return nullProto ? Object.assign(Object.create(null) as Record<string, unknown>, o) : o;
}

/** JSON values that a checkpoint accepts, biased toward what RFC 8785 implementations get wrong. */
export const trickyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc.constant(null),
    fc.boolean(),
    safeNumber,
    trickyString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .tuple(fc.uniqueArray(fc.tuple(trickyKey, tie('value')), { maxLength: 6, selector: ([k]) => k }), fc.boolean())
      .map(([entries, nullProto]) => makeObject(entries, nullProto)),
  ),
})).value;

/** Walks a JSON value and reports whether it holds a number the format rejects. */
export function containsUnsafeNumber(v: unknown): boolean {
  if (typeof v === 'number') return isUnsafeNumber(v);
  if (Array.isArray(v)) return v.some(containsUnsafeNumber);
  if (v !== null && typeof v === 'object') return Object.values(v).some(containsUnsafeNumber);
  return false;
}

/** A copy of `v` with the members of every object in a random (seeded) order. */
export function shuffleKeys(v: unknown, seed: number): unknown {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const go = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(go);
    if (x === null || typeof x !== 'object') return x;
    const entries = Object.entries(x).map(([k, e]) => [k, go(e)] as const);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    return Object.fromEntries(entries);
  };
  return go(v);
}

/** A nesting of `depth` arrays, built without recursion: [[[…]]]. */
export function nestedArrays(depth: number): unknown[] {
  const root: unknown[] = [];
  let inner = root;
  for (let i = 1; i < depth; i++) {
    const next: unknown[] = [];
    inner.push(next);
    inner = next;
  }
  return root;
}
