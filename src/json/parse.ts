// Strict JSON text to value: RFC 8259 grammar (the engine's native JSON.parse) plus the rules of the checkpoint
// format that JSON.parse does not enforce. Every error carries the character offset and says line and column.
//
// Order of checks: nesting depth (before parsing) → syntax (E_PARSE) → integer literals beyond ±(2^53−1) →
// numbers and strings of the parsed value (E_NUMBER for NaN-free but inexact values such as 9007199254740993.0
// or 1e400, E_STRING for lone surrogates) → repeated member names (E_DUPLICATE_KEY).
import { ABORT } from '../canonical/abort.js';
import { diagnose } from '../canonical/guards.js';
import { MAX_SAFE, isUnsafeNumber } from '../canonical/limits.js';
import { isWellFormed } from '../canonical/well-formed.js';
import { CheckpointError, fail } from '../errors/index.js';
import { decodeText } from './decode.js';
import { preflight, type Preflight } from './preflight.js';
import { describePosition, locate } from './position.js';
import { findDuplicateName, pointerAtOffset } from './structure.js';
import { syntaxError } from './syntax.js';

const objectKeys = Object.keys;
const isArray = Array.isArray;

/** A \uD800–\uDFFF escape anywhere (maybe a lone surrogate; the parsed strings are then checked one by one). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** Parses JSON text strictly. Throws CheckpointError (E_DEPTH, E_PARSE, E_NUMBER, E_STRING, E_DUPLICATE_KEY). */
export function parseStrict(text: string): unknown {
  if (typeof text !== 'string') fail('E_ARGUMENT', `parseStrict expects a string, got ${typeof text}.`);
  const scan = preflight(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw syntaxError(text, e);
  }
  if (scan.bigInteger !== -1) bigIntegerLiteral(text, scan);
  const checkStrings = !isWellFormed(text) || SURROGATE_ESCAPE.test(text);
  let members: number;
  try {
    members = countMembers(value, checkStrings);
  } catch (e) {
    if (e === ABORT) throw withPosition(diagnose(value), text);
    throw e;
  }
  if (members !== scan.members) duplicateName(text);
  return value;
}

/** parseStrict(decodeText(input)): strict UTF-8 JSON bytes to a value. */
export function parseBytes(input: Uint8Array): unknown {
  return parseStrict(decodeText(input));
}

/**
 * Walks the parsed value: checks numbers (and strings, when the text may hold a lone surrogate) and counts the
 * members JSON.parse kept. Depth is already bounded by the preflight scan.
 */
function countMembers(v: unknown, checkStrings: boolean): number {
  switch (typeof v) {
    case 'number':
      if (!(v <= MAX_SAFE && v >= -MAX_SAFE) && isUnsafeNumber(v)) throw ABORT;
      return 0;
    case 'string':
      if (checkStrings && !isWellFormed(v)) throw ABORT;
      return 0;
    case 'object': {
      if (v === null) return 0;
      let count = 0;
      if (isArray(v)) {
        for (let i = 0, n = v.length; i < n; i++) {
          const e: unknown = v[i];
          if (typeof e === 'object' || typeof e === 'number' || checkStrings) count += countMembers(e, checkStrings);
        }
        return count;
      }
      const o = v as Record<string, unknown>;
      const keys = objectKeys(o);
      count = keys.length;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (checkStrings && !isWellFormed(key)) throw ABORT;
        const e = o[key];
        if (typeof e === 'object' || typeof e === 'number' || checkStrings) count += countMembers(e, checkStrings);
      }
      return count;
    }
    default:
      return 0;
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
