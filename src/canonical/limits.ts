// The limits every JSON value in a checkpoint obeys, shared by the serializer, the guards and the text parser.

/** Deepest allowed nesting of arrays and objects. The top-level container is depth 1. */
export const MAX_DEPTH = 128;

/** 2^53 − 1: the largest integer every JSON implementation reads back exactly. */
export const MAX_SAFE = 9007199254740991;

/**
 * ECMAScript (and so RFC 8785) writes numbers of magnitude 1e21 and above with an exponent (`1e+21`). Such numbers
 * are clearly floating-point, so they are allowed even though they are integers; the RFC 8785 test vectors use them.
 */
export const EXPONENT_FROM = 1e21;

/**
 * True when a number has no exact, portable JSON form: NaN, ±Infinity, or an integer beyond ±(2^53−1) that
 * RFC 8785 would write as plain digits (below 1e21). Every double beyond 2^53 is an integer, so no
 * `Number.isInteger` call is needed.
 */
export function isUnsafeNumber(n: number): boolean {
  if (n <= MAX_SAFE && n >= -MAX_SAFE) return false;
  return n !== n || n === Infinity || n === -Infinity || (n < EXPONENT_FROM && n > -EXPONENT_FROM);
}
