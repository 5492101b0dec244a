// Strict JSON text to value: RFC 8259 grammar (the engine's native JSON.parse) plus the rules of the checkpoint
// format that JSON.parse does not enforce. Every error carries the character offset and says line and column.
//
// Fast path: JSON.parse, then ONE walk over the parsed value that bounds the depth, checks numbers (and strings,
// when the text may hold a lone surrogate), counts the members JSON.parse kept and the ':' characters inside
// strings. Every member written in the text is exactly one ':' outside strings, so
//   (':' in the text) − (':' inside parsed strings) = members written,
// and fewer members kept than written means a name was repeated. The count is only a sieve: any mismatch (also
// one caused by an escaped colon, "\u003a") sends the text to the precise character scan (preflight), which
// decides. Likewise an integer-valued number of 1e21 or more may have been written as a 22-digit integer literal,
// which only the text can tell, so its presence also triggers the scan.
//
// Faster path: text that is already canonical RFC 8785 (as the file form is) needs no census at all. The scan in
// canonical-text.ts proves canonical form, which implies every rule above (names strictly increase, so none
// repeats; numbers are short and exact; depth is bounded), and the reader can then hash the bytes it was given.
// Bytes in another layout (whitespace, members out of order, \u escapes) are rewritten into the canonical layout
// by canonical-layout.ts, which checks the grammar and the same rules, and the rewritten bytes are parsed instead.
// Either way the canonical text is parsed in pieces of at most PIECE bytes (pieces.ts), never as one long string.
//
// Order of checks: nesting depth (E_DEPTH) → syntax (E_PARSE) → integer literals beyond ±(2^53−1) → numbers and
// strings of the parsed value (E_NUMBER for inexact values such as 9007199254740993.0 or 1e400, E_STRING for lone
// surrogates) → repeated member names (E_DUPLICATE_KEY).
import { isUtf8 } from 'node:buffer';
import { ABORT } from '../canonical/abort.js';
import { diagnose } from '../canonical/guards.js';
import { EXPONENT_FROM, MAX_DEPTH, MAX_SAFE, isUnsafeNumber } from '../canonical/limits.js';
import { isWellFormed } from '../canonical/well-formed.js';
import { CheckpointError, fail } from '../errors/index.js';
import { layOutCanonical } from './canonical-layout.js';
import { scanCanonical, type CanonicalText } from './canonical-text.js';
import { assertUtf8Start, decodeText } from './decode.js';
import { parseCanonical } from './pieces.js';
import { preflight, type Preflight } from './preflight.js';
import { describePosition, locate } from './position.js';
import { findDuplicateName, pointerAtOffset } from './structure.js';
import { syntaxError } from './syntax.js';

const objectKeys = Object.keys;
const isArray = Array.isArray;

/** A \uD800–\uDFFF escape anywhere (maybe a lone surrogate; the parsed strings are then checked one by one). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** What the walk over the parsed value found. */
interface Census {
  /** Members JSON.parse kept. */
  members: number;
  /** ':' characters inside parsed strings (member names and values). */
  colons: number;
  /** An integer-valued number >= 1e21 was seen: it may have been written as an over-long integer literal. */
  hugeInteger: boolean;
  /** The depth limit was exceeded. */
  tooDeep: boolean;
  checkStrings: boolean;
}

/** A strictly parsed value, and the layout of its text when that text is canonical RFC 8785. */
export interface ParsedJson {
  readonly value: unknown;
  readonly canonical: CanonicalText | null;
}

const encoder = new TextEncoder();

/** Parses JSON text strictly. Throws CheckpointError (E_PARSE, E_DEPTH, E_NUMBER, E_STRING, E_DUPLICATE_KEY). */
export function parseStrict(text: string): unknown {
  return parseText(text, false, null).value;
}

/** parseStrict, also telling whether the text is canonical (then `canonical` holds its UTF-8 bytes and layout). */
export function parseStrictText(text: string): ParsedJson {
  return parseText(text, false, undefined);
}

/** parseStrict(decodeText(input)): strict UTF-8 JSON bytes to a value. */
export function parseBytes(input: Uint8Array): unknown {
  return parseText(decodeText(input), true, null).value;
}

/**
 * parseBytes, also telling whether the bytes are canonical text or could be rewritten into the canonical layout in
 * one pass (see ParsedJson; then the value is parsed from those canonical bytes).
 */
export function parseJsonBytes(input: Uint8Array): ParsedJson {
  assertUtf8Start(input);
  const canonical = scanCanonical(input) ?? layOutCanonical(input);
  // Canonical text (once JSON.parse accepts it) needs no census; it is parsed in pieces of one-byte strings.
  if (canonical !== null && isUtf8(canonical.bytes)) {
    let value: unknown = NOT_JSON;
    try {
      value = parseCanonical(canonical);
    } catch {
      // not JSON after all: the general path below reports the error against the real text
    }
    if (value !== NOT_JSON) return { value, canonical };
  }
  return parseText(decodeText(input), true, null);
}


const NOT_JSON: unique symbol = Symbol('not JSON');

/** A string may hold a lone surrogate if it is not well formed itself, or if an escape could produce one. */
function mayHoldLoneSurrogate(text: string, wellFormed: boolean): boolean {
  if (!wellFormed && !isWellFormed(text)) return true;
  return text.indexOf('\\u') !== -1 && SURROGATE_ESCAPE.test(text);
}

/**
 * `wellFormed`: the caller guarantees the text has no lone surrogate (it was decoded from strict UTF-8).
 * `canonical`: the scan of the text's UTF-8 bytes when the caller made it (null: not canonical, or not to be
 * scanned); undefined to encode and scan the text here.
 */
