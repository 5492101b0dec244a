// Examples of every registry operation: durable idempotent saves in the {year}/{month} layout, verified
// loads, filtered lists, latest by verified (run, sequence), delete, and older-format files in the tree.
import { readFileSync, readdirSync, utimesSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckpointRegistry, createCheckpoint, loadCheckpoint, serializeCheckpoint, isCheckpointError, type Checkpoint, LATEST_VERSION_STRING } from '../../src/index.js';
import { cleanupTemp, faultyFs, REPO, stateFor, tempRoot } from './helpers.js';

let dir: string;
let root: string;
beforeEach(() => {
  dir = tempRoot();
  root = join(dir, 'reg');
});
afterEach(() => cleanupTemp(dir));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isCheckpointError(e)) return e.code;
    throw e;
  }
  throw new Error('expected a CheckpointError');
}

describe('save and create', () => {
  it('stores the checkpoint as serializeCheckpoint writes it, under {year}/{month} of its backtest timestamp', async () => {
    const reg = new CheckpointRegistry(root);
    const ckpt = createCheckpoint(stateFor('r', 0, { timestamp: '2023-11-30T23:59:59.5Z' }), { createdAt: '2025-01-02T03:04:05Z' });
    const res = await reg.save(ckpt);
    expect(res).toEqual({ id: ckpt.checkpoint_id, path: `2023/11/${ckpt.checkpoint_id}.json`, created: true });
    expect(readFileSync(join(root, res.path), 'utf8')).toBe(serializeCheckpoint(ckpt));
    expect(JSON.parse(readFileSync(join(root, 'registry.json'), 'utf8'))).toEqual({ registry_layout: 1 });
  });

  it('is idempotent: the same state saved twice gives one file, and the first write wins', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('r', 0), { createdAt: '2025-01-01T00:00:00Z' });
    const b = await reg.create(stateFor('r', 0), { createdAt: '2025-06-01T00:00:00Z' });
    expect(b.id).toBe(a.id);
    expect(b.created).toBe(false);
    expect(b.checkpoint.created_at).toBe('2025-01-01T00:00:00Z');
    expect(readdirSync(join(root, '2024/03')).filter((n) => n.endsWith('.json'))).toEqual([`${a.id}.json`]);
    expect((await reg.load(a.id)).checkpoint.created_at).toBe('2025-01-01T00:00:00Z');
    expect(await reg.list()).toHaveLength(1);
  });

  it('create takes created_at from the injected clock', async () => {
    const reg = new CheckpointRegistry(root, { now: () => Date.UTC(2030, 0, 2, 3, 4, 5, 600) });
    const res = await reg.create(stateFor('r', 0));
    expect(res.checkpoint.created_at).toBe('2030-01-02T03:04:05.6Z');
  });

  it('returns only after file fsync, link, folder fsync and index fsync, in that order', async () => {
    const fs = faultyFs();
    const reg = new CheckpointRegistry(root, { fs });
    await reg.create(stateFor('r', 0));
    fs.calls.length = 0;
    const res = await reg.create(stateFor('r', 1));
    const steps = fs.calls.filter((c) => /^(write|sync|link) /.test(c) && !c.includes('.locks'));
    const tmp = steps.findIndex((c) => /^write .*\.tmp$/.test(c));
    expect(steps.slice(tmp, tmp + 4)).toEqual([
      expect.stringMatching(/^write .*\/2024\/03\/\.[0-9a-f]{64}\.\d+\.[0-9a-f]+\.tmp$/),
      expect.stringMatching(/^sync .*\.tmp$/),
      `link ${join(root, res.path)}`,
      `sync ${join(root, '2024/03')}`,
    ]);
    expect(steps.slice(tmp + 4)).toEqual([`write ${join(root, '.index/log.jsonl')}`, `sync ${join(root, '.index/log.jsonl')}`]);
    expect(readdirSync(join(root, '2024/03')).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('upgrades older-format input and stores the latest format', async () => {
    const v1 = readFileSync(join(REPO, 'spec/examples/v1.json'));
    const reg = new CheckpointRegistry(root);
    const res = await reg.save(v1);
    const expected = loadCheckpoint(v1).checkpoint;
    expect(res.id).toBe(expected.checkpoint_id);
    const stored = JSON.parse(readFileSync(join(root, res.path), 'utf8')) as Checkpoint;
    expect(stored.version).toBe(LATEST_VERSION_STRING);
    expect(res.path.startsWith('2024/03/')).toBe(true);
  });

  it('a leftover temp file of the same id never blocks a save', async () => {
    const ckpt = createCheckpoint(stateFor('r', 0));
    mkdirSync(join(root, '2024/03'), { recursive: true });
    const leftover = join(root, '2024/03', `.${ckpt.checkpoint_id}.${process.pid}.aaaaaaaaaaaa.tmp`);
    writeFileSync(leftover, '{"trunc');
    const res = await new CheckpointRegistry(root).save(ckpt);
    expect(res.created).toBe(true);
    expect((await new CheckpointRegistry(root).load(ckpt.checkpoint_id)).id).toBe(ckpt.checkpoint_id);
  });
});

describe('load', () => {
  it('verifies and returns the checkpoint with its path and entry', async () => {
    const reg = new CheckpointRegistry(root);
    const { id, checkpoint } = await reg.create(stateFor('r', 3));
    const loaded = await new CheckpointRegistry(root).load(id);
    expect(loaded.checkpoint).toEqual(checkpoint);
    expect(loaded.path).toBe(`2024/03/${id}.json`);
    expect(loaded.entry).toMatchObject({ id, run_id: 'r', sequence: 3, version: LATEST_VERSION_STRING, latest_format_id: id });
  });

  it('finds a file the index does not know (files are the source of truth)', async () => {
    const ckpt = createCheckpoint(stateFor('r', 0, { timestamp: '2022-07-04T12:00:00Z' }));
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 1));
    mkdirSync(join(root, '2022/07'), { recursive: true });
    writeFileSync(join(root, '2022/07', `${ckpt.checkpoint_id}.json`), serializeCheckpoint(ckpt));
    expect((await reg.load(ckpt.checkpoint_id)).checkpoint.sequence).toBe(0);
    // …and the load taught the index about it.
    expect((await reg.list()).map((e) => e.id)).toContain(ckpt.checkpoint_id);
  });

  it('gives E_NOT_FOUND for an unknown id and on a root that does not exist', async () => {
    const reg = new CheckpointRegistry(root);
    expect(await codeOf(reg.load('a'.repeat(64)))).toBe('E_NOT_FOUND');
    await reg.create(stateFor('r', 0));
    expect(await codeOf(reg.load('b'.repeat(64)))).toBe('E_NOT_FOUND');
  });
});

