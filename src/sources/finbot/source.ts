// What a finbot file says beyond its JSON value: the order of its positions map and its layout (line ends, and
// whether it is byte for byte what finbot's json.dump writes), read from the file's own text.
import { parseTree } from 'jsonc-parser';
import type { FinbotExecutionCheckpoint } from './format.js';
import { inSerializerOrder } from './format.js';
import { renderPython } from './layout.js';

export interface SourceLayout {
  /** Symbols of `positions` in file order. */
  readonly positionsOrder: readonly string[];
  readonly newline: '\n' | '\r\n';
  /** True when the text is exactly renderPython of the value (finbot's layout, with these line ends). */
  readonly exact: boolean;
}

/**
 * The positions map of finbot's own layout, read off the text without a second parse: the top-level member starts a
 * line with two spaces of indent, and each symbol a line with four. Values are decimal strings, so no nesting.
 */
function positionsInLayout(text: string): string[] | undefined {
  const start = /(?:^|\n)  "positions": (\{\}|\{\r?\n)/.exec(text);
  if (!start) return undefined;
  if (start[1] === '{}') return [];
  const from = start.index + start[0].length;
  const end = text.indexOf('\n  }', from);
  if (end < 0) return undefined;
  const keys: string[] = [];
  const line = /^    ("(?:[^"\\]|\\.)*"): "[^"\\]*",?\r?$/gm;
  const body = text.slice(from, end);
  for (const m of body.matchAll(line)) keys.push(JSON.parse(m[1]!) as string);
  return keys;
}

function positionsOrderOf(text: string): string[] {
  const fast = positionsInLayout(text);
  if (fast !== undefined) return fast;
  const root = parseTree(text);
  const member = root?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === 'positions');
  const map = member?.children?.[1];
  if (map?.type !== 'object') return [];
  return (map.children ?? []).map((p) => String(p.children?.[0]?.value));
}

/** The layout of `text`, the file `doc` was parsed from; without a text (an object given to the API), finbot's layout in object order. */
export function sourceLayout(doc: FinbotExecutionCheckpoint, text: string | undefined): SourceLayout {
  if (text === undefined) return { positionsOrder: Object.keys(doc.positions), newline: '\n', exact: true };
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const positionsOrder = positionsOrderOf(text);
  return { positionsOrder, newline, exact: renderPython(inSerializerOrder(doc, positionsOrder), newline) === text };
}
