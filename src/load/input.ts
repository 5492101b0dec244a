// Step 1 of the load pipeline: whatever the caller handed us becomes a JSON value, with the strict
// rules of the spec (UTF-8 without BOM, no duplicate names, bounded depth, exact numbers).
import { assertJsonValue } from '../canonical/index.js';
import { CheckpointError } from '../errors/index.js';
import { parseJsonBytes, parseStrictText, type CanonicalText } from '../json/index.js';

export type CheckpointInput = Uint8Array | string | Record<string, unknown>;

export interface ParsedInput {
  readonly value: unknown;
  /** The source text, when the input was text or bytes (for line and column lookups). */
  readonly text?: string;
  /** True when the value is the caller's own object, which must never be mutated. */
  readonly borrowed: boolean;
  /** The input's UTF-8 bytes and layout when it was canonical text: its id can be hashed from them. */
  readonly canonical: CanonicalText | null;
}

export function parseInput(input: unknown): ParsedInput {
  if (input instanceof Uint8Array) {
    const { value, canonical } = parseJsonBytes(input);
    return { value, borrowed: false, canonical };
  }
  if (typeof input === 'string') {
    const { value, canonical } = parseStrictText(input);
    return { value, text: input, borrowed: false, canonical };
  }
  if (input !== null && typeof input === 'object') {
    assertJsonValue(input);
    return { value: input, borrowed: true, canonical: null };
  }
  throw new CheckpointError({
    code: 'E_ARGUMENT',
    message: `expected checkpoint bytes, JSON text or a parsed object, got ${input === null ? 'null' : typeof input}`,
  });
}
