import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../../src/canonical/index.js';
import type { CheckpointError } from '../../src/errors/index.js';
import { decodeText, parseStrict } from '../../src/json/index.js';
import { caught } from '../canonical/helpers.js';

function rejects(text: string, code: string, where: { offset: number; pointer?: string; line?: number; column?: number }): CheckpointError {
  const e = caught(() => parseStrict(text));
  expect(e.code).toBe(code);
  expect(e.offset).toBe(where.offset);
  if (where.pointer !== undefined) expect(e.pointer).toBe(where.pointer);
  if (where.line !== undefined) expect(e.message).toContain(`line ${where.line}, column ${where.column}`);
  expect(e.hint).toBeTruthy();
  return e;
}

describe('parseStrict accepts', () => {
  it('valid JSON and returns what JSON.parse returns', () => {
    for (const text of ['{"a":[1,2.5,-0,1e21,"x\\"y"],"b":{"c":null,"d":true}}', '  [ ]\n', '"s"', '0', '{"__proto__":{"x":1}}']) {
      expect(parseStrict(text)).toEqual(JSON.parse(text));
    }
  });

  it('colons, braces, brackets and escaped quotes inside strings', () => {
    const text = '{"a:b":"{[:]}\\":","\\\\":"\\\\\\"","c":["]",":"]}';
    expect(parseStrict(text)).toEqual(JSON.parse(text));
  });

  it('the largest safe integers and large numbers written with a fraction or exponent that are not integers', () => {
    expect(parseStrict('[9007199254740991,-9007199254740991,1e21,123456789012345678901234567890e-20,0.12345678901234567890]')).toEqual([
      9007199254740991, -9007199254740991, 1e21, 1234567890.1234567, 0.1234567890123456789,
    ]);
  });

  it(`${MAX_DEPTH} nested containers`, () => {
    const text = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH);
    expect(JSON.stringify(parseStrict(text))).toBe(text);
  });

  it('a member named "__proto__" as an own member', () => {
    const value = parseStrict('{"__proto__":[1]}') as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('surrogate pairs written as escapes, and text that only looks like a surrogate escape', () => {
    expect(parseStrict('["\\ud83d\\ude00","\\\\ud800"]')).toEqual(['\u{1f600}', '\\ud800']);
  });
});

describe('parseStrict rejects syntax errors (E_PARSE) with offset, line and column', () => {
  it('rejects truncated text at its end', () => {
    const e = rejects('{"a": [1, 2', 'E_PARSE', { offset: 11, line: 1, column: 12 });
    expect(e.hint).toContain('truncated');
  });

  it('rejects NaN', () => {
    expect(rejects('{"a": NaN}', 'E_PARSE', { offset: 6, line: 1, column: 7 }).message).toContain('NaN');
  });

  it('rejects Infinity and -Infinity', () => {
    expect(rejects('[Infinity]', 'E_PARSE', { offset: 1 }).message).toContain('Infinity');
    expect(rejects('[1,\n-Infinity]', 'E_PARSE', { offset: 4, line: 2, column: 1 }).message).toContain('-Infinity');
  });

  it('rejects empty input', () => {
    expect(rejects('', 'E_PARSE', { offset: 0, line: 1, column: 1 }).message).toContain('empty');
  });

  it('rejects whitespace-only input', () => {
    expect(rejects(' \n\t\r\n ', 'E_PARSE', { offset: 6, line: 3, column: 2 }).message).toContain('empty');
  });

  it('rejects trailing garbage after the value', () => {
    expect(rejects('{"a":1}\n x', 'E_PARSE', { offset: 9, line: 2, column: 2 }).message).toContain('after the JSON value');
    rejects('[1]]', 'E_PARSE', { offset: 3 });
  });

  it('rejects a trailing comma, reported at the comma', () => {
    expect(rejects('[1,2,]', 'E_PARSE', { offset: 4 }).message).toContain('trailing comma');
    expect(rejects('{"a":1,\n}', 'E_PARSE', { offset: 6 }).message).toContain('trailing comma');
  });

  it('rejects comments', () => {
    expect(rejects('[1 // one\n]', 'E_PARSE', { offset: 3 }).message).toContain('comment');
    rejects('/* c */ 1', 'E_PARSE', { offset: 0 });
  });

  it('rejects single-quoted strings', () => {
    expect(rejects("{'a':1}", 'E_PARSE', { offset: 1 }).hint).toContain('double quotes');
  });

  it('rejects whitespace other than space, tab, LF and CR', () => {
    rejects('[1,\u00a02]', 'E_PARSE', { offset: 3 });
    rejects('\f1', 'E_PARSE', { offset: 0 });
    rejects('[1,\u20282]', 'E_PARSE', { offset: 3 });
  });

  it('rejects a BOM character at the start of text', () => {
    expect(rejects('\ufeff{}', 'E_PARSE', { offset: 0 }).hint).toContain('byte-order mark');
  });

  it('rejects raw control characters and line breaks in strings at the character', () => {
    expect(rejects('["ab\u0001"]', 'E_PARSE', { offset: 4 }).message).toContain('U+0001');
    expect(rejects('["a\nb"]', 'E_PARSE', { offset: 3 }).message).toContain('line break');
  });

  it('rejects invalid escapes, leading zeros, incomplete numbers and a missing colon', () => {
    expect(rejects('["a\\x"]', 'E_PARSE', { offset: 3 }).message).toContain('\\x');
    expect(rejects('["\\u12G4"]', 'E_PARSE', { offset: 2 }).message).toContain('\\u12G4');
    expect(rejects('[01]', 'E_PARSE', { offset: 1 }).message).toContain('leading zero');
    rejects('[1.]', 'E_PARSE', { offset: 1 });
    rejects('[-]', 'E_PARSE', { offset: 1 });
    rejects('{"a" 1}', 'E_PARSE', { offset: 5 });
  });

  it('rejects an unterminated string at its start', () => {
    rejects('{"a":"xyz', 'E_PARSE', { offset: 5 });
  });

  it('keeps JSON.parse’s error as the cause', () => {
    expect(caught(() => parseStrict('[')).cause).toBeInstanceOf(SyntaxError);
  });
});

describe('parseStrict rejects repeated member names (E_DUPLICATE_KEY)', () => {
  it('rejects a duplicate member name with its pointer and the offset of the second occurrence', () => {
    const e = rejects('{"a":1,"a":2}', 'E_DUPLICATE_KEY', { offset: 7, pointer: '/a', line: 1, column: 8 });
    expect(e.message).toContain('first at line 1, column 2');
  });

  it('rejects names that are equal after decoding escapes ("a" and "\\u0061")', () => {
    rejects('{"a":1,"\\u0061":2}', 'E_DUPLICATE_KEY', { offset: 7, pointer: '/a' });
  });

  it('rejects a nested duplicate with the pointer of the repeated member', () => {
    const text = '{\n  "x": [\n    {"b": 1},\n    {"q": {"b": 1, "~/": 2, "~/": 3}}\n  ]\n}';
    rejects(text, 'E_DUPLICATE_KEY', { offset: text.lastIndexOf('"~/"'), pointer: '/x/1/q/~0~1', line: 4, column: 29 });
  });

  it('accepts the same name in different objects', () => {
    expect(parseStrict('[{"a":1},{"a":2,"b":{"a":3}}]')).toEqual([{ a: 1 }, { a: 2, b: { a: 3 } }]);
  });
});

describe('parseStrict rejects inexact numbers (E_NUMBER)', () => {
  it('rejects 9007199254740993 as a literal beyond ±(2^53−1)', () => {
    rejects('9007199254740993', 'E_NUMBER', { offset: 0, pointer: '' });
    rejects('[9007199254740992]', 'E_NUMBER', { offset: 1, pointer: '/0' });
  });

  it('rejects -9007199254740993 with its pointer', () => {
    rejects('{"n": -9007199254740993}', 'E_NUMBER', { offset: 6, pointer: '/n', line: 1, column: 7 });
  });

  it('rejects 9007199254740993.0, an integer value beyond ±(2^53−1) written with a fraction', () => {
    const e = rejects('{"a":[0,\n 9007199254740993.0]}', 'E_NUMBER', { offset: 10, pointer: '/a/1', line: 2, column: 2 });
    expect(e.message).toContain('9007199254740993.0');
  });

  it('rejects a 30-digit integer literal (which would read as 1.2e29)', () => {
    rejects('{"id": 123456789012345678901234567890}', 'E_NUMBER', { offset: 7, pointer: '/id' });
  });

  it('rejects 1e400, which JSON.parse reads as Infinity', () => {
    expect(rejects('[1, 1e400]', 'E_NUMBER', { offset: 4, pointer: '/1' }).message).toContain('1e400');
    rejects('-1E+400', 'E_NUMBER', { offset: 0, pointer: '' });
  });

  it('reports a syntax error before a big integer', () => {
    rejects('[12345678901234567890,]', 'E_PARSE', { offset: 21 });
  });
});

describe('parseStrict rejects lone surrogates (E_STRING)', () => {
  it('rejects an escaped lone surrogate "\\ud800" with its pointer and offset', () => {
    rejects('"\\ud800"', 'E_STRING', { offset: 0, pointer: '' });
    rejects('{"s": ["ok", "x\\uDC00"]}', 'E_STRING', { offset: 13, pointer: '/s/1' });
  });

  it('rejects a lone surrogate in a member name', () => {
    expect(caught(() => parseStrict('{"\\ud800": 1}')).code).toBe('E_STRING');
  });

  it('rejects a raw lone surrogate in the text', () => {
    rejects('["\ud800"]', 'E_STRING', { offset: 1, pointer: '/0' });
  });
});

describe('parseStrict rejects deep nesting (E_DEPTH) before parsing', () => {
  it(`rejects ${MAX_DEPTH + 1} nested containers at the innermost one`, () => {
    const text = '{"a":' + '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) + '}';
    rejects(text, 'E_DEPTH', { offset: 5 + MAX_DEPTH - 1, pointer: '/a' + '/0'.repeat(MAX_DEPTH - 1) });
  });

  it('rejects 100000 nested containers without a crash', () => {
    rejects('['.repeat(100_000) + ']'.repeat(100_000), 'E_DEPTH', { offset: MAX_DEPTH, pointer: '/0'.repeat(MAX_DEPTH) });
    rejects('{"a":'.repeat(100_000), 'E_DEPTH', { offset: 5 * MAX_DEPTH, pointer: '/a'.repeat(MAX_DEPTH) });
  });
});

describe('argument checks', () => {
  it('rejects a non-string given to parseStrict and non-bytes given to decodeText with E_ARGUMENT', () => {
    expect(caught(() => parseStrict(42 as unknown as string)).code).toBe('E_ARGUMENT');
    expect(caught(() => decodeText('{}' as unknown as Uint8Array)).code).toBe('E_ARGUMENT');
  });
});
