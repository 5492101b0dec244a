// The index's latest-format ids are derived: computed for the latest version of the library that wrote the log
// (spec/registry.md §6.1). A library whose latest version differs must rebuild them from the files, never answer
// with them or fail on them. Found by issue 12's 4.0 experiment: a library one version ahead listed a registry
// written today with the old ids, or failed with E_IO.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckpointRegistry, LATEST_VERSION_STRING, REGISTRY_INDEX_LATEST, loadCheckpoint, serializeCheckpoint } from '../../src/index.js';
import { entryFromLoad, type RegistryEntry } from '../../src/registry/entry.js';
import { encodeRecord } from '../../src/registry/index-log.js';
import { encodeSnapshot } from '../../src/registry/index-snapshot.js';
import { cleanupTemp, REPO, tempRoot } from './helpers.js';

const CORPUS = join(REPO, 'tests/compat/releases/0.1.0');
/** A version far in the future: what a newer library's latest would be. */
const FUTURE = '99.0';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) cleanupTemp(t);
});

function fresh(): string {
  const t = tempRoot('stale-index');
  temps.push(t);
  return join(t, 'registry');
}

/** Puts a file in the registry where it belongs; returns its true entry (ids as this library computes them). */
function place(root: string, bytes: Buffer): RegistryEntry {
  const r = loadCheckpoint(bytes);
  const ts = r.checkpoint.timestamp;
  const path = `${ts.slice(0, 4)}/${ts.slice(5, 7)}/${r.original.id}.json`;
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), bytes);
  return entryFromLoad(r, path);
}

/** An index as a library with another latest version would write it: its header, its snapshot, then a record. */
function writeIndex(root: string, header: object, snapshot: readonly RegistryEntry[], appended: readonly RegistryEntry[] = []): void {
  mkdirSync(join(root, '.index'), { recursive: true });
  const records = appended.map((entry) => `\n${encodeRecord({ op: 'put', entry })}\n`).join('');
  writeFileSync(join(root, '.index/log.jsonl'), `${JSON.stringify(header)}\n${encodeSnapshot(snapshot)}\n${records}`);
}

function header(root: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, '.index/log.jsonl'), 'utf8').split('\n')[0]!) as Record<string, unknown>;
}

/** What another latest version's id of a file would be: any id but ours. */
const otherId = (id: string): string => createHash('sha256').update(`other latest:${id}`).digest('hex');

const corpusFiles = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')).files as { file: string; version: string; id: string; latest_id: string }[];
const canonicalFiles = corpusFiles.filter((f) => f.file.endsWith('.canonical.json'));
const older = canonicalFiles.find((f) => f.version !== LATEST_VERSION_STRING)!;
/** The older file's id in this library's latest version (the manifest's latest_id is its release's). */
const olderLatestId = loadCheckpoint(readFileSync(join(CORPUS, older.file))).id;
/**
 * A latest-format file of another state than `older`: the corpus's newest file, upgraded when the corpus was written
 * before this latest version existed.
 */
const newestBytes = ((): Buffer => {
  const source = canonicalFiles.at(-1)!;
  const bytes = readFileSync(join(CORPUS, source.file));
  if (source.version === LATEST_VERSION_STRING) return bytes;
  const { provenance: _p, ...doc } = loadCheckpoint(bytes).checkpoint;
  return Buffer.from(serializeCheckpoint(doc));
})();

/** A registry written by a library whose latest version was `older.version`: to it, that file was latest-format. */
function writtenByOlderLibrary(): { root: string; entry: RegistryEntry } {
  const root = fresh();
  const entry = place(root, readFileSync(join(CORPUS, older.file)));
  writeIndex(root, { registry_index: 2, latest_version: older.version }, [{ ...entry, latest_format_id: entry.id }]);
  return { root, entry };
}

