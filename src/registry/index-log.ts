// The index log (spec/registry.md §6): `.index/log.jsonl`, a header line, the snapshot of every entry at the
// last rewrite (format 2, see index-snapshot.ts), then `put` and `del` records appended since. It is advisory: the checkpoint files are the truth, the log only makes
// list and latest fast, and every answer that matters is verified against the file it names.
//
// Crash safety: appends are one write of "\n" + record + "\n" through O_APPEND, then fsync, so whole
// records are separated by an empty line. A record is valid only when whole: its line must be followed by
// an empty line or the end of the file. A torn record (power loss, a kill or ENOSPC mid-write) that a later
// append completes into a line is followed by that record's line instead, and is skipped.
// The log is never created by an append: a missing log means "unknown", and is rebuilt from the files.
// Compaction and rebuild write a whole new log and rename it over the old one. So that no acknowledged
// append is ever missing from the log in place, the rewriter first seals the old log (the file
// log.jsonl.seal names its inode), then copies every record appended so far into the new log, then renames
// it into place. An appender that finds its log sealed, or replaced, appends again to the new log.
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ensureDirs, syncDir, unlinkQuiet, writeTempFile } from './atomic.js';
import { errnoCode, O_APPEND_EXISTING, O_CREATE_EXCL, O_NOFOLLOW, O_RDONLY, readAll, writeAll, type RegistryFileHandle, type RegistryFs } from './fs.js';
import { pidAlive } from './lock.js';
import { CANONICAL_TIMESTAMP, type RegistryEntry } from './entry.js';
import { compareItems, itemOf, type Item } from './item.js';
import { encodeSnapshot, nextLine, readSnapshot, rowEntry, rowId, rowValid, type Snapshot } from './index-snapshot.js';
import { LATEST_VERSION_STRING, REGISTRY_INDEX_LATEST } from '../format/index.js';
import { CHECKPOINT_PATH, INDEX_LOG, INDEX_ROWS, INDEX_SEAL } from './layout.js';
import { encodeRows, mayConcern, RowFile, Unusable, type Window } from './index-rows.js';

/** Format 2: header, snapshot line, records. Format 1 (header, records) is still read; rewrites write 2. */
export const INDEX_FORMAT = 2;
/**
 * `latest_version`: the latest format version of the library that wrote the log. Every latest-format id in it
 * (written, or implied as the record's own id) was computed for that version, so a reader whose latest version
 * differs must not use them (spec/registry.md §6.2.1). Readers of the first release ignore the member.
 */
const HEADER = { registry_index: INDEX_FORMAT, latest_version: LATEST_VERSION_STRING };

/**
 * A rewrite's header also names its `generation`, a random value of this log alone, which the row file
 * (index-rows.ts) names too: a reader uses the row file only for the log whose header it read it in. Readers
 * that do not know the member ignore it (§6.2), and writers that do not know it write headers without it.
 */
function newHeader(): { header: string; generation: string } {
  const generation = randomBytes(16).toString('hex');
  return { header: JSON.stringify({ ...HEADER, generation }), generation };
}

export type IndexRecord =
  | { readonly op: 'put'; readonly entry: RegistryEntry }
  | { readonly op: 'del'; readonly id: string; readonly run_id?: string; readonly strategy_name?: string };

/**
 * Text of one record, without the surrounding newlines. Members in a fixed order, so logs diff cleanly.
 * `path` is written only when it is not `checkpointPath(id, timestamp)`, and `latest_format_id` only when
 * it differs from `id`: together they are half of a record, and readers derive them.
 */
