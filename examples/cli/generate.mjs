#!/usr/bin/env node
// Writes the sample files docs/cli.md runs its examples on, with the library itself (ids computed, not typed):
//   checkpoints/day-1.json, day-2.json, day-3.json  three consecutive latest-format checkpoints of one run
//   checkpoints/legacy-v1.json                      a copy of the spec's 1.0 example
//   bad.json, overfilled.json                       broken on purpose (a schema problem; a fill beyond its order)
//   old.json                                        another copy of the 1.0 example, for upgrade --in-place
// Files are in the pretty form, for people to read. Run after `npm run build`: `node examples/cli/generate.mjs`
// (add `--check` to compare instead). Deterministic: every time in the files is fixed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkpointId, createCheckpoint, serializeCheckpoint, stateFromSnapshot } from 'state-checkpoint';
// The tests' sample engine snapshot (examples/sample.ts, compiled by the build): day 1 is exactly that state.
import { SAMPLE_STRATEGY, sampleSnapshot } from '../../dist/examples/sample.js';

const here = dirname(fileURLToPath(import.meta.url));
const v1 = readFileSync(join(here, '..', '..', 'spec', 'examples', 'v1.json'), 'utf8');

/** The next day: the AAPL limit order filled at 180, 10 TSLA bought at market. */
function day2() {
  const s = sampleSnapshot();
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
  s.strategy_data.fast = [171.9, 175.4];
  return s;
}

/** A quiet third day: prices move, nothing trades. */
function day3() {
  const s = day2();
  s.timestamp = '2024-03-17T20:00:00Z';
  s.portfolio_state.positions.MSFT.last_price = '428';
  s.portfolio_state.positions.TSLA.last_price = '183';
  // 91443.75 − 20 × 428 + 10 × 183
  s.portfolio_state.equity = { USD: '84713.75' };
  s.engine_state.feeds['AAPL.1d'] = { cursor: 1202, last_timestamp: '2024-03-17T20:00:00Z' };
  s.strategy_data.fast = [175.4, 176];
  return s;
}

/** Checkpoint `sequence` of the run, saved four seconds after its bar. */
const checkpoint = (snapshot, sequence, parent) =>
  createCheckpoint(stateFromSnapshot(snapshot, SAMPLE_STRATEGY, { run: 'bt-2024-03-15', parent, sequence }), {
    createdAt: snapshot.timestamp.replace(/:00Z$/, ':04Z'),
  });
const c1 = checkpoint(sampleSnapshot(), 0, null);
const c2 = checkpoint(day2(), 1, c1.checkpoint_id);
const c3 = checkpoint(day3(), 2, c2.checkpoint_id);
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
