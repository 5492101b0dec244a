// The engine takes either store: a backtest interrupted and resumed through an object-store registry ends on the same
// checkpoint id as one run without interruption into a folder (the demo shows the same on the real gateway).
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configWith } from '../../examples/engine/config.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { runToEnd } from '../../examples/engine/run.js';
import { MemoryObjectStore } from '../../src/objectstore/index.js';
import { ObjectStoreRegistry } from '../../src/objectstore/registry.js';
import { FileRegistry, resume, startRun, type CheckpointRegistry } from '../../src/index.js';
import { cleanupTemp, tempRoot } from '../registry/helpers.js';

const root = tempRoot('engine-stores');
afterAll(() => cleanupTemp(root));
const config = configWith({ minutes: 60 });
const policy = { everyBars: 20 };

async function uninterrupted(store: CheckpointRegistry): Promise<string> {
  const engine = new BacktestEngine(config);
  return (await runToEnd(engine, (await startRun(store, 'bt', engine, { policy })).checkpointer))!.id;
}

describe('startRun and resume over either store', () => {
  it('stopped at bar 50 and resumed from an object store: the same final id as an uninterrupted run on a folder', async () => {
    const bucket = new ObjectStoreRegistry(new MemoryObjectStore('engine'));
    const first = new BacktestEngine(config);
    const stop = new Error('stop at bar 50');
    await expect(runToEnd(first, (await startRun(bucket, 'bt', first, { policy })).checkpointer, { onBar: (bars) => { if (bars === 50) throw stop; } })).rejects.toBe(stop);
    const second = new BacktestEngine(config);
    const handle = await resume(bucket, 'bt', second, { policy });
    expect(second.barsProcessed).toBe(40);
    const resumedFinal = (await runToEnd(second, handle.checkpointer))!.id;
    expect(resumedFinal).toBe(await uninterrupted(new FileRegistry(join(root, 'folder'))));
    expect(resumedFinal).toBe(await uninterrupted(new ObjectStoreRegistry(new MemoryObjectStore('engine-2'))));
  });
});
