// The compacted snapshot of the index (spec/registry.md §6.2, index format 2): every live entry of the index
// as one JSON line of parallel columns, written by a rewrite right after the log's header. Why columns: a
// fresh process (a CLI call) must answer its first whole-index query at 100k checkpoints in well under
// 100 ms, and JSON.parse reads a few long strings and integer arrays many times faster than 100k small
// objects. Fixed-width fields (ids, sort keys of both times) are concatenated into one string each, so a
// row's value is a slice, and a query can binary-search or filter the times before building any entry.
//
// A snapshot is validated as a whole when decoded; one that fails is reported, and the index is rebuilt
// from the files (skipping it, as a torn record is skipped, would silently drop every entry it holds).
import { isAscii } from 'node:buffer';
import { LATEST_VERSION_STRING } from '../format/index.js';
import { instantKey, type RegistryEntry } from './entry.js';
import { CHECKPOINT_PATH } from './layout.js';

export const ID_WIDTH = 64;
/** Width of an instantKey: `YYYY-MM-DDTHH:MM:SS.fffffffff`. */
export const KEY_WIDTH = 29;

export interface Snapshot {
  readonly count: number;
  /** Ids of the rows, concatenated. Rows are in list order (spec §8.1). */
  readonly ids: string;
  /** instantKey of each row's timestamp, concatenated (non-decreasing, as rows are in list order). */
  readonly tsKeys: string;
  /** instantKey of each row's created_at, concatenated. */
  readonly createdKeys: string;
  readonly runs: readonly string[];
  readonly run: readonly number[];
  readonly strategies: readonly string[];
  readonly strategy: readonly number[];
  readonly versions: readonly string[];
  readonly version: readonly number[];
  readonly sequence: readonly number[];
  /** Rows in id order: lets a record of the log's tail find its row by binary search. */
  readonly byId: readonly number[];
  /** Rows in created_at order: a creation-time range is a binary search, not a scan of every row. */
  readonly byCreated: readonly number[];
  /** Rows whose path is not the derived one (misplaced files), by row. */
  readonly paths: ReadonlyMap<number, string>;
  /** Rows of older-format files: their latest-format id, by row. */
  readonly latestIds: ReadonlyMap<number, string>;
}

/** The canonical timestamp an instantKey was made from (canonical fractions never end in 0). */
export function timestampOfKey(key: string): string {
  let end = KEY_WIDTH;
  while (end > 20 && key.charCodeAt(end - 1) === 48) end--;
  return end === 20 ? `${key.slice(0, 19)}Z` : `${key.slice(0, end)}Z`;
}

export function rowId(s: Snapshot, row: number): string {
  return s.ids.slice(row * ID_WIDTH, row * ID_WIDTH + ID_WIDTH);
}

export function rowTsKey(s: Snapshot, row: number): string {
  return s.tsKeys.slice(row * KEY_WIDTH, row * KEY_WIDTH + KEY_WIDTH);
}

export function rowCreatedKey(s: Snapshot, row: number): string {
  return s.createdKeys.slice(row * KEY_WIDTH, row * KEY_WIDTH + KEY_WIDTH);
}

/** The entry of a row (check rowValid first: this trusts the row's characters). */
export function rowEntry(s: Snapshot, row: number): RegistryEntry {
  const id = rowId(s, row);
  const timestamp = timestampOfKey(rowTsKey(s, row));
  return Object.freeze({
    id,
    path: s.paths.get(row) ?? `${timestamp.slice(0, 4)}/${timestamp.slice(5, 7)}/${id}.json`,
    version: s.versions[s.version[row]!]!,
    latest_format_id: s.latestIds.get(row) ?? id,
    strategy_name: s.strategies[s.strategy[row]!]!,
    run_id: s.runs[s.run[row]!]!,
    sequence: s.sequence[row]!,
    timestamp,
    created_at: timestampOfKey(rowCreatedKey(s, row)),
  });
}

