// Laws of migration, over every version in the table: upgrades reach a valid latest document, round trips are
// exact for every pair, loss reports are exact for every downgrade, and every step is a pure function of its
// input. A new version is covered the moment the table lists it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString, checkCheckpoint, downgrade, FORMAT_VERSIONS, LATEST_VERSION_STRING, loadCheckpoint, upgrade } from '../../src/index.js';
import { anyDocument, documentOf } from '../arbitraries/documents.js';

const indexOf = (doc: { version: string }) => FORMAT_VERSIONS.findIndex((f) => f.version === doc.version);
/** Every (older, newer) pair of versions, not only neighbours: multi-step chains have laws too. */
const PAIRS = FORMAT_VERSIONS.flatMap((older, i) => FORMAT_VERSIONS.slice(i + 1).map((newer) => [older.version, newer.version] as const));
const hashed = (doc: object) => canonicalString({ ...doc, created_at: 0, checkpoint_id: 0, provenance: 0 });

it('the table has at least two versions, so the pair laws below run', () => {
  expect(PAIRS.length).toBeGreaterThan(0);
});

describe('migration laws', () => {
  it('every valid document of every version upgrades to a valid latest document', () => {
    fc.assert(
      fc.property(anyDocument, (doc) => {
        const { document, steps } = upgrade(doc);
        expect(document.version).toBe(LATEST_VERSION_STRING);
        expect(steps).toHaveLength(FORMAT_VERSIONS.length - 1 - indexOf(doc));
        expect(checkCheckpoint(document).errors).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  describe.each(PAIRS)('%s → %s', (older, newer) => {
    it('downgrade(upgrade(x)) gives back x exactly: same canonical bytes, same id, same created_at', () => {
      fc.assert(
        fc.property(documentOf(older), (doc) => {
          const up = upgrade(doc, { to: newer }).document;
          expect(up.version).toBe(newer);
          const { document, loss } = downgrade(up, { to: older });
          expect(loss).toEqual([]);
          expect(canonicalString(document)).toBe(canonicalString(doc));
        }),
        { numRuns: 60 },
      );
    });

    it('a lossy downgrade reports exactly what upgrading back would not restore', () => {
      fc.assert(
        fc.property(documentOf(newer), (doc) => {
          const r = downgrade(doc, { to: older, allowLoss: true });
          expect(r.document.version).toBe(older);
          expect(checkCheckpoint(r.document).errors).toEqual([]);
          const back = upgrade(r.document, { to: newer }).document;
          expect(r.loss.length === 0).toBe(hashed(back) === hashed(doc));
          if (r.loss.length > 0) expect(() => downgrade(doc, { to: older })).toThrowError(expect.objectContaining({ code: 'E_DOWNGRADE_LOSS' }));
        }),
        { numRuns: 60 },
      );
    });
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

  it('loading an older document upgrades it and records provenance', () => {
    const older = fc.oneof(...FORMAT_VERSIONS.slice(0, -1).map((f) => documentOf(f.version)));
    fc.assert(
      fc.property(older, (doc) => {
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
