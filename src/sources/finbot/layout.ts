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

function render(v: PyJson, indent: string, nl: string, out: string[]): void {
  if (v === null) out.push('null');
  else if (v === true) out.push('true');
  else if (v === false) out.push('false');
  else if (typeof v === 'string') out.push(pyString(v));
  else if (typeof v === 'number') {
    // finbot writes no numbers (amounts are strings); integers are spelled alike in both languages, floats are not.
    if (!Number.isSafeInteger(v)) throw new RangeError(`renderPython: ${v} is not an integer; Python's float repr is not implemented`);
    out.push(String(v));
  } else if (Array.isArray(v)) {
    if (v.length === 0) return void out.push('[]');
    const inner = indent + '  ';
    out.push('[');
    v.forEach((x, i) => {
      out.push(i === 0 ? nl + inner : ',' + nl + inner);
      render(x, inner, nl, out);
    });
    out.push(nl + indent + ']');
  } else {
    const inner = indent + '  ';
    let first = true;
    for (const [k, x] of entries(v as PyObject)) {
      out.push(first ? '{' + nl + inner : ',' + nl + inner, pyString(k), ': ');
      render(x, inner, nl, out);
      first = false;
    }
    out.push(first ? '{}' : nl + indent + '}');
  }
}

/** json.dumps(value, indent=2) in Python, with `newline` for line ends ("\r\n": a text-mode file written on Windows). */
export function renderPython(value: PyJson, newline: '\n' | '\r\n' = '\n'): string {
  const out: string[] = [];
  render(value, '', newline, out);
  return out.join('');
}
