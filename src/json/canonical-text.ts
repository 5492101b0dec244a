// Recognizes JSON text that is already in RFC 8785 canonical form, so that a reader can hash the bytes it was
// given instead of serializing the parsed value again (the most expensive step of a load after JSON.parse).
//
// The scan's answers are only meaningful for bytes that JSON.parse accepts (it checks canonical FORM, not
// grammar; on other bytes it still returns, and the caller's JSON.parse reports the error). It answers:
// - exact: the text is the canonical form of its value, byte for byte;
// - not exact: canonical except that some numbers may be spelled otherwise (1.50, or 17-digit doubles whose
//   shortest spelling cannot be told from the digits); each top-level member says whether it is exact, so a
//   reader serializes only the parsed values of the members that are not (with `inOrder`, JSON.stringify of such
//   a value is its canonical form);
// - null, "cannot tell", never "not canonical": whitespace, an escape other than the ones RFC 8785 writes, a
//   member name with an escape, members out of order, a number with more than 15 integer digits and no exponent,
//   or with an exponent and an unsafe value, nesting beyond MAX_DEPTH. The caller then tries the one-pass rewrite
//   into the canonical layout (canonical-layout.ts), and failing that the general path (census walk + canonical
//   serialization).
//
// Text it accepts satisfies every rule the strict parser checks, so a reader skips that census: member names
// strictly increase in each object, so none repeats; numbers have at most 15 integer digits or an exponent whose
// value was checked, so they are finite and exact; strings hold no lone surrogate (the bytes are strict UTF-8 and
// no \uD800 escape is accepted); depth is bounded. Differential properties pin all of this against
// canonicalString and parseStrict.
import { isUnsafeNumber, MAX_DEPTH } from '../canonical/limits.js';
import { closeContainer, nextChild, openContainer, PIECE, recordedSplits, startSplits, type Split } from './split-points.js';

/** A member of the top-level object: its name and the byte range from its name's quote to its value's end. */
export interface TopMember {
  readonly name: string;
  readonly start: number;
  /** Where the value starts (just after the ':'). */
  readonly valueStart: number;
  readonly end: number;
  /**
   * Every number in the member is spelled canonically, so its bytes are canonical text; otherwise only its numbers
   * may be spelled otherwise, and a reader serializes just this member's parsed value again.
   */
  readonly exact: boolean;
}

/**
 * What a scan proved about JSON text: that it is canonical RFC 8785 text (`exact`), or canonical except perhaps for
 * how numbers are spelled; either way without whitespace, repeated names, lone surrogates, unsafe numbers or
 * nesting beyond MAX_DEPTH. Also the place of each top-level member (for hashing a part of the document).
 */
export interface CanonicalText {
  readonly bytes: Uint8Array;
  /** Every number is spelled canonically too, so the bytes are the canonical text. */
  readonly exact: boolean;
  /**
   * No member name starts with a digit: a parsed object enumerates its members in text order, which is canonical
   * order, so JSON.stringify of the parsed value writes canonical text (numbers included).
   */
  readonly inOrder: boolean;
  /** Byte length of the canonical text: the input without its one optional final "\n". */
  readonly length: number;
  /** Members of the top-level object in text order; null when the top-level value is not an object. */
  readonly members: readonly TopMember[] | null;
  /**
   * Byte offsets where the non-ASCII characters start (all inside strings), in order; null when there are more than
   * MAX_NON_ASCII of them. Lets a reader build a one-byte JavaScript string for JSON.parse (see decode.ts).
   */
  readonly nonAscii: readonly number[] | null;
  /**
   * Where a reader may cut the containers longer than PIECE bytes to parse them piece by piece (see pieces.ts),
   * keyed by the offset of the container's opening bracket. Absent when the scan did not record them.
   */
  readonly splits?: ReadonlyMap<number, Split> | null;
}


export { PIECE, type Split } from './split-points.js';

/** How many non-ASCII characters a scan records before it stops (and reports null). */
export const MAX_NON_ASCII = 256;

