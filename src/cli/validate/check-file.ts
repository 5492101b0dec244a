// One file through the validator: bytes → every schema, id and consistency problem (the library's
// checkCheckpoint), each with its line and column. Shared by the main thread and the worker threads.
import { readFileSync, statSync } from 'node:fs';
import { CheckpointError } from '../../errors/index.js';
import { checkCheckpoint } from '../../load/load.js';
import { fsError } from '../errors.js';
import { assertNotBinary } from '../files.js';
import { positionsIn, sourceText } from '../positions.js';
import type { FileReport, ProblemEntry, WarningEntry } from '../report/types.js';
import { readLimitError } from '../../util/read-limit.js';

export function checkBytes(path: string, bytes: Uint8Array): FileReport {
  const tooLarge = readLimitError(path, bytes.length);
  if (tooLarge !== undefined) return unreadable(path, tooLarge);
  try {
    assertNotBinary(path, bytes);
  } catch (e) {
    return unreadable(path, e);
  }
  const r = checkCheckpoint(bytes);
  const warnings = r.warnings === undefined ? undefined : warningEntries(r.warnings, positionsIn(sourceText(bytes)));
  if (r.valid) return { path, valid: true, version: r.version ?? null, id: r.id ?? null, errors: [], ...(warnings !== undefined && { warnings }) };
  const positionOf = positionsIn(sourceText(bytes));
  const errors = r.errors
    .map((d): ProblemEntry => {
      const at = positionOf(d);
      return {
        code: d.code,
        message: d.message,
        pointer: d.pointer ?? null,
        line: at?.line ?? null,
        column: at?.column ?? null,
        hint: d.hint ?? null,
      };
    })
    .sort(byPosition);
  return { path, valid: false, version: r.version ?? null, id: r.id ?? null, errors, ...(warnings !== undefined && { warnings }) };
}

function warningEntries(warnings: NonNullable<ReturnType<typeof checkCheckpoint>['warnings']>, positionOf: ReturnType<typeof positionsIn>): WarningEntry[] {
  return warnings.map((w) => {
    const at = positionOf(w);
    return { code: w.code, message: w.message, pointer: w.pointer, line: at?.line ?? null, column: at?.column ?? null, hint: w.hint ?? null };
  });
}

/** Problems in file order, so a report reads top to bottom; problems without a position keep their place at the end. */
function byPosition(a: ProblemEntry, b: ProblemEntry): number {
  if (a.line === null || b.line === null) return (a.line === null ? 1 : 0) - (b.line === null ? 1 : 0);
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}

/** A file that could not be checked at all: reported like the others, but it makes the run exit 2. */
export function unreadable(path: string, e: unknown): FileReport {
  const err = e instanceof CheckpointError ? e : fsError(path, e);
  const problem: ProblemEntry = { code: err.code, message: err.message, pointer: null, line: null, column: null, hint: err.hint ?? null };
  return { path, valid: false, version: null, id: null, errors: [problem], unreadable: true };
}

/** Reads `file` (an absolute path) and checks it; reports name it `path` (as the user gave it). */
export function checkFileSync(file: string, path: string): FileReport {
  let bytes: Uint8Array;
  try {
    // Refused before reading: a file this reader cannot hold is not judged (and not read into memory).
    const tooLarge = readLimitError(path, statSync(file).size);
    if (tooLarge !== undefined) return unreadable(path, tooLarge);
    bytes = readFileSync(file);
  } catch (e) {
    return unreadable(path, fsError(path, e));
  }
  return checkBytes(path, bytes);
}
