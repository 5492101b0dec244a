// The row file of the index (spec/registry.md §6.5): `.index/log.jsonl.rows`, an optional accelerator beside the
// log, written only by a rewrite (rebuild or compaction) of the log. It holds the same rows as the log's snapshot,
// in fixed-width binary form with lists per run, per strategy and in created_at order, so that the first query of
// a fresh process reads only the rows it needs (a few kilobytes, by positioned reads) and the log's tail, instead
// of the whole log. Why a file of its own rather than a new log format: every other reader and writer of the log
// (older releases, the Python package) goes on reading and writing format 2 unchanged, and one that rewrites the
// log without knowing this file leaves it naming a log that no longer exists, which a reader notices (the
// log's header carries the generation the row file names) and then reads the log as before.
//
// Nothing here is trusted further than the log's snapshot is: every row used is checked as a snapshot row is,
// whatever a binary search found is checked against the query again, and a row file that is not of this shape
// (or names another log) is not used at all.
import { instantKey, type RegistryEntry } from './entry.js';
import type { Item } from './item.js';
import type { RegistryFileHandle } from './fs.js';
import type { Selection } from './item.js';
import { timestampOfKey, KEY_WIDTH } from './index-snapshot.js';
import { CHECKPOINT_PATH } from './layout.js';
import { LATEST_VERSION_STRING } from '../format/index.js';

/** The `registry_index_rows` member of the row file's header: the layout below. */
export const ROWS_FORMAT = 1;
/**
 * A row: id (64 hex digits), timestamp key (29 bytes), created_at key (29), 2 zero bytes, run, strategy, version
 * (u32 LE each), 4 zero bytes, sequence (f64 LE). Text fields are ASCII, so a span of rows is decoded to one string
 * once and each field is a slice of it.
 */
export const ROW_WIDTH = 144;
const ID_WIDTH = 64;
const TS_AT = 64;
const CREATED_AT = TS_AT + KEY_WIDTH;
const RUN_AT = 124;
const STRATEGY_AT = 128;
const VERSION_AT = 132;
const SEQUENCE_AT = 136;
/** A by_created entry: created_at key (29), 3 zero bytes, row (u32 LE). */
export const CREATED_WIDTH = 36;
/** The header line must fit in this many bytes (it is a few hundred). */
const HEADER_MAX = 4096;

