// The index snapshot (index format 2): its encoding round-trips every entry, a damaged snapshot never gives a
// wrong answer (the index is rebuilt, or the damaged row is skipped), records after it apply on top of it, and
// a long tail or a format-1 log is folded into a new snapshot by the next reader.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckpointRegistry, LATEST_VERSION_STRING, REGISTRY_INDEX_LATEST } from '../../src/index.js';
import { instantKey, type RegistryEntry } from '../../src/registry/entry.js';
import { encodeSnapshot, readSnapshot, rowEntry, rowValid, timestampOfKey } from '../../src/registry/index-snapshot.js';
import { COMPACT_TAIL } from '../../src/registry/synced-view.js';
import { cleanupTemp, entryOf, stateFor, tempRoot } from './helpers.js';

/** The header a rewrite writes: format 2, for this library's latest version (spec/registry.md §6.1). */
/** A rewrite's header: the format, the latest version, and the log's generation (random, named by the row file). */
const CURRENT_HEADER = expect.stringMatching(new RegExp(`^${JSON.stringify({ registry_index: 2, latest_version: LATEST_VERSION_STRING }).slice(0, -1).replace(/[.]/g, '\\.')},"generation":"[0-9a-f]{32}"}$`));

let dir: string;
let root: string;
beforeEach(() => {
  dir = tempRoot('snapshot');
  root = join(dir, 'reg');
});
afterEach(() => cleanupTemp(dir));

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const canonical = fc
  .tuple(fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.stringMatching(/^([0-9]{0,8}[1-9])?$/))
  .map(([ms, frac]) => `${new Date(ms).toISOString().slice(0, 19)}${frac === '' ? '' : `.${frac}`}Z`);

const entryArb: fc.Arbitrary<RegistryEntry> = fc
  .record({ id: hex64, ts: canonical, created: canonical, run: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), strategy: fc.constantFrom('sma', 'mean-rev', 'ü'), sequence: fc.nat(), older: fc.option(hex64), misplaced: fc.boolean() })
  .map(entryOf);

function listOrder(entries: RegistryEntry[]): RegistryEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return [...byId.values()].sort((a, b) => (instantKey(a.timestamp) < instantKey(b.timestamp) ? -1 : instantKey(a.timestamp) > instantKey(b.timestamp) ? 1 : a.id < b.id ? -1 : 1));
}

function readLog(): string {
  return readFileSync(join(root, '.index/log.jsonl'), 'utf8');
}

