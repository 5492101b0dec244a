// Source positions: from a character offset to line and column, and from a JSON pointer to a character offset.
//
// Offsets and columns count UTF-16 code units (JavaScript string indices), not bytes or code points: a character
// outside the Basic Multilingual Plane counts as 2. Lines and columns are 1-based. A line ends at LF, CR LF or a
// lone CR.
import { parseTree, type Node } from 'jsonc-parser';
import { parsePointer } from '../util/pointer.js';

export interface LineColumn {
  /** 1-based line number. */
  line: number;
  /** 1-based column, in UTF-16 code units from the start of the line. */
  column: number;
}

export interface SourcePosition extends LineColumn {
  /** 0-based offset in UTF-16 code units from the start of the text. */
  offset: number;
}

/** Line and column of a character offset (clamped to the text). */
export function lineColumn(text: string, offset: number): LineColumn {
  const end = Math.max(0, Math.min(Math.trunc(offset) || 0, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** "line 3, column 7", for messages. */
export function describePosition(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * The source position of the value at an RFC 6901 pointer in JSON text. When the pointer goes past what exists
 * (a missing member or index), the position of the deepest existing value on the way, e.g. the enclosing object.
 * Text with syntax errors is located as far as a tree can be built from it; returns undefined when none can be, or
 * when the pointer is malformed. With a repeated member name the
 * last occurrence counts, as for JSON.parse. Parses the text on every call: for many pointers into one text, use
 * `locator`.
 */
export function locate(text: string, pointer: string): SourcePosition | undefined {
  return locator(text)(pointer);
}

/**
 * Parses `text` once and returns a function that locates pointers in it, like `locate`. The syntax tree lives as
 * long as the returned function does.
 */
export function locator(text: string): (pointer: string) => SourcePosition | undefined {
  let lines: number[] | undefined; // offsets where lines start, computed on first use
  let root: Node | undefined;
  try {
    root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  } catch {
    root = undefined; // e.g. nesting too deep for jsonc-parser's recursive descent
  }
  return (pointer) => {
    if (root === undefined) return undefined;
    let segments: string[];
    try {
      segments = parsePointer(pointer);
    } catch {
      return undefined;
    }
    let node = root;
    for (const segment of segments) {
      const next = child(node, segment);
      if (next === undefined) break;
      node = next;
    }
    lines ??= lineStarts(text);
    return { offset: node.offset, ...lineColumnIn(lines, node.offset) };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

function lineColumnIn(starts: readonly number[], offset: number): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

function child(node: Node, segment: string): Node | undefined {
  const children = node.children;
  if (children === undefined) return undefined;
  if (node.type === 'object') {
    for (let i = children.length - 1; i >= 0; i--) {
      const member = children[i]!.children;
      if (member !== undefined && member.length === 2 && member[0]!.value === segment) return member[1];
    }
    return undefined;
  }
  if (node.type === 'array' && /^(?:0|[1-9][0-9]*)$/.test(segment)) return children[Number(segment)];
  return undefined;
}
