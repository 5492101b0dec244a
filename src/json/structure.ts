// A small, iterative walk over the structure of JSON text, used only on failure paths: to name the JSON pointer
// at a character offset, and to find a duplicated member name. It expects text that is valid JSON up to the point
// of interest (the preflight scan or JSON.parse has made sure of that) and never recurses, so nesting depth does
// not matter.
import { pointerOf } from '../util/pointer.js';

interface Frame {
  readonly isArray: boolean;
  /** Current element index (arrays). */
  index: number;
  /** Current member name (objects). */
  name: string;
  /** True right after '{' or ',' in an object: the next string is a member name. */
  expectName: boolean;
  /** Member names seen so far, with the offset of each (objects, duplicate search only). */
  seen: Map<string, number> | null;
}

interface Hooks {
  /** A value starts at `offset`; return true to stop. */
  value?(offset: number, frames: readonly Frame[]): boolean;
  /** A member name starts at `offset` (already set as the frame's `name`); return true to stop. */
  name?(name: string, offset: number, frame: Frame, frames: readonly Frame[]): boolean;
}

function walk(text: string, hooks: Hooks): void {
  const frames: Frame[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const top = frames[frames.length - 1];
    switch (c) {
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
      case 0x3a: // ':'
        i++;
        continue;
      case 0x7b: // '{'
      case 0x5b: // '['
        if (hooks.value?.(i, frames)) return;
        frames.push({ isArray: c === 0x5b, index: 0, name: '', expectName: c === 0x7b, seen: null });
        i++;
        continue;
      case 0x7d: // '}'
      case 0x5d: // ']'
        frames.pop();
        i++;
        continue;
      case 0x2c: // ','
        if (top !== undefined) {
          if (top.isArray) top.index++;
          else top.expectName = true;
        }
        i++;
        continue;
      case 0x22: {
        // '"'
        const end = stringEnd(text, i);
        if (top !== undefined && !top.isArray && top.expectName) {
          let name: string;
          try {
            name = JSON.parse(text.slice(i, end)) as string;
          } catch {
            return; // not valid JSON here: nothing more to learn
          }
          top.name = name;
          top.expectName = false;
          if (hooks.name?.(name, i, top, frames)) return;
        } else if (hooks.value?.(i, frames)) {
          return;
        }
        i = end;
        continue;
      }
      default: {
        // a number or a literal
        if (hooks.value?.(i, frames)) return;
        i++;
        while (i < n && !isDelimiter(text.charCodeAt(i))) i++;
      }
    }
  }
}

function isDelimiter(c: number): boolean {
  return (
    c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 ||
    c === 0x22 || c === 0x5b || c === 0x7b
  );
}

/** Offset just past the string that opens at `open` (or the text's end if it is not closed). */
export function stringEnd(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  while (q !== -1) {
    let b = q - 1;
    while (text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1; // an even number of backslashes: the quote is not escaped
    q = text.indexOf('"', q + 1);
  }
  return text.length;
}

function pointerOfFrames(frames: readonly Frame[]): string {
  return pointerOf(frames.map((f) => (f.isArray ? f.index : f.name)));
}

/** The JSON pointer of the value that starts at `offset` (or of the innermost value before it). */
export function pointerAtOffset(text: string, offset: number): string {
  let pointer = '';
  walk(text, {
    value(at, frames) {
      if (at > offset) return true;
      pointer = pointerOfFrames(frames);
      return at === offset;
    },
  });
  return pointer;
}

export interface DuplicateName {
  readonly name: string;
  /** Pointer of the repeated member. */
  readonly pointer: string;
  /** Offset of the second occurrence of the name. */
  readonly offset: number;
  /** Offset of the first occurrence. */
  readonly firstOffset: number;
}

/** The first member name (in text order) that repeats within its object, comparing decoded names. */
export function findDuplicateName(text: string): DuplicateName | undefined {
  let found: DuplicateName | undefined;
  walk(text, {
    name(name, offset, frame, frames) {
      const seen = (frame.seen ??= new Map());
      const firstOffset = seen.get(name);
      if (firstOffset === undefined) {
        seen.set(name, offset);
        return false;
      }
      found = { name, pointer: pointerOfFrames(frames), offset, firstOffset };
      return true;
    },
  });
  return found;
}
