// Exact arithmetic the alternative readings need: binary64 values as exact multiples of 2^-1074, and decimal
// strings as exact scaled integers. Independent of the library's own decimal code on purpose.

/** The exact value of a finite binary64 x, times 2^1074 (every binary64 is an integer multiple of 2^-1074). */
export function exactScaled(x: number): bigint {
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  const exponent = (bits >> 52n) & 0x7ffn;
  const fraction = bits & ((1n << 52n) - 1n);
  if (exponent === 0n) return sign * fraction; // subnormal: fraction × 2^-1074
  // (2^52 + fraction) × 2^(exponent − 1075), times 2^1074
  return sign * ((fraction | (1n << 52n)) << (exponent - 1n));
}

/** The smallest non-negative binary64 whose exact value is at least s / 2^1074 (s ≥ 0). */
export function smallestDoubleAtLeast(s: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  const at = (bits: bigint) => {
    view.setBigUint64(0, bits);
    return view.getFloat64(0);
  };
  let lo = 0n;
  let hi = 0x7fefffffffffffffn; // the largest finite binary64
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    if (exactScaled(at(mid)) >= s) hi = mid;
    else lo = mid + 1n;
  }
  return at(lo);
}

/** A canonical decimal string as (digits, scale): value = digits / 10^scale. */
interface Dec {
  readonly digits: bigint;
  readonly scale: number;
}

export function parseDec(d: string): Dec {
  const negative = d.startsWith('-');
  const [int, frac = ''] = (negative ? d.slice(1) : d).split('.');
  const digits = BigInt(int! + frac);
  return { digits: negative ? -digits : digits, scale: frac.length };
}

const align = (a: Dec, scale: number): bigint => a.digits * 10n ** BigInt(scale - a.scale);

export function addDec(a: Dec, b: Dec): Dec {
  const scale = Math.max(a.scale, b.scale);
  return { digits: align(a, scale) + align(b, scale), scale };
}

export function mulDec(a: Dec, b: Dec): Dec {
  return { digits: a.digits * b.digits, scale: a.scale + b.scale };
}

export function equalDec(a: Dec, b: Dec): boolean {
  const scale = Math.max(a.scale, b.scale);
  return align(a, scale) === align(b, scale);
}
