// Disk full, permission denied and I/O errors at every step of a save, injected through the file-system
// layer: the save fails with a clear E_IO naming the file, and the registry is exactly as it was.
// Also: writer locks (O_EXCL, waiting, E_LOCKED, stale-lock recovery) and fsck's temp-file sweep.
import { mkdirSync, readFileSync, writeFileSync, readdirSync, utimesSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointRegistry, createCheckpoint, formatFsckReport } from '../../src/index.js';
import { runLockName } from '../../src/registry/layout.js';
import { errorOf, faultyFs, snapshot, stateFor, tempRootPerTest, type FsOp } from './helpers.js';

let dir: string;
let root: string;
tempRootPerTest('faults', (d, r) => {
  dir = d;
  root = r;
});


describe('a failed save leaves the registry unchanged', () => {
  // Every step of a save, and where it happens: [operation, path pattern, what the step is].
  const steps: [FsOp, RegExp, string][] = [
    ['mkdir', /\/2025$/, 'creating the year folder'],
    ['mkdir', /\/2025\/01$/, 'creating the month folder'],
    ['open', /\.tmp$/, 'creating the temp file'],
    ['write', /\.tmp$/, 'writing the temp file'],
    ['sync', /\.tmp$/, 'fsync of the temp file'],
    ['link', /[0-9a-f]{64}\.json$/, 'linking the final name'],
    ['sync', /\/2025\/01$/, 'fsync of the month folder'],
    ['write', /log\.jsonl$/, 'appending to the index'],
    ['sync', /log\.jsonl$/, 'fsync of the index'],
    ['open', /\.locks\/\.run-.*\.tmp$/, 'creating the run lock'],
    ['write', /\.locks\/\.run-.*\.tmp$/, 'writing the run lock'],
    ['link', /\.locks\/run-.*\.lock$/, 'linking the run lock'],
  ];
  for (const code of ['ENOSPC', 'EACCES', 'EIO'] as const) {
    for (const [op, path, what] of steps) {
      it(`${code} while ${what}`, async () => {
        const seed = new CheckpointRegistry(root);
        const first = await seed.create(stateFor('r', 0));
        const before = snapshot(root);
        const listed = await seed.list();
        const fs = faultyFs([{ op, path, code }]);
        const reg = new CheckpointRegistry(root, { fs });
        const ckpt = createCheckpoint(stateFor('r', 1, { timestamp: '2025-01-15T00:00:00Z' }));
        const e = await errorOf(reg.save(ckpt));
        expect(e.code).toBe('E_IO');
        expect(e.message).toContain(code);
        expect(e.message).toMatch(/could not/);
        expect(e.hint).toBeTruthy();
        const after = snapshot(root);
        if (path.source.includes('log')) {
          // The record may have reached the index before its fsync failed: then a cancelling record follows
          // it, so the index still says the same (it is advisory; the files are unchanged byte for byte).
          after.delete('.index/log.jsonl');
          before.delete('.index/log.jsonl');
        }
        expect(after).toEqual(before);
        expect(await new CheckpointRegistry(root).list()).toEqual(listed);
        // The registry works, and the same save succeeds once the fault is gone.
        fs.faults = [];
        expect((await reg.latest({ run: 'r' }))?.id).toBe(first.id);
        const ok = await reg.save(ckpt);
        expect(ok.created).toBe(true);
        expect((await new CheckpointRegistry(root).latest({ run: 'r' }))?.id).toBe(ok.id);
        expect((await reg.fsck()).clean).toBe(true);
      });
    }
  }

  it('names the file and says the registry is unchanged (disk full on the temp file)', async () => {
    await new CheckpointRegistry(root).create(stateFor('r', 0));
    const reg = new CheckpointRegistry(root, { fs: faultyFs([{ op: "write", path: /\/2024\/03\/\..*\.tmp$/, code: "ENOSPC" }]) });
    const e = await errorOf(reg.create(stateFor('r', 1)));
    expect(e.message).toMatch(/^could not write 2024\/03\/[0-9a-f]{64}\.json: no space left on the device \(ENOSPC\)$/);
    expect(e.hint).toMatch(/free disk space.*registry is unchanged/);
    expect(e.source).toMatch(/^2024\/03\//);
  });

  it('permission denied on a real read-only folder (skipped when running as root, which ignores modes)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 0));
    if (process.getuid?.() === 0) return;
    const { chmodSync } = await import('node:fs');
    chmodSync(join(root, '2024/03'), 0o555);
    try {
      const before = snapshot(root);
      const e = await errorOf(reg.create(stateFor('r', 1)));
      expect(e.code).toBe('E_IO');
      expect(e.message).toMatch(/EACCES/);
      expect(snapshot(root)).toEqual(before);
    } finally {
      chmodSync(join(root, '2024/03'), 0o755);
    }
  });

  it('a failing delete or cleanup reports E_IO and keeps the file', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('r', 0));
    await reg.create(stateFor('r', 1));
    const faulty = new CheckpointRegistry(root, { fs: faultyFs([{ op: 'unlink', path: /[0-9a-f]{64}\.json$/, code: 'EACCES' }]) });
    expect((await errorOf(faulty.delete(a.id))).code).toBe('E_IO');
    expect((await errorOf(faulty.cleanup({ keepLast: 1 }))).code).toBe('E_IO');
    expect((await reg.load(a.id)).id).toBe(a.id);
  });
});

