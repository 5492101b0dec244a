// ckpt show, diff, hash and canon end to end: the summaries and differences a person reads, the same as JSON
// data, ids and canonical bytes that agree with the library, and bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalBytes, checkpointId, createCheckpoint, serializeCheckpoint, type Checkpoint, LATEST_VERSION_STRING } from '../../src/index.js';
import { sampleState } from '../fixtures/sample.js';
import { ckpt, positionOf, sampleCheckpoint, tempDir, upgradedExample, V1_EXAMPLE, writeJson } from './helpers.js';

let dir: string;
let cleanup: () => void;
const file = (name: string): string => join(dir, name);
let a: Checkpoint;
let b: Checkpoint;

/** The day after the sample: AAPL sold by the limit order, TSLA bought, the strategy state moved on. */
function nextDay(parent: Checkpoint): Checkpoint {
  const s = sampleState();
  const orders = s.order_state.orders;
  orders[1] = { ...orders[1]!, status: 'filled', filled_quantity: '50', avg_fill_price: '180', commission: '1' };
  orders.push({
    order_id: 'o-18',
    symbol: 'TSLA',
    side: 'buy',
    type: 'market',
    quantity: '10',
    time_in_force: 'day',
    status: 'filled',
    filled_quantity: '10',
    avg_fill_price: '180.5',
    commission: '1',
    currency: 'USD',
    placed_at: '2024-03-16T14:00:00Z',
  });
  return createCheckpoint(
    {
      ...s,
      parent_id: parent.checkpoint_id,
      sequence: 1,
      timestamp: '2024-03-16T20:00:00Z',
      portfolio_state: {
        cash: { USD: '91443.75' },
        positions: { MSFT: s.portfolio_state.positions.MSFT!, TSLA: { quantity: '10', avg_price: '180.5', currency: 'USD', last_price: '181' } },
        equity: { USD: '84633.75' },
      },
      order_state: {
        ...s.order_state,
        orders,
        fills: [
          ...s.order_state.fills,
          {
            fill_id: 'f-2',
            order_id: 'o-17',
            symbol: 'AAPL',
            side: 'sell',
            quantity: '50',
            price: '180',
            commission: '1',
            currency: 'USD',
            timestamp: '2024-03-16T15:00:00Z',
          },
          {
            fill_id: 'f-3',
            order_id: 'o-18',
            symbol: 'TSLA',
            side: 'buy',
            quantity: '10',
            price: '180.5',
            commission: '1',
            currency: 'USD',
            timestamp: '2024-03-16T14:00:01Z',
          },
        ],
      },
      engine_state: { ...s.engine_state, counters: { order: 19, fill: 4 } },
      strategy_state: { schema: 'sma_crossover', schema_version: 2, data: { fast: [172, 173], slow: [168, 169.5] } },
    },
    { createdAt: '2024-03-16T20:00:05Z' },
  );
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  a = sampleCheckpoint();
  b = nextDay(a);
  writeJson(file('a.json'), a);
  writeJson(file('b.json'), b);
  writeJson(file('a-again.json'), { ...a, created_at: '2030-01-01T00:00:00Z' });
});
afterAll(() => cleanup());

