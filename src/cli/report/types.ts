// The result of validating files: one report per file, in the order the files were given. This is exactly the
// data of `ckpt validate --format json`, whose shape is stable: fields may be added, never renamed or removed.
import type { ErrorCode, WarningCode } from '../../errors/index.js';

export interface ProblemEntry {
  readonly code: ErrorCode;
  readonly message: string;
  /** RFC 6901 pointer to the value at fault; null when the problem is not inside the document (e.g. I/O). */
  readonly pointer: string | null;
  /** 1-based line and column (UTF-16 code units) in the file; null when unknown. */
  readonly line: number | null;
  readonly column: number | null;
  /** What to do about it, when the library knows. */
  readonly hint: string | null;
}

export interface WarningEntry {
  readonly code: WarningCode;
  readonly message: string;
  readonly pointer: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly hint: string | null;
}

export interface FileReport {
  readonly path: string;
  readonly valid: boolean;
  /** Format version as read ("1.0"…), null when it could not be told. */
  readonly version: string | null;
  /** The id the content hashes to, null when the document did not get that far. */
  readonly id: string | null;
  readonly errors: readonly ProblemEntry[];
  /** Findings that do not make the file invalid (a source format's quirks, such as finbot's); absent when none. */
  readonly warnings?: readonly WarningEntry[];
  /** True when the file could not be read or is not a checkpoint file at all (exit status 2, not 1). */
  readonly unreadable?: boolean;
}

export interface Summary {
  readonly total: number;
  readonly valid: number;
  readonly invalid: number;
}

export function summarize(files: readonly FileReport[]): Summary {
  const valid = files.filter((f) => f.valid).length;
  return { total: files.length, valid, invalid: files.length - valid };
}
