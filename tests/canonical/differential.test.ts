// Laws of canonical text, checked against the `canonicalize` npm package as an independent implementation.
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString, prettyCanonical } from '../../src/canonical/index.js';
import { layoutCanonical } from '../../src/canonical/pretty.js';
import { parseStrict } from '../../src/json/index.js';
import { caught, containsUnsafeNumber, shuffleKeys, trickyJson } from './helpers.js';

const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 10 });

describe('canonicalString against the canonicalize package', () => {
  it('writes the same text for arbitrary JSON values (fc.jsonValue)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        if (containsUnsafeNumber(v)) expect(caught(() => canonicalString(v)).code).toBe('E_NUMBER');
        else expect(canonicalString(v)).toBe(canonicalize(v));
      }),
      { numRuns: 500 },
    );
  });

  it('writes the same text for arbitrary unicode JSON values (fc.jsonValue, binary strings)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (v) => {
        if (containsUnsafeNumber(v)) expect(caught(() => canonicalString(v)).code).toBe('E_NUMBER');
        else expect(canonicalString(v)).toBe(canonicalize(v));
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same text for values with astral strings, control characters, index-like names and edge numbers', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        expect(canonicalString(v)).toBe(canonicalize(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the same text when many objects share shapes in different member orders', () => {
    fc.assert(
      fc.property(fc.array(trickyJson, { maxLength: 4 }), fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), (values, seeds) => {
        const doc = seeds.map((seed) => shuffleKeys(values, seed));
        expect(canonicalString(doc)).toBe(canonicalize(doc));
      }),
      { numRuns: 200 },
    );
  });
});

describe('canonical text laws', () => {
  it('ignores member order', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer(), (v, seed) => {
        expect(canonicalString(shuffleKeys(v, seed))).toBe(canonicalString(v));
      }),
      { numRuns: 500 },
    );
  });

  it('ignores whitespace in the source text', () => {
    fc.assert(
      fc.property(trickyJson, whitespace, (v, indent) => {
        const reparsed: unknown = JSON.parse(JSON.stringify(v, null, indent));
        expect(canonicalString(reparsed)).toBe(canonicalString(v));
      }),
      { numRuns: 500 },
    );
  });

  it('is a fixed point: canonical text parses back to the same canonical text', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        const text = canonicalString(v);
        expect(canonicalString(parseStrict(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('prettyCanonical', () => {
  it('parses back to the same value and the same canonical text', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        const pretty = prettyCanonical(v);
        const canonical = canonicalString(v);
        expect(pretty.endsWith('\n')).toBe(true);
        expect(JSON.parse(pretty)).toEqual(JSON.parse(canonical));
        expect(canonicalString(JSON.parse(pretty))).toBe(canonical);
        expect(canonicalString(parseStrict(pretty))).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same text for values with the same canonical text', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer(), whitespace, (v, seed, indent) => {
        const other: unknown = JSON.parse(JSON.stringify(shuffleKeys(v, seed), null, indent));
        expect(prettyCanonical(other)).toBe(prettyCanonical(v));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the canonical text laid out with a 2-space indent', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        expect(prettyCanonical(v)).toBe(layoutCanonical(canonicalString(v)));
      }),
      { numRuns: 500 },
    );
  });

  it('lays values out like JSON.stringify with a 2-space indent when members are already in order', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        // JSON.parse keeps member order except for array-index names, which V8 always lists first
        const ordered: unknown = JSON.parse(canonicalString(v));
        const hasIndexNames = /"(?:0|[1-9][0-9]*)":/.test(canonicalString(v));
        if (!hasIndexNames) expect(prettyCanonical(v)).toBe(JSON.stringify(ordered, null, 2) + '\n');
      }),
      { numRuns: 300 },
    );
  });
});
