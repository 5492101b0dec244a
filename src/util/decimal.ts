// Canonical decimal strings (spec §"Decimal grammar"): the exact representation of money, prices and
// quantities from format 2.0 on. Arithmetic runs on BigInt-scaled integers, so no float rounding ever
// enters a consistency check.

/** Signed canonical decimal: no exponent, no '+', no leading zeros, no trailing fractional zeros, no "-0". */
export const DECIMAL_PATTERN = /^(0|-?[1-9][0-9]*|-?(0|[1-9][0-9]*)\.[0-9]*[1-9])$/;

export interface Scaled {
  /** The value times 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

export function isCanonicalDecimal(s: string): boolean {
  return DECIMAL_PATTERN.test(s);
}

export function parseDecimal(s: string): Scaled {
  if (!isCanonicalDecimal(s)) throw new RangeError(`not a canonical decimal: ${JSON.stringify(s)}`);
  return scaledOf(s);
}

/** parseDecimal without the grammar check, for strings a schema has already matched against DECIMAL_PATTERN. */
export function scaledOf(s: string): Scaled {
  const dot = s.indexOf('.');
  if (dot < 0) return { units: BigInt(s), scale: 0 };
  return { units: BigInt(s.slice(0, dot) + s.slice(dot + 1)), scale: s.length - dot - 1 };
}

const POWERS: bigint[] = [1n];

function pow10(n: number): bigint {
  while (POWERS.length <= n) POWERS.push(POWERS[POWERS.length - 1]! * 10n);
  return POWERS[n]!;
}

function rescale(a: Scaled, scale: number): bigint {
  return scale === a.scale ? a.units : a.units * pow10(scale - a.scale);
}

export function addScaled(a: Scaled, b: Scaled): Scaled {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

export function mulScaled(a: Scaled, b: Scaled): Scaled {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function compareScaled(a: Scaled, b: Scaled): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescale(a, scale);
  const y = rescale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const ZERO: Scaled = { units: 0n, scale: 0 };

/**
 * compareScaled(parseDecimal(a), parseDecimal(b)) for two canonical decimals, read off the strings without
 * BigInt: one spelling per value means the sign, the length of the integer part, then the digits decide.
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const negA = a.charCodeAt(0) === 45;
  const negB = b.charCodeAt(0) === 45;
  if (negA !== negB) return negA ? -1 : 1;
  const magnitude = compareMagnitudes(negA ? a.slice(1) : a, negB ? b.slice(1) : b);
  return negA ? ((-magnitude) as -1 | 0 | 1) : magnitude;
}

function compareMagnitudes(a: string, b: string): -1 | 0 | 1 {
  let dotA = a.indexOf('.');
  let dotB = b.indexOf('.');
  if (dotA < 0) dotA = a.length;
  if (dotB < 0) dotB = b.length;
  // No leading zeros, so a longer integer part is a larger number ("0" is the only integer part starting with 0).
  if (dotA !== dotB) return dotA < dotB ? -1 : 1;
  // Same integer length: plain string order compares the integer digits, then the fraction digits ('.' sorts
  // below every digit, and no trailing zeros means a proper prefix is the smaller number).
  return a < b ? -1 : a > b ? 1 : 0;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * An exact running sum of canonical decimals. Terms that are integers of at most 15 digits (most quantities) are
 * added as doubles, which is exact while the sum stays within ±(2^53 − 1); the first other term, or a sum beyond
 * that, moves the total to BigInt. Semantic checks add up thousands of fills, so the common case avoids BigInt.
 */
export class DecimalSum {
  private small = 0;
  private big: Scaled | null = null;

  add(term: string): void {
    if (this.big === null && term.length <= 15 && term.indexOf('.') < 0) {
      const next = this.small + Number(term);
      // Rounding is monotonic, so a true sum beyond 2^53 − 1 never rounds back into the safe range.
      if (next <= MAX_SAFE && next >= -MAX_SAFE) {
        this.small = next;
        return;
      }
    }
    this.big = addScaled(this.big ?? { units: BigInt(this.small), scale: 0 }, scaledOf(term));
  }

  /** The sum as a scaled value. */
  get value(): Scaled {
    return this.big ?? { units: BigInt(this.small), scale: 0 };
  }

  /** compareScaled(this sum, a canonical decimal). */
  compare(decimal: string): -1 | 0 | 1 {
    return this.big === null ? compareDecimals(String(this.small), decimal) : compareScaled(this.big, scaledOf(decimal));
  }
}

/** Sum of canonical decimal strings. */
export function sumDecimals(values: Iterable<string>): Scaled {
  let total = ZERO;
  for (const v of values) total = addScaled(total, parseDecimal(v));
  return total;
}

/** The canonical spelling of a scaled value. */
export function formatScaled(a: Scaled): string {
  if (a.units === 0n) return '0';
  const negative = a.units < 0n;
  let digits = (negative ? -a.units : a.units).toString();
  let scale = a.scale;
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  let out: string;
  if (scale === 0) out = digits;
  else {
    digits = digits.padStart(scale + 1, '0');
    out = digits.slice(0, digits.length - scale) + '.' + digits.slice(digits.length - scale);
  }
  return negative ? '-' + out : out;
}

/**
 * The canonical decimal that denotes exactly the shortest round-trip spelling of a binary64 number
 * (ECMAScript Number::toString, the same digits RFC 8785 writes). Number(numberToDecimal(x)) === x for
 * every finite x, which is what makes the 1.0 → 2.0 migration lossless.
 */
export function numberToDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return '0';
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const mantissa = s.slice(0, e);
  const exponent = Number(s.slice(e + 1));
  const negative = mantissa.startsWith('-');
  const m = negative ? mantissa.slice(1) : mantissa;
  const dot = m.indexOf('.');
  const digits = dot < 0 ? m : m.slice(0, dot) + m.slice(dot + 1);
  const pointAt = (dot < 0 ? m.length : dot) + exponent;
  return shift(negative, digits, pointAt);
}

// String(n) has no leading or trailing zeros in its digits, so moving the point yields the canonical form.
function shift(negative: boolean, digits: string, pointAt: number): string {
  let out: string;
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  return negative ? '-' + out : out;
}

/** The nearest binary64 number to a canonical decimal (exact when the decimal came from numberToDecimal). */
export function decimalToNumber(s: string): number {
  return Number(s);
}
