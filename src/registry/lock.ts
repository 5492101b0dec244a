// Writer locks (spec/registry.md §"Locks"): a lock is a small JSON file created with O_CREAT|O_EXCL, so
// exactly one process can hold it. It records who holds it (pid, host, random token) and what the holder
// is about to write (the intent), so a crashed writer's lock can be recognised as stale and its intent
// reconciled. Holders refresh the file's mtime; a lock is stale when its holder is a dead process on this
// host, or when it has not been refreshed for `staleMs`.
//
// Removing a lock file, whether its holder releases it or another process breaks it as stale, happens only
// under a second O_EXCL file, the break guard `{name}.break`, and only after re-reading the lock's inode
// and token under that guard. Creating a lock needs no guard: it links a new file to a free name. So
// between the check and the unlink nobody else can remove the checked file, and nobody can create a new
// one at its name (the name is taken): the unlink removes exactly the file that was checked, never a third
// process's new lock. The only exception is a guard holder stopped for longer than `staleMs` between those
// two calls, whose guard is then broken as stale (lease-based locks cannot do better without kernel locks).
//
// Only names the registry makes are its own (spec/registry.md §"Locks"): nothing else in the locks folder
// is read, broken or removed, and a locks folder that is a symbolic link is never used.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CheckpointError } from '../errors/index.js';
import { isRealDir, NO_HARD_LINKS, unlinkQuiet, writeTempFile } from './atomic.js';
import { errnoCode, O_CREATE_EXCL, O_NOFOLLOW, O_RDONLY, readAll, writeAll, type RegistryFs } from './fs.js';
import { io } from './io-error.js';
import { LOCK_GUARD_NAME, LOCK_NAME } from './layout.js';

export interface LockInfo {
  readonly lock: 1;
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly acquired_at: string;
  /** What the holder does: 'save', 'delete', 'cleanup', 'index'. */
  readonly purpose: string;
  readonly run_id?: string;
  /** Relative path of the checkpoint the holder is writing, for crash recovery. */
  readonly intent?: string;
}

export interface LockState {
  readonly name: string;
  /** Parsed content; undefined when the file is empty or unreadable (a holder killed while writing it). */
  readonly info: LockInfo | undefined;
  readonly ino: number;
  readonly ageMs: number;
  readonly stale: boolean;
  /** Why it is stale, or who holds it. */
  readonly reason: string;
}

export interface LockManagerOptions {
  readonly fs: RegistryFs;
  /** Absolute path of the locks folder. */
  readonly dir: string;
  /** Path of the locks folder as shown in messages. */
  readonly shownDir: string;
  readonly staleMs: number;
  readonly timeoutMs: number;
  readonly now: () => number;
  readonly host: string;
  /** Creates the locks folder when missing. */
  readonly ensureDir: () => Promise<void>;
}

export interface HeldLock {
  readonly name: string;
  readonly info: LockInfo;
  release(): Promise<void>;
}

/** An unparseable lock file is a holder killed between creating and writing it: stale after this long. */
const EMPTY_LOCK_GRACE_MS = 2_000;

export function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}

