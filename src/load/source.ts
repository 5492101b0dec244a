// The source-format branch of the load pipeline: a parsed value that is a finbot ExecutionCheckpoint (not a
// version of this format) is checked by its own schema and rules and imported into the latest format, which is
// then checked as every migration result is. Warnings (consistency finbot itself can break, a layout finbot did
// not write) are returned, never thrown.
import { CheckpointError, type ErrorDetail } from '../errors/index.js';
import { assertSchema, assertSemantic, formatOf, LATEST_FORMAT, type Checkpoint } from '../format/index.js';
import { upgrade } from '../../migrations/index.js';
import type { WarningDetail } from '../sources/finbot/check.js';
import { FINBOT_ENTERS_AT, FINBOT_FORMAT } from '../sources/finbot/format.js';
import { checkFinbot, readFinbot } from '../sources/finbot/read.js';
import { importFinbot } from '../sources/finbot/import.js';

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The text of an input, for the layout of a source file (bytes and text inputs; an object has none). */
export function inputText(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return decoder.decode(input);
  return undefined;
}

/** An import result is checked like any migration result; a failure is a bug in the import, not the user's file. */
function assertImported(doc: Record<string, unknown>): void {
  try {
    const entry = formatOf(FINBOT_ENTERS_AT)!;
    assertSchema(entry, doc);
    assertSemantic(entry, doc);
  } catch (e) {
    if (!(e instanceof CheckpointError)) throw e;
    throw new CheckpointError(
      {
        code: 'E_MIGRATION',
        ...(e.pointer !== undefined && { pointer: e.pointer }),
        message: `import ${FINBOT_FORMAT} → ${FINBOT_ENTERS_AT} produced an invalid document: ${e.message}`,
        hint: 'this is a bug in state-checkpoint; please report it with the input file',
      },
      e.details.map((d) => ({ ...d, code: 'E_MIGRATION' as const })),
    );
  }
}

export interface SourceLoad {
  readonly checkpoint: Checkpoint;
  readonly warnings: readonly WarningDetail[];
}

/**
 * An imported document in the version the import writes, carried to the latest by the chain when the format has
 * moved on since (the chain keeps its provenance; the members only a source import records are put back).
 */
function toLatest(doc: Record<string, unknown>): Record<string, unknown> {
  if (doc.version === LATEST_FORMAT.version) return doc;
  const { document } = upgrade(doc);
  const { source_layout, assumed_zone } = (doc.provenance ?? {}) as Record<string, unknown>;
  const provenance = document.provenance as Record<string, unknown>;
  return { ...document, provenance: { ...provenance, ...(source_layout !== undefined && { source_layout }), ...(assumed_zone !== undefined && { assumed_zone }) } };
}

/** Imports a finbot candidate: throws its first problem, or returns the verified latest-format checkpoint. */
export function loadSource(value: Record<string, unknown>, text: string | undefined, zone: string | undefined): SourceLoad {
  const { document, warnings } = readFinbot(value, text, zone !== undefined ? { zone } : {});
  assertImported(document);
  return { checkpoint: toLatest(document) as unknown as Checkpoint, warnings };
}

export interface SourceCheck {
  readonly version: string;
  readonly id?: string;
  readonly errors: readonly ErrorDetail[];
  readonly warnings: readonly WarningDetail[];
}

/** checkCheckpoint of a finbot candidate: every problem, never thrown; the id is the imported checkpoint's. */
export function checkSource(value: Record<string, unknown>, text: string | undefined): SourceCheck {
  const r = checkFinbot(value, text);
  if (r.errors.length > 0) return { version: FINBOT_FORMAT, errors: r.errors, warnings: r.warnings };
  try {
    const doc = importFinbot(r.doc!, { positionsOrder: r.layout!.positionsOrder, newline: r.layout!.newline });
    assertImported(doc);
    return { version: FINBOT_FORMAT, id: String(toLatest(doc).checkpoint_id), errors: [], warnings: r.warnings };
  } catch (e) {
    // A file whose import fails (a time out of range once read as UTC; a bug) is reported, never thrown.
    if (!(e instanceof CheckpointError)) throw e;
    return { version: FINBOT_FORMAT, errors: e.details, warnings: r.warnings };
  }
}
