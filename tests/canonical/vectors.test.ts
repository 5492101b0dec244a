// RFC 8785 reference vectors (cyberphone/json-canonicalization testdata, Apache-2.0, see tests/fixtures/jcs/LICENSE).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalString } from '../../src/canonical/index.js';
import { parseBytes } from '../../src/json/index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(repoRoot, 'tests/fixtures/jcs');
const names = readdirSync(join(fixtures, 'input'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.trim().split(/\s+/), (h) => parseInt(h, 16));
}

describe('RFC 8785 reference vectors', () => {
  it('has the six reference vectors and the license', () => {
    expect(names).toEqual(['arrays', 'french', 'structures', 'unicode', 'values', 'weird']);
    expect(readFileSync(join(fixtures, 'LICENSE'), 'utf8')).toContain('Apache License, Version 2.0');
  });

  for (const name of names) {
    it(`canonicalizes ${name}.json to the expected bytes`, () => {
      const input = readFileSync(join(fixtures, 'input', `${name}.json`));
      const expected = new Uint8Array(readFileSync(join(fixtures, 'output', `${name}.json`)));
      const value = parseBytes(input);
      const bytes = canonicalBytes(value);
      expect(Buffer.from(bytes).toString('hex')).toBe(Buffer.from(expected).toString('hex'));
      expect(bytes).toEqual(hexBytes(readFileSync(join(fixtures, 'outhex', `${name}.txt`), 'utf8')));
      expect(canonicalString(value)).toBe(canonicalize(value));
    });
  }

  it('keeps fixtures identical to ../shared/vectors/jcs when that folder exists', () => {
    const shared = join(repoRoot, '..', 'shared', 'vectors', 'jcs');
    if (!existsSync(shared)) return; // only present in the monorepo checkout
    const list = (dir: string, prefix = ''): string[] =>
      readdirSync(dir)
        .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? list(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`]))
        .sort();
    const files = list(shared);
    expect(list(fixtures)).toEqual(files);
    for (const f of files) expect(readFileSync(join(fixtures, f)).equals(readFileSync(join(shared, f))), f).toBe(true);
  });
});