describe('an index written for another latest version', () => {
  it('fixture: the older file upgrades to another id, so a stale index would be visible', () => {
    expect(olderLatestId).not.toBe(older.id);
  });

  it('regression: list, latest and load use this library\'s latest-format ids, not the stale ones of an index written by an older library (issue 12)', async () => {
    const { root, entry } = writtenByOlderLibrary();
    const registry = new CheckpointRegistry(root);
    const listed = await registry.list();
    expect(listed.map((e) => [e.id, e.latest_format_id])).toEqual([[entry.id, olderLatestId]]);
    expect((await registry.latest({ run: entry.run_id }))?.latest_format_id).toBe(olderLatestId);
    expect((await registry.load(entry.id)).id).toBe(olderLatestId);
    // Rebuilt from the files, and marked for the version its ids are now computed for.
    expect(header(root).latest_version).toBe(LATEST_VERSION_STRING);
  });

  it('regression: fsck rewrites an index written for another latest version, and reports the entries it contradicted', async () => {
    const { root, entry } = writtenByOlderLibrary();
    const report = await new CheckpointRegistry(root).fsck();
    expect(report.checked).toBe(1);
    expect(report.problems).toEqual([]);
    expect(report.index).toMatchObject({ missing: 0, ghost: 0, mismatched: 1, invalidLines: 1, rewritten: true });
    expect(header(root).latest_version).toBe(LATEST_VERSION_STRING);
    const listed = await new CheckpointRegistry(root).list();
    expect(listed.map((e) => [e.id, e.latest_format_id])).toEqual([[entry.id, olderLatestId]]);
  });

  it('a save into a registry indexed for another latest version rebuilds the index before appending to it', async () => {
    const { root, entry } = writtenByOlderLibrary();
    const registry = new CheckpointRegistry(root);
    const saved = await registry.save(newestBytes);
    expect(header(root).latest_version).toBe(LATEST_VERSION_STRING);
    const fresh = await new CheckpointRegistry(root).list();
    expect(new Map(fresh.map((e) => [e.id, e.latest_format_id]))).toEqual(new Map([[entry.id, olderLatestId], [saved.id, saved.id]]));
  });

  it('a registry written by a newer library: its files of known versions are listed with our ids, its too-new files are left alone with a clear error', async () => {
    const root = fresh();
    const known = place(root, newestBytes);
    // A file of the newer library's latest version, as it would store it.
    const doc = JSON.parse(newestBytes.toString('utf8')) as Record<string, unknown>;
    const tooNewBytes = Buffer.from(JSON.stringify({ ...doc, version: FUTURE }));
    const tooNewId = createHash('sha256').update(tooNewBytes).digest('hex');
    const tooNewPath = `${known.path.slice(0, 8)}${tooNewId}.json`;
    writeFileSync(join(root, tooNewPath), tooNewBytes);
    const tooNew: RegistryEntry = { ...known, id: tooNewId, path: tooNewPath, version: FUTURE, latest_format_id: tooNewId, sequence: known.sequence + 1 };
    writeIndex(root, { registry_index: 2, latest_version: FUTURE }, [{ ...known, latest_format_id: otherId(known.id) }], [tooNew]);

    const registry = new CheckpointRegistry(root);
    const listed = await registry.list();
    expect(listed.map((e) => [e.id, e.latest_format_id])).toEqual([[known.id, known.id]]);
    expect((await registry.latest({ run: known.run_id }))?.id).toBe(known.id);
    expect((await registry.load(known.id)).id).toBe(known.id);
    await expect(registry.load(tooNewId)).rejects.toMatchObject({ code: 'E_VERSION_TOO_NEW', message: expect.stringContaining('newer than') });
    const report = await new CheckpointRegistry(root).fsck();
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'newer-version', path: tooNewPath, code: 'E_VERSION_TOO_NEW' })]);
    // Left where it is for the library that can read it.
    expect(readFileSync(join(root, tooNewPath))).toEqual(tooNewBytes);
  });

  it('an index without latest_version is read as written for REGISTRY_INDEX_LATEST, the version table\'s fact', async () => {
    const root = fresh();
    cpSync(join(CORPUS, 'registry'), root, { recursive: true });
    expect(header(root).latest_version).toBeUndefined();
    const listed = await new CheckpointRegistry(root).list();
    expect(listed.length).toBeGreaterThan(0);
    // Used as is while our latest is the one it was written for; rebuilt (and marked) once it is not.
    expect(header(root).latest_version).toBe(REGISTRY_INDEX_LATEST === LATEST_VERSION_STRING ? undefined : LATEST_VERSION_STRING);
  });
});
