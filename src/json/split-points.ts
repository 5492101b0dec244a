// Where a reader may cut long containers to parse them piece by piece (CanonicalText.splits, pieces.ts), recorded
// while a scan (canonical-text.ts) or the rewrite into the canonical layout (canonical-layout.ts) walks the text.
// Both call the same four steps at the same events, in offsets of the canonical text: a container opens, a child
// follows a comma, a container closes, and the scan ends. Module state is safe: a scan runs to its end
// synchronously and starts with startSplits.
import { MAX_DEPTH } from '../canonical/limits.js';

/**
 * A JavaScript string longer than about 128 KB is allocated in fresh memory (V8's large-object space), which on
 * the development VM costs as much as parsing it: a reader keeps the strings it parses below this many bytes.
 */
export const PIECE = 48 * 1024;

/** How a container longer than PIECE bytes is cut into groups of children. */
export interface Split {
  /**
   * The offsets where its groups of children start (the first just after the bracket; each later one just after a
   * comma) and, last, the offset of its closing bracket. A child longer than PIECE is a group of its own.
   */
  readonly groups: number[];
  /** How many children it has: a reader makes an array of exactly that length instead of growing one. */
  readonly children: number;
}

/** Per open container: its opening bracket, its current child's start, where its last group starts. */
const openAt = new Int32Array(MAX_DEPTH + 1);
const childAt = new Int32Array(MAX_DEPTH + 1);
const groupAt = new Int32Array(MAX_DEPTH + 1);
/** Per open container: the next child starts a group (the previous one was longer than PIECE). */
const groupNext = new Uint8Array(MAX_DEPTH + 1);
/** Per open container, the starts of its groups after the first (which starts just after its bracket). */
const groups: number[][] = [];
const groupCount = new Int32Array(MAX_DEPTH + 1);
/** Per open container: its children so far. */
const childCount = new Int32Array(MAX_DEPTH + 1);
let splits: Map<number, Split> | null = null;
/** This scan's PIECE, and GROUP: a new group starts at the first child this many bytes after the last one's start. */
let piece = PIECE;
let group = PIECE / 2;

/** Starts recording for a new text, cutting containers longer than `pieceBytes`. */
export function startSplits(pieceBytes: number): void {
  splits = null;
  piece = pieceBytes;
  group = pieceBytes >> 1;
}

/** The containers recorded so far (the scan's result when it has ended), keyed by their opening bracket. */
export function recordedSplits(): Map<number, Split> | null {
  return splits;
}

/** A container that is not empty opens at `bracket`, at `depth` (its first child starts just after the bracket). */
export function openContainer(depth: number, bracket: number): void {
  openAt[depth] = bracket;
  childAt[depth] = bracket + 1;
  groupAt[depth] = bracket + 1;
  groupNext[depth] = 0;
  groupCount[depth] = 0;
  childCount[depth] = 1;
}

/** The next child of the container at `depth` starts at `at`, just after a comma. */
export function nextChild(depth: number, at: number): void {
  childAt[depth] = at;
  childCount[depth]!++;
  if (groupNext[depth] === 1 || at - groupAt[depth]! >= group) {
    addGroup(depth, at);
    groupAt[depth] = at;
    groupNext[depth] = 0;
  }
}

/** The container at `depth` closes at `close` (its closing bracket). */
export function closeContainer(depth: number, close: number): void {
  if (close - openAt[depth]! >= piece) closeLong(depth, close);
}

/** True when the container at `depth`, closing at `close`, is long enough to be cut. */
export function isLong(depth: number, close: number): boolean {
  return close - openAt[depth]! >= piece;
}

/**
 * Recomputes the groups of the object at `depth`, whose members were reordered (canonical-layout.ts): `starts`
 * are the offsets of its members in their new order, `long[k]` tells that member k's value is a long container.
 */
export function regroup(depth: number, starts: readonly number[], long: readonly boolean[]): void {
  groupCount[depth] = 0;
  let groupStart = starts[0]!;
  let next = false;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k]!;
    if (k > 0 && (next || at - groupStart >= group)) {
      addGroup(depth, at);
      groupStart = at;
      next = false;
    }
    if (long[k]) {
      // a long member's value: the member is a group of its own
      if (at !== groupStart) {
        addGroup(depth, at);
        groupStart = at;
      }
      next = true;
    }
  }
}

function addGroup(depth: number, at: number): void {
  (groups[depth] ??= [])[groupCount[depth]!++] = at;
}

/**
 * Keeps the groups of the container at `depth`, which closes at `close` and is longer than PIECE, and makes the
 * child of its parent that it is a group of its own.
 */
function closeLong(depth: number, close: number): void {
  const g = [openAt[depth]! + 1];
  const added = groups[depth]!;
  for (let k = 0; k < groupCount[depth]!; k++) g.push(added[k]!);
  g.push(close);
  (splits ??= new Map()).set(openAt[depth]!, { groups: g, children: childCount[depth]! });
  const parent = depth - 1;
  if (parent === 0) return;
  const child = childAt[parent]!;
  if (groupAt[parent] !== child) {
    addGroup(parent, child);
    groupAt[parent] = child;
  }
  groupNext[parent] = 1;
}
