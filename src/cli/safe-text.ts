// Text from a checkpoint or a file name is data, never terminal instructions. Strategy and run names, member names,
// order ids and paths may hold any character; printed raw, ESC and C1 sequences would retitle the terminal, clear
// the screen or hide text, and a newline would forge an extra row of a table or an extra line of a CI log. Every
// text output of ckpt passes such strings through `safe`, which spells control characters out as escapes.
// (The JSON, GitHub and JUnit outputs escape by their own rules.)

// C0 controls, DEL, C1 controls, and the two Unicode line separators some terminals and log viewers honour.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text with every control character (newlines included) written as an escape. */
export function safe(s: string): string {
  return s.replace(CONTROL, escape);
}

/** Text of several lines: the newlines stay, every other control character is escaped. */
export function safeLines(s: string): string {
  return s
    .split('\n')
    .map((line) => safe(line))
    .join('\n');
}

/** A copy of a JSON-like value with every string (member names too) made safe, for the text renderers. */
export function safeDeep<T>(value: T): T {
  if (typeof value === 'string') return safe(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => safeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[safe(k)] = safeDeep(v);
    return out as T;
  }
  return value;
}
