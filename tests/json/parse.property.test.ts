import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString } from '../../src/canonical/index.js';
import { CheckpointError } from '../../src/errors/index.js';
import { escapeSegment } from '../../src/util/pointer.js';
import { parseStrict } from '../../src/json/index.js';
import { caught, trickyJson, trickyKey } from '../canonical/helpers.js';

const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 6 });

/** Writes a name with every UTF-16 code unit as a \uXXXX escape: the same name to JSON.parse. */
function escapedName(name: string): string {
  let out = '"';
  for (let i = 0; i < name.length; i++) out += '\\u' + name.charCodeAt(i).toString(16).padStart(4, '0');
  return out + '"';
}

describe('parseStrict on valid text', () => {
  it('returns what JSON.parse returns, whatever the whitespace', () => {
    fc.assert(
      fc.property(trickyJson, whitespace, (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        expect(parseStrict(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads canonical text back to the same canonical text', () => {
    fc.assert(
      fc.property(trickyJson, (v) => {
        expect(canonicalString(parseStrict(canonicalString(v)))).toBe(canonicalString(v));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseStrict on repeated member names', () => {
  it('finds a repeated name, plain or escaped, with its pointer and offset', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(trickyKey, trickyJson), { minLength: 1, maxLength: 5, selector: ([k]) => k }),
        fc.nat(),
        fc.boolean(),
        trickyJson,
        (entries, pick, escape, value) => {
          const [name] = entries[pick % entries.length]!;
          const members = entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
          const prefix = `[0,{"outer":{${members.join(',')},`;
          const text = `${prefix}${escape ? escapedName(name) : JSON.stringify(name)}:${JSON.stringify(value)}}}]`;
          const e = caught(() => parseStrict(text));
          expect(e.code).toBe('E_DUPLICATE_KEY');
          expect(e.pointer).toBe(`/1/outer/${escapeSegment(name)}`);
          expect(e.offset).toBe(prefix.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseStrict on arbitrary text', () => {
  const token = fc.constantFrom(
    '{', '}', '[', ']', ',', ':', '"', '"a"', '"\\"', '\\', '"\\u0061"', '"\\ud800"', '1', '-', '0', '01', '.5', 'e5',
    '1e400', '9007199254740993', 'true', 'nul', 'null', ' ', '\n', '\t', '\u00a0', '//', "'", 'NaN', '\ufeff', 'x',
  );

  it('throws E_PARSE exactly when JSON.parse throws, with an offset inside the text', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }).map((t) => t.join('')), (text) => {
        let native: unknown;
        let nativeFailed = false;
        try {
          native = JSON.parse(text);
        } catch {
          nativeFailed = true;
        }
        let ours: unknown;
        let error: unknown;
        try {
          ours = parseStrict(text);
        } catch (e) {
          error = e;
        }
        if (nativeFailed) {
          expect(error).toBeInstanceOf(CheckpointError);
          const e = error as CheckpointError;
          expect(e.code).toBe('E_PARSE');
          expect(e.offset).toBeGreaterThanOrEqual(0);
          expect(e.offset).toBeLessThanOrEqual(text.length);
        } else if (error === undefined) {
          expect(ours).toEqual(native);
        } else {
          expect(error).toBeInstanceOf(CheckpointError);
          expect(['E_DUPLICATE_KEY', 'E_NUMBER', 'E_STRING']).toContain((error as CheckpointError).code);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
