// The two document checks of the load pipeline: schema validity against the document's own version,
// then semantic consistency. Both report every problem found, first one as the error's own message.
import { CheckpointError, type ErrorDetail } from '../errors/index.js';
import { schemaErrors } from './schema-errors.js';
import { publishedSchema } from './schema-source.js';
import type { FormatVersion } from './versions.js';

function summarize(details: readonly ErrorDetail[], what: string): string {
  const first = details[0]!;
  const at = first.pointer ? `at ${first.pointer}: ` : '';
  const more = details.length > 1 ? ` (and ${details.length - 1} more ${what} problem${details.length > 2 ? 's' : ''})` : '';
  return `${at}${first.message}${more}`;
}

/** Problems with the document's shape, or an empty list. Never mutates the document. */
export function schemaProblems(format: FormatVersion<any>, doc: unknown): ErrorDetail[] {
  if (format.validate(doc)) return [];
  return schemaErrors(format.validate.errors ?? [], publishedSchema(format.schema));
}

export function assertSchema(format: FormatVersion<any>, doc: unknown): void {
  const details = schemaProblems(format, doc);
  if (details.length === 0) return;
  const first = details[0]!;
  throw new CheckpointError({ ...first, message: `format ${format.version} schema: ${summarize(details, 'schema')}` }, details);
}

export function assertSemantic(format: FormatVersion<any>, doc: unknown): void {
  const details = format.semantic(doc);
  if (details.length === 0) return;
  const first = details[0]!;
  throw new CheckpointError({ ...first, message: `inconsistent checkpoint: ${summarize(details, 'consistency')}` }, details);
}
