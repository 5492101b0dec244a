// Vectors are append-only (issue 12.5): implementations in other languages pin themselves to these cases, so a
// case, once published, never changes meaning. spec/vectors/vectors.lock.json holds a hash of every case with its
// group; the generator adds new cases to it and refuses to change a locked one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { caseHashes, extendLock, LOCK_FILE, VECTOR_FILES } from '../../spec/vectors/generate.mjs';
import { VECTORS_DIR } from './load-vectors.js';

const committed = new Map(VECTOR_FILES.map((name) => [name, readFileSync(join(VECTORS_DIR, name), 'utf8')]));
const lock = JSON.parse(readFileSync(join(VECTORS_DIR, LOCK_FILE), 'utf8')) as Record<string, Record<string, string>>;

describe('append-only vectors', () => {
  it('every locked case still exists with the same content', () => {
    expect(extendLock(lock, caseHashes(committed, lib.canonicalString)).problems).toEqual([]);
  });

  it('every case is in the lock (run `npm run build && node spec/vectors/generate.mjs`)', () => {
    const hashes = caseHashes(committed, lib.canonicalString);
    for (const [name, entries] of Object.entries(hashes)) expect(Object.keys(lock[name] ?? {}).sort(), name).toEqual(Object.keys(entries).sort());
  });

  it('notices a changed case, a removed case and a changed group', () => {
    const file = 'bad-input.json';
    const parsed = JSON.parse(committed.get(file)!) as { groups: { description: string; cases: { description: string; error: unknown }[] }[] };
    const changed = structuredClone(parsed);
    changed.groups[0]!.cases[0]!.error = 'E_PARSE';
    const removed = structuredClone(parsed);
    removed.groups[0]!.cases.shift();
    const regrouped = structuredClone(parsed);
    regrouped.groups[0]!.description += ' (edited)';
    for (const variant of [changed, removed, regrouped]) {
      const files = new Map(committed).set(file, JSON.stringify(variant));
      expect(extendLock(lock, caseHashes(files, lib.canonicalString)).problems.length).toBeGreaterThan(0);
    }
  });

  it('names every target version explicitly: no upgrade case relies on "the latest"', () => {
    for (const name of ['upgrade.json', 'downgrade.json']) {
      const file = JSON.parse(committed.get(name)!) as { groups: { cases: { to?: string }[] }[] };
      for (const c of file.groups.flatMap((g) => g.cases)) expect(c.to, name).toMatch(/^[0-9]+\.[0-9]+$/);
    }
  });

  it('says "too new" only of versions far in the future', () => {
    const file = JSON.parse(committed.get('bad-input.json')!) as { groups: { cases: { hex: string; error: string | null }[] }[] };
    for (const c of file.groups.flatMap((g) => g.cases).filter((x) => x.error === 'E_VERSION_TOO_NEW')) {
      const version = /"version"\s*:\s*"([0-9]+)\./.exec(Buffer.from(c.hex, 'hex').toString('utf8'))?.[1];
      expect(Number(version), 'a too-new case names a major of 999 or more').toBeGreaterThanOrEqual(999);
    }
  });
});
