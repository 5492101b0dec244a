#!/usr/bin/env node
// Writes the conformance vectors in spec/vectors/*.json from hand-written cases and the library.
//
// Every case states by hand what it expects (valid or not and why, the canonical text of a value, whether a
// downgrade loses data, the error code of bad bytes); the library computes only the bulky values (ids, upgrade
// and downgrade outputs, loss reports), and the script stops if the library disagrees with a stated expectation.
// So a library bug cannot slip into the vectors unnoticed.
//
//   npm run build && node spec/vectors/generate.mjs           rewrite the vector files
//   npm run build && node spec/vectors/generate.mjs --check   fail if they differ from what would be written
//
// The script uses the built library (dist/); tests/vectors/generate.test.ts runs buildVectorFiles() with the
// TypeScript sources instead, so the committed files can never drift from the library.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { finbotVectors } from './finbot.mjs';

export const VECTOR_FILES = ['validity.json', 'identity.json', 'upgrade.json', 'downgrade.json', 'bad-input.json', 'finbot.json'];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const hexOf = (bytes) => Buffer.from(bytes).toString('hex');
const clone = (v) => structuredClone(v);
const enc = new TextEncoder();

/** Builds every vector file; returns file name → file text. `lib` is the library's public API. */
export function buildVectorFiles(lib) {
  const b = new Builder(lib);
  validity(b);
  identity(b);
  migrations(b);
  badInput(b);
  finbotVectors(b);
  const out = new Map();
  for (const [name, file] of b.files) out.set(name, render(file) + '\n');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Append-only: spec/vectors/vectors.lock.json holds, per file and case description, the SHA-256 of the case's
// canonical JSON together with its group (minus the group's cases). Implementations in other languages pin
// themselves to these cases, so a case never changes meaning: a correction is a new case, and the old one is
// retired by deleting its lock line by hand, where a reviewer sees it.

export const LOCK_FILE = 'vectors.lock.json';

/** file name → (case description → hash), from the rendered vector files. */
export function caseHashes(files, canonicalString) {
  const out = {};
  for (const [name, text] of files) {
    const entries = {};
    for (const { cases, ...group } of JSON.parse(text).groups) {
      for (const c of cases) entries[c.description] = sha256(enc.encode(canonicalString({ group, case: c })));
    }
    out[name] = entries;
  }
  return out;
}

/**
 * The lock after adding the cases of `hashes` that `lock` does not have yet. Returns the problems that adding
 * cannot fix: a locked case that is gone or whose content changed.
 */
export function extendLock(lock, hashes) {
  const problems = [];
  const next = {};
  for (const [name, entries] of Object.entries(hashes)) {
    const locked = lock[name] ?? {};
    for (const [description, hash] of Object.entries(locked)) {
      if (!(description in entries)) problems.push(`${name}: locked case "${description}" is gone`);
      else if (entries[description] !== hash) problems.push(`${name}: locked case "${description}" changed`);
    }
    next[name] = { ...locked };
    for (const [description, hash] of Object.entries(entries)) if (!(description in locked)) next[name][description] = hash;
  }
  return { lock: next, problems };
}

export function renderLock(lock) {
  const files = Object.keys(lock).sort();
  const body = files.map((f) => {
    const lines = Object.entries(lock[f]).map(([d, h]) => `    ${JSON.stringify(d)}: ${JSON.stringify(h)}`);
    return `  ${JSON.stringify(f)}: {\n${lines.join(',\n')}\n  }`;
  });
  return `{\n${body.join(',\n')}\n}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Builder: collects groups and cases per file and checks each stated expectation against the library.

class Builder {
  constructor(lib) {
    this.lib = lib;
    this.files = new Map();
  }

  file(name, category, description) {
    const f = { $schema: './vectors.schema.json', category, description, groups: [] };
    this.files.set(name, f);
    this.current = f;
    return this;
  }

  group(description, extra = {}) {
    this.cases = [];
    this.current.groups.push({ description, ...extra, cases: this.cases });
    return this;
  }

  push(c) {
    this.cases.push(c);
  }

  /** Sets checkpoint_id to the document's own id and puts it first, as producers write it. */
  seal(doc) {
    const { checkpoint_id: _old, ...rest } = doc;
    const sealed = { checkpoint_id: '', ...rest };
    sealed.checkpoint_id = this.lib.checkpointId(sealed);
    return sealed;
  }

  /** A copy of `doc` changed by `fn`, with its id recomputed unless `keepId`. */
  edit(doc, fn, keepId = false) {
    const copy = clone(doc);
    fn(copy);
    return keepId ? copy : this.seal(copy);
  }

  codeOf(fn) {
    try {
      return { ok: fn() };
    } catch (e) {
      if (!(e instanceof this.lib.CheckpointError)) throw e;
      return { code: e.code, error: e };
    }
  }
}

function fail(what, description, detail) {
  throw new Error(`vector "${description}": ${what}${detail === undefined ? '' : `\n${JSON.stringify(detail, null, 2)}`}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Base documents, one per format version. Realistic and fully valid; cases are edits of these.

const V1 = {
  checkpoint_id: '',
  version: '1.0',
  created_at: '2026-02-17T09:41:27.318204',
  strategy_name: 'sma_crossover',
  timestamp: '2024-03-15 16:00:00',
  portfolio_state: {
    cash: 84250.75,
    positions: { AAPL: { quantity: 50, avg_price: 171.2, last_price: 172.62 }, MSFT: -20 },
    equity: 92881.75,
  },
  order_state: {
    pending_orders: [
      { order_id: 17, symbol: 'AAPL', side: 'SELL', quantity: 50, order_type: 'LIMIT', limit_price: 180.0, stop_price: null, status: 'accepted', created_at: '2024-03-15T15:30:00-04:00' },
      { order_id: 18, symbol: 'MSFT', side: 'buy', quantity: 20, order_type: 'stop', stop_price: 430.5, filled_quantity: 5, status: 'partial' },
    ],
    recent_fills: [
      { order_id: 15, symbol: 'AAPL', side: 'BUY', quantity: 50, price: 171.2, commission: 1.0, timestamp: '2024-03-14T10:02:11.250000' },
      { order_id: 18, symbol: 'MSFT', side: 'BUY', quantity: 5, price: 430.55, commission: 0.35, timestamp: '2024-03-15T15:59:01' },
    ],
  },
  strategy_state: { fast_window: [171.1, 171.9, 172.62], slow_window: [168.0, 169.5, 170.25, 171.1, 172.62], position_open: true },
  metadata: { run: 'nightly-2024-03-15', producer: 'finbot 0.9 (python 3.11)' },
};

const V1_MINIMAL = {
  checkpoint_id: '',
  version: '1.0',
  created_at: '2024-01-02T00:00:00',
  strategy_name: 'idle',
  timestamp: '2024-01-02T00:00:00',
  portfolio_state: { cash: 0, positions: {}, equity: 0 },
  order_state: { pending_orders: [], recent_fills: [] },
  strategy_state: null,
  metadata: {},
};

const ORDERS = [
  { order_id: 'o-15', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '50', time_in_force: 'day', status: 'filled', filled_quantity: '50', avg_fill_price: '171.2', commission: '1', currency: 'USD', placed_at: '2024-03-14T14:00:00Z' },
  { order_id: 'o-17', symbol: 'AAPL', side: 'sell', type: 'limit', quantity: '50', limit_price: '180', time_in_force: 'gtc', status: 'submitted', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-03-15T19:30:00Z' },
];
const FILLS = [
  { fill_id: 'f-1', order_id: 'o-15', symbol: 'AAPL', side: 'buy', quantity: '50', price: '171.2', commission: '1', currency: 'USD', timestamp: '2024-03-14T14:02:11.25Z' },
];
const PORTFOLIO = {
  cash: { USD: '84250.75' },
  positions: {
    AAPL: { quantity: '50', avg_price: '171.2', currency: 'USD', last_price: '172.62' },
    MSFT: { quantity: '-20', avg_price: '425.1', currency: 'USD', last_price: '431' },
  },
  equity: { USD: '84261.75' },
};

const V2 = {
  checkpoint_id: '',
  version: '2.0',
  created_at: '2024-03-15T20:00:05.25Z',
  strategy_name: 'sma_crossover',
  timestamp: '2024-03-15T20:00:00Z',
  sequence: 7,
  portfolio_state: PORTFOLIO,
  order_state: { orders: ORDERS, fills: FILLS },
  strategy_state: { fast: [171.1, 171.9], slow: [168, 169.5] },
  metadata: { run: 'nightly-2024-03-15' },
};

const V3 = {
  checkpoint_id: '',
  version: '3.0',
  created_at: '2024-03-15T20:00:05.25Z',
  strategy_name: 'sma_crossover',
  run_id: 'bt-2024-03-15',
  parent_id: null,
  sequence: 0,
  timestamp: '2024-03-15T20:00:00Z',
  portfolio_state: PORTFOLIO,
  order_state: { orders: ORDERS, fills: FILLS },
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

const REJECTED = {
  order_id: 'o-16', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '-5', time_in_force: 'gtc', status: 'rejected', filled_quantity: '0', commission: '0', currency: 'USD',
  placed_at: '2024-03-15T19:00:00Z', rejected_at: '2024-03-15T19:00:00Z', rejection: { code: 'invalid_quantity', message: 'Order quantity must be positive: -5' },
};

const V4 = {
  ...V3,
  version: '4.0',
  order_state: {
    orders: [{ ...ORDERS[1], submitted_at: '2024-03-15T19:30:00.05Z' }],
    completed: [{ ...ORDERS[0], submitted_at: '2024-03-14T14:00:00.05Z' }, REJECTED],
    fills: [{ ...FILLS[0], partial: false, liquidity: 'taker' }],
  },
  account: { initial_cash: { USD: '100000' } },
  risk: {
    trading_state: 'active',
    peak_equity: { USD: '100125' },
    day_start_equity: { USD: '84100.5' },
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
    commission: { model: 'per_unit', amount: '0.005', currency: 'USD' },
    latency: { profile: 'NORMAL', submit: '0.05', fill_min: '0.1', fill_max: '0.5', cancel: '0.05' },
  },
};

const PARENT = 'c0ffee00'.repeat(8);
const HELD = { order_id: 'h-1', symbol: 'MSFT', side: 'buy', type: 'market', quantity: '20', time_in_force: 'day', status: 'new', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-03-15T20:00:00Z' };

// ---------------------------------------------------------------------------------------------------------------
// validity.json

function validity(b) {
  const { lib } = b;
  const v1 = b.seal(V1);
  const v2 = b.seal(V2);
  const v3 = b.seal(V3);
  b.file('validity.json', 'validity', 'Documents checked against the schema of their own version, then for consistency.');

  /**
   * expect: 'valid' | 'schema' (E_SCHEMA) | 'semantic' (E_SEMANTIC). `at` is the pointer of the first problem the
   * library must report: a check that the case fails for the reason its description gives.
   */
  const add = (expect, description, document, at) => {
    if (document.version !== b.current.groups.at(-1).version) fail('document.version differs from the group version', description);
    const report = lib.checkCheckpoint(document);
    const codes = report.errors.map((e) => e.code);
    const first = report.errors[0];
    if (expect === 'valid' && !report.valid) fail('expected valid', description, report.errors);
    if (expect === 'schema' && codes[0] !== 'E_SCHEMA') fail('expected E_SCHEMA', description, report.errors);
    if (expect === 'semantic' && (codes.length === 0 || codes.some((c) => c !== 'E_SEMANTIC'))) fail('expected only E_SEMANTIC', description, report.errors);
    if (at !== undefined && first?.pointer !== at) fail(`expected the first problem at ${at}`, description, report.errors);
    if (expect !== 'schema' && document.checkpoint_id !== lib.checkpointId(document)) fail('id is not sealed', description);
    b.push({
      description,
      document,
      schema_valid: expect !== 'schema',
      error: expect === 'valid' ? null : expect === 'schema' ? 'E_SCHEMA' : 'E_SEMANTIC',
    });
  };
  const valid = (d, doc) => add('valid', d, doc);
  const schema = (d, doc, at) => add('schema', d, doc, at);
  const semantic = (d, doc, at) => add('semantic', d, doc, at);

  // ---- 1.0
  b.group('format 1.0: what the first Python producer wrote', { version: '1.0' });
  valid('is valid: the 1.0 example file', v1);
  valid('is valid: empty portfolio, no orders, null strategy state', b.seal(V1_MINIMAL));
  valid('is valid: timestamps with T or space, fraction and offset', b.edit(v1, (d) => {
    d.timestamp = '2024-03-15T16:00:00.123456789+05:30';
    d.created_at = '2024-03-15 16:00:00Z';
  }));
  valid('is valid: a string order id and lower-case sides', b.edit(v1, (d) => {
    d.order_state.pending_orders[0].order_id = 'ord-17';
    d.order_state.pending_orders[0].side = 'sell';
  }));
  valid('is valid: a strategy name of 256 astral characters (lengths count code points)', b.edit(v1, (d) => {
    d.strategy_name = '\u{1F600}'.repeat(256);
  }));
  valid('is valid: unknown members inside orders are allowed in 1.0', b.edit(v1, (d) => {
    d.order_state.pending_orders[0].broker_ref = 'X-1';
  }));
  schema('is invalid: the metadata member is missing', b.edit(v1, (d) => delete d.metadata), '');
  schema('is invalid: an unknown top-level member', b.edit(v1, (d) => (d.comment = 'hi')), '/comment');
  schema('is invalid: checkpoint_id in upper-case hex', b.edit(v1, (d) => (d.checkpoint_id = d.checkpoint_id.toUpperCase()), true), '/checkpoint_id');
  schema('is invalid: checkpoint_id of 63 hex digits', b.edit(v1, (d) => (d.checkpoint_id = d.checkpoint_id.slice(1)), true), '/checkpoint_id');
  schema('is invalid: checkpoint_id followed by a line feed', b.edit(v1, (d) => (d.checkpoint_id += '\n'), true), '/checkpoint_id');
  schema('is invalid: a timestamp followed by a line feed', b.edit(v1, (d) => (d.timestamp += '\n')), '/timestamp');
  schema('is invalid: a timestamp without a time', b.edit(v1, (d) => (d.timestamp = '2024-03-15')), '/timestamp');
  schema('is invalid: a timestamp with ten fraction digits', b.edit(v1, (d) => (d.timestamp = '2024-03-15T16:00:00.1234567890')), '/timestamp');
  schema('is invalid: a timestamp with Arabic-Indic digits', b.edit(v1, (d) => (d.timestamp = '\u0662\u0660\u0662\u0664-03-15T16:00:00')), '/timestamp');
  schema('is invalid: side "Buy" (only buy, sell, BUY, SELL)', b.edit(v1, (d) => (d.order_state.pending_orders[1].side = 'Buy')), '/order_state/pending_orders/1/side');
  schema('is invalid: an order quantity of 0', b.edit(v1, (d) => (d.order_state.pending_orders[1].quantity = 0)), '/order_state/pending_orders/1/quantity');
  schema('is invalid: cash written as a string', b.edit(v1, (d) => (d.portfolio_state.cash = '84250.75')), '/portfolio_state/cash');
  schema('is invalid: strategy_state is an array', b.edit(v1, (d) => (d.strategy_state = [1, 2])), '/strategy_state');
  schema('is invalid: a negative integer order id', b.edit(v1, (d) => (d.order_state.pending_orders[0].order_id = -17)), '/order_state/pending_orders/0/order_id');
  schema('is invalid: an order id of 1.5', b.edit(v1, (d) => (d.order_state.pending_orders[0].order_id = 1.5)), '/order_state/pending_orders/0/order_id');
  schema('is invalid: a strategy name of 257 astral characters', b.edit(v1, (d) => (d.strategy_name = '\u{1F600}'.repeat(257))), '/strategy_name');
  schema('is invalid: a fill without a price', b.edit(v1, (d) => delete d.order_state.recent_fills[0].price), '/order_state/recent_fills/0');
  semantic('is inconsistent: timestamp on 30 February', b.edit(v1, (d) => (d.timestamp = '2024-02-30 16:00:00')), '/timestamp');
  semantic('is inconsistent: timestamp at hour 24', b.edit(v1, (d) => (d.timestamp = '2024-03-15T24:00:00')), '/timestamp');
  semantic('is inconsistent: offset +24:00', b.edit(v1, (d) => (d.timestamp = '2024-03-15T16:00:00+24:00')), '/timestamp');
  semantic('is inconsistent: filled_quantity exceeds order quantity', b.edit(v1, (d) => (d.order_state.pending_orders[1].filled_quantity = 21)), '/order_state/pending_orders/1/filled_quantity');
  semantic('is inconsistent: order ids 17 and "17" are the same id', b.edit(v1, (d) => (d.order_state.pending_orders[1].order_id = '17')), '/order_state/pending_orders/1/order_id');
  semantic('is inconsistent: a limit order without a limit price', b.edit(v1, (d) => (d.order_state.pending_orders[0].limit_price = null)), '/order_state/pending_orders/0/limit_price');
  semantic('is inconsistent: fills add up to more than filled_quantity', b.edit(v1, (d) => (d.order_state.recent_fills[1].quantity = 6)), '/order_state/pending_orders/1');
  semantic('is inconsistent: a fill on the other side of its order', b.edit(v1, (d) => (d.order_state.recent_fills[1].side = 'SELL')), '/order_state/recent_fills/1');

  // ---- 2.0
  b.group('format 2.0: exact decimals and typed orders', { version: '2.0' });
  valid('is valid: the 2.0 base document', v2);
  valid('is valid: a trailing stop with a trail amount', b.edit(v2, (d) => {
    d.order_state.orders[1] = { ...d.order_state.orders[1], type: 'trailing_stop', stop_price: '175.5', trail_amount: '2.5' };
    delete d.order_state.orders[1].limit_price;
  }));
  valid('is valid: a good-till-date order with expire_at', b.edit(v2, (d) => {
    Object.assign(d.order_state.orders[1], { time_in_force: 'gtd', expire_at: '2024-03-22T20:00:00Z' });
  }));
  valid('is valid: a stop-limit order with both prices', b.edit(v2, (d) => {
    Object.assign(d.order_state.orders[1], { type: 'stop_limit', stop_price: '181', limit_price: '180.5' });
  }));
  valid('is valid: 29 February of a leap year', b.edit(v2, (d) => (d.timestamp = '2024-02-29T12:00:00Z')));
  valid('is valid: a timestamp with nine fraction digits', b.edit(v2, (d) => (d.timestamp = '2024-03-15T20:00:00.000000001Z')));
  valid('is valid: a 400-character decimal', b.edit(v2, (d) => {
    d.portfolio_state.cash.USD = '1' + '0'.repeat(399);
    delete d.portfolio_state.equity;
  }));
  valid('is valid: cash in two currencies, equity only for one', b.edit(v2, (d) => (d.portfolio_state.cash.CHF = '-0.5')));
  valid('is valid: a legacy layer and provenance', b.edit(v2, (d) => {
    d.legacy = [{ from: '1.0', to: '2.0', patch: [{ op: 'replace', path: '/strategy_name', value: 'sma' }, { op: 'remove', path: '/metadata/run' }] }];
    d.provenance = { source_version: '1.0', source_id: PARENT, source_created_at: '2024-03-15 20:00:05', steps: [{ from: '1.0', to: '2.0' }] };
  }));
  valid('is valid: a bracket child whose parent is filled', b.edit(v2, (d) => (d.order_state.orders[1].parent_id = 'o-15')));
  schema('is invalid: decimal "1.50" has a trailing zero', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '1.50')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal "01" has a leading zero', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '01')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal "-0"', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '-0')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal "+1"', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '+1')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal "1e5" has an exponent', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '1e5')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal ".5" has no integer digit', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '.5')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal "1." ends with a point', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '1.')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal followed by a line feed', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '1\n')), '/portfolio_state/cash/USD');
  schema('is invalid: decimal with Arabic-Indic digits', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '\u0661\u0662')), '/portfolio_state/cash/USD');
  schema('is invalid: a 401-character decimal', b.edit(v2, (d) => (d.portfolio_state.cash.USD = '1' + '0'.repeat(400))), '/portfolio_state/cash/USD');
  schema('is invalid: a price written as a JSON number', b.edit(v2, (d) => (d.order_state.fills[0].price = 171.2)), '/order_state/fills/0/price');
  schema('is invalid: a zero order quantity', b.edit(v2, (d) => (d.order_state.orders[1].quantity = '0')), '/order_state/orders/1/quantity');
  schema('is invalid: a negative price', b.edit(v2, (d) => (d.order_state.orders[1].limit_price = '-180')), '/order_state/orders/1/limit_price');
  schema('is invalid: currency "usd" in lower case', b.edit(v2, (d) => (d.order_state.fills[0].currency = 'usd')), '/order_state/fills/0/currency');
  schema('is invalid: currency code followed by a line feed', b.edit(v2, (d) => (d.order_state.fills[0].currency = 'USD\n')), '/order_state/fills/0/currency');
  schema('is invalid: a timestamp with a lower-case z', b.edit(v2, (d) => (d.timestamp = '2024-03-15T20:00:00z')), '/timestamp');
  schema('is invalid: a timestamp with offset +00:00', b.edit(v2, (d) => (d.timestamp = '2024-03-15T20:00:00+00:00')), '/timestamp');
  schema('is invalid: a fraction with a trailing zero', b.edit(v2, (d) => (d.timestamp = '2024-03-15T20:00:00.50Z')), '/timestamp');
  schema('is invalid: a timestamp without seconds', b.edit(v2, (d) => (d.timestamp = '2024-03-15T20:00Z')), '/timestamp');
  schema('is invalid: month 13', b.edit(v2, (d) => (d.timestamp = '2024-13-15T20:00:00Z')), '/timestamp');
  schema('is invalid: hour 24', b.edit(v2, (d) => (d.timestamp = '2024-03-15T24:00:00Z')), '/timestamp');
  schema('is invalid: a limit order without a limit price', b.edit(v2, (d) => delete d.order_state.orders[1].limit_price), '/order_state/orders/1');
  schema('is invalid: a market order with a limit price', b.edit(v2, (d) => (d.order_state.orders[0].limit_price = '170')), '/order_state/orders/0');
  schema('is invalid: a trailing stop with amount and percent', b.edit(v2, (d) => {
    d.order_state.orders[1] = { ...d.order_state.orders[1], type: 'trailing_stop', trail_amount: '2.5', trail_percent: '1' };
    delete d.order_state.orders[1].limit_price;
  }), '/order_state/orders/1');
  schema('is invalid: a good-till-date order without expire_at', b.edit(v2, (d) => (d.order_state.orders[1].time_in_force = 'gtd')), '/order_state/orders/1');
  schema('is invalid: a day order with expire_at', b.edit(v2, (d) => (d.order_state.orders[0].expire_at = '2024-03-15T21:00:00Z')), '/order_state/orders/0');
  schema('is invalid: a negative sequence', b.edit(v2, (d) => (d.sequence = -1)), '/sequence');
  schema('is invalid: sequence 1e21 is above 2^53-1', b.edit(v2, (d) => (d.sequence = 1e21)), '/sequence');
  schema('is invalid: sequence 1.5 is not an integer', b.edit(v2, (d) => (d.sequence = 1.5)), '/sequence');
  schema('is invalid: an empty legacy list', b.edit(v2, (d) => (d.legacy = [])), '/legacy');
  schema('is invalid: a legacy patch path without a leading slash', b.edit(v2, (d) => {
    d.legacy = [{ from: '1.0', to: '2.0', patch: [{ op: 'remove', path: 'metadata' }] }];
  }), '/legacy/0/patch/0');
  schema('is invalid: an unknown member in an order', b.edit(v2, (d) => (d.order_state.orders[0].note = 'x')), '/order_state/orders/0/note');
  semantic('is inconsistent: fill exceeds order quantity', b.edit(v2, (d) => (d.order_state.fills[0].quantity = '60')), '/order_state/fills');
  semantic('is inconsistent: status filled but partly filled', b.edit(v2, (d) => {
    Object.assign(d.order_state.orders[0], { filled_quantity: '40' });
    d.order_state.fills[0].quantity = '40';
  }), '/order_state/orders/0/status');
  semantic('is inconsistent: a submitted order with a filled quantity', b.edit(v2, (d) => (d.order_state.orders[1].filled_quantity = '10')), '/order_state/orders/1/status');
  semantic('is inconsistent: avg_fill_price while nothing is filled', b.edit(v2, (d) => (d.order_state.orders[1].avg_fill_price = '180')), '/order_state/orders/1/avg_fill_price');
  semantic('is inconsistent: a fill of an order that does not exist', b.edit(v2, (d) => (d.order_state.fills[0].order_id = 'o-99')), '/order_state/fills/0/order_id');
  semantic('is inconsistent: two orders with the same id', b.edit(v2, (d) => (d.order_state.orders[1].order_id = 'o-15')), '/order_state/orders/1/order_id');
  semantic('is inconsistent: two fills with the same id', b.edit(v2, (d) => {
    d.order_state.fills[0].quantity = '25';
    d.order_state.fills.push({ ...d.order_state.fills[0] });
  }), '/order_state/fills/1/fill_id');
  semantic('is inconsistent: fill currency differs from its order', b.edit(v2, (d) => (d.order_state.fills[0].currency = 'EUR')), '/order_state/fills/0/currency');
  semantic('is inconsistent: fill symbol differs from its order', b.edit(v2, (d) => (d.order_state.fills[0].symbol = 'MSFT')), '/order_state/fills/0');
  semantic('is inconsistent: a parent order that does not exist', b.edit(v2, (d) => (d.order_state.orders[1].parent_id = 'o-1')), '/order_state/orders/1/parent_id');
  semantic('is inconsistent: an order that is its own parent', b.edit(v2, (d) => (d.order_state.orders[1].parent_id = 'o-17')), '/order_state/orders/1/parent_id');
  semantic('is inconsistent: parent links form a cycle', b.edit(v2, (d) => {
    d.order_state.orders[0].parent_id = 'o-17';
    d.order_state.orders[1].parent_id = 'o-15';
  }), '/order_state/orders/0/parent_id');
  semantic('is inconsistent: equity differs from cash plus marked positions', b.edit(v2, (d) => (d.portfolio_state.equity.USD = '84261.76')), '/portfolio_state/equity/USD');
  semantic('is inconsistent: 29 February of a common year', b.edit(v2, (d) => (d.timestamp = '2023-02-29T12:00:00Z')), '/timestamp');
  semantic('is inconsistent: 31 April', b.edit(v2, (d) => (d.order_state.orders[1].placed_at = '2024-04-31T12:00:00Z')), '/order_state/orders/1/placed_at');

  // ---- 3.0
  b.group('format 3.0: lineage and engine state', { version: '3.0' });
  valid('is valid: the 3.0 base document', v3);
  valid('is valid: a later checkpoint of a run, with a parent id', b.edit(v3, (d) => {
    d.parent_id = PARENT;
    d.sequence = 1;
  }));
  valid('is valid: no random generator, strategy state or fingerprint', b.edit(v3, (d) => {
    d.engine_state.rng = null;
    d.strategy_state = null;
    d.fingerprint = null;
  }));
  valid('is valid: a fingerprint of code and config digests', b.edit(v3, (d) => (d.fingerprint = { code: 'a'.repeat(64), config: PARENT })));
  valid('is valid: a held order with status new', b.edit(v3, (d) => (d.engine_state.held_orders = [HELD])));
  valid('is valid: strategy data may be any JSON value', b.edit(v3, (d) => (d.strategy_state.data = [1, 'two', null, { three: 3.5 }])));
  valid('is valid: rng state word 4294967295', b.edit(v3, (d) => (d.engine_state.rng.state = [0, 4294967295])));
  valid('is valid: feed and counter names with slash, tilde and emoji', b.edit(v3, (d) => {
    d.engine_state.feeds = { 'MSFT/1m': { cursor: 0 }, 'a~b': { cursor: 9007199254740991 }, '\u{1F4C8}': { cursor: 3 } };
    d.engine_state.counters = { 'order/x': 1 };
  }));
  schema('is invalid: run_id with a space', b.edit(v3, (d) => (d.run_id = 'bt 2024')), '/run_id');
  schema('is invalid: run_id starting with a dash', b.edit(v3, (d) => (d.run_id = '-bt')), '/run_id');
  schema('is invalid: run_id with a non-ASCII letter', b.edit(v3, (d) => (d.run_id = 'b\u00e9t')), '/run_id');
  schema('is invalid: run_id followed by a line feed', b.edit(v3, (d) => (d.run_id = 'bt\n')), '/run_id');
  schema('is invalid: parent_id in upper-case hex', b.edit(v3, (d) => {
    d.parent_id = PARENT.toUpperCase();
    d.sequence = 1;
  }), '/parent_id');
  schema('is invalid: rng state word 4294967296', b.edit(v3, (d) => (d.engine_state.rng.state = [4294967296])), '/engine_state/rng/state/0');
  schema('is invalid: an empty rng state', b.edit(v3, (d) => (d.engine_state.rng.state = [])), '/engine_state/rng/state');
  schema('is invalid: rng algorithm in upper case', b.edit(v3, (d) => (d.engine_state.rng.algorithm = 'MT19937')), '/engine_state/rng/algorithm');
  schema('is invalid: a negative counter', b.edit(v3, (d) => (d.engine_state.counters.order = -1)), '/engine_state/counters/order');
  schema('is invalid: a feed cursor of 1.5', b.edit(v3, (d) => (d.engine_state.feeds['AAPL.1d'].cursor = 1.5)), '/engine_state/feeds/AAPL.1d/cursor');
  schema('is invalid: a fingerprint digest of 63 hex digits', b.edit(v3, (d) => (d.fingerprint = { code: 'a'.repeat(63), config: PARENT })), '/fingerprint/code');
  schema('is invalid: schema_version 2147483648', b.edit(v3, (d) => (d.strategy_state.schema_version = 2147483648)), '/strategy_state/schema_version');
  schema('is invalid: strategy state without data', b.edit(v3, (d) => delete d.strategy_state.data), '/strategy_state');
  schema('is invalid: engine state without held_orders', b.edit(v3, (d) => delete d.engine_state.held_orders), '/engine_state');
  schema('is invalid: a free-form strategy state (the 2.0 shape)', b.edit(v3, (d) => (d.strategy_state = { fast: [1] })), '/strategy_state');
  semantic('is inconsistent: a held order with status submitted', b.edit(v3, (d) => (d.engine_state.held_orders = [{ ...HELD, status: 'submitted' }])), '/engine_state/held_orders/0/status');
  semantic('is inconsistent: a held order reusing an order id', b.edit(v3, (d) => (d.engine_state.held_orders = [{ ...HELD, order_id: 'o-17' }])), '/engine_state/held_orders/0/order_id');
  semantic('is inconsistent: a parent id with sequence 0', b.edit(v3, (d) => (d.parent_id = PARENT)), '/sequence');
  semantic('is inconsistent: a feed record after the checkpoint time', b.edit(v3, (d) => (d.engine_state.feeds['AAPL.1d'].last_timestamp = '2024-03-15T20:00:00.5Z')), '/engine_state/feeds/AAPL.1d/last_timestamp');
  semantic('is inconsistent: fill exceeds its order in 3.0', b.edit(v3, (d) => (d.order_state.fills[0].quantity = '50.5')), '/order_state/fills');

  // ---- 4.0
  const v4 = b.seal(V4);
  const upgraded4 = b.edit(lib.upgrade(v3, { to: '4.0' }).document, (d) => delete d.provenance);
  b.group('format 4.0: execution state', { version: '4.0' });
  valid('is valid: the 4.0 base document (account, risk, models, completed, lifecycle)', v4);
  valid('is valid: a 3.0 document upgraded (no cash, risk, models or completed orders)', upgraded4);
  valid('is valid: a rejected order of quantity 0', b.edit(v4, (d) => (d.order_state.completed[1].quantity = '0')));
  valid('is valid: a rejected order in order_state.orders, of a negative quantity', b.edit(v4, (d) => d.order_state.orders.push(d.order_state.completed.pop())));
  valid('is valid: a cancelled order with cancelled_at, completed', b.edit(v4, (d) => {
    d.order_state.completed.push({ ...ORDERS[1], order_id: 'o-18', status: 'cancelled', placed_at: '2024-03-15T19:00:00Z', cancelled_at: '2024-03-15T19:45:00Z' });
  }));
  valid('is valid: a rejection with a null code and a null message', b.edit(v4, (d) => (d.order_state.completed[1].rejection = { code: null, message: null })));
  valid('is valid: custom and probabilistic models, latency with modify', b.edit(v4, (d) => {
    d.execution_model = {
      slippage: { model: 'probabilistic_tick', probability: '0.5', prob_fill_on_limit: '0.2' },
      commission: { model: 'custom', name: 'ib_tiered', params: { tiers: [[300000, 0.0035]] } },
      latency: { profile: null, submit: '0', fill_min: '0', fill_max: '0', cancel: '0', modify: '0.25' },
    };
  }));
  valid('is valid: risk reducing, without limits or equity references', b.edit(v4, (d) => (d.risk = { trading_state: 'reducing', peak_equity: null, day_start_equity: null, limits: null })));
  valid('is valid: negative risk limits (nothing allowed)', b.edit(v4, (d) => (d.risk.limits.position = { max_quantity: '-1', max_notional: '-0.5' })));
  valid('is valid: risk equity in a currency only of the initial cash', b.edit(v4, (d) => {
    d.account.initial_cash.EUR = '10';
    d.risk.peak_equity.EUR = '12';
  }));
  valid('is valid: a legacy layer and provenance naming a source format', b.edit(v4, (d) => {
    d.legacy = [{ from: 'finbot-execution-1.0.0', to: '4.0', patch: [{ op: 'replace', path: '/cash', value: '84250.750' }], member_order: { '/positions': ['MSFT', 'AAPL'] } }];
    d.provenance = { source_version: 'finbot-execution-1.0.0', source_id: PARENT, steps: [{ from: 'finbot-execution-1.0.0', to: '4.0' }], source_layout: { newline: 'crlf' }, assumed_zone: 'America/New_York' };
  }));
  schema('is invalid: a 4.0 document without account', b.edit(v4, (d) => delete d.account), '');
  schema('is invalid: order_state without completed', b.edit(v4, (d) => delete d.order_state.completed), '/order_state');
  schema('is invalid: an unknown member in account', b.edit(v4, (d) => (d.account.base_currency = 'USD')), '/account/base_currency');
  schema('is invalid: trading_state "paused"', b.edit(v4, (d) => (d.risk.trading_state = 'paused')), '/risk/trading_state');
  schema('is invalid: initial_trading_state "reducing"', b.edit(v4, (d) => (d.risk.limits.initial_trading_state = 'reducing')), '/risk/limits/initial_trading_state');
  schema('is invalid: a negative quantity on an order that is not rejected', b.edit(v4, (d) => (d.order_state.orders[0].quantity = '-50')), '/order_state/orders/0/quantity');
  schema('is invalid: a rejected order quantity that is not a canonical decimal', b.edit(v4, (d) => (d.order_state.completed[1].quantity = '-5.0')), '/order_state/completed/1/quantity');
  schema('is invalid: a rejection code in upper case', b.edit(v4, (d) => (d.order_state.completed[1].rejection.code = 'INVALID_QUANTITY')), '/order_state/completed/1/rejection/code');
  schema('is invalid: a rejection without message', b.edit(v4, (d) => delete d.order_state.completed[1].rejection.message), '/order_state/completed/1/rejection');
  schema('is invalid: fill liquidity "both"', b.edit(v4, (d) => (d.order_state.fills[0].liquidity = 'both')), '/order_state/fills/0/liquidity');
  schema('is invalid: fill partial as a string', b.edit(v4, (d) => (d.order_state.fills[0].partial = 'false')), '/order_state/fills/0/partial');
  schema('is invalid: a fixed_bps slippage model with a probability', b.edit(v4, (d) => (d.execution_model.slippage.probability = '0.5')), '/execution_model/slippage');
  schema('is invalid: a negative latency', b.edit(v4, (d) => (d.execution_model.latency.submit = '-0.05')), '/execution_model/latency/submit');
  schema('is invalid: execution_model without latency', b.edit(v4, (d) => delete d.execution_model.latency), '/execution_model');
  schema('is invalid: a source format without its version', b.edit(v4, (d) => {
    d.provenance = { source_version: 'finbot', source_id: PARENT, steps: [{ from: 'finbot', to: '4.0' }] };
  }), '/provenance/source_version');
  schema('is invalid: source_layout newline "lf" (absent means LF)', b.edit(v4, (d) => {
    d.provenance = { source_version: '3.0', source_id: PARENT, steps: [{ from: '3.0', to: '4.0' }], source_layout: { newline: 'lf' } };
  }), '/provenance/source_layout/newline');
  schema('is invalid: an empty member_order', b.edit(v4, (d) => {
    d.legacy = [{ from: 'finbot-execution-1.0.0', to: '4.0', patch: [{ op: 'remove', path: '/x' }], member_order: {} }];
  }), '/legacy/0/member_order');
  semantic('is inconsistent (S4.1): a completed order reusing a working order id', b.edit(v4, (d) => (d.order_state.completed[0].order_id = 'o-17')), '/order_state/completed/0/order_id');
  semantic('is inconsistent (S4.1): a held order reusing a completed order id', b.edit(v4, (d) => (d.engine_state.held_orders = [{ ...HELD, order_id: 'o-16' }])), '/engine_state/held_orders/0/order_id');
  semantic('is inconsistent (S4.1): fills exceed a completed order', b.edit(v4, (d) => (d.order_state.fills[0].quantity = '50.5')), '/order_state/fills');
  semantic('is inconsistent (S4.2): rejected_at on a filled order', b.edit(v4, (d) => (d.order_state.completed[0].rejected_at = '2024-03-14T14:00:01Z')), '/order_state/completed/0/rejected_at');
  semantic('is inconsistent (S4.2): a rejection on a submitted order', b.edit(v4, (d) => (d.order_state.orders[0].rejection = { code: 'unknown', message: null })), '/order_state/orders/0/rejection');
  semantic('is inconsistent (S4.2): cancelled_at on a rejected order', b.edit(v4, (d) => (d.order_state.completed[1].cancelled_at = '2024-03-15T19:00:00Z')), '/order_state/completed/1/cancelled_at');
  semantic('is inconsistent (S4.2): submitted_at before placed_at', b.edit(v4, (d) => (d.order_state.orders[0].submitted_at = '2024-03-15T19:29:59.9Z')), '/order_state/orders/0/submitted_at');
  semantic('is inconsistent (S4.2): rejected_at on 30 February', b.edit(v4, (d) => (d.order_state.completed[1].rejected_at = '2024-02-30T19:00:00Z')), '/order_state/completed/1/rejected_at');
  semantic('is inconsistent (S4.3): a submitted order among the completed', b.edit(v4, (d) => d.order_state.completed.push(d.order_state.orders.pop())), '/order_state/completed/2/status');
  semantic('is inconsistent (S4.4): peak equity in a currency the account does not hold', b.edit(v4, (d) => (d.risk.peak_equity = { EUR: '100125' })), '/risk/peak_equity/EUR');
  semantic('is inconsistent: a rejected order with a filled quantity', b.edit(v4, (d) => (d.order_state.completed[1].filled_quantity = '1')), '/order_state/completed/1/status');
}