function parseText(text: string, wellFormed: boolean, canonical: CanonicalText | null | undefined): ParsedJson {
  if (typeof text !== 'string') fail('E_ARGUMENT', `parseStrict expects a string, got ${typeof text}.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    preflight(text); // deep nesting is reported first, as it is for text that parses
    throw syntaxError(text, e);
  }
  // Only well-formed text has UTF-8 bytes; a lone surrogate always takes the general path, which reports it.
  const proven = canonical !== undefined ? canonical : wellFormed || isWellFormed(text) ? scanCanonical(encoder.encode(text)) : null;
  if (proven !== null) return { value, canonical: proven };
  const census: Census = { members: 0, colons: 0, hugeInteger: false, tooDeep: false, checkStrings: mayHoldLoneSurrogate(text, wellFormed) };
  let inexact = false;
  try {
    walk(value, census, 1);
  } catch (e) {
    if (e !== ABORT) throw e;
    inexact = true;
  }
  let scan: Preflight | undefined;
  if (census.tooDeep || census.hugeInteger || countColons(text) - census.colons !== census.members) {
    scan = preflight(text); // throws E_DEPTH with the exact place
    if (scan.bigInteger !== -1) bigIntegerLiteral(text, scan);
  }
  if (inexact) throw withPosition(diagnose(value), text);
  if (scan !== undefined && scan.members !== census.members) duplicateName(text);
  return { value, canonical: null };
}

function countColons(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

function colonsIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i !== -1; i = s.indexOf(':', i + 1)) n++;
  return n;
}

/**
 * Visits every value once. Throws ABORT on an inexact number or a lone surrogate (diagnose() then finds it with
 * its pointer); stops descending past MAX_DEPTH so that hostile nesting never exhausts the stack.
 */
function walk(v: unknown, c: Census, depth: number): void {
  switch (typeof v) {
    case 'number':
      if (!(v <= MAX_SAFE && v >= -MAX_SAFE)) {
        if (isUnsafeNumber(v)) throw ABORT;
        if (Number.isInteger(v) && (v >= EXPONENT_FROM || v <= -EXPONENT_FROM)) c.hugeInteger = true;
      }
      return;
    case 'string':
      if (c.checkStrings && !isWellFormed(v)) throw ABORT;
      if (v.indexOf(':') !== -1) c.colons += colonsIn(v);
      return;
    case 'object': {
      if (v === null) return;
      if (depth > MAX_DEPTH) {
        c.tooDeep = true;
        return;
      }
      if (isArray(v)) {
        for (let i = 0, n = v.length; i < n; i++) {
          const e: unknown = v[i];
          // Numbers are checked inline: long numeric series (indicator values) are the bulk of big checkpoints.
          if (typeof e === 'number') {
            if (!(e <= MAX_SAFE && e >= -MAX_SAFE)) walk(e, c, depth + 1);
          } else if (typeof e !== 'boolean' && e !== null) walk(e, c, depth + 1);
        }
        return;
      }
      const o = v as Record<string, unknown>;
      const keys = objectKeys(o);
      c.members += keys.length;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (c.checkStrings && !isWellFormed(key)) throw ABORT;
        if (key.indexOf(':') !== -1) c.colons += colonsIn(key);
        const e = o[key];
        if (typeof e !== 'boolean' && e !== null) walk(e, c, depth + 1);
      }
      return;
    }
    default:
      return;
  }
}

function bigIntegerLiteral(text: string, scan: Preflight): never {
  const offset = scan.bigInteger;
  const literal = text.slice(offset, scan.bigIntegerEnd);
  const shown = literal.length > 40 ? `${literal.slice(0, 20)}…${literal.slice(-8)} (${literal.length} characters)` : literal;
  return fail(
    'E_NUMBER',
    `The integer ${shown} at ${describePosition(text, offset)} is beyond ±(2^53−1) and cannot be represented exactly.`,
    {
      pointer: pointerAtOffset(text, offset),
      offset,
      hint: 'Store large integers (ids, nanosecond times, raw amounts) as decimal strings.',
    },
  );
}

function duplicateName(text: string): never {
  const dup = findDuplicateName(text);
  if (dup === undefined) {
    return fail('E_DUPLICATE_KEY', 'An object contains the same member name twice.', {
      hint: 'Remove the repeated member; JSON readers disagree about which one wins.',
    });
  }
  return fail(
    'E_DUPLICATE_KEY',
    `The member name ${JSON.stringify(dup.name)} appears twice in one object, at ${describePosition(text, dup.offset)} ` +
      `(first at ${describePosition(text, dup.firstOffset)}).`,
    {
      pointer: dup.pointer,
      offset: dup.offset,
      hint: 'Remove the repeated member; JSON readers disagree about which one wins.',
    },
  );
}

/** Adds the source offset, line and column of the error's pointer; for numbers, quotes the literal as written. */
function withPosition(error: CheckpointError, text: string): CheckpointError {
  const at = error.pointer === undefined ? undefined : locate(text, error.pointer);
  if (at === undefined) return error;
  const where = `line ${at.line}, column ${at.column}`;
  let message = `${error.message.replace(/\.$/, '')} (${where}).`;
  const literal = error.code === 'E_NUMBER' ? /^-?[0-9][0-9.eE+-]*/.exec(text.slice(at.offset, at.offset + 400)) : null;
  if (literal !== null) {
    const written = literal[0];
    const read = Number(written);
    message = Number.isFinite(read)
      ? `The number ${written} at ${where} is an integer beyond ±(2^53−1) and cannot be represented exactly.`
      : `The number ${written} at ${where} is too large for a double (it reads as ${String(read)}).`;
  }
  return new CheckpointError({
    code: error.code,
    message,
    ...(error.pointer !== undefined && { pointer: error.pointer }),
    offset: at.offset,
    ...(error.hint !== undefined && { hint: error.hint }),
  });
}