describe('locks', () => {
  function lockPath(run: string): string {
    return join(root, '.locks', runLockName(run));
  }

  it('a live writer holding the run lock makes a save wait, then fail with E_LOCKED naming the holder', async () => {
    const reg = new CheckpointRegistry(root, { lockTimeoutMs: 150 });
    await reg.create(stateFor('r', 0));
    writeFileSync(lockPath('r'), JSON.stringify({ lock: 1, pid: process.ppid, host: 'other-host', token: 't', acquired_at: '2025-01-01T00:00:00Z', purpose: 'save', run_id: 'r' }));
    const e = await errorOf(reg.create(stateFor('r', 1)));
    expect(e.code).toBe('E_LOCKED');
    expect(e.message).toContain(`held by process ${process.ppid} on other-host for save of run "r"`);
    // Other runs are not blocked.
    expect((await reg.create(stateFor('q', 0))).created).toBe(true);
  });

  it('a lock left by a dead process on this host is broken at once', async () => {
    const reg = new CheckpointRegistry(root, { lockTimeoutMs: 100 });
    await reg.create(stateFor('r', 0));
    const { spawnSync } = await import('node:child_process');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(lockPath('r'), JSON.stringify({ lock: 1, pid: Number(dead), host: (await import('node:os')).hostname(), token: 't', acquired_at: '2025-01-01T00:00:00Z', purpose: 'save', run_id: 'r' }));
    expect((await reg.create(stateFor('r', 1))).created).toBe(true);
    expect(existsSync(lockPath('r'))).toBe(false);
  });

  it('a lock not refreshed for lockStaleMs is broken (other host, injected clock)', async () => {
    let now = Date.UTC(2025, 0, 1);
    const reg = new CheckpointRegistry(root, { lockTimeoutMs: 50, lockStaleMs: 60_000, now: () => now });
    await reg.create(stateFor('r', 0));
    writeFileSync(lockPath('r'), JSON.stringify({ lock: 1, pid: 1, host: 'far-away', token: 't', acquired_at: '2025-01-01T00:00:00Z', purpose: 'save', run_id: 'r' }));
    utimesSync(lockPath('r'), new Date(now), new Date(now));
    expect((await errorOf(reg.create(stateFor('r', 1)))).code).toBe('E_LOCKED');
    now += 61_000;
    expect((await reg.create(stateFor('r', 1))).created).toBe(true);
  });

  it('an empty lock file (holder killed between create and write) is stale after a short grace', async () => {
    let now = Date.now();
    const reg = new CheckpointRegistry(root, { lockTimeoutMs: 50, now: () => now });
    await reg.create(stateFor('r', 0));
    writeFileSync(lockPath('r'), '');
    utimesSync(lockPath('r'), new Date(now), new Date(now));
    expect((await errorOf(reg.create(stateFor('r', 1)))).code).toBe('E_LOCKED');
    now += 5_000;
    expect((await reg.create(stateFor('r', 1))).created).toBe(true);
  });

  it('a crashed writer whose file reached disk before its index record: the stale lock\'s intent is indexed', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 0));
    // Simulate: the file is linked, then the writer dies before appending to the index.
    const c = createCheckpoint(stateFor('r', 1, { timestamp: '2024-04-01T00:00:00Z' }));
    mkdirSync(join(root, '2024/04'));
    const { serializeCheckpoint } = await import('../../src/index.js');
    writeFileSync(join(root, `2024/04/${c.checkpoint_id}.json`), serializeCheckpoint(c));
    writeFileSync(lockPath('r'), JSON.stringify({ lock: 1, pid: 999_999_999, host: (await import('node:os')).hostname(), token: 't', acquired_at: '2025-01-01T00:00:00Z', purpose: 'save', run_id: 'r', intent: `2024/04/${c.checkpoint_id}.json` }));
    expect((await new CheckpointRegistry(root).latest({ run: 'r' }))?.id).toBe(c.checkpoint_id);
    expect(readFileSync(join(root, '.index/log.jsonl'), 'utf8')).toContain(c.checkpoint_id);
    expect(existsSync(lockPath('r'))).toBe(false);
  });

  it('concurrent saves of one run in one process are serialized by the lock and all land', async () => {
    const reg = new CheckpointRegistry(root);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => reg.create(stateFor('r', i))));
    expect(new Set(results.map((r) => r.id)).size).toBe(20);
    expect((await reg.list({ run: 'r' })).length).toBe(20);
    expect((await reg.latest({ run: 'r' }))?.sequence).toBe(19);
  });
});

