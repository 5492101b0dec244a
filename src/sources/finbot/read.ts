// The finbot branch of the read pipeline: detect a finbot file among parsed JSON values, check it (schema, then
// spelling rules; consistency findings are warnings), read its layout, and import it into format 4.0.
import { CheckpointError, type ErrorDetail } from '../../errors/index.js';
import { finbotRuleProblems, finbotSchemaProblems, finbotWarnings, type WarningDetail } from './check.js';
import { FINBOT_FORMAT, FINBOT_VERSION, type FinbotExecutionCheckpoint } from './format.js';
import { importFinbot, type ImportOptions } from './import.js';
import { sourceLayout, type SourceLayout } from './source.js';

/** Members only finbot's files have: a value with one of them (and no checkpoint_id) is a finbot file. */
const FINBOT_MEMBERS = ['simulator_id', 'checkpoint_timestamp', 'pending_orders', 'completed_orders'] as const;

/**
 * True when a parsed value is (meant to be) a finbot ExecutionCheckpoint: it has one of finbot's own members and no
 * checkpoint_id. A version of "1.0.0" alone is not enough: every package.json starts there (issue 10.13).
 */
export function isFinbotCandidate(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const doc = value as Record<string, unknown>;
  return !Object.hasOwn(doc, 'checkpoint_id') && FINBOT_MEMBERS.some((m) => Object.hasOwn(doc, m));
}

export interface FinbotCheck {
  /** Errors: the file cannot be imported. */
  readonly errors: readonly ErrorDetail[];
  readonly warnings: readonly WarningDetail[];
  /** The checked value, when there are no errors. */
  readonly doc?: FinbotExecutionCheckpoint;
  readonly layout?: SourceLayout;
}

function versionError(doc: Record<string, unknown>): ErrorDetail | undefined {
  if (doc.version === FINBOT_VERSION || !Object.hasOwn(doc, 'version')) return undefined;
  return {
    code: 'E_SOURCE_VERSION',
    pointer: '/version',
    message: `this is a finbot ExecutionCheckpoint of version ${JSON.stringify(doc.version)}; this reader imports version "${FINBOT_VERSION}" only (and finbot's restore_simulator refuses any other)`,
    hint: `the file's members say it was written by finbot's CheckpointManager; "${FINBOT_VERSION}" is the only version finbot has written`,
  };
}

/** Every problem of a finbot candidate; `text` is the file's text when there is one (for the layout check). */
export function checkFinbot(value: Record<string, unknown>, text: string | undefined): FinbotCheck {
  const version = versionError(value);
  if (version) return { errors: [version], warnings: [] };
  const schema = finbotSchemaProblems(value);
  if (schema.length > 0) return { errors: schema, warnings: [] };
  const doc = value as unknown as FinbotExecutionCheckpoint;
  const rules = finbotRuleProblems(doc);
  if (rules.length > 0) return { errors: rules, warnings: [] };
  const layout = sourceLayout(doc, text);
  const warnings: WarningDetail[] = [];
  if (!layout.exact) {
    warnings.push({
      code: 'W_SOURCE_LAYOUT',
      pointer: '',
      message: `the file is a valid ${FINBOT_FORMAT} value but not laid out as finbot's json.dump(indent=2) writes it, so export gives finbot's layout, not these bytes`,
      hint: 'was it edited by hand or rewritten by another tool?',
    });
  }
  warnings.push(...finbotWarnings(doc));
  return { errors: [], warnings, doc, layout };
}

function summary(errors: readonly ErrorDetail[]): string {
  const first = errors[0]!;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return `${first.pointer ? `at ${first.pointer}: ` : ''}${first.message}${more}`;
}

export interface FinbotImport {
  readonly document: Record<string, unknown>;
  readonly warnings: readonly WarningDetail[];
}

/** Checks and imports a finbot candidate; throws the first problem (with all of them as details) when it cannot. */
export function readFinbot(value: Record<string, unknown>, text: string | undefined, options: Omit<ImportOptions, 'positionsOrder' | 'newline'> = {}): FinbotImport {
  const r = checkFinbot(value, text);
  if (r.errors.length > 0) {
    const first = r.errors[0]!;
    throw new CheckpointError({ ...first, message: summary(r.errors) }, r.errors);
  }
  const document = importFinbot(r.doc!, { ...options, positionsOrder: r.layout!.positionsOrder, newline: r.layout!.newline });
  return { document, warnings: r.warnings };
}
