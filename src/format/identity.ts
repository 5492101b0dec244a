// Checkpoint identity (spec §"Identity"): the id is the lowercase hex SHA-256 of the RFC 8785 bytes of
// the hashed part, which is the whole document minus the members listed in UNHASHED_MEMBERS. The rule is
// the same for every format version; `version` itself is hashed, so two versions never share an id.
import { createHash, type Hash } from 'node:crypto';
import { canonicalHash, canonicalString } from '../canonical/index.js';
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
 * as RFC 8785 does); with index-like names canonicalString does.
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
      if (inOrder) updateInChunks(hash, value);
      else hash.update(canonicalString(value), 'utf8');
      first = false;
    }
  }
  flush();
  return hash.update('}').digest('hex');
}

/**
 * Arrays longer than this are serialized for the hash a slice at a time. A slice of numbers writes at most about
 * 50 KB of text: V8 allocates strings beyond 128 KB in fresh large-object pages, which piled up as garbage between
 * collections (8 MB at the peak of a load of 10^6 returns; issue 16, item 4), where smaller ones reuse the young
 * generation's pages.
 */
const SLICE = 2048;

/** Holds an array longer than SLICE, through objects only (arrays up to SLICE long are not looked into). */
function holdsLongArray(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.length > SLICE;
  for (const key in value) if (holdsLongArray((value as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * hash.update(JSON.stringify(value)), for a value parsed from canonical order (see contentId), without ever
 * holding the whole text: a member such as 10^6 returns is tens of megabytes of text, and JSON.stringify's
 * builder needs several times that at its peak, which made it the peak of a whole load (issue 16, item 4). Arrays
 * longer than SLICE are written a slice at a time, and the objects around them a member at a time; everything
 * else, in one JSON.stringify call. The bytes hashed are the same.
 */
function updateInChunks(hash: Hash, value: unknown): void {
  if (!holdsLongArray(value)) {
    hash.update(JSON.stringify(value) as string, 'utf8');
  } else if (Array.isArray(value)) {
    hash.update('[');
    for (let i = 0; i < value.length; i += SLICE) {
      if (i > 0) hash.update(',');
      const slice = value.slice(i, i + SLICE);
      if (holdsLongArray(slice)) {
        slice.forEach((v, k) => {
          if (k > 0) hash.update(',');
          updateInChunks(hash, v);
        });
      } else {
        const text = JSON.stringify(slice);
        hash.update(text.slice(1, -1), 'utf8');
      }
    }
    hash.update(']');
  } else {
    let first = true;
    hash.update('{');
    for (const key in value as Record<string, unknown>) {
      hash.update(`${first ? '' : ','}${JSON.stringify(key)}:`, 'utf8');
      updateInChunks(hash, (value as Record<string, unknown>)[key]);
      first = false;
    }
    hash.update('}');
  }
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