function parseInfo(text: string): LockInfo | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockInfo>;
    if (v && typeof v === 'object' && typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string') return v as LockInfo;
  } catch {
    // fall through: an empty or torn lock file
  }
  return undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class LockManager {
  constructor(private readonly o: LockManagerOptions) {}

  private path(name: string): string {
    return join(this.o.dir, name);
  }

  /** Reads a lock's state; undefined when no such lock exists. */
  async inspect(name: string): Promise<LockState | undefined> {
    const { fs } = this.o;
    let handle;
    try {
      handle = await fs.open(this.path(name), O_RDONLY | O_NOFOLLOW);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return undefined;
      throw e;
    }
    try {
      const st = await handle.stat();
      const text = (await readAll(handle, Math.min(st.size, 64 * 1024))).toString('utf8');
      const info = parseInfo(text);
      const ageMs = this.o.now() - st.mtimeMs;
      let stale = false;
      let reason: string;
      if (info === undefined) {
        stale = ageMs > Math.min(this.o.staleMs, EMPTY_LOCK_GRACE_MS);
        reason = stale ? 'its holder died before recording itself' : 'its holder is recording itself';
      } else if (info.host === this.o.host && info.pid !== process.pid && !pidAlive(info.pid)) {
        stale = true;
        reason = `its holder, process ${info.pid} on this host, is no longer running`;
      } else if (ageMs > this.o.staleMs) {
        stale = true;
        reason = `its holder (process ${info.pid} on ${info.host}) has not refreshed it for ${Math.round(ageMs / 1000)} s`;
      } else {
        reason = `held by process ${info.pid} on ${info.host} for ${info.purpose}${info.run_id !== undefined ? ` of run ${JSON.stringify(info.run_id)}` : ''} since ${info.acquired_at}`;
      }
      return { name, info, ino: st.ino, ageMs, stale, reason };
    } finally {
      await handle.close();
    }
  }

  /**
   * Names of the registry's lock files present (not break guards, not foreign files). Throws ELOOP when the
   * locks folder is a symbolic link: the folder it points to is not the registry's.
   */
  async names(): Promise<string[]> {
    if (!(await isRealDir(this.o.fs, this.o.dir))) return [];
    const entries = await this.o.fs.readdir(this.o.dir);
    return entries.filter((d) => d.isFile() && LOCK_NAME.test(d.name)).map((d) => d.name);
  }

  /**
   * Acquires lock `name`, waiting up to the timeout while another live writer holds it and breaking it
   * when stale. `onStale` runs (under the break guard) before a stale lock is removed, so its holder's
   * intent can be reconciled first.
   */
  async acquire(
    name: string,
    details: { purpose: string; run_id?: string; intent?: string },
    onStale?: (state: LockState) => Promise<void>,
    timeoutMs = this.o.timeoutMs,
  ): Promise<HeldLock> {
    const { fs } = this.o;
    const shown = `${this.o.shownDir}/${name}`;
    const info: LockInfo = {
      lock: 1,
      pid: process.pid,
      host: this.o.host,
      token: randomBytes(12).toString('hex'),
      acquired_at: new Date(this.o.now()).toISOString(),
      ...details,
    };
    const bytes = Buffer.from(`${JSON.stringify(info)}\n`, 'utf8');
    const started = Date.now();
    let delay = 2;
    let last: LockState | undefined;
    await io('create the locks folder', this.o.shownDir, () => this.o.ensureDir());
    for (;;) {
      try {
        await this.createExclusive(name, bytes);
        return this.held(name, info, (await fs.lstat(this.path(name))).ino);
      } catch (e) {
        if (errnoCode(e) !== 'EEXIST') throw await io('create the lock', shown, () => Promise.reject(e));
      }
      last = await io('read the lock', shown, () => this.inspect(name));
      if (last === undefined) continue;
      if (last.stale) {
        await this.breakStale(last, onStale);
        continue;
      }
      if (Date.now() - started >= timeoutMs) {
        throw new CheckpointError({
          code: 'E_LOCKED',
          message: `${shown} is ${last.reason}; gave up after waiting ${timeoutMs} ms`,
          hint: `retry when that writer is done; if no such writer is running, the lock becomes stale after ${this.o.staleMs} ms without refresh (or run fsck)`,
        });
      }
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 50);
    }
  }

  /** Breaks lock `state` if it is still the same stale lock; returns true when it was removed. */
  async breakStale(state: LockState, onStale?: (state: LockState) => Promise<void>): Promise<boolean> {
    if (!LOCK_NAME.test(state.name)) return false;
    const done = await this.underGuard(state.name, async () => {
      const same = (s: LockState | undefined): s is LockState => s !== undefined && s.stale && s.ino === state.ino && s.info?.token === state.info?.token;
      const again = await this.inspect(state.name);
      if (!same(again)) return false;
      if (onStale) {
        await onStale(again);
        // The intent's recovery may take a while: the removal below must follow a check without a wait.
        if (!same(await this.inspect(state.name))) return false;
      }
      await unlinkQuiet(this.o.fs, this.path(state.name));
      return true;
    });
    return done ?? false;
  }

  /**
   * Runs `fn` holding the break guard of lock `name`; undefined (fn not run) when another process holds
   * the guard. A guard left by a dead process, or older than staleMs, is cleared first.
   */
  private async underGuard<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
    const { fs } = this.o;
    if (!(await isRealDir(fs, this.o.dir))) return undefined;
    const guard = this.path(`${name}.break`);
    const guardInfo: LockInfo = { lock: 1, pid: process.pid, host: this.o.host, token: randomBytes(12).toString('hex'), acquired_at: new Date(this.o.now()).toISOString(), purpose: 'break' };
    try {
      await this.createExclusive(`${name}.break`, Buffer.from(`${JSON.stringify(guardInfo)}\n`, 'utf8'));
    } catch (e) {
      if (errnoCode(e) !== 'EEXIST') throw e;
      await this.clearDeadGuard(guard);
      return undefined;
    }
    try {
      return await fn();
    } finally {
      await unlinkQuiet(fs, guard).catch(() => undefined);
    }
  }

  /** Removes the break guards whose holder died (fsck); returns their names. */
  async sweepDeadGuards(): Promise<string[]> {
    if (!(await isRealDir(this.o.fs, this.o.dir))) return [];
    const removed: string[] = [];
    for (const d of await this.o.fs.readdir(this.o.dir)) {
      if (!d.isFile() || !LOCK_GUARD_NAME.test(d.name)) continue;
      if (await this.clearDeadGuard(this.path(d.name))) removed.push(d.name);
    }
    return removed;
  }

  /** A break guard whose writer died (killed mid-break) would block breaking forever: remove it when dead or old. */
  private async clearDeadGuard(guard: string): Promise<boolean> {
    const { fs } = this.o;
    try {
      const st = await fs.lstat(guard);
      let dead = this.o.now() - st.mtimeMs > this.o.staleMs;
      if (!dead) {
        const handle = await fs.open(guard, O_RDONLY | O_NOFOLLOW);
        try {
          const holder = parseInfo((await readAll(handle, st.size)).toString('utf8'));
          dead = holder === undefined ? this.o.now() - st.mtimeMs > EMPTY_LOCK_GRACE_MS : holder.host === this.o.host && holder.pid !== process.pid && !pidAlive(holder.pid);
        } finally {
          await handle.close();
        }
      }
      if (dead) await unlinkQuiet(fs, guard);
      return dead;
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw e;
      return false;
    }
  }

  /**
   * Creates lock file `name` holding `bytes`, failing with EEXIST when it exists. The content goes into a
   * temp file created with O_EXCL first and is then hard-linked to the lock name, so a lock is never seen
   * empty, even when its writer is killed halfway. File systems without hard links get a direct O_EXCL
   * create and write (an empty lock there is stale after a short grace).
   */
  private async createExclusive(name: string, bytes: Uint8Array): Promise<void> {
    const { fs } = this.o;
    const path = this.path(name);
    const tmp = this.path(`.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    // No fsync: a lock only matters while its holder runs, and after a power loss every holder is gone.
    await writeTempFile(fs, tmp, bytes, false);
    try {
      const t = new Date(this.o.now());
      await fs.utimes(tmp, t, t);
      try {
        await fs.link(tmp, path);
        return;
      } catch (e) {
        if (!NO_HARD_LINKS.has(errnoCode(e) ?? '')) throw e;
      }
    } finally {
      await unlinkQuiet(fs, tmp).catch(() => undefined);
    }
    const handle = await fs.open(path, O_CREATE_EXCL, 0o644);
    try {
      await writeAll(handle, bytes, 0);
    } catch (e) {
      await handle.close().catch(() => undefined);
      await unlinkQuiet(fs, path).catch(() => undefined);
      throw e;
    }
    await handle.close();
    const t = new Date(this.o.now());
    await fs.utimes(path, t, t);
  }

  private held(name: string, info: LockInfo, ino: number): HeldLock {
    const { fs } = this.o;
    const path = this.path(name);
    // Long holders refresh the lock so others can tell a slow writer from a dead one.
    const timer = setInterval(() => {
      const t = new Date(this.o.now());
      fs.utimes(path, t, t).catch(() => undefined);
    }, Math.max(50, Math.floor(this.o.staleMs / 3)));
    timer.unref();
    let released = false;
    return {
      name,
      info,
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(timer);
        // Remove it only if it is still ours (a lock broken as stale may have been taken by another writer),
        // checked and removed under the break guard so no breaker removes it between the two.
        const started = Date.now();
        for (let delay = 1; ; delay = Math.min(delay * 2, 50)) {
          const before = await fs.lstat(path).catch(() => undefined);
          if (before?.ino !== ino) return; // gone, or broken as stale and taken by another writer
          const done = await this.underGuard(name, async () => {
            // The token too: a lock broken as stale and taken by another writer may have this lock's inode number
            // (file systems reuse a deleted file's number at once).
            const now = await this.inspect(name).catch(() => undefined);
            if (now?.ino === ino && now.info?.token === info.token) await unlinkQuiet(fs, path);
            return true;
          }).catch(() => true);
          // Given up after the lock timeout: the file is then stale (no longer refreshed) and broken by others.
          if (done === true || Date.now() - started > this.o.timeoutMs) return;
          await sleep(delay);
        }
      },
    };
  }
}
