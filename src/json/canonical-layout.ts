// Rewrites JSON text in any layout (Python's json.dump(indent=2), unsorted members, \u escapes for non-ASCII) into
// the canonical layout in one pass over the bytes, so that a reader can hash those bytes for the id instead of
// building a canonical-order copy of the parsed value and serializing it (issue 16).
//
// The pass drops whitespace, writes every string as RFC 8785 does (the escapes it does not write are decoded:
// "\u00fc" becomes the two UTF-8 bytes of "ü", "\/" becomes "/"), and puts the members of each object in canonical
// order (by UTF-16 code units), moving the bytes of members that are out of order when their object closes. Number
// literals are copied as written: a literal whose spelling cannot be proven canonical cheaply (16–17 digits, "1.50")
// clears its top-level member's `exact`, and the reader serializes just that member's parsed value again
// (JSON.stringify writes numbers as RFC 8785 does). Checking such a literal here would cost more than that.
//
// Unlike scanCanonical, the pass checks the whole JSON grammar, because the reader parses the rewritten text
// instead of the input. What it accepts also satisfies every rule the strict parser checks: the input is strict
// UTF-8, sorting finds repeated names, escapes that would make a lone surrogate are refused, numbers are safe and
// depth is bounded. Anything else (including every error) returns null, and the general path decides and reports.
// Differential properties (tests/json/canonical-layout.test.ts) pin all of this against JSON.parse, parseStrict
// and canonicalString.
import { isUtf8 } from 'node:buffer';
import { isUnsafeNumber, MAX_DEPTH, MAX_SAFE } from '../canonical/limits.js';
import { MAX_NON_ASCII, type CanonicalText, type TopMember } from './canonical-text.js';
import { closeContainer, isLong, nextChild, openContainer, PIECE, recordedSplits, regroup, startSplits, type Split } from './split-points.js';

// State of the current rewrite. Module state is safe: a rewrite runs to its end synchronously.
let out = new Uint8Array(0);
/** Write offset in `out`. */
let o = 0;
/** Output offsets of the lead bytes of non-ASCII characters (MAX_NON_ASCII + 1 of them at most). */
let leads: number[] = [];
let exact = true;
let memberExact = true;
let indexLikeName = false;
/** Per open container: 1 for an object, 2 for an array. */
const kind = new Uint8Array(MAX_DEPTH + 1);
/** Per open object: output offset of its first member, whether its names increase so far, and its members. */
const firstMember = new Int32Array(MAX_DEPTH + 1);
const ordered = new Uint8Array(MAX_DEPTH + 1);
/** Per open object, one record of MEMBER_FIELDS numbers per member, in output offsets. */
const members: number[][] = [];
const NAME_START = 0; // just after the name's opening quote
const NAME_END = 1; // the name's closing quote
const START = 2; // the name's opening quote
const END = 3; // just after the value
const EXACT = 4; // 1 when every number literal of the member is canonical
const ESCAPED = 5; // 1 when the name keeps an escape (\" \\ or a control), so its bytes do not sort as its text
const MEMBER_FIELDS = 6;
/**
 * Per open object, how many numbers of its records are in use. The record arrays are reused and never truncated:
 * setting an array's length to 0 frees its backing store, and a checkpoint has thousands of small objects.
 */
const used = new Int32Array(MAX_DEPTH + 1);
/** copyString wrote an escape (\" \\ or a control): such a name's bytes do not sort as its text. */
let wroteEscape = false;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const DOT = 0x2e;
const UTF8_LEAD = 0xc0;
const SUPPLEMENTARY_LEAD = 0xf0;
const EXACT_DIGITS = 15;

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(b: Uint8Array, i: number): number {
  while (isSpace(b[i])) i++;
  return i;
}

/**
 * The canonical layout of JSON text `b` (see the module comment), or null when the text is not JSON, breaks a rule
 * of the strict parser, or holds something this pass leaves to the general path. `bytes` of the result is a new
 * buffer; `members` locate the top-level members in it.
 */
export function layOutCanonical(b: Uint8Array, pieceBytes = PIECE): CanonicalText | null {
  try {
    return rewrite(b, pieceBytes);
  } finally {
    // Module state must not outlive the call: `out` and a grown `scratch` can be as large as the document, and the
    // caller's peak memory is what counts (issue 16, item 4).
    out = EMPTY;
    if (scratch.length > SCRATCH_KEPT) scratch = new Uint8Array(SCRATCH_KEPT);
  }
}

