// The common registry suite against the file registry: the same behaviour the object stores show, from a folder.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { FileRegistry } from '../../src/registry/index.js';
import { cleanupTemp, tempRoot } from '../registry/helpers.js';
import { registrySuite } from './registry-suite.js';

const roots: string[] = [];
afterAll(() => roots.forEach(cleanupTemp));

registrySuite('the file system', {
  fresh: () => {
    const root = tempRoot('suite');
    roots.push(root);
    return new FileRegistry(join(root, 'registry'));
  },
  damage: async (registry, id, bytes) => {
    const { path } = await registry.load(id);
    await writeFile(join(registry.location, path), bytes);
  },
});