describe('list', () => {
  async function populate(reg: CheckpointRegistry): Promise<void> {
    let t = Date.UTC(2025, 0, 1);
    const next = (): Date => new Date((t += 3_600_000));
    await reg.create(stateFor('a', 0, { strategy: 's1', timestamp: '2024-01-10T00:00:00Z' }), { createdAt: next() });
    await reg.create(stateFor('a', 1, { strategy: 's1', timestamp: '2024-02-10T00:00:00Z' }), { createdAt: next() });
    await reg.create(stateFor('a', 2, { strategy: 's1', timestamp: '2024-03-10T00:00:00.5Z' }), { createdAt: next() });
    await reg.create(stateFor('b', 0, { strategy: 's2', timestamp: '2024-02-20T00:00:00Z' }), { createdAt: next() });
    await reg.create(stateFor('b', 1, { strategy: 's2', timestamp: '2024-03-10T00:00:00Z' }), { createdAt: next() });
  }
  const seqs = (es: { run_id: string; sequence: number }[]): string[] => es.map((e) => `${e.run_id}${e.sequence}`);

  it('lists every entry in backtest-time order, with the fields of the contract', async () => {
    const reg = new CheckpointRegistry(root);
    await populate(reg);
    const all = await reg.list();
    expect(seqs(all)).toEqual(['a0', 'a1', 'b0', 'b1', 'a2']);
    expect(Object.keys(all[0]!).sort()).toEqual(['created_at', 'id', 'latest_format_id', 'path', 'run_id', 'sequence', 'strategy_name', 'timestamp', 'version']);
    expect(seqs(await reg.list({ order: 'desc', limit: 2 }))).toEqual(['a2', 'b1']);
  });

  it('filters by strategy, run, backtest-time range and creation-time range (from inclusive, to exclusive)', async () => {
    const reg = new CheckpointRegistry(root);
    await populate(reg);
    expect(seqs(await reg.list({ strategy: 's2' }))).toEqual(['b0', 'b1']);
    expect(seqs(await reg.list({ run: 'a' }))).toEqual(['a0', 'a1', 'a2']);
    expect(seqs(await reg.list({ run: 'a', strategy: 's2' }))).toEqual([]);
    expect(seqs(await reg.list({ timestamp: { from: '2024-02-10T00:00:00Z', to: '2024-03-10T00:00:00.5Z' } }))).toEqual(['a1', 'b0', 'b1']);
    expect(seqs(await reg.list({ timestamp: { from: new Date(Date.UTC(2024, 2, 1)) } }))).toEqual(['b1', 'a2']);
    expect(seqs(await reg.list({ created: { from: '2025-01-01T02:00:00Z', to: '2025-01-01T04:00:00Z' } }))).toEqual(['a1', 'a2']);
    expect(seqs(await reg.list({ strategy: 's1', created: { to: '2025-01-01T02:00:00+00:30' } }))).toEqual(['a0']);
  });

  it('returns [] for a registry root that does not exist, without creating it', async () => {
    expect(await new CheckpointRegistry(root).list()).toEqual([]);
    expect(existsSync(root)).toBe(false);
  });
});