const SECTIONS = ['meta', 'rows', 'run_index', 'run_rows', 'strategy_index', 'strategy_rows', 'by_created'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The row file for `entries` (already in list order: the snapshot's rows), naming the log whose header carries
 * `generation` and whose tail starts at byte `logOffset`.
 */
export function encodeRows(entries: readonly RegistryEntry[], generation: string, logOffset: number): Buffer {
  const count = entries.length;
  const runs: string[] = [];
  const strategies: string[] = [];
  const versions: string[] = [];
  const runIx = new Map<string, number>();
  const strategyIx = new Map<string, number>();
  const versionIx = new Map<string, number>();
  const dict = (list: string[], ix: Map<string, number>, v: string): number => {
    let i = ix.get(v);
    if (i === undefined) {
      ix.set(v, (i = list.length));
      list.push(v);
    }
    return i;
  };
  const paths: Record<string, string> = {};
  const latestIds: Record<string, string> = {};
  const rows = Buffer.alloc(count * ROW_WIDTH);
  const run = new Uint32Array(count);
  const strategy = new Uint32Array(count);
  const created: string[] = new Array<string>(count);
  entries.forEach((e, row) => {
    const at = row * ROW_WIDTH;
    rows.write(e.id, at, ID_WIDTH, 'latin1');
    rows.write(instantKey(e.timestamp), at + TS_AT, KEY_WIDTH, 'latin1');
    rows.write((created[row] = instantKey(e.created_at)), at + CREATED_AT, KEY_WIDTH, 'latin1');
    rows.writeUInt32LE((run[row] = dict(runs, runIx, e.run_id)), at + RUN_AT);
    rows.writeUInt32LE((strategy[row] = dict(strategies, strategyIx, e.strategy_name)), at + STRATEGY_AT);
    rows.writeUInt32LE(dict(versions, versionIx, e.version), at + VERSION_AT);
    rows.writeDoubleLE(e.sequence, at + SEQUENCE_AT);
    if (e.path !== `${e.timestamp.slice(0, 4)}/${e.timestamp.slice(5, 7)}/${e.id}.json`) paths[row] = e.path;
    if (e.latest_format_id !== e.id) latestIds[row] = e.latest_format_id;
  });
  const grouped = (column: Uint32Array, size: number): { index: Buffer; rows: Buffer } => {
    const starts = new Uint32Array(size + 1);
    for (const v of column) starts[v + 1]!++;
    for (let i = 0; i < size; i++) starts[i + 1]! += starts[i]!;
    const fill = starts.slice(0, size);
    const out = new Uint32Array(count);
    column.forEach((v, row) => (out[fill[v]!++] = row));
    return { index: le32(starts), rows: le32(out) };
  };
  const byRun = grouped(run, runs.length);
  const byStrategy = grouped(strategy, strategies.length);
  const order = Array.from({ length: count }, (_, row) => row).sort((a, b) => (created[a]! < created[b]! ? -1 : created[a]! > created[b]! ? 1 : a - b));
  const byCreated = Buffer.alloc(count * CREATED_WIDTH);
  order.forEach((row, k) => {
    byCreated.write(created[row]!, k * CREATED_WIDTH, KEY_WIDTH, 'latin1');
    byCreated.writeUInt32LE(row, k * CREATED_WIDTH + 32);
  });
  const meta = Buffer.from(JSON.stringify({ runs, strategies, versions, paths, latest_format_ids: latestIds }), 'utf8');
  const parts: Record<Section, Buffer> = { meta, rows, run_index: byRun.index, run_rows: byRun.rows, strategy_index: byStrategy.index, strategy_rows: byStrategy.rows, by_created: byCreated };
  // The header names each section's place; its length depends on those numbers, so it is padded to a fixed size.
  const place: Record<string, [number, number]> = {};
  let at = 1024;
  for (const name of SECTIONS) {
    place[name] = [at, parts[name].length];
    at += parts[name].length + ((8 - (parts[name].length % 8)) % 8);
  }
  const header = JSON.stringify({ registry_index_rows: ROWS_FORMAT, generation, log_offset: logOffset, count, sections: place });
  // A few hundred bytes with every number at its largest: the 1 KB leaves room, and is checked all the same.
  if (header.length > 1023) throw new Error('the row file header does not fit in 1 KB');
  const out = Buffer.alloc(at);
  out.write(header.padEnd(1023, ' ') + '\n', 0, 'latin1');
  for (const name of SECTIONS) parts[name].copy(out, place[name]![0]);
  return out;
}

function le32(values: Uint32Array): Buffer {
  const b = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => b.writeUInt32LE(v, i * 4));
  return b;
}

/** A window of the index: what a scoped read holds (a run; or a strategy, a timestamp or a created_at range). */
export type Window = Selection;

/** Whether an entry lies in a window (keys are instantKeys). */
export function inWindow(w: Window, e: RegistryEntry): boolean {
  if (w.run !== undefined && e.run_id !== w.run) return false;
  if (w.strategy !== undefined && e.strategy_name !== w.strategy) return false;
  if (w.tsFrom !== undefined || w.tsTo !== undefined) {
    const k = instantKey(e.timestamp);
    if ((w.tsFrom !== undefined && k < w.tsFrom) || (w.tsTo !== undefined && k >= w.tsTo)) return false;
  }
  if (w.createdFrom !== undefined || w.createdTo !== undefined) {
    const k = instantKey(e.created_at);
    if ((w.createdFrom !== undefined && k < w.createdFrom) || (w.createdTo !== undefined && k >= w.createdTo)) return false;
  }
  return true;
}

interface Meta {
  readonly runs: readonly string[];
  readonly strategies: readonly string[];
  readonly versions: readonly string[];
  readonly paths: ReadonlyMap<number, string>;
  readonly latestIds: ReadonlyMap<number, string>;
}

const HEX32 = /^[0-9a-f]{32}$/;
const HEX64 = /^[0-9a-f]{64}$/;
const VERSION = /^[0-9]+\.[0-9]+$/;
// Sticky: a field is tested in place in the span's text, without a slice.
const KEY_AT = /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}/y;
const HEX_AT = /[0-9a-f]{64}/y;

