// ckpt validate end to end: exit statuses, every output format checked against its format, line and column
// checked against the file text, and every kind of bad input.
import { copyFileSync, chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointId, serializeCheckpoint, LATEST_VERSION_STRING } from '../../src/index.js';
import { ckpt, permissionRunner, positionOf, sampleCheckpoint, tempDir, V1_EXAMPLE, writeJson } from './helpers.js';

let dir: string;
let cleanup: () => void;
const file = (name: string): string => join(dir, name);
const text = (name: string): string => readFileSync(file(name), 'utf8');

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const good = sampleCheckpoint();
  writeJson(file('good.json'), good);
  copyFileSync(V1_EXAMPLE, file('v1.json'));
  // Schema problems (the id is not even checked when the shape is wrong).
  writeFileSync(file('schema.json'), serializeCheckpoint(good, { pretty: true }).replace('"sequence": 0', '"sequence": -1').replace('"USD": "84250.75"', '"USD": "84250.750"'));
  // A semantic problem with a correct id: a fill larger than its order.
  const sem = structuredClone(good) as unknown as Record<string, any>;
  sem.order_state.fills[0].quantity = '500';
  sem.checkpoint_id = checkpointId(sem);
  writeJson(file('semantic.json'), sem);
  // Content changed after the id was computed.
  writeFileSync(file('tampered.json'), serializeCheckpoint(good, { pretty: true }).replace('"sma_crossover",', '"sma_crossover_v2",'));
  writeFileSync(file('syntax.json'), `{\n  "version": "${LATEST_VERSION_STRING}",\n  "a": [1, 2,]\n}\n`);
  writeFileSync(file('binary.json'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  mkdirSync(file('tree/a/b'), { recursive: true });
  mkdirSync(file('tree/node_modules/x'), { recursive: true });
  copyFileSync(file('good.json'), file('tree/a/one.json'));
  copyFileSync(file('v1.json'), file('tree/a/b/two.json'));
  copyFileSync(file('syntax.json'), file('tree/node_modules/x/skipped.json'));
  writeFileSync(file('tree/a/notes.txt'), 'not json');
  mkdirSync(file('empty/sub'), { recursive: true });
  writeFileSync(file('empty/sub/readme.md'), '# no checkpoints here');
});
afterAll(() => cleanup());