// State of the current scan. Module state is safe: a scan runs to its end synchronously.
/** Lead bytes of the non-ASCII characters. */
let leads: number[] = [];
/** Every number literal so far is spelled as RFC 8785 spells its value. */
let exact = true;
/** Every number literal of the current top-level member is. */
let memberExact = true;
/** Some member name starts with a digit, so it may be an array index, which JavaScript objects enumerate first. */
let indexLikeName = false;
/** Per open container: 1 for an object, 2 for an array; for objects, the byte range of the last member name. */
const kind = new Uint8Array(MAX_DEPTH + 1);
const nameStart = new Int32Array(MAX_DEPTH + 1);
const nameEnd = new Int32Array(MAX_DEPTH + 1);
/** The current top-level member: where its name's quote is, and the name. */
let memberStart = 0;
let memberValue = 0;
let memberName = '';

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
const NEWLINE = 0x0a;
/** UTF-8 lead bytes of non-ASCII characters are C2..F4 (continuation bytes are 80..BF). */
const UTF8_LEAD = 0xc0;
/** UTF-8 lead bytes of supplementary characters (U+10000 and up) are F0..F4. */
const SUPPLEMENTARY_LEAD = 0xf0;
/** Every double with at most this many significant digits has exactly one shortest spelling: its own. */
const EXACT_DIGITS = 15;

// ignoreBOM: a name may start with U+FEFF, which the default decoder would drop ("\ufeffprovenance" is not "provenance").
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Scans JSON text (already accepted by JSON.parse) and returns its layout if it is canonical RFC 8785 text,
 * optionally followed by one "\n"; null if that cannot be proven cheaply.
 *
 * Canonical text has no whitespace, so every token follows the previous one directly. The loop reads a value,
 * then the commas and closing brackets after it; a member name is read together with the ',' or '{' before it
 * and the ':' after it. Any other byte where a token should be (whitespace) ends the scan.
 */
export function scanCanonical(b: Uint8Array, pieceBytes = PIECE): CanonicalText | null {
  let n = b.length;
  if (n > 0 && b[n - 1] === NEWLINE) n--;
  if (n === 0) return null;
  leads = [];
  exact = true;
  memberExact = true;
  indexLikeName = false;
  startSplits(pieceBytes);
  const members: TopMember[] | null = b[0] === OPEN_OBJECT ? [] : null;
  let depth = 0;
  let i = 0;
  for (;;) {
    // A value starts at i.
    let c = b[i]!;
    if (c === QUOTE) {
      i = skipString(b, i + 1);
      if (i < 0) return null;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth >= MAX_DEPTH) return null;
      if (b[i + 1] === c + 2) {
        i += 2; // {} or []: "}" and "]" are two code points after "{" and "["
      } else {
        depth++;
        openContainer(depth, i);
        i++;
        if (c === OPEN_ARRAY) {
          kind[depth] = 2;
          continue;
        }
        kind[depth] = 1;
        nameStart[depth] = -1;
        i = readName(b, i, depth);
        if (i < 0) return null;
        continue;
      }
    } else if (c === MINUS || (c >= ZERO && c <= NINE)) {
      i = scanNumber(b, i, n);
      if (i < 0) return null;
    } else if (c === 0x74 || c === 0x6e) {
      i += 4; // true, null (JSON.parse accepted the text, so the letters are right)
    } else if (c === 0x66) {
      i += 5; // false
    } else {
      return null;
    }
    // After a value: closing brackets, then a comma (and, in an object, the next name) or the end.
    for (;;) {
      if (depth === 0) {
        if (i !== n) return null;
        return { bytes: b, length: n, members, nonAscii: leads.length > MAX_NON_ASCII ? null : leads, exact, inOrder: !indexLikeName, splits: recordedSplits() };
      }
      c = b[i]!;
      if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth === 1 && members !== null) members.push({ name: memberName, start: memberStart, valueStart: memberValue, end: i, exact: memberExact });
        closeContainer(depth, i);
        depth--;
        i++;
        continue;
      }
      if (c !== COMMA) return null;
      i++;
      nextChild(depth, i);
      if (kind[depth] === 1) {
        if (depth === 1) members!.push({ name: memberName, start: memberStart, valueStart: memberValue, end: i - 1, exact: memberExact });
        i = readName(b, i, depth);
        if (i < 0) return null;
      }
      break;
    }
  }
}

