// The load pipeline (spec §"Reading a checkpoint"): bytes → parse → detect version → validate against
// that version's schema → verify the id by that version's rule → semantic checks → migrate one step at
// a time → validate the result → typed value with provenance. Data flows one way; every failure is a
// CheckpointError with a code and a pointer.
import { CheckpointError, type ErrorDetail } from '../errors/index.js';
import { assertSchema, assertSemantic, detectVersion, LATEST_FORMAT, schemaProblems, verifyId, contentId, type Checkpoint, type FormatVersion } from '../format/index.js';
import { upgrade, type MigrationRecord } from '../../migrations/index.js';
import type { CanonicalText } from '../json/index.js';
import { deepCopy } from '../util/json.js';
import { parseInput } from './input.js';
import { isFinbotCandidate } from '../sources/finbot/read.js';
import type { WarningDetail } from '../sources/finbot/check.js';
import { checkSource, inputText, loadSource } from './source.js';

export interface Provenance {
  /** Format version of the document as it was first written. */
  readonly source_version: string;
  /** Its id, by its own version's rule. */
  readonly source_id: string;
  /** Its created_at, when the upgrade had to respell it. */
  readonly source_created_at?: string;
  /** Every migration step since it was written, oldest first. */
  readonly steps: readonly MigrationRecord[];
}

export interface LoadResult {
  /** The checkpoint in the latest format. */
  readonly checkpoint: Checkpoint;
  /** Its id (checkpoint.checkpoint_id). */
  readonly id: string;
  /** Format version and id of the input as read, before any migration. */
  readonly original: { readonly version: string; readonly id: string };
  /** Steps this load applied; empty when the input was already the latest format. */
  readonly steps: readonly MigrationRecord[];
  /** Where the checkpoint came from, when it was ever migrated (recorded in the document, unhashed). */
  readonly provenance: Provenance | null;
  /** Findings that did not stop the load (a source format's consistency quirks); absent when there are none. */
  readonly warnings?: readonly WarningDetail[];
}

export interface LoadOptions {
  /** A file name or other label, attached to errors as `source`. */
  readonly source?: string;
  /**
   * IANA time zone of a source file's times without an offset (finbot writes local times); default UTC, the
   * format's rule for naive times. Recorded in provenance as assumed_zone.
   */
  readonly zone?: string;
}

function labelled<T>(source: string | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CheckpointError && source !== undefined && e.source === undefined) e.source = source;
    throw e;
  }
}

/** Reads, verifies and upgrades a checkpoint of any known format version. */
export function loadCheckpoint(input: Uint8Array | string | object, options: LoadOptions = {}): LoadResult {
  return labelled(options.source, () => {
    const { value, borrowed, canonical } = parseInput(input);
    if (isFinbotCandidate(value)) {
      const { checkpoint, warnings } = loadSource(value, inputText(input), options.zone);
      const provenance = checkpoint.provenance as unknown as Provenance;
      return { checkpoint, id: checkpoint.checkpoint_id, original: { version: provenance.source_version, id: provenance.source_id }, steps: provenance.steps, provenance, ...(warnings.length > 0 && { warnings }) };
    }
    const format = detectVersion(value);
    assertSchema(format, value);
    const doc = value as Record<string, unknown>;
    const id = verifyId(doc, canonical);
    assertSemantic(format, doc);
    const original = { version: format.version, id };
    if (format === LATEST_FORMAT) {
      const checkpoint = (borrowed ? deepCopy(doc) : doc) as unknown as Checkpoint;
      return { checkpoint, id, original, steps: [], provenance: (checkpoint.provenance as Provenance | undefined) ?? null };
    }
    const { document, steps } = upgrade(doc);
    const checkpoint = document as unknown as Checkpoint;
    return { checkpoint, id: checkpoint.checkpoint_id, original, steps, provenance: (checkpoint.provenance as Provenance | undefined) ?? null };
  });
}

export interface CheckReport {
  /** Format version, when it could be told. */
  readonly version?: string;
  /** The id the content hashes to, when the document got that far. */
  readonly id?: string;
  readonly valid: boolean;
  /** Every problem found, in pipeline order; empty when valid. */
  readonly errors: readonly ErrorDetail[];
  /** Findings that do not make the input invalid (a source format's quirks); absent when there are none. */
  readonly warnings?: readonly WarningDetail[];
}

/**
 * Runs the checks of the load pipeline without migrating and without throwing: for validators that
 * must report every problem (schema, id and semantic) of every file.
 */
export function checkCheckpoint(input: Uint8Array | string | object): CheckReport {
  let value: unknown;
  let canonical: CanonicalText | null;
  let format: FormatVersion<any>;
  try {
    ({ value, canonical } = parseInput(input));
    if (isFinbotCandidate(value)) {
      const r = checkSource(value, inputText(input));
      return { version: r.version, ...(r.id !== undefined && { id: r.id }), valid: r.errors.length === 0, errors: r.errors, ...(r.warnings.length > 0 && { warnings: r.warnings }) };
    }
    format = detectVersion(value);
  } catch (e) {
    if (!(e instanceof CheckpointError)) throw e;
    return { valid: false, errors: e.details };
  }
  const version = format.version;
  const schema = schemaProblems(format, value);
  if (schema.length > 0) return { version, valid: false, errors: schema };
  const doc = value as Record<string, unknown>;
  const errors: ErrorDetail[] = [];
  const id = contentId(doc, canonical);
  if (doc.checkpoint_id !== id) {
    try {
      verifyId(doc, canonical);
    } catch (e) {
      if (!(e instanceof CheckpointError)) throw e;
      errors.push(...e.details);
    }
  }
  errors.push(...format.semantic(doc));
  return { version, id, valid: errors.length === 0, errors };
}

