// Every bad input gives a clear typed error or an fsck report, and none stops the rest of the registry
// from working: hostile ids, wrong types, unknown fields, truncated files, name/content mismatches, newer
// format versions, foreign JSON files, symbolic links and bad options.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckpointRegistry, FileRegistry, createCheckpoint, formatFsckReport, serializeCheckpoint } from '../../src/index.js';
import { cleanupTemp, errorOf, faultyFs, snapshot, stateFor, tempRoot } from './helpers.js';

let dir: string;
let root: string;
let reg: FileRegistry;
let good: { id: string; path: string };
beforeEach(async () => {
  dir = tempRoot('bad');
  root = join(dir, 'reg');
  reg = new CheckpointRegistry(root);
  good = await reg.create(stateFor('r', 0));
});
afterEach(() => cleanupTemp(dir));


/** The registry still works: the good checkpoint loads and is latest. */
async function stillWorks(): Promise<void> {
  const fresh = new CheckpointRegistry(root);
  expect((await fresh.load(good.id)).id).toBe(good.id);
  expect((await fresh.latest({ run: 'r' }))?.id).toBe(good.id);
}

describe('hostile and malformed ids never reach the file system', () => {
  const hostile: unknown[] = ['../../x', '../' + 'a'.repeat(61), 'A'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), `${'a'.repeat(64)}/`, `${'a'.repeat(60)}.json`, '', ' ', 'a'.repeat(64) + '\u0000', '/etc/passwd', null, undefined, 42, {}, ['a'.repeat(64)]];
  for (const id of hostile) {
    it(`rejects ${JSON.stringify(id) ?? String(id)} with E_INVALID_ID for load, delete`, async () => {
      const fs = faultyFs();
      const spy = new CheckpointRegistry(root, { fs });
      for (const op of [() => spy.load(id as string), () => spy.delete(id as string)]) {
        const e = await errorOf(op);
        expect(e.code).toBe('E_INVALID_ID');
        expect(e.message).toMatch(/64 lowercase hexadecimal digits/);
      }
      expect(fs.calls).toEqual([]);
    });
  }
});

describe('wrong types and unknown fields', () => {
  it('save rejects non-checkpoints with typed errors and writes nothing', async () => {
    const before = snapshot(root);
    const cases: [unknown, string][] = [
      [null, 'E_ARGUMENT'],
      [undefined, 'E_ARGUMENT'],
      [42, 'E_ARGUMENT'],
      [true, 'E_ARGUMENT'],
      ['not json', 'E_PARSE'],
      [[], 'E_VERSION_MISSING'],
      [{}, 'E_VERSION_MISSING'],
      [{ ...createCheckpoint(stateFor('r', 1)), surprise: 1 }, 'E_SCHEMA'],
      [{ ...createCheckpoint(stateFor('r', 1)), sequence: '1' }, 'E_SCHEMA'],
      [{ ...createCheckpoint(stateFor('r', 1)), sequence: 2 }, 'E_HASH_MISMATCH'],
      [{ ...createCheckpoint(stateFor('r', 1)), version: '9.0' }, 'E_VERSION_TOO_NEW'],
    ];
    for (const [input, code] of cases) expect((await errorOf(reg.save(input as never))).code).toBe(code);
    expect(snapshot(root)).toEqual(before);
    await stillWorks();
  });

  it('create rejects bad state and bad options', async () => {
    expect((await errorOf(reg.create({ ...stateFor('r', 1), extra: true } as never))).code).toBe('E_SCHEMA');
    expect((await errorOf(reg.create(stateFor('r', 1), { createdAt: 'yesterday' }))).code).toBe('E_SCHEMA');
    expect((await errorOf(reg.create(stateFor('r', 1), { when: 1 } as never))).code).toBe('E_ARGUMENT');
    expect((await errorOf(reg.create(null as never))).code).toBe('E_ARGUMENT');
  });

  it('list, latest, cleanup, fsck and the constructor reject bad arguments with E_ARGUMENT', async () => {
    const bad: (() => unknown)[] = [
      () => reg.list(5 as never),
      () => reg.list({ runs: 'r' } as never),
      () => reg.list({ run: 3 } as never),
      () => reg.list({ run: '' }),
      () => reg.list({ timestamp: { from: 'last tuesday' } }),
      () => reg.list({ timestamp: { from: new Date(NaN) } }),
      () => reg.list({ timestamp: { since: '2024-01-01' } } as never),
      () => reg.list({ created: '2024' } as never),
      () => reg.list({ order: 'up' } as never),
      () => reg.list({ limit: -1 }),
      () => reg.latest({}),
      () => reg.latest(undefined as never),
      () => reg.latest({ run: 'r', sequence: 3 } as never),
      () => reg.cleanup({}),
      () => reg.cleanup({ keepLast: 0 }),
      () => reg.cleanup({ keepLast: 1.5 }),
      () => reg.cleanup({ keepEvery: { weeks: 1 } } as never),
      () => reg.cleanup({ keepEvery: { hours: 1, days: 1 } }),
      () => reg.cleanup({ keepEvery: { hours: -1 } }),
      () => reg.cleanup({ olderThanDays: Infinity }),
      () => reg.cleanup({ keepForever: true } as never),
      () => reg.cleanup({ keepLast: 1 }, { dryrun: true } as never),
      () => reg.fsck({ quarantine: 'yes' } as never),
      () => reg.fsck({ tmpGraceMs: -5 }),
      () => new CheckpointRegistry(''),
      () => new CheckpointRegistry(root, { lockStaleMs: -1 }),
      () => new CheckpointRegistry(root, { clock: () => 0 } as never),
      () => new CheckpointRegistry(root, { now: 5 } as never),
    ];
    for (const op of bad) {
      const e = await errorOf(op);
      expect(e.code, String(op)).toBe('E_ARGUMENT');
      expect(e.message.length).toBeGreaterThan(10);
    }
    await stillWorks();
  });
});

