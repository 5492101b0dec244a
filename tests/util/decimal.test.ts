// Decimal arithmetic used by the semantic rules: the string comparison fast path must agree with exact BigInt
// comparison for every pair of canonical decimals, and the unchecked parser with the checked one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals, compareScaled, DecimalSum, formatScaled, isCanonicalDecimal, parseDecimal, scaledOf, sumDecimals } from '../../src/util/decimal.js';
import { decimal } from '../arbitraries/decimals.js';

/** Canonical decimals of every shape: integers, fractions, tiny and huge magnitudes, shared prefixes. */
const anyDecimal = fc.oneof(
  decimal('any'),
  decimal('any', 10n ** 40n),
  fc.constantFrom('0', '1', '-1', '0.1', '-0.1', '0.01', '10', '100', '0.5', '0.05', '1.05', '1.5', '9.99', '10.01', '-10.01', '123456789012345678901234567890.5'),
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.nat({ max: 30 })).map(([neg, units, scale]) =>
    units === 0n ? '0' : formatCanonical(neg ? -units : units, scale),
  ),
);

function formatCanonical(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  let out = scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  digits = out;
  return negative ? `-${digits}` : digits;
}

describe('compareDecimals', () => {
  it('agrees with exact comparison of the parsed values', () => {
    fc.assert(
      fc.property(anyDecimal, anyDecimal, (a, b) => {
        expect(isCanonicalDecimal(a) && isCanonicalDecimal(b)).toBe(true);
        expect(compareDecimals(a, b)).toBe(compareScaled(parseDecimal(a), parseDecimal(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders the cases string order gets wrong', () => {
    expect(compareDecimals('9', '10')).toBe(-1);
    expect(compareDecimals('-9', '-10')).toBe(1);
    expect(compareDecimals('1.5', '1.25')).toBe(1);
    expect(compareDecimals('1', '1.0001')).toBe(-1);
    expect(compareDecimals('-1', '-1.0001')).toBe(1);
    expect(compareDecimals('0', '-0.5')).toBe(1);
    expect(compareDecimals('0.5', '0')).toBe(1);
  });
});

describe('scaledOf', () => {
  it('reads every canonical decimal as parseDecimal does', () => {
    fc.assert(fc.property(anyDecimal, (d) => {
        expect(scaledOf(d)).toEqual(parseDecimal(d));
      }), { numRuns: 2000 });
  });
});

describe('DecimalSum', () => {
  it('adds exactly, like BigInt arithmetic, across the switch from doubles to BigInt', () => {
    const term = fc.oneof(
      anyDecimal,
      fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }).map(String),
      fc.constantFrom('999999999999999', '-999999999999999', '9007199254740991', '1', '0.5'),
    );
    fc.assert(
      fc.property(fc.array(term, { maxLength: 40 }), anyDecimal, (terms, other) => {
        const sum = new DecimalSum();
        for (const t of terms) sum.add(t);
        const exact = sumDecimals(terms);
        expect(formatScaled(sum.value)).toBe(formatScaled(exact));
        expect(sum.compare(other)).toBe(compareScaled(exact, parseDecimal(other)));
      }),
      { numRuns: 2000 },
    );
  });

  it('stays exact past 2^53', () => {
    const sum = new DecimalSum();
    for (let i = 0; i < 20; i++) sum.add('999999999999999');
    expect(formatScaled(sum.value)).toBe('19999999999999980');
  });
});
