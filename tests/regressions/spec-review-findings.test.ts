// Regressions found while writing the normative spec (spec review, findings 1-6). Each test pins one bug.
import { describe, expect, it } from 'vitest';
import { canonicalString, checkpointId, createCheckpoint, downgrade, loadCheckpoint, upgrade, CheckpointError } from '../../src/index.js';
import { sampleState } from '../fixtures/sample.js';

function v1(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    checkpoint_id: '',
    version: '1.0',
    created_at: '2024-01-01T00:00:00',
    strategy_name: 's',
    timestamp: '2024-01-01T00:00:00',
    portfolio_state: { cash: 1, positions: {}, equity: 1 },
    order_state: { pending_orders: [], recent_fills: [] },
    strategy_state: null,
    metadata: {},
    ...overrides,
  };
  doc.checkpoint_id = checkpointId(doc);
  return doc;
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CheckpointError) return e.code;
    throw e;
  }
  return 'none';
};

describe('spec review findings', () => {
  it('1: a 1.0 timestamp whose offset moves it before year 0000 is E_SEMANTIC, not a crash', () => {
    expect(codeOf(() => loadCheckpoint(v1({ timestamp: '0000-01-01T00:30:00+01:00' })))).toBe('E_SEMANTIC');
  });

  it('2a: a 1.0 position named "__proto__" upgrades as a plain member', () => {
    const doc = v1({ portfolio_state: JSON.parse('{"cash": 1, "equity": 1, "positions": {"__proto__": 5}}') });
    const r = loadCheckpoint(JSON.stringify(doc));
    expect(Object.keys(r.checkpoint.portfolio_state.positions)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(r.checkpoint.portfolio_state.positions)).toBe(Object.prototype);
  });

  it('2b: an extra "__proto__" member of a 1.0 order survives upgrade and downgrade', () => {
    const order = JSON.parse('{"order_id": 1, "symbol": "A", "side": "buy", "quantity": 1, "__proto__": {"x": 1}}');
    const doc = JSON.parse(JSON.stringify(v1({ order_state: { pending_orders: [order], recent_fills: [] } })));
    doc.checkpoint_id = checkpointId(doc);
    const back = downgrade(upgrade(doc).document, { to: 1 });
    expect(back.loss).toEqual([]);
    expect(canonicalString(back.document)).toBe(canonicalString(doc));
  });

  it('3a: a pending trailing stop without a trigger downgrades to a valid 1.0 document with a loss report', () => {
    const s = sampleState();
    s.order_state.orders.push({ order_id: 't', symbol: 'AAPL', side: 'sell', type: 'trailing_stop', trail_percent: '2', quantity: '1', time_in_force: 'gtc', status: 'submitted', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-03-15T19:00:00Z' });
    const r = downgrade(createCheckpoint(s), { to: 1, allowLoss: true });
    expect(r.document.version).toBe('1.0');
    expect(r.loss.some((l) => l.pointer.startsWith('/order_state/orders/2'))).toBe(true);
  });

  it('3b: fills that round above the rounded filled quantity downgrade to a valid 1.0 document', () => {
    const s = sampleState();
    s.order_state.orders.push({ order_id: 'p', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '2', time_in_force: 'day', status: 'partially_filled', filled_quantity: '1.00000000000000003', commission: '0', currency: 'USD', placed_at: '2024-03-15T19:00:00Z' });
    for (const [id, q] of [['a', '0.25000000000000003'], ['b', '0.75']] as const) {
      s.order_state.fills.push({ fill_id: id, order_id: 'p', symbol: 'AAPL', side: 'buy', quantity: q, price: '1', commission: '0', currency: 'USD', timestamp: '2024-03-15T19:00:00Z' });
    }
    const r = downgrade(createCheckpoint(s), { to: 1, allowLoss: true });
    expect(r.document.version).toBe('1.0');
    expect(loadCheckpoint(r.document).original.version).toBe('1.0');
  });

  it('5: upgrading a downgraded document cancels the recorded downgrade step', () => {
    const doc = createCheckpoint({ ...sampleState(), engine_state: { rng: null, feeds: {}, counters: {}, held_orders: [] }, run_id: 'x', fingerprint: null, strategy_state: null });
    const down = downgrade(doc, { to: 2, allowLoss: true }).document;
    expect(down.provenance).toMatchObject({ source_version: '3.0', steps: [{ from: '3.0', to: '2.0' }] });
    const up = upgrade(down).document;
    expect(up.provenance).toBeUndefined();
  });

  it('regression: a decimal beyond the largest double has no 1.0 form: E_MIGRATION at its pointer, not E_NUMBER (issue 13.3)', () => {
    const s = sampleState();
    s.portfolio_state.cash = { USD: '9'.repeat(400) };
    delete s.portfolio_state.equity;
    const doc = downgrade(createCheckpoint(s), { to: 2, allowLoss: true }).document;
    for (const allowLoss of [false, true]) {
      const e = (() => {
        try {
          downgrade(doc, { to: 1, allowLoss });
        } catch (err) {
          return err as CheckpointError;
        }
        throw new Error('the downgrade returned');
      })();
      expect(e.code).toBe('E_MIGRATION');
      expect(e.pointer).toBe('/portfolio_state/cash');
      expect(e.message).toContain('no 1.0 form');
    }
  });

  it('regression: a 3.0 order whose parent is a held order has no 2.0 form, and the error does not call it a bug (issue 13.3)', () => {
    const held = { order_id: 'h', symbol: 'AAPL', side: 'buy', type: 'market', quantity: '1', time_in_force: 'day', status: 'new', filled_quantity: '0', commission: '0', currency: 'USD', placed_at: '2024-03-15T19:00:00Z' } as const;
    const s = { ...sampleState(), run_id: 'r', fingerprint: null, strategy_state: null, engine_state: { rng: null, feeds: {}, counters: {}, held_orders: [held] } };
    s.order_state.orders.push({ ...held, order_id: 'child', status: 'submitted', parent_id: 'h' });
    for (const allowLoss of [false, true]) {
      try {
        downgrade(createCheckpoint(s), { to: 2, allowLoss });
        throw new Error('the downgrade returned');
      } catch (e) {
        const err = e as CheckpointError;
        expect(err.code).toBe('E_MIGRATION');
        expect(err.message).toContain('no 2.0 form');
        expect(err.hint).not.toContain('bug');
      }
    }
  });

  it('6: a version with seven digits of major is too new, not unknown', () => {
    expect(codeOf(() => loadCheckpoint({ ...createCheckpoint(sampleState()), version: '1000000.0' }))).toBe('E_VERSION_TOO_NEW');
  });
});
