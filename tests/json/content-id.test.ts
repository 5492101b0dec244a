// The id hashed from the bytes of a canonical or rewritten text (contentId) must be the id of the parsed value
// (checkpointId), whichever top-level members are unhashed, spelled inexactly, or next to each other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalString } from '../../src/canonical/index.js';
import { checkpointId, contentId } from '../../src/format/index.js';
import { parseJsonBytes } from '../../src/json/index.js';
import { pythonJson } from '../../bench/documents.js';
import { containsUnsafeNumber, shuffleKeys, trickyJson } from '../canonical/helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const name = fc.constantFrom('account', 'checkpoint_id', 'created_at', 'metadata', 'provenance', 'sequence', 'version', 'z', '0', 'é');

/** A top-level object whose members may be unhashed, and whose numbers may be respelled (1 as 1.0, 0.5 as 5e-1). */
const document = fc.uniqueArray(fc.tuple(name, trickyJson), { selector: ([k]) => k, maxLength: 10 }).map((entries) => Object.fromEntries(entries) as Record<string, unknown>);
const respell = (text: string): string => text.replace(/([:[,]\s*)(-?[1-9][0-9]*)([\s,}\]])/g, '$1$2.0$3').replace(/([:[,]\s*)0\.5([\s,}\]])/g, '$15e-1$2');

describe('contentId', () => {
  it('is checkpointId of the parsed value, in every layout, with members unhashed, inexact or adjacent', () => {
    fc.assert(
      fc.property(document, fc.integer(), fc.boolean(), (doc, seed, python) => {
        if (containsUnsafeNumber(doc)) return;
        const canonical = canonicalString(doc);
        for (const text of [canonical, respell(canonical), python ? pythonJson(shuffleKeys(doc, seed)) : JSON.stringify(shuffleKeys(doc, seed), null, 1), respell(JSON.stringify(doc, null, 2))]) {
          const parsed = parseJsonBytes(utf8(text));
          if (parsed.canonical === null) continue;
          const value = parsed.value as Record<string, unknown>;
          expect(contentId(value, parsed.canonical), text).toBe(checkpointId(value));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
