// Options of a CheckpointRegistry and of its queries, with the checks that turn a wrong argument into a
// clear E_ARGUMENT before anything touches the disk.
import { hostname } from 'node:os';
import { CheckpointError } from '../errors/index.js';
import { normalizeTimestamp } from '../util/time.js';
import { instantKey } from './entry.js';
import { nodeFs, type RegistryFs } from './fs.js';

export interface RegistryOptions {
  /** File-system layer (default node:fs/promises); inject one to simulate faults in tests. */
  readonly fs?: RegistryFs;
  /** Clock in epoch milliseconds (default Date.now): created_at of create(), lock ages, temp-file ages, retention ages. */
  readonly now?: () => number;
  /** A lock not refreshed for this long is stale and may be broken (default 30 000 ms). Holders refresh every third of it. */
  readonly lockStaleMs?: number;
  /** How long a writer waits for a live lock before failing with E_LOCKED (default 10 000 ms). */
  readonly lockTimeoutMs?: number;
  /** fsck removes temp files older than this (default 3 600 000 ms = 1 hour). */
  readonly tmpGraceMs?: number;
  /** Host name recorded in locks (default os.hostname()); locks of this host whose process died are stale at once. */
  readonly host?: string;
  /** Files verified at once by fsck, rebuildIndex and cleanup (default 8). */
  readonly verifyConcurrency?: number;
  /** Told after each file that fsck or an index rebuild verified, for a progress bar (the CLI draws one on a terminal). */
  readonly onProgress?: (progress: RegistryProgress) => void;
}

export interface RegistryProgress {
  readonly task: 'fsck' | 'rebuild';
  /** Files verified so far, of `total`. */
  readonly done: number;
  readonly total: number;
}

export interface ResolvedOptions {
  readonly fs: RegistryFs;
  readonly now: () => number;
  readonly lockStaleMs: number;
  readonly lockTimeoutMs: number;
  readonly tmpGraceMs: number;
  readonly host: string;
  readonly verifyConcurrency: number;
  readonly onProgress: ((progress: RegistryProgress) => void) | undefined;
}

export function argError(message: string, hint?: string): CheckpointError {
  return new CheckpointError({ code: 'E_ARGUMENT', message, ...(hint !== undefined && { hint }) });
}