const EMPTY = new Uint8Array(0);
const SCRATCH_KEPT = 4096;

function rewrite(b: Uint8Array, pieceBytes: number): CanonicalText | null {
  if (!isUtf8(b)) return null;
  startSplits(pieceBytes);
  const n = b.length;
  out = new Uint8Array(n); // never longer: whitespace is dropped, escapes only shrink, literals are copied
  o = 0;
  leads = [];
  exact = true;
  memberExact = true;
  indexLikeName = false;
  let depth = 0;
  let i = skipSpace(b, 0);
  const topObject = b[i] === OPEN_OBJECT;
  for (;;) {
    // A value starts at i.
    let c = b[i];
    if (c === QUOTE) {
      i = copyString(b, i);
      if (i < 0) return null;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth >= MAX_DEPTH) return null;
      const close = c + 2; // "}" and "]" are two code points after "{" and "["
      out[o++] = c;
      i = skipSpace(b, i + 1);
      if (b[i] === close) {
        out[o++] = close;
        i++;
      } else {
        depth++;
        openContainer(depth, o - 1);
        if (c === OPEN_ARRAY) {
          kind[depth] = 2;
          continue;
        }
        kind[depth] = 1;
        firstMember[depth] = o;
        ordered[depth] = 1;
        members[depth] ??= [];
        used[depth] = 0;
        i = readName(b, i, depth);
        if (i < 0) return null;
        continue;
      }
    } else if (c === MINUS || (c !== undefined && c >= ZERO && c <= NINE)) {
      i = copyNumber(b, i, n);
      if (i < 0) return null;
    } else if (c === 0x74 && b[i + 1] === 0x72 && b[i + 2] === 0x75 && b[i + 3] === 0x65) {
      i = copyBytes(b, i, 4); // true
    } else if (c === 0x6e && b[i + 1] === 0x75 && b[i + 2] === 0x6c && b[i + 3] === 0x6c) {
      i = copyBytes(b, i, 4); // null
    } else if (c === 0x66 && b[i + 1] === 0x61 && b[i + 2] === 0x6c && b[i + 3] === 0x73 && b[i + 4] === 0x65) {
      i = copyBytes(b, i, 5); // false
    } else {
      return null;
    }
    // After a value: closing brackets, then a comma (and, in an object, the next name) or the end.
    for (;;) {
      i = skipSpace(b, i);
      if (depth === 0) {
        if (i !== n) return null;
        return finish(topObject);
      }
      c = b[i];
      const inObject = kind[depth] === 1;
      if (c === COMMA) {
        i = skipSpace(b, i + 1);
        if (inObject) endMember(depth);
        out[o++] = COMMA;
        nextChild(depth, o);
        if (inObject) {
          i = readName(b, i, depth);
          if (i < 0) return null;
        }
        break;
      }
      if (c !== (inObject ? CLOSE_OBJECT : CLOSE_ARRAY)) return null;
      if (inObject) {
        endMember(depth);
        if (ordered[depth] === 0 && !reorder(depth)) return null;
      }
      closeContainer(depth, o);
      out[o++] = c;
      depth--;
      i++;
    }
  }
}

function copyBytes(b: Uint8Array, i: number, count: number): number {
  for (let k = 0; k < count; k++) out[o++] = b[i + k]!;
  return i + count;
}

function finish(topObject: boolean): CanonicalText {
  const bytes = out.subarray(0, o);
  const nonAscii = leads;
  let top: TopMember[] | null = null;
  if (topObject) {
    top = [];
    const m = members[1] ?? [];
    // members[1] is left from the last object at depth 1, which is the top-level one; "{}" has none
    if (bytes.length > 2) {
      for (let k = 0; k < used[1]!; k += MEMBER_FIELDS) {
        top.push({
          name: m[k + ESCAPED] === 1 ? (JSON.parse(utf8.decode(bytes.subarray(m[k + NAME_START]! - 1, m[k + NAME_END]! + 1))) as string) : utf8.decode(bytes.subarray(m[k + NAME_START]!, m[k + NAME_END]!)),
          start: m[k + START]!,
          valueStart: m[k + NAME_END]! + 2,
          end: m[k + END]!,
          exact: m[k + EXACT] === 1,
        });
      }
    }
  }
  return { bytes, length: o, members: top, nonAscii: nonAscii.length > MAX_NON_ASCII ? null : nonAscii, exact, inOrder: !indexLikeName, splits: recordedSplits() };
}