// ---------------------------------------------------------------------------------------------------------------
// identity.json

function identity(b) {
  const { lib } = b;
  b.file('identity.json', 'identity', 'RFC 8785 canonical bytes of JSON values, and checkpoint ids.');

  /** A value given as JSON text (`text`) or as a value in this file (`value`), and its canonical text by hand. */
  const value = (description, input, canonical) => {
    const parsed = 'text' in input ? lib.parseStrict(input.text) : input.value;
    const actual = lib.canonicalString(parsed);
    if (actual !== canonical) fail(`library canonical text ${JSON.stringify(actual)} differs from ${JSON.stringify(canonical)}`, description);
    const bytes = enc.encode(canonical);
    if (hexOf(lib.canonicalBytes(parsed)) !== hexOf(bytes)) fail('canonicalBytes differs from canonicalString', description);
    b.push({ description, scope: 'value', ...input, canonical, canonical_hex: hexOf(bytes), id: sha256(bytes) });
  };
  const checkpoint = (description, doc) => {
    const { checkpoint_id: _i, created_at: _c, provenance: _p, ...hashed } = doc;
    const canonical = lib.canonicalString(hashed);
    const bytes = enc.encode(canonical);
    const id = sha256(bytes);
    if (lib.checkpointId(doc) !== id) fail('checkpointId differs from the hash of the hashed part', description);
    if (doc.checkpoint_id !== id) fail('document does not carry its id', description);
    b.push({ description, scope: 'checkpoint', value: doc, canonical, canonical_hex: hexOf(bytes), id });
  };

  b.group('numbers: ECMAScript Number-to-String as RFC 8785 requires');
  value('writes 0 as 0', { value: 0 }, '0');
  value('writes -0 as 0', { text: '-0' }, '0');
  value('writes -0.0 as 0', { text: '-0.0' }, '0');
  value('writes 1.0 as 1', { text: '1.0' }, '1');
  value('writes 1E3 as 1000', { text: '1E3' }, '1000');
  value('writes 1.5e3 as 1500', { text: '1.5e3' }, '1500');
  value('writes 2^53-1 as 9007199254740991', { value: 9007199254740991 }, '9007199254740991');
  value('writes -(2^53-1) as -9007199254740991', { value: -9007199254740991 }, '-9007199254740991');
  value('writes 1e21 as 1e+21', { text: '1e21' }, '1e+21');
  value('writes 1000000000000000000000.0 as 1e+21', { text: '1000000000000000000000.0' }, '1e+21');
  value('writes 1e22 as 1e+22', { text: '1e22' }, '1e+22');
  value('writes 1e23 as 1e+23 (shortest round-trip digits)', { text: '1e23' }, '1e+23');
  value('writes 1.5e300 as 1.5e+300', { text: '1.5e300' }, '1.5e+300');
  value('writes the largest double as 1.7976931348623157e+308', { text: '1.7976931348623157e308' }, '1.7976931348623157e+308');
  value('writes 1e-6 as 0.000001', { text: '1e-6' }, '0.000001');
  value('writes 1e-7 as 1e-7', { text: '1e-7' }, '1e-7');
  value('writes 1.5e-7 as 1.5e-7', { text: '0.00000015' }, '1.5e-7');
  value('writes 2.5e-5 as 0.000025', { text: '2.5e-5' }, '0.000025');
  value('writes 5e-324 as 5e-324', { text: '5e-324' }, '5e-324');
  value('writes -5e-324 as -5e-324', { text: '-5e-324' }, '-5e-324');
  value('writes 4.9e-325 as 0 (it rounds to zero)', { text: '4.9e-325' }, '0');
  value('writes 0.1+0.2 as 0.30000000000000004', { text: '0.30000000000000004' }, '0.30000000000000004');
  value('writes 0e5 as 0 and 0.1e1 as 1', { text: '[0e5,0.1e1]' }, '[0,1]');
  value('writes 9007199254740990.5 as 9007199254740990 (ties to even)', { text: '9007199254740990.5' }, '9007199254740990');
  value('writes 123e-20 as 1.23e-18', { text: '123e-20' }, '1.23e-18');
  value('writes a long spelling of 0.1 as 0.1', { text: '0.1000000000000000055511151231257827' }, '0.1');
  value('writes 333333333.33333329 as 333333333.3333333', { text: '333333333.33333329' }, '333333333.3333333');
  value('writes 4.50 as 4.5 and 2e-3 as 0.002', { text: '[4.50,2e-3]' }, '[4.5,0.002]');
  value('writes 123456789.123456789 with 17 significant digits', { text: '123456789.123456789' }, '123456789.12345679');

  b.group('strings: escapes, non-ASCII and astral characters');
  value('writes non-ASCII characters as raw UTF-8', { value: 'caf\u00e9 \u20ac' }, '"caf\u00e9 \u20ac"');
  value('writes an astral character as 4 UTF-8 bytes', { text: '"\\ud83d\\ude00"' }, '"\u{1F600}"');
  value('writes control characters as short or \\u00xx escapes', { text: '"\\u0000\\u0001\\b\\f\\n\\r\\t\\u001f"' }, '"\\u0000\\u0001\\b\\f\\n\\r\\t\\u001f"');
  value('writes DEL, U+2028 and U+2029 unescaped', { text: '"\\u007f\\u2028\\u2029"' }, '"\u007f\u2028\u2029"');
  value('escapes quote and backslash, not slash', { text: '"\\"\\\\\\/"' }, '"\\"\\\\/"');
  value('keeps decomposed characters as written (no normalization)', { text: '"A\\u030a"' }, '"A\u030a"');
  value('writes escaped ASCII letters literally', { text: '"\\u0041\\u0062"' }, '"Ab"');
  value('keeps the text \\ud800 (escaped backslash) as text', { text: '"\\\\ud800"' }, '"\\\\ud800"');

  b.group('objects and arrays: member order and structure');
  value('sorts members by UTF-16 code units, not code points', { value: { '\u20ac': 1, '\u{1F600}': 2, '\ufb01': 3 } }, '{"\u20ac":1,"\u{1F600}":2,"\ufb01":3}');
  value('sorts U+FF61 after an astral key in UTF-16 order', { value: { '\uff61': 'b', '\u{10000}': 'a' } }, '{"\u{10000}":"a","\uff61":"b"}');
  value('sorts digits, upper case and lower case by code unit', { value: { b: 1, a: 2, B: 3, aa: 4, '': 5, '10': 6, '9': 7, '1': 8 } }, '{"":5,"1":8,"10":6,"9":7,"B":3,"a":2,"aa":4,"b":1}');
  value('sorts U+FF21 after U+1F600, as SPEC 5.2 shows', { text: '{"\\u20ac":1,"\\ud83d\\ude00":2,"\\uff21":3,"a":4}' }, '{"a":4,"\u20ac":1,"\u{1F600}":2,"\uff21":3}');
  value('sorts U+007F before U+0080 and \u00e9 after z', { value: { '\u00e9': 1, z: 2, '\u0080': 3, '\u007f': 4 } }, '{"z":2,"\u007f":4,"\u0080":3,"\u00e9":1}');
  value('sorts nested objects and keeps array order', { value: { b: [3, 1, { d: 1, c: 2 }], a: { y: null, x: true } } }, '{"a":{"x":true,"y":null},"b":[3,1,{"c":2,"d":1}]}');
  value('keeps a __proto__ member', { text: '{"b":1,"__proto__":2}' }, '{"__proto__":2,"b":1}');
  value('writes empty containers and literals', { value: [{}, [], true, false, null, ''] }, '[{},[],true,false,null,""]');
  value('drops insignificant whitespace', { text: ' \t\r\n{ "a" : [ 1 , 2 ] }\n' }, '{"a":[1,2]}');
  value('writes 128 nested arrays (the depth limit)', { text: '['.repeat(128) + ']'.repeat(128) }, '['.repeat(128) + ']'.repeat(128));
  value('writes a top-level string', { value: 'checkpoint' }, '"checkpoint"');

  b.group('checkpoint ids: the document without checkpoint_id, created_at, provenance');
  const v1 = b.seal(V1);
  const v2 = b.seal(V2);
  const v3 = b.seal(V3);
  checkpoint('identifies the 1.0 example file', v1);
  checkpoint('identifies a minimal 1.0 document', b.seal(V1_MINIMAL));
  checkpoint('identifies the 2.0 base document', v2);
  checkpoint('identifies the 3.0 base document', v3);
  checkpoint('gives the same id when only created_at differs', b.edit(v3, (d) => (d.created_at = '2030-01-01T00:00:00Z'), true));
  const migrated = lib.upgrade(v2, { to: '3.0' }).document; // named: "to latest" would change this locked case when a version is added
  checkpoint('leaves provenance out of the id', migrated);
  checkpoint('gives the same id when provenance differs', b.edit(migrated, (d) => (d.provenance.source_created_at = '1999-12-31 23:59:59'), true));
  checkpoint('hashes members in canonical order, whatever the file order', reorder(v3));
  checkpoint('hashes number edges in metadata', b.edit(v3, (d) => {
    d.metadata = { big: 1e21, tiny: 5e-324, max_safe: 9007199254740991, sum: 0.1 + 0.2, neg: -1e-7 };
  }));
  checkpoint('hashes keys in UTF-16 order inside metadata', b.edit(v3, (d) => (d.metadata = { '\ufb01': 'fi', '\u{1F600}': 'grin', '\u20ac': 'euro' })));
  checkpoint('hashes a symbol outside the Basic Multilingual Plane', b.edit(v3, (d) => {
    d.portfolio_state.positions['\u{1F34E}'] = d.portfolio_state.positions.AAPL;
    delete d.portfolio_state.positions.AAPL;
    for (const o of d.order_state.orders) o.symbol = o.symbol === 'AAPL' ? '\u{1F34E}' : o.symbol;
    d.order_state.fills[0].symbol = '\u{1F34E}';
  }));
  checkpoint('identifies a 3.0 document with a parent id', b.edit(v3, (d) => {
    d.parent_id = PARENT;
    d.sequence = 1;
  }));
  const v4 = b.seal(V4);
  checkpoint('identifies the 4.0 base document', v4);
  checkpoint('hashes 4.0 custom model parameters and a legacy member order', b.edit(v4, (d) => {
    d.execution_model.commission = { model: 'custom', name: 'ib_tiered', params: { tiers: [[300000, 0.0035], [3000000, 0.002]], '\u{1F600}': 1 } };
    d.legacy = [{ from: 'finbot-execution-1.0.0', to: '4.0', patch: [{ op: 'replace', path: '/cash', value: '84250.750' }], member_order: { '/positions': ['MSFT', 'AAPL'] } }];
  }));
  checkpoint('leaves 4.0 provenance out of the id, source_layout and assumed_zone included', b.edit(v4, (d) => {
    d.provenance = { source_version: 'finbot-execution-1.0.0', source_id: PARENT, steps: [{ from: 'finbot-execution-1.0.0', to: '4.0' }], source_layout: { newline: 'crlf' }, assumed_zone: 'Europe/Berlin' };
  }, true));
}

