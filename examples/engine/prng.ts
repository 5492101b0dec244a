// xoshiro128** (Blackman & Vigna, 2018): the engine's random generator. Its whole state is four
// unsigned 32-bit words, which is exactly what a format 3.0 checkpoint stores, so a restored
// generator continues the very same sequence. Only 32-bit integer operations: the same numbers on
// every platform.

export const XOSHIRO_ALGORITHM = 'xoshiro128**';

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** SplitMix32 step: spreads a seed over the state words (the authors' recommended seeding). */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) >>> 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

export class Xoshiro128 {
  #s: Uint32Array;

  private constructor(words: Uint32Array) {
    this.#s = words;
  }

  /** A generator seeded from a 32-bit seed. */
  static fromSeed(seed: number): Xoshiro128 {
    const st = { s: seed >>> 0 };
    const words = new Uint32Array([splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st)]);
    if (words.every((w) => w === 0)) words[0] = 1;
    return new Xoshiro128(words);
  }

  /** A generator continuing from a saved state; undefined when the words are not a valid state. */
  static fromState(words: readonly number[]): Xoshiro128 | undefined {
    if (words.length !== 4 || !words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffffffff)) return undefined;
    if (words.every((w) => w === 0)) return undefined;
    return new Xoshiro128(Uint32Array.from(words));
  }

  /** The full internal state, four uint32 words. */
  state(): number[] {
    return Array.from(this.#s);
  }

  /** The next uint32. */
  next(): number {
    const s = this.#s;
    let s0 = s[0]!, s1 = s[1]!, s2 = s[2]!, s3 = s[3]!;
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    return result;
  }

  /** A uniform integer in [0, n), without modulo bias; n is 1 to 2^32. */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 0x100000000) throw new RangeError(`below(${n}): n must be an integer from 1 to 2^32`);
    const limit = 0x100000000 - (0x100000000 % n);
    for (;;) {
      const x = this.next();
      if (x < limit) return x % n;
    }
  }
}
