// Registry walkthrough: a backtest saves a checkpoint per simulated day, "crashes", and a new process
// resumes from the latest verified checkpoint of its run; then retention (dry run, then for real) and fsck.
// Run: npm run build && node dist/examples/registry.js [root]   (default: a fresh temp folder, removed after)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckpointRegistry, formatCleanupReport, formatFsckReport, stateFromSnapshot, type CheckpointState, type EngineSnapshot, type StrategyIdentity } from '../src/index.js';

const STRATEGY: StrategyIdentity = { name: 'sma_crossover', fingerprint: null, state: { schema: 'sma_crossover', version: 1 } };

// Built from an engine snapshot, as an engine's state is: the library maps it to whichever format is latest.
function stateOf(run: string, day: number, cash: number): CheckpointState {
  const snapshot: EngineSnapshot = {
    timestamp: new Date(Date.UTC(2024, 2, 1 + day, 21)).toISOString().replace('.000Z', 'Z'),
    portfolio_state: { cash: { USD: String(cash) }, positions: {} },
    order_state: { orders: [], fills: [] },
    engine_state: { rng: { algorithm: 'mulberry32', state: [day + 1] }, feeds: {}, counters: { order: day }, held_orders: [] },
    strategy_data: { day },
    metadata: {},
  };
  return stateFromSnapshot(snapshot, STRATEGY, { run, parent: null, sequence: day });
}

export async function runRegistryExample(root: string): Promise<string[]> {
  const out: string[] = [];
  const run = 'bt-2024-03';

  // First process: saves days 0..9, then dies.
  const writer = new CheckpointRegistry(root);
  for (let day = 0; day < 10; day++) await writer.create(stateOf(run, day, 100_000 + day * 250));

  // Second process: resume.
  const registry = new CheckpointRegistry(root);
  const latest = await registry.latest({ run });
  if (latest === undefined) throw new Error('nothing to resume from');
  const { checkpoint } = await registry.load(latest.id);
  out.push(`resume ${run} from sequence ${checkpoint.sequence} (${checkpoint.timestamp}), cash ${checkpoint.portfolio_state.cash.USD} USD`);
  out.push(`        file ${latest.path}`);

  // Saving the same state again is a no-op: same id, one file, the first write wins.
  const again = await registry.create(stateOf(run, checkpoint.sequence, 100_000 + checkpoint.sequence * 250));
  out.push(`re-save of sequence ${checkpoint.sequence}: created=${again.created}, same id=${again.id === latest.id}`);

  out.push((await registry.list({ run, timestamp: { from: '2024-03-05', to: '2024-03-08' } })).map((e) => `listed sequence ${e.sequence} at ${e.timestamp}`).join('\n'));
  out.push(formatCleanupReport(await registry.cleanup({ keepLast: 3, keepEvery: { days: 4 } }, { dryRun: true })));
  const done = await registry.cleanup({ keepLast: 3, keepEvery: { days: 4 } });
  out.push(`cleanup deleted ${done.deleted.length}; ${(await registry.list({ run })).length} left`);
  out.push(formatFsckReport(await registry.fsck()));
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const given = process.argv[2];
  const root = given ?? join(mkdtempSync(join(tmpdir(), 'ckpt-example-')), 'checkpoints');
  try {
    console.log((await runRegistryExample(root)).join('\n'));
  } finally {
    if (given === undefined) rmSync(join(root, '..'), { recursive: true, force: true });
  }
}