/**
 * Reads the member name at `i` (its opening quote) of the object at `depth`, writes it and the ':', notes whether
 * it sorts after the previous one, and returns the offset of the member's value; -1 when the text is not a name
 * and a colon there.
 */
function readName(b: Uint8Array, i: number, depth: number): number {
  if (b[i] !== QUOTE) return -1;
  const m = members[depth]!;
  const start = o;
  wroteEscape = false;
  const next = copyString(b, i);
  if (next < 0) return -1;
  const nameStart = start + 1;
  const nameEnd = o - 1;
  const escaped = wroteEscape ? 1 : 0;
  const first = out[nameStart]!;
  if (first >= ZERO && first <= NINE) indexLikeName = true;
  const count = used[depth]!;
  if (count > 0 && ordered[depth] === 1) {
    const p = count - MEMBER_FIELDS;
    const c = escaped === 1 || m[p + ESCAPED] === 1 ? compareText(out, m[p + NAME_START]!, m[p + NAME_END]!, nameStart, nameEnd) : compareNames(out, m[p + NAME_START]!, m[p + NAME_END]!, nameStart, nameEnd);
    if (c >= 0) ordered[depth] = 0;
  }
  m[count + NAME_START] = nameStart;
  m[count + NAME_END] = nameEnd;
  m[count + START] = start;
  m[count + END] = 0;
  m[count + EXACT] = 0;
  m[count + ESCAPED] = escaped;
  used[depth] = count + MEMBER_FIELDS;
  if (depth === 1) memberExact = true;
  const colon = skipSpace(b, next);
  if (b[colon] !== COLON) return -1;
  out[o++] = COLON;
  return skipSpace(b, colon + 1);
}

function endMember(depth: number): void {
  const m = members[depth]!;
  const last = used[depth]! - MEMBER_FIELDS;
  m[last + END] = o;
  if (depth === 1) m[last + EXACT] = memberExact ? 1 : 0;
}

/** Scratch space for reorder: a copy of the object's members but its largest, and the order to write them in. */
let scratch = new Uint8Array(SCRATCH_KEPT);
let order = new Int32Array(64);
/** Per member record (by record offset / MEMBER_FIELDS): where reorder saved it in scratch, and where it goes. */
let savedAt = new Int32Array(64);
let target = new Int32Array(64);
/** Below this many members an insertion sort beats Array.prototype.sort with a comparator. */
const INSERTION_SORT_MAX = 24;

/**
 * Puts the members of the object at `depth` (all written, its "}" not yet) in canonical order; false when two
 * names are equal (the general path reports the repeated name).
 *
 * Every member but the largest is copied aside, the largest is moved within `out` (memmove), and the others are
 * written back around it. A copy of the whole object would double the memory of an object that holds a big member:
 * 10^6 returns written by Python, whose members are in insertion order, cost 20 MB more at the peak of a load.
 */
function reorder(depth: number): boolean {
  const m = members[depth]!;
  const base = firstMember[depth]!;
  const count = used[depth]! / MEMBER_FIELDS;
  if (!sortMembers(m, count)) return false;
  if (savedAt.length < count) {
    savedAt = new Int32Array(count * 2);
    target = new Int32Array(count * 2);
  }
  let largest = 0;
  for (let r = MEMBER_FIELDS; r < count * MEMBER_FIELDS; r += MEMBER_FIELDS) {
    if (m[r + END]! - m[r + START]! > m[largest + END]! - m[largest + START]!) largest = r;
  }
  const aside = o - base - (m[largest + END]! - m[largest + START]!);
  if (scratch.length < aside) scratch = new Uint8Array(Math.max(aside, scratch.length * 2));
  let s = 0;
  for (let r = 0; r < count * MEMBER_FIELDS; r += MEMBER_FIELDS) {
    if (r === largest) continue;
    savedAt[r / MEMBER_FIELDS] = s;
    s = copyOut(scratch, s, m[r + START]!, m[r + END]!);
  }
  let p = base;
  for (let k = 0; k < count; k++) {
    const r = order[k]!;
    target[r / MEMBER_FIELDS] = p;
    p += m[r + END]! - m[r + START]! + 1;
  }
  out.copyWithin(target[largest / MEMBER_FIELDS]!, m[largest + START]!, m[largest + END]!);
  for (let k = 0; k < count; k++) {
    const r = order[k]!;
    const to = target[r / MEMBER_FIELDS]!;
    if (k > 0) out[to - 1] = COMMA;
    if (r === largest) continue;
    const from = savedAt[r / MEMBER_FIELDS]!;
    const size = m[r + END]! - m[r + START]!;
    if (size < 64) for (let x = 0; x < size; x++) out[to + x] = scratch[from + x]!;
    else out.set(scratch.subarray(from, from + size), to);
  }
  if (leads.length > 0 && leads[leads.length - 1]! >= base) moveLeads(m, base, count);
  const splits = recordedSplits();
  if (splits !== null) moveSplits(splits, m, base, count);
  if (isLong(depth, o)) regroupMembers(splits, depth, m, base, count);
  if (depth === 1) {
    // the top-level members' records must follow their bytes (ids are hashed from them)
    const sorted: number[] = [];
    let at = base;
    for (let k = 0; k < count; k++) {
      const r = order[k]!;
      const shift = at - m[r + START]!;
      sorted.push(m[r + NAME_START]! + shift, m[r + NAME_END]! + shift, at, m[r + END]! + shift, m[r + EXACT]!, m[r + ESCAPED]!);
      at = m[r + END]! + shift + 1;
    }
    members[depth] = sorted;
    used[depth] = sorted.length;
  }
  return true;
}

