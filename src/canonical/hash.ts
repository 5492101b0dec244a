// Hashing canonical text: a checkpoint id is the lowercase hex SHA-256 of the UTF-8 bytes of the canonical text.
import { createHash, type Hash } from 'node:crypto';
import { updateWithText } from './digest.js';
import { canonicalString, checked, prepare, primitive, Written } from './serialize.js';

const encoder = new TextEncoder();

/** Lowercase hex SHA-256 of `data`; a string is hashed as its UTF-8 bytes. */
export function sha256Hex(data: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof data === 'string') hash.update(data, 'utf8');
  else hash.update(data);
  return hash.digest('hex');
}

/** The UTF-8 bytes of the canonical text of `value` (a fresh Uint8Array). */
export function canonicalBytes(value: unknown): Uint8Array {
  return encoder.encode(canonicalString(value));
}

/** Lowercase hex SHA-256 of the canonical UTF-8 bytes of `value`: the identity of a value. */
export function canonicalHash(value: unknown): string {
  return updateCanonical(createHash('sha256'), value).digest('hex');
}

/**
 * Feeds the canonical UTF-8 bytes of `value` to `hash`. The text goes in pieces (digest.ts), never as one long
 * string, which costs more than writing it. Throws CheckpointError if a guard rejects the value.
 */
export function updateCanonical(hash: Hash, value: unknown): Hash {
  if (value === null || typeof value !== 'object') return hash.update(primitive(value), 'utf8');
  const prepared = prepare(value);
  if (prepared instanceof Written) return hash.update(checked(prepared.text, value), 'utf8');
  updateWithText(hash, prepared, value);
  return hash;
}
