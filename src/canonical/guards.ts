// What a checkpoint accepts as a JSON value, in two forms:
// - `assertJsonValue` (and the serializer's own walk) check fast, without knowing where they are;
// - `diagnose` walks again, slowly and precisely, only once something is wrong, and builds the error with the
//   RFC 6901 pointer of the first offending value in canonical (sorted-member) order.
//
// Accepted: null, booleans, strings without lone surrogates, finite numbers that are not unsafe integers
// (see limits.ts), real arrays without holes (prototype Array.prototype), and plain objects (prototype
// Object.prototype or null). Only own enumerable string keys count, as for JSON.stringify and Object.keys:
// symbol-keyed and non-enumerable properties are ignored.
import { CheckpointError, type ErrorDetail } from '../errors/index.js';
import { pointerOf } from '../util/pointer.js';
import { ABORT } from './abort.js';
import { isUnsafeNumber, MAX_DEPTH, MAX_SAFE } from './limits.js';
import { isWellFormed } from './well-formed.js';

const ObjectProto = Object.prototype;
const ArrayProto = Array.prototype;
const getPrototypeOf = Object.getPrototypeOf;
const objectKeys = Object.keys;
const isArray = Array.isArray;

/** Throws CheckpointError unless `value` is JSON data a checkpoint can hold. Writes nothing. */
export function assertJsonValue(value: unknown): void {
  try {
    check(value, 0);
  } catch (e) {
    if (e === ABORT) throw diagnose(value);
    throw e;
  }
}

function check(v: unknown, depth: number): void {
  switch (typeof v) {
    case 'number':
      if (!(v <= MAX_SAFE && v >= -MAX_SAFE) && isUnsafeNumber(v)) throw ABORT;
      return;
    case 'string':
      if (!isWellFormed(v)) throw ABORT;
      return;
    case 'boolean':
      return;
    case 'object': {
      if (v === null) return;
      if (depth >= MAX_DEPTH) throw ABORT;
      if (isArray(v)) {
        if (getPrototypeOf(v) !== ArrayProto) throw ABORT;
        for (let i = 0, n = v.length; i < n; i++) check(v[i], depth + 1);
        return;
      }
      const proto = getPrototypeOf(v);
      if (proto !== ObjectProto && proto !== null) throw ABORT;
      const o = v as Record<string, unknown>;
      const keys = objectKeys(o);
      for (let i = 0, n = keys.length; i < n; i++) {
        const key = keys[i]!;
        if (!isWellFormed(key)) throw ABORT;
        check(o[key], depth + 1);
      }
      return;
    }
    default:
      throw ABORT; // undefined (also array holes), function, symbol, bigint
  }
}

/**
 * Finds the first value (in canonical order: members sorted by UTF-16 code units) that a checkpoint cannot hold,
 * and returns the error describing it. Never recurses deeper than MAX_DEPTH + 1, so cycles end in E_DEPTH.
 * Returns a generic E_NOT_JSON error if nothing is wrong (the value changed between the fast walk and this one,
 * e.g. through a getter).
 */
export function diagnose(root: unknown): CheckpointError {
  const path: (string | number)[] = [];
  const found = visit(root, 0);
  return new CheckpointError(
    found ?? {
      code: 'E_NOT_JSON',
      message: 'The value changed while it was being read (a getter or proxy returns different values).',
      pointer: '',
      hint: 'Pass plain data: objects, arrays, strings, numbers, booleans and null.',
    },
  );

  function at(): string {
    return pointerOf(path);
  }

  function visit(v: unknown, depth: number): ErrorDetail | undefined {
    switch (typeof v) {
      case 'number':
        return isUnsafeNumber(v) ? numberProblem(v, at()) : undefined;
      case 'string':
        return isWellFormed(v) ? undefined : stringProblem(v, at(), 'A string');
      case 'boolean':
        return undefined;
      case 'undefined':
        return notJson(at(), 'undefined is not a JSON value', 'Use null, or leave the member out.');
      case 'function':
        return notJson(at(), 'a function is not a JSON value', 'Store data only, not functions.');
      case 'symbol':
        return notJson(at(), 'a symbol is not a JSON value', 'Use a string instead of a symbol.');
      case 'bigint':
        return notJson(
          at(),
          `the bigint ${String(v)}n is not a JSON value`,
          'Write it as a decimal string, or as a number if it lies within ±(2^53−1).',
        );
      default:
        break;
    }
    if (v === null) return undefined;
    if (depth >= MAX_DEPTH) {
      return {
        code: 'E_DEPTH',
        message: `Arrays and objects are nested deeper than ${MAX_DEPTH} levels at ${show(at())} (a value that contains itself also ends here).`,
        pointer: at(),
        hint: `Flatten the structure to at most ${MAX_DEPTH} levels, and make sure no object refers back to itself.`,
      };
    }
    if (isArray(v)) {
      if (getPrototypeOf(v) !== ArrayProto) return classProblem(v, at());
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const problem =
          i in v
            ? visit(v[i], depth + 1)
            : notJson(at(), `the array has a hole at index ${i} (a sparse array)`, 'Fill the hole with null.');
        if (problem) return problem;
        path.pop();
      }
      return undefined;
    }
    const proto = getPrototypeOf(v);
    if (proto !== ObjectProto && proto !== null) return classProblem(v as object, at());
    const o = v as Record<string, unknown>;
    for (const key of objectKeys(o).sort()) {
      path.push(key);
      const problem = isWellFormed(key) ? visit(o[key], depth + 1) : stringProblem(key, at(), 'A member name');
      if (problem) return problem;
      path.pop();
    }
    return undefined;
  }
}