describe('latest', () => {
  it('is the highest verified sequence of the run, whatever the modification times say', async () => {
    const reg = new CheckpointRegistry(root);
    const saved = [];
    for (let i = 0; i < 4; i++) saved.push(await reg.create(stateFor('r', i, { timestamp: `2024-0${i + 1}-01T00:00:00Z` })));
    // Make the oldest file look newest on disk.
    const future = new Date(Date.now() + 86_400_000);
    utimesSync(join(root, saved[0]!.path), future, future);
    expect((await reg.latest({ run: 'r' }))?.sequence).toBe(3);
  });

  it('passes over a latest whose file was deleted or corrupted behind the index', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('r', 0));
    const b = await reg.create(stateFor('r', 1));
    const c = await reg.create(stateFor('r', 2));
    writeFileSync(join(root, c.path), readFileSync(join(root, c.path), 'utf8').replace('"sequence":2', '"sequence":7'));
    expect((await reg.latest({ run: 'r' }))?.id).toBe(b.id);
    const { unlinkSync } = await import('node:fs');
    unlinkSync(join(root, b.path));
    expect((await reg.latest({ run: 'r' }))?.id).toBe(a.id);
    unlinkSync(join(root, a.path));
    expect(await reg.latest({ run: 'r' })).toBeUndefined();
  });

  it('for a strategy, is the latest of the run whose newest checkpoint was created last', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('old', 0, { strategy: 's' }), { createdAt: '2025-01-01T00:00:00Z' });
    await reg.create(stateFor('old', 9, { strategy: 's' }), { createdAt: '2025-01-02T00:00:00Z' });
    await reg.create(stateFor('new', 1, { strategy: 's' }), { createdAt: '2025-02-01T00:00:00Z' });
    await reg.create(stateFor('new', 0, { strategy: 's' }), { createdAt: '2025-02-02T00:00:00Z' });
    await reg.create(stateFor('other', 5, { strategy: 't' }), { createdAt: '2025-03-01T00:00:00Z' });
    const l = await reg.latest({ strategy: 's' });
    expect([l?.run_id, l?.sequence]).toEqual(['new', 1]);
    expect(await reg.latest({ strategy: 'nope' })).toBeUndefined();
    expect(await reg.latest({ run: 'new', strategy: 't' })).toBeUndefined();
  });

  it('sees a save made by another registry object (no in-memory cache decides)', async () => {
    const a = new CheckpointRegistry(root);
    const b = new CheckpointRegistry(root);
    await a.create(stateFor('r', 0));
    expect((await b.latest({ run: 'r' }))?.sequence).toBe(0);
    await a.create(stateFor('r', 1));
    expect((await b.latest({ run: 'r' }))?.sequence).toBe(1);
  });

  it('is correct when the index lies about a sequence (rebuilds and answers from the files)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 0));
    const b = await reg.create(stateFor('r', 1));
    const logPath = join(root, '.index/log.jsonl');
    const a = (await reg.list())[0]!;
    // A record that lies (the entry may be in the snapshot or a record: the last word is the log's).
    writeFileSync(logPath, `${readFileSync(logPath, 'utf8')}\n${JSON.stringify({ op: 'put', ...a, sequence: 99 })}\n`);
    const fresh = new CheckpointRegistry(root);
    expect((await fresh.list()).find((e) => e.id === a.id)?.sequence).toBe(99); // the list reflects the (advisory) index…
    expect((await fresh.latest({ run: 'r' }))?.id).toBe(b.id); // …but latest is verified
    expect((await fresh.list()).find((e) => e.id === a.id)?.sequence).toBe(0); // and the index was repaired
  });
});

