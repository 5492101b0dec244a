// contentId serializes a member whose numbers may be spelled otherwise (17-digit doubles, 1e-9) again for the id.
// A member of 10^6 returns is tens of megabytes of text, and building it whole was the peak of a load (issue 16,
// item 4): long arrays are now hashed a slice at a time. The bytes hashed must not change.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

const sizes: number[] = [];
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    createHash: (algorithm: string) => {
      const hash = real.createHash(algorithm);
      const update = hash.update.bind(hash) as (data: string | Uint8Array, encoding?: BufferEncoding) => typeof hash;
      hash.update = ((data: string | Uint8Array, encoding?: BufferEncoding) => {
        sizes.push(data.length);
        update(data, encoding);
        return hash;
      }) as typeof hash.update;
      return hash;
    },
  };
});

const { contentId, hashedPart } = await import('../../src/format/index.js');
const { parseJsonBytes } = await import('../../src/json/index.js');
const { canonicalString, sha256Hex } = await import('../../src/canonical/index.js');
const { CHUNK } = await import('../../src/canonical/digest.js');

/** The id from the whole canonical text as one string: the reference the pieces must agree with. */
const wholeTextId = (doc: Record<string, unknown>): string => sha256Hex(canonicalString(hashedPart(doc)));

const bytesOf = (value: unknown): Uint8Array => new TextEncoder().encode(`${canonicalString(value)}\n`);

/** Computed doubles (17 significant digits), so the member is not exact and its value is serialized again. */
const returns = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 0.01);

afterEach(() => {
  sizes.length = 0;
});

describe('contentId of members with long arrays', () => {
  it('regression: 10^6 doubles are hashed a slice at a time, never as one string (issue 16.4)', () => {
    const doc = { checkpoint_id: 'x', strategy_state: { note: 'Zürich', returns: returns(1_000_000, 1), window: 20 }, version: 'any' };
    const { value, canonical } = parseJsonBytes(bytesOf(doc));
    expect(canonical?.members?.find((m) => m.name === 'strategy_state')?.exact).toBe(false);
    sizes.length = 0;
    const id = contentId(value as Record<string, unknown>, canonical);
    expect(Math.max(...sizes)).toBeLessThan(1 << 20);
    expect(id).toBe(wholeTextId(doc));
  });

  it('hashes the same bytes as serializing the whole value, wherever the long arrays are', () => {
    // numbers the format accepts (integers beyond 2^53 are refused, as they should be)
    const double = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 });
    const long = fc.tuple(fc.integer({ min: CHUNK - 2, max: 4 * CHUNK + 3 }), fc.integer()).map(([n, seed]) => returns(n, seed));
    const member = fc.oneof(
      long,
      fc.record({ a: long, b: double, c: fc.string() }),
      fc.tuple(long, fc.array(double, { maxLength: 3 }), long),
      long.map((xs) => [xs.map((x) => [x, 'ü'])]),
      long.map((xs) => ({ nested: { deeper: xs, empty: [], obj: {} }, z: [xs.slice(0, CHUNK + 1)] })),
      // an object with more members than CHUNK, written a member at a time
      long.map((xs) => Object.fromEntries(xs.map((x, i) => [`m${String(i).padStart(5, '0')}`, i % 3 === 0 ? [x, { y: x }] : x]))),
    );
    fc.assert(
      fc.property(member, member, (a, b) => {
        const doc = { a, b, checkpoint_id: 'x', version: 'any' };
        const { value, canonical } = parseJsonBytes(bytesOf(doc));
        expect(canonical?.inOrder).toBe(true);
        expect(contentId(value as Record<string, unknown>, canonical)).toBe(wholeTextId(doc));
      }),
      { numRuns: 30 },
    );
  });
});
