// The index's row file (spec/registry.md §6.5): a cold query that reads it answers exactly what a whole read of the
// log answers, for any snapshot and any tail after it; a row file that is damaged, truncated, or names another log
// (a rewrite by a writer that does not know it: the Python package, releases 0.1.0 and 0.2.0) is not used, and
// the answer comes from the log; and a cold query reads a small part of either file.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckpointRegistry, LATEST_VERSION_STRING } from '../../src/index.js';
import { instantKey, type RegistryEntry } from '../../src/registry/entry.js';
import { nodeFs, type RegistryFs } from '../../src/registry/fs.js';
import { encodeRecord, IndexLog, type IndexRecord } from '../../src/registry/index-log.js';
import { encodeSnapshot } from '../../src/registry/index-snapshot.js';
import { ROW_WIDTH } from '../../src/registry/index-rows.js';
import { windowOf } from '../../src/registry/synced-view.js';
import type { ListFilter } from '../../src/registry/options.js';
import { cleanupTemp, entryOf, stateFor, tempRoot } from './helpers.js';

let dir: string;
let root: string;
beforeEach(() => {
  dir = tempRoot('rows');
  root = join(dir, 'reg');
  mkdirSync(root);
});
afterEach(() => cleanupTemp(dir));

const LOG = (): string => join(root, '.index/log.jsonl');
const ROWS = (): string => join(root, '.index/log.jsonl.rows');
const indexLog = (fs: RegistryFs = nodeFs): IndexLog => new IndexLog(fs, join(root, '.index'), hostname());

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
// Few distinct instants, so that ranges, ties and equal keys are common.
const canonical = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('', '.5', '.000000001', '.25'))
  .map(([day, frac]) => `${new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 19)}${frac}Z`);

const entryArb: fc.Arbitrary<RegistryEntry> = fc
  .record({ id: hex64, ts: canonical, created: canonical, run: fc.constantFrom('a', 'b', 'c', 'ü-run', 'd"q'), strategy: fc.constantFrom('sma', 'mean-rev', 'ü'), sequence: fc.nat({ max: 50 }), older: fc.option(hex64, { freq: 4 }), misplaced: fc.boolean() })
  .map(entryOf);

/** What happens after the snapshot: new entries, entries of the snapshot replaced (same id, other values) or deleted, torn lines. */
type TailOp = { put: RegistryEntry; spaced?: boolean } | { replace: number; with: RegistryEntry } | { del: number; named: boolean } | { delUnknown: string } | { torn: true };
const tailOpArb: fc.Arbitrary<TailOp> = fc.oneof(
  entryArb.map((put) => ({ put })),
  // Spelled with spaces, as a hand edit or another writer might: read by the whole reader, so by the row path too.
  entryArb.map((put) => ({ put, spaced: true })),
  fc.tuple(fc.nat(), entryArb).map(([replace, w]) => ({ replace, with: w })),
  fc.tuple(fc.nat(), fc.boolean()).map(([del, named]) => ({ del, named })),
  hex64.map((delUnknown) => ({ delUnknown })),
  fc.constant({ torn: true as const }),
);

const filterArb = (entries: readonly RegistryEntry[]): fc.Arbitrary<ListFilter> => {
  const run = fc.constantFrom('a', 'b', 'ü-run', 'd"q', 'none', ...entries.map((e) => e.run_id));
  const strategy = fc.constantFrom('sma', 'mean-rev', 'ü', 'none');
  const instant = canonical;
  const range = fc.tuple(instant, instant).map(([x, y]) => (x < y ? { from: x, to: y } : { from: y, to: x }));
  return fc.oneof(
    run.map((r) => ({ run: r })),
    strategy.map((s) => ({ strategy: s })),
    fc.tuple(strategy, range).map(([s, timestamp]) => ({ strategy: s, timestamp })),
    range.map((timestamp) => ({ timestamp })),
    range.map((created) => ({ created })),
    instant.map((from) => ({ timestamp: { from } })),
    instant.map((to) => ({ created: { to } })),
    fc.tuple(run, strategy).map(([r, s]) => ({ run: r, strategy: s })),
    fc.tuple(run, range).map(([r, timestamp]) => ({ run: r, timestamp, order: 'desc' as const, limit: 3 })),
    fc.tuple(strategy, range).map(([s, created]) => ({ strategy: s, created })),
  );
};

