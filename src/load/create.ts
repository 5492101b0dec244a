// Writing checkpoints: only the latest format is ever written. createCheckpoint fills in version,
// created_at and the content id, and refuses state that would not load back.
import { assertJsonValue, canonicalString, prettyCanonical, sha256Hex } from '../canonical/index.js';
import { CheckpointError } from '../errors/index.js';
import { assertSchema, assertSemantic, LATEST_FORMAT, UNHASHED_MEMBERS, type Checkpoint } from '../format/index.js';
import { toTimestamp } from '../util/time.js';

/** The state a caller provides: everything but the members createCheckpoint computes. */
export type CheckpointState = Omit<Checkpoint, 'checkpoint_id' | 'version' | 'created_at' | 'provenance' | 'legacy'>;

export interface CreateOptions {
  /**
   * Wall-clock creation time; defaults to now. A Date, or an ISO 8601 string in any offset (normalized to the
   * format's UTC spelling, so date.toISOString() is fine). Not hashed, so it never changes the id.
   */
  readonly createdAt?: Date | string;
}

/**
 * createdAt as the format spells it: a Date, or any ISO 8601 string (so date.toISOString() works too). A string
 * that is no time at all is left as it is, for the schema check to report with its pointer.
 */
function createdAtTimestamp(at: Date | string): string {
  if (typeof at === 'string') {
    try {
      return toTimestamp(at);
    } catch {
      return at;
    }
  }
  try {
    return toTimestamp(at);
  } catch {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'createdAt is an invalid Date' });
  }
}

/** Builds a latest-format checkpoint from state: validated, consistent, with its content id. */
export function createCheckpoint(state: CheckpointState, options: CreateOptions = {}): Checkpoint {
  return buildCheckpoint(state, options).checkpoint;
}

/** A checkpoint built from state, with its id and its file form (serializeCheckpoint), each computed once. */
export interface BuiltCheckpoint {
  readonly checkpoint: Checkpoint;
  readonly id: string;
  readonly file: string;
}

const UNHASHED = new Set<string>(UNHASHED_MEMBERS);

/**
 * createCheckpoint, also returning the file form. Each top-level member is serialized once: the id hashes the
 * hashed members' canonical text, and the file joins all of them, so a caller that stores the checkpoint
 * (registry.create) neither validates nor serializes it again (issue 16).
 */
export function buildCheckpoint(state: CheckpointState, options: CreateOptions = {}): BuiltCheckpoint {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'createCheckpoint() takes the checkpoint state as an object' });
  }
  for (const computed of ['checkpoint_id', 'version', 'created_at', 'provenance', 'legacy'] as const) {
    if (Object.hasOwn(state, computed)) {
      throw new CheckpointError({
        code: 'E_ARGUMENT',
        pointer: `/${computed}`,
        message: `createCheckpoint() computes "${computed}" itself; remove it from the state`,
      });
    }
  }
  assertJsonValue(state); // every value passes the guards, so serializing a member below cannot fail
  const createdAt = createdAtTimestamp(options.createdAt ?? new Date());
  const doc: Record<string, unknown> = { ...structuredClone(state), version: LATEST_FORMAT.version, created_at: createdAt, checkpoint_id: '' };
  // RFC 8785 orders members by UTF-16 code units, which is what sort() does.
  const names = Object.keys(doc).sort();
  const members = names.map((name) => `${JSON.stringify(name)}:${canonicalString(doc[name])}`);
  const id = sha256Hex(`{${members.filter((_, k) => !UNHASHED.has(names[k]!)).join(',')}}`);
  doc.checkpoint_id = id;
  assertSchema(LATEST_FORMAT, doc);
  assertSemantic(LATEST_FORMAT, doc);
  const file = `{${names.map((name, k) => (name === 'checkpoint_id' ? `"checkpoint_id":${JSON.stringify(id)}` : members[k])).join(',')}}\n`;
  return { checkpoint: doc as unknown as Checkpoint, id, file };
}

export interface SerializeOptions {
  /**
   * Lay the file out for people: one member per line, two-space indent (spec §15.2, "pretty file form").
   * Loads rewrite such files into the canonical layout before hashing them, so they are slower to read.
   */
  readonly pretty?: boolean;
}

/**
 * The file form of a checkpoint (spec §15.2): the RFC 8785 canonical text of the whole document and a final
 * newline. Deterministic, so save → load → save is byte-identical; and because the text already is canonical,
 * a reader hashes its bytes instead of serializing the parsed value again.
 */
export function serializeCheckpoint(doc: object, options: SerializeOptions = {}): string {
  return options.pretty === true ? prettyCanonical(doc) : canonicalString(doc) + '\n';
}
