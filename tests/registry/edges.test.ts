// The registry's edges (issue 11, and issue 10's fsck items): each test reproduces one finding and fails
// without its fix. Interleavings between processes are reproduced deterministically inside one process by a
// file-system layer that runs another registry's work at the exact step where the race window is.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, utimesSync, writeFileSync, rmSync, closeSync, openSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckpointRegistry, createCheckpoint, nodeFs, serializeCheckpoint, type RegistryFs } from '../../src/index.js';
import type { RegistryStats } from '../../src/registry/fs.js';
import { runLockName } from '../../src/registry/layout.js';
import { LockManager } from '../../src/registry/lock.js';
import { MAX_READ_BYTES } from '../../src/util/read-limit.js';
import { errorOf, faultyFs, REPO, snapshot, stateFor, tempRootPerTest } from './helpers.js';

let dir: string;
let root: string;
tempRootPerTest('edges', (d, r) => {
  dir = d;
  root = r;
});


type Op = 'open' | 'rename' | 'unlink' | 'link' | 'write';
/** nodeFs with a hook that runs once, before (or after) the first call of `op` on a path matching `path`. */
function hookedFs(op: Op, path: RegExp, hook: () => Promise<void>, when: 'before' | 'after' = 'before'): RegistryFs {
  let fired = false;
  const run = async <T>(p: string, call: () => Promise<T>): Promise<T> => {
    if (fired || !path.test(p)) return call();
    fired = true;
    if (when === 'before') await hook();
    const out = await call();
    if (when === 'after') await hook();
    return out;
  };
  return {
    ...nodeFs,
    open: (p, flags, mode) => (op === 'open' ? run(p, () => nodeFs.open(p, flags, mode)) : nodeFs.open(p, flags, mode)),
    rename: (a, b) => (op === 'rename' ? run(b, () => nodeFs.rename(a, b)) : nodeFs.rename(a, b)),
    unlink: (p) => (op === 'unlink' ? run(p, () => nodeFs.unlink(p)) : nodeFs.unlink(p)),
    link: (a, b) => (op === 'link' ? run(b, () => nodeFs.link(a, b)) : nodeFs.link(a, b)),
  };
}

describe('latest never answers below an acknowledged save (issue 11.1)', () => {
  it('regression: a compaction that renamed the new log before carrying over the records appended meanwhile hid a returned save (issue 11.1)', async () => {
    const writer = new CheckpointRegistry(root);
    await writer.create(stateFor('r', 1));
    let seen: number | undefined;
    let acknowledged: number | undefined;
    let armed = false;
    // The compactor's file system: while it builds the new log, a save returns; right after its rename, a
    // fresh reader asks for the latest.
    const fs = hookedFs('open', /\.log\.jsonl\.[0-9]+\.[0-9a-z]+\.tmp$/, async () => {
      acknowledged = (await writer.create(stateFor('r', 2))).checkpoint.sequence;
      armed = true;
    });
    const compactorFs: RegistryFs = {
      ...fs,
      rename: async (a, b) => {
        await fs.rename(a, b);
        if (armed && b.endsWith('log.jsonl')) {
          armed = false;
          seen = (await new CheckpointRegistry(root).latest({ run: 'r' }))?.sequence;
        }
      },
    };
    await new CheckpointRegistry(root, { fs: compactorFs }).compact();
    expect(acknowledged).toBe(2);
    expect(seen).toBe(2);
    expect((await new CheckpointRegistry(root).latest({ run: 'r' }))?.sequence).toBe(2);
  });

  it('regression: latest passed over a candidate deleted by retention after a newer save, answering older or undefined (issue 11.1)', async () => {
    const writer = new CheckpointRegistry(root);
    const first = await writer.create(stateFor('r', 1));
    // The reader has read the index (head: sequence 1). Before it opens that file, the run saves
    // sequence 2 and retention deletes sequence 1.
    const fs = hookedFs('open', new RegExp(`${first.id}\\.json$`), async () => {
      await writer.create(stateFor('r', 2));
      const report = await writer.cleanup({ keepLast: 1 });
      expect(report.deleted.map((d) => d.sequence)).toEqual([1]);
    });
    const reader = new CheckpointRegistry(root, { fs });
    await reader.list({ run: 'r' }); // the reader's view now holds sequence 1 only
    expect((await reader.latest({ run: 'r' }))?.sequence).toBe(2);
  });
});

