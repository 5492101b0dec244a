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
import { oneByteText } from './decode.js';
import type { CanonicalText } from './canonical-text.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** JSON.parse of the canonical text `c` (which JSON.parse accepts), without making long strings. */
export function parseCanonical(c: CanonicalText): unknown {
  const splits = c.splits;
  if (splits == null) return JSON.parse(text(c, 0, c.length));
  return parseValue(c, splits, 0, c.length);
}

/** The text of bytes [start, end) of `c`, as a one-byte string when the non-ASCII characters are known. */
function text(c: CanonicalText, start: number, end: number): string {
  const leads = c.nonAscii;
  if (leads === null) return utf8.decode(c.bytes.subarray(start, end));
  const inside: number[] = [];
  for (let k = lowerBound(leads, start); k < leads.length && leads[k]! < end; k++) inside.push(leads[k]! - start);
  return oneByteText(c.bytes.subarray(start, end), inside);
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
function parseValue(c: CanonicalText, splits: ReadonlyMap<number, readonly number[]>, start: number, end: number): unknown {
  const groups = splits.get(start);
  if (groups === undefined) return JSON.parse(text(c, start, end));
  const isArray = c.bytes[start] === OPEN_ARRAY;
  const array: unknown[] = [];
  const object: Record<string, unknown> = {};
  const last = groups.length - 1;
  for (let k = 0; k < last; k++) {
    const from = groups[k]!;
    const to = k + 1 === last ? groups[last]! : groups[k + 1]! - 1; // a group ends before the comma
    if (isArray) {
      if (splits.has(from)) {
        array.push(parseValue(c, splits, from, to));
      } else {
        const part = JSON.parse(`[${text(c, from, to)}]`) as unknown[];
        for (let x = 0; x < part.length; x++) array.push(part[x]);
      }
      continue;
    }
    // a member: its name, ':', its value
    const valueStart = nameEnd(c.bytes, from) + 2;
    if (splits.has(valueStart)) {
      add(object, JSON.parse(text(c, from, valueStart - 1)) as string, parseValue(c, splits, valueStart, to));
    } else {
      const part = JSON.parse(`{${text(c, from, to)}}`) as Record<string, unknown>;
      for (const name of Object.keys(part)) add(object, name, part[name]);
    }
  }
  return isArray ? array : object;
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