export function encodeRecord(record: IndexRecord): string {
  if (record.op === 'del') {
    const out: Record<string, unknown> = { op: 'del', id: record.id };
    if (record.strategy_name !== undefined) out.strategy_name = record.strategy_name;
    if (record.run_id !== undefined) out.run_id = record.run_id;
    return JSON.stringify(out);
  }
  const e = record.entry;
  const out: Record<string, unknown> = { op: 'put', id: e.id };
  if (e.path !== derivedPath(e.id, e.timestamp)) out.path = e.path;
  out.version = e.version;
  if (e.latest_format_id !== e.id) out.latest_format_id = e.latest_format_id;
  out.strategy_name = e.strategy_name;
  out.run_id = e.run_id;
  out.sequence = e.sequence;
  out.timestamp = e.timestamp;
  out.created_at = e.created_at;
  return JSON.stringify(out);
}

function derivedPath(id: string, timestamp: string): string {
  return `${timestamp.slice(0, 4)}/${timestamp.slice(5, 7)}/${id}.json`;
}

/** The text by which a run's records are found in a log without parsing the others. */
export function runNeedle(run: string): string {
  return `"run_id":${JSON.stringify(run)}`;
}

/** The text by which a strategy's records are found in a log without parsing the others. */
export function strategyNeedle(strategy: string): string {
  return `"strategy_name":${JSON.stringify(strategy)}`;
}

const HEX64 = /^[0-9a-f]{64}$/;
const VERSION = /^[0-9]+\.[0-9]+$/;
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** Parses one line; undefined for anything that is not a well-formed record (torn, hand-edited, from the future). */
export function decodeRecord(line: string): IndexRecord | undefined {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { op, id } = v;
  if (typeof id !== 'string' || !HEX64.test(id)) return undefined;
  if (op === 'del') {
    const { run_id, strategy_name } = v;
    if ((run_id !== undefined && !str(run_id, 4096)) || (strategy_name !== undefined && !str(strategy_name, 256))) return undefined;
    return { op: 'del', id, ...(run_id !== undefined && { run_id }), ...(strategy_name !== undefined && { strategy_name }) };
  }
  if (op !== 'put') return undefined;
  const { version, strategy_name, run_id, sequence, timestamp, created_at } = v;
  if (typeof timestamp !== 'string' || !CANONICAL_TIMESTAMP.test(timestamp)) return undefined;
  if (typeof created_at !== 'string' || !CANONICAL_TIMESTAMP.test(created_at)) return undefined;
  // A derived path is built from a checked id and timestamp; only a written one needs checking.
  const written = v.path;
  if (written !== undefined && (typeof written !== 'string' || CHECKPOINT_PATH.exec(written)?.[3] !== id)) return undefined;
  const path = written === undefined ? derivedPath(id, timestamp) : written;
  const latest_format_id = v.latest_format_id === undefined ? id : v.latest_format_id;
  if (latest_format_id !== id && (typeof latest_format_id !== 'string' || !HEX64.test(latest_format_id))) return undefined;
  if (typeof version !== 'string' || !VERSION.test(version)) return undefined;
  if (!str(strategy_name, 256) || !str(run_id, 4096)) return undefined;
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 0) return undefined;
  if (version === LATEST_VERSION_STRING && latest_format_id !== id) return undefined;
  const entry: RegistryEntry = Object.freeze({ id, path, version, latest_format_id, strategy_name, run_id, sequence, timestamp, created_at });
  return { op: 'put', entry };
}

export interface LogChunk {
  /** True when this chunk starts from the beginning of a (new) log: the reader must drop what it had. */
  readonly reset: boolean;
  /** On a reset read of a format-2 log: its snapshot, the state the records apply to. */
  readonly snapshot?: Snapshot;
  /** Record lines read after the snapshot (all of them, for a format-1 log): what compaction would fold in. */
  readonly tail: number;
  readonly records: IndexRecord[];
  /** Lines that were not records (torn or foreign); the header is not counted. */
  readonly invalid: number;
  readonly ino: number;
  /** Offset just past the last complete line consumed. */
  readonly offset: number;
  /** The log's format (1 or 2): how its records are framed. */
  readonly format: 1 | 2;
  /** The log's header line: with its generation, it tells this log from a later one under the same inode number. */
  readonly header?: string;
}

