// The committed vector files are exactly what spec/vectors/generate.mjs writes from the current library, so they
// are reproducible, and a behaviour change in the library cannot leave stale vectors behind.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { buildVectorFiles, LOCK_FILE, VECTOR_FILES } from '../../spec/vectors/generate.mjs';
import { CATEGORY_FILES, VECTORS_DIR } from './load-vectors.js';

describe('vector generator', () => {
  const files = buildVectorFiles(lib);

  it('writes one file per category and nothing else', () => {
    expect([...files.keys()].sort()).toEqual([...VECTOR_FILES].sort());
    expect([...VECTOR_FILES].sort()).toEqual(Object.values(CATEGORY_FILES).sort());
    const notVectors = new Set(['vectors.schema.json', 'readings.json', LOCK_FILE]);
    const onDisk = readdirSync(VECTORS_DIR).filter((f) => f.endsWith('.json') && !notVectors.has(f));
    expect(onDisk.sort()).toEqual([...VECTOR_FILES].sort());
  });

  it.each([...VECTOR_FILES])('%s matches what the generator writes (run `npm run build && node spec/vectors/generate.mjs`)', (name) => {
    expect(readFileSync(join(VECTORS_DIR, name), 'utf8') === files.get(name)).toBe(true);
  });
});
