// Python's json.dump(value, f, indent=2) with its defaults (ensure_ascii=True, separators ", " / ": " made
// ", " → "," at line ends by indent), byte for byte: how finbot lays out its checkpoint files. Objects are plain
// objects (members in insertion order) or Maps (for member names JavaScript would reorder, such as "7203").
export type PyJson = null | boolean | string | number | readonly PyJson[] | PyObject;
export type PyObject = ReadonlyMap<string, PyJson> | { readonly [name: string]: PyJson };

const SHORT: Record<number, string> = { 0x22: '\\"', 0x5c: '\\\\', 0x0a: '\\n', 0x0d: '\\r', 0x09: '\\t', 0x08: '\\b', 0x0c: '\\f' };

/** A string as json.dumps(ensure_ascii=True) writes it: every UTF-16 unit outside U+0020–U+007E escaped, lower-case hex. */
export function pyString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(start, i) + (SHORT[c] ?? '\\u' + c.toString(16).padStart(4, '0'));
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function entries(o: PyObject): Iterable<readonly [string, PyJson]> {
  return o instanceof Map ? o.entries() : Object.entries(o as Record<string, PyJson>);
}

// Built by string concatenation (V8 joins ropes cheaply) rather than an array of fragments: a 3 MB file is millions
// of fragments, and collecting them dominated the import's time.
function render(v: PyJson, indent: string, nl: string): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return pyString(v);
  if (typeof v === 'number') {
    // finbot writes no numbers (amounts are strings); integers are spelled alike in both languages, floats are not.
    if (!Number.isSafeInteger(v)) throw new RangeError(`renderPython: ${v} is not an integer; Python's float repr is not implemented`);
    return String(v);
  }
  const inner = indent + '  ';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    let out = '[' + nl + inner + render(v[0] as PyJson, inner, nl);
    for (let i = 1; i < v.length; i++) out += ',' + nl + inner + render(v[i] as PyJson, inner, nl);
    return out + nl + indent + ']';
  }
  let out = '';
  for (const [k, x] of entries(v as PyObject)) out += (out === '' ? '{' : ',') + nl + inner + pyString(k) + ': ' + render(x, inner, nl);
  return out === '' ? '{}' : out + nl + indent + '}';
}

/** json.dumps(value, indent=2) in Python, with `newline` for line ends ("\r\n": a text-mode file written on Windows). */
export function renderPython(value: PyJson, newline: '\n' | '\r\n' = '\n'): string {
  return render(value, '', newline);
}
