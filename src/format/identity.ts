// Checkpoint identity (spec §"Identity"): the id is the lowercase hex SHA-256 of the RFC 8785 bytes of
// the hashed part, which is the whole document minus the members listed in UNHASHED_MEMBERS. The rule is
// the same for every format version; `version` itself is hashed, so two versions never share an id.
import { createHash } from 'node:crypto';
import { canonicalHash, updateCanonical, updateWithText } from '../canonical/index.js';
import type { CanonicalText } from '../json/index.js';
import { CheckpointError } from '../errors/index.js';
import { defineMember } from '../util/json.js';

/** Members that are not part of the state: the id itself, wall-clock creation time, and migration provenance. */
export const UNHASHED_MEMBERS = ['checkpoint_id', 'created_at', 'provenance'] as const;

export const ID_PATTERN = /^[0-9a-f]{64}$/;

export function isCheckpointId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** The hashed part of a checkpoint document (a shallow copy without the unhashed members). */
export function hashedPart(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (key === 'checkpoint_id' || key === 'created_at' || key === 'provenance') continue;
    defineMember(out, key, doc[key]);
  }
  return out;
}

/**
 * The id a checkpoint document must carry, computed from its content. Takes any object, so the library's own
 * document types (interfaces, which have no index signature) pass under --strict without a cast.
 */
export function checkpointId(doc: object): string {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'checkpointId() takes a checkpoint document (a JSON object)' });
  }
  return canonicalHash(hashedPart(doc as Record<string, unknown>));
}

const UNHASHED = new Set<string>(UNHASHED_MEMBERS);

/**
 * checkpointId(doc), where `text` is null or the canonical layout of the text `doc` was parsed from (see
 * CanonicalText); `doc` MUST be the value JSON.parse made of those bytes, untouched, because the fast paths rely on
 * its member order. The hashed part is the bytes of the hashed top-level members, nothing serialized, except for a
 * member whose numbers may be spelled otherwise: only its value is serialized again. Its objects enumerate their
 * members in canonical order (they were parsed from canonical order) unless a name looks like an array index, and
 * it holds no value the guards would reject, so JSON.stringify writes its canonical form (ECMAScript writes numbers
 * as RFC 8785 does); with index-like names updateCanonical sorts them first.
 */
export function contentId(doc: Record<string, unknown>, text: CanonicalText | null): string {
  const members = text?.members;
  if (members == null) return checkpointId(doc);
  const { bytes, inOrder } = text!;
  const hash = createHash('sha256').update('{');
  let first = true;
  // Exact members next to each other (with the comma between them) are hashed as one range of bytes.
  let from = -1;
  let to = -1;
  const flush = (): void => {
    if (from < 0) return;
    if (!first) hash.update(',');
    hash.update(bytes.subarray(from, to));
    first = false;
    from = -1;
  };
  for (const m of members) {
    if (UNHASHED.has(m.name)) {
      flush();
    } else if (m.exact) {
      if (from >= 0 && m.start === to + 1) {
        to = m.end;
      } else {
        flush();
        from = m.start;
        to = m.end;
      }
    } else {
      flush();
      if (!first) hash.update(',');
      hash.update(bytes.subarray(m.start, m.valueStart));
      const value = doc[m.name];
      // In canonical order already, so JSON.stringify's text is canonical; otherwise sort first.
      if (inOrder) updateWithText(hash, value, value);
      else updateCanonical(hash, value);
      first = false;
    }
  }
  flush();
  return hash.update('}').digest('hex');
}

/** Throws E_HASH_MISMATCH unless the stored id is the content's id (`text`: see contentId). */
export function verifyId(doc: Record<string, unknown>, text: CanonicalText | null = null): string {
  const actual = contentId(doc, text);
  const stored = doc.checkpoint_id;
  if (stored !== actual) {
    throw new CheckpointError({
      code: 'E_HASH_MISMATCH',
      pointer: '/checkpoint_id',
      message: `checkpoint_id is ${JSON.stringify(stored)} but the content hashes to ${actual}`,
      hint: 'the content was changed after the id was computed: restore the file from a trusted copy; if the change was intended, write a new checkpoint from the state so it gets its own id',
    });
  }
  return actual;
}