/** Writes the index as a rewrite does (header, snapshot, row file), then the tail's records and lines. */
async function writeIndex(snapshot: readonly RegistryEntry[], tail: readonly TailOp[]): Promise<void> {
  await indexLog().rewrite(async () => snapshot);
  const byId = [...new Map(snapshot.map((e) => [e.id, e])).values()];
  for (const op of tail) {
    let record: IndexRecord | undefined;
    if ('put' in op) record = { op: 'put', entry: op.put };
    else if ('replace' in op && byId.length > 0) {
      const old = byId[op.replace % byId.length]!;
      const w = op.with;
      record = { op: 'put', entry: { ...w, id: old.id, path: w.path.replace(w.id, old.id), latest_format_id: w.latest_format_id === w.id ? old.id : w.latest_format_id } };
    } else if ('del' in op && byId.length > 0) {
      const old = byId[op.del % byId.length]!;
      record = op.named ? { op: 'del', id: old.id, run_id: old.run_id, strategy_name: old.strategy_name } : { op: 'del', id: old.id };
    } else if ('delUnknown' in op) record = { op: 'del', id: op.delUnknown };
    else if ('torn' in op) appendFileSync(LOG(), '\n{"op":"put","id":"');
    if (record !== undefined && 'spaced' in op && op.spaced === true) {
      const members = Object.entries(JSON.parse(encodeRecord(record)) as object).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      appendFileSync(LOG(), `\n{${members.join(', ')}}\n`);
    } else if (record !== undefined) expect(await indexLog().append([record])).toBe(true);
  }
}

/** A fresh registry's answer with the row file in place, and with it moved away (the whole log is read). */
async function bothWays(filter: ListFilter): Promise<{ rows: RegistryEntry[]; whole: RegistryEntry[] }> {
  const rows = await new CheckpointRegistry(root).list(filter);
  renameSync(ROWS(), `${ROWS()}.away`);
  try {
    const whole = await new CheckpointRegistry(root).list(filter);
    return { rows, whole };
  } finally {
    renameSync(`${ROWS()}.away`, ROWS());
  }
}

/** The window a list filter reads through the row file (as registry.list asks for it). */
function windowOfFilter(f: ListFilter): ReturnType<typeof windowOf> {
  const key = (v: string | undefined): string | undefined => (v === undefined ? undefined : instantKey(v));
  const ts = f.timestamp as { from?: string; to?: string } | undefined;
  const created = f.created as { from?: string; to?: string } | undefined;
  return windowOf({ run: f.run, strategy: f.strategy, tsFrom: key(ts?.from), tsTo: key(ts?.to), createdFrom: key(created?.from), createdTo: key(created?.to) });
}

