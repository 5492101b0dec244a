// RFC 8785 (JSON Canonicalization Scheme) serialization, built on the engine's native JSON.stringify.
//
// Why this is correct: for the values the guards accept, RFC 8785 differs from JSON.stringify only in member order.
// - Strings: RFC 8785 §3.2.2.2 escapes exactly as ECMAScript's JSON.stringify does for well-formed strings
//   (\b \t \n \f \r \" \\, other controls as lowercase \u00xx, everything else literal).
// - Numbers: RFC 8785 §3.2.2.3 is ECMAScript's Number-to-String, which JSON.stringify uses (-0 becomes "0").
// - Literals and structure: identical, with no whitespace.
// - Members: sorted by UTF-16 code units (§3.2.3), which is what Array.prototype.sort() does by default.
//
// Why this is fast: one walk over the value checks every guard and, for each object whose members are not already
// in canonical order, makes a copy with the members in that order (see shapes.ts). Objects already in order, and
// whole subtrees without changes, are passed through untouched. A single native JSON.stringify call then writes
// the text. Objects V8 cannot keep in canonical order (array-index-like or "__proto__" member names) are written
// by hand as a `Written` fragment, and so are their ancestors, which reuse JSON.stringify for every other child.
//
// Lone surrogates are not checked string by string: JSON.stringify writes them as \udxxx escapes, which appear
// nowhere else in its output, so one indexOf over the finished text finds them.
import { ABORT } from './abort.js';
import { diagnose } from './guards.js';
import { isUnsafeNumber, MAX_DEPTH, MAX_SAFE } from './limits.js';
import { isWellFormed } from './well-formed.js';
import { copyInOrder, shapeOf } from './shapes.js';

const ObjectProto = Object.prototype;
const ArrayProto = Array.prototype;
const getPrototypeOf = Object.getPrototypeOf;
const objectKeys = Object.keys;
const isArray = Array.isArray;
const stringify = JSON.stringify;

/** Canonical text of a container that must be written by hand. */
export class Written {
  constructor(readonly text: string) {}
}

/** The RFC 8785 canonical JSON text of `value`. Throws CheckpointError if a guard rejects the value. */
export function canonicalString(value: unknown): string {
  if (value === null || typeof value !== 'object') return primitive(value);
  const prepared = prepare(value);
  return checked(prepared instanceof Written ? prepared.text : (stringify(prepared) as string), value);
}

/**
 * Checks a container and returns what JSON.stringify must write for it (members in canonical order), or a Written
 * fragment holding the canonical text itself. Throws CheckpointError if a guard rejects the value; lone surrogates
 * are only found by `checked`, on the text.
 */
export function prepare(value: object): unknown {
  try {
    return prepareContainer(value, 1);
  } catch (e) {
    if (e === ABORT) throw diagnose(value);
    throw e;
  }
}

/** Returns `text` (JSON.stringify output for `value`) unless it holds a lone surrogate escape. */
export function checked(text: string, value: unknown): string {
  if (hasLoneSurrogateEscape(text)) throw diagnose(value);
  return text;
}

/** Canonical text of a value that is not an object (or null). */
export function primitive(value: unknown): string {
  switch (typeof value) {
    case 'string':
      if (isWellFormed(value)) return stringify(value);
      break;
    case 'number':
      if (!isUnsafeNumber(value)) return stringify(value);
      break;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return 'null'; // only null reaches here
    default:
      break;
  }
  throw diagnose(value);
}

/**
 * Checks a container and returns what JSON.stringify must write for it: the container itself when it is already
 * canonical, a copy in canonical order, or a Written fragment. Throws ABORT on anything the guards reject.
 */
function prepareContainer(v: object, depth: number): unknown {
  if (depth > MAX_DEPTH) throw ABORT;
  return isArray(v) ? prepareArray(v, depth) : prepareObject(v as Record<string, unknown>, depth);
}

