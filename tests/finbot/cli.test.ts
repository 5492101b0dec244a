// finbot files on the command line: ckpt import of a generated folder (one run per simulator, chained, latest.json
// compared, idempotent, exit statuses), and validate / show / diff / upgrade / downgrade --to finbot-execution-1.0.0
// on the files themselves.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ckpt } from '../cli/helpers.js';
import { FIXTURES, generate } from './helpers.js';
import { LATEST_VERSION_STRING } from '../../src/format/index.js';

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'sample.manifest.json'), 'utf8')) as {
  simulators: { folder: string; files: string[]; latest: string; latest_twin: string | null; newest_damaged: boolean }[];
};
const SAMPLE = join(FIXTURES, 'sample');

describe('ckpt import', () => {
  const registry = join(mkdtempSync(join(tmpdir(), 'finbot-reg-')), 'reg');
  const first = ckpt(['import', SAMPLE, '--registry', registry]);

  it('imports every complete timestamped file as one chained run per simulator folder', () => {
    expect(first.stderr).not.toMatch(/internal error/);
    // The sample holds a torn timestamped file (the latency profile's crash): that makes the run exit 1.
    expect(first.status).toBe(1);
    const ls = ckpt(['ls', '--registry', registry, '--json']);
    expect(ls.status).toBe(0);
    const entries = JSON.parse(ls.stdout) as { run_id: string; sequence: number }[];
    const complete = manifest.simulators.reduce((n, s) => n + s.files.length - (s.newest_damaged ? 1 : 0), 0);
    expect(entries.length).toBe(complete);
    const runs = new Map<string, number[]>();
    for (const e of entries) runs.set(e.run_id, [...(runs.get(e.run_id) ?? []), e.sequence]);
    expect(runs.size).toBe(manifest.simulators.length);
    for (const [run, sequences] of runs) expect(sequences.sort(), run).toEqual([...Array(sequences.length).keys()]);
    expect(runs.has('finbot.default')).toBe(true);
  });

  it('reports latest.json: twin skipped, torn, empty, older', () => {
    expect(first.stderr).toMatch(/latest\.json: skipped, the same bytes as /);
    expect(first.stderr).toMatch(/latest\.json: damaged: torn/);
    expect(first.stderr).toMatch(/latest\.json: damaged: empty/);
    expect(first.stderr).toMatch(/older than the newest file/);
    expect(first.stdout).toMatch(/9 simulator folders, .* imported/);
  });

  it('is idempotent: a second run adds nothing', () => {
    const again = ckpt(['import', SAMPLE, '--registry', registry, '-q']);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/: 0 imported, \d+ already in the registry/);
  });

  it('exits 0 on a folder without damaged timestamped files, and 2 on a missing folder or an unknown zone', () => {
    const root = generate(5, { simulators: 1, checkpoints: 2 });
    expect(ckpt(['import', root, '--registry', registry]).status).toBe(0);
    expect(ckpt(['import', join(root, 'nope'), '--registry', registry]).status).toBe(2);
    const zone = ckpt(['import', root, '--registry', registry, '--zone', 'Mars/Olympus']);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toMatch(/unknown time zone "Mars\/Olympus"/);
  });
});

describe('ckpt on finbot files', () => {
  const sim = manifest.simulators.find((s) => s.latest === 'twin-of-newest')!;
  const file = join(SAMPLE, sim.folder, sim.files[sim.files.length - 1]!);

  it('validate accepts a finbot file and names its format', () => {
    const r = ckpt(['validate', '--verbose', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/finbot-execution-1\.0\.0/);
  });

  it('validate reports a schema error with line and column, and a spelling rule as E_SEMANTIC', () => {
    const dir = mkdtempSync(join(tmpdir(), 'finbot-bad-'));
    const text = readFileSync(file, 'utf8');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, text.replace('"latency_config_name": "', '"latency_config_name": "X'));
    const r = ckpt(['validate', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/bad\.json:\d+:\d+: E_SCHEMA/);
    const f1 = join(dir, 'f1.json');
    writeFileSync(f1, text.replace(/"initial_cash": "[^"]*"/, '"initial_cash": "1.50E+2"'));
    expect(ckpt(['validate', f1]).stdout).toMatch(/f1\.json:\d+:\d+: E_SEMANTIC .*plain notation/);
  });

  it('show and diff read finbot files', () => {
    expect(ckpt(['show', file]).status).toBe(0);
    const older = join(SAMPLE, sim.folder, sim.files[0]!);
    expect(ckpt(['diff', older, file]).status).toBeLessThan(2);
  });

  it('upgrade writes the latest-format file and downgrade --to finbot-execution-1.0.0 gives back the bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'finbot-rt-'));
    const up = ckpt(['upgrade', file, '-o', join(dir, 'latest.json')]);
    expect(up.status).toBe(0);
    expect(up.stderr).toContain(`upgraded finbot-execution-1.0.0 → ${LATEST_VERSION_STRING}`);
    const down = ckpt(['downgrade', '--to', 'finbot-execution-1.0.0', join(dir, 'latest.json')]);
    expect(down.status).toBe(0);
    expect(down.raw.equals(readFileSync(file))).toBe(true);
  });
});
