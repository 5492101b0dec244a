// The registry commands end to end (ls, latest, rm, gc, fsck) and registry ids in show and diff, on a registry
// built with the library's CheckpointRegistry.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRegistry, type CheckpointState, type RegistryEntry } from '../../src/index.js';
import { sampleState } from '../fixtures/sample.js';
import { ckpt, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
let entries: RegistryEntry[];
const REG = 'reg';

function stateFor(run: string, sequence: number, day: number, strategy = 'sma_crossover'): CheckpointState {
  const s = sampleState();
  return {
    ...s,
    strategy_name: strategy,
    run_id: run,
    sequence,
    timestamp: `2024-03-${String(day).padStart(2, '0')}T20:00:00Z`,
    order_state: { ...s.order_state, orders: [], fills: [] },
    engine_state: { ...s.engine_state, feeds: {} },
  };
}

/** A fresh copy of the fixture registry, so tests that delete do not disturb the others. */
async function makeRegistry(name: string): Promise<CheckpointRegistry> {
  const r = new CheckpointRegistry(join(dir, name));
  for (let seq = 0; seq < 4; seq++) await r.create(stateFor('bt-a', seq, 10 + seq), { createdAt: `2024-04-0${seq + 1}T00:00:00Z` });
  for (let seq = 0; seq < 2; seq++) await r.create(stateFor('bt-b', seq, 12 + seq, 'mean_revert'), { createdAt: `2024-04-0${seq + 5}T00:00:00Z` });
  return r;
}

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  entries = await (await makeRegistry(REG)).list();
});
afterAll(() => cleanup());

const idsOf = (run: string): string[] => entries.filter((e) => e.run_id === run).map((e) => e.id);