export interface LogPosition {
  readonly ino: number;
  readonly offset: number;
  readonly format?: 1 | 2;
  /**
   * The header line of the log read so far. A file system reuses a deleted file's inode number at once, so a log
   * that replaced the one read may have its number; a rewrite's header names its own generation, so a header
   * that differs means another log. (Headers without a generation, written by the Python package and releases
   * 0.1.0 and 0.2.0, cannot tell two logs apart: such logs are known by their inode number alone.)
   */
  readonly header?: string;
}

export type ReadOutcome = LogChunk | { readonly missing: true } | { readonly badHeader: string };

/**
 * Parses record lines. `framed` (format 2): a line is a record only when followed by an empty line or the
 * end of the text, since every append writes "\n" + record + "\n" (a torn one is followed directly by the
 * next record). Format-1 logs were written one record per line, and are read without that rule.
 */
function parseLines(text: string, skipHeader: boolean, framed = true, keep?: (line: string) => boolean): { records: IndexRecord[]; invalid: number; skipped: number; header?: string } {
  const records: IndexRecord[] = [];
  let invalid = 0;
  let skipped = 0;
  let start = 0;
  let first = skipHeader;
  let header: string | undefined;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (line.length === 0) continue;
    if (first) {
      first = false;
      header = line;
      continue;
    }
    if (framed && start < text.length && text.charCodeAt(start) !== 0x0a) {
      invalid++;
      continue;
    }
    if (keep !== undefined && !keep(line)) {
      skipped++;
      continue;
    }
    const rec = decodeRecord(line);
    if (rec) records.push(rec);
    else invalid++;
  }
  return header === undefined ? { records, invalid, skipped } : { records, invalid, skipped, header };
}

/**
 * The format a header line names (1 or 2), or the problem with it. A header whose latest version is not ours
 * is a problem like any other: its derived ids are stale, and the log is rebuilt from the files. A header
 * without one was written by the first release, before the member existed (REGISTRY_INDEX_LATEST).
 */
function headerFormat(line: string | undefined): 1 | 2 | string {
  const h = parseHeader(line);
  return typeof h === 'string' ? h : (staleProblem(h.latest) ?? h.format);
}

/** A header's format and the latest version it names (undefined: none named), or what is wrong with it. */
function parseHeader(line: string | undefined): { format: 1 | 2; latest: unknown; generation?: unknown } | string {
  if (line === undefined) return 'the index log is empty';
  let v: { registry_index?: unknown; latest_version?: unknown; generation?: unknown };
  try {
    v = JSON.parse(line) as typeof v;
  } catch {
    return 'the index log header is not JSON';
  }
  if (v?.registry_index !== 1 && v?.registry_index !== 2) return `the index log has header ${line.slice(0, 80)}, not {"registry_index":${INDEX_FORMAT},...}`;
  return { format: v.registry_index, latest: v.latest_version, generation: v.generation };
}

/** Why a log written for `latest` (its header's member) cannot be used by this library, if it cannot. */
function staleProblem(latest: unknown): string | undefined {
  const written = latest === undefined ? REGISTRY_INDEX_LATEST : latest;
  if (written === LATEST_VERSION_STRING) return undefined;
  const shown = typeof written === 'string' ? written.slice(0, 20) : JSON.stringify(written)?.slice(0, 20);
  return `the index log was written for latest format ${shown}, but this library's latest format is ${LATEST_VERSION_STRING}: its latest-format ids are stale`;
}

function headerProblem(line: string | undefined): string | undefined {
  const f = headerFormat(line);
  return typeof f === 'string' ? f : undefined;
}

/** The header line of a log's text, as appenders check it (undefined when the text has none yet). */
function headerLine(bytes: Buffer): string | undefined {
  const header = nextLine(bytes, 0);
  return header === undefined ? undefined : bytes.toString('utf8', header.start, header.end);
}