function matchesAt(re: RegExp, s: string, start: number): boolean {
  re.lastIndex = start;
  return re.test(s);
}

/** Thrown (and caught by the caller) when the row file is not usable: the log is then read as a whole. */
class Unusable extends Error {}

function fail(why: string): never {
  throw new Unusable(why);
}

/** An opened row file whose header checked out. */
export class RowFile {
  private constructor(
    private readonly handle: RegistryFileHandle,
    readonly generation: string,
    readonly logOffset: number,
    readonly count: number,
    private readonly sections: Readonly<Record<Section, readonly [number, number]>>,
  ) {}

  /** Reads and checks the header of an open row file; undefined (with the reason) when it is not one. */
  static async open(handle: RegistryFileHandle): Promise<RowFile | string> {
    const size = (await handle.stat()).size;
    const head = await readAt(handle, 0, Math.min(size, HEADER_MAX));
    const nl = head.indexOf(0x0a);
    if (nl === -1) return 'the row file has no header line';
    let h: Record<string, unknown>;
    try {
      h = JSON.parse(head.toString('latin1', 0, nl)) as Record<string, unknown>;
    } catch {
      return 'the row file header is not JSON';
    }
    if (h === null || typeof h !== 'object' || h.registry_index_rows !== ROWS_FORMAT) return 'the row file is of an unknown format';
    const { generation, log_offset: logOffset, count, sections } = h;
    if (typeof generation !== 'string' || !HEX32.test(generation)) return 'the row file names no generation';
    if (!isCount(logOffset) || !isCount(count) || count > 0xffffffff) return 'the row file header has a bad count or offset';
    if (sections === null || typeof sections !== 'object') return 'the row file header has no sections';
    const place = {} as Record<Section, readonly [number, number]>;
    for (const name of SECTIONS) {
      const p = (sections as Record<string, unknown>)[name];
      if (!Array.isArray(p) || p.length !== 2 || !isCount(p[0]) || !isCount(p[1]) || p[0] < nl + 1 || p[0] + p[1] > size) return `the row file's section ${name} is out of bounds`;
      place[name] = [p[0], p[1]];
    }
    const expect: Partial<Record<Section, number>> = { rows: count * ROW_WIDTH, run_rows: count * 4, strategy_rows: count * 4, by_created: count * CREATED_WIDTH };
    for (const [name, length] of Object.entries(expect)) if (place[name as Section][1] !== length) return `the row file's section ${name} does not have one value per row`;
    if (place.run_index[1] % 4 !== 0 || place.run_index[1] < 4 || place.strategy_index[1] % 4 !== 0 || place.strategy_index[1] < 4) return 'the row file has a bad list index';
    return new RowFile(handle, generation, logOffset, count, place);
  }

  private async section(name: Section, from = 0, length?: number): Promise<Buffer> {
    const [at, size] = this.sections[name];
    const n = length ?? size - from;
    if (from < 0 || n < 0 || from + n > size) fail(`a read past the end of section ${name}`);
    return readAt(this.handle, at + from, n);
  }