/** Copies out[from, to) into `into` at `at`; returns the offset after it. */
function copyOut(into: Uint8Array, at: number, from: number, to: number): number {
  if (to - from < 64) for (let x = from; x < to; x++) into[at++] = out[x]!;
  else {
    into.set(out.subarray(from, to), at);
    at += to - from;
  }
  return at;
}

/** Output offset of each member after reorder, by record offset / MEMBER_FIELDS. */
function newStarts(m: number[], base: number, count: number): number[] {
  const starts = new Array<number>(count);
  let at = base;
  for (let k = 0; k < count; k++) {
    const r = order[k]!;
    starts[r / MEMBER_FIELDS] = at;
    at += m[r + END]! - m[r + START]! + 1;
  }
  return starts;
}

/** Moves the recorded long containers inside the reordered object along with their members. */
function moveSplits(splits: Map<number, Split>, m: number[], base: number, count: number): void {
  let inside: [number, Split][] | null = null;
  for (const entry of splits) if (entry[0] >= base && entry[0] < o) (inside ??= []).push(entry);
  if (inside === null) return;
  const starts = newStarts(m, base, count);
  for (const [key] of inside) splits.delete(key);
  for (const [key, split] of inside) {
    const g = split.groups;
    let r = 0;
    while (m[r + END]! <= key) r += MEMBER_FIELDS; // records are in text order; a container is inside one member
    const shift = starts[r / MEMBER_FIELDS]! - m[r + START]!;
    for (let k = 0; k < g.length; k++) g[k]! += shift;
    splits.set(key + shift, split);
  }
}

/** The groups of the reordered object at `depth` (which is longer than PIECE), from its members in their new order. */
function regroupMembers(splits: Map<number, Split> | null, depth: number, m: number[], base: number, count: number): void {
  const starts: number[] = [];
  const long: boolean[] = [];
  let at = base;
  for (let k = 0; k < count; k++) {
    const r = order[k]!;
    starts.push(at);
    long.push(splits !== null && splits.has(at + m[r + NAME_END]! - m[r + START]! + 2));
    at += m[r + END]! - m[r + START]! + 1;
  }
  regroup(depth, starts, long);
}

/** Sorts the record offsets of `count` members into `order` by name (read from `out`); false on a tie. */
function sortMembers(m: number[], count: number): boolean {
  if (order.length < count) order = new Int32Array(count * 2);
  let escaped = false;
  for (let k = 0; k < count; k++) if (m[k * MEMBER_FIELDS + ESCAPED] === 1) escaped = true;
  const compare = escaped ? compareText : compareNames;
  const before = (x: number, y: number): number =>
    compare(out, m[x + NAME_START]!, m[x + NAME_END]!, m[y + NAME_START]!, m[y + NAME_END]!);
  if (count <= INSERTION_SORT_MAX) {
    for (let k = 0; k < count; k++) {
      const r = k * MEMBER_FIELDS;
      let j = k - 1;
      for (; j >= 0; j--) {
        const c = before(order[j]!, r);
        if (c === 0) return false;
        if (c < 0) break;
        order[j + 1] = order[j]!;
      }
      order[j + 1] = r;
    }
    return true;
  }
  const all = Array.from({ length: count }, (_, k) => k * MEMBER_FIELDS).sort(before);
  for (let k = 0; k < count; k++) {
    order[k] = all[k]!;
    if (k > 0 && before(all[k - 1]!, all[k]!) === 0) return false;
  }
  return true;
}