describe('ckpt show', () => {
  it('summarizes run, time, cash, positions, open orders, fills and strategy state', () => {
    const r = ckpt(['show', 'a.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`checkpoint      ${a.checkpoint_id}\n`);
    expect(r.stdout).toContain(`format          ${LATEST_VERSION_STRING}\n`);
    expect(r.stdout).toContain('run             bt-2024-03-15, sequence 0 (first of its run)\n');
    expect(r.stdout).toContain('cash            84250.75 USD\n');
    expect(r.stdout).toMatch(
      /positions \(2\)\n {2}symbol +quantity +avg price +last price +market value +currency\n {2}AAPL +50 +171\.2 +172\.62 +8631 +USD\n {2}MSFT +-20 +425\.1 +431 +-8620 +USD\n/,
    );
    expect(r.stdout).toMatch(/open orders \(1 of 2\)\n.*\n {2}o-17 +AAPL +sell +limit +50 +0 +180 +- +submitted +gtc\n/);
    expect(r.stdout).toContain('fills           1\n');
    expect(r.stdout).toMatch(/strategy state  sma_crossover v2, [0-9]+ bytes \(canonical JSON\)\n/);
  });

  it('shows an older file as it loads, with the version and id it was read as', () => {
    const r = ckpt(['show', V1_EXAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`format          ${LATEST_VERSION_STRING} (read as 1.0, id 7313e58e7dd394cf0d3dd5f1d8a1bac3dce7d990e0b10b7163882c7f5e25847d; shown upgraded)\n`);
    expect(r.stdout).toContain(`checkpoint      ${upgradedExample().checkpoint_id}\n`);
  });

  it('gives the same as data with --json', () => {
    const r = ckpt(['show', '--json', '-'], { input: readFileSync(file('b.json')) });
    const s = JSON.parse(r.stdout) as Record<string, any>;
    expect(s).toMatchObject({
      source: '<stdin>',
      id: b.checkpoint_id,
      version: LATEST_VERSION_STRING,
      run_id: 'bt-2024-03-15',
      sequence: 1,
      parent_id: a.checkpoint_id,
      fills: 3,
    });
    expect(s.positions).toEqual([
      { symbol: 'MSFT', quantity: '-20', avg_price: '425.1', last_price: '431', currency: 'USD', market_value: '-8620' },
      { symbol: 'TSLA', quantity: '10', avg_price: '180.5', last_price: '181', currency: 'USD', market_value: '1810' },
    ]);
    expect(s.orders).toEqual({ total: 3, open: 0, by_status: { filled: 3 } });
    expect(s.open_orders).toEqual([]);
  });

  it('refuses an invalid file with its position (exit 1) and a missing one (exit 2)', () => {
    writeFileSync(file('bad.json'), serializeCheckpoint(a, { pretty: true }).replace('"sequence": 0', '"sequence": "0"'));
    const bad = ckpt(['show', 'bad.json'], { cwd: dir });
    expect(bad.status).toBe(1);
    const at = positionOf(readFileSync(file('bad.json'), 'utf8'), '"0"', '"sequence"');
    expect(bad.stderr).toBe(`ckpt show: bad.json:${at.line}:${at.column}: error E_SCHEMA: format ${LATEST_VERSION_STRING} schema: at /sequence: must be integer\n`);
    const missing = ckpt(['show', 'nope.json'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^ckpt show: error E_NO_INPUT: nope\.json: no such file or directory/);
  });
});

describe('ckpt diff', () => {
  it('reports cash, positions, orders, fills and strategy-state paths, and exits 1', () => {
    const r = ckpt(['diff', 'a.json', 'b.json'], { cwd: dir });
    expect(r.status).toBe(1);
    const out = r.stdout;
    expect(out).toContain('sequence    0 → 1\n');
    expect(out).toContain('cash\n  USD   84250.75 → 91443.75 (+7193)\n');
    expect(out).toContain('  - AAPL  50 @ 171.2 USD  (closed)\n');
    expect(out).toContain('  + TSLA  10 @ 180.5 USD  (opened)\n');
    expect(out).toContain('  + o-18  buy 10 TSLA market  filled  (added)\n');
    expect(out).toContain('  ~ o-17  sell 50 AAPL: submitted → filled, filled 0 → 50  (filled)\n');
    expect(out).toContain('fills  1 → 3, 2 added\n');
    expect(out).toMatch(/strategy state \(2 paths changed\)\n {2}~ \/strategy_state\/data\/fast\/0\n {2}~ \/strategy_state\/data\/fast\/1\n/);
    expect(out).toContain('  ~ /engine_state/counters/order\n');
  });

  it('gives the same as data with --json', () => {
    const d = JSON.parse(ckpt(['diff', '--json', 'a.json', 'b.json'], { cwd: dir }).stdout) as Record<string, any>;
    expect(d.identical).toBe(false);
    expect(d.cash).toEqual([{ currency: 'USD', a: '84250.75', b: '91443.75', change: '+7193' }]);
    expect(d.positions.map((p: any) => [p.symbol, p.change, p.quantity_change])).toEqual([
      ['AAPL', 'closed', '-50'],
      ['TSLA', 'opened', '+10'],
    ]);
    expect(d.orders.added.map((o: any) => o.order_id)).toEqual(['o-18']);
    expect(d.orders.changed).toMatchObject([{ order_id: 'o-17', event: 'filled', fields: ['avg_fill_price', 'commission', 'filled_quantity', 'status'] }]);
    expect(d.fills).toEqual({ a: 1, b: 3, added: ['f-2', 'f-3'], removed: [] });
    expect(d.strategy_state.changed).toEqual(['/strategy_state/data/fast/0', '/strategy_state/data/fast/1']);
  });

  it('exits 0 for the same content, whatever created_at says', () => {
    const r = ckpt(['diff', 'a.json', 'a-again.json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\nidentical content \(same id\)\n$/);
  });

  it('compares across format versions: the 1.0 example and its upgrade are the same checkpoint', () => {
    writeJson(file('up.json'), upgradedExample());
    expect(ckpt(['diff', V1_EXAMPLE, file('up.json')]).status).toBe(0);
  });

  it('exits 2 for an input it cannot load, like diff(1)', () => {
    writeFileSync(file('broken.json'), '[');
    const r = ckpt(['diff', 'a.json', 'broken.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ckpt diff: broken\.json:1:2: error E_PARSE: /);
    expect(ckpt(['diff', 'a.json'], { cwd: dir }).stderr).toMatch(/E_USAGE: give two checkpoints to compare/);
  });
});

describe('ckpt hash', () => {
  it('prints the id of the content, for every format version', () => {
    expect(ckpt(['hash', V1_EXAMPLE]).stdout).toBe('7313e58e7dd394cf0d3dd5f1d8a1bac3dce7d990e0b10b7163882c7f5e25847d\n');
    const r = ckpt(['hash', 'a.json', 'b.json'], { cwd: dir });
    expect(r.stdout).toBe(`${a.checkpoint_id}  a.json\n${b.checkpoint_id}  b.json\n`);
  });

  it('notes a stored id that differs, and fails on it with --verify', () => {
    writeFileSync(file('tampered.json'), serializeCheckpoint(a, { pretty: true }).replace('"84250.75"', '"84250.76"'));
    const text = readFileSync(file('tampered.json'), 'utf8');
    const actual = checkpointId(JSON.parse(text) as Record<string, unknown>);
    // The pretty form lists members in canonical order, so the stored id's line depends on the format's members.
    const line = text.split('\n').findIndex((l) => l.startsWith('  "checkpoint_id": ')) + 1;
    const note = ckpt(['hash', 'tampered.json'], { cwd: dir });
    expect(note.status).toBe(0);
    expect(note.stdout).toBe(`${actual}\n`);
    expect(note.stderr).toMatch(new RegExp(`^ckpt hash: tampered\\.json:${line}:20: note: the stored checkpoint_id "[0-9a-f]{64}" is not the content's id `));
    const verify = ckpt(['hash', '--verify', 'tampered.json'], { cwd: dir });
    expect(verify.status).toBe(1);
    expect(verify.stderr).toMatch(new RegExp(`^ckpt hash: tampered\\.json:${line}:20: error E_HASH_MISMATCH: `));
  });

  it('refuses JSON that is not an object, with exit 1', () => {
    const r = ckpt(['hash', '-'], { input: '[1, 2]' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ckpt hash: <stdin>:1:1: error E_VERSION_MISSING: a checkpoint is a JSON object/);
  });
});

describe('ckpt canon', () => {
  it('prints the RFC 8785 bytes of any JSON text, with no trailing newline', () => {
    const r = ckpt(['canon', '-'], { input: '{"b": 1, "a": [1.0, "\\u00e9", 1e21, 0.000001]}' });
    expect(r.status).toBe(0);
    expect(r.raw.toString('utf8')).toBe('{"a":[1,"é",1e+21,0.000001],"b":1}');
  });

  it('agrees byte for byte with the library on a checkpoint file', () => {
    const r = ckpt(['canon', V1_EXAMPLE]);
    expect(Buffer.compare(r.raw, Buffer.from(canonicalBytes(JSON.parse(readFileSync(V1_EXAMPLE, 'utf8')))))).toBe(0);
  });

  it('refuses what strict JSON forbids, with line and column', () => {
    const dup = ckpt(['canon', '-'], { input: '{\n  "a": 1,\n  "a": 2\n}' });
    expect(dup.status).toBe(1);
    expect(dup.stderr).toMatch(/^ckpt canon: <stdin>:3:3: error E_DUPLICATE_KEY: /); // at the second "a"
    const big = ckpt(['canon', '-'], { input: '[12345678901234567890]' });
    expect(big.stderr).toMatch(/^ckpt canon: <stdin>:1:2: error E_NUMBER: /);
  });
});