/** Error detail for a number that has no exact JSON form. */
export function numberProblem(n: number, pointer: string): ErrorDetail {
  if (Number.isNaN(n)) {
    return {
      code: 'E_NUMBER',
      message: `NaN is not a JSON number (at ${show(pointer)}).`,
      pointer,
      hint: 'Use null for a missing value, or fix the computation that produced NaN.',
    };
  }
  if (!Number.isFinite(n)) {
    return {
      code: 'E_NUMBER',
      message: `${String(n)} is not a JSON number (at ${show(pointer)}).`,
      pointer,
      hint: 'Use null, or a large finite number, or a string such as "Infinity" with a documented meaning.',
    };
  }
  return {
    code: 'E_NUMBER',
    message: `The integer ${String(n)} at ${show(pointer)} is beyond ±(2^53−1) and cannot be represented exactly.`,
    pointer,
    hint: 'Store large integers (ids, nanosecond times, raw amounts) as decimal strings.',
  };
}

/** Error detail for a string (or member name) that holds a lone UTF-16 surrogate. */
export function stringProblem(s: string, pointer: string, what: string): ErrorDetail {
  let index = 0;
  for (; index < s.length; index++) {
    const c = s.charCodeAt(index);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
      else break;
    } else if (c >= 0xdc00 && c <= 0xdfff) break;
  }
  const unit = s.charCodeAt(index).toString(16).toUpperCase();
  return {
    code: 'E_STRING',
    message: `${what} at ${show(pointer)} contains a lone UTF-16 surrogate U+${unit} at index ${index}; it has no UTF-8 encoding.`,
    pointer,
    hint: 'Repair the text before saving it (for example with String.prototype.toWellFormed()); it was probably cut in the middle of a character.',
  };
}

function notJson(pointer: string, what: string, hint: string): ErrorDetail {
  return { code: 'E_NOT_JSON', message: `At ${show(pointer)}: ${what}.`, pointer, hint };
}

function classProblem(v: object, pointer: string): ErrorDetail {
  const name = constructorName(v);
  let hint = 'Convert it to a plain object (or array) of JSON values first.';
  // Not toISOString(): it always writes milliseconds, and "…:00.000Z" is not the format's spelling of a time.
  if (v instanceof Date) hint = "Convert dates with toTimestamp(date) from 'state-checkpoint' (toISOString() writes \".000Z\", which the format does not accept).";
  else if (v instanceof Map) hint = 'Convert the Map to a plain object, e.g. with Object.fromEntries(map).';
  else if (v instanceof Set) hint = 'Convert the Set to an array, e.g. with [...set].';
  else if (ArrayBuffer.isView(v)) hint = 'Convert binary data to an array of numbers or a base64 string.';
  else if (v instanceof Number || v instanceof String || v instanceof Boolean) hint = 'Use the primitive value.';
  else if (isArray(v)) hint = 'Copy it into a plain array, e.g. with Array.from(value).';
  return notJson(pointer, `${name === undefined ? 'an object with a custom prototype' : `a ${name}`} is not plain JSON data`, hint);
}

function constructorName(v: object): string | undefined {
  try {
    const ctor = (getPrototypeOf(v) as { constructor?: unknown } | null)?.constructor;
    return typeof ctor === 'function' && ctor.name !== '' ? ctor.name : undefined;
  } catch {
    return undefined;
  }
}

function show(pointer: string): string {
  return pointer === '' ? 'the top level' : JSON.stringify(pointer);
}
