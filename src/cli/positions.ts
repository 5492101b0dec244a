// Line and column for every reported problem. Parse and encoding errors carry a character offset; schema and
// semantic errors carry a JSON pointer, which is looked up in the source text. Text is decoded leniently here,
// so even a file with a bad byte gets positions for the problems before it.
import type { CheckpointError, ErrorDetail } from '../errors/index.js';
import { lineColumn, locate, type LineColumn } from '../json/index.js';

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function sourceText(input: Uint8Array | string): string {
  return typeof input === 'string' ? input : lenient.decode(input);
}

export function positionOf(detail: Pick<ErrorDetail, 'offset' | 'pointer'>, text: string): LineColumn | undefined {
  if (detail.offset !== undefined) return lineColumn(text, detail.offset);
  if (detail.pointer !== undefined) {
    const at = locate(text, detail.pointer);
    if (at !== undefined) return { line: at.line, column: at.column };
  }
  return undefined;
}

/** Labels a library error with "path:line:col" (as its source) so the one-line report says where it is. */
export function located(error: CheckpointError, path: string, input: Uint8Array | string | undefined): CheckpointError {
  const at = input === undefined ? undefined : positionOf(error, sourceText(input));
  error.source = at ? `${path}:${at.line}:${at.column}` : path;
  return error;
}