/** The same document with its members written in reverse order, recursively. */
function reorder(v) {
  if (Array.isArray(v)) return v.map(reorder);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reorder(x)]));
}

// ---------------------------------------------------------------------------------------------------------------
// upgrade.json and downgrade.json

function migrations(b) {
  const { lib } = b;
  const v1 = b.seal(V1);
  const v2 = b.seal(V2);
  const v3 = b.seal(V3);

  const UP = { '2.0': 2, '3.0': 3, '4.0': 4 };
  const sameJson = (a, c) => lib.canonicalString(a) === lib.canonicalString(c);
  // Every case names its target version: a case must mean the same thing after a newer version is added (the
  // vectors are append-only, tests/vectors/append-only.test.ts).
  const upgrade = (description, input, to) => {
    if (UP[to] === undefined) fail(`unknown target version ${to}`, description);
    const r = lib.upgrade(input, { to: UP[to] });
    const output = r.document;
    if (output.version !== to) fail(`upgrade gave ${output.version}`, description);
    if (output.checkpoint_id !== lib.checkpointId(output)) fail('output id is not its content id', description);
    if (!lib.checkCheckpoint(output).valid) fail('upgrade output is not valid', description, lib.checkCheckpoint(output).errors);
    if (to === lib.LATEST_VERSION_STRING && !sameJson(lib.loadCheckpoint(input).checkpoint, output)) fail('loadCheckpoint differs from upgrade', description);
    b.push({ description, input, to, steps: r.steps, output, id: output.checkpoint_id });
    return output;
  };

  // ---- upgrade inputs: valid 1.0 documents covering every rule of the 1.0 → 2.0 step
  const v1Inputs = {
    edges: b.edit(V1_MINIMAL, (d) => {
      d.portfolio_state = { cash: 1e21, positions: { TINY: { quantity: 1, avg_price: 5e-324 }, HUGE: { quantity: -1, avg_price: 1.7976931348623157e308 } }, equity: 1e21 };
    }),
    floats: b.edit(V1_MINIMAL, (d) => {
      d.portfolio_state = { cash: 0.1, positions: { X: { quantity: 1, avg_price: 0.2, last_price: 0.2 } }, equity: 0.30000000000000004 };
    }),
    offsets: b.edit(V1_MINIMAL, (d) => {
      d.timestamp = '2024-03-15T23:30:00.500-05:00';
      d.created_at = '2024-03-16 04:30:01.000000';
    }),
    fillIds: b.edit(V1_MINIMAL, (d) => {
      d.order_state.recent_fills = [
        { order_id: 'a', symbol: 'X', side: 'buy', quantity: 1, price: 10 },
        { fill_id: 'fill-0', order_id: 'b', symbol: 'X', side: 'sell', quantity: 2, price: 11, commission: 0.5 },
      ];
    }),
    stopLimit: b.edit(V1_MINIMAL, (d) => {
      d.order_state.pending_orders = [
        { order_id: 'sl', symbol: 'ES=F', side: 'SELL', quantity: 2, order_type: 'STOP_LIMIT', limit_price: 5100.25, stop_price: 5100.5, status: 'working', created_at: '2024-01-01T23:00:00+01:00' },
      ];
    }),
    unicode: b.edit(V1_MINIMAL, (d) => {
      d.strategy_name = 'r\u00e9gime \u{1F4C8}';
      d.metadata = { '\ufb01': 1, '\u{1F600}': [0.1, 1e-7], note: 'caf\u00e9' };
      d.strategy_state = { window: [] };
    }),
  };

  b.file('upgrade.json', 'upgrade', 'Documents of older versions and what upgrading them gives.');
  b.group('1.0 to 3.0');
  const exampleV3 = upgrade('upgrades the 1.0 example file to 3.0', v1, '3.0');
  upgrade('upgrades a minimal 1.0 document to 3.0', b.seal(V1_MINIMAL), '3.0');
  upgrade('writes 1e21, 5e-324 and the largest double as exact decimals', v1Inputs.edges, '3.0');
  upgrade('omits equity that floats computed inexactly, keeping it as legacy', v1Inputs.floats, '3.0');
  upgrade('converts offsets to UTC and keeps the original created_at', v1Inputs.offsets, '3.0');
  upgrade('names fills without ids and avoids ids already taken', v1Inputs.fillIds, '3.0');
  upgrade('lower-cases an upper-case stop-limit order', v1Inputs.stopLimit, '3.0');
  upgrade('keeps non-ASCII names and metadata unchanged', v1Inputs.unicode, '3.0');
  upgrade('records integer order ids as legacy', b.edit(V1_MINIMAL, (d) => {
    d.order_state.pending_orders = [{ order_id: 7, symbol: 'X', side: 'buy', quantity: 3, filled_quantity: 3 }];
  }), '3.0');

  b.group('1.0 to 2.0');
  const exampleV2 = upgrade('upgrades the 1.0 example file to 2.0', v1, '2.0');
  upgrade('upgrades a minimal 1.0 document to 2.0', b.seal(V1_MINIMAL), '2.0');
  upgrade('upgrades a stop-limit order to 2.0', v1Inputs.stopLimit, '2.0');

  b.group('2.0 to 3.0');
  const baseV3 = upgrade('upgrades the 2.0 base document to 3.0', v2, '3.0');
  upgrade('makes a null 2.0 strategy state a null 3.0 strategy state', b.edit(v2, (d) => (d.strategy_state = null)), '3.0');
  const chained = upgrade('upgrades an upgraded 2.0 document, keeping its provenance', exampleV2, '3.0');
  if (!sameJson(chained, exampleV3)) fail('1.0 → 2.0 → 3.0 differs from 1.0 → 3.0', 'upgrades an upgraded 2.0 document, keeping its provenance');
  upgrade('upgrades a 2.0 document with two currencies', b.edit(v2, (d) => (d.portfolio_state.cash.EUR = '-12.5')), '3.0');

  b.group('readings of SPEC §14.2 and §14.9 that no earlier case told apart', {
    comment: 'Each case here fails one alternative reading listed in spec/vectors/readings.json.',
  });
  upgrade('keeps 1.0 equity when a position has no last_price, even if it does not add up', b.edit(V1_MINIMAL, (d) => {
    d.portfolio_state = { cash: 100, positions: { A: { quantity: 10, avg_price: 5, last_price: 6 }, B: 3 }, equity: 200 };
  }), '2.0');
  const zV1 = b.edit(V1_MINIMAL, (d) => (d.created_at = '2024-01-02T00:00:00Z'));
  const zV2 = lib.upgrade(zV1, { to: 2 }).document;
  if (zV2.provenance.source_created_at !== undefined) fail('a 1.0 created_at in 2.0 spelling got a source_created_at', 'zV2');
  upgrade('writes no source_created_at when the earlier provenance has none', zV2, '3.0');
  upgrade('drops a source_created_at equal to the created_at of the result', b.edit(v2, (d) => {
    d.provenance = { source_version: '1.0', source_id: PARENT, source_created_at: d.created_at, steps: [{ from: '1.0', to: '2.0' }] };
  }, true), '3.0');
  const v3Down = lib.downgrade(v3, { to: 2, allowLoss: true }).document;
  upgrade('cancels a recorded 3.0 to 2.0 step, leaving no provenance', v3Down, '3.0');
  upgrade('keeps created_at when cancelling every recorded step', b.edit(v2, (d) => {
    d.provenance = { source_version: '3.0', source_id: PARENT, source_created_at: '2024-03-15T21:00:00Z', steps: [{ from: '3.0', to: '2.0' }] };
  }, true), '3.0');

  b.group('3.0 to 3.0');
  upgrade('leaves a 3.0 document unchanged', v3, '3.0');

  b.group('3.0 to 4.0');
  const v3to4 = upgrade('upgrades the 3.0 base document to 4.0', v3, '4.0');
  upgrade('keeps 3.0 held orders, lineage and an empty order book as they are', b.edit(v3, (d) => {
    d.engine_state.held_orders = [HELD];
    d.order_state = { orders: [], fills: [] };
    d.parent_id = PARENT;
    d.sequence = 4;
  }), '4.0');
  upgrade('upgrades an upgraded 3.0 document, keeping its provenance', baseV3, '4.0');
  b.group('1.0 to 4.0');
  const exampleV4 = upgrade('upgrades the 1.0 example file to 4.0', v1, '4.0');
  upgrade('upgrades a minimal 1.0 document to 4.0', b.seal(V1_MINIMAL), '4.0');
  upgrade('upgrades a 1.0 document with inexact equity to 4.0, keeping it as legacy', v1Inputs.floats, '4.0');
  b.group('2.0 to 4.0');
  upgrade('upgrades the 2.0 base document to 4.0', v2, '4.0');
  b.group('4.0 to 4.0');
  upgrade('leaves a 4.0 document unchanged', b.seal(V4), '4.0');

  // ---- downgrades
  b.file('downgrade.json', 'downgrade', 'Documents, a target version, and what downgrading gives or why it is refused.');
  const DOWN = { '1.0': 1, '2.0': 2, '3.0': 3, '4.0': 4 };
  /** The document has no form in version `to` (SPEC §14.3, §14.5): refused with E_MIGRATION even with loss allowed. */
  const noForm = (description, input, to) => {
    if (!lib.checkCheckpoint(input).valid) fail('input is not valid', description, lib.checkCheckpoint(input).errors);
    const r = b.codeOf(() => lib.downgrade(input, { to: DOWN[to], allowLoss: true }));
    if (r.code !== 'E_MIGRATION') fail(`expected E_MIGRATION, the library says ${r.code ?? 'ok'}`, description);
    b.push({ description, input, to, allow_loss: true, loss: [], error: 'E_MIGRATION' });
  };
  /** expect: 'lossless' (and, if `original` is given, the output is exactly it) or 'lossy'. */
  const downgrade = (description, input, to, expect, original) => {
    if (!lib.checkCheckpoint(input).valid) fail('input is not valid', description, lib.checkCheckpoint(input).errors);
    const lossy = lib.downgrade(input, { to: DOWN[to], allowLoss: true });
    if ((lossy.loss.length > 0) !== (expect === 'lossy')) fail(`expected ${expect}`, description, lossy.loss);
    if (original !== undefined && !sameJson(lossy.document, original)) fail('output is not the original', description, lossy.document);
    if (original !== undefined && lossy.document.created_at !== original.created_at) fail('created_at is not restored', description);
    const out = lossy.document;
    if (out.checkpoint_id !== lib.checkpointId(out) || !lib.checkCheckpoint(out).valid) fail('output is not a valid document', description);
    if (expect === 'lossless') {
      b.push({ description, input, to, allow_loss: false, steps: lossy.steps, output: out, loss: [], error: null });
      return out;
    }
    const refused = b.codeOf(() => lib.downgrade(input, { to: DOWN[to] }));
    if (refused.code !== 'E_DOWNGRADE_LOSS') fail('a lossy downgrade was not refused', description);
    b.push({ description: `refuses: ${description}`, input, to, allow_loss: false, loss: lossy.loss, error: 'E_DOWNGRADE_LOSS' });
    b.push({ description: `with loss allowed: ${description}`, input, to, allow_loss: true, steps: lossy.steps, output: out, loss: lossy.loss, error: null });
    return out;
  };

  b.group('lossless: an upgraded document goes back exactly');
  downgrade('restores the 1.0 example file from 3.0', exampleV3, '1.0', 'lossless', v1);
  downgrade('restores the 1.0 example file from 2.0', exampleV2, '1.0', 'lossless', v1);
  const exampleBack2 = downgrade('takes the upgraded example from 3.0 back to 2.0', exampleV3, '2.0', 'lossless');
  if (!sameJson(exampleBack2, exampleV2)) fail('3.0 → 2.0 differs from the 2.0 upgrade', 'takes the upgraded example from 3.0 back to 2.0');
  downgrade('restores the 2.0 base document from 3.0', baseV3, '2.0', 'lossless', v2);
  const names = {
    edges: 'number edges',
    floats: 'inexact equity',
    offsets: 'UTC offsets',
    fillIds: 'generated fill ids',
    stopLimit: 'stop-limit order',
    unicode: 'non-ASCII metadata',
  };
  for (const [name, input] of Object.entries(v1Inputs)) {
    downgrade(`restores the 1.0 document with ${names[name]} from 3.0`, lib.upgrade(input, { to: 3 }).document, '1.0', 'lossless', input);
  }
  const bare = b.edit(baseV3, (d) => delete d.provenance, true);
  downgrade('records a downgrade step when there is no provenance', bare, '2.0', 'lossless');
  downgrade('leaves a document at its own version unchanged', v3, '3.0', 'lossless', v3);

  b.group('lossy: data the older version cannot hold');
  downgrade('3.0 lineage and engine state to 2.0', v3, '2.0', 'lossy');
  downgrade('3.0 to 1.0 through both steps', v3, '1.0', 'lossy');
  downgrade('a 3.0 strategy state holding an array', b.edit(baseV3, (d) => {
    d.strategy_state.data = [1, 2];
    delete d.provenance;
  }), '2.0', 'lossy');
  downgrade('2.0 currencies and typed orders to 1.0', v2, '1.0', 'lossy');
  downgrade('a 2.0 trailing stop to 1.0', b.edit(v2, (d) => {
    d.order_state.orders[1] = { ...d.order_state.orders[1], type: 'trailing_stop', stop_price: '175.5', trail_percent: '1.5' };
    delete d.order_state.orders[1].limit_price;
  }), '1.0', 'lossy');

  b.group('readings of SPEC §14.3 and §14.9 that no earlier case told apart', {
    comment: 'Each case here fails one alternative reading listed in spec/vectors/readings.json.',
  });
  const partFilled = (fills, filled) =>
    b.edit(v2, (d) => {
      d.order_state.orders.push({ order_id: 'o-19', symbol: 'MSFT', side: 'buy', type: 'market', quantity: '2', time_in_force: 'day', status: 'partially_filled', filled_quantity: filled, commission: '0', currency: 'USD', placed_at: '2024-03-15T19:45:00Z' });
      fills.forEach((q, i) =>
        d.order_state.fills.push({ fill_id: `f-${i + 2}`, order_id: 'o-19', symbol: 'MSFT', side: 'buy', quantity: q, price: '430', commission: '0', currency: 'USD', timestamp: '2024-03-15T19:50:00Z' }),
      );
    });
  downgrade('sums fills as decimals of their doubles: 0.1 + 0.2 is 0.3', partFilled(['0.1', '0.2'], '0.3'), '1.0', 'lossy');
  downgrade('raises filled_quantity to the decimal sum of rounded fills', partFilled(['0.25000000000000003', '0.75'], '1.00000000000000003'), '1.0', 'lossy');
  downgrade('writes a trailing stop without stop_price with no order_type', b.edit(v2, (d) => {
    d.order_state.orders[1] = { ...d.order_state.orders[1], type: 'trailing_stop', trail_amount: '2.5' };
    delete d.order_state.orders[1].limit_price;
  }), '1.0', 'lossy');
  downgrade('keeps created_at in 1.0 when the source version is not 1.0', b.edit(v2, (d) => {
    d.provenance = { source_version: '3.0', source_id: PARENT, source_created_at: '2024-03-15T21:00:00Z', steps: [{ from: '3.0', to: '2.0' }] };
  }, true), '1.0', 'lossy');

  downgrade('keeps created_at in 1.0 when more steps were recorded', b.edit(v2, (d) => {
    d.provenance = {
      source_version: '1.0',
      source_id: PARENT,
      source_created_at: '2024-03-15 16:00:05',
      steps: [{ from: '1.0', to: '2.0' }, { from: '2.0', to: '3.0' }, { from: '3.0', to: '2.0' }],
    };
  }, true), '1.0', 'lossy');
  downgrade('restores created_at when every recorded step cancels', b.edit(v3, (d) => {
    d.provenance = { source_version: '2.0', source_id: PARENT, source_created_at: '2024-03-15T21:00:00Z', steps: [{ from: '2.0', to: '3.0' }] };
  }, true), '2.0', 'lossy');
  downgrade('takes the XXX amount of a money map with several currencies', b.edit(v2, (d) => {
    d.portfolio_state.cash = { EUR: '5', USD: '84250.75', XXX: '7' };
  }), '1.0', 'lossy');
  downgrade('takes the first currency by name when a money map has no XXX', b.edit(v2, (d) => {
    d.portfolio_state.cash = { USD: '84250.75', EUR: '5' };
    d.portfolio_state.equity = { USD: '84261.75' };
  }), '1.0', 'lossy');
  downgrade('writes the cash amount as 1.0 equity when 2.0 has none', b.edit(v2, (d) => delete d.portfolio_state.equity), '1.0', 'lossy');

  b.group('documents with no form in the older version (SPEC §14.3, §14.5)');
  noForm('has no 1.0 form: cash beyond the largest double', b.edit(v2, (d) => {
    d.portfolio_state.cash.USD = '9'.repeat(400);
    delete d.portfolio_state.equity;
  }), '1.0');
  noForm('has no 1.0 form: a fill quantity that rounds to 0', partFilled(['0.' + '0'.repeat(340) + '1'], '0.' + '0'.repeat(340) + '1'), '1.0');
  noForm('has no 2.0 form: an order whose parent is a held order', b.edit(v3, (d) => {
    d.engine_state.held_orders = [HELD];
    d.order_state.orders[1] = { ...d.order_state.orders[1], parent_id: 'h-1' };
  }), '2.0');

  // ---- 4.0
  const v4 = b.seal(V4);
  b.group('4.0 lossless: an upgraded document goes back exactly');
  downgrade('restores the 3.0 base document from 4.0', v3to4, '3.0', 'lossless', v3);
  downgrade('restores the 1.0 example file from 4.0', exampleV4, '1.0', 'lossless', v1);
  downgrade('leaves a 4.0 document at its own version unchanged', v4, '4.0', 'lossless', v4);
  b.group('4.0 lossy: execution state 3.0 cannot hold (SPEC §14.11)');
  const bare4 = b.edit(v3to4, (d) => delete d.provenance);
  downgrade('the 4.0 base document to 3.0: every kind of loss at once', v4, '3.0', 'lossy');
  downgrade('the 4.0 base document to 1.0 through three steps', v4, '1.0', 'lossy');
  downgrade('initial cash to 3.0', b.edit(bare4, (d) => (d.account.initial_cash = { USD: '100000', EUR: '5' })), '3.0', 'lossy');
  downgrade('risk state to 3.0', b.edit(bare4, (d) => (d.risk = V4.risk)), '3.0', 'lossy');
  downgrade('execution models to 3.0', b.edit(bare4, (d) => (d.execution_model = V4.execution_model)), '3.0', 'lossy');
  downgrade('a completed order to 3.0 (it returns to orders)', b.edit(bare4, (d) => d.order_state.completed.push(d.order_state.orders.shift())), '3.0', 'lossy');
  downgrade('order lifecycle members to 3.0', b.edit(bare4, (d) => {
    d.order_state.orders[1].submitted_at = '2024-03-15T19:30:00.05Z';
    d.order_state.orders.push({ ...ORDERS[1], order_id: 'o-18', status: 'cancelled', cancelled_at: '2024-03-15T19:45:00Z' });
  }), '3.0', 'lossy');
  downgrade('fill flags to 3.0', b.edit(bare4, (d) => Object.assign(d.order_state.fills[0], { partial: true, liquidity: 'maker' })), '3.0', 'lossy');
  downgrade('a rejected order of negative quantity to 3.0', b.edit(bare4, (d) => d.order_state.orders.push(REJECTED)), '3.0', 'lossy');
  downgrade('a parent link to a rejected order of quantity 0 to 3.0', b.edit(bare4, (d) => {
    d.order_state.orders.push({ ...REJECTED, quantity: '0' }, { ...ORDERS[1], order_id: 'o-19', parent_id: 'o-16' });
  }), '3.0', 'lossy');
}

