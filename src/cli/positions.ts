// Line and column for every reported problem. Parse and encoding errors carry a character offset; schema and
// semantic errors carry a JSON pointer, which is looked up in the source text. Text is decoded leniently here,
// so even a file with a bad byte gets positions for the problems before it.
//
// A pointer is looked up in a syntax tree of the whole text, which takes several times the text's size in memory:
// beyond TREE_MAX_CHARS, problems found by a pointer are reported with the pointer alone (still the exact place),
// so that a report never needs more memory than the check itself (issue 16, item 4).
import type { CheckpointError, ErrorDetail } from '../errors/index.js';
import { lineColumn, locator, type LineColumn } from '../json/index.js';

/** The longest text whose pointers are located by line and column (a syntax tree of it is built). */
export const TREE_MAX_CHARS = 8 * 1024 * 1024;

const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function sourceText(input: Uint8Array | string): string {
  return typeof input === 'string' ? input : lenient.decode(input);
}

export function positionOf(detail: Pick<ErrorDetail, 'offset' | 'pointer'>, text: string): LineColumn | undefined {
  return positionsIn(text)(detail);
}

/** positionOf for many problems of one text: its syntax tree is built once, on the first pointer. */
export function positionsIn(text: string): (detail: Pick<ErrorDetail, 'offset' | 'pointer'>) => LineColumn | undefined {
  let locate: ReturnType<typeof locator> | undefined;
  return (detail) => {
    if (detail.offset !== undefined) return lineColumn(text, detail.offset);
    if (detail.pointer !== undefined && text.length <= TREE_MAX_CHARS) {
      const at = (locate ??= locator(text))(detail.pointer);
      if (at !== undefined) return { line: at.line, column: at.column };
    }
    return undefined;
  };
}

/** Labels a library error with "path:line:col" (as its source) so the one-line report says where it is. */
export function located(error: CheckpointError, path: string, input: Uint8Array | string | undefined): CheckpointError {
  const at = input === undefined ? undefined : positionOf(error, sourceText(input));
  error.source = at ? `${path}:${at.line}:${at.column}` : path;
  return error;
}
