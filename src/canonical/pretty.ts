// The human-readable file form of a value: the canonical text laid out with a 2-space indent.
//
// It is computed FROM the canonical text, so two values with the same canonical text always have the same pretty
// text, and member order, numbers and strings are exactly those of RFC 8785. The layout is the one
// JSON.stringify(value, null, 2) uses: one member or element per line, `"name": value`, empty containers as `{}`
// and `[]`, plus a final newline.
import { canonicalString } from './serialize.js';

const INDENT = '  ';
const indents: string[] = ['\n'];

function newline(depth: number): string {
  while (indents.length <= depth) indents.push(indents[indents.length - 1]! + INDENT);
  return indents[depth]!;
}

/** Deterministic pretty JSON text of `value` (canonical member order, 2-space indent, trailing "\n"). */
export function prettyCanonical(value: unknown): string {
  return layoutCanonical(canonicalString(value));
}

/**
 * Lays out canonical JSON text (which has no insignificant whitespace). Outside strings only the structural
 * characters matter; strings are skipped whole, so their content is copied untouched.
 */
export function layoutCanonical(canonical: string): string {
  const n = canonical.length;
  let out = '';
  let depth = 0;
  let runStart = 0; // start of the text not yet copied to `out`
  let i = 0;
  while (i < n) {
    const c = canonical.charCodeAt(i);
    switch (c) {
      case 0x22: // '"': jump past the closing quote, which is preceded by an even number of backslashes
        i = stringEnd(canonical, i);
        continue;
      case 0x7b: // '{'
      case 0x5b: {
        // '['
        const next = canonical.charCodeAt(i + 1);
        if (next === c + 2) {
          i += 2; // empty container: '{}' or '[]' stays on one line
          continue;
        }
        out += canonical.slice(runStart, i + 1) + newline(++depth);
        break;
      }
      case 0x7d: // '}'
      case 0x5d: // ']'
        out += canonical.slice(runStart, i) + newline(--depth) + canonical[i];
        break;
      case 0x2c: // ','
        out += canonical.slice(runStart, i) + ',' + newline(depth);
        break;
      case 0x3a: // ':'
        out += canonical.slice(runStart, i) + ': ';
        break;
      default:
        i++;
        continue;
    }
    i++;
    runStart = i;
  }
  return out + canonical.slice(runStart) + '\n';
}

function stringEnd(text: string, open: number): number {
  let q = text.indexOf('"', open + 1);
  for (;;) {
    let b = q - 1;
    while (text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    q = text.indexOf('"', q + 1);
  }
}