/** An appender waits this long at most for a sealed log to be replaced (a rewriter on another host that hung). */
const SEAL_WAIT_MS = 60_000;

export class IndexLog {
  readonly path: string;

  constructor(
    private readonly fs: RegistryFs,
    private readonly dir: string,
    /** Host name recorded in seals, as in locks: a seal of a dead process on this host is ignored. */
    private readonly host: string,
  ) {
    this.path = join(dir, INDEX_LOG);
  }

  /**
   * Reads what is new since `from` (or everything, when `from` is undefined or names a replaced log).
   * Only complete lines are consumed; a record being written right now is read next time.
   */
  async read(from: LogPosition | undefined, needles?: readonly string[]): Promise<ReadOutcome> {
    let handle: RegistryFileHandle;
    try {
      handle = await this.fs.open(this.path, O_RDONLY | O_NOFOLLOW);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return { missing: true };
      throw e;
    }
    try {
      const st = await handle.stat();
      const reset = from === undefined || from.ino !== st.ino || st.size < from.offset || !(await sameHeader(handle, from.header));
      const start = reset ? 0 : from.offset;
      if (!reset && st.size === start) return { reset: false, records: [], invalid: 0, tail: 0, ino: st.ino, offset: start, format: from.format ?? INDEX_FORMAT, ...(from.header !== undefined && { header: from.header }) };
      const bytes = await readAll(handle, st.size, start);
      const lastNewline = bytes.lastIndexOf(0x0a);
      const complete = lastNewline === -1 ? 0 : lastNewline + 1;
      if (!reset) {
        const format = from.format ?? INDEX_FORMAT;
        const parsed = parseLines(bytes.toString('utf8', 0, complete), false, format === 2);
        return { reset, records: parsed.records, invalid: parsed.invalid, tail: parsed.records.length + parsed.invalid, ino: st.ino, offset: start + complete, format, ...(from.header !== undefined && { header: from.header }) };
      }
      const whole = bytes.subarray(0, complete);
      const header = nextLine(whole, 0);
      const headerText = header === undefined ? undefined : whole.toString('utf8', header.start, header.end);
      const format = headerFormat(headerText);
      if (typeof format === 'string') return { badHeader: format };
      let body = header!.end + 1;
      let snapshot: Snapshot | undefined;
      if (format === 2) {
        // The snapshot holds every entry: one that cannot be read makes the whole index unreadable (rebuilt).
        const read = readSnapshot(whole, body);
        if (typeof read === 'string') return { badHeader: read };
        snapshot = read.snapshot;
        body = read.end;
      } else if (needles !== undefined) return this.readScoped(whole, needles, st.ino);
      const parsed = parseLines(body >= whole.length ? '' : whole.toString('utf8', body), false, format === 2);
      return { reset, ...(snapshot && { snapshot }), records: parsed.records, invalid: parsed.invalid, tail: parsed.records.length + parsed.invalid, ino: st.ino, offset: complete, format, header: headerText! };
    } finally {
      await handle.close();
    }
  }

