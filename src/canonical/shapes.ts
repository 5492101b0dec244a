// Sorting member names is the one thing RFC 8785 asks of a serializer that JSON.stringify does not do. Checkpoints
// hold thousands of objects with the same members (fills, orders, positions), so the sort order is computed once per
// "shape" (the list of member names, in the order Object.keys gives them) and reused.
//
// For a shape seen more than once, a small copier function is generated that builds a new object literal with the
// members in canonical order. V8 creates such literals with a fixed hidden class, so copying is several times faster
// than adding properties one by one, and JSON.stringify then walks the copy on its fast path. Member names go into
// the generated source only through JSON.stringify, which yields a valid, inert string literal for any string.
// Where code generation is disabled (--disallow-code-generation-from-strings) the copy falls back to a loop.

/** Builds a copy of an object whose own enumerable members appear in canonical order. */
export type Copier = (source: Record<string, unknown>) => Record<string, unknown>;

export interface Shape {
  /** Member names in Object.keys order: the cache key. */
  readonly keys: readonly string[];
  /** The same names sorted by UTF-16 code units, as RFC 8785 §3.2.3 requires. */
  readonly sorted: readonly string[];
  /**
   * True when a copy would not keep `sorted` order, so the object must be written by hand: V8 always enumerates
   * array-index names ("0", "17", …) first in numeric order, and assigning "__proto__" sets the prototype instead
   * of creating a member. Any name starting with a digit counts, which over-approximates array indices safely.
   */
  readonly manual: boolean;
  /** The generated copier; undefined until the shape is seen twice; null when not generated. */
  copier: Copier | null | undefined;
}

const MAX_SHAPES = 2048;
const MAX_SHAPES_PER_SLOT = 4;
const MAX_CACHED_MEMBERS = 256;

let shapes = new Map<string, Shape[]>();
let shapeCount = 0;
let codegen = true;

/** The cached shape for `keys` (a fresh Object.keys result, non-empty). */
export function shapeOf(keys: readonly string[]): Shape {
  const n = keys.length;
  if (n > MAX_CACHED_MEMBERS) return newShape(keys); // big objects are rarely repeated; do not keep their names alive
  const slotKey = keys[0]!;
  const slot = shapes.get(slotKey);
  if (slot !== undefined) {
    for (let s = 0; s < slot.length; s++) {
      const shape = slot[s]!;
      const known = shape.keys;
      if (known.length !== n) continue;
      let i = 1;
      while (i < n && known[i] === keys[i]) i++;
      if (i === n) {
        if (shape.copier === undefined) shape.copier = makeCopier(shape);
        return shape;
      }
    }
  }
  const shape = newShape(keys);
  if (shapeCount >= MAX_SHAPES) {
    shapes = new Map(); // bounded memory: a document with endless distinct shapes just starts over
    shapeCount = 0;
  }
  const current = shapes.get(slotKey);
  if (current === undefined) shapes.set(slotKey, [shape]);
  else if (current.length < MAX_SHAPES_PER_SLOT) current.push(shape);
  else current[current.length - 1] = shape;
  shapeCount++;
  return shape;
}

function newShape(keys: readonly string[]): Shape {
  const sorted = keys.slice().sort();
  let manual = false;
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i]!;
    const c = key.charCodeAt(0);
    if ((c >= 0x30 && c <= 0x39) || key === '__proto__') {
      manual = true;
      break;
    }
  }
  return { keys, sorted, manual, copier: undefined };
}

function makeCopier(shape: Shape): Copier | null {
  if (!codegen || shape.manual) return null;
  let body = 'return {';
  for (const key of shape.sorted) {
    const literal = JSON.stringify(key);
    body += `${literal}: v[${literal}],`;
  }
  body += '};';
  try {
    return new Function('v', body) as Copier;
  } catch {
    codegen = false; // code generation from strings is disabled in this process
    return null;
  }
}

/** Copies `source` with members in `order` (a shape's `sorted`, which is never `manual` here). */
export function copyInOrder(source: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (let i = 0; i < order.length; i++) {
    const key = order[i]!;
    copy[key] = source[key];
  }
  return copy;
}