/** Moves the recorded non-ASCII offsets inside the reordered object along with their members. */
function moveLeads(m: number[], base: number, count: number): void {
  const shifts = new Map<number, number>();
  let at = base;
  for (let k = 0; k < count; k++) {
    const r = order[k]!;
    shifts.set(r, at - m[r + START]!);
    at += m[r + END]! - m[r + START]! + 1;
  }
  let f = leads.length;
  while (f > 0 && leads[f - 1]! >= base) f--;
  const shifted: number[] = [];
  for (let k = f; k < leads.length; k++) {
    const lead = leads[k]!;
    let r = 0;
    while (m[r + END]! <= lead) r += MEMBER_FIELDS; // records are in text order; a lead is inside one member
    shifted.push(lead + shifts.get(r)!);
  }
  shifted.sort((x, y) => x - y);
  for (let k = 0; k < shifted.length; k++) leads[f + k] = shifted[k]!;
}

/**
 * Orders names [s1, e1) and [s2, e2) of `b` by UTF-16 code units (RFC 8785 §3.2.3). UTF-8 byte order is code
 * point order, which agrees with UTF-16 order except between U+E000..U+FFFF (lead bytes EE, EF) and supplementary
 * characters (lead bytes F0..F4), whose surrogates sort first in UTF-16. Leads and continuation bytes never share
 * values, so the first differing byte tells which case applies.
 */
function compareNames(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): number {
  const l1 = e1 - s1;
  const l2 = e2 - s2;
  const m = l1 < l2 ? l1 : l2;
  for (let k = 0; k < m; k++) {
    const x = b[s1 + k]!;
    const y = b[s2 + k]!;
    if (x === y) continue;
    if (x >= SUPPLEMENTARY_LEAD && (y === 0xee || y === 0xef)) return -1;
    if (y >= SUPPLEMENTARY_LEAD && (x === 0xee || x === 0xef)) return 1;
    return x - y;
  }
  return l1 - l2;
}

/** Orders names [s1, e1) and [s2, e2) of `b`, which may hold escapes, by UTF-16 code units of their text. */
function compareText(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): number {
  const x = JSON.parse(utf8.decode(b.subarray(s1 - 1, e1 + 1))) as string;
  const y = JSON.parse(utf8.decode(b.subarray(s2 - 1, e2 + 1))) as string;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Copies the string at `i` (its opening quote) in its canonical spelling; returns the offset after it, or -1. */
function copyString(b: Uint8Array, i: number): number {
  out[o++] = QUOTE;
  let j = i + 1;
  for (;;) {
    const d = b[j];
    if (d === undefined || d < 0x20) return -1; // unterminated, or a raw control character
    if (d === QUOTE) {
      out[o++] = QUOTE;
      return j + 1;
    }
    if (d !== BACKSLASH) {
      if (d >= UTF8_LEAD && leads.length <= MAX_NON_ASCII) leads.push(o);
      out[o++] = d;
      j++;
      continue;
    }
    const e = b[j + 1];
    if (e === QUOTE || e === BACKSLASH || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
      wroteEscape = true;
      out[o++] = BACKSLASH;
      out[o++] = e;
      j += 2;
    } else if (e === 0x2f) {
      out[o++] = 0x2f; // "\/" is "/"
      j += 2;
    } else if (e === 0x75) {
      let cp = hex4(b, j + 2);
      j += 6;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        // only a high surrogate followed by an escaped low one makes a character; a lone one is E_STRING
        const low = b[j] === BACKSLASH && b[j + 1] === 0x75 ? hex4(b, j + 2) : -1;
        if (cp > 0xdbff || low < 0xdc00 || low > 0xdfff) return -1;
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        j += 6;
      }
      if (cp < 0) return -1;
      writeCodePoint(cp);
    } else {
      return -1;
    }
  }
}

/** The value of four hex digits at `at`, or -1. */
function hex4(b: Uint8Array, at: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const h = b[at + k];
    let d: number;
    if (h === undefined) return -1;
    if (h >= ZERO && h <= NINE) d = h - ZERO;
    else if (h >= 0x61 && h <= 0x66) d = h - 0x57;
    else if (h >= 0x41 && h <= 0x46) d = h - 0x37;
    else return -1;
    v = (v << 4) | d;
  }
  return v;
}

