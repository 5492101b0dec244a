// One cheap pass over JSON text before JSON.parse, for what JSON.parse cannot tell us:
// - nesting depth, checked BEFORE parsing (E_DEPTH), so no deep text reaches a parser;
// - the number of members written in the text (one ':' outside strings per member), which parseStrict compares
//   with the number of members JSON.parse kept: fewer kept means a name was repeated;
// - integer literals beyond ±(2^53−1), which JSON.parse silently rounds (only literals with 16+ digits are looked
//   at closely).
// Strings are skipped whole with indexOf. The scan trusts nothing: on invalid text its findings may be meaningless,
// and JSON.parse then reports the syntax error.
import { fail } from '../errors/index.js';
import { MAX_DEPTH } from '../canonical/limits.js';
import { describePosition } from './position.js';
import { pointerAtOffset } from './structure.js';

export interface Preflight {
  /** Members written in the text. */
  readonly members: number;
  /** Offset of the first integer literal beyond ±(2^53−1), or -1. */
  readonly bigInteger: number;
  /** Offset just past that literal. */
  readonly bigIntegerEnd: number;
}

const MAX_SAFE_DIGITS = '9007199254740991';

export function preflight(text: string): Preflight {
  const n = text.length;
  let depth = 0;
  let members = 0;
  let bigInteger = -1;
  let bigIntegerEnd = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 0x2c) {
      // whitespace, ',' and '"' (other characters in this range are syntax errors JSON.parse reports)
      if (c !== 0x22) {
        i++;
        continue;
      }
      // jump past the closing quote: the first '"' preceded by an even number of backslashes
      let q = text.indexOf('"', i + 1);
      while (q !== -1) {
        let b = q - 1;
        while (text.charCodeAt(b) === 0x5c) b--;
        if ((q - 1 - b) % 2 === 0) break;
        q = text.indexOf('"', q + 1);
      }
      if (q === -1) break; // unterminated string: JSON.parse reports it
      i = q + 1;
    } else if (c <= 0x39 && c !== 0x2e && c !== 0x2f) {
      // '-' or a digit: a number. Integer digits, then an optional fraction and exponent, skipped whole so that
      // their digits are never taken for the start of another number.
      const digits = c === 0x2d ? i + 1 : i;
      let j = skipDigits(text, digits, n);
      const intEnd = j;
      let next = text.charCodeAt(j); // NaN past the end
      if (next === 0x2e) {
        j = skipDigits(text, j + 1, n);
        next = text.charCodeAt(j);
      } else if (
        intEnd - digits >= 16 &&
        bigInteger === -1 &&
        next !== 0x65 &&
        next !== 0x45 &&
        beyondSafe(text, digits, intEnd)
      ) {
        bigInteger = i;
        bigIntegerEnd = intEnd;
      }
      if (next === 0x65 || next === 0x45) {
        j++;
        const sign = text.charCodeAt(j);
        if (sign === 0x2b || sign === 0x2d) j++;
        j = skipDigits(text, j, n);
      }
      i = Math.max(j, i + 1);
    } else {
      if (c === 0x3a) members++;
      else if (c === 0x7b || c === 0x5b) {
        if (++depth > MAX_DEPTH) tooDeep(text, i);
      } else if (c === 0x7d || c === 0x5d) depth--;
      i++;
    }
  }
  return { members, bigInteger, bigIntegerEnd };
}

function skipDigits(text: string, from: number, n: number): number {
  let j = from;
  while (j < n && (text.charCodeAt(j) - 0x30) >>> 0 < 10) j++;
  return j;
}

function beyondSafe(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length !== MAX_SAFE_DIGITS.length) return length > MAX_SAFE_DIGITS.length;
  return text.slice(start, end) > MAX_SAFE_DIGITS;
}

function tooDeep(text: string, offset: number): never {
  return fail(
    'E_DEPTH',
    `Arrays and objects are nested deeper than ${MAX_DEPTH} levels (at ${describePosition(text, offset)}).`,
    {
      pointer: pointerAtOffset(text, offset),
      offset,
      hint: `Flatten the structure to at most ${MAX_DEPTH} levels of nesting.`,
    },
  );
}
