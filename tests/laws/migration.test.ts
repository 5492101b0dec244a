// Laws of migration: upgrades reach a valid latest document, round trips are exact, and every step
// is a pure function of its input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString, checkCheckpoint, downgrade, LATEST_VERSION, loadCheckpoint, upgrade } from '../../src/index.js';
import { anyDocument, v1Document, v2Document, v3Document } from '../arbitraries/documents.js';

const majorOf = (doc: { version: string }) => Number(doc.version.split('.')[0]);

describe('migration laws', () => {
  it('every valid vK upgrades to a valid latest document', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const { document, steps } = upgrade(doc);
        expect(document.version).toBe(`${LATEST_VERSION}.0`);
        expect(steps).toHaveLength(LATEST_VERSION - majorOf(doc));
        expect(checkCheckpoint(document).errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('downgrade(upgrade(x)) gives back x exactly: same canonical bytes, same id, same created_at', () => {
    fc.assert(
      fc.property(fc.oneof(v1Document, v2Document), (doc) => {
        const up = upgrade(doc).document;
        const { document, loss } = downgrade(up, { to: majorOf(doc) });
        expect(loss).toEqual([]);
        expect(canonicalString(document)).toBe(canonicalString(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('migrations are deterministic: the same input always gives the same bytes', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const a = canonicalString(upgrade(structuredClone(doc)).document);
        const b = canonicalString(upgrade(structuredClone(doc)).document);
        expect(a).toBe(b);
      }),
      { numRuns: 100 },
    );
  });

  it('upgrading never mutates its input', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const before = canonicalString(doc);
        const frozen = structuredClone(doc);
        upgrade(frozen);
        loadCheckpoint(frozen);
        expect(canonicalString(frozen)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('a lossy downgrade reports exactly what upgrading back would not restore', () => {
    fc.assert(
      fc.property(v3Document, (doc) => {
        const r = downgrade(doc, { to: 2, allowLoss: true });
        const back = upgrade(r.document).document;
        const lossless = canonicalString({ ...back, created_at: 0, checkpoint_id: 0, provenance: 0 }) === canonicalString({ ...doc, created_at: 0, checkpoint_id: 0, provenance: 0 });
        expect(r.loss.length === 0).toBe(lossless);
        if (r.loss.length > 0) expect(() => downgrade(doc, { to: 2 })).toThrowError(expect.objectContaining({ code: 'E_DOWNGRADE_LOSS' }));
      }),
      { numRuns: 100 },
    );
  });

  it('every valid document downgrades (loss allowed) to a valid document of every older version', () => {
    fc.assert(
      fc.property(fc.oneof(v2Document, v3Document), (doc) => {
        for (let to = majorOf(doc) - 1; to >= 1; to--) {
          const { document } = downgrade(doc, { to, allowLoss: true });
          expect(document.version).toBe(`${to}.0`);
          expect(checkCheckpoint(document).errors).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('loading an old document upgrades it and records provenance', () => {
    fc.assert(
      fc.property(fc.oneof(v1Document, v2Document), (doc) => {
        const r = loadCheckpoint(doc);
        expect(r.original).toEqual({ version: doc.version, id: doc.checkpoint_id });
        expect(r.provenance?.source_id).toBe(doc.checkpoint_id);
        expect(r.provenance?.steps).toEqual(r.steps);
        expect(r.checkpoint.checkpoint_id).toBe(r.id);
      }),
      { numRuns: 100 },
    );
  });
});
