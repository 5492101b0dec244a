#!/usr/bin/env node
// Writes the spec's examples from 2.0 on (spec/examples/vN.json, one per version in the table) with the library itself, so their
// ids are computed, not typed by hand. v1.json is hand-written in the first Python producer's style and is never
// regenerated. Run after `npm run build`: `node spec/examples/generate.mjs` (add `--check` to compare instead).
// The output is deterministic: every time in it, including created_at, is fixed.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalBytes, checkCheckpoint, checkpointId, FORMAT_VERSIONS, serializeCheckpoint, sha256Hex, upgrade } from 'state-checkpoint';

const here = dirname(fileURLToPath(import.meta.url));

/** A 2.0 checkpoint as a 2.0-era engine wrote it: two currencies, a bracket, a trailing stop, a GTD order. */
function v2Document() {
  const doc = {
    version: '2.0',
    created_at: '2024-06-03T21:05:12.5Z',
    strategy_name: 'eu_us_pairs',
    timestamp: '2024-06-03T20:00:00Z',
    sequence: 57,
    portfolio_state: {
      cash: { EUR: '-1250.4', USD: '48710.125' },
      positions: {
        AAPL: { quantity: '120', avg_price: '189.875', currency: 'USD', last_price: '194.03' },
        MSFT: { quantity: '-35', avg_price: '417.2', currency: 'USD', last_price: '413.52' },
        SAP: { quantity: '60', avg_price: '172.14', currency: 'EUR' },
      },
      // USD is derivable (every USD position is marked): 48710.125 + 120 × 194.03 − 35 × 413.52 = 57520.525.
      // EUR is not (SAP has no last_price), so its equity is the engine's own figure.
      equity: { EUR: '9211.2', USD: '57520.525' },
    },
    order_state: {
      orders: [
        { order_id: 'o-1001', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '120', time_in_force: 'day', status: 'filled', filled_quantity: '120', avg_fill_price: '189.875', commission: '1.2', currency: 'USD', placed_at: '2024-05-28T13:30:00Z' },
        { order_id: 'o-1002', symbol: 'MSFT', side: 'sell', type: 'limit', quantity: '50', limit_price: '416.5', time_in_force: 'gtc', status: 'partially_filled', filled_quantity: '35', avg_fill_price: '417.2', commission: '0.35', currency: 'USD', placed_at: '2024-05-29T14:00:00Z' },
        { order_id: 'o-1003', symbol: 'SAP', side: 'buy', type: 'stop_limit', quantity: '60', limit_price: '172.5', stop_price: '172', time_in_force: 'gtd', expire_at: '2024-06-07T15:30:00Z', status: 'filled', filled_quantity: '60', avg_fill_price: '172.14', commission: '4.9', currency: 'EUR', placed_at: '2024-05-30T07:15:00.25Z' },
        { order_id: 'o-1004', symbol: 'AAPL', side: 'sell', type: 'trailing_stop', quantity: '120', stop_price: '186.27', trail_percent: '4', time_in_force: 'gtc', status: 'submitted', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-05-28T13:31:00Z' },
        { order_id: 'o-1005', symbol: 'NVDA', side: 'buy', type: 'limit', quantity: '10', limit_price: '1050', time_in_force: 'day', status: 'submitted', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-06-03T19:45:00Z' },
        { order_id: 'o-1006', symbol: 'NVDA', side: 'sell', type: 'limit', quantity: '10', limit_price: '1150', time_in_force: 'gtc', status: 'new', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-06-03T19:45:00Z', parent_id: 'o-1005', oco_group: 'nvda-bracket-1' },
        { order_id: 'o-1007', symbol: 'NVDA', side: 'sell', type: 'stop', quantity: '10', stop_price: '1010', time_in_force: 'gtc', status: 'new', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-06-03T19:45:00Z', parent_id: 'o-1005', oco_group: 'nvda-bracket-1' },
        { order_id: 'o-1008', symbol: 'SAP', side: 'sell', type: 'limit', quantity: '30', limit_price: '190', time_in_force: 'day', status: 'expired', filled_quantity: '0', commission: '0', currency: 'EUR', placed_at: '2024-05-31T07:00:00Z' },
      ],
      fills: [
        { fill_id: 'f-2001', order_id: 'o-1001', symbol: 'AAPL', side: 'buy', quantity: '120', price: '189.875', commission: '1.2', currency: 'USD', timestamp: '2024-05-28T13:30:00.731Z' },
        { fill_id: 'f-2002', order_id: 'o-1002', symbol: 'MSFT', side: 'sell', quantity: '20', price: '417.5', commission: '0.2', currency: 'USD', timestamp: '2024-05-29T15:02:44Z' },
        { fill_id: 'f-2003', order_id: 'o-1002', symbol: 'MSFT', side: 'sell', quantity: '15', price: '416.8', commission: '0.15', currency: 'USD', timestamp: '2024-05-29T15:40:09.5Z' },
        { fill_id: 'f-2004', order_id: 'o-1003', symbol: 'SAP', side: 'buy', quantity: '60', price: '172.14', commission: '4.9', currency: 'EUR', timestamp: '2024-05-31T09:12:03Z' },
      ],
    },
    strategy_state: { lookback: 20, zscore_entry: 2, spread_window: [0.0132, 0.0127, 0.0141] },
    metadata: { engine: 'finbot 1.4', venue: 'paper' },
  };
  doc.checkpoint_id = checkpointId(doc);
  return doc;
}

const FEED_TIME = '2024-03-15T20:00:00Z';

/** State of a 3.0 run at two points: sequence 0 (no parent) and sequence 1, linked to the first by id. */
function v3State(sequence, parentId, extra) {
  return {
    strategy_name: 'sma_crossover',
    run_id: 'bt-2024-03-15-sma',
    parent_id: parentId,
    sequence,
    timestamp: sequence === 0 ? '2024-03-14T20:00:00Z' : FEED_TIME,
    portfolio_state: {
      cash: { USD: '91425.5' },
      positions: {
        AAPL: { quantity: '50', avg_price: '171.2', currency: 'USD', last_price: '172.62' },
      },
      equity: { USD: '100056.5' },
    },
    order_state: {
      orders: [
        { order_id: 'o-15', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '50', time_in_force: 'day', status: 'filled', filled_quantity: '50', avg_fill_price: '171.2', commission: '1', currency: 'USD', placed_at: '2024-03-14T14:00:00Z' },
        { order_id: 'o-16', symbol: 'AAPL', side: 'sell', type: 'stop', quantity: '50', stop_price: '165', time_in_force: 'gtc', status: 'submitted', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-03-14T14:00:01Z' },
      ],
      fills: [
        { fill_id: 'f-1', order_id: 'o-15', symbol: 'AAPL', side: 'buy', quantity: '50', price: '171.2', commission: '1', currency: 'USD', timestamp: '2024-03-14T14:00:00.25Z' },
      ],
    },
    engine_state: {
      rng: { algorithm: 'xoshiro128**', state: sequence === 0 ? [1797305279, 3146226429, 2394478853, 603910231] : [3905219617, 1142367110, 2851802034, 4078993380] },
      feeds: {
        'AAPL.1d': { cursor: 1200 + sequence, last_timestamp: sequence === 0 ? '2024-03-14T20:00:00Z' : FEED_TIME },
        'SPY.1d': { cursor: 1200 + sequence, last_timestamp: sequence === 0 ? '2024-03-14T20:00:00Z' : FEED_TIME },
      },
      counters: { fill: 2, order: sequence === 0 ? 17 : 18 },
      held_orders: extra.held,
    },
    strategy_state: {
      schema: 'sma_crossover',
      schema_version: 2,
      data: { fast: [171.1, 171.9, 172.62], slow: [168, 169.5, 170.25, 171.1, 172.62], position_open: true },
    },
    fingerprint: {
      // The code digest is the SHA-256 of the strategy's source; the config digest is the SHA-256 of the RFC 8785
      // bytes of its configuration object.
      code: sha256Hex('class SmaCrossover { /* strategy source, as deployed */ }\n'),
      config: sha256Hex(canonicalBytes({ fast: 3, slow: 5, symbol: 'AAPL', size: 50 })),
    },
    metadata: { engine: 'state-checkpoint reference engine' },
  };
}

/** A document of exactly `version` (not "the latest": createCheckpoint would write whatever is newest). */
function documentAt(version, state, createdAt) {
  const doc = { version, created_at: createdAt, ...state, checkpoint_id: '' };
  doc.checkpoint_id = checkpointId(doc);
  return doc;
}

function v3Document() {
  const first = documentAt('3.0', v3State(0, null, { held: [] }), '2024-03-15T20:00:01.125Z');
  const held = [
    { order_id: 'o-17', symbol: 'AAPL', side: 'sell', type: 'limit', quantity: '25', limit_price: '180', time_in_force: 'gtd', expire_at: '2024-03-22T20:00:00Z', status: 'new', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: FEED_TIME },
  ];
  return documentAt('3.0', v3State(1, first.checkpoint_id, { held }), '2024-03-15T20:00:02.5Z');
}

/**
 * A native 4.0 checkpoint: the 3.0 example's run, with the execution state 4.0 adds: the account's initial cash, risk
 * state and limits, the three execution models, lifecycle times, a completed (filled) order and a rejected order that
 * keeps the negative quantity it was given, with its reason.
 */
function v4Document() {
  const latestOf = (doc) => {
    const { provenance: _p, ...rest } = upgrade(doc, { to: '4.0' }).document;
    return rest;
  };
  const first = latestOf(documentAt('3.0', v3State(0, null, { held: [] }), '2024-03-15T20:00:01.125Z'));
  const { checkpoint_id: _id, version: _v, created_at: _c, ...state } = latestOf(v3Document());
  const [filled, stop] = state.order_state.orders;
  const rejected = {
    order_id: 'o-18', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '-5', time_in_force: 'gtc', status: 'rejected', filled_quantity: '0', commission: '0', currency: 'USD',
    placed_at: '2024-03-15T19:59:00Z', rejected_at: '2024-03-15T19:59:00Z', rejection: { code: 'invalid_quantity', message: 'Order quantity must be positive: -5' },
  };
  return documentAt(
    '4.0',
    {
      ...state,
      parent_id: first.checkpoint_id,
      order_state: {
        orders: [{ ...stop, submitted_at: '2024-03-14T14:00:01.05Z' }],
        completed: [{ ...filled, submitted_at: '2024-03-14T14:00:00.05Z' }, rejected],
        fills: state.order_state.fills.map((f) => ({ ...f, partial: false, liquidity: 'taker' })),
      },
      engine_state: { ...state.engine_state, counters: { ...state.engine_state.counters, order: 19 } },
      account: { initial_cash: { USD: '100000' } },
      risk: {
        trading_state: 'active',
        peak_equity: { USD: '100125' },
        day_start_equity: { USD: '99980.5' },
        limits: {
          initial_trading_state: 'active',
          position: { max_quantity: '500', max_notional: null },
          exposure: { max_gross_pct: '150', max_net_pct: '100' },
          drawdown: { max_daily_pct: '2', max_total_pct: '10' },
          max_notional_per_order: { AAPL: '25000' },
        },
      },
      execution_model: {
        slippage: { model: 'fixed_bps', bps: '5' },
        commission: { model: 'per_unit', amount: '0.02', currency: 'USD' },
        latency: { profile: 'NORMAL', submit: '0.05', fill_min: '0.1', fill_max: '0.5', cancel: '0.05' },
      },
    },
    '2024-03-15T20:00:02.5Z',
  );
}

// The examples, by version. 1.0 is hand-written (never regenerated). A version listed in the table with no builder
// here gets the previous example upgraded, so a new version has an example from its first commit; give it a
// builder when it has members of its own worth showing.
const BUILDERS = { '2.0': v2Document, '3.0': v3Document, '4.0': v4Document };
const outputs = {};
let previous;
for (const format of FORMAT_VERSIONS) {
  const file = format.schema.replace(/^schemas\//, '').replace('.schema.json', '.json');
  const build = BUILDERS[format.version];
  const doc = build ? build() : previous && upgrade(previous, { to: format.version }).document;
  if (doc && format.index > 0) outputs[file] = doc;
  previous = doc ?? JSON.parse(readFileSync(join(here, file), 'utf8'));
}
const check = process.argv.includes('--check');
let failed = false;
for (const [file, doc] of Object.entries(outputs)) {
  const report = checkCheckpoint(doc);
  if (!report.valid) throw new Error(`${file} is not valid: ${JSON.stringify(report.errors)}`);
  const text = serializeCheckpoint(doc, { pretty: true });
  const path = join(here, file);
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing counts as different
    }
    if (current !== text) {
      console.error(`${file} differs from what generate.mjs writes`);
      failed = true;
    }
  } else {
    writeFileSync(path, text);
    console.log(`${file}: ${doc.version} ${doc.checkpoint_id}`);
  }
}
if (failed) process.exit(1);
