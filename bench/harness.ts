// A tiny, dependency-free timing utility: warm up, then time single calls until both a minimum time and a minimum
// number of runs are reached, and report the median (robust against GC pauses and other outliers).

export interface MeasureOptions {
  /** Keep sampling at least this long (default 1000 ms). */
  minTimeMs?: number;
  /** Take at least this many samples (default 10). */
  minRuns?: number;
  /** Warm-up time before sampling, so the JIT has optimized the code (default min(250, minTimeMs / 4) ms). */
  warmupMs?: number;
}

export interface Measurement {
  readonly name: string;
  /** Median wall time of one call, in milliseconds. */
  readonly medianMs: number;
  /** Calls per second at the median time. */
  readonly opsPerSec: number;
  /** Number of timed calls. */
  readonly runs: number;
}

/** Results are kept here so the engine cannot drop a call whose result is unused. */
let sink: unknown;

export function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Measurement {
  const minTimeMs = options.minTimeMs ?? 1000;
  const minRuns = options.minRuns ?? 10;
  const warmupMs = options.warmupMs ?? Math.min(250, minTimeMs / 4);

  const warmupEnd = performance.now() + warmupMs;
  let warmups = 0;
  do {
    sink = fn();
    warmups++;
  } while (performance.now() < warmupEnd || warmups < 2);

  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < minTimeMs) {
    const t0 = performance.now();
    sink = fn();
    samples.push(performance.now() - t0);
  }
  return summarize(name, samples);
}

/**
 * Times several functions in turns (one call of each per round) and reports each one's median. Functions that are
 * compared against each other should be measured this way: on a shared, noisy machine the load changes from one
 * second to the next, and taking turns lets every function see the same conditions.
 */
export function measureInterleaved(fns: readonly { readonly name: string; readonly fn: () => unknown }[], options: MeasureOptions = {}): Measurement[] {
  const minTimeMs = (options.minTimeMs ?? 1000) * fns.length;
  const minRuns = options.minRuns ?? 10;
  const warmupMs = options.warmupMs ?? Math.min(250, minTimeMs / 4);
  for (const { fn } of fns) {
    const warmupEnd = performance.now() + warmupMs / fns.length;
    let warmups = 0;
    do {
      sink = fn();
      warmups++;
    } while (performance.now() < warmupEnd || warmups < 2);
  }
  const samples: number[][] = fns.map(() => []);
  const start = performance.now();
  while (samples[0]!.length < minRuns || performance.now() - start < minTimeMs) {
    for (let i = 0; i < fns.length; i++) {
      const t0 = performance.now();
      sink = fns[i]!.fn();
      samples[i]!.push(performance.now() - t0);
    }
  }
  return fns.map(({ name }, i) => summarize(name, samples[i]!));
}

function summarize(name: string, samples: number[]): Measurement {
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const medianMs = samples.length % 2 === 1 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { name, medianMs, opsPerSec: medianMs > 0 ? 1000 / medianMs : Infinity, runs: samples.length };
}

/**
 * Throughput of `candidate` relative to `baseline`: baseline time / candidate time. 1 means as fast; 0.5 means the
 * candidate takes twice as long.
 */
export function ratio(baseline: Measurement, candidate: Measurement): number {
  return baseline.medianMs / candidate.medianMs;
}

/** Formats rows of cells as an aligned plain-text table; the first row is the header. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]): string =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const [header, ...body] = rows;
  if (header === undefined) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Keeps the last result reachable; exported only so that no tool flags `sink` as write-only. */
export function lastResult(): unknown {
  return sink;
}