describe('fsck sweeps temp files only after the grace period', () => {
  it('keeps a fresh temp file, removes it once older than tmpGraceMs, and never touches other files', async () => {
    let now = Date.now();
    const reg = new CheckpointRegistry(root, { now: () => now, tmpGraceMs: 600_000 });
    const a = await reg.create(stateFor('r', 0));
    const tmp = `2024/03/.${a.id}.12345.abcdef123456.tmp`;
    writeFileSync(join(root, tmp), '{"partial');
    const t = new Date(now);
    utimesSync(join(root, tmp), t, t);
    let report = await reg.fsck();
    expect(report.tempFiles).toEqual({ swept: [], kept: [tmp] });
    expect(report.clean).toBe(true);
    now += 600_001;
    report = await reg.fsck();
    expect(report.tempFiles).toEqual({ swept: [tmp], kept: [] });
    expect(report.clean).toBe(true);
    expect(readdirSync(join(root, '2024/03'))).toEqual([`${a.id}.json`]);
  });

  it('regression: temp files of the marker, the index log and locks (left by a kill) are swept, not reported as foreign', async () => {
    // The crash suite once found `.registry.json.{pid}.{random}.tmp` at the root reported as "unexpected".
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 0));
    const temps = ['.registry.json.123.abcdef012345.tmp', '.index/.log.jsonl.123.abcdef012345.tmp', `.locks/.${runLockName('r')}.123.abcdef012345.tmp`, `.locks/.${runLockName('r')}.break.123.abcdef012345.tmp`];
    for (const t of temps) writeFileSync(join(root, t), '{"torn');
    const report = await reg.fsck({ tmpGraceMs: 0 });
    expect(report.problems).toEqual([]);
    expect([...report.tempFiles.swept].sort()).toEqual([...temps].sort());
    for (const t of temps) expect(existsSync(join(root, t))).toBe(false);
    expect(formatFsckReport(report)).toMatch(/clean\n {2}removed 4 stale temp file\(s\)/);
  });

  it('regression: tmpGraceMs 0 sweeps a temp file whose mtime is ahead of the clock (the marker test flaked on it)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 0));
    const tmp = '.index/.log.jsonl.123.abcdef012345.tmp';
    writeFileSync(join(root, tmp), '{"torn');
    const ahead = new Date(Date.now() + 5_000);
    utimesSync(join(root, tmp), ahead, ahead);
    const report = await reg.fsck({ tmpGraceMs: 0 });
    expect(report.tempFiles.swept).toEqual([tmp]);
    expect(existsSync(join(root, tmp))).toBe(false);
  });

  it('dry run reports without changing anything', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('r', 0));
    writeFileSync(join(root, `2024/03/.${a.id}.1.abc.tmp`), 'x');
    writeFileSync(join(root, `2024/03/${'f'.repeat(64)}.json`), 'x');
    writeFileSync(join(root, '.index/log.jsonl'), readFileSync(join(root, '.index/log.jsonl'), 'utf8') + '\njunk\n');
    const before = snapshot(root);
    const report = await reg.fsck({ dryRun: true, tmpGraceMs: 0 });
    expect(report.problems.map((p) => p.kind)).toEqual(['corrupt']);
    expect(report.tempFiles.kept).toHaveLength(1);
    expect(report.index).toMatchObject({ invalidLines: 1, rewritten: false });
    expect(snapshot(root)).toEqual(before);
  });
});