  /**
   * A whole-log read that parses only the lines holding one of `needles` (a run's records), found by a
   * byte search: a cold `latest({ run })` at 100k checkpoints reads the log but parses a hundred lines.
   */
  private readScoped(bytes: Buffer, needles: readonly string[], ino: number): ReadOutcome {
    const firstEnd = bytes.indexOf(0x0a);
    const problem = headerProblem(firstEnd === -1 ? undefined : bytes.toString('utf8', 0, firstEnd));
    if (problem !== undefined) return { badHeader: problem };
    const starts: number[] = [];
    for (const needle of needles) {
      const nb = Buffer.from(needle, 'utf8');
      let pos = bytes.indexOf(nb, firstEnd);
      while (pos !== -1) {
        const lineStart = bytes.lastIndexOf(0x0a, pos) + 1;
        starts.push(lineStart);
        const lineEnd = bytes.indexOf(0x0a, pos);
        pos = lineEnd === -1 ? -1 : bytes.indexOf(nb, lineEnd);
      }
    }
    starts.sort((a, b) => a - b);
    const records: IndexRecord[] = [];
    let invalid = 0;
    let previous = -1;
    for (const lineStart of starts) {
      if (lineStart === previous) continue;
      previous = lineStart;
      const rec = decodeRecord(bytes.toString('utf8', lineStart, bytes.indexOf(0x0a, lineStart)));
      if (rec) records.push(rec);
      else invalid++;
    }
    // A format-1 log: every line is tail; counting its lines (cheap) tells the reader it is worth compacting.
    let lines = 0;
    for (let at = bytes.indexOf(0x0a, firstEnd + 1); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines++;
    return { reset: true, records, invalid, tail: lines, ino, offset: bytes.length, format: 1, header: bytes.toString('utf8', 0, firstEnd) };
  }

  /**
   * Appends records durably. Returns false when there is no log, or when its header is not one this library
   * may append to (written for another latest version: our records' latest-format ids would be read with the
   * wrong meaning); the caller rebuilds it first. When a
   * rebuild or compaction replaced the log during the append, the records are appended to the new log too.
   */
  async append(records: readonly IndexRecord[]): Promise<boolean> {
    if (records.length === 0) return true;
    const bytes = Buffer.from(records.map((r) => `\n${encodeRecord(r)}\n`).join(''), 'utf8');
    return this.appendRaw(bytes);
  }

  private async appendRaw(bytes: Uint8Array): Promise<boolean> {
    for (let attempt = 0; attempt < 100; attempt++) {
      let handle: RegistryFileHandle;
      try {
        handle = await this.fs.open(this.path, O_APPEND_EXISTING);
      } catch (e) {
        if (errnoCode(e) === 'ENOENT') return false;
        throw e;
      }
      try {
        const fit = await this.fits(handle);
        if (fit === 'replaced') continue;
        if (fit === 'stale') return false;
        await writeAll(handle, bytes);
        await handle.sync();
        // Whole in the log in place, and not after a seal of it: acknowledged. Otherwise a rewrite may not
        // carry the record over, so it is written again to the new log. The handle stays open meanwhile: a
        // log is known by its inode number, and a file system reuses the number of a deleted file at once
        // (ext4 does), so a log replaced while this one was closed could have come back under the same number
        // and the record, in the replaced log only, would have been acknowledged (regression test
        // latest-race: "latest 34 after save 35 returned").
        if (await this.settled((await handle.stat()).ino)) return true;
      } finally {
        await handle.close();
      }
    }
    throw Object.assign(new Error('the index log kept being replaced while appending'), { code: 'EAGAIN' });
  }

  /** The inode of the last log whose header was checked and fits: a log's header never changes, so once per log. */
  private fitting: number | undefined;

  /** Whether the log open in `handle` has a header this library may append to (spec/registry.md §6.2.1). */
  private async fits(handle: RegistryFileHandle): Promise<'yes' | 'stale' | 'replaced'> {
    const ino = (await handle.stat()).ino;
    if (ino === this.fitting) return 'yes';
    let reader: RegistryFileHandle;
    try {
      reader = await this.fs.open(this.path, O_RDONLY | O_NOFOLLOW);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return 'replaced';
      throw e;
    }
    try {
      const st = await reader.stat();
      if (st.ino !== ino) return 'replaced';
      // A header is a few dozen bytes; the rest of the log is not read.
      if (headerProblem(headerLine(await readAll(reader, Math.min(st.size, 4096)))) !== undefined) return 'stale';
      this.fitting = ino;
      return 'yes';
    } finally {
      await reader.close();
    }
  }

  /**
   * True when a record just written to the log with inode `ino` is in the log in place and will stay in
   * it: the log was not replaced, and no rewrite has sealed it (a seal written after the record was
   * written means the rewriter copies the record). False when the caller must append again.
   */
  private async settled(ino: number): Promise<boolean> {
    const started = Date.now();
    for (let delay = 1; ; delay = Math.min(delay * 2, 20)) {
      if ((await this.currentIno()) !== ino) return false;
      const seal = await this.readSeal();
      // No seal of this log, or one whose rewriter died or gave up: the log in place keeps the record.
      if (seal === undefined || seal.ino !== ino || (seal.host === this.host && seal.pid !== process.pid && !pidAlive(seal.pid))) {
        // The rewriter renames before it removes the seal, so a log still in place now was not replaced.
        return (await this.currentIno()) === ino;
      }
      if (Date.now() - started > SEAL_WAIT_MS) return true;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  private async currentIno(): Promise<number | undefined> {
    try {
      return (await this.fs.lstat(this.path)).ino;
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return undefined;
      throw e;
    }
  }

  private async readSeal(): Promise<{ ino: number; pid: number; host: string } | undefined> {
    let handle: RegistryFileHandle;
    try {
      handle = await this.fs.open(join(this.dir, INDEX_SEAL), O_RDONLY | O_NOFOLLOW);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return undefined;
      throw e;
    }
    try {
      const v = JSON.parse((await readAll(handle, Math.min((await handle.stat()).size, 4096))).toString('utf8')) as { ino?: unknown; pid?: unknown; host?: unknown };
      return typeof v.ino === 'number' && typeof v.pid === 'number' && typeof v.host === 'string' ? { ino: v.ino, pid: v.pid, host: v.host } : undefined;
    } catch {
      return undefined; // written whole by rename, so unparseable means foreign: not a seal
    } finally {
      await handle.close();
    }
  }

  /**
   * Replaces the log with `entries` (caller holds the index lock). `build` gets the old log's complete
   * lines; the records appended while it runs are carried over: the old log is sealed, every record in it
   * after what `build` read is copied into the new log, and only then is the new log renamed into place.
   * A missing `.index/` folder is created (fsck and rebuild repair a registry whose index was deleted).
   */
  async rewrite(build: (old: { text: string } | undefined) => Promise<Iterable<RegistryEntry> | undefined>): Promise<{ count: number; written: boolean }> {
    let old: RegistryFileHandle | undefined;
    try {
      old = await this.fs.open(this.path, O_RDONLY | O_NOFOLLOW);
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw e;
    }
    const tmp = join(this.dir, `.${INDEX_LOG}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    const seal = join(this.dir, INDEX_SEAL);
    let sealed = false;
    let opened = false;
    let renamed = false;
    let rows: Buffer | undefined;
    try {
      let size = 0;
      let oldText: string | undefined;
      if (old) {
        const bytes = await readAll(old, (await old.stat()).size);
        // A record being appended right now is read with the carried-over tail, not half here.
        size = bytes.lastIndexOf(0x0a) + 1;
        oldText = bytes.toString('utf8', 0, size);
      }
      const entries = await build(oldText === undefined ? undefined : { text: oldText });
      if (entries === undefined) return { count: 0, written: false };
      // List order, so a rebuilt log is the same bytes whatever order the folders were read in.
      const sorted = [...entries].map(itemOf).sort(compareItems);
      const count = sorted.length;
      await ensureDirs(this.fs, dirname(this.dir), [basename(this.dir)]);
      const handle = await this.fs.open(tmp, O_CREATE_EXCL, 0o644);
      opened = true;
      try {
        const { header, generation } = newHeader();
        const snapshotEntries = sorted.map((i) => i.entry);
        const head = Buffer.from(`${header}\n${encodeSnapshot(snapshotEntries)}\n`, 'utf8');
        try {
          rows = encodeRows(snapshotEntries, generation, head.length);
        } catch {
          rows = undefined; // the row file is optional: the rewrite goes on without one
        }
        await writeAll(handle, head, 0);
        if (old) {
          const oldIno = (await old.stat()).ino;
          const sealTmp = join(this.dir, `.${INDEX_SEAL}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
          await writeTempFile(this.fs, sealTmp, Buffer.from(`${JSON.stringify({ ino: oldIno, pid: process.pid, host: this.host })}\n`, 'utf8'), false);
          sealed = true;
          await this.fs.rename(sealTmp, seal).catch(async (e: unknown) => {
            await unlinkQuiet(this.fs, sealTmp).catch(() => undefined);
            throw e;
          });
          // Every append that found no seal is whole in the old log by now: carry it over.
          const end = (await old.stat()).size;
          if (end > size) {
            const tail = await readAll(old, end, size);
            const complete = tail.lastIndexOf(0x0a) + 1;
            if (complete > 0) await writeAll(handle, Buffer.concat([Buffer.from('\n'), tail.subarray(0, complete)]), head.length);
          }
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      // The row file goes in place first: until the log follows, it names a log that is not there, and is not used.
      if (rows !== undefined) await this.writeRows(rows);
      await this.fs.rename(tmp, this.path);
      renamed = true;
      await syncDir(this.fs, this.dir);
      return { count, written: true };
    } finally {
      // The seal names the old log's inode number: it goes before the old log is closed, while no other file
      // can have that number.
      if (sealed) await unlinkQuiet(this.fs, seal).catch(() => undefined);
      await old?.close();
      if (opened && !renamed) await unlinkQuiet(this.fs, tmp).catch(() => undefined);
    }
  }

  /**
   * Puts a row file in place (temp file, fsync, rename). Best effort: the row file only makes reads faster, and
   * one that could not be written leaves the previous one, which names the previous log and is not used.
   */
  private async writeRows(bytes: Buffer): Promise<void> {
    const tmp = join(this.dir, `.${INDEX_ROWS}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeTempFile(this.fs, tmp, bytes);
      await this.fs.rename(tmp, join(this.dir, INDEX_ROWS));
    } catch {
      await unlinkQuiet(this.fs, tmp).catch(() => undefined);
    }
  }

  /**
   * A cold read of the entries in `window` through the row file (§6.5): the rows it needs, by positioned reads,
   * and the log's tail, read whole. Undefined (with nothing learnt) when the row file is missing, damaged or names
   * another log than the one in place: the caller then reads the log as a whole, as without a row file.
   */
  async readWindow(window: Window): Promise<(LogChunk & { readonly items: Item[] }) | undefined> {
    let rowsHandle: RegistryFileHandle;
    try {
      rowsHandle = await this.fs.open(join(this.dir, INDEX_ROWS), O_RDONLY | O_NOFOLLOW);
    } catch {
      return undefined;
    }
    try {
      const file = await RowFile.open(rowsHandle);
      if (typeof file === 'string') return undefined;
      let handle: RegistryFileHandle;
      try {
        handle = await this.fs.open(this.path, O_RDONLY | O_NOFOLLOW);
      } catch {
        return undefined; // a missing log is the full reader's business (it rebuilds)
      }
      try {
        const st = await handle.stat();
        // The header, and the line feed that ends the snapshot (the byte before the tail).
        if (st.size < file.logOffset || file.logOffset < 2) return undefined;
        const head = await readAll(handle, Math.min(st.size, 4096));
        const line = nextLine(head, 0);
        if (line === undefined || line.start !== 0 || line.end === head.length) return undefined;
        const h = parseHeader(head.toString('utf8', 0, line.end));
        if (typeof h === 'string' || h.format !== 2 || staleProblem(h.latest) !== undefined || h.generation !== file.generation) return undefined;
        const tail = await readAll(handle, st.size, file.logOffset - 1);
        if (tail[0] !== 0x0a) return undefined;
        const complete = tail.lastIndexOf(0x0a) + 1;
        const items = await file.select(window);
        // Ids the view holds (or will, once a record read here adds it): a record about one of them is always read.
        const ids = new Set(items.map((i) => i.entry.id));
        const parsed = parseLines(tail.toString('utf8', 1, complete), false, true, (line) => {
          if (!mayConcern(line, window, ids)) return false;
          const at = line.indexOf('"id":"');
          if (at !== -1) ids.add(line.slice(at + 6, at + 70));
          return true;
        });
        const lines = parsed.records.length + parsed.invalid + parsed.skipped;
        return { reset: true, items, records: parsed.records, invalid: parsed.invalid, tail: lines, ino: st.ino, offset: file.logOffset - 1 + complete, format: 2, header: head.toString('utf8', 0, line.end) };
      } finally {
        await handle.close();
      }
    } catch (e) {
      if (e instanceof Unusable) return undefined;
      throw e;
    } finally {
      await rowsHandle.close();
    }
  }

  /** Removes a seal left by a rewriter that died (caller holds the index lock, so no rewrite is under way). */
  async clearSeal(): Promise<void> {
    await unlinkQuiet(this.fs, join(this.dir, INDEX_SEAL));
  }

  /** The whole log text, or undefined when there is no log. */
  async readText(): Promise<string | undefined> {
    let handle: RegistryFileHandle;
    try {
      handle = await this.fs.open(this.path, O_RDONLY | O_NOFOLLOW);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return undefined;
      throw e;
    }
    try {
      return (await readAll(handle, (await handle.stat()).size)).toString('utf8');
    } finally {
      await handle.close();
    }
  }
}

/** Whether the log open in `handle` starts with the line `header` (true when there is none to compare). */
async function sameHeader(handle: RegistryFileHandle, header: string | undefined): Promise<boolean> {
  if (header === undefined) return true;
  const expected = Buffer.from(`${header}\n`, 'utf8');
  const got = Buffer.allocUnsafe(expected.length);
  const { bytesRead } = await handle.read(got, 0, got.length, 0);
  return bytesRead === got.length && got.equals(expected);
}

/**
 * Live entries of a log's text (for compaction and fsck): the snapshot's rows, then puts and dels in order.
 * `broken` names a header or snapshot that could not be read: then `live` is not the index's content, and
 * must not be written back as if it were.
 */
export function replay(text: string): { live: Map<string, RegistryEntry>; invalid: number; broken?: string } {
  const live = new Map<string, RegistryEntry>();
  const bytes = Buffer.from(text, 'utf8');
  const header = nextLine(bytes, 0);
  // A stale header (written for another latest version) is broken, but its entries are still read: fsck
  // reports which of them the files contradict.
  const head = parseHeader(header === undefined ? undefined : bytes.toString('utf8', header.start, header.end));
  const format = typeof head === 'string' ? head : head.format;
  let body = header === undefined ? bytes.length : header.end + 1;
  let broken = typeof head === 'string' ? head : staleProblem(head.latest);
  let invalidRows = 0;
  if (format === 2) {
    const read = readSnapshot(bytes, body);
    if (typeof read === 'string') {
      broken = read;
      body = bytes.length;
    } else {
      const s = read.snapshot;
      for (let row = 0; row < s.count; row++) rowValid(s, row) ? live.set(rowId(s, row), rowEntry(s, row)) : invalidRows++;
      body = read.end;
    }
  }
  const parsed = parseLines(body >= bytes.length ? '' : bytes.toString('utf8', body), false, format === 2);
  for (const rec of parsed.records) {
    if (rec.op === 'put') live.set(rec.entry.id, rec.entry);
    else live.delete(rec.id);
  }
  return { live, invalid: parsed.invalid + invalidRows + (broken === undefined ? 0 : 1), ...(broken !== undefined && { broken }) };
}

