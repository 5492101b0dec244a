import { describe, expect, it } from 'vitest';
import { lineColumn, locate, locator } from '../../src/json/index.js';

describe('lineColumn', () => {
  it('counts 1-based lines and columns in UTF-16 code units', () => {
    const text = 'ab\ncd\r\nef\rg\u{1f600}h';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 7)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, 10)).toEqual({ line: 4, column: 1 });
    expect(lineColumn(text, 13)).toEqual({ line: 4, column: 4 }); // after g and the two units of 😀
  });

  it('clamps offsets outside the text', () => {
    expect(lineColumn('a\nb', -5)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('a\nb', 99)).toEqual({ line: 2, column: 2 });
  });
});

describe('locate', () => {
  const text = '{\n  "a": [10, {"b~/": "x"}],\n  "c": {"d": null},\n  "": 1\n}';

  it('finds the value at a pointer', () => {
    expect(locate(text, '')).toEqual({ offset: 0, line: 1, column: 1 });
    expect(locate(text, '/a')).toEqual({ offset: 9, line: 2, column: 8 });
    expect(locate(text, '/a/0')).toEqual({ offset: 10, line: 2, column: 9 });
    expect(locate(text, '/a/1/b~0~1')).toEqual({ offset: 22, line: 2, column: 21 });
    expect(locate(text, '/c/d')).toMatchObject({ line: 3, column: 14 });
    expect(locate(text, '/')).toMatchObject({ line: 4, column: 7 });
  });

  it('gives the enclosing value for a missing member or index', () => {
    expect(locate(text, '/c/missing')).toEqual(locate(text, '/c'));
    expect(locate(text, '/a/7')).toEqual(locate(text, '/a'));
    expect(locate(text, '/a/-')).toEqual(locate(text, '/a'));
    expect(locate(text, '/a/0/deeper')).toEqual(locate(text, '/a/0'));
  });

  it('returns undefined for a malformed pointer or for text that is not JSON at all', () => {
    expect(locate(text, 'a')).toBeUndefined();
    expect(locate('', '')).toBeUndefined();
  });
});

describe('locator', () => {
  it('locates many pointers in one parsed text, with the same results as locate and lineColumn', () => {
    const text = '{\r\n"a": [1,\r2,\n3],\n  "b": {"c": "\u{1f600}", "d": 4}}';
    const at = locator(text);
    for (const pointer of ['', '/a', '/a/0', '/a/1', '/a/2', '/b', '/b/c', '/b/d', '/b/x', '/zz']) {
      const position = at(pointer);
      expect(position).toEqual(locate(text, pointer));
      expect(position).toMatchObject(lineColumn(text, position!.offset));
    }
    expect(at('/a/2')).toEqual({ offset: 15, line: 4, column: 1 });
  });
});
