// Parsing canonical text piece by piece (issue 16): whatever the piece size, the value must be the one JSON.parse
// makes of the whole text, with the same members in the same order, -0 kept, "__proto__" an own member.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString } from '../../src/canonical/index.js';
import { layOutCanonical } from '../../src/json/canonical-layout.js';
import { PIECE, scanCanonical } from '../../src/json/canonical-text.js';
import { parseJsonBytes } from '../../src/json/index.js';
import { parseCanonical } from '../../src/json/pieces.js';
import { pythonJson, realisticFile } from '../../bench/documents.js';
import { containsUnsafeNumber, shuffleKeys, trickyJson } from '../canonical/helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

/** Deep equality that also compares member order, prototypes and -0 (toEqual does not). */
function expectSame(actual: unknown, expected: unknown, at = ''): void {
  if (typeof expected !== 'object' || expected === null) {
    expect(Object.is(actual, expected), `${at}: ${String(actual)} vs ${String(expected)}`).toBe(true);
    return;
  }
  expect(typeof actual, at).toBe('object');
  expect(Array.isArray(actual), at).toBe(Array.isArray(expected));
  expect(Object.getPrototypeOf(actual), at).toBe(Object.getPrototypeOf(expected));
  const keys = Object.keys(expected);
  expect(Object.keys(actual as object), at).toEqual(keys);
  for (const k of keys) expectSame((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${at}/${k}`);
}

function expectPiecewise(bytes: Uint8Array, piece: number): void {
  const scan = scanCanonical(bytes, piece);
  if (scan === null) return;
  expectSame(parseCanonical(scan), JSON.parse(decode(bytes)));
}

describe('parseCanonical', () => {
  it('parses canonical text of any value, cut into pieces of any size, to the value JSON.parse makes', () => {
    fc.assert(
      fc.property(trickyJson, fc.constantFrom(1, 2, 5, 16, 40, 300), (v, piece) => {
        if (containsUnsafeNumber(v)) return;
        const bytes = utf8(`${canonicalString(v)}\n`);
        expectPiecewise(bytes, piece);
      }),
      { numRuns: 3000 },
    );
  });

  it('also when numbers are not spelled canonically (other producers, rewritten into the canonical layout)', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer(), fc.constantFrom(1, 3, 24), (v, seed, piece) => {
        if (containsUnsafeNumber(v)) return;
        const text = JSON.stringify(shuffleKeys(v, seed), null, 1)
          .replace(/([:[,]\s*)(-?[0-9]+)([\s,}\]])/g, '$1$2.0$3')
          .replace(/([:[,]\s*)0([\s,}\]])/, '$1-0$2');
        const laid = layOutCanonical(utf8(text));
        if (laid === null) return;
        expectPiecewise(laid.bytes, piece);
      }),
      { numRuns: 1000 },
    );
  });

  it('parses what layOutCanonical rewrites (members reordered, escapes decoded) in the pieces it records', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer(), fc.constantFrom(0, 1, '\t'), fc.constantFrom(1, 2, 4, 9, 33, 200), (v, seed, indent, piece) => {
        if (containsUnsafeNumber(v)) return;
        for (const text of [JSON.stringify(shuffleKeys(v, seed), null, indent), pythonJson(shuffleKeys(v, seed))]) {
          const laid = layOutCanonical(utf8(text), piece);
          expect(laid, text).not.toBeNull();
          const expected: unknown = JSON.parse(decode(laid!.bytes));
          expectSame(expected, JSON.parse(canonicalString(v)));
          expectSame(parseCanonical(laid!), expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('throws, cut into pieces of any size, on any text JSON.parse rejects that the scan let through', () => {
    const breaks: ((t: string) => string)[] = [
      (t) => t.replace(/true|false|null/, 'nul'),
      (t) => t.replace(/true|false|null/, 'trux'),
      (t) => t.replace(/([:[,])(-?[0-9]+)([,}\]])/, '$1$2.$3'),
      (t) => t.replace(/([:[,])(-?[0-9]+)([,}\]])/, '$1-$3'),
      (t) => t.replace(/([:[,])(-?[0-9])/, '$10$2'),
      (t) => t.replace(/"a/, '"\\x'),
      (t) => t.replace(/"a/, '"\u0001'),
      (t) => t.replace(/\]/, ',]'),
    ];
    let seen = 0;
    fc.assert(
      fc.property(trickyJson, fc.nat(breaks.length - 1), fc.constantFrom(1, 2, 7, 50), (v, k, piece) => {
        if (containsUnsafeNumber(v)) return;
        const text = breaks[k]!(canonicalString(v));
        const scan = scanCanonical(utf8(text), piece);
        if (scan === null) return;
        let rejected = false;
        try {
          JSON.parse(text);
        } catch {
          rejected = true;
        }
        if (rejected) {
          seen++;
          expect(() => parseCanonical(scan), text).toThrow();
        } else {
          expectSame(parseCanonical(scan), JSON.parse(text));
        }
      }),
      { numRuns: 3000 },
    );
    expect(seen, 'broken texts the scan let through').toBeGreaterThan(50);
  });

  it('keeps "__proto__" an own member, index-like names first, and -0, across pieces', () => {
    const text = `{"0":[-0,1e-7,"é"],"10":{"__proto__":{"a":[1,2,3]},"b":"\u{1f600}"},"__proto__":[{"x":-0}],"a":{"1":"\u2028","z":null}}`;
    for (const piece of [1, 2, 3, 8, 1000]) expectPiecewise(utf8(text), piece);
    const value = parseCanonical(scanCanonical(utf8(text), 1)!) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(value)).toContain('__proto__');
  });

  it('cuts a realistic medium checkpoint into pieces below PIECE, and loads it to the same value', () => {
    const file = realisticFile('medium', 'canonical');
    const scan = scanCanonical(file.bytes)!;
    expect(scan.splits).not.toBeNull();
    for (const [open, { groups, children }] of scan.splits!) {
      expect(groups[0]).toBe(open + 1);
      expect(children, `children of the container at ${open}`).toBe(childrenAt(file.bytes, open));
      for (let k = 0; k + 1 < groups.length; k++) expect(groups[k + 1]! - groups[k]! < 3 * PIECE || scan.splits!.has(groups[k]!) || scan.splits!.has(file.bytes.indexOf(0x22, groups[k]! + 1) + 2)).toBe(true);
    }
    expectSame(parseJsonBytes(file.bytes).value, JSON.parse(file.bytes.toString('utf8')));
    const python = realisticFile('medium', 'python-indent-2');
    const laidOut = layOutCanonical(python.bytes)!;
    expect(laidOut.splits).not.toBeNull();
    for (const [open, { children }] of laidOut.splits!) expect(children, `children of the rewritten container at ${open}`).toBe(childrenAt(laidOut.bytes, open));
    expectSame(parseJsonBytes(python.bytes).value, JSON.parse(file.bytes.toString('utf8')));
  });
});

/** The number of children of the container whose bracket is at `open` in canonical text, counted from its parsed value. */
function childrenAt(bytes: Uint8Array, open: number): number {
  let depth = 0;
  let end = open;
  for (let inString = false; ; end++) {
    const b = bytes[end]!;
    if (inString) {
      if (b === 0x5c) end++;
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x5b || b === 0x7b) depth++;
    else if ((b === 0x5d || b === 0x7d) && --depth === 0) break;
  }
  const value = JSON.parse(Buffer.from(bytes.subarray(open, end + 1)).toString('utf8')) as object;
  return Array.isArray(value) ? value.length : Object.keys(value).length;
}