describe('locks (issue 11.2, 11.3, 11.11)', () => {
  it('regression: list, latest and fsck deleted lock files outside the root through a symlinked .locks (issue 11.2)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 1));
    const shared = join(dir, 'shared-locks');
    mkdirSync(shared);
    const old = new Date(Date.now() - 3_600_000);
    const theirs = [`${runLockName('r')}`, 'run-0123456789abcdef0123456789abcdef.lock', 'database.lock', 'index.lock'];
    for (const name of theirs) {
      writeFileSync(join(shared, name), 'held by another program\n');
      utimesSync(join(shared, name), old, old);
    }
    rmSync(join(root, '.locks'), { recursive: true });
    symlinkSync(shared, join(root, '.locks'));
    const fresh = new CheckpointRegistry(root);
    expect((await fresh.list()).length).toBe(1);
    expect((await fresh.latest({ run: 'r' }))?.sequence).toBe(1);
    const e = await errorOf(fresh.fsck());
    expect(e.code).toBe('E_IO');
    expect(e.message).toMatch(/symbolic link/);
    expect(readdirSync(shared).sort()).toEqual([...theirs].sort());
  });

  it('regression: fsck deleted foreign *.lock files in a real .locks folder (issue 11.3)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 1));
    const old = new Date(Date.now() - 3_600_000);
    for (const name of ['notes.lock', 'run-xyz.lock']) {
      writeFileSync(join(root, '.locks', name), 'mine\n');
      utimesSync(join(root, '.locks', name), old, old);
    }
    const report = await new CheckpointRegistry(root).fsck();
    expect(readFileSync(join(root, '.locks/notes.lock'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(root, '.locks/run-xyz.lock'))).toBe(true);
    expect(report.problems.filter((p) => p.kind === 'unexpected').map((p) => p.path).sort()).toEqual(['.locks/notes.lock', '.locks/run-xyz.lock']);
    expect(report.locks.broken).toEqual([]);
  });

  it("regression: breaking a stale lock could remove a third process's new lock (issue 11.11)", async () => {
    mkdirSync(join(root, '.locks'), { recursive: true });
    const dirAbs = join(root, '.locks');
    const manager = (now: () => number, fs: RegistryFs = nodeFs): LockManager =>
      new LockManager({ fs, dir: dirAbs, shownDir: '.locks', staleMs: 60_000, timeoutMs: 20_000, now, host: 'test-host', ensureDir: async () => undefined });
    const name = runLockName('r');
    const holder = await manager(Date.now).acquire(name, { purpose: 'save', run_id: 'r' });
    // The breaker sees the holder's lock as stale (its clock is an hour ahead: a holder stopped that long).
    // Right before it removes the lock, the holder wakes and releases it, and a third process takes it.
    let third: Promise<{ info: { token: string } }> | undefined;
    const breakerFs: RegistryFs = {
      ...nodeFs,
      unlink: async (p) => {
        if (p === join(dirAbs, name) && third === undefined) {
          const released = holder.release();
          third = released.then(() => manager(Date.now).acquire(name, { purpose: 'save', run_id: 'r' }));
          // Give them the chance they would have had; with the fix the release waits for our guard.
          await Promise.race([third, new Promise((resolve) => setTimeout(resolve, 300))]);
        }
        return nodeFs.unlink(p);
      },
    };
    const breaker = manager(() => Date.now() + 3_600_000, breakerFs);
    const state = await breaker.inspect(name);
    expect(state?.stale).toBe(true);
    await breaker.breakStale(state!);
    const thirdLock = await third!;
    const onDisk = JSON.parse(readFileSync(join(dirAbs, name), 'utf8')) as { token: string };
    expect(onDisk.token).toBe(thirdLock.info.token);
  });

  it("regression: a holder whose lock was broken and taken again under the same inode number removed the new holder's lock on release", async () => {
    mkdirSync(join(root, '.locks'), { recursive: true });
    const dirAbs = join(root, '.locks');
    const name = runLockName('r');
    // File systems reuse a deleted file's inode number at once (ext4 does): this layer shows every lock file of
    // this name under one number, so only the token tells them apart.
    const sameNumber = (s: RegistryStats): RegistryStats => ({ size: s.size, mtimeMs: s.mtimeMs, ino: 4242, dev: s.dev, isFile: () => s.isFile(), isDirectory: () => s.isDirectory(), isSymbolicLink: () => s.isSymbolicLink() });
    const fs: RegistryFs = {
      ...nodeFs,
      lstat: async (p) => (p === join(dirAbs, name) ? sameNumber(await nodeFs.lstat(p)) : nodeFs.lstat(p)),
      open: async (p, flags, mode) => {
        const h = await nodeFs.open(p, flags, mode);
        return p === join(dirAbs, name) ? { read: (...a) => h.read(...a), write: (...a) => h.write(...a), sync: () => h.sync(), close: () => h.close(), stat: async () => sameNumber(await h.stat()) } : h;
      },
    };
    const manager = (now: () => number): LockManager =>
      new LockManager({ fs, dir: dirAbs, shownDir: '.locks', staleMs: 60_000, timeoutMs: 20_000, now, host: 'test-host', ensureDir: async () => undefined });
    const stopped = await manager(Date.now).acquire(name, { purpose: 'save', run_id: 'r' });
    // An hour later (to the breaker's clock) the holder looks stopped: its lock is broken, and another writer takes it.
    const breaker = manager(() => Date.now() + 3_600_000);
    await breaker.breakStale((await breaker.inspect(name))!);
    const next = await manager(Date.now).acquire(name, { purpose: 'save', run_id: 'r' });
    await stopped.release();
    const onDisk = JSON.parse(readFileSync(join(dirAbs, name), 'utf8')) as { token: string };
    expect(onDisk.token).toBe(next.info.token);
    await next.release();
    expect(existsSync(join(dirAbs, name))).toBe(false);
  });
});

