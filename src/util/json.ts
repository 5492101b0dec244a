// Small helpers for plain JSON data: deep equality that agrees with canonical bytes, deep copies, and a
// minimal RFC 6902 diff/apply used by lossless migrations.
import { CheckpointError } from '../errors/index.js';
import { appendPointer, parsePointer } from './pointer.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Structural equality with the canonical form's semantics (so -0 equals 0, key order is irrelevant). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.hasOwn(b, k) || !jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Sets a member as data, never as a setter: assigning "__proto__" would change the prototype instead. */
export function defineMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function deepCopy<T>(v: T): T {
  return structuredClone(v);
}

export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

/**
 * Operations that turn `from` into `to`. Deterministic: members are visited in sorted order and arrays
 * of equal length element by element, so equal inputs always give byte-identical patches.
 */
export function diff(from: unknown, to: unknown, path = '', ops: PatchOp[] = []): PatchOp[] {
  if (jsonEqual(from, to)) return ops;
  if (isPlainObject(from) && isPlainObject(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    for (const k of keys) {
      const p = appendPointer(path, k);
      if (!Object.hasOwn(to, k)) ops.push({ op: 'remove', path: p });
      else if (!Object.hasOwn(from, k)) ops.push({ op: 'add', path: p, value: deepCopy(to[k]) });
      else diff(from[k], to[k], p, ops);
    }
    return ops;
  }
  if (Array.isArray(from) && Array.isArray(to) && from.length === to.length) {
    for (let i = 0; i < from.length; i++) diff(from[i], to[i], appendPointer(path, i), ops);
    return ops;
  }
  ops.push({ op: 'replace', path, value: deepCopy(to) });
  return ops;
}

function patchError(op: PatchOp, why: string): never {
  throw new CheckpointError({
    code: 'E_MIGRATION',
    pointer: op.path,
    message: `cannot apply legacy patch operation ${op.op} ${op.path}: ${why}`,
    hint: 'the legacy record no longer matches this document (was the document edited after it was upgraded?)',
  });
}

/** Applies RFC 6902 add/replace/remove operations to a copy of `doc`. */
export function applyPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  let root: unknown = deepCopy(doc);
  for (const op of ops) {
    const segments = parsePointer(op.path);
    if (segments.length === 0) {
      if (op.op === 'remove') patchError(op, 'cannot remove the whole document');
      root = deepCopy((op as { value: unknown }).value);
      continue;
    }
    let parent: unknown = root;
    for (const s of segments.slice(0, -1)) {
      if (Array.isArray(parent) && /^(0|[1-9][0-9]*)$/.test(s) && Number(s) < parent.length) parent = parent[Number(s)];
      else if (isPlainObject(parent) && Object.hasOwn(parent, s)) parent = parent[s];
      else patchError(op, `no value at segment "${s}"`);
    }
    const last = segments[segments.length - 1]!;
    if (Array.isArray(parent)) {
      const append = last === '-' && op.op === 'add';
      const idx = append ? parent.length : /^(0|[1-9][0-9]*)$/.test(last) ? Number(last) : -1;
      const max = op.op === 'add' ? parent.length : parent.length - 1;
      if (idx < 0 || idx > max) patchError(op, `array index "${last}" is out of range`);
      if (op.op === 'add') parent.splice(idx, 0, deepCopy(op.value));
      else if (op.op === 'replace') parent[idx] = deepCopy(op.value);
      else parent.splice(idx, 1);
    } else if (isPlainObject(parent)) {
      if (op.op !== 'add' && !Object.hasOwn(parent, last)) patchError(op, `member "${last}" does not exist`);
      if (op.op === 'remove') delete parent[last];
      else defineMember(parent, last, deepCopy(op.value));
    } else patchError(op, 'the parent is not a container');
  }
  return root as T;
}
