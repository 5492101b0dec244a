// The library against the source-format vectors (spec/vectors/finbot.json): finbot values checked by the frozen
// schema and rules, finbot files imported into the latest format, and 4.0 documents exported to finbot's bytes.
import { describe, expect, it } from 'vitest';
import { CheckpointError, checkCheckpoint, exportFinbot, isFinbotSchemaValid, loadCheckpoint } from '../../src/index.js';
import { bytesToHex, hexToBytes, loadCases } from './load-vectors.js';

const codes = (list: readonly { code: string }[] | undefined): string[] => [...new Set((list ?? []).map((w) => w.code))].sort();

function errorOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof CheckpointError)) throw e;
    return e.code;
  }
}

describe('source-format vectors (finbot-execution-1.0.0)', () => {
  const cases = loadCases('source');

  it('covers every kind: values, imports and exports', () => {
    for (const kind of ['validity', 'import', 'export']) expect(cases.filter((c) => c.case.kind === kind).length, kind).toBeGreaterThan(3);
  });

  it.each(cases.map((c) => [c.title, c.case] as const))('%s', (_, c) => {
    switch (c.kind) {
      case 'validity': {
        expect(isFinbotSchemaValid(c.document)).toBe(c.schema_valid);
        const r = checkCheckpoint(c.document as object);
        expect(r.valid ? null : r.errors[0]!.code).toBe(c.error);
        expect(codes(r.warnings)).toEqual(c.warnings);
        break;
      }
      case 'import': {
        const bytes = hexToBytes(c.hex);
        const options = c.zone !== undefined ? { zone: c.zone } : {};
        expect(errorOf(() => loadCheckpoint(bytes, options))).toBe(c.error);
        if (c.error !== null) break;
        const r = loadCheckpoint(bytes, options);
        expect(r.id).toBe(c.id);
        expect(r.checkpoint).toEqual(c.output);
        expect(codes(r.warnings)).toEqual(c.warnings);
        break;
      }
      case 'export': {
        expect(errorOf(() => exportFinbot(c.input, { allowLoss: c.allow_loss }))).toBe(c.error);
        const r = exportFinbot(c.input, { allowLoss: true });
        expect(r.loss).toEqual(c.loss);
        if (c.output_hex !== undefined) expect(bytesToHex(Buffer.from(r.text, 'latin1'))).toBe(c.output_hex);
        break;
      }
    }
  });
});