describe('unreadable and huge files (issue 11.4, 11.5)', () => {
  it('regression: an unreadable newest checkpoint made latest answer an older one instead of failing with E_IO (issue 11.4)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 1));
    const newest = await reg.create(stateFor('r', 2, { timestamp: '2025-01-15T00:00:00Z' }));
    for (const path of [new RegExp(`${newest.id}\\.json$`), /\/2025\/01\/[0-9a-f]{64}\.json$/]) {
      for (const code of ['EACCES', 'EIO', 'EMFILE']) {
        const fs = faultyFs([{ op: 'open', path, code }]);
        const e = await errorOf(new CheckpointRegistry(root, { fs }).latest({ run: 'r' }));
        expect(e.code).toBe('E_IO');
        expect(e.message).toContain(code);
      }
    }
  });

  it('regression: a file above the reader limit was called corrupt and quarantined by fsck (issue 11.5)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 1));
    const id = 'a'.repeat(64);
    const huge = join(root, '2024/03', `${id}.json`);
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, MAX_READ_BYTES + 1); // sparse: no disk space, and never read
    const report = await new CheckpointRegistry(root).fsck();
    const problem = report.problems.find((p) => p.path === `2024/03/${id}.json`);
    expect(problem).toMatchObject({ kind: 'unreadable', code: 'E_IO' });
    expect(problem?.message).toMatch(/too large for this reader/);
    expect(problem?.message).toContain(String(MAX_READ_BYTES));
    expect(problem?.quarantinedTo).toBeUndefined();
    expect(lstatSync(huge).size).toBe(MAX_READ_BYTES + 1);
    const e = await errorOf(reg.load(id));
    expect(e.code).toBe('E_IO');
    expect(e.message).toMatch(/too large for this reader/);
  });
});

