// Errors are values with stable codes. Every failure the library reports is a CheckpointError, so callers
// (and the CLI) switch on `code`, never on message text.
import type { ErrorCode } from './codes.js';

export interface ErrorDetail {
  /** Stable code, documented in spec/SPEC.md. */
  readonly code: ErrorCode;
  /** A sentence a person understands: what is wrong, where. */
  readonly message: string;
  /** RFC 6901 JSON pointer into the document ('' is the whole document). */
  readonly pointer?: string;
  /** Byte-free character offset into the source text, when the input was text. */
  readonly offset?: number;
  /** What to do about it. */
  readonly hint?: string;
  /** The JSON Schema keyword that failed, for E_SCHEMA. */
  readonly keyword?: string;
}

export class CheckpointError extends Error implements ErrorDetail {
  override readonly name = 'CheckpointError';
  readonly code: ErrorCode;
  readonly pointer?: string;
  readonly offset?: number;
  readonly hint?: string;
  readonly keyword?: string;
  /** All problems found; the first one is this error's own code and message. */
  readonly details: readonly ErrorDetail[];
  /** The file or source the input came from, when the caller named one. */
  source?: string;

  constructor(detail: ErrorDetail, details?: readonly ErrorDetail[], options?: { cause?: unknown }) {
    super(detail.message, options);
    this.code = detail.code;
    if (detail.pointer !== undefined) this.pointer = detail.pointer;
    if (detail.offset !== undefined) this.offset = detail.offset;
    if (detail.hint !== undefined) this.hint = detail.hint;
    if (detail.keyword !== undefined) this.keyword = detail.keyword;
    this.details = details && details.length > 0 ? details : [detail];
  }

  toJSON(): ErrorDetail & { details: readonly ErrorDetail[]; source?: string } {
    return {
      code: this.code,
      message: this.message,
      ...(this.pointer !== undefined && { pointer: this.pointer }),
      ...(this.offset !== undefined && { offset: this.offset }),
      ...(this.hint !== undefined && { hint: this.hint }),
      ...(this.source !== undefined && { source: this.source }),
      details: this.details,
    };
  }
}

/** Shorthand for the common case of a single-detail error. */
export function fail(code: ErrorCode, message: string, extra?: Omit<ErrorDetail, 'code' | 'message'>): never {
  throw new CheckpointError({ code, message, ...extra });
}

export function isCheckpointError(e: unknown): e is CheckpointError {
  return e instanceof CheckpointError;
}
