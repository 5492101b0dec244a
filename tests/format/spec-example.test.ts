// The spec's 1.0 example, written as the first Python producer wrote files, loads as the latest
// format with provenance, and downgrades back to the original bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalString, checkCheckpoint, downgrade, FORMAT_VERSIONS, LATEST_VERSION_STRING, loadCheckpoint } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const bytes = readFileSync(join(root, 'spec', 'examples', 'v1.json'));

describe('spec example 1.0', () => {
  const loaded = loadCheckpoint(bytes);

  it('loads as the latest format through every migration step', () => {
    expect(loaded.original.version).toBe('1.0');
    expect(loaded.checkpoint.version).toBe(LATEST_VERSION_STRING);
    expect(loaded.steps).toEqual(FORMAT_VERSIONS.slice(1).map((f, i) => ({ from: FORMAT_VERSIONS[i]!.version, to: f.version })));
    expect(checkCheckpoint(loaded.checkpoint).valid).toBe(true);
  });

  it('records provenance: the source id, version and original created_at', () => {
    expect(loaded.provenance).toEqual({
      source_version: '1.0',
      source_id: '7313e58e7dd394cf0d3dd5f1d8a1bac3dce7d990e0b10b7163882c7f5e25847d',
      source_created_at: '2026-02-17T09:41:27.318204',
      steps: FORMAT_VERSIONS.slice(1).map((f, i) => ({ from: FORMAT_VERSIONS[i]!.version, to: f.version })),
    });
  });

  it('converts numbers to exact decimals and naive times to UTC', () => {
    const c = loaded.checkpoint;
    expect(c.timestamp).toBe('2024-03-15T16:00:00Z');
    expect(c.portfolio_state.cash).toEqual({ XXX: '84250.75' });
    expect(c.portfolio_state.positions.MSFT).toEqual({ quantity: '-20', avg_price: '0', currency: 'XXX' });
    const limit = c.order_state.orders.find((o) => o.order_id === '17')!;
    expect(limit).toMatchObject({ type: 'limit', side: 'sell', limit_price: '180', placed_at: '2024-03-15T19:30:00Z', status: 'submitted' });
    const partial = c.order_state.orders.find((o) => o.order_id === '18')!;
    expect(partial).toMatchObject({ status: 'partially_filled', filled_quantity: '5', commission: '0.35' });
    // The fill of order 15, no longer pending in 1.0, gets its order back as a filled market order.
    expect(c.order_state.orders.find((o) => o.order_id === '15')).toMatchObject({ status: 'filled', quantity: '50', type: 'market' });
  });

  it('downgrades back to the original, byte for byte in canonical form', () => {
    const back = downgrade(loaded.checkpoint, { to: 1 });
    expect(back.loss).toEqual([]);
    expect(canonicalString(back.document)).toBe(canonicalString(JSON.parse(bytes.toString('utf8'))));
  });
});
