// ckpt import's library call on the object-store registry (issue 15: "everything the file registry does works on
// S3", import included): the same runs, sequences and ids as on a folder, and a second run adds nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryObjectStore } from '../../src/objectstore/index.js';
import { ObjectStoreRegistry } from '../../src/objectstore/registry.js';
import { FileRegistry } from '../../src/registry/index.js';
import { importFinbotFolder } from '../../src/sources/finbot/folder.js';
import { tempDir } from '../cli/helpers.js';

const SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'finbot', 'sample');

describe('finbot folder import into an object-store registry', () => {
  it('gives the same ids as a folder registry, and is idempotent', async () => {
    const s3 = new ObjectStoreRegistry(new MemoryObjectStore('finbot'));
    const tmp = tempDir();
    const folder = new FileRegistry(join(tmp.dir, 'reg'));
    const ids = (runs: Awaited<ReturnType<typeof importFinbotFolder>>): string[] =>
      runs.flatMap((r) => r.files.flatMap((f) => (f.outcome.kind === 'imported' ? [`${r.run_id} ${f.outcome.sequence} ${f.outcome.id}`] : [])));
    const first = await importFinbotFolder(SAMPLE, s3);
    const onFolder = await importFinbotFolder(SAMPLE, folder);
    expect(ids(first).length).toBeGreaterThan(10);
    expect(ids(first)).toEqual(ids(onFolder));
    expect((await s3.list()).length).toBe(ids(first).length);
    const again = await importFinbotFolder(SAMPLE, s3);
    expect(ids(again)).toEqual(ids(first));
    expect(again.flatMap((r) => r.files.filter((f) => f.outcome.kind === 'imported' && f.outcome.created))).toEqual([]);
    expect((await s3.list()).length).toBe(ids(first).length);
    tmp.cleanup();
  });
});