/**
 * Reads the member name at `i` (its opening quote) of the object at `depth`, checks that it sorts after the
 * previous one, and returns the offset of the member's value; -1 when the name is not there, has an escape, or
 * is out of order.
 */
function readName(b: Uint8Array, i: number, depth: number): number {
  const end = nameAt(b, i);
  if (end < 0) return -1;
  const previous = nameStart[depth]!;
  if (previous >= 0 && !nameIncreases(b, previous, nameEnd[depth]!, i + 1, end)) return -1;
  nameStart[depth] = i + 1;
  nameEnd[depth] = end;
  if (depth === 1) {
    memberStart = i;
    memberValue = end + 2;
    memberExact = true;
    memberName = utf8.decode(b.subarray(i + 1, end));
  }
  return end + 2;
}

/**
 * A member name starting at `i` (its opening quote) and followed by ':': returns the offset of its closing quote,
 * or -1 when there is none there (whitespace) or the name has an escape (its bytes would not compare as its text).
 */
function nameAt(b: Uint8Array, i: number): number {
  if (b[i] !== QUOTE) return -1;
  const first = b[i + 1]!;
  if (first >= ZERO && first <= NINE) indexLikeName = true;
  let j = i + 1;
  let d: number | undefined;
  while ((d = b[j]) !== QUOTE) {
    if (d === BACKSLASH || d === undefined) return -1; // undefined: past the end (only text JSON.parse rejected)
    if (d >= UTF8_LEAD) noteLead(j);
    j++;
  }
  return b[j + 1] === COLON ? j : -1;
}

/** Skips a string value from just after its opening quote; returns the offset after its closing quote, or -1. */
function skipString(b: Uint8Array, j: number): number {
  for (;;) {
    const d = b[j];
    if (d === QUOTE) return j + 1;
    if (d === undefined) return -1; // past the end (only text JSON.parse rejected)
    if (d >= UTF8_LEAD) noteLead(j);
    if (d === BACKSLASH) {
      const e = b[j + 1]!;
      // RFC 8785 writes \" \\ \b \f \n \r \t, and \u00xx (lowercase) for the other controls, nothing else.
      if (e === 0x75) {
        if (!isControlEscape(b, j + 2)) return -1;
        j += 6;
      } else if (e === QUOTE || e === BACKSLASH || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        j += 2;
      } else {
        return -1;
      }
      continue;
    }
    j++;
  }
}

function noteLead(at: number): void {
  if (leads.length <= MAX_NON_ASCII) leads.push(at);
}

/** \u00xx with lowercase hex naming a control character that has no short escape. */
function isControlEscape(b: Uint8Array, at: number): boolean {
  if (b[at] !== ZERO || b[at + 1] !== ZERO) return false;
  const hi = b[at + 2]!;
  const lo = b[at + 3]!;
  const loDigit = lo >= ZERO && lo <= NINE;
  const loHex = lo >= 0x61 && lo <= 0x66; // a–f
  if (!loDigit && !loHex) return false;
  if (hi === 0x31) return true; // \u0010–\u001f
  if (hi !== ZERO) return false;
  // \u0008 \u0009 \u000a \u000c \u000d are written \b \t \n \f \r
  return !(lo === 0x38 || lo === 0x39 || lo === 0x61 || lo === 0x63 || lo === 0x64);
}