  private async meta(): Promise<Meta> {
    const bytes = await this.section('meta');
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    } catch {
      fail('the row file meta is not JSON');
    }
    const names = (x: unknown, max: number): string[] => {
      if (!Array.isArray(x) || !x.every((s) => typeof s === 'string' && s.length > 0 && s.length <= max)) fail('the row file has a bad dictionary');
      return x as string[];
    };
    const runs = names(v.runs, 4096);
    const strategies = names(v.strategies, 256);
    const versions = names(v.versions, 16);
    if (!versions.every((x) => VERSION.test(x))) fail('the row file has a bad version');
    if (this.sections.run_index[1] !== (runs.length + 1) * 4 || this.sections.strategy_index[1] !== (strategies.length + 1) * 4) fail('the row file lists do not match its dictionaries');
    const exceptions = (x: unknown): Map<number, string> => {
      if (x === null || typeof x !== 'object' || Array.isArray(x)) fail('the row file has bad exceptions');
      const out = new Map<number, string>();
      for (const [k, value] of Object.entries(x as object)) {
        const row = Number(k);
        if (!Number.isInteger(row) || row < 0 || row >= this.count || String(row) !== k || typeof value !== 'string') fail('the row file has a bad exception');
        out.set(row, value);
      }
      return out;
    };
    return { runs, strategies, versions, paths: exceptions(v.paths), latestIds: exceptions(v.latest_format_ids) };
  }

  /**
   * The first k in [0, n) whose key (`keyAt`, 29 bytes at `at + k * width + offset` of a section) is not below
   * `bound`: a binary search by positioned reads that reads the last few thousand candidates in one piece.
   */
  private async lowerBound(section: Section, width: number, offset: number, n: number, bound: string): Promise<number> {
    let lo = 0;
    let hi = n;
    while (hi - lo > 2048) {
      const mid = (lo + hi) >>> 1;
      if ((await this.section(section, mid * width + offset, KEY_WIDTH)).toString('latin1') < bound) lo = mid + 1;
      else hi = mid;
    }
    if (hi === lo) return lo;
    const span = await this.section(section, lo * width, (hi - lo) * width);
    let a = 0;
    let b = hi - lo;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (span.toString('latin1', mid * width + offset, mid * width + offset + KEY_WIDTH) < bound) a = mid + 1;
      else b = mid;
    }
    return lo + a;
  }

  /** The ts key of a row (for a binary search over a run's or strategy's rows). */
  private async tsKeyOf(row: number): Promise<string> {
    return (await this.section('rows', row * ROW_WIDTH + TS_AT, KEY_WIDTH)).toString('latin1');
  }

  /**
   * The items of the snapshot's rows in `w`, in list order (rows that fail their checks are skipped, as the log's
   * reader skips them). Throws Unusable when the file is damaged in a way that could change the answer.
   */
  async select(w: Window): Promise<Item[]> {
    const meta = await this.meta();
    const byTs = w.tsFrom !== undefined || w.tsTo !== undefined;
    let rows: number[];
    if (w.run !== undefined) rows = await this.listed('run', meta.runs.indexOf(w.run));
    else if (w.strategy !== undefined) {
      const listed = await this.listed('strategy', meta.strategies.indexOf(w.strategy));
      rows = listed;
      if (byTs) {
        const lo = w.tsFrom === undefined ? 0 : await lowerBound(listed.length, async (k) => (await this.tsKeyOf(listed[k]!)) < w.tsFrom!);
        const hi = w.tsTo === undefined ? listed.length : await lowerBound(listed.length, async (k) => (await this.tsKeyOf(listed[k]!)) < w.tsTo!);
        rows = listed.slice(lo, Math.max(lo, hi));
      }
    } else if (byTs) {
      const lo = w.tsFrom === undefined ? 0 : await this.lowerBound('rows', ROW_WIDTH, TS_AT, this.count, w.tsFrom);
      const hi = w.tsTo === undefined ? this.count : await this.lowerBound('rows', ROW_WIDTH, TS_AT, this.count, w.tsTo);
      rows = [];
      for (let row = lo; row < hi; row++) rows.push(row);
    } else if (w.createdFrom !== undefined || w.createdTo !== undefined) {
      const lo = w.createdFrom === undefined ? 0 : await this.lowerBound('by_created', CREATED_WIDTH, 0, this.count, w.createdFrom);
      const hi = w.createdTo === undefined ? this.count : await this.lowerBound('by_created', CREATED_WIDTH, 0, this.count, w.createdTo);
      const span = hi > lo ? await this.section('by_created', lo * CREATED_WIDTH, (hi - lo) * CREATED_WIDTH) : Buffer.alloc(0);
      rows = [];
      for (let k = 0; k < hi - lo; k++) rows.push(span.readUInt32LE(k * CREATED_WIDTH + 32));
      rows.sort((a, b) => a - b);
      rows = rows.filter((r, k) => k === 0 || rows[k - 1] !== r);
    } else fail('a window without a bound is the whole index');
    const check: Check = {
      meta,
      runIx: w.run === undefined ? undefined : meta.runs.indexOf(w.run),
      strategyIx: w.strategy === undefined ? undefined : meta.strategies.indexOf(w.strategy),
      tsFrom: w.tsFrom,
      tsTo: w.tsTo,
      createdFrom: w.createdFrom,
      createdTo: w.createdTo,
    };
    const out: Item[] = [];
    // Whatever an order or a list found is checked against the window again: a damaged file hides rows, never adds them.
    await this.rows(rows, (b, text, at, row) => {
      const item = itemAt(b, text, at, row, check);
      if (item !== undefined) out.push(item);
    });
    return out;
  }

  /** The rows of one run or strategy (ascending), from its list. */
  private async listed(kind: 'run' | 'strategy', ix: number): Promise<number[]> {
    if (ix < 0) return [];
    const index = await this.section(`${kind}_index`, ix * 4, 8);
    const from = index.readUInt32LE(0);
    const to = index.readUInt32LE(4);
    if (to < from || to > this.count) fail(`the row file's ${kind} list is out of bounds`);
    const list = await this.section(`${kind}_rows`, from * 4, (to - from) * 4);
    const rows: number[] = [];
    for (let k = 0; k < to - from; k++) {
      const row = list.readUInt32LE(k * 4);
      if (row >= this.count || (k > 0 && row <= rows[k - 1]!)) fail(`the row file's ${kind} list is not ascending rows`);
      rows.push(row);
    }
    return rows;
  }

  /** Hands each of the ascending `rows` to `each` (its bytes at `at`), read in runs of nearby rows (a few reads, not one per row). */
  private async rows(rows: readonly number[], each: (b: DataView, text: string, at: number, row: number) => void): Promise<void> {
    const GAP = 64;
    const spans: [number, number][] = [];
    for (const row of rows) {
      const last = spans[spans.length - 1];
      if (last !== undefined && row - last[1] <= GAP) last[1] = row + 1;
      else spans.push([row, row + 1]);
    }
    const read = await Promise.all(spans.map(([a, b]) => this.section('rows', a * ROW_WIDTH, (b - a) * ROW_WIDTH)));
    const text = read.map((b) => b.toString('latin1'));
    const views = read.map((b) => new DataView(b.buffer, b.byteOffset, b.length));
    let s = 0;
    for (const row of rows) {
      while (spans[s]![1] <= row) s++;
      each(views[s]!, text[s]!, (row - spans[s]![0]) * ROW_WIDTH, row);
    }
  }
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

