// Calendar validity of timestamps: the fast path and the regex path must agree on every string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayExists, normalizeTimestamp, timestampProblem } from '../../src/util/time.js';
import { looseTimestamp, timestamp } from '../arbitraries/decimals.js';

const LOOSE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(Z|([+-])([0-9]{2}):([0-9]{2}))?$/;

/** Reference: Date's own calendar, field by field. */
function reference(s: string): boolean {
  const m = LOOSE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as number[];
  const date = new Date(0);
  date.setUTCFullYear(y!, mo! - 1, d!);
  const okDate = date.getUTCFullYear() === y && date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d;
  const okOffset = m[9] === undefined || (Number(m[10]) <= 23 && Number(m[11]) <= 59);
  return okDate && h! <= 23 && mi! <= 59 && se! <= 59 && okOffset;
}

/** The 2.0+ timestamp pattern of schemas v2 and v3 (month, day, hour, minute and second bounded; UTC). */
const STRICT = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{0,8}[1-9])?Z$/;

describe('timestamps', () => {
  it('dayExists agrees with the calendar on every string the 2.0+ pattern matches', () => {
    const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));
    const matched = fc
      .tuple(fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')), two(1, 12), two(1, 31), two(0, 23), two(0, 59), two(0, 59))
      .map(([y, mo, d, h, mi, se]) => `${y}-${mo}-${d}T${h}:${mi}:${se}Z`);
    fc.assert(
      fc.property(fc.oneof(matched, timestamp), (s) => {
        expect(STRICT.test(s)).toBe(true);
        expect(dayExists(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
    expect(dayExists('2024-02-29T00:00:00Z')).toBe(true);
    expect(dayExists('2023-02-29T00:00:00Z')).toBe(false);
    expect(dayExists('2000-02-29T00:00:00Z')).toBe(true);
    expect(dayExists('1900-02-29T00:00:00Z')).toBe(false);
    expect(dayExists('2024-04-31T00:00:00Z')).toBe(false);
  });

  it('accepts exactly the real calendar instants (fast path and regex path agree with Date)', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const candidate = fc
      .tuple(digits(4), digits(2), digits(2), fc.constantFrom('T', ' '), digits(2), digits(2), digits(2), fc.constantFrom('', '.5', '.123456789', '.1234567891'), fc.constantFrom('', 'Z', '+01:00', '-24:00', '+05:61'))
      .map(([y, mo, d, sep, h, mi, se, f, z]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${se}${f}${z}`);
    fc.assert(
      fc.property(fc.oneof(candidate, timestamp, looseTimestamp), (s) => {
        expect(timestampProblem(s) === undefined).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the problem: 30 February, hour 24, a leap second', () => {
    expect(timestampProblem('2024-02-30T00:00:00Z')).toMatch(/day 30, but 2024-02 has 29 days/);
    expect(timestampProblem('2023-02-29T00:00:00Z')).toMatch(/has 28 days/);
    expect(timestampProblem('2024-01-01T24:00:00Z')).toMatch(/hour 24/);
    expect(timestampProblem('2016-12-31T23:59:60Z')).toMatch(/leap seconds/);
  });

  it('normalizes 1.0 spellings to canonical UTC', () => {
    expect(normalizeTimestamp('2024-03-15 16:00:00')).toBe('2024-03-15T16:00:00Z');
    expect(normalizeTimestamp('2024-03-15T15:30:00.500000-04:00')).toBe('2024-03-15T19:30:00.5Z');
    expect(normalizeTimestamp('2024-12-31T23:30:00-01:00')).toBe('2025-01-01T00:30:00Z');
  });
});
