// Shared helpers for the registry tests: temp roots, tree snapshots (to prove "the registry is unchanged"),
// a fault-injecting file-system layer, checkpoint states, and a built dist/ for child processes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, lstatSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { isCheckpointError, LATEST_VERSION_STRING, nodeFs, type CheckpointError, type CheckpointState, type EngineSnapshot, type RegistryFs } from '../../src/index.js';
import type { RegistryEntry } from '../../src/registry/entry.js';
import { SAMPLE_STRATEGY, sampleSnapshot, sampleState } from '../fixtures/sample.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_INDEX = join(REPO, 'dist/src/index.js');
export const FIXTURES = join(REPO, 'tests/registry/fixtures');

/** A fresh temp folder; remove it with cleanupTemp. */
export function tempRoot(label = 'registry'): string {
  return mkdtempSync(join(tmpdir(), `ckpt-${label}-`));
}

export function cleanupTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** For every test of the file: a fresh temp folder and a registry root in it (not created), removed afterwards. */
export function tempRootPerTest(label: string, use: (dir: string, root: string) => void): void {
  let dir = '';
  beforeEach(() => {
    dir = tempRoot(label);
    use(dir, join(dir, 'reg'));
  });
  afterEach(() => cleanupTemp(dir));
}

/** The CheckpointError that a promise rejects with (or a function throws); anything else fails the test. */
export async function errorOf(p: Promise<unknown> | (() => unknown)): Promise<CheckpointError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (isCheckpointError(e)) return e;
    throw e;
  }
  throw new Error('expected a CheckpointError');
}

/** State of checkpoint `sequence` of `run`: the sample's portfolio, with no orders or feeds so any timestamp is consistent. */
export function stateFor(run: string, sequence: number, opts: { strategy?: string; timestamp?: string; salt?: string } = {}): CheckpointState {
  const s = sampleSnapshot();
  const snap: EngineSnapshot = {
    ...s,
    timestamp: opts.timestamp ?? s.timestamp,
    order_state: { orders: [], fills: [] },
    engine_state: { ...s.engine_state, feeds: {} },
    metadata: opts.salt === undefined ? {} : { salt: opts.salt },
  };
  return sampleState(snap, { ...SAMPLE_STRATEGY, name: opts.strategy ?? SAMPLE_STRATEGY.name }, { run, sequence });
}

/** Every entry under `dir` (files with a content hash, folders, links), as a sorted map: equal snapshots mean an unchanged tree. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const a = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const st = lstatSync(a);
      if (st.isSymbolicLink()) out.set(r, `link:${readlinkSync(a)}`);
      else if (st.isDirectory()) {
        out.set(r, 'dir');
        walk(a, r);
      } else out.set(r, `file:${createHash('sha256').update(readFileSync(a)).digest('hex')}`);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return out;
}

export type FsOp = keyof RegistryFs | 'write' | 'sync';

export interface Fault {
  /** Operation to fail. */
  readonly op: FsOp;
  /** errno code to fail with. */
  readonly code: string;
  /** Fail only when the path matches. */
  readonly path?: RegExp;
  /** Fail the n-th matching call (1-based); default: every matching call. */
  readonly nth?: number;
}

/** A RegistryFs that records every call and fails the ones a fault names. */
export function faultyFs(faults: Fault[] = [], base: RegistryFs = nodeFs): RegistryFs & { calls: string[]; faults: Fault[] } {
  const calls: string[] = [];
  const counts = new Map<Fault, number>();
  const state = { faults };
  const check = (op: FsOp, path: string): void => {
    calls.push(`${op} ${path}`);
    for (const f of state.faults) {
      if (f.op !== op || (f.path && !f.path.test(path))) continue;
      const n = (counts.get(f) ?? 0) + 1;
      counts.set(f, n);
      if (f.nth === undefined || f.nth === n) throw Object.assign(new Error(`injected ${f.code} on ${op} ${path}`), { code: f.code });
    }
  };
  const fs: RegistryFs & { calls: string[]; faults: Fault[] } = {
    calls,
    get faults() {
      return state.faults;
    },
    set faults(v: Fault[]) {
      state.faults = v;
    },
    open: async (path, flags, mode) => {
      check('open', path);
      const h = await base.open(path, flags, mode);
      return {
        read: (b, o, l, p) => h.read(b, o, l, p),
        write: async (b, o, l, p) => {
          check('write', path);
          return h.write(b, o, l, p);
        },
        sync: async () => {
          check('sync', path);
          return h.sync();
        },
        stat: () => h.stat(),
        close: () => h.close(),
      };
    },
    link: async (a, b) => (check('link', b), base.link(a, b)),
    rename: async (a, b) => (check('rename', b), base.rename(a, b)),
    unlink: async (p) => (check('unlink', p), base.unlink(p)),
    mkdir: async (p) => (check('mkdir', p), base.mkdir(p)),
    rmdir: async (p) => (check('rmdir', p), base.rmdir(p)),
    readdir: async (p) => (check('readdir', p), base.readdir(p)),
    lstat: async (p) => (check('lstat', p), base.lstat(p)),
    realpath: async (p) => (check('realpath', p), base.realpath(p)),
    utimes: async (p, a, m) => (check('utimes', p), base.utimes(p, a, m)),
  };
  return fs;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    const st = statSync(abs);
    if (st.isDirectory()) newest = Math.max(newest, newestMtime(abs));
    else if (name.endsWith('.ts')) newest = Math.max(newest, st.mtimeMs);
  }
  return newest;
}

/**
 * Child processes run the built library. After `npm ci` (prepare builds dist) it is there; when a source
 * file is newer than the build (a developer edited src and ran vitest), rebuild it once, under a lock so
 * test files running in parallel do not build at the same time.
 */
export function ensureDist(): void {
  const stale = (): boolean => {
    if (!existsSync(DIST_INDEX)) return true;
    const built = statSync(DIST_INDEX).mtimeMs;
    return ['src', 'migrations', 'generated'].some((d) => newestMtime(join(REPO, d)) > built);
  };
  if (!stale()) return;
  mkdirSync(join(REPO, 'node_modules/.cache'), { recursive: true });
  const lock = join(REPO, 'node_modules/.cache/registry-test-build.lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}; remove it if no test run is active`);
      execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    }
  }
  try {
    if (stale()) execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(REPO, 'tsconfig.build.json')], { cwd: REPO, stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

/** What the index tests draw to make an entry: an older version (its latest-format id), or a file not where its timestamp puts it. */
export interface EntryParts {
  readonly id: string;
  readonly ts: string;
  readonly created: string;
  readonly run: string;
  readonly strategy: string;
  readonly sequence: number;
  readonly older: string | null;
  readonly misplaced: boolean;
}

/** An index entry made of drawn parts (property tests of the snapshot and the row file). */
export function entryOf(r: EntryParts): RegistryEntry {
  return {
    id: r.id,
    path: r.misplaced ? `1999/01/${r.id}.json` : `${r.ts.slice(0, 4)}/${r.ts.slice(5, 7)}/${r.id}.json`,
    version: r.older === null ? LATEST_VERSION_STRING : '2.0',
    latest_format_id: r.older ?? r.id,
    strategy_name: r.strategy,
    run_id: r.run,
    sequence: r.sequence,
    timestamp: r.ts,
    created_at: r.created,
  };
}
