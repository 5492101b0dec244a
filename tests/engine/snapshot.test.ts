// The engine contract is version-independent (issue 12, item 6): engines compile against the TypeBox snapshot type
// and can check their output against its JSON Schema; the library maps snapshots to the latest document and back.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { captureState, ENGINE_SNAPSHOT_SCHEMA, loadCheckpoint, createCheckpoint } from '../../src/index.js';
import { fromDocument, toDocumentState } from '../../src/engine/snapshot.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { smallConfig } from './helpers.js';

const validate = new Ajv2020({ strict: false }).compile(ENGINE_SNAPSHOT_SCHEMA);

describe('engine snapshot contract', () => {
  it('the JSON Schema accepts what the reference engine extracts, mid-run', () => {
    const engine = new BacktestEngine(smallConfig());
    for (let i = 0; i < 150 && engine.step(); i++);
    const snap = engine.extract();
    expect(validate(snap), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...snap, extra: 1 })).toBe(false);
  });

  it('snapshot → latest document → snapshot gives back the snapshot', () => {
    const engine = new BacktestEngine(smallConfig());
    for (let i = 0; i < 150 && engine.step(); i++);
    const snap = engine.extract();
    const doc = loadCheckpoint(createCheckpoint(captureState(engine, { run: 'r', parent: null, sequence: 0 }))).checkpoint;
    expect(fromDocument(doc, snap.strategy_data)).toEqual(snap);
    // The mapping back fills in exactly the document's own members (whatever the latest format calls them).
    for (const [member, value] of Object.entries(toDocumentState(fromDocument(doc, snap.strategy_data)))) expect(value, member).toEqual((doc as unknown as Record<string, unknown>)[member]);
  });
});
