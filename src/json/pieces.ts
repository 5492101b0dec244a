// Parses canonical text piece by piece, so that no JavaScript string longer than PIECE bytes is made (issue 16).
//
// Why: JSON.parse takes a string, and a string longer than about 128 KB is allocated in V8's large-object space,
// in fresh pages of memory. On the development VM a page fault costs about 14 µs, so turning a 300 KB file into one
// string cost as much as parsing it (1.2 ms of a 7 ms load), and the rest of the load paid again for the pages the
// garbage collector then returned. Strings below that size live in the young generation, whose pages are reused.
//
// How: the scan (canonical-text.ts) records, for every container longer than PIECE, where groups of its children
// start; a child longer than PIECE is a group of its own (so a container in `splits` that starts a group is the
// whole group). A group of members is parsed as "{...}" and its members
// are added to the object in text order, a group of elements as "[...]" and its elements appended, and a long child
// is parsed the same way, recursively. The value is the one JSON.parse makes of the whole text: the same members
// in the same order (an object enumerates array-index names first however it was built, and "__proto__" is
// defined as an own member, as JSON.parse does).
import { Buffer } from 'node:buffer';
import { oneByteText } from './decode.js';
import type { CanonicalText } from './canonical-text.js';
import type { Split } from './split-points.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * V8 keeps the elements of an array lengthened at once in a flat store up to 32 Mi of them
 * (JSArray::kMaxFastArrayLength) and in a hash table beyond, which would cost many times the memory; longer arrays
 * are grown.
 */
const MAX_PRESIZED = 16 * 1024 * 1024;

/**
 * `first` (the array JSON.parse made of a container's first group) made as long as the whole container: an array
 * grown by push reallocates its elements about 30 times on the way to 10^6 numbers, and every copy that survives a
 * collection counts towards growing V8's young generation, which made a large load peak at 3.6 times the file's
 * size (issue 16). Lengthening keeps the kind of elements JSON.parse chose (doubles stay unboxed); `new Array(n)`
 * would first make n tagged holes, garbage as soon as a double is stored.
 */
function presized(first: unknown[], children: number): unknown[] {
  if (children <= MAX_PRESIZED) first.length = children;
  return first;
}

/** Where a group is copied between brackets before it is decoded: one string per group, not a concatenation. */
let scratch = Buffer.allocUnsafe(0);

/** JSON.parse of the canonical text `c` (which JSON.parse accepts), without making long strings. */
export function parseCanonical(c: CanonicalText): unknown {
  const splits = c.splits;
  if (splits == null) return JSON.parse(text(c, 0, c.length));
  return parseValue(c, splits, 0, c.length);
}

/** The text of bytes [start, end) of `c`, as a one-byte string when the non-ASCII characters are known. */
function text(c: CanonicalText, start: number, end: number): string {
  return decode(c.bytes.subarray(start, end), c.nonAscii, start);
}

/**
 * The text of bytes [start, end) of `c` between `open` and `close` ("[" "]" or "{" "}"), which JSON.parse reads
 * as one group of children. Copying the bytes into a scratch buffer and decoding that once makes one string;
 * `[${text}]` would make two (the decoded text, then the flat copy JSON.parse needs).
 */
function wrapped(c: CanonicalText, start: number, end: number, open: number, close: number): string {
  const size = end - start + 2;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, 2 * scratch.length));
  scratch[0] = open;
  scratch.set(c.bytes.subarray(start, end), 1);
  scratch[size - 1] = close;
  return decode(scratch.subarray(0, size), c.nonAscii, start - 1);
}

/** Decodes `bytes`, which start at offset `base` of the text whose non-ASCII lead bytes are at `leads`. */
function decode(bytes: Uint8Array, leads: readonly number[] | null, base: number): string {
  if (leads === null) return utf8.decode(bytes);
  const end = base + bytes.length;
  const inside: number[] = [];
  for (let k = lowerBound(leads, base); k < leads.length && leads[k]! < end; k++) inside.push(leads[k]! - base);
  return oneByteText(bytes, inside);
}

function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The value whose text is bytes [start, end). */
function parseValue(c: CanonicalText, splits: ReadonlyMap<number, Split>, start: number, end: number): unknown {
  const split = splits.get(start);
  if (split === undefined) return JSON.parse(text(c, start, end));
  const groups = split.groups;
  const last = groups.length - 1;
  if (c.bytes[start] === OPEN_ARRAY) {
    let array: unknown[] | null = null;
    let at = 0;
    for (let k = 0; k < last; k++) {
      const from = groups[k]!;
      const to = k + 1 === last ? groups[last]! : groups[k + 1]! - 1; // a group ends before the comma
      if (splits.has(from)) {
        const child = parseValue(c, splits, from, to);
        if (array === null) array = presized([child], split.children);
        else array[at] = child; // beyond MAX_PRESIZED this appends, as push would
        at++;
      } else {
        const part = JSON.parse(wrapped(c, from, to, OPEN_ARRAY, CLOSE_ARRAY)) as unknown[];
        if (array === null) {
          at = part.length;
          array = presized(part, split.children);
        } else {
          for (let x = 0; x < part.length; x++) array[at++] = part[x];
        }
      }
    }
    // A count that disagrees with the elements would leave holes: refuse, and the caller parses the text whole.
    if (at !== array!.length) throw new Error(`pieces: ${at} elements parsed where the scan counted ${split.children}`);
    return array!;
  }
  const object: Record<string, unknown> = {};
  for (let k = 0; k < last; k++) {
    const from = groups[k]!;
    const to = k + 1 === last ? groups[last]! : groups[k + 1]! - 1;
    // a member: its name, ':', its value
    const valueStart = nameEnd(c.bytes, from) + 2;
    if (splits.has(valueStart)) {
      add(object, JSON.parse(text(c, from, valueStart - 1)) as string, parseValue(c, splits, valueStart, to));
    } else {
      const part = JSON.parse(wrapped(c, from, to, OPEN_OBJECT, CLOSE_OBJECT)) as Record<string, unknown>;
      for (const name of Object.keys(part)) add(object, name, part[name]);
    }
  }
  return object;
}

/** The closing quote of the string whose opening quote is at `at`. */
function nameEnd(b: Uint8Array, at: number): number {
  let j = at + 1;
  for (let d = b[j]; d !== QUOTE; d = b[j]) j += d === BACKSLASH ? 2 : 1;
  return j;
}

function add(object: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  else object[name] = value;
}
