// Object-store failures as CheckpointErrors that also carry where they happened (endpoint and key) and why, so a
// caller can tell a lost race (E_CONFLICT) from an unreachable store (E_UNAVAILABLE) from a refusal (E_IO).
import { CheckpointError, type ErrorCode } from '../errors/index.js';

export type StoreFailure =
  /** A write condition failed: another writer won. */
  | 'conflict'
  /** The connection failed (refused, reset, DNS). */
  | 'network'
  /** No answer within the request timeout. */
  | 'timeout'
  /** 503 SlowDown (or 429) after the allowed retries. */
  | 'throttled'
  /** A 5xx answer after the allowed retries. */
  | 'server'
  /** A conditional write may or may not have landed, and reading the key back could not settle it. */
  | 'unknown-outcome'
  /** The store refused the request for good: access denied, no such bucket, a bad signature. */
  | 'refused'
  /** The answer was not what the S3 API promises. */
  | 'protocol';

const CODE: Record<StoreFailure, ErrorCode> = {
  conflict: 'E_CONFLICT',
  network: 'E_UNAVAILABLE',
  timeout: 'E_UNAVAILABLE',
  throttled: 'E_UNAVAILABLE',
  server: 'E_UNAVAILABLE',
  'unknown-outcome': 'E_UNAVAILABLE',
  refused: 'E_IO',
  protocol: 'E_IO',
};

export interface StoreErrorDetail {
  readonly failure: StoreFailure;
  readonly endpoint: string;
  readonly key: string;
  readonly operation: string;
  readonly message: string;
  readonly hint?: string;
  readonly status?: number;
  /** The S3 error code from the answer's XML (SlowDown, AccessDenied, PreconditionFailed, …). */
  readonly s3Code?: string;
  readonly attempts?: number;
}

export class ObjectStoreError extends CheckpointError {
  readonly failure: StoreFailure;
  readonly endpoint: string;
  readonly key: string;
  readonly operation: string;
  readonly status?: number;
  readonly s3Code?: string;
  readonly attempts?: number;

  constructor(detail: StoreErrorDetail, options?: { cause?: unknown }) {
    super(
      {
        code: CODE[detail.failure],
        message: `${detail.operation} ${detail.key === '' ? '(bucket)' : detail.key} at ${detail.endpoint}: ${detail.message}`,
        ...(detail.hint !== undefined && { hint: detail.hint }),
      },
      undefined,
      options,
    );
    this.failure = detail.failure;
    this.endpoint = detail.endpoint;
    this.key = detail.key;
    this.operation = detail.operation;
    if (detail.status !== undefined) this.status = detail.status;
    if (detail.s3Code !== undefined) this.s3Code = detail.s3Code;
    if (detail.attempts !== undefined) this.attempts = detail.attempts;
  }
}

export function isObjectStoreError(e: unknown): e is ObjectStoreError {
  return e instanceof ObjectStoreError;
}
