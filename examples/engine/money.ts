// Exact decimal arithmetic for the reference engine: BigInt-scaled values (src/util/decimal.ts) with the
// few operations a backtest needs. Money never touches a binary float, so a resumed run reproduces
// every cent, bit for bit.
import { addScaled, compareScaled, formatScaled, mulScaled, parseDecimal, type Scaled } from '../../src/util/decimal.js';

export type { Scaled };
export const ZERO: Scaled = { units: 0n, scale: 0 };

export const dec = (s: string): Scaled => parseDecimal(s);
export const fmt = (a: Scaled): string => formatScaled(a);
export const add = addScaled;
export const mul = mulScaled;
export const cmp = compareScaled;
export const neg = (a: Scaled): Scaled => ({ units: -a.units, scale: a.scale });
export const sub = (a: Scaled, b: Scaled): Scaled => addScaled(a, neg(b));
export const max = (a: Scaled, b: Scaled): Scaled => (compareScaled(a, b) >= 0 ? a : b);
export const min = (a: Scaled, b: Scaled): Scaled => (compareScaled(a, b) <= 0 ? a : b);
export const int = (n: bigint): Scaled => ({ units: n, scale: 0 });
/** Cents (scale 2). */
export const cents = (n: bigint): Scaled => ({ units: n, scale: 2 });

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** a / b rounded half to even at `scale` decimals. */
export function divRound(a: Scaled, b: Scaled, scale: number): Scaled {
  if (b.units === 0n) throw new RangeError('division by zero');
  // a/b = (a.units / 10^a.scale) / (b.units / 10^b.scale); scaled by 10^scale.
  let num = a.units * pow10(scale + b.scale);
  let den = b.units * pow10(a.scale);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && q % 2n !== 0n)) q += 1n;
  return { units: q, scale };
}

/** a rounded half to even at `scale` decimals. */
export function round(a: Scaled, scale: number): Scaled {
  return a.scale <= scale ? a : divRound(a, int(1n), scale);
}

/** floor(a / b) as an integer. */
export function floorDiv(a: Scaled, b: Scaled): bigint {
  const q = divRound(a, b, 0);
  // divRound rounds; step back when it rounded up.
  return cmp(mul(int(q.units), b), a) > 0 ? q.units - 1n : q.units;
}
