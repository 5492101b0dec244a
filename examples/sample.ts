// A small, realistic state, built as an engine snapshot and mapped by the library (stateFromSnapshot), so a new
// format version, which moves or renames document members, changes no sample: the example tests use it
// (tests/fixtures/sample.ts), and examples/cli/generate.mjs writes docs/cli.md's sample files from it.
import { stateFromSnapshot, type CheckpointState, type EngineSnapshot, type Lineage, type StrategyIdentity } from '../src/index.js';

export function sampleSnapshot(): EngineSnapshot {
  return {
    timestamp: '2024-03-15T20:00:00Z',
    portfolio_state: {
      cash: { USD: '84250.75' },
      positions: {
        AAPL: { quantity: '50', avg_price: '171.2', currency: 'USD', last_price: '172.62' },
        MSFT: { quantity: '-20', avg_price: '425.1', currency: 'USD', last_price: '431' },
      },
      equity: { USD: '84261.75' },
    },
    order_state: {
      orders: [
        { order_id: 'o-15', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '50', time_in_force: 'day', status: 'filled', filled_quantity: '50', avg_fill_price: '171.2', commission: '1', currency: 'USD', placed_at: '2024-03-14T14:00:00Z' },
        { order_id: 'o-17', symbol: 'AAPL', side: 'sell', type: 'limit', quantity: '50', limit_price: '180', time_in_force: 'gtc', status: 'submitted', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-03-15T19:30:00Z' },
      ],
      fills: [{ fill_id: 'f-1', order_id: 'o-15', symbol: 'AAPL', side: 'buy', quantity: '50', price: '171.2', commission: '1', currency: 'USD', timestamp: '2024-03-14T14:02:11.25Z' }],
    },
    engine_state: {
      rng: { algorithm: 'mulberry32', state: [2718281828] },
      feeds: { 'AAPL.1d': { cursor: 1200, last_timestamp: '2024-03-15T20:00:00Z' } },
      counters: { order: 18, fill: 2 },
      held_orders: [],
    },
    strategy_data: { fast: [171.1, 171.9], slow: [168, 169.5] },
    metadata: {},
  };
}

export const SAMPLE_STRATEGY: StrategyIdentity = { name: 'sma_crossover', fingerprint: null, state: { schema: 'sma_crossover', version: 2 } };

/** The state of a checkpoint of `snap` (the sample by default), first of its run unless `lineage` says otherwise. */
export function sampleState(snap: EngineSnapshot = sampleSnapshot(), strategy: StrategyIdentity = SAMPLE_STRATEGY, lineage: Partial<Lineage> = {}): CheckpointState {
  return stateFromSnapshot(snap, strategy, { run: 'bt-2024-03-15', parent: null, sequence: 0, ...lineage });
}
