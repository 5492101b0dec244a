// One file through the validator: bytes → every schema, id and consistency problem (the library's
// checkCheckpoint), each with its line and column. Shared by the main thread and the worker threads.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

/**
 * Files up to this size are read into one buffer per thread, reused from file to file: a fresh buffer per file made
 * the allocator hand out fresh memory (a page fault per 4 KB, about 12 µs each on a small VM) and counted towards
 * the heap's external memory, which brings garbage collections forward. Larger files get a buffer of their own,
 * which is not kept.
 */
const REUSED_BYTES = 16 * 1048576;
let reused: Buffer | undefined;

/**
 * The content of the open file `fd`, which its stat says is `size` bytes long: that many bytes, as readFileSync
 * reads, or for a file whose stat says 0 (a pipe, a file of /proc) everything up to its end.
 */
function readAll(fd: number, size: number): Uint8Array {
  const want = size > 0 ? size : 65536;
  let buf = want <= REUSED_BYTES ? (reused = reused !== undefined && reused.length >= want ? reused : Buffer.allocUnsafeSlow(Math.max(want, 65536))) : Buffer.allocUnsafeSlow(want);
  let n = 0;
  for (;;) {
    if (size > 0 && n === size) return buf.subarray(0, n);
    if (n === buf.length) {
      const bigger = Buffer.allocUnsafeSlow(2 * buf.length);
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const r = readSync(fd, buf, n, (size > 0 ? size : buf.length) - n, null);
    if (r === 0) return buf.subarray(0, n);
    n += r;
  }
}

/** Reads `file` (an absolute path) and checks it; reports name it `path` (as the user gave it). */
export function checkFileSync(file: string, path: string): FileReport {
  let bytes: Uint8Array;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    // Refused before reading: a file this reader cannot hold is not judged (and not read into memory).
    const size = fstatSync(fd).size;
    const tooLarge = readLimitError(path, size);
    if (tooLarge !== undefined) return unreadable(path, tooLarge);
    bytes = readAll(fd, size);
  } catch (e) {
    return unreadable(path, fsError(path, e));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // The bytes may be in the reused buffer: nothing of them outlives the check (a report holds only strings).
  return checkBytes(path, bytes);
}
