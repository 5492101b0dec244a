// One source of truth (issue 12, item 1): only the version table knows which versions exist and which is the
// latest. Outside it, no code or test names the latest version (it must come from LATEST_VERSION_STRING,
// LATEST_FORMAT, latestDocument, FORMAT_VERSIONS), no code uses a version's generated names (CheckpointV2,
// validateV2: they come from the table too), and nothing builds a version as `${major}.0` (minor versions exist).
// An older version's string may appear where it states a historic fact ("a 1.0 file upgrades through 2.0"), which
// a new version does not change; so may the many "1.0"s that are not format versions (XML, decimals). Comment
// lines are prose and not checked.
// Allowed to name versions: the table and its folders (src/format/versions/), generated code, the per-version
// test data (tests/arbitraries/) and the committed compatibility corpus (tests/compat/releases/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS, LATEST_FORMAT, type FormatVersion } from '../../src/format/index.js';

const root = join(import.meta.dirname, '..', '..');
const CODE_DIRS = ['src', 'migrations', 'examples', 'bench', 'scripts', 'bin'];
const TEST_DIRS = ['tests'];
const ALLOWED = ['src/format/versions/', 'tests/arbitraries/', 'tests/compat/releases/', 'tests/format/version-literals.test.ts'];
const SOURCE = /\.(ts|mts|mjs|js)$/;

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (SOURCE.test(e.name)) out.push(relative(root, full).split('\\').join('/'));
    }
  };
  walk(join(root, dir));
  return out.filter((f) => !ALLOWED.some((a) => f.startsWith(a)));
}

/** Ways code names one version: its string quoted, its type, validator and arbitrary names, its file-name stem. */
function spellings(f: FormatVersion<any>): RegExp {
  const v = f.version.replace('.', '\\.');
  const name = f.schema.replace(/^schemas\//, '').replace(/\.schema\.json$/, '');
  const Name = name[0]!.toUpperCase() + name.slice(1);
  return new RegExp(`['"\`]${v}['"\`]|\\b(Checkpoint|validate|check)${Name}\\b|\\b${name}(Document|To[A-Z]\\w*)?\\b|\\b${v}\\b`, 'g');
}

/** A version put together from a major: assumes every version is MAJOR.0, so minor versions break it. */
const MAJOR_DOT_ZERO = /\$\{[^}]+\}\.0\b/g;

/** Generated names of a version: its document type, validator and rules. */
function generatedNames(f: FormatVersion<any>): RegExp {
  const name = f.schema.replace(/^schemas\//, '').replace(/\.schema\.json$/, '');
  const Name = name[0]!.toUpperCase() + name.slice(1);
  return new RegExp(`\\b(Checkpoint|validate|check|rules|step)${Name}\\b`, 'g');
}

const COMMENT = /^\s*(\/\/|\/\*|\*)/;

function findings(file: string, patterns: readonly RegExp[]): string[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (COMMENT.test(line)) return;
    for (const p of patterns) for (const m of line.matchAll(p)) out.push(`${file}:${i + 1}: ${m[0]}`);
  });
  return out;
}

describe('version literals', () => {
  it('library code, examples, scripts and benches name neither the latest version nor any version\'s generated names', () => {
    const patterns = [spellings(LATEST_FORMAT), ...FORMAT_VERSIONS.map(generatedNames), MAJOR_DOT_ZERO];
    const code = CODE_DIRS.flatMap(files);
    expect(code.length).toBeGreaterThan(50);
    expect(code.flatMap((f) => findings(f, patterns))).toEqual([]);
  });

  it('tests never name the latest version', () => {
    const tests = TEST_DIRS.flatMap(files);
    expect(tests.length).toBeGreaterThan(30);
    expect(tests.flatMap((f) => findings(f, [spellings(LATEST_FORMAT), MAJOR_DOT_ZERO]))).toEqual([]);
  });

  it('catches each spelling (the check cannot pass on nothing)', () => {
    const p = spellings(LATEST_FORMAT);
    const v = LATEST_FORMAT.version;
    const name = LATEST_FORMAT.schema.replace(/^schemas\//, '').replace(/\.schema\.json$/, '');
    for (const s of [`'${v}'`, `"${v}"`, `format ${v} files`, `Checkpoint${name.toUpperCase()}`, `${name}Document`, `${name}.json`]) expect(s.match(p), s).not.toBeNull();
    expect('`${LATEST_VERSION}.0`'.match(MAJOR_DOT_ZERO)).not.toBeNull();
    for (const f of FORMAT_VERSIONS) {
      const name = f.schema.replace(/^schemas\//, '').replace(/\.schema\.json$/, '');
      expect(`x: Checkpoint${name[0]!.toUpperCase()}${name.slice(1)}`.match(generatedNames(f))).not.toBeNull();
    }
  });
});