export function assertPlainObject(value: unknown, what: string, allowed: readonly string[]): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw argError(`${what} must be an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw argError(`${what} has no option ${JSON.stringify(key)}`, `known options: ${allowed.join(', ')}`);
  }
}

function nonNegative(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw argError(`${name} must be a number ≥ 0, got ${JSON.stringify(value)}`);
  return value;
}

export function resolveOptions(options: RegistryOptions | undefined): ResolvedOptions {
  const o: RegistryOptions = options ?? {};
  assertPlainObject(options ?? {}, 'CheckpointRegistry options', ['fs', 'now', 'lockStaleMs', 'lockTimeoutMs', 'tmpGraceMs', 'host', 'verifyConcurrency', 'onProgress']);
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') throw argError('options.onProgress must be a function');
  if (o.fs !== undefined && (o.fs === null || typeof o.fs !== 'object')) throw argError('options.fs must be a RegistryFs object');
  if (o.now !== undefined && typeof o.now !== 'function') throw argError('options.now must be a function returning epoch milliseconds');
  if (o.host !== undefined && (typeof o.host !== 'string' || o.host.length === 0)) throw argError('options.host must be a non-empty string');
  const concurrency = nonNegative(o.verifyConcurrency, 'verifyConcurrency', 8);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw argError('verifyConcurrency must be a whole number ≥ 1');
  return {
    fs: o.fs ?? nodeFs,
    now: o.now ?? Date.now,
    lockStaleMs: nonNegative(o.lockStaleMs, 'lockStaleMs', 30_000),
    lockTimeoutMs: nonNegative(o.lockTimeoutMs, 'lockTimeoutMs', 10_000),
    tmpGraceMs: nonNegative(o.tmpGraceMs, 'tmpGraceMs', 3_600_000),
    host: o.host ?? hostname(),
    verifyConcurrency: concurrency,
    onProgress: o.onProgress,
  };
}

/** A half-open time range: `from` inclusive, `to` exclusive. Strings are ISO 8601 (no offset means UTC; a bare date means midnight UTC). */
export interface TimeRange {
  readonly from?: string | Date;
  readonly to?: string | Date;
}

export interface ListFilter {
  readonly strategy?: string;
  readonly run?: string;
  /** Range of backtest time (the checkpoint's `timestamp`). */
  readonly timestamp?: TimeRange;
  /** Range of creation time (the checkpoint's `created_at`). */
  readonly created?: TimeRange;
  /** 'asc' (default): oldest backtest time first; 'desc': newest first. */
  readonly order?: 'asc' | 'desc';
  /** At most this many entries (after ordering). */
  readonly limit?: number;
}

export interface ResolvedFilter {
  readonly strategy?: string;
  readonly run?: string;
  readonly tsFrom?: string;
  readonly tsTo?: string;
  readonly createdFrom?: string;
  readonly createdTo?: string;
  readonly desc: boolean;
  readonly limit?: number;
}

function nameArg(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw argError(`${name} must be a non-empty string, got ${JSON.stringify(value) ?? typeof value}`);
  return value;
}

function timeKey(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) {
    if (!Number.isFinite(value.getTime())) throw argError(`${name} is an invalid Date`);
    return instantKey(value.toISOString());
  }
  if (typeof value !== 'string') throw argError(`${name} must be an ISO 8601 string or a Date, got ${typeof value}`);
  try {
    // A bare date means midnight UTC of that day.
    return instantKey(normalizeTimestamp(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) ? `${value}T00:00:00Z` : value));
  } catch (e) {
    throw argError(`${name} ${e instanceof Error ? e.message : String(e)}`, 'write times like 2024-03-15T16:00:00Z');
  }
}

function range(value: unknown, name: string): { from?: string; to?: string } {
  if (value === undefined) return {};
  assertPlainObject(value, name, ['from', 'to']);
  const from = timeKey(value.from, `${name}.from`);
  const to = timeKey(value.to, `${name}.to`);
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

export function resolveFilter(filter: unknown): ResolvedFilter {
  if (filter === undefined) return { desc: false };
  assertPlainObject(filter, 'list() filter', ['strategy', 'run', 'timestamp', 'created', 'order', 'limit']);
  const ts = range(filter.timestamp, 'filter.timestamp');
  const created = range(filter.created, 'filter.created');
  if (filter.order !== undefined && filter.order !== 'asc' && filter.order !== 'desc') throw argError(`filter.order must be "asc" or "desc", got ${JSON.stringify(filter.order)}`);
  if (filter.limit !== undefined && (typeof filter.limit !== 'number' || !Number.isSafeInteger(filter.limit) || filter.limit < 0)) {
    throw argError(`filter.limit must be a whole number ≥ 0, got ${JSON.stringify(filter.limit)}`);
  }
  const strategy = nameArg(filter.strategy, 'filter.strategy');
  const run = nameArg(filter.run, 'filter.run');
  return {
    ...(strategy !== undefined && { strategy }),
    ...(run !== undefined && { run }),
    ...(ts.from !== undefined && { tsFrom: ts.from }),
    ...(ts.to !== undefined && { tsTo: ts.to }),
    ...(created.from !== undefined && { createdFrom: created.from }),
    ...(created.to !== undefined && { createdTo: created.to }),
    desc: filter.order === 'desc',
    ...(filter.limit !== undefined && { limit: filter.limit as number }),
  };
}

export interface LatestSelector {
  readonly run?: string;
  readonly strategy?: string;
}

export function resolveSelector(selector: unknown): { run?: string; strategy?: string } {
  assertPlainObject(selector, 'latest() selector', ['run', 'strategy']);
  const run = nameArg(selector.run, 'selector.run');
  const strategy = nameArg(selector.strategy, 'selector.strategy');
  if (run === undefined && strategy === undefined) throw argError('latest() needs a run or a strategy: latest({ run: "bt-2024-03-15" })');
  return { ...(run !== undefined && { run }), ...(strategy !== undefined && { strategy }) };
}
