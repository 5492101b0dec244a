// A released schema never changes: every release pins the SHA-256 of the bytes of each schema it shipped
// (tests/compat/releases/RELEASE/schemas.json, written by tests/compat/generate.mjs when the release is cut). A new
// format version adds a new file, which its release pins; it never edits an old one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS, LATEST_FORMAT } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const RELEASES = join(root, 'tests', 'compat', 'releases');
/** Schemas of the source formats (src/format/sources/table.json): frozen too, outside the version chain. */
const SOURCE_SCHEMAS = (JSON.parse(readFileSync(join(root, 'src', 'format', 'sources', 'table.json'), 'utf8')) as { sources: { format: string }[] }).sources.map(
  (s) => `schemas/${s.format}.schema.json`,
);

/** schema path → [release, pinned sha256] for every pin of every release. */
const pins: [string, string, string][] = readdirSync(RELEASES)
  .sort()
  .flatMap((release) => {
    const { sha256 } = JSON.parse(readFileSync(join(RELEASES, release, 'schemas.json'), 'utf8')) as { sha256: Record<string, string> };
    return Object.entries(sha256).map(([file, sha]): [string, string, string] => [file, release, sha]);
  });

describe('frozen schemas', () => {
  it('releases pin schemas', () => {
    expect(pins.length).toBeGreaterThan(0);
  });

  for (const [file, release, pin] of pins) {
    it(`${file} is byte-for-byte the schema release ${release} shipped`, () => {
      const sha = createHash('sha256').update(readFileSync(join(root, file))).digest('hex');
      expect(sha, `${file} changed; released schemas are frozen — add a new version instead (README: Adding a format version)`).toBe(pin);
    });
  }

  it('every schema the table lists is pinned by a release, except possibly the newest, not yet released', () => {
    const pinned = new Set(pins.map(([file]) => file));
    expect(FORMAT_VERSIONS.filter((f) => f !== LATEST_FORMAT && !pinned.has(f.schema)).map((f) => f.schema)).toEqual([]);
  });

  it('schemas/ holds exactly the schemas the version table and the source-format table list', () => {
    const files = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json')).map((f) => `schemas/${f}`);
    expect(files.sort()).toEqual([...FORMAT_VERSIONS.map((f) => f.schema), ...SOURCE_SCHEMAS].sort());
  });

  it('schema patterns are ASCII-explicit (no \\d, \\w or \\s, which match non-ASCII in some engines)', () => {
    for (const f of [...FORMAT_VERSIONS, ...SOURCE_SCHEMAS.map((schema) => ({ schema }))]) {
      const text = readFileSync(join(root, f.schema), 'utf8');
      const patterns = [...text.matchAll(/"pattern": "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
      expect(patterns.length).toBeGreaterThan(0);
      for (const p of patterns) expect(p, `${f.schema}: ${p}`).not.toMatch(/\\\\[dDwWsSbB]/);
    }
  });

  it('each schema declares draft 2020-12 and a $id naming its file', () => {
    for (const f of FORMAT_VERSIONS) {
      const schema = JSON.parse(readFileSync(join(root, f.schema), 'utf8')) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://state-checkpoint.dev/${f.schema}`);
    }
  });
});