// ---------------------------------------------------------------------------------------------------------------
// bad-input.json

function badInput(b) {
  const { lib } = b;
  const v1 = b.seal(V1);
  const v3 = b.seal(V3);
  const text3 = JSON.stringify(v3, null, 2);
  b.file('bad-input.json', 'bad-input', 'Raw bytes given to a reader, and the error code it reports (null: accepted).');

  const bytesOf = (input) => (typeof input === 'string' ? enc.encode(input) : Uint8Array.from(input));
  /** `code` is the stated expectation; null means the bytes load. */
  const add = (description, input, code, comment) => {
    const bytes = bytesOf(input);
    const r = b.codeOf(() => lib.loadCheckpoint(bytes));
    const actual = r.code ?? null;
    if (actual !== code) fail(`expected ${code} but the library says ${actual}`, description, r.error?.message);
    const c = { description, hex: hexOf(bytes), error: code };
    if (code === null) c.id = r.ok.original.id;
    if (comment !== undefined) c.comment = comment;
    b.push(c);
  };
  /**
   * The 3.0 base document as one line of text, with `raw` as the text of its metadata member. The id is the one
   * that value gets when the text is read the way JSON.parse reads it (the base id when even that fails).
   */
  const rawMeta = (raw) => {
    let doc;
    try {
      doc = b.edit(v3, (d) => (d.metadata = JSON.parse(raw)));
    } catch {
      doc = b.edit(v3, (d) => (d.metadata = {}), true);
    }
    const text = JSON.stringify(doc);
    return text.slice(0, text.lastIndexOf('"metadata":')) + `"metadata":${raw}}`;
  };

  b.group('encoding: UTF-8 without a byte-order mark');
  add('is rejected: a UTF-8 byte-order mark before a valid document', [0xef, 0xbb, 0xbf, ...enc.encode(text3)], 'E_ENCODING');
  add('is rejected: UTF-16LE with a byte-order mark', [0xff, 0xfe, ...utf16le('{"version":"3.0"}')], 'E_ENCODING');
  add('is rejected: UTF-16BE with a byte-order mark', [0xfe, 0xff, ...utf16be('{"version":"3.0"}')], 'E_ENCODING');
  add('is rejected: UTF-16LE without a byte-order mark', utf16le('{"version":"3.0"}'), 'E_ENCODING');
  add('is rejected: UTF-16BE without a byte-order mark', utf16be('{"version":"3.0"}'), 'E_ENCODING');
  add('is rejected: UTF-32LE with a byte-order mark', [0xff, 0xfe, 0, 0, ...utf32le('{}')], 'E_ENCODING');
  add('is rejected: a lone continuation byte', [...enc.encode('{"a":"'), 0x80, ...enc.encode('"}')], 'E_ENCODING');
  add('is rejected: an overlong encoding of "/"', [...enc.encode('{"a":"'), 0xc0, 0xaf, ...enc.encode('"}')], 'E_ENCODING');
  add('is rejected: a UTF-8-encoded surrogate (CESU-8)', [...enc.encode('{"a":"'), 0xed, 0xa0, 0x80, ...enc.encode('"}')], 'E_ENCODING');
  add('is rejected: a code point above U+10FFFF', [...enc.encode('{"a":"'), 0xf4, 0x90, 0x80, 0x80, ...enc.encode('"}')], 'E_ENCODING');
  add('is rejected: a multi-byte sequence cut off at the end', [...enc.encode('"\u20ac'), 0xe2, 0x82], 'E_ENCODING');
  add('is rejected: a Latin-1 byte for \u00e9', [...enc.encode('{"a":"caf'), 0xe9, ...enc.encode('"}')], 'E_ENCODING');
  add('is rejected: a byte-order mark after leading whitespace', [0x20, 0xef, 0xbb, 0xbf, ...enc.encode('{}')], 'E_PARSE', 'U+FEFF after a space is valid UTF-8 but not JSON whitespace');

  b.group('syntax: RFC 8259 JSON text');
  add('is rejected: empty input', [], 'E_PARSE');
  add('is rejected: only whitespace', ' \n\t ', 'E_PARSE');
  add('is rejected: a document cut off in the middle', text3.slice(0, Math.floor(text3.length / 2)), 'E_PARSE');
  add('is rejected: a document without its closing brace', text3.slice(0, -1), 'E_PARSE');
  add('is rejected: NaN as a value', '{"version":"3.0","x":NaN}', 'E_PARSE');
  add('is rejected: Infinity as a value', '{"x":Infinity}', 'E_PARSE');
  add('is rejected: -Infinity as a value', '[-Infinity]', 'E_PARSE');
  add('is rejected: single-quoted strings', "{'version':'3.0'}", 'E_PARSE');
  add('is rejected: a trailing comma', '{"version":"3.0",}', 'E_PARSE');
  add('is rejected: a comment', '{"version":"3.0"} // v3', 'E_PARSE');
  add('is rejected: a number with a leading zero', '[01]', 'E_PARSE');
  add('is rejected: a number ending in a point', '[1.]', 'E_PARSE');
  add('is rejected: a number starting with a point', '[.5]', 'E_PARSE');
  add('is rejected: a number with a plus sign', '[+1]', 'E_PARSE');
  add('is rejected: a hexadecimal number', '[0x10]', 'E_PARSE');
  add('is rejected: an Arabic-Indic digit as a number', '[\u0661]', 'E_PARSE');
  add('is rejected: no-break space as whitespace', '{\u00a0}', 'E_PARSE');
  add('is rejected: a raw line feed inside a string', '["a\nb"]', 'E_PARSE');
  add('is rejected: a raw tab inside a string', '["a\tb"]', 'E_PARSE');
  add('is rejected: the escape \\x41', '["\\x41"]', 'E_PARSE');
  add('is rejected: a \\u escape with three hex digits', '["\\u123"]', 'E_PARSE');
  add('is rejected: two JSON values in one text', '{}{}', 'E_PARSE');
  add('is rejected: an unquoted member name', '{version:"3.0"}', 'E_PARSE');

  b.group('duplicate member names');
  add('is rejected: version given twice', '{"version":"3.0","version":"3.0"}', 'E_DUPLICATE_KEY');
  add('is rejected: a duplicate inside a nested object', rawMeta('{"a":1,"b":{"c":1,"c":2}}'), 'E_DUPLICATE_KEY');
  add('is rejected: names equal after unescaping', '{"version":"3.0","vers\\u0069on":"2.0"}', 'E_DUPLICATE_KEY');
  add('is rejected: a duplicate hidden after a syntax error', '{"a":1,"a":2,', 'E_PARSE', 'syntax is checked before duplicates');
  add('is accepted: names that differ only in Unicode normalization', rawMeta('{"\u00e9":1,"e\u0301":2}'), null);

  b.group('strings: lone surrogates');
  add('is rejected: a lone high surrogate escape', '{"a":"\\ud800"}', 'E_STRING');
  add('is rejected: a lone low surrogate escape', '["\\udc00"]', 'E_STRING');
  add('is rejected: a surrogate pair in the wrong order', '["\\udc00\\ud800"]', 'E_STRING');
  add('is rejected: a lone surrogate in a member name', '{"\\udbff":1}', 'E_STRING');
  add('is rejected: a high surrogate followed by a letter', '["\\ud83dx"]', 'E_STRING');
  add('is accepted: an escaped surrogate pair', rawMeta('{"smile":"\\ud83d\\ude00"}'), null);
  add('is accepted: the text \\ud800 written with an escaped backslash', rawMeta('{"t":"\\\\ud800"}'), null);

  b.group('nesting depth: at most 128 levels');
  const deep = (n) => '['.repeat(n) + ']'.repeat(n);
  add('is rejected: 129 nested arrays', deep(129), 'E_DEPTH');
  add('is rejected: 129 nested objects', '{"a":'.repeat(128) + '{}' + '}'.repeat(128), 'E_DEPTH');
  add('is rejected: depth 129 even though the text is cut off', '['.repeat(129), 'E_DEPTH', 'depth is checked before syntax');
  add('is rejected: depth 129 after a syntax error', '[x' + '['.repeat(128), 'E_DEPTH', 'depth is a scan of the whole text before parsing (SPEC §4.3), not a limit hit while parsing');
  add('is rejected as syntax: a stray ] lowers the depth count', ']' + '['.repeat(129), 'E_PARSE', 'the scan counts ] down even below 0: its maximum here is 128 (SPEC §4.3)');
  add('is rejected: depth 129 after a string that ends in a backslash', '{"a":"x\\\\","b":' + '['.repeat(128) + ']'.repeat(128) + '}', 'E_DEPTH', 'the string ends at a quote after an even number of backslashes (2 here), SPEC §4.3');
  add('is accepted: brackets inside strings do not count', JSON.stringify(b.edit(v3, (d) => (d.metadata = { note: '['.repeat(200) + '\\"' + '{'.repeat(200) }))), null);
  add('is rejected: depth 129 inside a checkpoint', rawMeta(`{"deep":${deep(127)}}`), 'E_DEPTH');
  add('is accepted: depth 128 inside a checkpoint', rawMeta(`{"deep":${deep(126)}}`), null);
  add('is rejected: brackets inside strings do not count', '["' + '['.repeat(200) + '"', 'E_PARSE', 'the array is not closed; it is not too deep');

  b.group('numbers: exact integers and finite values');
  add('is rejected: the integer 2^53', '[9007199254740992]', 'E_NUMBER');
  add('is rejected: the integer -2^53', '[-9007199254740992]', 'E_NUMBER');
  add('is rejected: a 30-digit integer', '{"n":123456789012345678901234567890}', 'E_NUMBER');
  add('is rejected: the integer literal 10^21', '[1000000000000000000000]', 'E_NUMBER', 'an integer literal, whatever its size');
  add('is rejected: 9007199254740993.0 rounds beyond 2^53-1', '[9007199254740993.0]', 'E_NUMBER');
  add('is rejected: 1e20 is an integer beyond 2^53-1', '[1e20]', 'E_NUMBER', 'below 1e21 RFC 8785 would write it as digits');
  add('is rejected: 1e400 overflows to infinity', '[1e400]', 'E_NUMBER');
  add('is rejected: 9007199254740991.5 rounds to 2^53', '[9007199254740991.5]', 'E_NUMBER');
  add('is rejected: 9999999999999999e5 is an integer below 1e21', '[9999999999999999e5]', 'E_NUMBER');
  add('is rejected: -1e400 overflows to -infinity', '[-1e400]', 'E_NUMBER');
  add('is rejected: a big integer in a checkpoint', rawMeta('{"nanos":1710532800000000000}'), 'E_NUMBER');
  add('is accepted: 2^53-1 in a checkpoint', rawMeta('{"n":9007199254740991,"m":-9007199254740991}'), null);
  add('is accepted: 1e21 and 1e21 written as 1000000000000000000000.0', rawMeta('{"a":1e21,"b":1000000000000000000000.0}'), null);
  add('is accepted: 4.9e-325, which rounds to 0', rawMeta('{"z":4.9e-325}'), null);
  add('is rejected: a big integer before a syntax error', '[9007199254740992,]', 'E_PARSE', 'syntax is checked before numbers');

  b.group('versions');
  add('is rejected: a document without version', '{"checkpoint_id":"00"}', 'E_VERSION_MISSING');
  add('is rejected: a top-level array', '[{"version":"3.0"}]', 'E_VERSION_MISSING');
  add('is rejected: a top-level string', '"3.0"', 'E_VERSION_MISSING');
  add('is rejected: a top-level null', 'null', 'E_VERSION_MISSING');
  add('is rejected: version as the number 3', '{"version":3}', 'E_VERSION_UNKNOWN');
  add('is rejected: version null', '{"version":null}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "3" without a minor', '{"version":"3"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "v3.0"', '{"version":"v3.0"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "03.0" with a leading zero', '{"version":"03.0"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "2.5", an unknown older minor', '{"version":"2.5"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "0.9"', '{"version":"0.9"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "4.0" followed by a line feed', '{"version":"4.0\\n"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "3.0 " with a trailing space', '{"version":"3.0 "}', 'E_VERSION_UNKNOWN');
  add('is rejected: version with an Arabic-Indic digit 4', '{"version":"\u0664.0"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version "3.00" with a padded minor', '{"version":"3.00"}', 'E_VERSION_UNKNOWN');
  add('is rejected: version " 3.0" with a leading space', '{"version":" 3.0"}', 'E_VERSION_UNKNOWN');
  // Far-future versions, so that these cases stay true when the format gains versions (append-only vectors).
  add('is too new: version "999.1"', '{"version":"999.1"}', 'E_VERSION_TOO_NEW');
  add('is too new: version "999.0"', '{"version":"999.0"}', 'E_VERSION_TOO_NEW');
  add('is too new: version "1000.0", newer although it sorts first as text', '{"version":"1000.0"}', 'E_VERSION_TOO_NEW');
  add('is too new: version "999999.999999"', '{"version":"999999.999999"}', 'E_VERSION_TOO_NEW');
  add('is too new: version "1000000.0", longer than a schema can spell', '{"version":"1000000.0"}', 'E_VERSION_TOO_NEW');
  add('is too new: a 999.0 document with members this reader has never seen', JSON.stringify({ ...v3, version: '999.0', new_member: {} }), 'E_VERSION_TOO_NEW');

  b.group('schema and identity of whole documents');
  add('is accepted: the 3.0 base document', text3, null);
  add('is accepted: the 1.0 example file', JSON.stringify(v1, null, 2), null);
  add('is accepted: members in any order, CRLF line ends', JSON.stringify(reorder(v3), null, '\t').replace(/\n/g, '\r\n'), null);
  add('is accepted: created_at changed after the id was computed', JSON.stringify({ ...v3, created_at: '2031-01-01T00:00:00Z' }), null, 'created_at is not hashed');
  add('is rejected: a 3.0 document missing a required member', JSON.stringify(b.edit(v3, (d) => delete d.fingerprint)), 'E_SCHEMA');
  add('is rejected: one digit of checkpoint_id changed', JSON.stringify({ ...v3, checkpoint_id: flipDigit(v3.checkpoint_id) }), 'E_HASH_MISMATCH');
  add('is rejected: content changed after the id was computed', JSON.stringify(b.edit(v3, (d) => (d.portfolio_state.cash.USD = '84250.76'), true)), 'E_HASH_MISMATCH');
  add('is rejected: a 1.0 document with a changed id', JSON.stringify({ ...v1, checkpoint_id: flipDigit(v1.checkpoint_id) }), 'E_HASH_MISMATCH');
  const hashed = ({ checkpoint_id: _i, created_at: _c, provenance: _p, ...rest }) => rest;
  add('is rejected: an id that hashed created_at too', JSON.stringify(idOver(v3, (d) => ({ ...hashed(d), created_at: d.created_at }))), 'E_HASH_MISMATCH', 'only checkpoint_id, created_at and provenance are left out');
  add('is rejected: an id of keys sorted by code point', JSON.stringify(idOver(withUnicodeKeys(b, v3), hashed, true)), 'E_HASH_MISMATCH', 'RFC 8785 sorts by UTF-16 code units');
  add('is rejected: an id of the pretty-printed document', JSON.stringify(idOverText(v3, (d) => JSON.stringify(hashed(d), null, 2))), 'E_HASH_MISMATCH');
  // Readers may hash canonical input as it is (SPEC §5.5), but only once they have proven it canonical. Each of these
  // texts is canonical but for one detail, and carries the id of exactly its own bytes: a reader that hashes input
  // without that proof accepts them.
  const nearlyCanonical = (metadata, tweak) => {
    const d = b.edit(v3, (x) => (x.metadata = metadata));
    const id = sha256(enc.encode(tweak(lib.canonicalString(hashed(d)))));
    return `${tweak(lib.canonicalString({ ...d, checkpoint_id: id }))}\n`;
  };
  const once = (from, to) => (t) => {
    if (!t.includes(from)) throw new Error(`vector: ${from} not in the text`);
    return t.replace(from, to);
  };
  add('is rejected: id of its own bytes, canonical but for the number 1.50', nearlyCanonical({ ratio: 1.5 }, once('"ratio":1.5', '"ratio":1.50')), 'E_HASH_MISMATCH', 'SPEC §5.5: hash input bytes only when they are proven canonical');
  add('is rejected: id of its own bytes, canonical but for an escaped "A"', nearlyCanonical({ note: 'A' }, once('"note":"A"', '"note":"\\u0041"')), 'E_HASH_MISMATCH', 'SPEC §5.5: only the escapes RFC 8785 writes');
  add('is rejected: id of its own bytes, canonical but for UTF-8 member order', nearlyCanonical({ '\u{10000}': 1, '\uffff': 2 }, once('"\u{10000}":1,"\uffff":2', '"\uffff":2,"\u{10000}":1')), 'E_HASH_MISMATCH', 'U+10000 sorts before U+FFFF by UTF-16 code units');
  add('is accepted: the file form with a 17-digit double', nearlyCanonical({ sum: 0.1 + 0.2 }, (t) => t), null, '0.30000000000000004 is how RFC 8785 writes 0.1 + 0.2');
  add('is rejected: an id that leaves out version', JSON.stringify(idOver(v3, (d) => { const { version: _v, ...rest } = hashed(d); return rest; })), 'E_HASH_MISMATCH');
  add('is rejected: a tampered id in upper case', JSON.stringify({ ...v3, checkpoint_id: v3.checkpoint_id.toUpperCase() }), 'E_SCHEMA', 'the schema pattern fails before the id is compared');

  const v4 = b.seal(V4);
  b.group('format 4.0 documents');
  add('is accepted: the 4.0 base document', JSON.stringify(v4, null, 2), null);
  add('is accepted: the 4.0 base document, members reversed, CRLF line ends', JSON.stringify(reorder(v4), null, 2).replace(/\n/g, '\r\n'), null);
  add('is rejected: a 4.0 document missing execution_model', JSON.stringify(b.edit(v4, (d) => delete d.execution_model)), 'E_SCHEMA');
  add('is rejected: a 4.0 document whose risk state changed after the id was computed', JSON.stringify(b.edit(v4, (d) => (d.risk.trading_state = 'halted'), true)), 'E_HASH_MISMATCH');
  add('is rejected: a source format name as the version', '{"version":"finbot-execution-1.0.0"}', 'E_VERSION_UNKNOWN', 'source formats enter through an import, not version detection');
  add('is rejected: a 4.0 order with a negative quantity that is not rejected', JSON.stringify(b.edit(v4, (d) => (d.order_state.orders[0].quantity = '-50'))), 'E_SCHEMA');

  /** The document with checkpoint_id set by a wrong rule: the SHA-256 of the canonical text of select(doc). */
  function idOver(doc, select, codePointOrder = false) {
    const target = select(doc);
    const text = codePointOrder ? codePointCanonical(target) : lib.canonicalString(target);
    if (codePointOrder && text === lib.canonicalString(target)) throw new Error('code point order equals UTF-16 order here');
    return { ...doc, checkpoint_id: sha256(enc.encode(text)) };
  }
  /** The same, with the hashed text written by `write`. */
  function idOverText(doc, write) {
    return { ...doc, checkpoint_id: sha256(enc.encode(write(doc))) };
  }
}

