// Real registries for the engine tests: one in a fresh temporary folder per test, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { CheckpointRegistry, FileRegistry } from '../../src/index.js';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempRegistry(): FileRegistry {
  const dir = mkdtempSync(join(tmpdir(), 'ckpt-engine-'));
  made.push(dir);
  return new CheckpointRegistry(join(dir, 'registry'));
}

/** Ids of the run's checkpoints, by sequence. */
export async function runIds(registry: CheckpointRegistry, run: string): Promise<string[]> {
  return (await registry.list({ run })).sort((a, b) => a.sequence - b.sequence).map((e) => e.id);
}

/** Absolute path of a stored checkpoint file. */
export async function fileOf(registry: FileRegistry, run: string, id: string): Promise<string> {
  const entry = (await registry.list({ run })).find((e) => e.id === id);
  if (entry === undefined) throw new Error(`no checkpoint ${id} in run ${run}`);
  return join(registry.root, entry.path);
}
