// Laws of identity: the id depends on the state alone, and any change to hashed state is caught.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkpointId, loadCheckpoint, serializeCheckpoint, CheckpointError } from '../../src/index.js';
import { anyDocument, latestDocument } from '../arbitraries/documents.js';

function shuffleKeys(v: unknown, rnd: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, rnd));
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v).sort(() => rnd() - 0.5);
    const out: Record<string, unknown> = {};
    for (const k of keys) Object.defineProperty(out, k, { value: shuffleKeys((v as Record<string, unknown>)[k], rnd), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

describe('identity laws', () => {
  it('the id does not depend on member order or whitespace', () => {
    fc.assert(
      fc.property(anyDocument, fc.integer(), fc.constantFrom(0, 1, 2, '\t'), (doc, seed, indent) => {
        let s = seed;
        const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
        const text = JSON.stringify(shuffleKeys(doc, rnd), null, indent);
        const loaded = loadCheckpoint(text);
        expect(loaded.original.id).toBe(doc.checkpoint_id);
        expect(checkpointId(JSON.parse(text))).toBe(doc.checkpoint_id);
      }),
      { numRuns: 150 },
    );
  });

  it('the id ignores created_at and provenance but covers everything else', () => {
    fc.assert(
      fc.property(latestDocument, (doc) => {
        expect(checkpointId({ ...doc, created_at: '1999-01-01T00:00:00Z' })).toBe(doc.checkpoint_id);
        expect(checkpointId({ ...doc, strategy_name: doc.strategy_name + 'x' })).not.toBe(doc.checkpoint_id);
      }),
      { numRuns: 50 },
    );
  });

  it('changing any hashed scalar is detected as E_HASH_MISMATCH', () => {
    fc.assert(
      fc.property(anyDocument, fc.nat(), (doc, pick) => {
        // Collect every scalar leaf outside the unhashed members, then change one of them.
        const leaves: { parent: Record<string, unknown> | unknown[]; key: string | number; value: unknown }[] = [];
        const walk = (v: unknown, top: boolean) => {
          if (Array.isArray(v)) v.forEach((x, i) => (x !== null && typeof x === 'object' ? walk(x, false) : leaves.push({ parent: v, key: i, value: x })));
          else if (v !== null && typeof v === 'object')
            for (const [k, x] of Object.entries(v)) {
              if (top && (k === 'checkpoint_id' || k === 'created_at' || k === 'provenance')) continue;
              if (x !== null && typeof x === 'object') walk(x, false);
              else leaves.push({ parent: v as Record<string, unknown>, key: k, value: x });
            }
        };
        const copy = structuredClone(doc) as unknown as Record<string, unknown>;
        walk(copy, true);
        const leaf = leaves[pick % leaves.length]!;
        const changed = typeof leaf.value === 'string' ? leaf.value + '0' : typeof leaf.value === 'number' ? leaf.value + 1 : typeof leaf.value === 'boolean' ? !leaf.value : 'x';
        (leaf.parent as Record<string | number, unknown>)[leaf.key] = changed;
        if (checkpointId(copy) === doc.checkpoint_id) return; // a change the canonical form cannot see (none expected)
        try {
          loadCheckpoint(copy);
        } catch (e) {
          expect(e).toBeInstanceOf(CheckpointError);
          // The tampered value may also break the schema or a consistency rule, which are checked first.
          expect(['E_HASH_MISMATCH', 'E_SCHEMA', 'E_SEMANTIC', 'E_VERSION_UNKNOWN', 'E_VERSION_TOO_NEW']).toContain((e as CheckpointError).code);
          return;
        }
        throw new Error('a tampered document loaded');
      }),
      { numRuns: 200 },
    );
  });

  it('a tamper that keeps the document valid is reported as E_HASH_MISMATCH', () => {
    fc.assert(
      fc.property(latestDocument, (doc) => {
        const tampered = { ...doc, strategy_name: doc.strategy_name + '!' };
        expect(() => loadCheckpoint(tampered)).toThrowError(expect.objectContaining({ code: 'E_HASH_MISMATCH', pointer: '/checkpoint_id' }));
      }),
      { numRuns: 30 },
    );
  });

  it('save → load → save is byte-identical', () => {
    fc.assert(
      fc.property(latestDocument, (doc) => {
        const first = serializeCheckpoint(doc);
        const second = serializeCheckpoint(loadCheckpoint(Buffer.from(first, 'utf8')).checkpoint);
        expect(second).toBe(first);
      }),
      { numRuns: 100 },
    );
  });
});