describe('ckpt and files above the reader limit (issue 11.5, 11.10)', () => {
  it('regression: ckpt validate and ckpt hash of a file above the reader limit failed without saying so (issue 11.5)', () => {
    const huge = join(dir, 'huge.json');
    closeSync(openSync(huge, 'w'));
    truncateSync(huge, MAX_READ_BYTES + 1); // sparse: no disk space; the fix never reads it
    for (const command of ['validate', 'hash']) {
      const r = spawnSync(process.execPath, [join(REPO, 'bin/ckpt.js'), command, huge], { encoding: 'utf8' });
      expect(r.status, `${command}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(`${r.stdout}${r.stderr}`).toMatch(/too large for this reader/);
      expect(`${r.stdout}${r.stderr}`).toContain(String(MAX_READ_BYTES));
    }
  });
});

describe('index records and quarantine after failures (issue 11.6, 11.7)', () => {
  it('regression: a save failing with ENOSPC at the final newline of its record left a complete record (issue 11.6)', async () => {
    const seed = new CheckpointRegistry(root);
    await seed.create(stateFor('r', 0));
    // The disk holds all of the record but its final newline, then nothing more, until space is freed.
    let budget: number | undefined;
    const fs: RegistryFs = {
      ...nodeFs,
      open: async (p, flags, mode) => {
        const h = await nodeFs.open(p, flags, mode);
        if (!p.endsWith('log.jsonl')) return h;
        return {
          read: (b, o, l, pos) => h.read(b, o, l, pos),
          write: async (b, o, l, pos) => {
            if (budget === undefined) budget = l - 1;
            if (budget === 0) throw Object.assign(new Error('injected ENOSPC'), { code: 'ENOSPC' });
            const n = Math.min(l, budget);
            budget -= n;
            return h.write(b, o, n, pos);
          },
          sync: () => h.sync(),
          stat: () => h.stat(),
          close: () => h.close(),
        };
      },
    };
    const e = await errorOf(new CheckpointRegistry(root, { fs }).create(stateFor('r', 1, { timestamp: '2025-01-15T00:00:00Z' })));
    expect(e.code).toBe('E_IO');
    // Space is freed; the next save appends normally after the torn record.
    await new CheckpointRegistry(root).create(stateFor('other', 0));
    const listed = await new CheckpointRegistry(root).list();
    expect(listed.map((x) => `${x.run_id}/${x.sequence}`).sort()).toEqual(['other/0', 'r/0']);
  });

  it('regression: a quarantine killed while writing reason.json left it empty, and fsck never repaired it (issue 11.7)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 1));
    const q = join(root, '.quarantine');
    const bad = createCheckpoint(stateFor('r', 9));
    const text = serializeCheckpoint(bad).replace('"sequence":9', '"sequence":8');
    // Left by a quarantine killed after moving the file, with reason.json created but empty.
    mkdirSync(join(q, '20250101T000000Z-0000000a'), { recursive: true });
    writeFileSync(join(q, '20250101T000000Z-0000000a', `${bad.checkpoint_id}.json`), text);
    writeFileSync(join(q, '20250101T000000Z-0000000a', 'reason.json'), '');
    // Left by one killed before the move: a folder with no file, with or without its reason.
    mkdirSync(join(q, '20250101T000000Z-0000000b'));
    mkdirSync(join(q, '20250101T000000Z-0000000c'));
    writeFileSync(join(q, '20250101T000000Z-0000000c', 'reason.json'), '{"original_path":"2024/03/x.json"}\n');
    // Someone else's folder: left alone.
    mkdirSync(join(q, 'mine'));
    const report = await new CheckpointRegistry(root).fsck({ tmpGraceMs: 0 });
    expect(report.quarantine.reasonWritten).toEqual(['.quarantine/20250101T000000Z-0000000a']);
    expect(report.quarantine.removed).toEqual(['.quarantine/20250101T000000Z-0000000b', '.quarantine/20250101T000000Z-0000000c']);
    const reason = JSON.parse(readFileSync(join(q, '20250101T000000Z-0000000a', 'reason.json'), 'utf8')) as { code: string };
    expect(reason.code).toBe('E_HASH_MISMATCH');
    expect(readFileSync(join(q, '20250101T000000Z-0000000a', `${bad.checkpoint_id}.json`), 'utf8')).toBe(text);
    expect(readdirSync(q).sort()).toEqual(['20250101T000000Z-0000000a', 'mine']);
    const again = await new CheckpointRegistry(root).fsck({ tmpGraceMs: 0 });
    expect(again.quarantine).toEqual({ removed: [], reasonWritten: [] });
  });

  it('quarantine writes reason.json (temp file, rename) before it moves the file', async () => {
    const reg = new CheckpointRegistry(root);
    const a = await reg.create(stateFor('r', 1));
    writeFileSync(join(root, a.path), readFileSync(join(root, a.path), 'utf8').replace('"sequence":1', '"sequence":2'));
    const fs = faultyFs();
    await new CheckpointRegistry(root, { fs }).fsck();
    const renames = fs.calls.filter((c) => c.startsWith('rename ') && c.includes('.quarantine/'));
    expect(renames.map((c) => c.slice(c.lastIndexOf('/') + 1))).toEqual(['reason.json', `${a.id}.json`]);
  });
});

describe('fsck without an index, and dry runs (issue 10.1, 10.2)', () => {
  it('regression: fsck without .index/ folder rebuilds it (issue 10.1)', async () => {
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 1));
    await reg.create(stateFor('r', 2));
    rmSync(join(root, '.index'), { recursive: true });
    const report = await new CheckpointRegistry(root).fsck();
    expect(report.index).toMatchObject({ rewritten: true, missing: 2 });
    expect(existsSync(join(root, '.index/log.jsonl'))).toBe(true);
    expect((await new CheckpointRegistry(root).list()).length).toBe(2);
  });

  it('regression: fsck --dry-run wrote .index/, .locks/ and registry.json (issue 10.2)', async () => {
    const reg = new CheckpointRegistry(join(dir, 'src'));
    const a = await reg.create(stateFor('r', 1));
    // Checkpoint files copied by hand into a plain folder: no marker, no index, no locks.
    mkdirSync(join(root, '2024/03'), { recursive: true });
    writeFileSync(join(root, a.path), readFileSync(join(dir, 'src', a.path)));
    const before = snapshot(root);
    const report = await new CheckpointRegistry(root).fsck({ dryRun: true });
    expect(report.checked).toBe(1);
    expect(snapshot(root)).toEqual(before);
  });
});
