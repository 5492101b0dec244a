// Hand-written matchers for the schema patterns that every checkpoint exercises thousands of times (decimals,
// timestamps, currencies). The generated validators call `pattern(source)` instead of `new RegExp(source, "u")`
// (scripts/codegen.mjs): a pattern listed here gets its matcher, any other pattern a RegExp. Regex tests were
// about 40% of schema validation of a 300 KB checkpoint; these straight-line checks cost a fraction of that.
//
// Each matcher accepts exactly the strings its regular expression accepts: tests/format/patterns.test.ts compares
// them on hundreds of thousands of generated strings, near-misses included. The generated validators import this
// module, so it depends on nothing but the timestamp grammar in src/util/time.ts.
import { matchesUtcTimestamp } from '../util/time.js';

/** The part of RegExp the generated validators use. */
export interface PatternTest {
  test(s: string): boolean;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Canonical decimals: an optional '-' (signed only), then "0", or a digit 1–9 and digits, optionally followed by
 * '.', digits, and a final digit 1–9 (the integer part "0" is allowed before a fraction). `zero`: whether "0" itself
 * is allowed; `negative`: whether a '-' is.
 */
function decimal(negative: boolean, zero: boolean): PatternTest {
  return {
    test(s: string): boolean {
      const n = s.length;
      let i = 0;
      if (negative && s.charCodeAt(0) === 0x2d) i = 1;
      if (i >= n) return false;
      const first = s.charCodeAt(i);
      if (first === 0x30) {
        i++;
        if (i === n) return zero && i === 1; // "0", never "-0"
      } else if (first >= 0x31 && first <= 0x39) {
        i++;
        while (i < n && isDigit(s.charCodeAt(i))) i++;
        if (i === n) return true;
      } else {
        return false;
      }
      if (s.charCodeAt(i) !== 0x2e || i + 1 >= n) return false;
      for (let j = i + 1; j < n; j++) if (!isDigit(s.charCodeAt(j))) return false;
      return s.charCodeAt(n - 1) !== 0x30;
    },
  };
}

/** 2.0+ timestamps: YYYY-MM-DDTHH:MM:SS, an optional fraction of 1–9 digits not ending in 0, then 'Z'. */
const utcTimestamp: PatternTest = { test: matchesUtcTimestamp };

/** Currency codes: an upper-case letter, then 2–9 upper-case letters or digits. */
const currency: PatternTest = {
  test(s: string): boolean {
    const n = s.length;
    if (n < 3 || n > 10) return false;
    const first = s.charCodeAt(0);
    if (first < 0x41 || first > 0x5a) return false;
    for (let i = 1; i < n; i++) {
      const c = s.charCodeAt(i);
      if (!((c >= 0x41 && c <= 0x5a) || isDigit(c))) return false;
    }
    return true;
  },
};

/** Pattern sources (exactly as in the schemas) that have a matcher. */
export const MATCHERS: ReadonlyMap<string, PatternTest> = new Map([
  ['^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\\.[0-9]*[1-9])$', decimal(true, true)],
  ['^(0|[1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$', decimal(false, true)],
  ['^([1-9][0-9]*|(0|[1-9][0-9]*)\\.[0-9]*[1-9])$', decimal(false, false)],
  ['^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{0,8}[1-9])?Z$', utcTimestamp],
  ['^[A-Z][A-Z0-9]{2,9}$', currency],
]);

/**
 * What the generated validators test a `pattern` keyword with: its matcher, or the regular expression itself.
 * Codegen hands it to Ajv as its `code.regExp` engine, so Ajv's own output calls it (the default export).
 */
export function pattern(source: string, flags = 'u'): PatternTest {
  return (flags === 'u' && MATCHERS.get(source)) || new RegExp(source, flags);
}
export default pattern;
