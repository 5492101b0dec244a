// The one-pass rewrite into the canonical layout (issue 16): whatever it returns must parse to the value of its
// input, must be the canonical text of that value except for number spellings in members it marks inexact, and its
// input must pass the strict parser (a load parses the rewritten bytes instead of the input, skipping the census).
// Anything JSON.parse rejects it must refuse. It must accept the layouts other producers write, or it is dead code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString, prettyCanonical, sha256Hex } from '../../src/canonical/index.js';
import { checkpointId, contentId } from '../../src/format/index.js';
import { layOutCanonical } from '../../src/json/canonical-layout.js';
import { parseJsonBytes, parseStrict } from '../../src/json/index.js';
import { loadCheckpoint, serializeCheckpoint } from '../../src/index.js';
import { pythonJson } from '../../bench/documents.js';
import { latestDocument } from '../arbitraries/documents.js';
import { containsUnsafeNumber, shuffleKeys, trickyJson } from '../canonical/helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

/** The canonical text of `value` with the top-level members listed in `skip` left out (as an id is hashed). */
function canonicalWithout(value: Record<string, unknown>, skip: ReadonlySet<string>): string {
  const kept = Object.fromEntries(Object.entries(value).filter(([k]) => !skip.has(k)));
  return canonicalString(kept);
}

/** The laws every answer must satisfy, for any text at all. */
function assertSound(written: string): void {
  const text = decode(utf8(written)); // what the bytes say (a lone surrogate has no UTF-8 form)
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    expect(layOutCanonical(utf8(text)), 'JSON.parse rejects it').toBeNull();
    return;
  }
  const laid = layOutCanonical(utf8(text));
  if (laid === null) return;
  expect(() => parseStrict(text)).not.toThrow();
  const out = decode(laid.bytes);
  const reparsed: unknown = JSON.parse(out);
  expect(reparsed).toEqual(parsed);
  const canonical = canonicalString(parsed);
  expect(canonicalString(reparsed)).toBe(canonical);
  if (laid.exact) expect(out).toBe(canonical);
  if (laid.inOrder) expect(JSON.stringify(reparsed)).toBe(canonical);
  if (laid.nonAscii !== null) expect(laid.nonAscii).toEqual([...laid.bytes.keys()].filter((k) => laid.bytes[k]! >= 0xc0));
  if (laid.members !== null) {
    const o = reparsed as Record<string, unknown>;
    expect(laid.members.map((m) => m.name)).toEqual(Object.keys(o).sort());
    expect(`{${laid.members.map((m) => decode(laid.bytes.subarray(m.start, m.end))).join(',')}}`).toBe(out);
    for (const m of laid.members) {
      expect(decode(laid.bytes.subarray(m.start, m.valueStart))).toBe(`${JSON.stringify(m.name)}:`);
      if (m.exact) expect(decode(laid.bytes.subarray(m.valueStart, m.end))).toBe(canonicalString(o[m.name]));
    }
    // what a load hashes for the id
    const skip = new Set(['checkpoint_id', 'created_at', 'provenance']);
    expect(contentId(o, laid)).toBe(sha256Hex(canonicalWithout(o, skip)));
  }
}

