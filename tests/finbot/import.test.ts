// finbot ExecutionCheckpoint 1.0.0 → 4.0 → finbot over generated folders (tests/fixtures/finbot/generate.py, any
// seed): every import is a valid, verified 4.0 checkpoint; import is deterministic; export gives back the file's
// bytes; latest.json and its twin share an id, and so do files that differ only in line ends.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCheckpoint, exportFinbot, loadCheckpoint, serializeCheckpoint } from '../../src/index.js';
import { LATEST_VERSION_STRING } from '../../src/format/index.js';
import { completeFiles, generate } from './helpers.js';

const seeds = fc.integer({ min: 1, max: 1_000_000 });

describe('import → export over generated finbot folders', () => {
  it('every complete file imports to a valid latest-format checkpoint and exports to its own bytes (LF and CRLF)', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom('lf' as const, 'crlf' as const), (seed, newline) => {
        const files = completeFiles(generate(seed, { simulators: 9, checkpoints: 3, newline }));
        expect(files.length).toBeGreaterThan(15);
        for (const f of files) {
          const loaded = loadCheckpoint(f.bytes, { source: f.path });
          expect(loaded.checkpoint.version).toBe(LATEST_VERSION_STRING);
          expect(loaded.original.version).toBe('finbot-execution-1.0.0');
          expect(loaded.provenance?.source_version).toBe('finbot-execution-1.0.0');
          const file = serializeCheckpoint(loaded.checkpoint);
          expect(checkCheckpoint(file), f.path).toMatchObject({ valid: true, version: LATEST_VERSION_STRING, id: loaded.id });
          // Deterministic: the same bytes give the same document, byte for byte.
          expect(serializeCheckpoint(loadCheckpoint(f.bytes).checkpoint)).toBe(file);
          const back = exportFinbot(f.bytes);
          expect(back.loss).toEqual([]);
          expect(back.text, f.path).toBe(f.bytes.toString('latin1'));
          // ... and so does the stored 4.0 file.
          expect(exportFinbot(file).text).toBe(f.bytes.toString('latin1'));
        }
      }),
      { numRuns: 3 },
    );
  });

  it('latest.json and the file it copies have one id; LF and CRLF copies of a file have one id', () => {
    const lf = generate(8, { simulators: 9, checkpoints: 3 });
    const crlf = generate(8, { simulators: 9, checkpoints: 3, newline: 'crlf' });
    const byPath = new Map(completeFiles(crlf).map((f) => [`${f.folder}/${f.name}`, f]));
    let twins = 0;
    const files = completeFiles(lf);
    for (const f of files) {
      const id = loadCheckpoint(f.bytes).id;
      const other = byPath.get(`${f.folder}/${f.name}`)!;
      expect(other.bytes.equals(f.bytes)).toBe(false);
      const crlfLoad = loadCheckpoint(other.bytes);
      expect(crlfLoad.id).toBe(id);
      expect(crlfLoad.provenance).toMatchObject({ source_layout: { newline: 'crlf' } });
      if (f.name === 'latest.json') {
        const twin = files.find((g) => g.folder === f.folder && g.name !== f.name && g.bytes.equals(f.bytes));
        if (twin) {
          twins++;
          expect(loadCheckpoint(twin.bytes).id).toBe(id);
        }
      }
    }
    expect(twins).toBeGreaterThan(2);
  });

  it('regression: a package.json of version "1.0.0" is not taken for a finbot file (issue 10.13)', () => {
    const r = checkCheckpoint({ name: 'x', version: '1.0.0' });
    expect(r.errors[0]!.code).toBe('E_VERSION_UNKNOWN');
    expect(r.errors[0]!.message).toMatch(/does not look like a checkpoint file/);
  });
});

describe('regression: generated fill ids count every execution of the file (found by the Python port)', () => {
  it('an execution of a stop order (legacy-only) still takes its index, so a later duplicate id becomes fill-2', () => {
    const path = new URL('../fixtures/finbot/sample/default/20260510_114654_000000.json', import.meta.url);
    const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const t = doc.checkpoint_timestamp as string;
    const order = (id: string, type: string, execution: string): Record<string, unknown> => ({
      order_id: id, symbol: 'SPY', side: 'buy', order_type: type, quantity: '1', created_at: t, status: 'filled', limit_price: null,
      submitted_at: t, filled_quantity: '1', avg_fill_price: '10', total_commission: '0', rejected_at: null, rejection_reason: null,
      rejection_message: null, cancelled_at: null,
      executions: [{ execution_id: execution, order_id: id, timestamp: t, quantity: '1', price: '10', commission: '0', is_partial: false }],
    });
    doc.pending_orders = [];
    doc.completed_orders = [order('a', 'market', 'x'), order('b', 'stop', 'y'), order('c', 'market', 'x')];
    const loaded = loadCheckpoint(doc);
    expect(loaded.checkpoint.order_state.fills.map((f) => f.fill_id)).toEqual(['x', 'fill-2']);
    expect(exportFinbot(serializeCheckpoint(loaded.checkpoint)).document).toEqual(doc);
  });
});
