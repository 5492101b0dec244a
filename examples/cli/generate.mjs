#!/usr/bin/env node
// Writes the sample files docs/cli.md runs its examples on, with the library itself (ids computed, not typed):
//   checkpoints/day-1.json, day-2.json, day-3.json  three consecutive latest-format checkpoints of one backtest run
//   checkpoints/legacy-v1.json                      a copy of the spec's 1.0 example
//   bad.json, overfilled.json                       broken on purpose (a schema problem; a fill beyond its order)
//   old.json                                        another copy of the 1.0 example, for upgrade --in-place
// Files are in the pretty form, for people to read. Run after `npm run build`: `node examples/cli/generate.mjs`
// (add `--check` to compare instead). Deterministic: every time in the files is fixed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkpointId, createCheckpoint, serializeCheckpoint, stateFromSnapshot } from 'state-checkpoint';

const here = dirname(fileURLToPath(import.meta.url));
const v1 = readFileSync(join(here, '..', '..', 'spec', 'examples', 'v1.json'), 'utf8');

function day1() {
  return {
    strategy_name: 'sma_crossover',
    run_id: 'bt-2024-03-15',
    parent_id: null,
    sequence: 0,
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
    strategy_state: { schema: 'sma_crossover', schema_version: 2, data: { fast: [171.1, 171.9], slow: [168, 169.5] } },
    fingerprint: null,
    metadata: {},
  };
}

/** The next day: the AAPL limit order filled at 180, 10 TSLA bought at market. */
function day2(parent) {
  const s = day1();
  s.parent_id = parent;
  s.sequence = 1;
  s.timestamp = '2024-03-16T20:00:00Z';
  s.portfolio_state.cash = { USD: '91443.75' };
  s.portfolio_state.positions = {
    MSFT: { quantity: '-20', avg_price: '425.1', currency: 'USD', last_price: '431' },
    TSLA: { quantity: '10', avg_price: '180.5', currency: 'USD', last_price: '181' },
  };
  // 91443.75 − 20 × 431 + 10 × 181
  s.portfolio_state.equity = { USD: '84633.75' };
  s.order_state.orders[1] = { ...s.order_state.orders[1], status: 'filled', filled_quantity: '50', avg_fill_price: '180', commission: '1' };
  s.order_state.orders.push({ order_id: 'o-18', symbol: 'TSLA', side: 'buy', type: 'market', quantity: '10', time_in_force: 'day', status: 'filled', filled_quantity: '10', avg_fill_price: '180.5', commission: '1', currency: 'USD', placed_at: '2024-03-16T14:00:00Z' });
  s.order_state.fills.push(
    { fill_id: 'f-2', order_id: 'o-17', symbol: 'AAPL', side: 'sell', quantity: '50', price: '180', commission: '1', currency: 'USD', timestamp: '2024-03-16T15:10:00Z' },
    { fill_id: 'f-3', order_id: 'o-18', symbol: 'TSLA', side: 'buy', quantity: '10', price: '180.5', commission: '1', currency: 'USD', timestamp: '2024-03-16T14:00:01Z' },
  );
  s.engine_state.feeds['AAPL.1d'] = { cursor: 1201, last_timestamp: '2024-03-16T20:00:00Z' };
  s.engine_state.counters = { order: 19, fill: 4 };
  s.strategy_state.data.fast = [171.9, 175.4];
  return s;
}

/** A quiet third day: prices move, nothing trades. */
function day3(parent) {
  const s = day2(parent);
  s.sequence = 2;
  s.timestamp = '2024-03-17T20:00:00Z';
  s.portfolio_state.positions.MSFT.last_price = '428';
  s.portfolio_state.positions.TSLA.last_price = '183';
  // 91443.75 − 20 × 428 + 10 × 183
  s.portfolio_state.equity = { USD: '84713.75' };
  s.engine_state.feeds['AAPL.1d'] = { cursor: 1202, last_timestamp: '2024-03-17T20:00:00Z' };
  s.strategy_state.data.fast = [175.4, 176];
  return s;
}

/** The days above are written as an engine sees them; the library maps them to the latest format (as engines' are). */
function latest(s) {
  const snapshot = { timestamp: s.timestamp, portfolio_state: s.portfolio_state, order_state: s.order_state, engine_state: s.engine_state, strategy_data: s.strategy_state.data, metadata: s.metadata };
  const strategy = { name: s.strategy_name, fingerprint: s.fingerprint, state: { schema: s.strategy_state.schema, version: s.strategy_state.schema_version } };
  return stateFromSnapshot(snapshot, strategy, { run: s.run_id, parent: s.parent_id, sequence: s.sequence });
}

const c1 = createCheckpoint(latest(day1()), { createdAt: '2024-03-15T20:00:04Z' });
const c2 = createCheckpoint(latest(day2(c1.checkpoint_id)), { createdAt: '2024-03-16T20:00:04Z' });
const c3 = createCheckpoint(latest(day3(c2.checkpoint_id)), { createdAt: '2024-03-17T20:00:04Z' });
const pretty = (c) => serializeCheckpoint(c, { pretty: true });

// bad.json: day 1 with a cash amount written as a float string and a negative sequence (schema problems).
const bad = pretty(c1).replace('"USD": "84250.75"', '"USD": "84250.750"').replace('"sequence": 0', '"sequence": -1');
// overfilled.json: day 1 with its fill recorded twice under another id (and the id of that content): the fills
// of o-15 exceed its filled quantity, which only the consistency check can see.
const over = JSON.parse(JSON.stringify(c1));
over.order_state.fills.push({ ...over.order_state.fills[0], fill_id: 'f-1b' });
over.checkpoint_id = checkpointId(over);
const overText = pretty(over);

const files = {
  'checkpoints/day-1.json': pretty(c1),
  'checkpoints/day-2.json': pretty(c2),
  'checkpoints/day-3.json': pretty(c3),
  'checkpoints/legacy-v1.json': v1,
  'old.json': v1,
  'bad.json': bad,
  'overfilled.json': overText,
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, text] of Object.entries(files)) {
  const path = join(here, name);
  if (check) {
    let now = '';
    try {
      now = readFileSync(path, 'utf8');
    } catch {
      now = '';
    }
    if (now !== text) {
      console.error(`examples/cli/${name} differs from what generate.mjs writes`);
      stale++;
    }
  } else writeFileSync(path, text);
}
process.exitCode = stale > 0 ? 1 : 0;
