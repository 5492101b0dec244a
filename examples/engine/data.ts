// Market data for the reference backtest, generated (not shipped): one-minute bars per symbol from a
// seeded xoshiro128** random walk with drifting regimes and randomly missing minutes. Integer cents
// only, so the same configuration gives the same bars on every machine; a resumed run regenerates
// them and moves its feed cursors to where the checkpoint says.
import type { BacktestConfig } from './config.js';
import { Xoshiro128 } from './prng.js';

export interface Bar {
  /** Bar open time, canonical UTC timestamp (fixed width, so strings compare in time order). */
  readonly time: string;
  /** Prices in integer cents. */
  readonly open: bigint;
  readonly high: bigint;
  readonly low: bigint;
  readonly close: bigint;
}

export const SESSION_MINUTES = 390;
const SESSION_OPEN_MS = (14 * 60 + 30) * 60_000;
const DAY_MS = 86_400_000;

/** Epoch milliseconds of trading minute m (sessions on weekdays only). */
function minuteTime(startDate: string, m: number): number {
  let day = Date.parse(`${startDate}T00:00:00Z`);
  const weekday = (ms: number) => new Date(ms).getUTCDay();
  while (weekday(day) === 0 || weekday(day) === 6) day += DAY_MS;
  let sessions = Math.floor(m / SESSION_MINUTES);
  while (sessions > 0) {
    day += DAY_MS;
    if (weekday(day) !== 0 && weekday(day) !== 6) sessions--;
  }
  return day + SESSION_OPEN_MS + (m % SESSION_MINUTES) * 60_000;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function cents(decimal: string): bigint {
  const [whole, frac = ''] = decimal.split('.');
  return BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'));
}

/** Start of the first session: the engine's clock before the first bar. */
export function sessionStart(config: BacktestConfig): string {
  return iso(minuteTime(config.start_date, 0));
}

/** Feed name of a symbol's bars. */
export function feedName(symbol: string): string {
  return `${symbol}.1m`;
}

/** Every symbol's bars, in time order, keyed by feed name in configuration order. */
export function generateBars(config: BacktestConfig): Map<string, Bar[]> {
  const times: string[] = [];
  for (let m = 0; m < config.minutes; m++) times.push(iso(minuteTime(config.start_date, m)));
  const out = new Map<string, Bar[]>();
  config.symbols.forEach((spec, i) => {
    // Each symbol has its own generator, so adding a symbol does not change the others' bars.
    const rng = Xoshiro128.fromSeed((config.seed ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0);
    const bars: Bar[] = [];
    let close = cents(spec.start_price);
    let drift = 0n;
    for (let m = 0; m < config.minutes; m++) {
      const vol = close / 500n > 1n ? close / 500n : 1n;
      if (rng.below(60) === 0) drift = BigInt(rng.below(3) - 1) * (vol / 3n > 1n ? vol / 3n : 1n);
      const present = rng.below(100) >= config.gap_percent;
      const open = close + BigInt(rng.below(3) - 1);
      let next = open + BigInt(rng.below(Number(2n * vol + 1n))) - vol + drift;
      if (next < 1n) next = 1n;
      const wick = Number(vol + 1n);
      const high = (open > next ? open : next) + BigInt(rng.below(wick));
      let low = (open < next ? open : next) - BigInt(rng.below(wick));
      if (low < 1n) low = 1n;
      close = next;
      if (present) bars.push({ time: times[m]!, open: open < 1n ? 1n : open, high, low, close });
    }
    out.set(feedName(spec.symbol), bars);
  });
  return out;
}
