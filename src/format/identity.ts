// Checkpoint identity (spec §"Identity"): the id is the lowercase hex SHA-256 of the RFC 8785 bytes of
// the hashed part, which is the whole document minus the members listed in UNHASHED_MEMBERS. The rule is
// the same for every format version; `version` itself is hashed, so two versions never share an id.
import { canonicalHash } from '../canonical/index.js';
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

/** The id a checkpoint document must carry, computed from its content. */
export function checkpointId(doc: Record<string, unknown>): string {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'checkpointId() takes a checkpoint document (a JSON object)' });
  }
  return canonicalHash(hashedPart(doc));
}

/** Throws E_HASH_MISMATCH unless the stored id is the content's id. */
export function verifyId(doc: Record<string, unknown>): string {
  const actual = checkpointId(doc);
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