/**
 * True when name [s2, e2) sorts strictly after name [s1, e1) by UTF-16 code units (RFC 8785 §3.2.3). UTF-8 byte
 * order is code point order, which agrees with UTF-16 order except between U+E000..U+FFFF (lead bytes EE, EF) and
 * supplementary characters (lead bytes F0..F4): their surrogates (D800..DFFF) sort first in UTF-16. Leads and
 * continuation bytes never share values, so the first differing byte tells which case applies.
 */
function nameIncreases(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): boolean {
  const l1 = e1 - s1;
  const l2 = e2 - s2;
  const m = l1 < l2 ? l1 : l2;
  for (let k = 0; k < m; k++) {
    const x = b[s1 + k]!;
    const y = b[s2 + k]!;
    if (x === y) continue;
    if (x >= SUPPLEMENTARY_LEAD && (y === 0xee || y === 0xef)) return true;
    if (y >= SUPPLEMENTARY_LEAD && (x === 0xee || x === 0xef)) return false;
    return x < y;
  }
  return l1 < l2;
}

/**
 * Scans a number literal starting at `i` and returns the offset after it; -1 when its value might be unsafe or
 * inexact (more than 15 integer digits without an exponent: 9007199254740993; an exponent whose value is not finite
 * or an integer beyond ±(2^53−1): 1e400, 1e17), which the general path reports.
 *
 * A literal without an exponent is certainly how RFC 8785 (ECMAScript Number::toString) writes its value when it
 * has no "-0", no trailing fraction zeros, a magnitude from 1e-6 (written "0.000001") up, and at most 15
 * significant digits: such a decimal is the only spelling of at most 15 digits of its double, so it is also the
 * shortest one, which is what ECMAScript writes. A literal with an exponent (rare: 1e-9, 1.5e+22) is compared with
 * its value's spelling. Any other safe literal (most computed doubles have 16 or 17 digits) clears `exact` and its
 * member's `exact`: the text is then canonical except perhaps for those number spellings.
 */
function scanNumber(b: Uint8Array, i: number, n: number): number {
  let j = i;
  if (b[j] === MINUS) j++;
  const intStart = j;
  while (j < n && b[j]! >= ZERO && b[j]! <= NINE) j++;
  const intDigits = j - intStart;
  const intIsZero = intDigits === 1 && b[intStart] === ZERO;
  let fracStart = j;
  if (j < n && b[j] === DOT) {
    j++;
    fracStart = j;
    while (j < n && b[j]! >= ZERO && b[j]! <= NINE) j++;
  }
  if (j < n && (b[j] === 0x65 || b[j] === 0x45)) return exponentLiteral(b, i, j + 1, n);
  if (intDigits > EXACT_DIGITS) return -1;
  if (fracStart === j) {
    if (intIsZero && intStart !== i) inexact(); // -0 is written 0
    return j;
  }
  if (!memberExact) return j; // nothing more to learn from this literal
  const fracDigits = j - fracStart;
  if (b[j - 1] === ZERO) {
    inexact(); // trailing zero (also "1.0" and "-0.0")
    return j;
  }
  let significant: number;
  if (intIsZero) {
    let zeros = 0;
    while (b[fracStart + zeros] === ZERO) zeros++;
    significant = zeros > 5 ? Infinity : fracDigits - zeros; // below 1e-6 ECMAScript uses an exponent
  } else {
    significant = intDigits + fracDigits;
  }
  if (significant > EXACT_DIGITS) inexact();
  return j;
}

/** The rest of a literal from just after its "e"; -1 when its value is unsafe (see isUnsafeNumber). */
function exponentLiteral(b: Uint8Array, start: number, from: number, n: number): number {
  let j = from;
  if (b[j] === 0x2b || b[j] === MINUS) j++;
  while (j < n && b[j]! >= ZERO && b[j]! <= NINE) j++;
  let literal = '';
  for (let k = start; k < j; k++) literal += String.fromCharCode(b[k]!);
  const value = Number(literal);
  if (isUnsafeNumber(value)) return -1;
  if (String(value) !== literal) inexact();
  return j;
}

function inexact(): void {
  exact = false;
  memberExact = false;
}