interface Check {
  readonly meta: Meta;
  readonly runIx: number | undefined;
  readonly strategyIx: number | undefined;
  readonly tsFrom: string | undefined;
  readonly tsTo: string | undefined;
  readonly createdFrom: string | undefined;
  readonly createdTo: string | undefined;
}

/**
 * The item of the row at `at` of `b`, checked as a snapshot row is (skipped, undefined, when it fails) and
 * against the window (undefined when outside it).
 */
function itemAt(b: DataView, text: string, at: number, row: number, c: Check): Item | undefined {
  const tsKey = text.slice(at + TS_AT, at + TS_AT + KEY_WIDTH);
  if ((c.tsFrom !== undefined && tsKey < c.tsFrom) || (c.tsTo !== undefined && tsKey >= c.tsTo)) return undefined;
  const createdKey = text.slice(at + CREATED_AT, at + CREATED_AT + KEY_WIDTH);
  if ((c.createdFrom !== undefined && createdKey < c.createdFrom) || (c.createdTo !== undefined && createdKey >= c.createdTo)) return undefined;
  if (!matchesAt(KEY_AT, text, at + TS_AT) || !matchesAt(KEY_AT, text, at + CREATED_AT) || !matchesAt(HEX_AT, text, at)) return undefined;
  // DataView, not Buffer's readUInt32LE: its getters are built in, where Buffer's run as JavaScript, interpreted
  // for a fresh process's first few thousand rows.
  const run = b.getUint32(at + RUN_AT, true);
  const strategy = b.getUint32(at + STRATEGY_AT, true);
  const version = b.getUint32(at + VERSION_AT, true);
  const sequence = b.getFloat64(at + SEQUENCE_AT, true);
  const { meta } = c;
  if (run >= meta.runs.length || strategy >= meta.strategies.length || version >= meta.versions.length) return undefined;
  if ((c.runIx !== undefined && run !== c.runIx) || (c.strategyIx !== undefined && strategy !== c.strategyIx)) return undefined;
  if (!Number.isSafeInteger(sequence) || sequence < 0 || Object.is(sequence, -0)) return undefined;
  const id = text.slice(at, at + ID_WIDTH);
  const timestamp = timestampOfKey(tsKey);
  const written = meta.paths.get(row);
  if (written !== undefined && CHECKPOINT_PATH.exec(written)?.[3] !== id) return undefined;
  const latest = meta.latestIds.get(row);
  const v = meta.versions[version]!;
  if (latest !== undefined && (!HEX64.test(latest) || latest === id || v === LATEST_VERSION_STRING)) return undefined;
  const entry: RegistryEntry = Object.freeze({
    id,
    path: written ?? `${timestamp.slice(0, 4)}/${timestamp.slice(5, 7)}/${id}.json`,
    version: v,
    latest_format_id: latest ?? id,
    strategy_name: meta.strategies[strategy]!,
    run_id: meta.runs[run]!,
    sequence,
    timestamp,
    created_at: timestampOfKey(createdKey),
  });
  return { entry, tsKey, createdKey };
}

