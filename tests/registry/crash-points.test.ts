// The exhaustive crash-point harness (issue 11, "Tests to adopt"). For each operation (save, gc, fsck with
// quarantine, rebuild, compact, and `ckpt upgrade --in-place --backup`), a child process runs it once under
// fixtures/crash-preload.mjs to count its mutating file-system calls; then, for every call k and both sides
// of it, a fresh copy of the same registry is given to a child that is SIGKILLed right before or right
// after call k. After every kill the invariants must hold:
//   - nothing acknowledged is lost: every checkpoint that existed (and that the operation may not delete),
//     and the saved one once the child said so, loads; latest is never below them;
//   - nothing is half-written: every file under a checkpoint name verifies, or is a corrupt file we planted;
//   - corrupt files are kept (in place or in the quarantine, byte for byte), valid files never quarantined;
//   - a later fsck repairs the rest: after it, a second fsck finds nothing to do and the index lists
//     exactly the verified files.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRegistry, createCheckpoint, downgrade, loadCheckpoint, serializeCheckpoint, upgrade } from '../../src/index.js';
import { runLockName } from '../../src/registry/layout.js';
import { DIST_INDEX, ensureDist, REPO, stateFor, tempRoot } from './helpers.js';

const PRELOAD = join(REPO, 'tests/registry/fixtures/crash-preload.mjs');
const OP_CHILD = join(REPO, 'tests/registry/fixtures/crash-op.mjs');
const CKPT = join(REPO, 'bin/ckpt.js');
/** A pid above any pid_max: never a running process, so a lock naming it is stale at once. */
const DEAD_PID = 4_194_303;
const CONCURRENCY = Math.max(2, availableParallelism());

interface Expectation {
  /** Checkpoint ids that must load after any kill. */
  readonly mustLoad: readonly string[];
  /** latest({ run: 'r' }) is at least this sequence after any kill. */
  readonly latestAtLeast: number;
  /** Corrupt files we planted: kept byte for byte, in place or in the quarantine. */
  readonly planted: readonly { readonly path: string; readonly bytes: Buffer }[];
  /** Once the child acknowledged, this id must load and be the latest (save). */
  readonly ackLoads?: boolean;
}

interface Scenario {
  readonly op: string;
  setup(root: string): Promise<Expectation>;
  /** argv of the child, after `node --import PRELOAD`. */
  argv(root: string): string[];
}

async function base(root: string, n = 4): Promise<string[]> {
  const reg = new CheckpointRegistry(root);
  const ids: string[] = [];
  for (let s = 1; s <= n; s++) ids.push((await reg.create(stateFor('r', s), { createdAt: new Date(Date.UTC(2024, 4, s)) })).id);
  return ids;
}

const registryOp = (op: string) => (root: string) => [OP_CHILD, DIST_INDEX, op, root];

const scenarios: Scenario[] = [
  {
    op: 'save',
    setup: async (root) => ({ mustLoad: await base(root), latestAtLeast: 4, planted: [], ackLoads: true }),
    argv: registryOp('save'),
  },
  {
    op: 'gc',
    // keepLast 2 deletes sequences 1 and 2: they may go, 3 and 4 must stay.
    setup: async (root) => ({ mustLoad: (await base(root)).slice(2), latestAtLeast: 4, planted: [] }),
    argv: registryOp('gc'),
  },
  {
    op: 'fsck',
    setup: async (root) => {
      const ids = await base(root, 3);
      // A valid checkpoint the index does not know, named as the intent of a dead writer's stale lock.
      const extra = createCheckpoint(stateFor('r', 4), { createdAt: new Date(Date.UTC(2024, 4, 4)) });
      const extraPath = `2024/03/${extra.checkpoint_id}.json`;
      writeFileSync(join(root, extraPath), serializeCheckpoint(extra));
      const lock = { lock: 1, pid: DEAD_PID, host: hostname(), token: 'f'.repeat(24), acquired_at: '2024-05-04T00:00:00.000Z', purpose: 'save', run_id: 'r', intent: extraPath };
      writeFileSync(join(root, '.locks', runLockName('r')), `${JSON.stringify(lock)}\n`);
      // A corrupt file (content edited after its id was computed): fsck quarantines it.
      const victim = createCheckpoint(stateFor('r', 7));
      const bad = Buffer.from(serializeCheckpoint(victim).replace('"sequence":7', '"sequence":8'), 'utf8');
      const badPath = `2024/03/${victim.checkpoint_id}.json`;
      writeFileSync(join(root, badPath), bad);
      // A temp file of a save killed long ago, and a quarantine killed after creating an empty reason.json.
      const tmp = join(root, `2024/03/.${'e'.repeat(64)}.${DEAD_PID}.abc123.tmp`);
      writeFileSync(tmp, '{"torn');
      const old = new Date(Date.now() - 7_200_000);
      utimesSync(tmp, old, old);
      const q = join(root, '.quarantine/20240101T000000Z-0000000a');
      mkdirSync(q, { recursive: true });
      writeFileSync(join(q, 'reason.json'), '');
      return { mustLoad: [...ids, extra.checkpoint_id], latestAtLeast: 4, planted: [{ path: badPath, bytes: bad }] };
    },
    argv: registryOp('fsck'),
  },
  {
    op: 'rebuild',
    setup: async (root) => ({ mustLoad: await base(root), latestAtLeast: 4, planted: [] }),
    argv: registryOp('rebuild'),
  },
  {
    op: 'compact',
    setup: async (root) => {
      const ids = await base(root);
      const reg = new CheckpointRegistry(root);
      await reg.delete(ids[0]!);
      return { mustLoad: ids.slice(1), latestAtLeast: 4, planted: [] };
    },
    argv: registryOp('compact'),
  },
];

