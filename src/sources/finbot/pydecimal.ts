// Python's str(Decimal) spellings (finbot writes every amount that way) and the little decimal arithmetic the
// consistency checks need. Values are exact: a spelling is read into a BigInt coefficient and an exponent.
import { formatScaled } from '../../util/decimal.js';
import type { Scaled } from '../../util/decimal.js';

export interface PyDecimal {
  readonly negative: boolean;
  /** Coefficient digits without leading zeros ("0" for zero). */
  readonly digits: string;
  readonly exponent: number;
}

const SPELLING = /^(-?)([0-9]+)(?:\.([0-9]+))?(?:E([+-][0-9]+))?$/;

/** Reads a spelling the schema's PyDecimal pattern has matched. */
export function readPyDecimal(s: string): PyDecimal {
  const m = SPELLING.exec(s);
  if (!m) throw new RangeError(`not a Python decimal spelling: ${JSON.stringify(s)}`);
  const fraction = m[3] ?? '';
  const digits = (m[2]! + fraction).replace(/^0+(?=.)/, '');
  return { negative: m[1] === '-', digits, exponent: Number(m[4] ?? '0') - fraction.length };
}

/**
 * Rule F1: in "d.fffE+n" the exponent n is greater than the number of fraction digits; otherwise the exponent of
 * the Decimal is <= 0 and Python would have written plain notation ("9123.9", never "9.1239E+3").
 */
export function f1Problem(s: string): string | undefined {
  const m = /E\+([0-9]+)$/.exec(s);
  if (!m) return undefined;
  const dot = s.indexOf('.');
  const fraction = dot < 0 ? 0 : s.indexOf('E') - dot - 1;
  if (Number(m[1]) > fraction) return undefined;
  return `${JSON.stringify(s)} is not how Python writes a Decimal: its exponent is not positive, so str() writes it in plain notation (${JSON.stringify(plain(readPyDecimal(s)))})`;
}

function plain(d: PyDecimal): string {
  const sign = d.negative ? '-' : '';
  if (d.exponent >= 0) return sign + d.digits + '0'.repeat(d.exponent);
  const n = -d.exponent;
  const padded = d.digits.padStart(n + 1, '0');
  return `${sign}${padded.slice(0, padded.length - n)}.${padded.slice(padded.length - n)}`;
}

/** The value as an exact scaled integer. */
export function scaledOfPy(s: string): Scaled {
  const d = readPyDecimal(s);
  const units = BigInt(d.digits) * (d.negative ? -1n : 1n);
  return d.exponent >= 0 ? { units: units * 10n ** BigInt(d.exponent), scale: 0 } : { units, scale: -d.exponent };
}

/** The format's canonical decimal of a Python spelling: "1E+2" → "100", "16478.1409500" → "16478.14095", "-0" → "0". */
export function canon(s: string): string {
  return formatScaled(scaledOfPy(s));
}

/** str(Decimal(c)) for a canonical decimal c: what Python writes for the value with the exponent the text gives it. */
export function pyStrOfCanonical(c: string): string {
  const negative = c.startsWith('-');
  const body = negative ? c.slice(1) : c;
  const dot = body.indexOf('.');
  const fraction = dot < 0 ? '' : body.slice(dot + 1);
  const digits = ((dot < 0 ? body : body.slice(0, dot)) + fraction).replace(/^0+(?=.)/, '');
  return pyStr({ negative, digits, exponent: -fraction.length });
}

/** Python's Decimal.__str__ (to-scientific-string) of a finite decimal. */
export function pyStr(d: PyDecimal): string {
  const sign = d.negative ? '-' : '';
  const adjusted = d.exponent + d.digits.length - 1;
  if (d.exponent <= 0 && adjusted >= -6) return plain(d);
  const rest = d.digits.slice(1);
  return `${sign}${d.digits[0]}${rest ? '.' + rest : ''}E${adjusted >= 0 ? '+' : '-'}${Math.abs(adjusted)}`;
}

function digitCount(n: bigint): number {
  return n === 0n ? 1 : n.toString().length;
}

/**
 * num / den rounded to `precision` significant digits, half-even: Python's Decimal division in its default
 * context (28 digits), the arithmetic of finbot's avg_fill_price. `den` must not be zero.
 */
export function divide(num: Scaled, den: Scaled, precision = 28): Scaled {
  const negative = num.units < 0n !== den.units < 0n && num.units !== 0n;
  const n = (num.units < 0n ? -num.units : num.units) * 10n ** BigInt(den.scale);
  const d = (den.units < 0n ? -den.units : den.units) * 10n ** BigInt(num.scale);
  if (n === 0n) return { units: 0n, scale: 0 };
  // Enough digits that the quotient has more than `precision`, then round the extra ones away.
  const k = Math.max(0, precision + 2 - (digitCount(n) - digitCount(d)));
  let q = (n * 10n ** BigInt(k)) / d;
  const sticky = (n * 10n ** BigInt(k)) % d !== 0n;
  let scale = k;
  const extra = digitCount(q) - precision;
  if (extra > 0) {
    const div = 10n ** BigInt(extra);
    const rest = q % div;
    q /= div;
    scale -= extra;
    const half = div / 2n;
    if (rest > half || (rest === half && (sticky || q % 2n === 1n))) q += 1n;
  }
  if (scale < 0) return { units: (negative ? -q : q) * 10n ** BigInt(-scale), scale: 0 };
  return { units: negative ? -q : q, scale };
}
