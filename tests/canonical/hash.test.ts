import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalHash, canonicalString, sha256Hex } from '../../src/canonical/index.js';
import { CHUNK } from '../../src/canonical/digest.js';
import { caught, shuffleKeys, trickyJson } from './helpers.js';

describe('sha256Hex', () => {
  it('gives the FIPS 180-2 digest of "abc" as lowercase hex, for a string and for bytes', () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sha256Hex('abc')).toBe(abc);
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(abc);
  });

  it('hashes a string as its UTF-8 bytes', () => {
    expect(sha256Hex('é\u{1f600}')).toBe(sha256Hex(new TextEncoder().encode('é\u{1f600}')));
  });
});

describe('canonicalBytes', () => {
  it('is the UTF-8 encoding of the canonical text, as a plain Uint8Array', () => {
    const bytes = canonicalBytes({ b: '€', a: 1 });
    expect(bytes.constructor).toBe(Uint8Array);
    expect(Array.from(bytes)).toEqual([...Buffer.from('{"a":1,"b":"€"}', 'utf8')]);
  });
});

describe('canonicalHash', () => {
  it('is the SHA-256 of the canonical UTF-8 bytes', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        const expected = createHash('sha256').update(Buffer.from(canonicalize(v) ?? '', 'utf8')).digest('hex');
        expect(canonicalHash(v)).toBe(expected);
        expect(canonicalHash(v)).toBe(sha256Hex(canonicalBytes(v)));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same id for the same state in any member order', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer(), (v, seed) => {
        expect(canonicalHash(shuffleKeys(v, seed))).toBe(canonicalHash(v));
      }),
      { numRuns: 200 },
    );
  });

  it('hashes a fixed document to a fixed id', () => {
    const doc = { version: '1.0.0', positions: { AAPL: { qty: '10', px: '187.5' } }, n: [1e21, -0, 0.5] };
    expect(canonicalString(doc)).toBe('{"n":[1e+21,0,0.5],"positions":{"AAPL":{"px":"187.5","qty":"10"}},"version":"1.0.0"}');
    expect(canonicalHash(doc)).toBe(createHash('sha256').update(canonicalString(doc)).digest('hex'));
    expect(canonicalHash(doc)).toMatch(/^[0-9a-f]{64}$/);
  });

  // canonicalHash writes the text of a large value in pieces (digest.ts): arrays a slice of CHUNK elements at a
  // time, big objects a member at a time. The bytes hashed must be the whole canonical text's.
  it('hashes large values (long arrays, objects with many members, nested in each other) as their whole canonical text', () => {
    // Without index-like names and "__proto__", which make the whole value be written by hand (as one text); and
    // with lengths drawn explicitly, as fc.array keeps lengths near minLength by default.
    const plain = trickyJson.map(withoutManualNames);
    const longArray = fc.integer({ min: CHUNK - 1, max: 3 * CHUNK + 2 }).chain((n) => fc.array(plain, { minLength: n, maxLength: n }));
    const bigObject = (inner: fc.Arbitrary<unknown>) =>
      fc.tuple(inner, fc.integer({ min: CHUNK - 1, max: CHUNK + 2 }), plain).map(([x, n, small]) =>
        Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${((n - i) * 7919) % 10007}`, i === n >> 1 ? x : i % 2 === 0 ? small : i])),
      );
    const large = fc.oneof(
      longArray,
      bigObject(longArray),
      fc.record({ a: longArray, b: bigObject(plain), c: plain }),
      fc.tuple(bigObject(longArray), fc.integer({ min: CHUNK - 1, max: CHUNK + 2 })).map(([o, n]) => Array.from({ length: n }, (_, i) => (i === 7 ? o : i))),
    );
    fc.assert(
      fc.property(large, (v) => {
        const expected = createHash('sha256').update(Buffer.from(canonicalize(v) ?? '', 'utf8')).digest('hex');
        expect(canonicalHash(v)).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('reports a lone surrogate inside a long array or a big object with its pointer, as a whole text would', () => {
    const long = Array.from({ length: 3 * CHUNK }, (_, i) => (i === 2 * CHUNK + 5 ? ['ok', 'x\\ud800y\\uD800', `z${String.fromCharCode(0xd800)}`] : i));
    const inArray = caught(() => canonicalHash({ a: { long } }));
    expect(inArray.code).toBe('E_STRING');
    expect(inArray.pointer).toBe(`/a/long/${2 * CHUNK + 5}/2`);
    const big = Object.fromEntries(Array.from({ length: CHUNK + 5 }, (_, i) => [i === CHUNK + 1 ? `n${String.fromCharCode(0xdc00)}` : `n${i}`, i]));
    const inName = caught(() => canonicalHash([big]));
    expect(inName.code).toBe('E_STRING');
    expect(inName.pointer).toBe(caught(() => canonicalString([big])).pointer);
    expect(inName.pointer).toBe(`/0/n${String.fromCharCode(0xdc00)}`);
  });
});

/** `v` with every member name that starts with a digit, or is "__proto__", prefixed with "k". */
function withoutManualNames(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(withoutManualNames);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [/^[0-9]/.test(k) || k === '__proto__' ? `k${k}` : k, withoutManualNames(x)]));
}
