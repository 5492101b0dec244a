// The stable error codes of the checkpoint format. Codes are part of the public contract: spec/SPEC.md
// documents each one, the CLI maps them to exit statuses, and test vectors name them. Never rename one.

export const ERROR_CODES = {
  /** The input is not well-formed JSON text (syntax error, truncated text, NaN or Infinity literals). */
  E_PARSE: 'The input is not well-formed JSON text.',
  /** The bytes are not UTF-8 without a byte-order mark. */
  E_ENCODING: 'The input bytes are not UTF-8 without a byte-order mark.',
  /** An object has the same member name twice. */
  E_DUPLICATE_KEY: 'An object contains the same member name twice.',
  /** Arrays and objects are nested deeper than the format allows. */
  E_DEPTH: 'Arrays and objects are nested deeper than the format allows.',
  /** A number cannot be represented exactly: NaN, Infinity, or an integer beyond ±(2^53−1). */
  E_NUMBER: 'A number cannot be represented exactly (NaN, Infinity, or an integer beyond ±(2^53−1)).',
  /** A string contains a lone UTF-16 surrogate, which has no UTF-8 encoding. */
  E_STRING: 'A string contains a lone UTF-16 surrogate.',
  /** A value given through the API is not a JSON value (undefined, function, Date, class instance, cycle, BigInt). */
  E_NOT_JSON: 'The value is not plain JSON data.',
  /** The document has no usable `version` member. */
  E_VERSION_MISSING: 'The document has no version member.',
  /** The `version` member names no format version this implementation knows, and is not newer. */
  E_VERSION_UNKNOWN: 'The version is not a known format version.',
  /** The `version` member names a format version newer than this implementation knows. */
  E_VERSION_TOO_NEW: 'The document uses a newer format version than this reader knows.',
  /** The document violates its version's JSON Schema. */
  E_SCHEMA: 'The document does not match the schema of its version.',
  /** The stored checkpoint_id is not the SHA-256 of the document's canonical hashed part. */
  E_HASH_MISMATCH: 'The checkpoint_id does not match the content.',
  /** The document is schema-valid but internally inconsistent. */
  E_SEMANTIC: 'The document is internally inconsistent.',
  /** A migration step failed or produced an invalid document. */
  E_MIGRATION: 'A migration step failed.',
  /** A downgrade would drop data and the caller did not allow loss. */
  E_DOWNGRADE_LOSS: 'The downgrade would drop data the older version cannot hold.',
  /** An argument given to an API function is out of its domain (wrong type, bad option). */
  E_ARGUMENT: 'An argument is invalid.',
  /** A checkpoint id given by a caller is not 64 lowercase hex digits. */
  E_INVALID_ID: 'The checkpoint id is not 64 lowercase hexadecimal digits.',
  /** No checkpoint with the given id or selection exists. */
  E_NOT_FOUND: 'No such checkpoint.',
  /** A file-system operation failed (permission denied, disk full, …). */
  E_IO: 'A file-system operation failed.',
  /** Another writer holds the lock. */
  E_LOCKED: 'Another writer holds the lock.',
  /** A conditional write lost: the object already exists, or changed since it was read (another writer won). */
  E_CONFLICT: 'Another writer won a conditional write.',
  /** An object store could not be reached, timed out or kept throttling, after the retries allowed. */
  E_UNAVAILABLE: 'The object store is unavailable.',
  /** A command line could not be understood (unknown flag, missing argument). */
  E_USAGE: 'The command line is invalid.',
  /** A path given by the user does not exist, is not a checkpoint file, or holds no checkpoints. */
  E_NO_INPUT: 'No checkpoint input was found.',
  /** A resume refused because the strategy fingerprint or state schema does not match. */
  E_RESUME_MISMATCH: 'The checkpoint does not match the strategy that is resuming.',
  /** A file of a known source format (finbot ExecutionCheckpoint) has a version this reader cannot import. */
  E_SOURCE_VERSION: 'The file is of a known source format, in a version this reader does not import.',
} as const;

/**
 * Warnings: findings that do not stop a load (real producers' files can show them honestly), documented in
 * spec/SPEC.md next to the error codes. Never rename one.
 */
export const WARNING_CODES = {
  /** A source-format file is a valid value but not laid out as its producer writes it, so export cannot give its bytes back. */
  W_SOURCE_LAYOUT: "The file is not laid out byte for byte as its producer writes it.",
  /** A source-format file is valid but internally inconsistent in a way its producer's own code can cause. */
  W_SOURCE_SEMANTIC: 'The file is inconsistent in a way its producer can write.',
} as const;

export type WarningCode = keyof typeof WARNING_CODES;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}
