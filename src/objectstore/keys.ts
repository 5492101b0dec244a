// Keys are checked before any request is built, so a hostile run id or key cannot reach another bucket, escape the
// prefix, smuggle a query string or upset a signer: only a small, URL-safe alphabet in non-empty segments.
import { CheckpointError } from '../errors/index.js';

// ':' is in the alphabet because run ids may hold it (SPEC.md, run_id); SigV4 encodes it like any reserved character.
const SEGMENT = /^[A-Za-z0-9._~=+:-]+$/;
/** S3's limit is 1024 bytes for the full key; the store's prefix uses part of it. */
export const MAX_KEY_LENGTH = 768;

/** Why `key` is not a safe object key, or undefined when it is. */
export function keyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string') return 'it is not a string';
  if (key.length === 0) return 'it is empty';
  if (key.length > MAX_KEY_LENGTH) return `it is longer than ${MAX_KEY_LENGTH} characters`;
  for (const segment of key.split('/')) {
    if (segment === '') return 'it has an empty path segment (a leading, trailing or doubled "/")';
    if (segment === '.' || segment === '..') return `it has a "${segment}" path segment`;
    if (!SEGMENT.test(segment)) return 'it has a character outside A–Z a–z 0–9 . _ ~ = + : - and "/"';
  }
  return undefined;
}

export function checkKey(key: unknown, what = 'object key'): string {
  const problem = keyProblem(key);
  if (problem !== undefined) {
    throw new CheckpointError({
      code: 'E_ARGUMENT',
      message: `The ${what} ${JSON.stringify(key)} is refused: ${problem}.`,
      hint: 'Use keys made of A–Z a–z 0–9 . _ ~ = + : - separated by single "/", without "." or ".." segments.',
    });
  }
  return key as string;
}

/** A listing prefix: '' (everything) or a key, optionally ending in '/'. */
export function checkPrefix(prefix: unknown): string {
  if (prefix === '') return '';
  if (typeof prefix === 'string' && prefix.endsWith('/')) {
    checkKey(prefix.slice(0, -1), 'listing prefix');
    return prefix;
  }
  return checkKey(prefix, 'listing prefix');
}
