import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalHash, canonicalString, sha256Hex } from '../../src/canonical/index.js';
import { shuffleKeys, trickyJson } from './helpers.js';

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
});
