// What every command shares: --help with a real example, --version, one-line usage errors with exit 2 and no
// stack trace; the top-level help and unknown commands; and ckpt schema / ckpt versions, which editors and
// other tools use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS, LATEST_FORMAT, LATEST_VERSION_STRING } from '../../src/index.js';
import { ckpt, ROOT } from './helpers.js';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const top = ckpt(['--help']);
/** The commands as the top-level help lists them: "  name   summary" lines under a group heading. */
const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) {3,}\S/gm)].map((m) => m[1]!);

describe('top level', () => {
  it('lists every command with a summary, and exits 0', () => {
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/^ckpt: validate, upgrade, inspect and manage state-checkpoint files\n\nUsage: ckpt COMMAND/);
    expect(commands).toEqual(['validate', 'hash', 'canon', 'upgrade', 'downgrade', 'show', 'diff', 'save', 'import', 'ls', 'latest', 'rm', 'gc', 'fsck', 'schema', 'versions']);
  });

  it('prints the package version', () => {
    expect(ckpt(['--version']).stdout).toBe(`${version}\n`);
    expect(ckpt(['validate', '--version']).stdout).toBe(`${version}\n`);
  });

  it('prints the help to stderr and exits 2 without a command', () => {
    const r = ckpt([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(top.stdout);
  });

  it('suggests the closest command for a typo', () => {
    const r = ckpt(['valdiate', 'x.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('ckpt: error E_USAGE: unknown command "valdiate" (did you mean validate?) (run ckpt --help for the list of commands)\n');
  });

  it('refuses options before the command', () => {
    const r = ckpt(['--format', 'json', 'validate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ckpt: error E_USAGE: unknown option --format; options go after the command/);
  });

  it('"ckpt help COMMAND" is "ckpt COMMAND --help"', () => {
    expect(ckpt(['help', 'diff']).stdout).toBe(ckpt(['diff', '--help']).stdout);
    expect(ckpt(['help', 'nope']).status).toBe(2);
  });
});

describe('every command', () => {
  for (const name of ['validate', 'upgrade', 'downgrade', 'canon', 'hash', 'show', 'diff', 'ls', 'latest', 'rm', 'gc', 'fsck', 'schema', 'versions']) {
    it(`${name}: --help has the usage, the options, a real example and the exit statuses`, () => {
      const r = ckpt([name, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^ckpt ${name}: .+\\n\\nUsage: ckpt ${name} `));
      expect(r.stdout).toMatch(/\nOptions:\n(?: {2}.+\n)+/);
      expect(r.stdout).toMatch(/\n {2}-h, --help +show this help and exit\n/);
      expect(r.stdout).toMatch(new RegExp(`\\nExamples:\\n {2}(?:.+\\| )?ckpt ${name}[ \\n]`));
      expect(r.stdout).toMatch(/\nExit status: 0 .+\n$/);
    });

    it(`${name}: an unknown option is one line on stderr and exit 2`, () => {
      const r = ckpt([name, '--no-such-option', 'x']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`ckpt ${name}: error E_USAGE: unknown option --no-such-option for ckpt ${name} (see ckpt ${name} --help)\n`);
    });
  }

  it('every command in the top-level help has its own help', () => {
    for (const name of commands) expect(ckpt([name, '-h']).status, name).toBe(0);
  });
});

describe('ckpt schema and ckpt versions', () => {
  it('prints the newest schema exactly as published, with its $id', () => {
    const r = ckpt(['schema']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, LATEST_FORMAT.schema), 'utf8'));
    expect((JSON.parse(r.stdout) as { $id: string }).$id).toBe(`https://state-checkpoint.dev/${LATEST_FORMAT.schema}`);
  });

  it('prints an older schema with --version N, and the file path with --path', () => {
    expect(ckpt(['schema', '--version', '1.0']).stdout).toBe(readFileSync(join(ROOT, 'schemas', 'v1.schema.json'), 'utf8'));
    expect(ckpt(['schema', '--version', '2', '--path']).stdout).toBe(`${join(ROOT, 'schemas', 'v2.schema.json')}\n`);
    const next = String(LATEST_FORMAT.major + 1);
    const bad = ckpt(['schema', '--version', next]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`E_USAGE: --version must be a format version \\(${FORMAT_VERSIONS.map((f) => f.major).join(', ')}\\), not "${next}"`));
  });

  it('lists every format version with its schema $id and file', () => {
    const data = JSON.parse(ckpt(['versions', '--json']).stdout) as {
      ckpt: string;
      latest: string;
      versions: { version: string; latest: boolean; schema_id: string; schema_file: string }[];
    };
    expect(data.ckpt).toBe(version);
    expect(data.latest).toBe(LATEST_VERSION_STRING);
    expect(data.versions.map((v) => v.version)).toEqual(FORMAT_VERSIONS.map((f) => f.version));
    for (const v of data.versions) {
      const schema = JSON.parse(readFileSync(join(ROOT, v.schema_file), 'utf8')) as { $id: string };
      expect(schema.$id).toBe(v.schema_id);
    }
    const table = ckpt(['versions']).stdout;
    expect(table).toMatch(/^format +schema \$id +file\n1\.0 +https:\/\/state-checkpoint\.dev\/schemas\/v1\.schema\.json +schemas\/v1\.schema\.json\n/);
  });
});