/** The row holding `id`, by binary search over the id order; undefined when the snapshot does not hold it. */
export function rowOf(s: Snapshot, id: string): number | undefined {
  let lo = 0;
  let hi = s.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const row = s.byId[mid]!;
    if (!index(row, s.count)) return undefined;
    const at = rowId(s, row);
    if (at === id) return row;
    if (at < id) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

/**
 * The snapshot lines (without final newline) of entries already in list order: a JSON object with the count,
 * the dictionaries and the integer columns, then three JSON strings: the ids, the timestamp keys and the
 * created_at keys, each the fixed-width values of every row concatenated. Readers take those three as the
 * bytes between their quotes (no JSON parse: ids and keys never need escaping) and check each row's
 * characters when they build its entry.
 */
export function encodeSnapshot(entries: readonly RegistryEntry[]): string {
  const runs: string[] = [];
  const strategies: string[] = [];
  const versions: string[] = [];
  const dict = (list: string[], index: Map<string, number>, value: string): number => {
    let i = index.get(value);
    if (i === undefined) {
      i = list.length;
      list.push(value);
      index.set(value, i);
    }
    return i;
  };
  const runIx = new Map<string, number>();
  const strategyIx = new Map<string, number>();
  const versionIx = new Map<string, number>();
  const paths: Record<string, string> = {};
  const latestIds: Record<string, string> = {};
  const ids: string[] = [];
  const ts: string[] = [];
  const created: string[] = [];
  const run: number[] = [];
  const strategy: number[] = [];
  const version: number[] = [];
  const sequence: number[] = [];
  entries.forEach((e, row) => {
    ids.push(e.id);
    ts.push(instantKey(e.timestamp));
    created.push(instantKey(e.created_at));
    run.push(dict(runs, runIx, e.run_id));
    strategy.push(dict(strategies, strategyIx, e.strategy_name));
    version.push(dict(versions, versionIx, e.version));
    sequence.push(e.sequence);
    if (e.path !== `${e.timestamp.slice(0, 4)}/${e.timestamp.slice(5, 7)}/${e.id}.json`) paths[row] = e.path;
    if (e.latest_format_id !== e.id) latestIds[row] = e.latest_format_id;
  });
  const byId = ids.map((_, row) => row).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  const byCreated = ids.map((_, row) => row).sort((a, b) => (created[a]! < created[b]! ? -1 : created[a]! > created[b]! ? 1 : a - b));
  const meta = JSON.stringify({
    op: 'snapshot',
    count: entries.length,
    runs,
    run,
    strategies,
    strategy,
    versions,
    version,
    sequence,
    by_id: byId,
    by_created: byCreated,
    paths,
    latest_format_ids: latestIds,
  });
  return [meta, JSON.stringify(ids.join('')), JSON.stringify(ts.join('')), JSON.stringify(created.join(''))].join('\n');
}

// Sticky regular expressions test a row's field in place (no slice) and run as native code at once, where a
// character loop would run interpreted for the first thousands of rows of a fresh process.
const HEX_AT = /[0-9a-f]{64}/y;
const KEY_AT = /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}/y;

function matchesAt(re: RegExp, s: string, start: number): boolean {
  re.lastIndex = start;
  return re.test(s);
}

function hexAt(s: string, start: number): boolean {
  return matchesAt(HEX_AT, s, start);
}

function keyAt(s: string, start: number): boolean {
  return matchesAt(KEY_AT, s, start);
}

/**
 * Whether a row is well-formed (id, times, indexes into the dictionaries, sequence); a row that is not is
 * skipped, as a torn record is. Checked when a row is used, not when the snapshot is loaded: over 100k
 * rows that would cost a fresh process most of its 100 ms, for rows a query may never return.
 */
export function rowValid(s: Snapshot, row: number): boolean {
  const seq = s.sequence[row];
  return (
    hexAt(s.ids, row * ID_WIDTH) &&
    keyAt(s.tsKeys, row * KEY_WIDTH) &&
    keyAt(s.createdKeys, row * KEY_WIDTH) &&
    index(s.run[row], s.runs.length) &&
    index(s.strategy[row], s.strategies.length) &&
    index(s.version[row], s.versions.length) &&
    typeof seq === 'number' &&
    Number.isSafeInteger(seq) &&
    seq >= 0
  );
}

const VERSION = /^[0-9]+\.[0-9]+$/;
const HEX64 = /^[0-9a-f]{64}$/;

function dictionary(v: unknown, max: number, what: string): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string' && s.length > 0 && s.length <= max)) throw new Error(`${what} is not a list of names`);
  return v as string[];
}

/** A column of integers: its length here; its values when a row is used (rowValid, rowOf). */
function intColumn(v: unknown, count: number, what: string): number[] {
  if (!Array.isArray(v) || v.length !== count) throw new Error(`${what} does not have one value per row`);
  return v as number[];
}

export function index(x: number | undefined, size: number): boolean {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < size;
}

