// Feeding a value's canonical text to a hash in pieces, never as one string.
//
// Why: JSON.stringify of a large value returns a rope of parts, and whatever reads it first (the lone-surrogate
// check, or the hash's UTF-8 encoder) flattens it into one new string. Past 128 KB V8 allocates that string in fresh
// large-object pages, whose page faults on the development VM cost more than writing the text: hashing a realistic
// 300 KB checkpoint as one string took three times as long as writing it in pieces of a few KB, and a 20 MB one
// also held the whole text (twice, as UTF-16 and as UTF-8) at its peak. Each piece here is the JSON.stringify text
// of a whole value, of a slice of a long array, or of one member name, so it stays small, lives in the young
// generation, and is checked for lone surrogates on its own (an escape never spans two pieces).
import type { Hash } from 'node:crypto';
import { diagnose } from './guards.js';
import { hasLoneSurrogateEscape } from './serialize.js';

/** Arrays longer than this are written a slice of this many elements at a time; objects with more members, a member at a time. */
export const CHUNK = 256;

const isArray = Array.isArray;
const objectKeys = Object.keys;
const stringify = JSON.stringify;

/**
 * hash.update(JSON.stringify(value)) in pieces. `value` is what JSON.stringify must write (prepare()'s result,
 * not a Written fragment, or a value parsed from canonical text); `original` is what a lone surrogate is reported
 * against (CheckpointError E_STRING, with its pointer).
 */
export function updateWithText(hash: Hash, value: unknown, original: unknown): void {
  if (!isLarge(value)) {
    update(hash, stringify(value) as string, original);
  } else if (isArray(value)) {
    hash.update('[');
    for (let i = 0; i < value.length; i += CHUNK) {
      if (i > 0) hash.update(',');
      const slice = value.slice(i, i + CHUNK);
      if (holdsLarge(slice)) {
        for (let k = 0; k < slice.length; k++) {
          if (k > 0) hash.update(',');
          updateWithText(hash, slice[k], original);
        }
      } else {
        const text = stringify(slice) as string;
        update(hash, text.slice(1, -1), original);
      }
    }
    hash.update(']');
  } else {
    const o = value as Record<string, unknown>;
    const keys = objectKeys(o);
    hash.update('{');
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      update(hash, `${k > 0 ? ',' : ''}${stringify(key)}:`, original);
      updateWithText(hash, o[key], original);
    }
    hash.update('}');
  }
}

function update(hash: Hash, text: string, original: unknown): void {
  if (hasLoneSurrogateEscape(text)) throw diagnose(original);
  hash.update(text, 'utf8');
}

/** An array longer than CHUNK, or an object with more members or holding such a value (arrays are not looked into). */
function isLarge(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (isArray(value)) return value.length > CHUNK;
  let members = 0;
  for (const key in value) {
    if (++members > CHUNK) return true;
    if (isLarge((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function holdsLarge(slice: readonly unknown[]): boolean {
  for (let k = 0; k < slice.length; k++) if (isLarge(slice[k])) return true;
  return false;
}