describe('exit status', () => {
  it('is 0 when every file is valid, of any format version', () => {
    const r = ckpt(['validate', file('good.json'), file('v1.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('✓ 2 files valid\n');
    expect(r.stderr).toBe('');
  });

  it('is 1 when some file is invalid, and the valid ones are not listed without --verbose', () => {
    const r = ckpt(['validate', file('good.json'), file('semantic.json')]);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('good.json');
    expect(r.stdout).toMatch(/✗ 1 of 2 files invalid, 1 problem\n$/);
  });

  it('is 2 when some file cannot be read, even when others are invalid', () => {
    const r = ckpt(['validate', file('semantic.json'), file('binary.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('text format', () => {
  it('reports each problem as path:line:col with the code, pointer, message and hint', () => {
    const r = ckpt(['validate', 'schema.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const t = text('schema.json');
    const seq = positionOf(t, '-1', '"sequence"');
    const usd = positionOf(t, '"84250.750"');
    expect(r.stdout).toContain(`schema.json:${seq.line}:${seq.column}: E_SCHEMA /sequence: must be >= 0\n`);
    expect(r.stdout).toContain(`schema.json:${usd.line}:${usd.column}: E_SCHEMA /portfolio_state/cash/USD: must be a canonical decimal string`);
    expect(r.stdout).toMatch(/\n {4}hint: write the number as a string/);
    // In file order: the cash problem comes before the sequence problem.
    expect(r.stdout.indexOf('/portfolio_state/cash/USD')).toBeLessThan(r.stdout.indexOf('/sequence'));
  });

  it('locates semantic and id problems by their JSON pointer', () => {
    const r = ckpt(['validate', 'semantic.json', 'tampered.json'], { cwd: dir });
    const fills = positionOf(text('semantic.json'), '"fills"');
    expect(r.stdout).toContain(
      `semantic.json:${fills.line}:${fills.column + '"fills": '.length}: E_SEMANTIC /order_state/fills: fills of order "o-15" add up to 500`,
    );
    const id = positionOf(text('tampered.json'), '"checkpoint_id": ');
    expect(r.stdout).toContain(`tampered.json:${id.line}:${id.column + '"checkpoint_id": '.length}: E_HASH_MISMATCH`);
  });

  it('groups the alternatives of a oneOf into the one error that matters', () => {
    writeFileSync(file('oneof.json'), text('good.json').replace('"parent_id": null', '"parent_id": 123'));
    const r = ckpt(['validate', 'oneof.json'], { cwd: dir });
    const at = positionOf(text('oneof.json'), '123', '"parent_id"');
    expect(r.stdout).toBe(`oneof.json:${at.line}:${at.column}: E_SCHEMA /parent_id: must be null or string\n✗ 1 of 1 file invalid, 1 problem\n`);
  });

  it('locates syntax errors at the offending character (a trailing comma)', () => {
    const r = ckpt(['validate', 'syntax.json'], { cwd: dir });
    const at = positionOf(text('syntax.json'), ',]'); // the trailing comma
    expect(r.stdout).toContain(`syntax.json:${at.line}:${at.column}: E_PARSE`);
  });

  it('lists valid files with --verbose, and prints problems only with --quiet', () => {
    const verbose = ckpt(['validate', '--verbose', 'good.json'], { cwd: dir });
    expect(verbose.stdout).toMatch(new RegExp(`^ok {3}good\\.json {2}${LATEST_VERSION_STRING.replace('.', '\\.')} {2}[0-9a-f]{64}\\n✓ 1 file valid\\n$`));
    const quiet = ckpt(['validate', '-q', 'good.json'], { cwd: dir });
    expect(quiet.stdout).toBe('');
  });

  it('is plain when not on a terminal, coloured with FORCE_COLOR, and plain again with NO_COLOR or --no-color', () => {
    expect(ckpt(['validate', 'syntax.json'], { cwd: dir }).stdout).not.toContain('\u001b[');
    expect(ckpt(['validate', 'syntax.json'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31mE_PARSE\u001b[39m');
    expect(ckpt(['validate', 'syntax.json'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(ckpt(['validate', '--no-color', 'syntax.json'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('json format', () => {
  it('has the stable shape, with every key present and positions that match the file', () => {
    const r = ckpt(['validate', '--format', 'json', 'good.json', 'schema.json', 'syntax.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { files: any[]; summary: unknown };
    expect(out.summary).toEqual({ total: 3, valid: 1, invalid: 2 });
    expect(out.files.map((f) => Object.keys(f))).toEqual(Array(3).fill(['path', 'valid', 'version', 'id', 'errors']));
    const [good, schema, syntax] = out.files;
    expect(good).toEqual({ path: 'good.json', valid: true, version: LATEST_VERSION_STRING, id: sampleCheckpoint().checkpoint_id, errors: [] });
    expect(schema.version).toBe(LATEST_VERSION_STRING);
    for (const e of [...schema.errors, ...syntax.errors]) expect(Object.keys(e)).toEqual(['code', 'message', 'pointer', 'line', 'column', 'hint']);
    const seq = schema.errors.find((e: any) => e.pointer === '/sequence');
    expect(seq).toMatchObject({ code: 'E_SCHEMA', message: 'must be >= 0', ...positionOf(text('schema.json'), '-1', '"sequence"'), hint: null });
    expect(syntax).toMatchObject({ valid: false, version: null, id: null });
    expect(syntax.errors[0]).toMatchObject({ code: 'E_PARSE', pointer: null, ...positionOf(text('syntax.json'), ',]') });
  });

  it('includes files that could not be read, with their code and no position', () => {
    const r = ckpt(['validate', '-f', 'json', 'good.json', 'binary.json'], { cwd: dir });
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout) as { files: any[] };
    expect(out.files[1]).toMatchObject({ path: 'binary.json', valid: false, errors: [{ code: 'E_NO_INPUT', line: null, column: null, pointer: null }] });
    expect(r.stderr).toMatch(/^ckpt validate: error E_NO_INPUT: binary\.json is not a checkpoint file: it holds binary data/);
  });
});

describe('github format', () => {
  const ANNOTATION = /^::error file=([^,:%]+),line=([0-9]+),col=([0-9]+),title=ckpt (E_[A-Z_]+)::(.+)$/;

  it('emits one well-formed annotation per problem, at the right line and column', () => {
    const r = ckpt(['validate', '--format', 'github', 'schema.json', 'syntax.json', 'good.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(3);
    for (const a of annotations) {
      const m = ANNOTATION.exec(a);
      expect(m, a).not.toBeNull();
      const [, path, line, col] = m!;
      const t = text(path!);
      expect(Number(line)).toBeLessThanOrEqual(t.split('\n').length);
      expect(Number(col)).toBeLessThanOrEqual(t.split('\n')[Number(line) - 1]!.length + 1);
    }
    const seq = positionOf(text('schema.json'), '-1', '"sequence"');
    expect(annotations).toContain(`::error file=schema.json,line=${seq.line},col=${seq.column},title=ckpt E_SCHEMA::/sequence: must be >= 0`);
    expect(lines[lines.length - 1]).toBe('ckpt validate: 2 of 3 files invalid');
  });

  it('escapes newlines, percent signs, colons and commas as the Actions toolkit does', () => {
    writeFileSync(file('odd,name:%.json'), '{');
    const r = ckpt(['validate', '--format', 'github', 'odd,name:%.json'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=odd%2Cname%3A%25\.json,line=1,col=2,title=ckpt E_PARSE::[^\n]+$/);
  });
});

describe('junit format', () => {
  it('is well-formed XML with one testcase per file, failures for invalid files and errors for unreadable ones', () => {
    const r = ckpt(['validate', '--format', 'junit', 'good.json', 'schema.json', 'binary.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(r.stdout);
    const suite = xml.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'ckpt validate', tests: '3', failures: '1', errors: '1' });
    const cases = suite.testcase as any[];
    expect(cases.map((c) => c.name)).toEqual(['good.json', 'schema.json', 'binary.json']);
    expect(cases[0].failure).toBeUndefined();
    expect(cases[1].failure.type).toBe('E_SCHEMA');
    const seq = positionOf(text('schema.json'), '-1', '"sequence"');
    expect(cases[1].failure['#text']).toContain(`schema.json:${seq.line}:${seq.column}: E_SCHEMA /sequence must be >= 0`);
    expect(cases[2].error.type).toBe('E_NO_INPUT');
  });

  it('writes to --output atomically and keeps stdout empty', () => {
    const r = ckpt(['validate', '-f', 'junit', '-o', 'report.xml', 'good.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(XMLValidator.validate(text('report.xml'))).toBe(true);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    writeFileSync(file('x<&>"\u0001.json'), '{"a": 1}');
    const r = ckpt(['validate', '-f', 'junit', 'x<&>"\u0001.json'], { cwd: dir });
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).toContain('name="x&lt;&amp;&gt;&quot;\ufffd.json"');
  });
});

describe('inputs', () => {
  it('searches directories recursively for *.json, skipping node_modules', () => {
    const r = ckpt(['validate', '-f', 'json', 'tree'], { cwd: dir });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['tree/a/b/two.json', 'tree/a/one.json']);
  });

  it('expands quoted globs itself, and --ignore leaves files out', () => {
    const r = ckpt(['validate', '-f', 'json', 'tree/**/*.json', '--ignore', '**/b/**'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['tree/a/one.json']);
  });

  it('reads stdin for "-", named by --stdin-name', () => {
    const r = ckpt(['validate', '--stdin-name', 'piped.json', '-'], { input: text('syntax.json') });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^piped\.json:3:13: E_PARSE /);
  });

  it('checks each file once when it is named twice', () => {
    const r = ckpt(['validate', '-f', 'json', 'good.json', './good.json', dir + '/good.json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { summary: { total: number } }).summary.total).toBe(1);
  });

  it('gives the same reports with worker threads as without', () => {
    const tree = file('many');
    mkdirSync(tree);
    for (let i = 0; i < 60; i++) copyFileSync(file(i % 7 === 0 ? 'semantic.json' : 'good.json'), join(tree, `c${String(i).padStart(2, '0')}.json`));
    const one = ckpt(['validate', '-f', 'json', '--jobs', '1', 'many'], { cwd: dir });
    const threads = ckpt(['validate', '-f', 'json', '--jobs', '3', 'many'], { cwd: dir });
    expect(threads.status).toBe(1);
    expect(threads.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as { summary: unknown }).summary).toEqual({ total: 60, valid: 51, invalid: 9 });
  });
});

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  const cases: [string, string[], RegExp, string?][] = [
    [
      'an unknown flag',
      ['validate', '--fromat', 'json', 'good.json'],
      /^ckpt validate: error E_USAGE: unknown option --fromat for ckpt validate \(did you mean --format\?\)/,
    ],
    [
      'a bad flag value',
      ['validate', '--format', 'xml', 'good.json'],
      /^ckpt validate: error E_USAGE: --format must be one of text, json, github, junit, not "xml"/,
    ],
    ['no paths', ['validate'], /^ckpt validate: error E_USAGE: give at least one file/],
    ['a missing file', ['validate', 'missing.json'], /^ckpt validate: error E_NO_INPUT: missing\.json: no such file or directory/],
    ['a directory with no checkpoints', ['validate', 'empty'], /^ckpt validate: error E_NO_INPUT: the directory empty holds no checkpoint files/],
    [
      'a glob that matches nothing',
      ['validate', 'nothing/**/*.json'],
      /^ckpt validate: error E_NO_INPUT: the pattern nothing\/\*\*\/\*\.json matches no files/,
    ],
    ['empty stdin', ['validate', '-'], /^ckpt validate: error E_NO_INPUT: stdin is empty/],
    ['a binary file', ['validate', 'binary.json'], /^ckpt validate: error E_NO_INPUT: binary\.json is not a checkpoint file: it holds binary data/],
    [
      'binary stdin',
      ['validate', '-'],
      /^ckpt validate: error E_NO_INPUT: <stdin> is not a checkpoint file: it holds gzip-compressed data/,
      '\u001f\u008b\u0008\u0000',
    ],
  ];
  for (const [what, args, message, input] of cases) {
    it(what, () => {
      const r = ckpt(args, { cwd: dir, ...(input !== undefined && { input: Buffer.from(input, 'latin1') }) });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('an unreadable file (as an unprivileged user when the tests run as root)', () => {
    writeFileSync(file('locked.json'), '{}');
    chmodSync(file('locked.json'), 0o000);
    const runner = permissionRunner();
    if (runner !== null) {
      const r = ckpt(['validate', 'locked.json'], { cwd: dir, ...runner });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('ckpt validate: error E_IO: cannot read locked.json: permission denied (check the file permissions)\n');
    } else {
      // Root, and nobody cannot run this checkout: a file whose read fails with an I/O error takes the same path.
      const r = ckpt(['validate', '/proc/self/mem'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^ckpt validate: error E_IO: cannot read \/proc\/self\/mem: [^\n]+\n$/);
    }
  });
});
