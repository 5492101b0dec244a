// Python's value spellings: str(Decimal) (rule F1, canon, the inverse for export, 28-digit division) and
// datetime.isoformat() (calendar checks, zones, naive UTC for export).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canon, divide, f1Problem, pyStrOfCanonical, scaledOfPy } from '../../src/sources/finbot/pydecimal.js';
import { naiveIsoformat, pyTimeProblem, utcTimestamp } from '../../src/sources/finbot/pytime.js';
import { formatScaled } from '../../src/util/decimal.js';

describe('str(Decimal)', () => {
  it('canon reads every spelling to its canonical value', () => {
    expect(['1E+2', '16478.1409500', '-0', '0E-8', '1E-7', '-0.00', '1.50E+3'].map(canon)).toEqual(['100', '16478.14095', '0', '0', '0.0000001', '0', '1500']);
  });

  it('F1: a positive exponent must exceed the fraction digits', () => {
    expect(f1Problem('9.1239E+3')).toMatch(/9123\.9/);
    expect(f1Problem('1.50E+2')).toMatch(/"150"/);
    expect(f1Problem('1.5E+3')).toBeUndefined();
    expect(f1Problem('0E+5')).toBeUndefined();
  });

  it('pyStrOfCanonical writes what Python writes for Decimal(c), and reads back to c', () => {
    expect(['100', '0.000001', '0.0000001', '-12.5', '0'].map(pyStrOfCanonical)).toEqual(['100', '0.000001', '1E-7', '-12.5', '0']);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }), (units, scale) => {
        const c = formatScaled({ units, scale });
        expect(canon(pyStrOfCanonical(c))).toBe(c);
      }),
    );
  });

  it('divides to 28 significant digits, half-even, as the default context does', () => {
    const q = (a: string, b: string) => formatScaled(divide(scaledOfPy(a), scaledOfPy(b)));
    expect(q('700.25', '7')).toBe('100.0357142857142857142857143');
    expect(q('2', '3')).toBe('0.6666666666666666666666666667');
    expect(q('4512.501', '10')).toBe('451.2501');
  });
});

describe('datetime.isoformat()', () => {
  it('refuses what Python never writes: February 30th, -00:00', () => {
    expect(pyTimeProblem('2026-02-30T10:00:00')).toMatch(/day 30/);
    expect(pyTimeProblem('2026-03-02T10:00:00-00:00')).toMatch(/-00:00/);
    expect(pyTimeProblem('2024-02-29T10:00:00+05:30')).toBeUndefined();
  });

  it('reads naive times in the assumed zone, offsets as written, fold=0 in a DST overlap', () => {
    expect(utcTimestamp('2026-03-02T16:05:12.503117', 'UTC')).toBe('2026-03-02T16:05:12.503117Z');
    expect(utcTimestamp('2026-03-02T10:00:00+05:30', 'UTC')).toBe('2026-03-02T04:30:00Z');
    expect(utcTimestamp('2026-03-02T10:00:00+01:00:03.000004', 'UTC')).toBe('2026-03-02T08:59:56.999996Z');
    expect(utcTimestamp('2026-07-01T12:00:00', 'Europe/Berlin')).toBe('2026-07-01T10:00:00Z');
    // 02:30 happens twice on 2026-10-25 in Berlin; Python's zoneinfo with fold=0 takes the first (summer time).
    expect(utcTimestamp('2026-10-25T02:30:00', 'Europe/Berlin')).toBe('2026-10-25T00:30:00Z');
  });

  it('writes naive UTC for export: six fraction digits or none, beyond microseconds rounded half-even', () => {
    expect(naiveIsoformat('2026-03-02T16:05:12Z')).toBe('2026-03-02T16:05:12');
    expect(naiveIsoformat('2026-03-02T16:05:12.5Z')).toBe('2026-03-02T16:05:12.500000');
    expect(naiveIsoformat('2026-03-02T16:05:12.0000005Z')).toBe('2026-03-02T16:05:12');
    expect(naiveIsoformat('2026-12-31T23:59:59.9999996Z')).toBe('2027-01-01T00:00:00');
  });
});