describe('the row file answers as the whole log does', () => {
  it('for random snapshots, tails (puts, replaced ids, deletes, torn lines, misplaced and older-format rows) and queries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 40 }), fc.array(tailOpArb, { maxLength: 12 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), async (snapshot, tail, picks) => {
        cleanupTemp(root);
        mkdirSync(root);
        await writeIndex(snapshot, tail);
        const filters = fc.sample(filterArb(snapshot), { numRuns: 4, seed: picks[0]! });
        for (const filter of filters) {
          const w = windowOfFilter(filter);
          // The filter is one the row file serves: the cold read really goes through it.
          if (w !== undefined) expect(await indexLog().readWindow(w)).toBeDefined();
          const { rows, whole } = await bothWays(filter);
          expect(rows).toEqual(whole);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('latest({ run }) and latest({ strategy }) give the same verified answer, with a snapshot and a tail of saves and deletes', async () => {
    const reg = new CheckpointRegistry(root);
    const saved = [];
    for (let i = 0; i < 6; i++) saved.push(await reg.create(stateFor(i % 2 ? 'odd' : 'even', i, { strategy: i < 4 ? 'sma' : 'trend' })));
    await reg.compact();
    await reg.create(stateFor('even', 10, { strategy: 'sma' }));
    await reg.delete(saved[5]!.id); // odd's newest, 'trend'
    expect(existsSync(ROWS())).toBe(true);
    for (const sel of [{ run: 'even' }, { run: 'odd' }, { strategy: 'sma' }, { strategy: 'trend' }, { run: 'none' }]) {
      const viaRows = await new CheckpointRegistry(root).latest(sel);
      renameSync(ROWS(), `${ROWS()}.away`);
      const whole = await new CheckpointRegistry(root).latest(sel);
      renameSync(`${ROWS()}.away`, ROWS());
      expect(viaRows).toEqual(whole);
    }
    expect((await new CheckpointRegistry(root).latest({ run: 'even' }))?.sequence).toBe(10);
    expect((await new CheckpointRegistry(root).latest({ run: 'odd' }))?.sequence).toBe(3);
  });

  it('a registry object that asks another window after a cold one answers it from the log, and sees later saves', async () => {
    const reg = new CheckpointRegistry(root);
    for (let i = 0; i < 4; i++) await reg.create(stateFor(i % 2 ? 'b' : 'a', i, { timestamp: `2024-03-0${i + 1}T00:00:00Z` }));
    await reg.compact();
    const fresh = new CheckpointRegistry(root);
    expect((await fresh.list({ run: 'a' })).map((e) => e.sequence)).toEqual([0, 2]);
    expect((await fresh.list({ run: 'b' })).map((e) => e.sequence)).toEqual([1, 3]);
    expect((await fresh.list({ timestamp: { from: '2024-03-02', to: '2024-03-04' } })).map((e) => e.sequence)).toEqual([1, 2]);
    await reg.create(stateFor('a', 8, { timestamp: '2024-03-02T12:00:00Z' }));
    expect((await fresh.list({ timestamp: { from: '2024-03-02', to: '2024-03-03' } })).map((e) => e.sequence)).toEqual([1, 8]);
    expect((await fresh.list()).map((e) => e.sequence)).toEqual([0, 1, 8, 2, 3]);
  });
});

describe('a row file that cannot be trusted is not used (the log is read whole)', () => {
  const entries = (n: number): RegistryEntry[] =>
    Array.from({ length: n }, (_, i) => {
      const id = (i + 1).toString(16).padStart(64, '0');
      const timestamp = `2024-01-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`;
      return { id, path: `2024/01/${id}.json`, version: LATEST_VERSION_STRING, latest_format_id: id, strategy_name: i % 2 ? 'sma' : 'trend', run_id: `r${i % 5}`, sequence: i, timestamp, created_at: `2025-01-01T00:00:0${i % 10}Z` };
    });
  const filters: ListFilter[] = [{ run: 'r1' }, { strategy: 'sma', timestamp: { from: '2024-01-03', to: '2024-01-09' } }, { timestamp: { from: '2024-01-05' } }, { created: { from: '2025-01-01T00:00:03Z' } }];

  /** `unused`: the filters whose window the damage concerns (the others may still read the rest of the file). */
  async function expectFallback(damage: () => void, unused: (f: ListFilter) => boolean = () => true): Promise<void> {
    await writeIndex(entries(60), [{ put: { ...entries(61)[60]!, run_id: 'r1' } }]);
    const expected: RegistryEntry[][] = [];
    for (const f of filters) expected.push((await bothWays(f)).whole);
    damage();
    for (const [k, f] of filters.entries()) {
      const w = windowOfFilter(f)!;
      if (unused(f)) expect(await indexLog().readWindow(w)).toBeUndefined();
      expect(await new CheckpointRegistry(root).list(f)).toEqual(expected[k]);
    }
  }

  it('truncated', async () => {
    await expectFallback(() => writeFileSync(ROWS(), readFileSync(ROWS()).subarray(0, statSync(ROWS()).size >> 1)));
  });
  it('empty, or cut inside its header', async () => {
    await expectFallback(() => writeFileSync(ROWS(), readFileSync(ROWS()).subarray(0, 40)));
  });
  it('a header that is not JSON, or of an unknown format', async () => {
    await expectFallback(() => {
      const b = readFileSync(ROWS());
      b.write('{"registry_index_rows":2', 0, 'latin1');
      writeFileSync(ROWS(), b);
    });
  });
  it('a section out of bounds, or a list of rows that is not ascending', async () => {
    await expectFallback(() => {
      const b = readFileSync(ROWS());
      const header = JSON.parse(b.toString('latin1', 0, b.indexOf(0x0a))) as { sections: Record<string, [number, number]> };
      const [at, length] = header.sections.run_rows!;
      b.fill(0, at, at + length); // every run's rows: row 0, again and again
      writeFileSync(ROWS(), b);
    }, (f) => f.run !== undefined);
  });
  it('naming another log (the generation of an earlier rewrite)', async () => {
    await writeIndex(entries(10), []);
    const older = readFileSync(ROWS());
    await expectFallback(() => writeFileSync(ROWS(), older));
  });

  it('regression: a rewrite by a writer that does not know the row file (Python, 0.1.0, 0.2.0) is read, never the stale rows', async () => {
    // The log is rewritten in format 2 with other content and a header without a generation, as those writers
    // write it; the row file, left in place, describes the old snapshot and must not be used.
    await writeIndex(entries(30), []);
    const kept = entries(30).filter((e) => e.run_id !== 'r1');
    const moved = { ...entries(31)[30]!, run_id: 'r2' };
    const rewritten = `{"registry_index":2,"latest_version":"${LATEST_VERSION_STRING}"}\n${encodeSnapshot([...kept, moved].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.run_id < b.run_id ? -1 : a.run_id > b.run_id ? 1 : a.sequence - b.sequence)))}\n`;
    // Empty lines (which every reader skips) up to past the old tail offset, so that only the header's missing
    // generation tells this log from the one the row file describes.
    const offset = (JSON.parse(readFileSync(ROWS(), 'latin1').slice(0, 1023)) as { log_offset: number }).log_offset;
    expect(rewritten.length).toBeLessThan(offset);
    writeFileSync(LOG(), rewritten.padEnd(offset + 10, '\n'));
    expect(await indexLog().readWindow({ run: 'r1' })).toBeUndefined();
    expect(await new CheckpointRegistry(root).list({ run: 'r1' })).toEqual([]);
    expect((await new CheckpointRegistry(root).list({ run: 'r2' })).map((e) => e.sequence).sort((a, b) => a - b)).toEqual([...kept.filter((e) => e.run_id === 'r2').map((e) => e.sequence), 30].sort((a, b) => a - b));
    // The next rewrite that knows it writes a new row file for the new log, and it is used again.
    await new CheckpointRegistry(root).compact();
    expect(await indexLog().readWindow({ run: 'r1' })).toBeDefined();
    expect(await new CheckpointRegistry(root).list({ run: 'r1' })).toEqual([]);
  });

  it('regression: a log whose header names the generation but whose tail offset is past its end is read whole', async () => {
    await writeIndex(entries(8), []);
    const log = readFileSync(LOG());
    writeFileSync(LOG(), log.subarray(0, log.length - 10));
    expect(await indexLog().readWindow({ run: 'r1' })).toBeUndefined();
  });
});

describe('what a cold query reads', () => {
  it('a cold list({ run }) reads a small part of the log and of the row file (their snapshot part not at all)', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => {
      const id = (i + 1).toString(16).padStart(64, '0');
      const timestamp = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString().replace('.000Z', 'Z');
      return { id, path: `${timestamp.slice(0, 4)}/${timestamp.slice(5, 7)}/${id}.json`, version: LATEST_VERSION_STRING, latest_format_id: id, strategy_name: `s${i % 10}`, run_id: `run-${Math.floor(i / 100)}`, sequence: i % 100, timestamp, created_at: timestamp };
    });
    const f64 = 'f'.repeat(64);
    await writeIndex(many, [{ put: { ...many[0]!, id: f64, path: `2024/01/${f64}.json`, latest_format_id: f64, sequence: 500 } }]);
    const read = new Map<string, number>();
    const counting: RegistryFs = {
      ...nodeFs,
      open: async (path, flags, mode) => {
        const h = await nodeFs.open(path, flags, mode);
        return {
          read: async (buffer, offset, length, position) => {
            const r = await h.read(buffer, offset, length, position);
            read.set(path, (read.get(path) ?? 0) + r.bytesRead);
            return r;
          },
          write: (b, o, l, p) => h.write(b, o, l, p),
          sync: () => h.sync(),
          stat: () => h.stat(),
          close: () => h.close(),
        };
      },
    };
    const out = await new CheckpointRegistry(root, { fs: counting }).list({ run: 'run-0' });
    expect(out.map((e) => e.sequence).sort((a, b) => a - b)).toEqual([...Array.from({ length: 100 }, (_, i) => i), 500]);
    expect(read.get(LOG()) ?? 0).toBeLessThan(statSync(LOG()).size / 20);
    expect(read.get(ROWS()) ?? 0).toBeLessThan(statSync(ROWS()).size / 10);
    expect(read.get(ROWS()) ?? 0).toBeGreaterThanOrEqual(100 * ROW_WIDTH);
  });

  it('a rewrite writes the row file before the log, so a crash between them leaves a row file that names no log', async () => {
    await writeIndex([], []);
    const before = readFileSync(LOG());
    const renames: string[] = [];
    const fs: RegistryFs = { ...nodeFs, rename: async (a, b) => {
      renames.push(b);
      if (b === LOG()) throw Object.assign(new Error('crash before the log rename'), { code: 'EIO' });
      return nodeFs.rename(a, b);
    } };
    await expect(indexLog(fs).rewrite(async () => [])).rejects.toThrow('crash');
    expect(renames.filter((p) => p === ROWS() || p === LOG())).toEqual([ROWS(), LOG()]);
    expect(readFileSync(LOG())).toEqual(before);
    expect(await indexLog().readWindow({ run: 'x' })).toBeUndefined();
  });
});
