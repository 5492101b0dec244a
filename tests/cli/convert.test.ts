// ckpt upgrade and ckpt downgrade end to end: where results go (stdout, -o, --in-place with a backup), that the
// results are valid and lossless, the loss report and its refusal, and bad input.
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalString, checkCheckpoint, FORMAT_VERSIONS, loadCheckpoint, serializeCheckpoint, LATEST_VERSION_STRING } from '../../src/index.js';
import { ckpt, permissionRunner, sampleCheckpoint, tempDir, upgradedExample, V1_EXAMPLE, writeJson } from './helpers.js';

/** The latest version as it appears in a regular expression. */
const LATEST = LATEST_VERSION_STRING.replace('.', '\\.');

let dir: string;
let cleanup: () => void;
const file = (name: string): string => join(dir, name);
const read = (name: string): string => readFileSync(file(name), 'utf8');
const v1Text = readFileSync(V1_EXAMPLE, 'utf8');

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  writeJson(file('native.json'), sampleCheckpoint());
});
afterAll(() => cleanup());

describe('ckpt upgrade', () => {
  it('writes the upgraded document to stdout and a status line to stderr', () => {
    const r = ckpt(['upgrade', V1_EXAMPLE]);
    expect(r.status).toBe(0);
    const expected = upgradedExample();
    expect(r.stdout).toBe(serializeCheckpoint(expected));
    expect(r.stderr).toBe(`${V1_EXAMPLE}: upgraded 1.0 → ${LATEST_VERSION_STRING}, id ${expected.checkpoint_id}\n`);
  });

  it('writes the canonical file form by default, and the pretty form with --pretty (same document, same id)', () => {
    const plain = ckpt(['upgrade', '-q', V1_EXAMPLE]);
    const pretty = ckpt(['upgrade', '-q', '--pretty', V1_EXAMPLE]);
    expect(plain.status).toBe(0);
    expect(pretty.status).toBe(0);
    expect(plain.stdout).toBe(`${canonicalString(JSON.parse(plain.stdout))}\n`);
    expect(pretty.stdout).toBe(serializeCheckpoint(upgradedExample(), { pretty: true }));
    expect(pretty.stdout.split('\n').length).toBeGreaterThan(20);
    expect(loadCheckpoint(pretty.stdout).checkpoint).toEqual(loadCheckpoint(plain.stdout).checkpoint);
  });

  it('stops at --to N', () => {
    const r = ckpt(['upgrade', '--to', '2.0', '-q', V1_EXAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { version: string };
    expect(doc.version).toBe('2.0');
    expect(checkCheckpoint(r.stdout).valid).toBe(true);
  });

  it('replaces files in place atomically, keeps a backup on request, and keeps the file mode', () => {
    writeFileSync(file('old.json'), v1Text);
    chmodSync(file('old.json'), 0o640);
    const r = ckpt(['upgrade', '--in-place', '--backup', 'old.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^old\\.json: upgraded 1\\.0 → ${LATEST}, id [0-9a-f]{64} \\(replaced; old file kept as old\\.json\\.bak\\)\\n$`));
    expect(read('old.json.bak')).toBe(v1Text);
    expect(read('old.json')).toBe(serializeCheckpoint(upgradedExample()));
    expect(statSync(file('old.json')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces the target of a symlink, not the link', () => {
    writeFileSync(file('real.json'), v1Text);
    symlinkSync('real.json', file('link.json'));
    const r = ckpt(['upgrade', '-i', 'link.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(lstatSync(file('link.json')).isSymbolicLink()).toBe(true);
    expect(read('real.json')).toBe(serializeCheckpoint(upgradedExample()));
  });

  it('leaves a file already at the target version untouched, byte for byte', () => {
    writeFileSync(file('latest.json'), read('native.json'));
    const before = statSync(file('latest.json')).mtimeMs;
    const r = ckpt(['upgrade', '-i', 'latest.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`latest.json: already format ${LATEST_VERSION_STRING}, nothing to upgrade (left untouched)\n`);
    expect(statSync(file('latest.json')).mtimeMs).toBe(before);
  });

  it('writes several files into an --output directory, and goes on past a bad one', () => {
    mkdirSync(file('out'));
    copyFileSync(V1_EXAMPLE, file('a.json'));
    writeFileSync(file('broken.json'), '{"version": "1.0"');
    const r = ckpt(['upgrade', '-o', 'out', 'a.json', 'broken.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(readdirSync(file('out'))).toEqual(['a.json']);
    expect(loadCheckpoint(readFileSync(file('out/a.json'))).original.version).toBe(LATEST_VERSION_STRING);
    expect(r.stderr).toMatch(/\nckpt upgrade: broken\.json:1:18: error E_PARSE: /);
  });

  it('--dry-run checks and reports but writes nothing', () => {
    writeFileSync(file('dry.json'), v1Text);
    const r = ckpt(['upgrade', '-n', '-i', 'dry.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/\(dry run: nothing written\)\n$/);
    expect(read('dry.json')).toBe(v1Text);
  });

  it('refuses an invalid checkpoint with its position, and writes nothing', () => {
    const bad = v1Text.replace('"strategy_name": "sma_crossover"', '"strategy_name": 7');
    writeFileSync(file('bad.json'), bad);
    const r = ckpt(['upgrade', '-i', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ckpt upgrade: bad\.json:5:20: error E_SCHEMA: format 1\.0 schema: at \/strategy_name: must be string/);
    expect(read('bad.json')).toBe(bad);
  });

  it('reports a write that fails with E_IO and exit 2, leaving the original', () => {
    mkdirSync(file('ro'));
    writeFileSync(file('ro/c.json'), v1Text);
    writeFileSync(file('plain-file'), '');
    const notDir = ckpt(['upgrade', '-o', 'plain-file/c.json', 'ro/c.json'], { cwd: dir });
    expect(notDir.status).toBe(2);
    expect(notDir.stderr).toBe('ckpt upgrade: error E_IO: cannot write plain-file/c.json: a part of the path is not a directory\n');
    const runner = permissionRunner();
    if (runner === null) return; // root, and nobody cannot run this checkout: permissions cannot be tested here
    chmodSync(file('ro'), 0o555);
    const r = ckpt(['upgrade', '-i', 'ro/c.json'], { cwd: dir, ...runner });
    chmodSync(file('ro'), 0o755);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ckpt upgrade: error E_IO: cannot write ro\/c\.json: permission denied/);
    expect(read('ro/c.json')).toBe(v1Text);
    expect(readdirSync(file('ro'))).toEqual(['c.json']);
  });

  const usage: [string, string[], RegExp][] = [
    ['--output with --in-place', ['upgrade', '-o', 'x.json', '-i', 'a.json'], /give either --output or --in-place, not both/],
    ['several files to stdout', ['upgrade', 'a.json', 'native.json'], /several files need --in-place or --output DIR/],
    ['--backup without --in-place', ['upgrade', '--backup', 'a.json'], /--backup goes with --in-place/],
    ['stdin in place', ['upgrade', '-i', '-'], /--in-place cannot replace stdin/],
    ['an unknown version', ['upgrade', '--to', '9', 'a.json'], new RegExp(`--to must be a format version \\(${FORMAT_VERSIONS.map((f) => f.major).join(', ')}\\), not "9"`)],
    ['an older version', ['upgrade', '--to', '1', 'native.json'], new RegExp(`E_ARGUMENT: cannot upgrade format ${LATEST} to the older format 1\\.0; use downgrade`)],
    ['a missing file', ['upgrade', 'missing.json'], /E_NO_INPUT: missing\.json: no such file or directory/],
    [
      'an output in a missing directory',
      ['upgrade', '-o', 'no/such/dir/x.json', 'native.json'],
      /E_IO: cannot write no\/such\/dir\/x\.json: its directory does not exist/,
    ],
    ['empty stdin', ['upgrade', '-'], /E_NO_INPUT: stdin is empty/],
  ];
  for (const [what, args, message] of usage) {
    it(`refuses ${what} with one line and exit 2`, () => {
      const r = ckpt(args, { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n')).toHaveLength(2);
    });
  }
});

describe('ckpt downgrade', () => {
  it('gives back the original 1.0 content of an upgraded file (round trip through stdin)', () => {
    const up = ckpt(['upgrade', V1_EXAMPLE]);
    const down = ckpt(['downgrade', '--to', '1', '-'], { input: up.stdout });
    expect(down.status).toBe(0);
    expect(canonicalString(JSON.parse(down.stdout))).toBe(canonicalString(JSON.parse(v1Text)));
    expect(down.stderr).toMatch(new RegExp(`^<stdin>: downgraded ${LATEST} → 1\\.0, lossless, id 7313e58e7dd394cf0d3dd5f1d8a1bac3dce7d990e0b10b7163882c7f5e25847d\\n$`));
  });

  it('prints the loss report and refuses a lossy downgrade without --allow-loss', () => {
    const r = ckpt(['downgrade', '--to', '2', 'native.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^native\\.json: downgrading ${LATEST} → 2\\.0 loses data at [0-9]+ places:$`));
    expect(lines).toContain('  changed  /engine_state/rng  {"algorithm":"mulberry32","state":[2718281828]} comes back as null');
    expect(lines).toContain('  changed  /run_id  "bt-2024-03-15" comes back as "legacy-' + lines.find((l) => l.includes('/run_id'))!.split('"legacy-')[1]);
    expect(lines[lines.length - 1]).toMatch(/^ckpt downgrade: native\.json:[0-9]+:[0-9]+: error E_DOWNGRADE_LOSS: refusing to downgrade/);
  });

  it('writes the older format with --allow-loss, still printing the report', () => {
    const r = ckpt(['downgrade', '--to', '2', '--allow-loss', '-o', 'v2.json', 'native.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/loses data at [0-9]+ places:\n/);
    expect(r.stderr).toMatch(new RegExp(`native\\.json: downgraded ${LATEST} → 2\\.0 with loss at [0-9]+ places, id [0-9a-f]{64} → v2\\.json\\n$`));
    const loaded = loadCheckpoint(readFileSync(file('v2.json')));
    expect(loaded.original.version).toBe('2.0');
  });

  it('requires --to, and refuses a newer target', () => {
    const none = ckpt(['downgrade', 'native.json'], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/E_USAGE: --to N is required/);
    const newer = ckpt(['downgrade', '--to', '3', V1_EXAMPLE]);
    expect(newer.status).toBe(2);
    expect(newer.stderr).toMatch(/E_ARGUMENT: cannot downgrade format 1\.0 to the newer format 3\.0; use upgrade/);
  });
});