function exceptions(v: unknown, count: number, check: (value: string, row: number) => boolean, what: string): Map<number, string> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${what} is not an object`);
  const out = new Map<number, string>();
  for (const [k, value] of Object.entries(v)) {
    const row = Number(k);
    if (!Number.isInteger(row) || row < 0 || row >= count || String(row) !== k || typeof value !== 'string' || !check(value, row)) throw new Error(`${what} has a bad member ${JSON.stringify(k).slice(0, 40)}`);
    out.set(row, value);
  }
  return out;
}

/**
 * Reads the snapshot's lines from `from`: checks its shape (every column has one value per row); each row's
 * values are checked when the row is used (rowValid), and whatever relies on order (a binary search by time
 * or id) re-checks the rows it finds, so a damaged snapshot can hide rows from a list, never add wrong ones.
 * Returns the problem as a string when it is not a snapshot at all (the index is then rebuilt).
 */
export function readSnapshot(bytes: Buffer, from: number): { snapshot: Snapshot; end: number } | string {
  const lines: { start: number; end: number }[] = [];
  for (let at = from; lines.length < 4; ) {
    const line = nextLine(bytes, at);
    if (line === undefined) return 'the index snapshot is incomplete';
    lines.push(line);
    at = line.end + 1;
  }
  const [metaLine, idLine, tsLine, createdLine] = lines as [Line, Line, Line, Line];
  const part = bytes.subarray(metaLine.start, metaLine.end);
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(part.toString(isAscii(part) ? 'latin1' : 'utf8')) as Record<string, unknown>;
  } catch {
    return 'the index snapshot is not JSON';
  }
  const decoded = decodeSnapshot(v, (line, width, count) => {
    // A JSON string of exactly count × width characters between its quotes, taken as bytes.
    if (line.end - line.start !== count * width + 2 || bytes[line.start] !== 0x22 || bytes[line.end - 1] !== 0x22) return undefined;
    return bytes.toString('latin1', line.start + 1, line.end - 1);
  }, [idLine, tsLine, createdLine]);
  return typeof decoded === 'string' ? decoded : { snapshot: decoded, end: createdLine.end + 1 };
}

export interface Line {
  readonly start: number;
  /** Excludes the newline. */
  readonly end: number;
}

/** The first non-empty line at or after `start`. */
export function nextLine(bytes: Buffer, start: number): Line | undefined {
  while (start < bytes.length) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    if (end > start) return { start, end };
    start = end + 1;
  }
  return undefined;
}

function decodeSnapshot(v: Record<string, unknown>, column: (line: Line, width: number, count: number) => string | undefined, lines: [Line, Line, Line]): Snapshot | string {
  try {
    if (v === null || typeof v !== 'object' || v.op !== 'snapshot') throw new Error('the line after the header is not a snapshot');
    const { count } = v;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) throw new Error('count is not a row count');
    const ids = column(lines[0], ID_WIDTH, count);
    if (ids === undefined) throw new Error('the id line is not the rows’ ids');
    const tsKeys = column(lines[1], KEY_WIDTH, count);
    if (tsKeys === undefined) throw new Error('the timestamp line is not the rows’ times');
    const createdKeys = column(lines[2], KEY_WIDTH, count);
    if (createdKeys === undefined) throw new Error('the created_at line is not the rows’ times');
    const runs = dictionary(v.runs, 4096, 'runs');
    const strategies = dictionary(v.strategies, 256, 'strategies');
    const versions = dictionary(v.versions, 16, 'versions');
    if (!versions.every((x) => VERSION.test(x))) throw new Error('versions holds a bad version');
    const run = intColumn(v.run, count, 'run');
    const strategy = intColumn(v.strategy, count, 'strategy');
    const version = intColumn(v.version, count, 'version');
    const sequence = intColumn(v.sequence, count, 'sequence');
    const byId = intColumn(v.by_id, count, 'by_id');
    const byCreated = intColumn(v.by_created, count, 'by_created');
    const s0 = { count, ids, tsKeys, createdKeys } as Snapshot;
    const paths = exceptions(v.paths, count, (p, row) => CHECKPOINT_PATH.exec(p)?.[3] === rowId(s0, row), 'paths');
    const latestIds = exceptions(v.latest_format_ids, count, (x, row) => HEX64.test(x) && x !== rowId(s0, row), 'latest_format_ids');
    for (const row of latestIds.keys()) if (!index(version[row], versions.length) || versions[version[row]!] === LATEST_VERSION_STRING) throw new Error(`row ${row} is a latest-format file with another latest-format id`);
    return { count, ids, tsKeys, createdKeys, runs, run, strategies, strategy, versions, version, sequence, byId, byCreated, paths, latestIds };
  } catch (e) {
    return `the index snapshot is invalid: ${(e as Error).message}`;
  }
}