describe('delete', () => {
  it('removes the file and the entry; false for an absent id', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('r', 0));
    const b = await reg.create(stateFor('r', 1));
    expect(await reg.delete(b.id)).toBe(true);
    expect(existsSync(join(root, b.path))).toBe(false);
    expect((await reg.list()).map((e) => e.id)).toEqual([a.id]);
    expect((await reg.latest({ run: 'r' }))?.id).toBe(a.id);
    expect(await reg.delete(b.id)).toBe(false);
    expect(await new CheckpointRegistry(join(dir, 'none')).delete(a.id)).toBe(false);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });
});

describe('older-format files in the tree', () => {
  it('load upgrades them; list shows them under their own id with version and upgraded id', async () => {
    const text = readFileSync(join(REPO, 'spec/examples/v1.json'), 'utf8');
    const original = JSON.parse(text) as { checkpoint_id: string };
    const upgraded = loadCheckpoint(text);
    mkdirSync(join(root, '2024/03'), { recursive: true });
    writeFileSync(join(root, '2024/03', `${original.checkpoint_id}.json`), text);
    const reg = new CheckpointRegistry(root);
    const [entry] = await reg.list();
    expect(entry).toMatchObject({ id: original.checkpoint_id, version: '1.0', latest_format_id: upgraded.id, run_id: upgraded.checkpoint.run_id, sequence: 0 });
    const loaded = await reg.load(original.checkpoint_id);
    expect(loaded.checkpoint).toEqual(upgraded.checkpoint);
    expect(loaded.original).toEqual({ version: '1.0', id: original.checkpoint_id });
    expect((await reg.latest({ run: upgraded.checkpoint.run_id }))?.id).toBe(original.checkpoint_id);
    expect((await reg.fsck()).clean).toBe(true);
    // The registry never rewrites the file.
    expect(readFileSync(join(root, '2024/03', `${original.checkpoint_id}.json`), 'utf8')).toBe(text);
  });
});