describe('ckpt ls', () => {
  it('lists every checkpoint in backtest-time order as a table', () => {
    const r = ckpt(['ls', '--registry', REG], { cwd: dir });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^timestamp +run +seq +strategy +format +id$/);
    expect(lines.slice(1).map((l) => l.split(/ +/)[0])).toEqual([
      '2024-03-10T20:00:00Z',
      '2024-03-11T20:00:00Z',
      '2024-03-12T20:00:00Z',
      '2024-03-12T20:00:00Z',
      '2024-03-13T20:00:00Z',
      '2024-03-13T20:00:00Z',
    ]);
    for (const e of entries) expect(r.stdout).toContain(e.id);
  });

  it('filters by run, strategy and time, newest first with a limit, as JSON or bare ids', () => {
    const json = JSON.parse(ckpt(['ls', '--registry', REG, '--run', 'bt-a', '--desc', '--limit', '2', '--json'], { cwd: dir }).stdout) as RegistryEntry[];
    expect(json.map((e) => e.sequence)).toEqual([3, 2]);
    expect(Object.keys(json[0]!)).toEqual(expect.arrayContaining(['id', 'path', 'version', 'strategy_name', 'run_id', 'sequence', 'timestamp', 'created_at']));
    const ids = ckpt(['ls', '--registry', REG, '--strategy', 'mean_revert', '--ids'], { cwd: dir }).stdout;
    expect(ids).toBe(
      idsOf('bt-b')
        .map((id) => `${id}\n`)
        .join(''),
    );
    const march11 = ckpt(['ls', '--registry', REG, '--since', '2024-03-11', '--until', '2024-03-12', '--ids'], { cwd: dir }).stdout;
    expect(march11.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads the registry from CKPT_REGISTRY, and prints nothing when nothing matches', () => {
    const r = ckpt(['ls', '--run', 'no-such-run'], { cwd: dir, env: { CKPT_REGISTRY: REG } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('refuses a registry that does not exist, a bad limit and a bad time with exit 2', () => {
    const none = ckpt(['ls', '--registry', 'nowhere'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      'ckpt ls: error E_NO_INPUT: there is no checkpoint registry at nowhere (give its folder with --registry DIR or CKPT_REGISTRY; the default is data/checkpoints)\n',
    );
    expect(ckpt(['ls', '--registry', REG, '--limit', 'ten'], { cwd: dir }).stderr).toMatch(/^ckpt ls: error E_USAGE: --limit must be a whole number/);
    const time = ckpt(['ls', '--registry', REG, '--since', 'yesterday'], { cwd: dir });
    expect(time.status).toBe(2);
    expect(time.stderr).toMatch(
      /^ckpt ls: error E_USAGE: --since must be a date or time such as 2024-03-15 or 2024-03-15T16:00:00Z; "yesterday" is not an ISO 8601 date and time/,
    );
    const month = ckpt(['ls', '--registry', REG, '--until', '2024-13-01'], { cwd: dir });
    expect(month.stderr).toMatch(/"2024-13-01" has month 13/);
  });
});

describe('ckpt latest', () => {
  it('prints the id (or path, or entry) of the newest checkpoint of a run or strategy', () => {
    const a = ckpt(['latest', '--registry', REG, '--run', 'bt-a'], { cwd: dir });
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(`${idsOf('bt-a')[3]}\n`);
    const path = ckpt(['latest', '--registry', REG, '--strategy', 'mean_revert', '--path'], { cwd: dir }).stdout.trim();
    expect(existsSync(join(dir, path))).toBe(true);
    expect(path).toContain(idsOf('bt-b')[1]!);
    const entry = JSON.parse(ckpt(['latest', '--registry', REG, '--run', 'bt-b', '--json'], { cwd: dir }).stdout) as RegistryEntry;
    expect(entry.sequence).toBe(1);
  });

  it('exits 2 (E_NOT_FOUND, as in every command) when there is none, and 2 without a selector', () => {
    const none = ckpt(['latest', '--registry', REG, '--run', 'nope'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^ckpt latest: error E_NOT_FOUND: the registry at reg has no run "nope"/);
    const both = ckpt(['latest', '--registry', REG], { cwd: dir });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/give exactly one of --run RUN or --strategy NAME/);
  });
});

describe('registry ids in show and diff', () => {
  it('shows a checkpoint by a unique id prefix', () => {
    const id = idsOf('bt-a')[0]!;
    const r = ckpt(['show', '--registry', REG, id.slice(0, 10)], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`checkpoint      ${id}\n`);
  });

  it('diffs two registry checkpoints', () => {
    const [a, b] = idsOf('bt-a');
    const r = ckpt(['diff', '--registry', REG, '--json', a!, b!.slice(0, 8)], { cwd: dir });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { header: { field: string }[] }).header.map((h) => h.field)).toEqual(['sequence', 'timestamp']);
  });

  it('reports an unknown id with exit 2', () => {
    const r = ckpt(['show', '--registry', REG, 'abcdef0123'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ckpt show: error E_NOT_FOUND: the registry at reg holds no checkpoint abcdef0123/);
    const noRegistry = ckpt(['show', 'abcdef0123'], { cwd: dir });
    expect(noRegistry.stderr).toMatch(
      /^ckpt show: error E_NO_INPUT: abcdef0123: no such file, and there is no checkpoint registry at data\/checkpoints to look it up as an id/,
    );
  });
});

describe('ckpt rm', () => {
  it('deletes by id prefix, says so, and the checkpoint is gone', async () => {
    await makeRegistry('rm');
    const before = JSON.parse(ckpt(['ls', '--registry', 'rm', '--json'], { cwd: dir }).stdout) as RegistryEntry[];
    const victim = before[0]!;
    const dry = ckpt(['rm', '--registry', 'rm', '--dry-run', victim.id.slice(0, 12)], { cwd: dir });
    expect(dry.stderr).toMatch(/^would delete /);
    expect(existsSync(join(dir, 'rm', victim.path))).toBe(true);
    const r = ckpt(['rm', '--registry', 'rm', victim.id.slice(0, 12), 'ffffff0000'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^deleted ${victim.id}  ${victim.path}  run "bt-a" seq 0\\nckpt rm: error E_NOT_FOUND: the registry at rm holds no checkpoint ffffff0000`),
    );
    expect(existsSync(join(dir, 'rm', victim.path))).toBe(false);
    expect(ckpt(['ls', '--registry', 'rm', '--ids'], { cwd: dir }).stdout).not.toContain(victim.id);
  });
});

describe('ckpt gc', () => {
  it('prints the plan with --dry-run and deletes nothing, then applies it', async () => {
    await makeRegistry('gc');
    const dry = ckpt(['gc', '--registry', 'gc', '--keep-last', '1', '--dry-run'], { cwd: dir });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/^cleanup \(dry run\) at .* with policy \{"keepLast":1\}\n/);
    expect(dry.stdout).toMatch(/\n4 would delete, 2 kept, 0 skipped \(failed verification\)\n$/);
    expect(ckpt(['ls', '--registry', 'gc', '--ids'], { cwd: dir }).stdout.trimEnd().split('\n')).toHaveLength(6);
    const real = ckpt(['gc', '--registry', 'gc', '--keep-last', '1', '--json'], { cwd: dir });
    expect((JSON.parse(real.stdout) as { deleted: unknown[] }).deleted).toHaveLength(4);
    expect(ckpt(['ls', '--registry', 'gc', '--ids'], { cwd: dir }).stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('needs a policy, and understands durations', () => {
    expect(ckpt(['gc', '--registry', REG], { cwd: dir }).stderr).toMatch(/E_USAGE: give a retention policy/);
    expect(ckpt(['gc', '--registry', REG, '--keep-every', 'weekly'], { cwd: dir }).stderr).toMatch(
      /--keep-every must be a duration such as 6h or 1d, not "weekly"/,
    );
    expect(ckpt(['gc', '--registry', REG, '--keep-last', '0'], { cwd: dir }).stderr).toMatch(/E_USAGE: --keep-last must be a whole number ≥ 1, not "0"/);
    expect(ckpt(['gc', '--registry', REG, '--keep-last', '-1'], { cwd: dir }).stderr).toMatch(
      /E_USAGE: --keep-last needs a value; to give one that starts with "-", write --keep-last=-…/,
    );
    const plan = ckpt(['gc', '--registry', REG, '--keep-every', '2d', '--dry-run', '--json'], { cwd: dir });
    expect((JSON.parse(plan.stdout) as { policy: unknown }).policy).toEqual({ keepEvery: { days: 2 } });
  });
});

describe('ckpt fsck', () => {
  it('is clean on a good registry, and ckpt validate checks its files but not its marker', () => {
    const r = ckpt(['fsck', '--registry', REG], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fsck \S*reg: 6 checkpoint files, 6 verified, clean\n$/);
    expect(ckpt(['validate', REG], { cwd: dir }).stdout).toBe('✓ 6 files valid\n');
  });

  it('finds a corrupt file, reports it with exit 1, and quarantines it unless --dry-run', async () => {
    await makeRegistry('bad');
    const victim = (JSON.parse(ckpt(['ls', '--registry', 'bad', '--json'], { cwd: dir }).stdout) as RegistryEntry[])[0]!;
    const file = join(dir, 'bad', victim.path);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"84250.75"', '"84250.76"'));
    const dry = ckpt(['fsck', '--registry', 'bad', '--dry-run'], { cwd: dir });
    expect(dry.status).toBe(1);
    expect(dry.stdout).toContain(`\n  corrupt: ${victim.path}: `);
    expect(existsSync(file)).toBe(true);
    const real = ckpt(['fsck', '--registry', 'bad', '--json'], { cwd: dir });
    expect(real.status).toBe(1);
    const report = JSON.parse(real.stdout) as { clean: boolean; problems: { kind: string; quarantinedTo?: string }[] };
    expect(report.clean).toBe(false);
    expect(report.problems[0]!.kind).toBe('corrupt');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(join(dir, 'bad', '.quarantine')).length).toBeGreaterThan(0);
  });
});
