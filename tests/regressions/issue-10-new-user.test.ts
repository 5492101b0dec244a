// Regressions of issue 10 ("What a new user runs into") and of the CLI findings 11.8 and 11.9, each named after
// its item. They run the real ckpt program, as a user would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCheckpoint, toTimestamp, CheckpointRegistry, loadCheckpoint, LATEST_VERSION_STRING } from '../../src/index.js';
import { createProgress } from '../../src/cli/progress.js';
import { run as validateRun } from '../../src/cli/commands/validate.js';
import type { Context } from '../../src/cli/command.js';
import { sampleState } from '../fixtures/sample.js';
import { ckpt, sampleCheckpoint, tempDir, V1_EXAMPLE, writeJson } from '../cli/helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('ckpt-issue10-'));
});
afterEach(() => cleanup());

/** A registry under dir/reg holding `n` checkpoints of run bt-2024-03-15 (sequences 0..n-1). */
async function registryWith(n: number): Promise<string> {
  const root = join(dir, 'reg');
  const registry = new CheckpointRegistry(root);
  let parent: string | null = null;
  for (let i = 0; i < n; i++) {
    const c = sampleCheckpoint({ sequence: i, parent_id: parent, timestamp: `2024-03-${15 + i}T20:00:00Z` });
    await registry.save(c);
    parent = c.checkpoint_id;
  }
  if (n === 0) {
    // A registry whose checkpoints were all deleted: the folders and the marker stay.
    const c = sampleCheckpoint();
    await registry.save(c);
    await registry.delete(c.checkpoint_id);
  }
  return root;
}

