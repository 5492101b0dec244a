// The canonical-text fast path: scanCanonical may only say "exact" for text that IS the RFC 8785 form of what it
// parses to, and "in order" only when JSON.stringify of the parsed value is (soundness); whatever it accepts must
// pass the strict parser's rules, which a load then skips. It must accept the files this library writes (otherwise
// the fast path is dead code), and must locate the top-level members exactly, because ids are hashed from them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString, prettyCanonical } from '../../src/canonical/index.js';
import { checkpointId, contentId } from '../../src/format/index.js';
import { MAX_NON_ASCII, parseJsonBytes, parseStrict, parseStrictText, scanCanonical } from '../../src/json/index.js';
import { oneByteText } from '../../src/json/decode.js';
import { loadCheckpoint, serializeCheckpoint } from '../../src/index.js';
import { anyDocument, latestDocument } from '../arbitraries/documents.js';
import { containsUnsafeNumber, trickyJson } from '../canonical/helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/**
 * What the scan leaves to the general path by design: a number written without an exponent but with more than 15
 * integer digits, or a member name that needs an escape.
 */
function leftToGeneralPath(v: unknown): boolean {
  if (typeof v === 'number') {
    const s = String(v);
    return !s.includes('e') && s.replace(/^-/, '').split('.')[0]!.length > 15;
  }
  if (v === null || typeof v !== 'object') return false;
  if (!Array.isArray(v) && Object.keys(v).some((k) => /["\\\u0000-\u001f]/.test(k))) return true;
  return Object.values(v).some(leftToGeneralPath);
}

/**
 * A number whose canonical spelling has more than 15 significant digits and no exponent: the scan cannot call it
 * exact (a spelling with an exponent it compares with the value's).
 */
function hasLongNumber(v: unknown): boolean {
  if (typeof v === 'number') return !String(v).includes('e') && String(v).replace(/^-/, '').replace('.', '').replace(/^0+/, '').length > 15;
  if (v === null || typeof v !== 'object') return false;
  return Object.values(v).some(hasLongNumber);
}

/** The property every answer of the scan must satisfy, for any text JSON.parse accepts. */
function assertSound(text: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return; // the scan only ever sees text that JSON.parse accepted
  }
  const scan = scanCanonical(utf8(text));
  if (scan === null) return;
  // Whatever the scan accepts, the strict parser accepts too (a load skips its checks for such text).
  expect(() => parseStrict(text)).not.toThrow();
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const canonical = canonicalString(parsed);
  if (scan.exact) expect(body).toBe(canonical);
  if (scan.inOrder) expect(JSON.stringify(parsed)).toBe(canonical);
  if (scan.members !== null) {
    const bytes = utf8(body);
    const decoder = new TextDecoder();
    const rebuilt = `{${scan.members.map((m) => decoder.decode(bytes.subarray(m.start, m.end))).join(',')}}`;
    expect(rebuilt).toBe(body);
    expect(scan.members.map((m) => m.name)).toEqual(Object.keys(parsed as object).sort());
  }
}

/** Ways to write the same JSON value that are not its canonical form (or, by luck, are). */
const respell = fc.constantFrom<(text: string) => string>(
  (t) => t.replace(/,/, ', '),
  (t) => t.replace(/:/, ': '),
  (t) => ` ${t}`,
  (t) => `${t}\n\n`,
  (t) => `${t}\r\n`,
  (t) => t.replace(/([:[,])(-?[0-9]+)([,}\]])/, '$1$2.0$3'),
  (t) => t.replace(/([:[,])(-?[1-9][0-9]*)([,}\]])/, '$1$2e0$3'),
  (t) => t.replace(/([:[,])(-?[1-9][0-9]*)0([,}\]])/, '$1$2e1$3'),
  (t) => t.replace(/([:[,])0([,}\]])/, '$1-0$2'),
  (t) => t.replace(/([:[,])(-?[0-9]+\.[0-9]*[1-9])([,}\]])/, '$1$20$3'),
  (t) => t.replace(/"a/, '"\\u0061'),
  (t) => t.replace(/\//, '\\/'),
  (t) => t.replace(/\\u00([01])([a-f])/, (_, d: string, x: string) => `\\u00${d}${x.toUpperCase()}`),
  (t) => t.replace(/\\n/, '\\u000a'),
  (t) => t.replace(/\{"([^"\\]*)":([^,{}[\]]*),"([^"\\]*)":/, '{"$3":$2,"$1":'),
  (t) => t.replace(/\{"([^"\\]*)":([^,{}[\]]*)/, '{"$1":$2,"$1":$2'),
  (t) => t.replace(/é/, '\\u00e9'),
  (t) => t,
);

describe('scanCanonical', () => {
  it('accepts only text that equals the canonical form of its value (arbitrary JSON, respelled)', () => {
    fc.assert(
      fc.property(trickyJson, fc.array(respell, { maxLength: 3 }), (v, edits) => {
        if (containsUnsafeNumber(v)) return;
        let text = canonicalString(v);
        for (const edit of edits) text = edit(text);
        assertSound(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts only canonical text among other layouts: JSON.stringify with and without indent, and the pretty form', () => {
    fc.assert(
      fc.property(trickyJson, fc.constantFrom(0, 1, 2, '\t'), (v, indent) => {
        if (containsUnsafeNumber(v)) return;
        assertSound(JSON.stringify(v, null, indent));
        assertSound(prettyCanonical(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts only canonical text for number literals of every spelling', () => {
    const literal = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n)),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n.toExponential()),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e21, max: 1e21 }).map((n) => n.toFixed(8)),
      fc.tuple(fc.integer({ min: -99999, max: 99999 }), fc.nat({ max: 30 })).map(([m, z]) => `${m}${'0'.repeat(z)}`),
      fc.tuple(fc.nat({ max: 9 }), fc.nat({ max: 12 }), fc.nat({ max: 99999 })).map(([i, z, f]) => `${i}.${'0'.repeat(z)}${f}`),
      fc.stringMatching(/^-?(0|[1-9][0-9]{0,20})(\.[0-9]{1,20})?([eE][+-]?[0-9]{1,3})?$/),
    );
    fc.assert(fc.property(literal, (n) => assertSound(`[${n}]`)), { numRuns: 5000 });
  });

  it('accepts the files this library writes, so the fast path is taken (unless a number has 16+ integer digits)', () => {
    fc.assert(
      fc.property(latestDocument, (doc) => {
        const text = serializeCheckpoint(doc);
        const scan = scanCanonical(utf8(text));
        expect(scan === null).toBe(leftToGeneralPath(doc));
        if (scan !== null) expect(scan.exact).toBe(!hasLongNumber(doc));
        // contentId takes the value parsed from the scanned text (whose members are in text order).
        expect(contentId(JSON.parse(text) as Record<string, unknown>, scan)).toBe(checkpointId(doc as unknown as Record<string, unknown>));
      }),
      { numRuns: 200 },
    );
  });

  it('hashes to the same id as serializing the value, for documents of every version in every layout', () => {
    fc.assert(
      fc.property(anyDocument, fc.boolean(), (doc, pretty) => {
        const text = pretty ? prettyCanonical(doc) : serializeCheckpoint(doc);
        const fromText = parseStrictText(text);
        expect(fromText.canonical === null).toBe(pretty || leftToGeneralPath(doc));
        // bytes in any layout are rewritten into the canonical one when the scan cannot prove it (canonical-layout.ts)
        const fromBytes = parseJsonBytes(utf8(text));
        expect(fromBytes.canonical).not.toBeNull();
        for (const parsed of [fromBytes, fromText]) {
          expect(contentId(parsed.value as Record<string, unknown>, parsed.canonical)).toBe(checkpointId(doc as unknown as Record<string, unknown>));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives up (null) rather than guess on what it cannot prove', () => {
    const cases: [string, string][] = [
      ['[1234567890123456]', 'a 16-digit integer: perhaps beyond 2^53'],
      ['[1e17]', 'an exponent giving an integer beyond 2^53 that RFC 8785 writes in plain digits'],
      ['[1e400]', 'an exponent giving Infinity'],
      ['{"b":1,"a":2}', 'members out of order'],
      ['{"a":1,"a":1}', 'a repeated name'],
      ['{"\\u0061":1}', 'an escape in a name'],
      ['{"\uffff":1,"\u{10000}":2}', 'U+FFFF after U+10000: UTF-8 order, not the UTF-16 order RFC 8785 sorts by'],
      ['["\\u00e9"]', 'a needless escape'],
      ['["\\u001F"]', 'upper-case hex'],
      ['["\\/"]', 'an escaped solidus'],
      [' {}', 'leading whitespace'],
      ['{}\n\n', 'more than one final newline'],
      ['{} ', 'trailing space'],
      ['', 'no text'],
      [`${'['.repeat(129)}${']'.repeat(129)}`, 'nesting beyond MAX_DEPTH'],
    ];
    for (const [text, why] of cases) expect(scanCanonical(utf8(text)), why).toBeNull();
  });

  it('accepts, but not as exact, safe numbers whose spelling it cannot confirm', () => {
    const cases: [string, string][] = [
      ['[1.0000000000000002]', '16+ significant digits: the shortest spelling is not evident from the digits'],
      ['[0.30000000000000004]', '17 significant digits'],
      ['[-0]', '-0 is written 0'],
      ['[1.50]', 'a trailing zero'],
      ['[0.0000001]', 'below 1e-6 ECMAScript writes an exponent'],
      ['[1e21]', 'ECMAScript writes 1e+21'],
      ['[1E-7]', 'ECMAScript writes a lower-case e'],
      ['[1.0e-7]', 'ECMAScript writes 1e-7'],
    ];
    for (const [text, why] of cases) {
      const scan = scanCanonical(utf8(text));
      expect(scan?.exact, why).toBe(false);
      assertSound(text);
    }
    expect(scanCanonical(utf8('{"10":1.50,"2":2}'))?.inOrder).toBe(false);
  });

  it('accepts canonical text at the edges it can prove', () => {
    const cases = [
      '0', '-1', '[0.000001]', '[123456789012345]', '[-0.5]', '[1.5,100,0.1]', '"\\u001f\\b\\f\\n\\r\\t\\"\\\\"',
      '{"":1,"a":{},"b":[],"c":null,"d":true,"e":false}', '{"\uffff":1}', '{"a":1,"é":2}', `${'['.repeat(128)}${']'.repeat(128)}`,
      '{"__proto__":1,"a":2}', '{"10":1,"2":2}', '{"\u{10000}":1,"\uffff":2}', '{"A":1,"\u{1F600}":2,"\uE000":3}',
      '[1e-7]', '[1e+21]', '[-1.5e-300]', '[5e-324]', '{"a":1e-9,"b":1.7976931348623157e+308}',
    ];
    for (const text of cases) {
      expect(scanCanonical(utf8(text))?.exact, text).toBe(true);
      assertSound(text);
    }
  });

  it('keeps a leading U+FEFF in member names (regression: the default TextDecoder dropped it, so "\\ufeffprovenance" read as "provenance")', () => {
    const scan = scanCanonical(utf8('{"a":2,"\ufeffprovenance":1}'));
    expect(scan?.members?.map((m) => m.name)).toEqual(['a', '\ufeffprovenance']);
  });

  it('takes the fast path, the rewriting path and the general path to the same load result', () => {
    fc.assert(
      fc.property(latestDocument, (doc) => {
        const fast = loadCheckpoint(utf8(serializeCheckpoint(doc)));
        const rewritten = loadCheckpoint(utf8(prettyCanonical(doc)));
        const general = loadCheckpoint(prettyCanonical(doc)); // text input: only the scan, which refuses whitespace
        expect(fast.id).toBe(general.id);
        expect(rewritten.id).toBe(general.id);
        expect(fast.checkpoint).toEqual(general.checkpoint);
        expect(rewritten.checkpoint).toEqual(general.checkpoint);
      }),
      { numRuns: 100 },
    );
  });
});

describe('scanCanonical on text JSON.parse rejects', () => {
  it('returns (never loops or throws) on truncated and malformed text, whatever it answers', () => {
    fc.assert(
      fc.property(trickyJson, fc.nat(), (v, cut) => {
        if (containsUnsafeNumber(v)) return;
        const text = canonicalString(v);
        const bytes = utf8(text.slice(0, cut % (text.length + 1)));
        expect(() => scanCanonical(bytes)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    for (const text of ['"abc', '{"a', '{"a":"b', '["\\', '{"a":1,"b', '[tru', '[1.', '{']) expect(() => scanCanonical(utf8(text))).not.toThrow();
  });
});

describe('oneByteText', () => {
  it('is the same JSON text with non-ASCII characters escaped: it parses to the same value', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        if (containsUnsafeNumber(v)) return;
        const text = canonicalString(v);
        const bytes = utf8(text);
        const scan = scanCanonical(bytes);
        if (scan === null || scan.nonAscii === null) return;
        const oneByte = oneByteText(bytes, scan.nonAscii);
        expect(/^[\x00-\x7f]*$/.test(oneByte)).toBe(true);
        expect(JSON.parse(oneByte)).toEqual(JSON.parse(text));
        expect(scan.nonAscii.length).toBe([...text].filter((c) => c.codePointAt(0)! > 0x7f).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same load result below and above the number of non-ASCII characters it escapes', () => {
    for (const count of [0, 1, MAX_NON_ASCII, MAX_NON_ASCII + 1, 5000]) {
      const note = 'é😀✓'.repeat(Math.ceil(count / 3)).slice(0, count);
      const text = `{"a":${JSON.stringify(note)},"b":[1,"\u{10FFFF}\u0080"]}`;
      const parsed = parseJsonBytes(utf8(text));
      expect(parsed.value).toEqual(JSON.parse(text));
      expect(parsed.canonical).not.toBeNull();
    }
  });

  it('reports a syntax error against the real text when the escaped text does not parse', () => {
    const text = '["é",nulx]'; // the scan skips literals by length, so it passes this; JSON.parse does not
    expect(scanCanonical(utf8(text))).not.toBeNull();
    expect(() => parseJsonBytes(utf8(text))).toThrow(/line 1, column 6: unexpected "n"/);
  });
});
