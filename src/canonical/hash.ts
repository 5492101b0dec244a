// Hashing canonical text: a checkpoint id is the lowercase hex SHA-256 of the UTF-8 bytes of the canonical text.
import { createHash } from 'node:crypto';
import { canonicalString } from './serialize.js';

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
  // Hashing the string lets Node encode it straight into the hash, without a separate byte array.
  return sha256Hex(canonicalString(value));
}