describe('index', () => {
  it('is rebuilt from the files when deleted, truncated mid-record or replaced by garbage', async () => {
    const reg = new CheckpointRegistry(root);
    for (let i = 0; i < 5; i++) await reg.create(stateFor('r', i));
    const logPath = join(root, '.index/log.jsonl');
    const { unlinkSync } = await import('node:fs');
    unlinkSync(logPath);
    expect((await new CheckpointRegistry(root).list()).map((e) => e.sequence)).toEqual([0, 1, 2, 3, 4]);
    writeFileSync(logPath, 'garbage\n');
    expect((await new CheckpointRegistry(root).latest({ run: 'r' }))?.sequence).toBe(4);
    await new CheckpointRegistry(root).create(stateFor('r', 5)); // a record after the rebuilt snapshot
    const text = readFileSync(logPath, 'utf8');
    writeFileSync(logPath, text.slice(0, text.length - 40));
    const reg2 = new CheckpointRegistry(root);
    expect((await reg2.list()).length).toBe(5); // the torn last record is skipped…
    expect((await reg2.latest({ run: 'r' }))?.sequence).toBe(4); // …a save cut there never returned
    await reg2.create(stateFor('r', 6));
    expect((await reg2.list()).map((e) => e.sequence)).toEqual([0, 1, 2, 3, 4, 6]); // the next append is not glued to the torn line
    const report = await reg2.fsck();
    expect(report.index).toMatchObject({ missing: 1, invalidLines: 1, rewritten: true });
    expect((await reg2.list()).map((e) => e.sequence)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('rebuildIndex counts the verified files and skips the rest', async () => {
    const reg = new CheckpointRegistry(root);
    for (let i = 0; i < 3; i++) await reg.create(stateFor('r', i));
    mkdirSync(join(root, '2024/05'), { recursive: true });
    writeFileSync(join(root, '2024/05', `${'c'.repeat(64)}.json`), `{"version": "${LATEST_VERSION_STRING}"`);
    expect(await reg.rebuildIndex()).toEqual({ count: 3, skipped: 1 });
  });

  it('compaction keeps exactly the live entries', async () => {
    const reg = new CheckpointRegistry(root);
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push((await reg.create(stateFor('r', i))).id);
    await reg.delete(ids[1]!);
    await reg.delete(ids[4]!);
    const before = await reg.list();
    expect(await reg.compact()).toEqual({ count: 4 });
    expect(readFileSync(join(root, '.index/log.jsonl'), 'utf8').trim().split('\n')).toHaveLength(5);
    expect(await new CheckpointRegistry(root).list()).toEqual(before);
  });
});

describe('run-scoped reads of the index', () => {
  it('a registry object that first asked about one run still sees every change, in that run and others', async () => {
    const writer = new CheckpointRegistry(root);
    const x0 = await writer.create(stateFor('x', 0));
    await writer.create(stateFor('y', 0));
    const reader = new CheckpointRegistry(root);
    expect((await reader.latest({ run: 'x' }))?.id).toBe(x0.id); // cold: parses only run x's records
    const x1 = await writer.create(stateFor('x', 1));
    const y1 = await writer.create(stateFor('y', 1));
    expect((await reader.latest({ run: 'x' }))?.id).toBe(x1.id); // tail of the log, filtered to run x
    expect((await reader.list({ run: 'y' })).map((e) => e.sequence)).toEqual([0, 1]); // widens to run y
    expect(await writer.delete(x1.id)).toBe(true);
    expect((await reader.list({ run: 'x' })).map((e) => e.id)).toEqual([x0.id]);
    expect((await reader.list()).map((e) => e.run_id + e.sequence).sort()).toEqual(['x0', 'y0', 'y1']); // whole index
    expect((await reader.latest({ strategy: 'sma_crossover' }))?.id).toBe(y1.id);
  });

  it('a registry object that first asked about a strategy sees changes to it, and widens for other questions', async () => {
    const writer = new CheckpointRegistry(root);
    await writer.create(stateFor('a', 0, { strategy: 's' }));
    await writer.create(stateFor('b', 0, { strategy: 't' }));
    const reader = new CheckpointRegistry(root);
    expect((await reader.list({ strategy: 's' })).map((e) => e.run_id)).toEqual(['a']); // cold: only strategy s parsed
    const a1 = await writer.create(stateFor('a', 1, { strategy: 's' }));
    await writer.create(stateFor('c', 0, { strategy: 's' }), { createdAt: new Date(Date.now() - 86_400_000) });
    expect((await reader.latest({ strategy: 's' }))?.id).toBe(a1.id);
    expect(await writer.delete(a1.id)).toBe(true);
    expect((await reader.list({ strategy: 's' })).map((e) => e.run_id + e.sequence).sort()).toEqual(['a0', 'c0']);
    expect((await reader.latest({ run: 'b' }))?.run_id).toBe('b'); // a run outside the strategy: widened
    expect((await reader.list({ strategy: 't' })).map((e) => e.run_id)).toEqual(['b']);
    expect((await reader.list()).length).toBe(3);
  });

  it('a delete of a file that no longer verifies is still seen by a reader scoped to its strategy', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('a', 0, { strategy: 's' }));
    await reg.create(stateFor('a', 1, { strategy: 's' }));
    writeFileSync(join(root, a.path), 'garbage');
    expect(await new CheckpointRegistry(root).delete(a.id)).toBe(true);
    expect((await new CheckpointRegistry(root).list({ strategy: 's' })).map((e) => e.sequence)).toEqual([1]);
  });

  it('a run whose name is a prefix of another is found exactly', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('run-1', 0));
    await reg.create(stateFor('run-10', 5));
    await reg.create(stateFor('run-1.b:c', 3));
    expect((await new CheckpointRegistry(root).latest({ run: 'run-1' }))?.sequence).toBe(0);
    expect((await new CheckpointRegistry(root).list({ run: 'run-10' })).map((e) => e.sequence)).toEqual([5]);
    expect((await new CheckpointRegistry(root).latest({ run: 'run-1.b:c' }))?.sequence).toBe(3);
  });

  it('load in a fresh registry object finds files of any run and month, then from its view', async () => {
    const reg = new CheckpointRegistry(root);
    const saved = [];
    for (let i = 0; i < 3; i++) saved.push(await reg.create(stateFor(`r${i}`, i, { timestamp: `2024-0${i + 1}-01T00:00:00Z` })));
    const fs = faultyFs();
    const fresh = new CheckpointRegistry(root, { fs });
    expect((await fresh.load(saved[2]!.id)).checkpoint.sequence).toBe(2);
    expect((await fresh.load(saved[0]!.id)).checkpoint.sequence).toBe(0);
    fs.calls.length = 0;
    expect((await fresh.load(saved[0]!.id)).checkpoint.sequence).toBe(0);
    expect(fs.calls.filter((c) => c.startsWith('readdir'))).toEqual([]); // known now: no probing of month folders
  });
});
