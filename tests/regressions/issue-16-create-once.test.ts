// Issue 16.5: registry.create() validated and hashed the document twice (in createCheckpoint, then again in the
// save's load). It now builds the checkpoint, its id and its file form once and stores them as they are.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckpointRegistry, checkpointId, createCheckpoint, LATEST_FORMAT, serializeCheckpoint } from '../../src/index.js';
import { buildCheckpoint } from '../../src/load/create.js';
import { cleanupTemp, stateFor, tempRoot } from '../registry/helpers.js';
import { trickyJson, containsUnsafeNumber } from '../canonical/helpers.js';

const roots: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const r of roots.splice(0)) cleanupTemp(r);
});

describe('registry.create (issue 16.5)', () => {
  it('regression: create() validates the schema and the semantic rules once (issue 16.5)', async () => {
    const root = tempRoot('create-once');
    roots.push(root);
    const reg = new CheckpointRegistry(root);
    await reg.create(stateFor('r', 0)); // the first call also builds the empty index (a scan that verifies files)
    const validate = vi.spyOn(LATEST_FORMAT, 'validate');
    const semantic = vi.spyOn(LATEST_FORMAT, 'semantic');
    const res = await reg.create(stateFor('r', 1), { createdAt: '2025-01-01T00:00:00Z' });
    expect(validate).toHaveBeenCalledTimes(1);
    expect(semantic).toHaveBeenCalledTimes(1);
    expect(res.created).toBe(true);
    // what it stored is the file form of what it returned, and loads back to the same id
    const file = readFileSync(join(root, res.path), 'utf8');
    expect(file).toBe(serializeCheckpoint(res.checkpoint));
    expect((await reg.load(res.id)).id).toBe(res.id);
  });

  it('builds the same checkpoint, id and file form as createCheckpoint, checkpointId and serializeCheckpoint', () => {
    fc.assert(
      fc.property(trickyJson, fc.constantFrom('2025-01-01T00:00:00Z', '2025-06-01T12:30:00.5+02:00'), (extra, createdAt) => {
        if (containsUnsafeNumber(extra)) return;
        const state = { ...stateFor('r', 1), metadata: { extra } };
        const built = buildCheckpoint(state, { createdAt });
        expect(built.checkpoint).toEqual(createCheckpoint(state, { createdAt }));
        expect(built.id).toBe(checkpointId(built.checkpoint));
        expect(built.checkpoint.checkpoint_id).toBe(built.id);
        expect(built.file).toBe(serializeCheckpoint(built.checkpoint));
      }),
      { numRuns: 200 },
    );
  });
});