/** Ways to write the same JSON value that are not its canonical form (or, by luck, are). */
const respell = fc.constantFrom<(text: string) => string>(
  (t) => t.replace(/,/, ' ,\r\n\t'),
  (t) => t.replace(/:/, ' : '),
  (t) => ` ${t} `,
  (t) => t.replace(/([:[,])(-?[0-9]+)([,}\]])/, '$1$2.0$3'),
  (t) => t.replace(/([:[,])(-?[1-9][0-9]*)([,}\]])/, '$1$2E0$3'),
  (t) => t.replace(/([:[,])(-?[1-9][0-9]*)0([,}\]])/, '$1$2e+1$3'),
  (t) => t.replace(/([:[,])0([,}\]])/, '$1-0$2'),
  (t) => t.replace(/([:[,])(-?[0-9]+\.[0-9]*[1-9])([,}\]])/, '$1$20$3'),
  (t) => t.replace(/"a/, '"\\u0061'),
  (t) => t.replace(/"b/, '"\\u0062'),
  (t) => t.replace(/\//, '\\/'),
  (t) => t.replace(/\\u00([01])([a-f])/, (_, d: string, x: string) => `\\u00${d}${x.toUpperCase()}`),
  (t) => t.replace(/\\n/, '\\u000a'),
  (t) => t.replace(/\\"/, '\\u0022'),
  (t) => t.replace(/é/, '\\u00E9'),
  (t) => t.replace(/😀/, '\\ud83d\\ude00'),
  (t) => t.replace(/\{"([^"\\]*)":([^,{}[\]]*),"([^"\\]*)":/, '{"$3":$2,"$1":'),
  (t) => t.replace(/\{"([^"\\]*)":([^,{}[\]]*)/, '{"$1":$2,"$1":$2'),
  (t) => t.replace(/\{"([^"\\]*)":([^,{}[\]]*)/, '{"$1":$2,"\\u$1":$2'),
  (t) => t,
);

/** Ways to break JSON text (or, by luck, not). */
const breakText = fc.constantFrom<(text: string) => string>(
  (t) => t.replace(/,/, ',,'),
  (t) => t.replace(/:/, ''),
  (t) => t.replace(/"/, ''),
  (t) => t.replace(/\]/, ''),
  (t) => `${t},`,
  (t) => `${t}x`,
  (t) => t.replace(/true|false|null/, 'nul'),
  (t) => t.replace(/([:[,])(-?[0-9])/, '$1+$2'),
  (t) => t.replace(/([:[,])(-?[0-9])/, '$10$2'),
  (t) => t.replace(/([:[,])(-?[0-9]+)([,}\]])/, '$1$2.$3'),
  (t) => t.replace(/([:[,])(-?[0-9]+)([,}\]])/, '$1$2e$3'),
  (t) => t.replace(/\\/, '\\x'),
  (t) => t.replace(/"a/, '"\\u00g1'),
  (t) => t.replace(/"a/, '"\\ud800'),
  (t) => t.replace(/"a/, '"\u0001'),
  (t) => t.replace(/\[/, '[1e400,'),
  (t) => t.replace(/\[/, '[12345678901234567890,'),
  (t) => t.replace(/\[/, '[1e17,'),
  (t) => t.replace(/\{/, '{"a":1,"a":2,'),
);

describe('layOutCanonical', () => {
  it('rewrites any layout of arbitrary JSON soundly (respelled, reindented, shuffled)', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer(), fc.constantFrom(0, 1, 2, '\t'), fc.array(respell, { maxLength: 3 }), (v, seed, indent, edits) => {
        if (containsUnsafeNumber(v)) return;
        let text = JSON.stringify(shuffleKeys(v, seed), null, indent);
        for (const edit of edits) text = edit(text);
        assertSound(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts every layout of values, and is byte-identical to canonicalize', () => {
    fc.assert(
      fc.property(trickyJson, fc.integer(), fc.constantFrom(0, 2, '\t'), (v, seed, indent) => {
        if (containsUnsafeNumber(v)) return;
        for (const text of [JSON.stringify(shuffleKeys(v, seed), null, indent), pythonJson(shuffleKeys(v, seed)), prettyCanonical(v)]) {
          const laid = layOutCanonical(utf8(text));
          expect(laid, text).not.toBeNull();
          assertSound(text);
          const out = decode(laid!.bytes);
          if (laid!.exact) expect(out).toBe(canonicalize(JSON.parse(text)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses text that JSON.parse rejects, and is sound on whatever it accepts', () => {
    fc.assert(
      fc.property(trickyJson, fc.array(breakText, { minLength: 1, maxLength: 2 }), fc.nat(), (v, edits, cut) => {
        if (containsUnsafeNumber(v)) return;
        let text = JSON.stringify(v, null, 1);
        for (const edit of edits) text = edit(text);
        assertSound(text);
        assertSound(text.slice(0, cut % (text.length + 1)));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses, for the general path to report, what the strict parser rejects', () => {
    const cases: [string | Uint8Array, string][] = [
      ['{"a":1, "a":2}', 'a repeated name'],
      ['{"b":1, "\\u0061":2, "a":3}', 'a repeated name behind an escape'],
      ['["\\ud800"]', 'a lone surrogate'],
      ['["\\udc00\\ud800"]', 'surrogates in the wrong order'],
      ['[1e400]', 'Infinity'],
      ['[9007199254740993]', 'an integer literal beyond 2^53'],
      ['[9007199254740993.0]', 'an integer value beyond 2^53'],
      ['[1e17]', 'an integer beyond 2^53 that RFC 8785 writes in plain digits'],
      [`${'['.repeat(129)}${']'.repeat(129)}`, 'nesting beyond MAX_DEPTH'],
      [Uint8Array.of(0x5b, 0x22, 0xe9, 0x22, 0x5d), 'not UTF-8 (a lone é byte in Latin-1)'],
    ];
    for (const [text, why] of cases) {
      const bytes = typeof text === 'string' ? utf8(text) : text;
      expect(layOutCanonical(bytes), why).toBeNull();
      expect(() => parseJsonBytes(bytes), why).toThrow();
    }
  });

  it('writes strings as RFC 8785 does, decoding the escapes it does not write', () => {
    const cases: [string, string][] = [
      ['["\\u00e9\\u00E9\\/"]', '["éé/"]'],
      ['["\\ud83d\\ude00"]', '["😀"]'],
      ['["\\u0008\\u0009\\u000a\\u000C\\u000d\\u0022\\u005c\\u001F\\u007f"]', '["\\b\\t\\n\\f\\r\\"\\\\\\u001f\u007f"]'],
      ['{ "b" : 1 , "a" : [ 1.50 , -0 , 1E2 ] }', '{"a":[1.50,-0,1E2],"b":1}'],
    ];
    for (const [text, expected] of cases) expect(decode(layOutCanonical(utf8(text))!.bytes), text).toBe(expected);
  });

  it('sorts names by UTF-16 code units, also when they were written as escapes or keep one', () => {
    const text = '{"\\uffff":1, "\\ud800\\udc00":2, "\\u00e9":3, "e":4, "\\"":5, "#":6, "\\u0001":7, "\\\\":8, "[":9}';
    const laid = layOutCanonical(utf8(text))!;
    expect(decode(laid.bytes)).toBe(canonicalString(JSON.parse(text)));
    expect(laid.members!.map((m) => m.name)).toEqual(['\u0001', '"', '#', '[', '\\', 'e', 'é', '\u{10000}', '\uffff']);
    expect(layOutCanonical(utf8('{"\\"":1,"\\u0022":2}'))).toBeNull();
  });

  it('rewrites the RFC 8785 reference vectors to their expected bytes (numbers aside)', () => {
    const fixtures = fileURLToPath(new URL('../fixtures/jcs', import.meta.url));
    for (const name of readdirSync(join(fixtures, 'input'))) {
      const input = readFileSync(join(fixtures, 'input', name));
      const expected = readFileSync(join(fixtures, 'output', name), 'utf8');
      const laid = layOutCanonical(input);
      expect(laid, name).not.toBeNull();
      const value: unknown = JSON.parse(decode(laid!.bytes));
      expect(canonicalString(value), name).toBe(expected);
      if (laid!.exact) expect(decode(laid!.bytes), name).toBe(expected);
      if (laid!.members !== null) {
        const o = value as Record<string, unknown>;
        expect(contentId(o, laid), name).toBe(sha256Hex(canonicalWithout(o, new Set(['checkpoint_id', 'created_at', 'provenance']))));
      }
    }
  });

  it('loads a checkpoint in Python\'s layout to the same id and value as its file form', () => {
    fc.assert(
      fc.property(latestDocument, fc.integer(), (doc, seed) => {
        const python = utf8(pythonJson(shuffleKeys(doc, seed)));
        expect(layOutCanonical(python)).not.toBeNull();
        const a = loadCheckpoint(python);
        const b = loadCheckpoint(utf8(serializeCheckpoint(doc)));
        expect(a.id).toBe(checkpointId(doc as unknown as Record<string, unknown>));
        expect(a.id).toBe(b.id);
        expect(a.checkpoint).toEqual(b.checkpoint);
      }),
      { numRuns: 150 },
    );
  });
});
