// Arbitraries for the scalar grammars of the format: canonical decimals and timestamps.
import fc from 'fast-check';
import { formatScaled } from '../../src/util/decimal.js';

/** A canonical decimal; `sign` restricts it to >= 0 or > 0. */
export function decimal(sign: 'any' | 'nonneg' | 'pos' = 'any', maxUnits = 10n ** 12n): fc.Arbitrary<string> {
  const min = sign === 'any' ? -maxUnits : sign === 'pos' ? 1n : 0n;
  return fc.record({ units: fc.bigInt({ min, max: maxUnits }), scale: fc.integer({ min: 0, max: 8 }) }).map(formatScaled);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A canonical RFC 3339 UTC timestamp (real calendar dates only). */
export const timestamp: fc.Arbitrary<string> = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
    frac: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{0,8}[1-9]$/)),
  })
  .map(({ ms, frac }) => {
    const d = new Date(Math.floor(ms / 1000) * 1000);
    return (
      `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
      (frac ? '.' + frac : '') +
      'Z'
    );
  });

/** A format 1.0 timestamp as Python writes them: with or without offset, 'T' or space, 0-9 fraction digits. */
export const looseTimestamp: fc.Arbitrary<string> = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
    sep: fc.constantFrom('T', ' '),
    frac: fc.oneof(fc.constant(''), fc.stringMatching(/^\.[0-9]{1,9}$/)),
    offset: fc.oneof(fc.constant(''), fc.constant('Z'), fc.constantFrom('+00:00', '+02:00', '-05:00', '+05:30', '-00:00')),
  })
  .map(({ ms, sep, frac, offset }) => {
    const d = new Date(Math.floor(ms / 1000) * 1000);
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}${sep}${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${frac}${offset}`;
  });

/** Numbers a 1.0 producer (Python floats) writes, kept inside the exactly representable range. */
export const looseNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1, 0.30000000000000004, 1e-7, 5e-324, 1e21, 123.456),
);

export const nonnegLooseNumber: fc.Arbitrary<number> = looseNumber.map((n) => Math.abs(n));

/** Arbitrary JSON data for free-form members, with numbers that canonical JSON can hold. */
export const freeJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 }).map(function sanitize(v: unknown): unknown {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER && Math.abs(v) < 1e21 ? 0 : v;
  if (Array.isArray(v)) return v.map(sanitize);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: sanitize(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
});

export const freeObject: fc.Arbitrary<Record<string, unknown>> = fc
  .dictionary(fc.string({ maxLength: 6 }), freeJson, { maxKeys: 4 })
  .map((d) => JSON.parse(JSON.stringify(d)) as Record<string, unknown>);
