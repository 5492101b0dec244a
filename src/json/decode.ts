// Bytes to text. Checkpoint files are UTF-8 without a byte-order mark (RFC 8259 §8.1); anything else is rejected
// with E_ENCODING and a message that says what the bytes look like instead.
import { Buffer } from 'node:buffer';
import { fail } from '../errors/index.js';
import { lineColumn } from './position.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

const CONVERT_HINT = 'Convert the file to UTF-8 without a byte-order mark.';

/** Decodes UTF-8 bytes to a string. Throws E_ENCODING for a BOM, UTF-16/32 text, or invalid UTF-8. */
export function decodeText(input: Uint8Array): string {
  assertUtf8Start(input);
  try {
    return strict.decode(input);
  } catch {
    return invalidUtf8(input);
  }
}

/**
 * The checks of decodeText that look only at the first bytes: a Uint8Array, no byte-order mark, not UTF-16/32.
 * Throws E_ARGUMENT or E_ENCODING.
 */
export function assertUtf8Start(input: Uint8Array): void {
  if (!(input instanceof Uint8Array)) fail('E_ARGUMENT', 'decodeText expects a Uint8Array (or Buffer).');
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    fail('E_ENCODING', 'The text starts with a UTF-8 byte-order mark (bytes EF BB BF).', {
      offset: 0,
      hint: 'Remove the byte-order mark; checkpoint files are UTF-8 without one.',
    });
  }
  const wide = wideEncoding(input);
  if (wide !== undefined) {
    fail('E_ENCODING', `The bytes look like ${wide} text, not UTF-8.`, { offset: 0, hint: CONVERT_HINT });
  }
}

/**
 * The same JSON text as decodeText(bytes), with every non-ASCII character (which may stand only inside strings)
 * written as a \u escape, so that it is a one-byte JavaScript string. V8 stores a string with even one character
 * above U+00FF as two bytes per character, which makes decoding and JSON.parse of a whole checkpoint about 15%
 * slower; the escaped text parses to exactly the same value.
 *
 * `leads`: the offsets of the lead bytes of all non-ASCII characters, in order (scanCanonical records them). The
 * bytes must be valid UTF-8 (isUtf8), and every non-ASCII character must be inside a string — true of any text
 * JSON.parse accepts, so a caller parses the result and falls back to decodeText when that fails.
 */
export function oneByteText(bytes: Uint8Array, leads: readonly number[]): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (leads.length === 0) return b.toString('latin1');
  let text = '';
  let from = 0;
  for (let k = 0; k < leads.length; k++) {
    const at = leads[k]!;
    const lead = b[at]!;
    const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    let cp = lead & (size === 4 ? 0x07 : size === 3 ? 0x0f : 0x1f);
    for (let i = 1; i < size; i++) cp = (cp << 6) | (b[at + i]! & 0x3f);
    text += b.toString('latin1', from, at) + escapeCodePoint(cp);
    from = at + size;
  }
  return text + b.toString('latin1', from);
}

function escapeCodePoint(cp: number): string {
  if (cp < 0x10000) return `\\u${cp.toString(16).padStart(4, '0')}`;
  const v = cp - 0x10000;
  return `\\u${(0xd800 + (v >> 10)).toString(16)}\\u${(0xdc00 + (v & 0x3ff)).toString(16)}`;
}

/** Recognizes UTF-16 and UTF-32 by their byte-order marks, or by the zero bytes around ASCII characters. */
function wideEncoding(b: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'UTF-32BE (with a byte-order mark)';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'UTF-32LE (with a byte-order mark)';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16BE (with a byte-order mark)';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16LE (with a byte-order mark)';
  if (b.length >= 4 && b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return 'UTF-32BE';
  if (b.length >= 4 && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return 'UTF-32LE';
  if (b.length >= 2 && b0 === 0 && b1 !== 0) return 'UTF-16BE';
  if (b.length >= 2 && b0 !== 0 && b1 === 0) return 'UTF-16LE';
  return undefined;
}

function invalidUtf8(input: Uint8Array): never {
  const at = firstInvalidSequence(input);
  const bad = at < 0 ? 0 : at;
  const shown = Array.from(input.subarray(bad, bad + 4), (x) => x.toString(16).toUpperCase().padStart(2, '0'));
  const prefix = lenient.decode(input.subarray(0, bad)); // valid UTF-8, so its length is the character offset
  const { line, column } = lineColumn(prefix, prefix.length);
  return fail(
    'E_ENCODING',
    `The bytes are not valid UTF-8: invalid sequence at byte offset ${bad} (line ${line}, column ${column}; bytes ${shown.join(' ')}).`,
    { offset: prefix.length, hint: `${CONVERT_HINT} The file may also be damaged.` },
  );
}

/** Byte offset where the first ill-formed UTF-8 sequence starts (Unicode Table 3-7), or -1. */
function firstInvalidSequence(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // no overlong forms
      else if (c === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // no overlong forms
      else if (c === 0xf4) hi = 0x8f; // nothing beyond U+10FFFF
    } else {
      return i; // a continuation byte without a lead, an overlong lead (C0, C1), or F5–FF
    }
    if (i + need >= n) return i;
    const second = b[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
