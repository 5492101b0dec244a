// A released schema never changes: each frozen file is pinned by the SHA-256 of its bytes. A new format
// version adds a new file and a new pin; it never edits an old one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

const FROZEN: Record<string, string> = {
  'v1.schema.json': '6f88847b94118d00f071ff4b5f96631b298d92bff21cb098b1fcc2a40a7504df',
  'v2.schema.json': '50f810ac1a5b8d149a5bfe7d75d56c086c18c026d0cfa5d8670b13e49c90b337',
  'v3.schema.json': 'dcf4eb137c582437ace46388e4e8853acb275df5c17a8b872c55d417702cb2b1',
};

describe('frozen schemas', () => {
  for (const [file, pin] of Object.entries(FROZEN)) {
    it(`${file} is byte-for-byte the released schema`, () => {
      const sha = createHash('sha256').update(readFileSync(join(root, 'schemas', file))).digest('hex');
      expect(sha, `${file} changed; released schemas are frozen — add a new version instead (README: Adding a format version)`).toBe(pin);
    });
  }

  it('every schema file in schemas/ is pinned', () => {
    const files = readdirSync(join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'));
    expect(files.sort()).toEqual(Object.keys(FROZEN).sort());
  });

  it('schema patterns are ASCII-explicit (no \\d, \\w or \\s, which match non-ASCII in some engines)', () => {
    for (const file of Object.keys(FROZEN)) {
      const text = readFileSync(join(root, 'schemas', file), 'utf8');
      const patterns = [...text.matchAll(/"pattern": "((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
      expect(patterns.length).toBeGreaterThan(0);
      for (const p of patterns) expect(p, `${file}: ${p}`).not.toMatch(/\\\\[dDwWsSbB]/);
    }
  });

  it('each schema declares draft 2020-12 and a $id naming its version', () => {
    for (const file of Object.keys(FROZEN)) {
      const schema = JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://state-checkpoint.dev/schemas/${file}`);
    }
  });
});