const SHORT_ESCAPES: Record<number, number> = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: QUOTE, 0x5c: BACKSLASH };
const HEX = '0123456789abcdef';

/** Writes a code point from a \u escape as RFC 8785 writes it inside a string. */
function writeCodePoint(cp: number): void {
  if (cp < 0x20 || cp === 0x22 || cp === 0x5c) {
    wroteEscape = true;
    out[o++] = BACKSLASH;
    const short = SHORT_ESCAPES[cp];
    if (short !== undefined) {
      out[o++] = short;
    } else {
      out[o++] = 0x75;
      out[o++] = ZERO;
      out[o++] = ZERO;
      out[o++] = HEX.charCodeAt(cp >> 4);
      out[o++] = HEX.charCodeAt(cp & 15);
    }
  } else if (cp < 0x80) {
    out[o++] = cp;
  } else if (cp < 0x800) {
    if (leads.length <= MAX_NON_ASCII) leads.push(o);
    out[o++] = 0xc0 | (cp >> 6);
    out[o++] = 0x80 | (cp & 0x3f);
  } else if (cp < 0x10000) {
    if (leads.length <= MAX_NON_ASCII) leads.push(o);
    out[o++] = 0xe0 | (cp >> 12);
    out[o++] = 0x80 | ((cp >> 6) & 0x3f);
    out[o++] = 0x80 | (cp & 0x3f);
  } else {
    if (leads.length <= MAX_NON_ASCII) leads.push(o);
    out[o++] = 0xf0 | (cp >> 18);
    out[o++] = 0x80 | ((cp >> 12) & 0x3f);
    out[o++] = 0x80 | ((cp >> 6) & 0x3f);
    out[o++] = 0x80 | (cp & 0x3f);
  }
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= ZERO && c <= NINE;
}

/**
 * Checks the number literal at `i` against the JSON grammar, copies it as written and returns the offset after
 * it; -1 when it is not a number or its value is unsafe (not finite, or an integer beyond ±(2^53−1) that RFC 8785
 * would write in plain digits). Clears `exact` unless the literal is certainly its value's canonical spelling (the
 * rules of scanCanonical).
 */
function copyNumber(b: Uint8Array, i: number, n: number): number {
  let j = i;
  if (b[j] === MINUS) j++;
  const intStart = j;
  if (b[j] === ZERO) j++;
  else if (isDigit(b[j])) while (isDigit(b[j])) j++;
  else return -1;
  const intDigits = j - intStart;
  const intIsZero = intDigits === 1 && b[intStart] === ZERO;
  let fracStart = -1;
  let fracEnd = -1;
  if (b[j] === DOT) {
    j++;
    fracStart = j;
    if (!isDigit(b[j])) return -1;
    while (isDigit(b[j])) j++;
    fracEnd = j;
  }
  let exponent = false;
  if (b[j] === 0x65 || b[j] === 0x45) {
    exponent = true;
    j++;
    if (b[j] === 0x2b || b[j] === MINUS) j++;
    if (!isDigit(b[j])) return -1;
    while (isDigit(b[j])) j++;
  }
  if (j > n) return -1;
  for (let k = i; k < j; k++) out[o++] = b[k]!;
  if (exponent || intDigits > EXACT_DIGITS) {
    // rare: decide by the value (an integer literal beyond ±(2^53−1) is E_NUMBER even when RFC 8785 would write it
    // with an exponent, because JSON.parse rounded it)
    let literal = '';
    for (let k = i; k < j; k++) literal += String.fromCharCode(b[k]!);
    const value = Number(literal);
    if (isUnsafeNumber(value) || (!exponent && fracStart < 0 && !(value <= MAX_SAFE && value >= -MAX_SAFE))) return -1;
    if (String(value) !== literal) inexact();
    return j;
  }
  if (fracStart < 0) {
    if (intIsZero && intStart !== i) inexact(); // -0 is written 0
    return j;
  }
  if (!memberExact) return j;
  if (b[fracEnd - 1] === ZERO) {
    inexact();
    return j;
  }
  let significant: number;
  if (intIsZero) {
    let zeros = 0;
    while (b[fracStart + zeros] === ZERO) zeros++;
    significant = zeros > 5 ? Infinity : fracEnd - fracStart - zeros; // below 1e-6 ECMAScript uses an exponent
  } else {
    significant = intDigits + fracEnd - fracStart;
  }
  if (significant > EXACT_DIGITS) inexact();
  return j;
}

function inexact(): void {
  exact = false;
  memberExact = false;
}