describe('issue 10.3: the registry marker is not a checkpoint', () => {
  it('regression: registry.json is skipped, with a note, in folders, globs, nested registries and explicit paths (issue 10.3)', async () => {
    const root = await registryWith(1);
    mkdirSync(join(dir, 'data'), { recursive: true });
    const nested = join(dir, 'data', 'inner');
    await new CheckpointRegistry(nested).save(sampleCheckpoint());
    const file = `reg/2024/03/${readdirSync(join(root, '2024', '03'))[0]}`;
    for (const args of [['reg'], ['reg/**/*.json'], ['data'], ['data/**/*.json'], ['reg/registry.json', file]]) {
      const r = ckpt(['validate', ...args], { cwd: dir });
      expect(r.status, `${args.join(' ')}: ${r.stdout}${r.stderr}`).toBe(0);
      expect(r.stdout).not.toMatch(/registry\.json/);
      expect(r.stderr).toMatch(/skipped .*registry\.json: a checkpoint registry's marker/);
    }
  });
});

describe('issue 10.4: no green check on nothing', () => {
  it('regression: validate of a registry with no checkpoints fails with E_NO_INPUT, exit 2 (issue 10.4)', async () => {
    await registryWith(0);
    const r = ckpt(['validate', 'reg'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/E_NO_INPUT: no checkpoint files to check/);
  });

  it('regression: hash --verify fails on a JSON file with no checkpoint_id (issue 10.4)', () => {
    writeFileSync(join(dir, 'package.json'), '{"name":"x","version":"1.0.0"}\n');
    const r = ckpt(['hash', '--verify', 'package.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no checkpoint_id to verify/);
    // Without --verify, hash still prints the id of any JSON object.
    expect(ckpt(['hash', 'package.json'], { cwd: dir }).status).toBe(0);
  });

  it("regression: hash --verify's help example names checkpoint files, not the registry marker (issue 10.4)", async () => {
    const root = await registryWith(2);
    void root;
    const help = ckpt(['hash', '--help']).stdout;
    const example = /ckpt hash --verify (\S+)/.exec(help)![1]!.replace('data/checkpoints', 'reg');
    const r = spawnSync('sh', ['-c', `node ${JSON.stringify(join(import.meta.dirname, '..', '..', 'bin', 'ckpt.js'))} hash --verify ${example}`], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('issue 10.5: timestamps from a Date', () => {
  it('regression: createdAt from toISOString() ("….000Z") is accepted and normalized (issue 10.5)', () => {
    const at = new Date(Date.UTC(2024, 2, 15, 20, 0, 5, 0));
    expect(at.toISOString()).toBe('2024-03-15T20:00:05.000Z');
    expect(createCheckpoint(sampleState(), { createdAt: at.toISOString() }).created_at).toBe('2024-03-15T20:00:05Z');
    expect(createCheckpoint(sampleState(), { createdAt: at }).created_at).toBe('2024-03-15T20:00:05Z');
  });

  it('regression: toTimestamp(date) gives the format spelling for state timestamps, and the Date hint names it (issue 10.5)', () => {
    expect(toTimestamp(new Date(Date.UTC(2024, 2, 15, 20, 0, 0, 0)))).toBe('2024-03-15T20:00:00Z');
    expect(toTimestamp(new Date(Date.UTC(2024, 2, 15, 20, 0, 0, 250)))).toBe('2024-03-15T20:00:00.25Z');
    expect(toTimestamp('2024-03-15T21:00:00+01:00')).toBe('2024-03-15T20:00:00Z');
    const c = createCheckpoint({ ...sampleState(), timestamp: toTimestamp(new Date(Date.UTC(2024, 2, 15, 20, 0, 0, 0))) });
    expect(c.timestamp).toBe('2024-03-15T20:00:00Z');
    let hint = '';
    try {
      createCheckpoint({ ...sampleState(), timestamp: new Date() as unknown as string });
    } catch (e) {
      hint = (e as { hint?: string }).hint ?? '';
    }
    expect(hint).toMatch(/toTimestamp\(date\)/);
    let schemaHint = '';
    try {
      createCheckpoint({ ...sampleState(), timestamp: '2024-03-15T20:00:00.000Z' });
    } catch (e) {
      schemaHint = (e as { hint?: string }).hint ?? '';
    }
    expect(schemaHint).toMatch(/toTimestamp\(date\), not date\.toISOString\(\)/);
  });
});

describe('issue 10.6: backups are never overwritten', () => {
  it('regression: a second --backup keeps the first .bak and numbers the new one (issue 10.6)', () => {
    const file = join(dir, 'old.json');
    const original = readFileSync(V1_EXAMPLE);
    writeFileSync(file, original);
    writeFileSync(join(dir, 'old.json.bak'), 'what the user had\n');
    const r = ckpt(['upgrade', '--in-place', '--backup', 'old.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/old file kept as old\.json\.bak\.1/);
    expect(readFileSync(join(dir, 'old.json.bak'), 'utf8')).toBe('what the user had\n');
    expect(readFileSync(join(dir, 'old.json.bak.1'))).toEqual(original);
  });
});

describe('issue 10.10: CLI details', () => {
  it('regression: upgrade -o dir/ creates the folder (issue 10.10)', () => {
    writeFileSync(join(dir, 'a.json'), readFileSync(V1_EXAMPLE));
    const r = ckpt(['upgrade', '--to', '2', '-o', 'upgraded/', 'a.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(loadCheckpoint(readFileSync(join(dir, 'upgraded', 'a.json'))).original.version).toBe('2.0');
  });

  it('regression: --dry-run needs no output target, and a lossy downgrade says "would refuse" with exit 1 (issue 10.10)', () => {
    writeFileSync(join(dir, 'a.json'), readFileSync(V1_EXAMPLE));
    writeJson(join(dir, 'b.json'), sampleCheckpoint());
    const up = ckpt(['upgrade', '--dry-run', 'a.json', 'b.json'], { cwd: dir });
    expect(up.status, up.stderr).toBe(0);
    expect(up.stderr).toMatch(new RegExp(`a\\.json: upgraded 1\\.0 → ${LATEST_VERSION_STRING.replace('.', '\\.')}.*dry run: nothing written`));
    const down = ckpt(['downgrade', '--to', '2', '--dry-run', 'b.json'], { cwd: dir });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/b\.json: would refuse: format 2\.0 cannot hold everything/);
    expect(down.stderr).not.toMatch(/error E_DOWNGRADE_LOSS/);
    expect(ckpt(['downgrade', '--to', '2', '--dry-run', '--allow-loss', 'b.json'], { cwd: dir }).status).toBe(0);
  });

  it('regression: ckpt save FILE… --registry R imports files through the registry, with a report per file (issue 10.10)', () => {
    writeFileSync(join(dir, 'legacy.json'), readFileSync(V1_EXAMPLE));
    writeJson(join(dir, 'day.json'), sampleCheckpoint());
    writeFileSync(join(dir, 'broken.json'), '{"version":');
    const r = ckpt(['save', 'legacy.json', 'day.json', 'broken.json', '--registry', 'reg'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/created the registry reg/);
    expect(r.stderr).toMatch(/legacy\.json: saved as 2024\/03\/[0-9a-f]{64}\.json \(upgraded from 1\.0\)/);
    expect(r.stderr).toMatch(/day\.json: saved as 2024\/03\//);
    expect(r.stderr).toMatch(/broken\.json:1:12: error E_PARSE/);
    const again = ckpt(['save', 'day.json', '--registry', 'reg'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/already in the registry/);
    expect(ckpt(['ls', '--registry', 'reg', '--ids'], { cwd: dir }).stdout.trim().split('\n')).toHaveLength(2);
    expect(ckpt(['fsck', '--registry', 'reg'], { cwd: dir }).status).toBe(0);
  });

  it('regression: unknown commands check, verify and info get a suggestion (issue 10.10)', () => {
    expect(ckpt(['check', 'x.json']).stderr).toMatch(/unknown command "check" \(did you mean validate\?\)/);
    expect(ckpt(['verify']).stderr).toMatch(/did you mean validate\?/);
    expect(ckpt(['info']).stderr).toMatch(/did you mean show\?/);
  });

  it('regression: latest and ls suggest the closest run or strategy name instead of hinting at corruption (issue 10.10)', async () => {
    await registryWith(1);
    const latest = ckpt(['latest', '--registry', 'reg', '--run', 'bt-2024-03-16'], { cwd: dir });
    expect(latest.stderr).toMatch(/has no run "bt-2024-03-16" \(did you mean "bt-2024-03-15"\?\)/);
    expect(latest.stderr).not.toMatch(/that loads/);
    const ls = ckpt(['ls', '--registry', 'reg', '--strategy', 'sma_crosover'], { cwd: dir });
    expect(ls.status).toBe(0);
    expect(ls.stderr).toMatch(/has no strategy "sma_crosover" \(did you mean "sma_crossover"\?\)/);
  });

  it('regression: ls on an empty registry says so (issue 10.10)', async () => {
    await registryWith(0);
    const r = ckpt(['ls', '--registry', 'reg'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/the registry at reg holds no checkpoints/);
  });

  it('regression: gc lines up its columns whatever the verb (issue 10.10)', async () => {
    await registryWith(3);
    for (const extra of [['--dry-run'], []]) {
      const r = ckpt(['gc', '--registry', 'reg', '--keep-last', '1', ...extra], { cwd: dir });
      expect(r.status, r.stderr).toBe(0);
      const rows = r.stdout.split('\n').filter((l) => /\b2024\/03\//.test(l));
      expect(rows).toHaveLength(3);
      const starts = new Set(rows.map((l) => l.indexOf('2024/03/')));
      expect(starts.size).toBe(1);
      const runs = new Set(rows.map((l) => l.indexOf('bt-2024-03-15')));
      expect(runs.size).toBe(1);
    }
  });

  it('regression: a file that could not be read is counted once (issue 10.10)', () => {
    writeFileSync(join(dir, 'bin.json'), Buffer.from([0, 1, 2, 3]));
    writeJson(join(dir, 'good.json'), sampleCheckpoint());
    writeFileSync(join(dir, 'bad.json'), '{"a":');
    const r = ckpt(['validate', 'bin.json', 'good.json', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/✗ 1 of 3 files invalid, 1 problem, 1 could not be read/);
    expect(r.stderr.match(/bin\.json/g)).toHaveLength(1);
  });

  it('regression: E_NOT_FOUND exits 2 in every command, as the conventions table says (issue 10.10)', async () => {
    await registryWith(1);
    const missing = 'abcdef0123456789';
    for (const args of [
      ['latest', '--run', 'nope'],
      ['rm', missing],
      ['show', missing],
    ]) {
      const r = ckpt([...args, '--registry', 'reg'], { cwd: dir });
      expect(r.stderr, args.join(' ')).toMatch(/E_NOT_FOUND/);
      expect(r.status, args.join(' ')).toBe(2);
    }
  });
});

describe('issue 10.11: progress and streaming', () => {
  it('regression: the progress bar shows count, percent and time left (issue 10.11)', () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress(3000, 'validating', { isTTY: true, columns: 100, write: (s) => (out.push(s), true) }, {}, () => now);
    now = 2000;
    p.update(1000);
    expect(out.at(-1)).toMatch(/1,000\/3,000 33% 4s left/);
    p.clear();
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('regression: fsck and a cold index rebuild report their progress, for the bar on a terminal (issue 10.11)', async () => {
    const root = await registryWith(3);
    const events: string[] = [];
    const registry = new CheckpointRegistry(root, { onProgress: (p) => events.push(`${p.task} ${p.done}/${p.total}`) });
    await registry.fsck();
    expect(events).toEqual(['fsck 1/3', 'fsck 2/3', 'fsck 3/3']);
    events.length = 0;
    await registry.rebuildIndex();
    expect(events).toEqual(['rebuild 1/3', 'rebuild 2/3', 'rebuild 3/3']);
  });

  it('regression: validate streams each failure as it is found instead of only at the end (issue 10.11)', async () => {
    for (const name of ['a', 'b', 'c']) writeFileSync(join(dir, `${name}.json`), '{"a":');
    const writes: string[] = [];
    const sink = { isTTY: false, write: (s: string | Uint8Array) => (writes.push(String(s)), true) };
    const ctx: Context = {
      command: 'validate',
      values: { jobs: '1' },
      positionals: ['a.json', 'b.json', 'c.json'],
      stdin: process.stdin,
      stdout: sink,
      stderr: { isTTY: false, write: () => true },
      env: {},
      cwd: dir,
    };
    expect(await validateRun(ctx)).toBe(1);
    // One write per failing file, then the summary: a report built at the end would be a single write.
    expect(writes.length).toBeGreaterThanOrEqual(4);
    expect(writes[0]).toMatch(/^a\.json:/);
  });
});

describe('issue 10.8: a lean package', () => {
  it('regression: npm pack stays within its size budget (0.4 MB + 0.6 MB per schema) unpacked, with a LICENSE, one CLI bundle and no caches, bench, examples or vectors (issue 10.8)', () => {
    const root = join(import.meta.dirname, '..', '..');
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const [pack] = JSON.parse(r.stdout) as { unpackedSize: number; files: { path: string }[] }[];
    const paths = pack!.files.map((f) => f.path);
    // What grows the package is one precompiled validator per schema (format versions and source formats), held
    // twice: in dist/generated and in dist/cli/validators (the CLI bundles load it from there). Everything else is budgeted at 0.4 MB; 13 MB was the
    // bloat of issue 10.8 (caches, benches, vectors), which the path checks below keep out.
    const schemas = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).length;
    expect(pack!.unpackedSize).toBeLessThan(400_000 + 600_000 * schemas);
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('dist/cli/ckpt.js');
    expect(paths.filter((p) => /^dist\/(bench|examples)\/|^spec\/vectors\/|\.cache$|^dist\/cli\/commands\//.test(p))).toEqual([]);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/ESM-only/);
  });
});

describe('issue 10.12: the README states the vector counts the files hold', () => {
  it('regression: README vector counts match spec/vectors (issue 10.12)', () => {
    const root = join(import.meta.dirname, '..', '..');
    const count = (name: string): number => {
      const j = JSON.parse(readFileSync(join(root, 'spec', 'vectors', `${name}.json`), 'utf8')) as { groups: { cases: unknown[] }[] };
      return j.groups.reduce((sum, g) => sum + g.cases.length, 0);
    };
    const n = { validity: count('validity'), identity: count('identity'), upgrade: count('upgrade'), downgrade: count('downgrade'), bad: count('bad-input') };
    // The source-format file (finbot.json) counts too: README states one total of every vector file.
    const total = n.validity + n.identity + n.upgrade + n.downgrade + n.bad + count('finbot');
    const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(readme).toContain(`holds ${total} plain-JSON test vectors`);
    expect(readme).toContain(`schema validity (${n.validity}), canonical bytes and ids (${n.identity}), upgrades (${n.upgrade}), downgrades with loss reports (${n.downgrade}) and bad input given as raw bytes (${n.bad})`);
    expect(readme).toContain(`TypeScript ${total}/${total}`);
  });
});

describe('issue 10.13: files that are clearly not checkpoints', () => {
  it('regression: package.json "does not look like a checkpoint file" rather than inviting a version edit (issue 10.13)', () => {
    writeFileSync(join(dir, 'package.json'), '{\n  "name": "x",\n  "version": "0.1.0"\n}\n');
    writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions":{}}\n');
    const r = ckpt(['validate', 'package.json', 'tsconfig.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout.match(/this does not look like a checkpoint file/g)).toHaveLength(2);
    expect(r.stdout).not.toMatch(/known versions/);
  });
});

describe('issue 11.8: terminal escapes are never printed raw', () => {
  const evil = 'evil\u001b]0;pwned\u0007\u001b[2J\nforged row\u009b31m';

  it('regression: show, ls, diff and text validate escape control characters (issue 11.8)', async () => {
    const a = sampleCheckpoint({ strategy_name: evil, run_id: 'bt-2024-03-15' });
    writeJson(join(dir, 'a.json'), a);
    writeJson(join(dir, 'b.json'), sampleCheckpoint({ strategy_name: 'plain' }));
    await new CheckpointRegistry(join(dir, 'reg')).save(a);
    const badName = 'bad\u001b[2Jname.json';
    writeFileSync(join(dir, badName), '{"a":');
    const outputs = [
      ckpt(['show', 'a.json'], { cwd: dir }),
      ckpt(['ls', '--registry', 'reg'], { cwd: dir }),
      ckpt(['diff', 'a.json', 'b.json'], { cwd: dir }),
      ckpt(['validate', badName], { cwd: dir }),
      ckpt(['hash', 'a.json', badName], { cwd: dir }),
    ];
    for (const r of outputs) {
      const all = r.stdout + r.stderr;
      expect(all).not.toMatch(/[\u001b\u0007\u009b]/);
      expect(all).not.toMatch(/^forged row/m);
    }
    expect(outputs[0]!.stdout).toContain('evil\\x1b]0;pwned\\x07\\x1b[2J\\nforged row\\x9b31m');
    expect(outputs[3]!.stdout).toContain('bad\\x1b[2Jname.json');
  });
});

describe('issue 11.9: in-place temp files left by a SIGKILL', () => {
  it('regression: the next in-place run sweeps temp files of dead ckpt processes, and keeps live ones (issue 11.9)', () => {
    writeFileSync(join(dir, 'old.json'), readFileSync(V1_EXAMPLE));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stale = join(dir, `.old.json.ckpt-tmp-${dead}-0badf00d`);
    const live = join(dir, `.old.json.ckpt-tmp-${process.pid}-0c0ffee0`);
    const old = join(dir, `.other.json.ckpt-tmp-${process.pid}-0000beef`);
    for (const f of [stale, live, old]) writeFileSync(f, '{"half":');
    const hourAgo = (Date.now() - 2 * 3600_000) / 1000;
    utimesSync(old, hourAgo, hourAgo);
    const r = ckpt(['upgrade', '--in-place', 'old.json'], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/removed 2 temp files left by an interrupted run/);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(statSync(join(dir, 'old.json')).size).toBeGreaterThan(0);
  });
});