describe('unreadable folders', () => {
  it('fsck reports a month folder it cannot list, checks the rest, and does not rewrite the index from a partial scan', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('r', 0));
    const b = await reg.create(stateFor('q', 0, { timestamp: '2024-05-01T00:00:00Z' }));
    const { unlinkSync } = await import('node:fs');
    writeFileSync(join(root, `2024/05/${'a'.repeat(64)}.json`), 'junk');
    const faulty = new CheckpointRegistry(root, { fs: faultyFs([{ op: 'readdir', path: /\/2024\/03$/, code: 'EACCES' }]) });
    const report = await faulty.fsck();
    expect(report.problems.map((p) => [p.kind, p.path, p.code])).toEqual([
      ['unreadable', '2024/03', 'E_IO'],
      ['corrupt', `2024/05/${'a'.repeat(64)}.json`, 'E_PARSE'],
    ]);
    expect(report.problems[0]!.message).toMatch(/permission denied \(EACCES\); the checkpoints in it were not checked/);
    expect(report.index.rewritten).toBe(false);
    expect((await reg.list()).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    // A rebuild from a partial scan is refused with a clear error instead of dropping run r from the index.
    unlinkSync(join(root, '.index/log.jsonl'));
    const e = await errorOf(faulty.rebuildIndex());
    expect(e.code).toBe('E_IO');
    expect(e.message).toBe('could not list 2024/03: permission denied (EACCES)');
    expect(e.hint).toMatch(/the index was not rebuilt/);
    expect((await new CheckpointRegistry(root).latest({ run: 'r' }))?.id).toBe(a.id);
  });

  it('load probes past a month folder it cannot list, and says so when the id is found nowhere else', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 0));
    const b = await reg.create(stateFor('q', 0, { timestamp: '2024-05-01T00:00:00Z' }));
    const { unlinkSync } = await import('node:fs');
    unlinkSync(join(root, '.index/log.jsonl')); // force the probe
    const faulty = new CheckpointRegistry(root, { fs: faultyFs([{ op: 'readdir', path: /\/2024\/03$/, code: 'EACCES' }, { op: 'lstat', path: /\/2024\/03\/[0-9a-f]{64}\.json$/, code: 'EACCES' }]) });
    expect((await faulty.load(b.id)).id).toBe(b.id);
    const e = await errorOf(faulty.load('9'.repeat(64)));
    expect(e.code).toBe('E_IO');
    expect(e.message).toMatch(/permission denied \(EACCES\)/);
  });

  it('a registry root that is a file gives E_IO, not a crash', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(root, 'not a folder');
    for (const op of [() => new CheckpointRegistry(root).list(), () => new CheckpointRegistry(root).create(stateFor('r', 0))]) {
      const e = await errorOf(op());
      expect(e.code).toBe('E_IO');
      expect(e.message).toContain(root);
    }
  });
});
