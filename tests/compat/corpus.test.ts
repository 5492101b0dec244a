// Data written by every earlier release keeps opening (issue 12, item 4). Each folder under releases/ was written
// once, by tests/compat/generate.mjs of that release, and is never regenerated: the current library must load,
// list, find the latest of, fsck and upgrade all of it. This is the guard a new format version needs most: a
// registry-reading path that assumes "latest" is a fixed version fails here the day the table gains a row.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CheckpointRegistry, LATEST_VERSION_STRING, checkCheckpoint, checkpointId, loadCheckpoint, upgrade } from '../../src/index.js';

interface Manifest {
  readonly release: string;
  readonly files: readonly { file: string; version: string; id: string }[];
  readonly registry: {
    readonly entries: readonly { id: string; version: string; run_id: string; sequence: number }[];
    readonly latest: Readonly<Record<string, string>>;
  };
}

const RELEASES = join(dirname(fileURLToPath(import.meta.url)), 'releases');
const releases = readdirSync(RELEASES).sort();
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A private copy: fsck and index repairs write, and the committed corpus must stay as its release wrote it. */
function copyOf(dir: string): string {
  const t = mkdtempSync(join(tmpdir(), 'ckpt-compat-'));
  temps.push(t);
  cpSync(dir, join(t, 'registry'), { recursive: true });
  return join(t, 'registry');
}

it('the corpus holds at least one release', () => {
  expect(releases.length).toBeGreaterThan(0);
});

describe.each(releases)('data written by release %s', (release) => {
  const dir = join(RELEASES, release);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('has a file of each of its versions in both file forms', () => {
    expect(manifest.files.length).toBeGreaterThan(0);
    for (const version of new Set(manifest.files.map((f) => f.version))) {
      expect(manifest.files.filter((f) => f.version === version).map((f) => f.file.split('.').at(-2)).sort()).toEqual(['canonical', 'pretty']);
    }
  });

  describe.each(manifest.files.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const bytes = readFileSync(join(dir, f.file));

    it('loads, verified, as the latest format', () => {
      const r = loadCheckpoint(bytes, { source: f.file });
      expect(r.original.version).toBe(f.version);
      expect(r.original.id).toBe(f.id);
      expect(r.checkpoint.version).toBe(LATEST_VERSION_STRING);
      expect(r.id).toBe(checkpointId(r.checkpoint));
      expect(checkCheckpoint(bytes)).toMatchObject({ valid: true, errors: [] });
    });

    it('upgrades to the same document the load returns', () => {
      const doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      expect(upgrade(doc).document.checkpoint_id).toBe(loadCheckpoint(bytes).id);
    });
  });

  describe('its registry', () => {
    it('lists every checkpoint it held', async () => {
      const registry = new CheckpointRegistry(copyOf(join(dir, 'registry')));
      const listed = await registry.list();
      expect(listed.map((e) => e.id).sort()).toEqual(manifest.registry.entries.map((e) => e.id).sort());
      for (const e of listed) expect(e.latest_format_id).toBe((await registry.load(e.id)).id);
    });

    it('finds the latest checkpoint of each run', async () => {
      const registry = new CheckpointRegistry(copyOf(join(dir, 'registry')));
      const runs = Object.entries(manifest.registry.latest);
      expect(runs.length).toBeGreaterThan(0);
      for (const [run, id] of runs) expect((await registry.latest({ run }))?.id).toBe(id);
    });

    it('loads every checkpoint, upgraded to the latest format', async () => {
      const registry = new CheckpointRegistry(copyOf(join(dir, 'registry')));
      for (const e of manifest.registry.entries) {
        const r = await registry.load(e.id);
        expect(r.checkpoint.version).toBe(LATEST_VERSION_STRING);
        expect(r.original.version).toBe(e.version);
      }
    });

    it('passes fsck, and lists the same afterwards', async () => {
      const registry = new CheckpointRegistry(copyOf(join(dir, 'registry')));
      const report = await registry.fsck();
      expect(report.problems).toEqual([]);
      expect(report.clean).toBe(true);
      expect(report.checked).toBe(manifest.registry.entries.length);
      expect((await registry.list()).map((e) => e.id).sort()).toEqual(manifest.registry.entries.map((e) => e.id).sort());
    });
  });
});