describe('damaged and foreign files in the tree', () => {
  function place(rel: string, text: string): void {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }

  it('a truncated file: load says E_PARSE naming the file, fsck quarantines it', async () => {
    const c = createCheckpoint(stateFor('t', 0));
    const rel = `2024/03/${c.checkpoint_id}.json`;
    place(rel, serializeCheckpoint(c).slice(0, 200));
    const e = await errorOf(reg.load(c.checkpoint_id));
    expect(e.code).toBe('E_PARSE');
    expect(e.source).toBe(rel);
    expect(e.hint).toMatch(/fsck/);
    await stillWorks();
    const report = await reg.fsck();
    expect(report.clean).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'corrupt', path: rel, code: 'E_PARSE', quarantinedTo: expect.stringMatching(/^\.quarantine\//) })]);
    expect(formatFsckReport(report)).toContain(`corrupt: ${rel}: `);
    const q = report.problems[0]!.quarantinedTo!;
    expect(readFileSync(join(root, q, `${c.checkpoint_id}.json`), 'utf8')).toBe(serializeCheckpoint(c).slice(0, 200));
    expect(JSON.parse(readFileSync(join(root, q, 'reason.json'), 'utf8'))).toMatchObject({ original_path: rel, code: 'E_PARSE' });
    expect(existsSync(join(root, rel))).toBe(false);
    expect((await reg.fsck()).clean).toBe(true);
    expect((await errorOf(reg.load(c.checkpoint_id))).code).toBe('E_NOT_FOUND');
    await stillWorks();
  });

  it('a file whose name does not match its content hash: E_HASH_MISMATCH, quarantined by fsck', async () => {
    const other = createCheckpoint(stateFor('t', 0));
    const wrongName = 'd'.repeat(64);
    const rel = `2024/03/${wrongName}.json`;
    place(rel, serializeCheckpoint(other));
    const e = await errorOf(reg.load(wrongName));
    expect(e.code).toBe('E_HASH_MISMATCH');
    expect(e.message).toContain(`named for checkpoint ${wrongName} but holds checkpoint ${other.checkpoint_id}`);
    const report = await reg.fsck();
    expect(report.problems.map((p) => [p.kind, p.code])).toEqual([['corrupt', 'E_HASH_MISMATCH']]);
    await stillWorks();
  });

  it('a tampered file (content changed, name and stored id kept): E_HASH_MISMATCH', async () => {
    const c = await reg.create(stateFor('r', 1));
    const text = readFileSync(join(root, c.path), 'utf8');
    writeFileSync(join(root, c.path), text.replace('"84250.75"', '"99999999"'));
    expect((await errorOf(reg.load(c.id))).code).toBe('E_HASH_MISMATCH');
    // latest passes over it to the newest checkpoint that verifies
    expect((await reg.latest({ run: 'r' }))?.id).toBe(good.id);
    expect((await reg.fsck()).problems[0]).toMatchObject({ kind: 'corrupt', code: 'E_HASH_MISMATCH' });
    await stillWorks();
  });

  it('a file of a newer format version: E_VERSION_TOO_NEW, reported by fsck but left in place', async () => {
    const c = createCheckpoint(stateFor('t', 0));
    const doc = { ...JSON.parse(serializeCheckpoint(c)), version: '999.0' };
    const rel = `2024/03/${c.checkpoint_id}.json`;
    place(rel, JSON.stringify(doc));
    expect((await errorOf(reg.load(c.checkpoint_id))).code).toBe('E_VERSION_TOO_NEW');
    const report = await reg.fsck();
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'newer-version', path: rel, code: 'E_VERSION_TOO_NEW' })]);
    expect(report.problems[0]!.quarantinedTo).toBeUndefined();
    expect(existsSync(join(root, rel))).toBe(true);
    expect((await reg.list()).map((e) => e.id)).toEqual([good.id]);
    await stillWorks();
  });

  it('a non-checkpoint JSON file dropped into the tree: reported as unexpected, never touched', async () => {
    place('2024/03/notes.json', '{"todo": "buy milk"}');
    place('2024/notes.json', '{}');
    place('misc/a.json', '{}');
    place(`2024/03/${'e'.repeat(64)}.json`, '{"hello": "world"}');
    const report = await reg.fsck();
    expect(report.problems.filter((p) => p.kind === 'unexpected').map((p) => p.path).sort()).toEqual(['2024/03/notes.json', '2024/notes.json', 'misc']);
    expect(report.problems.find((p) => p.path.startsWith('2024/03/eee'))).toMatchObject({ kind: 'corrupt', code: 'E_VERSION_MISSING' });
    expect(readFileSync(join(root, '2024/03/notes.json'), 'utf8')).toBe('{"todo": "buy milk"}');
    expect((await reg.list()).map((e) => e.id)).toEqual([good.id]);
    await stillWorks();
  });

  it('an index log of a future format is rebuilt from the files', async () => {
    writeFileSync(join(root, '.index/log.jsonl'), '{"registry_index":2}\n{"op":"put","id":"zz"}\n');
    expect((await new CheckpointRegistry(root).list()).map((e) => e.id)).toEqual([good.id]);
  });

  it('a registry of a newer layout is refused with E_VERSION_TOO_NEW', async () => {
    writeFileSync(join(root, 'registry.json'), '{"registry_layout":2}\n');
    const e = await errorOf(new CheckpointRegistry(root).list());
    expect(e.code).toBe('E_VERSION_TOO_NEW');
    expect(e.message).toMatch(/layout 2/);
  });
});