interface Trial {
  readonly killed: boolean;
  readonly acked: boolean;
  readonly stdout: string;
}

function runChild(argv: string[], env: Record<string, string>): Promise<Trial> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', PRELOAD, ...argv], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const killed = error !== null && (error as { signal?: string }).signal === 'SIGKILL';
      if (error !== null && !killed) reject(new Error(`child failed: ${error.message}\n${stderr}`));
      else resolve({ killed, acked: /^ack\b/m.test(stdout), stdout });
    });
  });
}

/** Runs `fn` over `items`, `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

function checkpointFiles(root: string): string[] {
  const out: string[] = [];
  for (const y of readdirSync(root).filter((n) => /^[0-9]{4}$/.test(n))) {
    for (const m of readdirSync(join(root, y)).filter((n) => /^[0-9]{2}$/.test(n))) {
      for (const f of readdirSync(join(root, y, m)).filter((n) => /^[0-9a-f]{64}\.json$/.test(n))) out.push(`${y}/${m}/${f}`);
    }
  }
  return out;
}

function verifies(bytes: Buffer, name: string): boolean {
  try {
    return loadCheckpoint(bytes).original.id === name.slice(0, 64);
  } catch {
    return false;
  }
}

function quarantined(root: string): { folder: string; name: string; bytes: Buffer }[] {
  const q = join(root, '.quarantine');
  if (!existsSync(q)) return [];
  return readdirSync(q).flatMap((folder) =>
    readdirSync(join(q, folder))
      .filter((n) => /^[0-9a-f]{64}\.json$/.test(n))
      .map((name) => ({ folder, name, bytes: readFileSync(join(q, folder, name)) })),
  );
}

/** The invariants after a kill; returns a description of the first one broken, or undefined. */
async function check(root: string, exp: Expectation, trial: Trial): Promise<string | undefined> {
  const savedId = /^ack ([0-9a-f]{64})$/m.exec(trial.stdout)?.[1];
  const planted = new Map(exp.planted.map((p) => [p.path, p.bytes]));
  for (const rel of checkpointFiles(root)) {
    const bytes = readFileSync(join(root, rel));
    const mine = planted.get(rel);
    if (mine !== undefined && mine.equals(bytes)) continue;
    if (!verifies(bytes, rel.slice(8))) return `half-written or corrupt file ${rel}`;
  }
  const inQuarantine = quarantined(root);
  for (const q of inQuarantine) if (verifies(q.bytes, q.name)) return `valid file quarantined: ${q.folder}/${q.name}`;
  for (const p of exp.planted) {
    const kept = (existsSync(join(root, p.path)) && readFileSync(join(root, p.path)).equals(p.bytes)) || inQuarantine.some((q) => q.bytes.equals(p.bytes));
    if (!kept) return `corrupt file ${p.path} lost`;
  }
  const reader = new CheckpointRegistry(root);
  const must = [...exp.mustLoad, ...(trial.acked && exp.ackLoads && savedId !== undefined ? [savedId] : [])];
  for (const id of must) {
    try {
      await reader.load(id);
    } catch (e) {
      return `acknowledged checkpoint ${id} does not load: ${(e as Error).message}`;
    }
  }
  const latest = await reader.latest({ run: 'r' });
  const floor = trial.acked && exp.ackLoads ? 9 : exp.latestAtLeast;
  if (latest === undefined || latest.sequence < floor) return `latest is ${latest?.sequence} below ${floor}`;
  // Recovery: one fsck repairs; a second has nothing left to do.
  await new CheckpointRegistry(root).fsck({ tmpGraceMs: 0 });
  const second = await new CheckpointRegistry(root).fsck({ tmpGraceMs: 0 });
  const leftovers = [
    ...second.problems.map((p) => `${p.kind} ${p.path}`),
    ...second.tempFiles.swept,
    ...second.locks.broken,
    ...second.quarantine.removed,
    ...second.quarantine.reasonWritten,
    ...(second.index.rewritten ? ['index rewritten again'] : []),
  ];
  if (leftovers.length > 0) return `a second fsck still found: ${leftovers.join(', ')}`;
  const listed = new Set((await new CheckpointRegistry(root).list()).map((e) => e.path));
  const files = checkpointFiles(root);
  if (listed.size !== files.length || files.some((f) => !listed.has(f))) return `the index lists ${[...listed].join(',')} but the files are ${files.join(',')}`;
  for (const q of quarantined(root)) {
    try {
      JSON.parse(readFileSync(join(root, '.quarantine', q.folder, 'reason.json'), 'utf8'));
    } catch {
      return `quarantine folder ${q.folder} has no readable reason.json after fsck`;
    }
  }
  if (existsSync(join(root, '.index/log.jsonl.seal'))) return 'index seal left after recovery';
  const locks = readdirSync(join(root, '.locks'));
  if (locks.length > 0) return `locks left after recovery: ${locks.join(', ')}`;
  return undefined;
}

