import { describe, expect, it } from 'vitest';
import { decodeText, parseBytes } from '../../src/json/index.js';
import { caught } from '../canonical/helpers.js';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8, including astral characters', () => {
    expect(decodeText(utf8('{"€":"\u{1f600}"}'))).toBe('{"€":"\u{1f600}"}');
    expect(decodeText(bytes())).toBe('');
  });

  it('rejects a UTF-8 byte-order mark and says to remove it', () => {
    const e = caught(() => decodeText(utf8('\ufeff{}')));
    expect([e.code, e.offset]).toEqual(['E_ENCODING', 0]);
    expect(e.message).toContain('byte-order mark');
    expect(e.hint).toContain('Remove the byte-order mark');
  });

  it('rejects UTF-16LE text without a byte-order mark as looking like UTF-16', () => {
    const e = caught(() => decodeText(new Uint8Array(Buffer.from('{"a":1}', 'utf16le'))));
    expect([e.code, e.offset]).toEqual(['E_ENCODING', 0]);
    expect(e.message).toContain('UTF-16LE');
  });

  it('rejects UTF-16BE text and UTF-16 byte-order marks', () => {
    expect(caught(() => decodeText(bytes(0x00, 0x7b, 0x00, 0x7d))).message).toContain('UTF-16BE');
    expect(caught(() => decodeText(bytes(0xff, 0xfe, 0x7b, 0x00))).message).toContain('UTF-16LE (with a byte-order mark)');
    expect(caught(() => decodeText(bytes(0xfe, 0xff, 0x00, 0x7b))).message).toContain('UTF-16BE (with a byte-order mark)');
  });

  it('rejects UTF-32 text', () => {
    expect(caught(() => decodeText(bytes(0x7b, 0, 0, 0, 0x7d, 0, 0, 0))).message).toContain('UTF-32LE');
    expect(caught(() => decodeText(bytes(0, 0, 0, 0x7b))).message).toContain('UTF-32BE');
  });

  it('rejects invalid UTF-8 (C3 28) with the byte offset in the message and the character offset', () => {
    const e = caught(() => decodeText(bytes(0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d)));
    expect([e.code, e.offset]).toEqual(['E_ENCODING', 2]);
    expect(e.message).toContain('byte offset 2');
    expect(e.message).toContain('C3 28');
  });

  it('counts the character offset of invalid UTF-8 in UTF-16 code units after multi-byte characters', () => {
    // "é😀\n" is 2 + 4 + 1 bytes, 1 + 2 + 1 UTF-16 code units
    const input = new Uint8Array([...utf8('é\u{1f600}\n'), 0xff]);
    const e = caught(() => decodeText(input));
    expect([e.code, e.offset]).toEqual(['E_ENCODING', 4]);
    expect(e.message).toContain('byte offset 7');
    expect(e.message).toContain('line 2, column 1');
  });

  it('rejects truncated sequences, overlong forms, encoded surrogates and code points beyond U+10FFFF', () => {
    const cases: [number[], number][] = [
      [[0x61, 0xe2, 0x82], 1], // truncated €
      [[0xc0, 0xaf], 0], // overlong '/'
      [[0xe0, 0x80, 0xaf], 0], // overlong
      [[0x61, 0xed, 0xa0, 0x80], 1], // U+D800
      [[0xf4, 0x90, 0x80, 0x80], 0], // U+110000
      [[0x61, 0x80], 1], // lone continuation byte
      [[0xf8, 0x88, 0x80, 0x80, 0x80], 0], // 5-byte form
    ];
    for (const [b, at] of cases) {
      const e = caught(() => decodeText(new Uint8Array(b)));
      expect([e.code, e.message.includes(`byte offset ${at} `)]).toEqual(['E_ENCODING', true]);
    }
  });
});

describe('parseBytes', () => {
  it('decodes then parses strictly', () => {
    expect(parseBytes(utf8('{"a":[1,"é"]}'))).toEqual({ a: [1, 'é'] });
    expect(caught(() => parseBytes(utf8('{"a":1,"a":2}'))).code).toBe('E_DUPLICATE_KEY');
    expect(caught(() => parseBytes(bytes(0xef, 0xbb, 0xbf, 0x31))).code).toBe('E_ENCODING');
  });
});