describe('snapshot encoding', () => {
  it('timestampOfKey inverts instantKey for canonical timestamps', () => {
    fc.assert(fc.property(canonical, (t) => timestampOfKey(instantKey(t)) === t));
  });

  it('round-trips every entry (misplaced paths, older formats, non-ASCII names)', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (raw) => {
        const entries = listOrder(raw);
        const bytes = Buffer.from(`{"registry_index":2}\n${encodeSnapshot(entries)}\n`, 'utf8');
        const read = readSnapshot(bytes, bytes.indexOf(0x0a) + 1);
        if (typeof read === 'string') throw new Error(read);
        expect(read.end).toBe(bytes.length);
        const back = Array.from({ length: read.snapshot.count }, (_, row) => {
          expect(rowValid(read.snapshot, row)).toBe(true);
          return rowEntry(read.snapshot, row);
        });
        expect(back).toEqual(entries);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a registry with a snapshot', () => {
  it('applies records after the snapshot: deletions, replacements and new entries, in list order', async () => {
    const reg = new CheckpointRegistry(root);
    const saved = [];
    for (let i = 0; i < 4; i++) saved.push(await reg.create(stateFor('r', i, { timestamp: `2024-03-0${i + 1}T00:00:00Z` })));
    await reg.compact(); // all four in the snapshot
    expect(readLog().split('\n')[0]).toEqual(CURRENT_HEADER);
    await reg.delete(saved[1]!.id);
    await reg.create(stateFor('r', 9, { timestamp: '2024-03-02T12:00:00Z' }));
    const fresh = new CheckpointRegistry(root);
    expect((await fresh.list()).map((e) => e.sequence)).toEqual([0, 9, 2, 3]);
    expect((await new CheckpointRegistry(root).list({ timestamp: { from: '2024-03-02', to: '2024-03-04' } })).map((e) => e.sequence)).toEqual([9, 2]);
    expect((await new CheckpointRegistry(root).list({ run: 'r', order: 'desc', limit: 2 })).map((e) => e.sequence)).toEqual([3, 2]);
    expect((await new CheckpointRegistry(root).latest({ run: 'r' }))?.sequence).toBe(9);
    expect((await new CheckpointRegistry(root).load(saved[2]!.id)).entry.sequence).toBe(2);
  });

  it('rebuilds the index from the files when the snapshot is damaged (never answers from a partial one)', async () => {
    const reg = new CheckpointRegistry(root);
    for (let i = 0; i < 3; i++) await reg.create(stateFor('r', i, { timestamp: `2024-03-0${i + 1}T00:00:00Z` }));
    await reg.compact();
    const lines = readLog().split('\n');
    lines[2] = lines[2]!.slice(0, 70); // the id column cut short
    writeFileSync(join(root, '.index/log.jsonl'), lines.join('\n'));
    expect((await new CheckpointRegistry(root).list()).map((e) => e.sequence)).toEqual([0, 1, 2]);
    expect(readLog().split('\n')[2]!.length).toBe(2 + 3 * 64); // rewritten whole
  });

  it('skips a malformed row and keeps the others (like a torn record)', async () => {
    const reg = new CheckpointRegistry(root);
    for (let i = 0; i < 3; i++) await reg.create(stateFor('r', i, { timestamp: `2024-03-0${i + 1}T00:00:00Z` }));
    await reg.compact();
    const lines = readLog().split('\n');
    lines[2] = `"${'/'.repeat(64)}${lines[2]!.slice(65)}`; // row 0's id is no id (and would be a path outside the root)
    writeFileSync(join(root, '.index/log.jsonl'), lines.join('\n'));
    const fresh = new CheckpointRegistry(root);
    expect((await fresh.list()).map((e) => e.sequence)).toEqual([1, 2]);
    expect((await fresh.latest({ run: 'r' }))?.sequence).toBe(2);
    const report = await fresh.fsck();
    expect(report.index).toMatchObject({ missing: 1, rewritten: true });
    expect((await fresh.list()).map((e) => e.sequence)).toEqual([0, 1, 2]);
  });

  it('reads a format-1 log, and a reader folds a long one (or a long tail) into a snapshot', async () => {
    const reg = new CheckpointRegistry(root);
    const first = await reg.create(stateFor('r', 0, { timestamp: '2024-03-01T00:00:00Z' }));
    const e = (await reg.list())[0]!;
    // A format-1 log as an older version wrote it: header, then one put per entry; the others are advisory
    // entries whose files are not there (list answers from the index), enough to be worth compacting.
    const puts = [JSON.stringify({ op: 'put', id: e.id, version: LATEST_VERSION_STRING, strategy_name: e.strategy_name, run_id: 'r', sequence: 0, timestamp: e.timestamp, created_at: e.created_at })];
    for (let i = 1; i <= COMPACT_TAIL; i++) {
      const id = i.toString(16).padStart(64, '0');
      puts.push(JSON.stringify({ op: 'put', id, version: LATEST_VERSION_STRING, strategy_name: 'other', run_id: `o-${i % 7}`, sequence: i, timestamp: '2024-04-01T00:00:00Z', created_at: '2025-01-01T00:00:00.5Z' }));
    }
    writeFileSync(join(root, '.index/log.jsonl'), `{"registry_index":1}\n${puts.join('\n')}\n`);
    const fresh = new CheckpointRegistry(root);
    expect((await fresh.latest({ run: 'r' }))?.id).toBe(first.id);
    expect(readLog().split('\n')[0]).toEqual(CURRENT_HEADER); // compacted by that reader
    const all = await new CheckpointRegistry(root).list();
    if (REGISTRY_INDEX_LATEST !== LATEST_VERSION_STRING) {
      // A format-1 log's ids were computed for REGISTRY_INDEX_LATEST (spec/registry.md §6.1): once the latest version is
      // another, the reader rebuilds the index from the files, and the advisory entries without files are gone.
      expect(all.map((x) => x.id)).toEqual([first.id]);
      return;
    }
    expect(all).toHaveLength(COMPACT_TAIL + 1);
    const id1 = (1).toString(16).padStart(64, '0');
    expect(all.find((x) => x.id === id1)).toMatchObject({ run_id: 'o-1', sequence: 1, created_at: '2025-01-01T00:00:00.5Z', path: `2024/04/${id1}.json` });
  });
});