/** The 3.0 base document with metadata keys whose UTF-16 order differs from their code point order. */
function withUnicodeKeys(b, v3) {
  return b.edit(v3, (d) => (d.metadata = { '\ufb01': 1, '\u{1F600}': 2 }));
}

/** Canonical text, except that members are sorted by code point: the classic mistake. */
function codePointCanonical(v) {
  if (Array.isArray(v)) return `[${v.map(codePointCanonical).join(',')}]`;
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const keys = Object.keys(v).sort((a, c) => {
    const x = [...a].map((ch) => ch.codePointAt(0));
    const y = [...c].map((ch) => ch.codePointAt(0));
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  });
  return `{${keys.map((k) => `${JSON.stringify(k)}:${codePointCanonical(v[k])}`).join(',')}}`;
}

function flipDigit(id) {
  return (id[0] === '0' ? '1' : '0') + id.slice(1);
}

function utf16le(s) {
  return [...Buffer.from(s, 'utf16le')];
}
function utf16be(s) {
  return utf16le(s).map((_, i, a) => a[i ^ 1]);
}
function utf32le(s) {
  return [...s].flatMap((ch) => {
    const c = ch.codePointAt(0);
    return [c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff, 0];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering: JSON with two-space indentation, but a container that fits on one line is written on one line.

const WIDTH = 118;

/** `used`: characters already on the line before the value (indentation and member name). */
function render(v, indent = '', used = 0) {
  const flat = JSON.stringify(v);
  if (v === null || typeof v !== 'object' || used + flat.length <= WIDTH) return flat;
  const inner = indent + '  ';
  if (Array.isArray(v)) return `[\n${v.map((x) => inner + render(x, inner, inner.length)).join(',\n')}\n${indent}]`;
  const members = Object.entries(v).map(([k, x]) => {
    const head = `${inner}${JSON.stringify(k)}: `;
    return head + render(x, inner, head.length);
  });
  return `{\n${members.join(',\n')}\n${indent}}`;
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const here = dirname(fileURLToPath(import.meta.url));
  const lib = await import(pathToFileURL(join(here, '..', '..', 'dist', 'src', 'index.js')).href);
  const files = buildVectorFiles(lib);
  const check = process.argv.includes('--check');
  const drift = [];
  let count = 0;
  for (const [name, text] of files) {
    count += JSON.parse(text).groups.reduce((n, g) => n + g.cases.length, 0);
    const path = join(here, name);
    if (check) {
      let old = null;
      try {
        old = readFileSync(path, 'utf8');
      } catch {
        // missing counts as drift
      }
      if (old !== text) drift.push(name);
    } else writeFileSync(path, text);
  }
  let lock = {};
  try {
    lock = JSON.parse(readFileSync(join(here, LOCK_FILE), 'utf8'));
  } catch {
    // no lock yet: every case is new
  }
  const extended = extendLock(lock, caseHashes(files, lib.canonicalString));
  if (extended.problems.length > 0) {
    console.error(`vectors are append-only (${LOCK_FILE}):\n  ${extended.problems.join('\n  ')}\nAdd a new case instead of changing one.`);
    process.exit(1);
  }
  const lockText = renderLock(extended.lock);
  if (check) {
    let old = null;
    try {
      old = readFileSync(join(here, LOCK_FILE), 'utf8');
    } catch {
      // missing counts as drift
    }
    if (old !== lockText) drift.push(LOCK_FILE);
  } else writeFileSync(join(here, LOCK_FILE), lockText);
  if (drift.length > 0) {
    console.error(`vectors: out of date: ${drift.join(', ')}. Run \`npm run build && node spec/vectors/generate.mjs\`.`);
    process.exit(1);
  }
  console.log(`vectors: ${check ? 'up to date' : 'wrote'} ${files.size} files, ${count} cases.`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