/** The first k in [0, n) for which `before(k)` is false, by positioned reads. */
async function lowerBound(n: number, before: (k: number) => Promise<boolean>): Promise<number> {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (await before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

async function readAt(handle: RegistryFileHandle, at: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, at + done);
    if (bytesRead === 0) fail('the row file is shorter than its header says');
    done += bytesRead;
  }
  return buffer;
}

export { Unusable };

/**
 * Whether a line of the log's tail may change a window's view, decided without parsing it where that is certain:
 * a `del` of an id the view does not hold, or a `put` of an id it does not hold whose run, strategy or times (as
 * our writers and Python's spell them: no spaces, no escapes) put it outside the window. Anything else (an id the
 * view holds, a member spelled otherwise, a line of any other shape) is parsed and applied as the whole reader
 * would. Parsing 2,000 records costs a fresh process more than all the rows it needs; skipping them costs nothing.
 */
export function mayConcern(line: string, w: Window, ids: ReadonlySet<string>): boolean {
  // Our writers and Python's write `"op"` then `"id"` first: the id is at a fixed place, and a line is found to be
  // of that shape by two comparisons. A quote never occurs unescaped inside a value, so a member found by its
  // quoted name followed by `":"` is a member; one found twice (a hand edit) makes the line one to parse.
  if (line.charCodeAt(11) !== 0x2c || line.slice(12, 18) !== '"id":"' || line.charCodeAt(82) !== 0x22) return true;
  if (ids.has(line.slice(18, 82))) return true;
  if (line.lastIndexOf('"id":"') !== 12) return true;
  const op = line.slice(0, 11);
  if (op === '{"op":"del"') return false;
  if (op !== '{"op":"put"') return true;
  if (w.run !== undefined && outside(valueOf(line, RUN_KEY), w.run)) return false;
  if (w.strategy !== undefined && outside(valueOf(line, STRATEGY_KEY), w.strategy)) return false;
  if ((w.tsFrom !== undefined || w.tsTo !== undefined) && outsideRange(valueOf(line, TS_KEY), w.tsFrom, w.tsTo)) return false;
  if ((w.createdFrom !== undefined || w.createdTo !== undefined) && outsideRange(valueOf(line, CREATED_KEY), w.createdFrom, w.createdTo)) return false;
  return true;
}

// Constants, so that a search for them does not build its pattern for every line.
const RUN_KEY = '"run_id":"';
const STRATEGY_KEY = '"strategy_name":"';
const TS_KEY = '"timestamp":"';
const CREATED_KEY = '"created_at":"';

/** The value of a string member written once, after the id, without escapes; undefined otherwise (the line is then parsed). */
function valueOf(line: string, key: string): string | undefined {
  const start = line.indexOf(key, 83);
  if (start === -1) return undefined;
  const from = start + key.length;
  const end = line.indexOf('"', from);
  if (end === -1 || line.indexOf(key, from) !== -1) return undefined;
  const v = line.slice(from, end);
  return v.includes('\\') ? undefined : v;
}

function outside(v: string | undefined, want: string): boolean {
  return v !== undefined && v !== want;
}

function outsideRange(v: string | undefined, from: string | undefined, to: string | undefined): boolean {
  if (v === undefined || !CANONICAL_TS.test(v)) return false;
  const k = instantKey(v);
  return (from !== undefined && k < from) || (to !== undefined && k >= to);
}

const CANONICAL_TS = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{0,8}[1-9])?Z$/;