describe('symbolic links are never followed', () => {
  it('a month folder or checkpoint file that is a link to outside the root is not read, written or moved', async () => {
    const outside = join(dir, 'outside');
    mkdirSync(outside);
    const c = createCheckpoint(stateFor('t', 0, { timestamp: '2021-05-01T00:00:00Z' }));
    writeFileSync(join(outside, `${c.checkpoint_id}.json`), serializeCheckpoint(c));
    mkdirSync(join(root, '2021'));
    symlinkSync(outside, join(root, '2021/05'));
    const d = createCheckpoint(stateFor('t', 1));
    writeFileSync(join(outside, `${d.checkpoint_id}.json`), serializeCheckpoint(d));
    symlinkSync(join(outside, `${d.checkpoint_id}.json`), join(root, `2024/03/${d.checkpoint_id}.json`));
    const before = snapshot(outside);

    expect((await errorOf(reg.load(c.checkpoint_id))).code).toBe('E_NOT_FOUND');
    const e = await errorOf(reg.load(d.checkpoint_id));
    expect(e.code).toBe('E_IO');
    expect(e.message).toMatch(/symbolic link/);
    expect((await errorOf(reg.save(c))).message).toMatch(/symbolic link/);
    const report = await reg.fsck({ tmpGraceMs: 0 });
    expect(report.problems.map((p) => [p.kind, p.path]).sort()).toEqual([
      ['unexpected', '2021/05'],
      ['unexpected', `2024/03/${d.checkpoint_id}.json`],
    ]);
    await reg.cleanup({ keepLast: 1 });
    expect(await reg.delete(d.checkpoint_id)).toBe(true); // removes the link itself…
    expect(snapshot(outside)).toEqual(before); // …and nothing outside the root changed
    expect(readdirSync(outside)).toHaveLength(2);
    await stillWorks();
  });
});
