// The human-readable file form of a value: canonical member order, numbers and strings exactly as RFC 8785 writes
// them, laid out as JSON.stringify(value, null, 2) lays out JSON (one member or element per line, `"name": value`,
// empty containers as `{}` and `[]`), plus a final newline.
//
// It is the canonical text with whitespace added: the native JSON.stringify writes the same prepared value that
// canonicalString writes, with a 2-space indent; where canonicalString had to write a fragment by hand, the
// canonical text itself is laid out (layoutCanonical). Either way two values with the same canonical text get the
// same pretty text.
import { checked, prepare, primitive, Written } from './serialize.js';

/** Deterministic pretty JSON text of `value` (canonical member order, 2-space indent, trailing "\n"). */
export function prettyCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return primitive(value) + '\n';
  const prepared = prepare(value);
  if (prepared instanceof Written) return checked(layoutCanonical(prepared.text), value);
  return checked((JSON.stringify(prepared, null, 2) as string) + '\n', value);
}

const INDENT = '  ';
const newlines: string[] = ['\n'];

function newline(depth: number): string {
  while (newlines.length <= depth) newlines.push(newlines[newlines.length - 1]! + INDENT);
  return newlines[depth]!;
}

/**
 * Lays out canonical JSON text (which has no insignificant whitespace) exactly as JSON.stringify(…, null, 2)
 * would. Outside strings only the structural characters matter; strings are skipped whole, so their content is
 * copied untouched.
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
        if (canonical.charCodeAt(i + 1) === c + 2) {
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
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    let b = q - 1;
    while (text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
  }
  return text.length;
}
