// INTERIM: the checkpoint store the worker and the demo use until CheckpointRegistry lands on main;
// then openStore returns `new CheckpointRegistry(dir)` and this file shrinks to that line. One file per
// checkpoint, written to a temporary name and renamed, so a crash never leaves a torn file.
import { mkdir, open, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCheckpoint, serializeCheckpoint, type Checkpoint, type CheckpointStore, type StoreEntry } from '../../src/index.js';

export function openStore(dir: string): CheckpointStore {
  const entries = async (run: string): Promise<StoreEntry[]> => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const out: StoreEntry[] = [];
    for (const name of names) {
      const m = /^(.+)~(\d+)~([0-9a-f]{64})\.json$/.exec(name);
      if (m && m[1] === run) out.push({ run_id: run, sequence: Number(m[2]), id: m[3]! });
    }
    return out.sort((a, b) => a.sequence - b.sequence);
  };
  const pathOf = async (id: string) => (await readdir(dir)).find((n) => n.endsWith(`~${id}.json`));
  return {
    async save(c: Checkpoint) {
      await mkdir(dir, { recursive: true });
      const name = `${c.run_id}~${c.sequence}~${c.checkpoint_id}.json`;
      const tmp = join(dir, `.${name}.${process.pid}.tmp`);
      const fh = await open(tmp, 'w');
      await fh.writeFile(serializeCheckpoint(c));
      await fh.sync();
      await fh.close();
      await rename(tmp, join(dir, name));
      return { id: c.checkpoint_id, path: name, created: true };
    },
    async load(id: string) {
      const name = await pathOf(id);
      return loadCheckpoint(await readFile(join(dir, name ?? id)), { source: name ?? id });
    },
    latest: async ({ run }) => (await entries(run)).at(-1),
    list: async ({ run }) => entries(run),
  };
}