function prepareArray(a: unknown[], depth: number): unknown {
  if (getPrototypeOf(a) !== ArrayProto) throw ABORT;
  const n = a.length;
  let copy: unknown[] | null = null;
  let written = false;
  for (let i = 0; i < n; i++) {
    const e = a[i];
    switch (typeof e) {
      case 'number':
        if (!(e <= MAX_SAFE && e >= -MAX_SAFE) && isUnsafeNumber(e)) throw ABORT;
        break;
      case 'string':
      case 'boolean':
        break;
      case 'object': {
        if (e === null) break;
        const p = prepareContainer(e, depth + 1);
        if (p !== e) {
          if (copy === null) copy = a.slice();
          copy[i] = p;
          if (p instanceof Written) written = true;
        }
        break;
      }
      default:
        throw ABORT; // undefined (and holes), function, symbol, bigint
    }
  }
  if (copy === null) return a;
  if (!written) return copy;
  let text = '[';
  for (let i = 0; i < n; i++) {
    if (i > 0) text += ',';
    text += fragment(copy[i]);
  }
  return new Written(text + ']');
}

function prepareObject(o: Record<string, unknown>, depth: number): unknown {
  const proto = getPrototypeOf(o);
  if (proto !== ObjectProto && proto !== null) throw ABORT;
  const keys = objectKeys(o);
  const n = keys.length;
  let changed: Map<string, unknown> | null = null;
  let written = false;
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const e = o[key];
    switch (typeof e) {
      case 'number':
        if (!(e <= MAX_SAFE && e >= -MAX_SAFE) && isUnsafeNumber(e)) throw ABORT;
        break;
      case 'string':
      case 'boolean':
        break;
      case 'object': {
        if (e === null) break;
        const p = prepareContainer(e, depth + 1);
        if (p !== e) {
          (changed ??= new Map()).set(key, p);
          if (p instanceof Written) written = true;
        }
        break;
      }
      default:
        throw ABORT;
    }
  }
  let inOrder = true;
  for (let i = 1; i < n; i++) {
    if (keys[i - 1]! > keys[i]!) {
      inOrder = false;
      break;
    }
  }
  if (inOrder) {
    if (changed === null) return o;
    // Only children changed (a map of thousands of positions whose entries are copies): a spread clone keeps the
    // order Object.keys gave, which was just found canonical, and is native, where a sort and a member-by-member
    // copy of a big map cost more than writing it. Assigning an existing own member never touches the prototype,
    // so even a "__proto__" member is safe here.
    if (!written) {
      const copy: Record<string, unknown> = { ...o };
      for (const [key, p] of changed) copy[key] = p;
      return copy;
    }
  }

  const shape = shapeOf(keys);
  if (written || shape.manual) return new Written(writeMembers(o, shape.sorted, changed));
  const copy = shape.copier ? shape.copier(o) : copyInOrder(o, shape.sorted);
  if (changed !== null) for (const [key, p] of changed) copy[key] = p;
  return copy;
}

function writeMembers(o: Record<string, unknown>, order: readonly string[], changed: Map<string, unknown> | null): string {
  let text = '{';
  for (let i = 0; i < order.length; i++) {
    const key = order[i]!;
    const p = changed !== null && changed.has(key) ? changed.get(key) : o[key];
    if (i > 0) text += ',';
    text += stringify(key) + ':' + fragment(p);
  }
  return text + '}';
}

function fragment(p: unknown): string {
  return p instanceof Written ? p.text : (stringify(p) as string);
}

/**
 * True if JSON.stringify output contains a \ud800–\udfff escape, i.e. the input held a lone surrogate. Such an
 * escape is preceded by an odd number of backslashes; an even number means the text "\ud800" was in the data.
 */
export function hasLoneSurrogateEscape(text: string): boolean {
  for (let i = text.indexOf('\\ud'); i !== -1; i = text.indexOf('\\ud', i + 3)) {
    const c = text.charCodeAt(i + 3);
    if (!((c >= 0x38 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) continue; // 8 9 a–f
    let j = i - 1;
    while (j >= 0 && text.charCodeAt(j) === 0x5c) j--;
    if ((i - 1 - j) % 2 === 0) return true;
  }
  return false;
}