const results: string[] = [];
let workDir: string;
beforeAll(() => {
  ensureDist();
  workDir = tempRoot('crash-points');
}, 300_000);
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  console.log(`crash points: ${results.join('; ')}`);
});

async function countCalls(argv: string[], crashRoot: string, label: string): Promise<number> {
  const countFile = join(workDir, `${label}.count.json`);
  const trial = await runChild(argv, { CRASH_ROOT: crashRoot, CRASH_COUNT_FILE: countFile });
  expect(trial.acked || trial.stdout === '').toBe(true);
  return (JSON.parse(readFileSync(countFile, 'utf8')) as { count: number }).count;
}

describe('SIGKILL before and after every mutating file-system call', () => {
  for (const scenario of scenarios) {
    it(`${scenario.op}: every crash point keeps the invariants`, async () => {
      const started = Date.now();
      const template = join(workDir, `${scenario.op}-template`);
      const exp = await scenario.setup(template);
      const counting = join(workDir, `${scenario.op}-count`);
      cpSync(template, counting, { recursive: true, preserveTimestamps: true });
      const n = await countCalls(scenario.argv(counting), counting, scenario.op);
      expect(n).toBeGreaterThan(5);
      const points = Array.from({ length: n }, (_, i) => i + 1).flatMap((k) => [{ k, when: 'before' }, { k, when: 'after' }]);
      const failures: string[] = [];
      await pool(points, CONCURRENCY, async ({ k, when }) => {
        const root = join(workDir, `${scenario.op}-${k}-${when}`);
        cpSync(template, root, { recursive: true, preserveTimestamps: true });
        const trial = await runChild(scenario.argv(root), { CRASH_ROOT: root, CRASH_AT: String(k), CRASH_WHEN: when });
        if (!trial.killed) failures.push(`${when} call ${k}: the child was not killed`);
        const broken = await check(root, exp, trial);
        if (broken !== undefined) failures.push(`${when} call ${k}: ${broken}`);
        else rmSync(root, { recursive: true, force: true });
      });
      results.push(`${scenario.op} ${points.length} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(failures.join("\n")).toBe("");
    }, 600_000);
  }

  it('ckpt upgrade --in-place --backup: every crash point leaves the old file or the upgraded one, and a whole backup', async () => {
    const started = Date.now();
    const doc = createCheckpoint(stateFor('r', 1));
    const old = Buffer.from(`${JSON.stringify(downgrade(doc, { to: 2, allowLoss: true }).document, null, 2)}\n`, 'utf8');
    const upgradedId = upgrade(old).document.checkpoint_id as string;
    const template = join(workDir, 'upgrade-template');
    mkdirSync(template);
    writeFileSync(join(template, 'day-1.json'), old);
    const argv = (dir: string): string[] => [CKPT, 'upgrade', '--in-place', '--backup', join(dir, 'day-1.json')];
    const counting = join(workDir, 'upgrade-count');
    cpSync(template, counting, { recursive: true });
    const n = await countCalls(argv(counting), counting, 'upgrade');
    expect(n).toBeGreaterThan(2);
    const failures: string[] = [];
    const points = Array.from({ length: n }, (_, i) => i + 1).flatMap((k) => [{ k, when: 'before' }, { k, when: 'after' }]);
    await pool(points, CONCURRENCY, async ({ k, when }) => {
      const dir = join(workDir, `upgrade-${k}-${when}`);
      cpSync(template, dir, { recursive: true });
      const trial = await runChild(argv(dir), { CRASH_ROOT: dir, CRASH_AT: String(k), CRASH_WHEN: when });
      if (!trial.killed) failures.push(`${when} call ${k}: the child was not killed`);
      const now = readFileSync(join(dir, 'day-1.json'));
      if (!now.equals(old)) {
        let id: string | undefined;
        try {
          const r = loadCheckpoint(now);
          id = r.original.id;
        } catch {
          id = undefined;
        }
        if (id !== upgradedId) failures.push(`${when} call ${k}: day-1.json is neither the old file nor the upgraded one`);
      }
      const bak = join(dir, 'day-1.json.bak');
      if (existsSync(bak) && !readFileSync(bak).equals(old)) failures.push(`${when} call ${k}: day-1.json.bak is not the old file`);
      if (!now.equals(old) && !existsSync(bak)) failures.push(`${when} call ${k}: replaced without a backup`);
      if (failures.length === 0) rmSync(dir, { recursive: true, force: true });
    });
    results.push(`upgrade ${points.length} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(failures.join("\n")).toBe("");
  }, 600_000);
});
