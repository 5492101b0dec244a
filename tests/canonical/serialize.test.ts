import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { canonicalString, prettyCanonical } from '../../src/canonical/index.js';
import { EDGE_NUMBERS } from './helpers.js';

describe('canonicalString', () => {
  it('writes numbers in ECMAScript form', () => {
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [1e-6, '0.000001'],
      [5e-324, '5e-324'],
      [9007199254740991, '9007199254740991'],
      [-9007199254740991, '-9007199254740991'],
      [1e300, '1e+300'],
      [0.1 + 0.2, '0.30000000000000004'],
      [333333333.33333329, '333333333.3333333'],
      [4.5, '4.5'],
      [1e-27, '1e-27'],
    ];
    for (const [n, text] of cases) expect(canonicalString(n)).toBe(text);
    for (const n of EDGE_NUMBERS) expect(canonicalString([n])).toBe(canonicalize([n]));
  });

  it('sorts member names by UTF-16 code units, not by code points', () => {
    // U+FB01 is one code unit 0xFB01; U+1F600 is the pair 0xD83D 0xDE00, which sorts first
    expect(canonicalString({ '\ufb01': 1, '\u{1f600}': 2 })).toBe('{"\u{1f600}":2,"\ufb01":1}');
    expect(canonicalString({ b: 1, a: 2, B: 3, '': 4 })).toBe('{"":4,"B":3,"a":2,"b":1}');
  });

  it('sorts index-like member names as strings, not as numbers', () => {
    const value = { '10': 'ten', '9': 'nine', '1': 'one', '': 'empty', '-1': 'minus', a: { '2': 2, '10': 10 } };
    expect(canonicalString(value)).toBe(
      '{"":"empty","-1":"minus","1":"one","10":"ten","9":"nine","a":{"10":10,"2":2}}',
    );
    expect(canonicalString([value, [value]])).toBe(canonicalize([value, [value]]));
  });

  it('keeps an own "__proto__" member as data', () => {
    const value = JSON.parse('{"z":1,"__proto__":{"x":[2]},"a":0}') as unknown;
    expect(canonicalString(value)).toBe('{"__proto__":{"x":[2]},"a":0,"z":1}');
    expect(canonicalString({ list: [value] })).toBe(canonicalize({ list: [value] }));
  });

  it('copies an object already in order whose children change (a map of positions) without reordering it', () => {
    // The spread clone of an in-order parent keeps Object.keys order; an own "__proto__" and index-like names
    // must stay data members in their places.
    const value = JSON.parse('{"1":{"b":1,"a":2},"__proto__":{"d":1,"c":2},"x":{"f":1,"e":2}}') as Record<string, unknown>;
    expect(canonicalString(value)).toBe('{"1":{"a":2,"b":1},"__proto__":{"c":2,"d":1},"x":{"e":2,"f":1}}');
    expect(Object.keys(value.x as object)).toEqual(['f', 'e']); // the caller's value is untouched
    const positions = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`S${String(i).padStart(4, '0')}`, { q: i, p: '1', c: 'USD' }]));
    expect(canonicalString(positions)).toBe(canonicalize(positions));
  });

  it('escapes strings exactly as RFC 8785 requires', () => {
    const s = '\u0000\u0001\b\t\n\f\r\u001f "\\/\u007f\u2028\u{1f600}</script>';
    expect(canonicalString(s)).toBe('"\\u0000\\u0001\\b\\t\\n\\f\\r\\u001f \\"\\\\/\u007f\u2028\u{1f600}</script>"');
  });

  it('accepts text that merely looks like a surrogate escape', () => {
    expect(canonicalString({ s: '\\ud800', t: '\\\\udc00x' })).toBe('{"s":"\\\\ud800","t":"\\\\\\\\udc00x"}');
  });

  it('accepts objects with a null prototype', () => {
    const o = Object.assign(Object.create(null) as Record<string, unknown>, { b: 1, a: [true, null] });
    expect(canonicalString(o)).toBe('{"a":[true,null],"b":1}');
  });

  it('writes a subtree shared by two parents twice (sharing is not a cycle)', () => {
    const shared = { y: 1, x: 2 };
    expect(canonicalString({ a: shared, b: [shared, shared] })).toBe('{"a":{"x":2,"y":1},"b":[{"x":2,"y":1},{"x":2,"y":1}]}');
  });

  it('never changes its input', () => {
    const freeze = (v: unknown): unknown => {
      if (v !== null && typeof v === 'object') {
        Object.values(v).forEach(freeze);
        Object.freeze(v);
      }
      return v;
    };
    const value = freeze({ z: [{ b: 1, a: 2 }], a: { d: { c: 1, b: 2 } }, '10': 1, '9': 2 });
    const before = JSON.stringify(value);
    expect(canonicalString(value)).toBe('{"10":1,"9":2,"a":{"d":{"b":2,"c":1}},"z":[{"a":2,"b":1}]}');
    expect(JSON.stringify(value)).toBe(before);
  });

  it('ignores symbol-keyed and non-enumerable properties, like JSON.stringify', () => {
    const o: Record<string | symbol, unknown> = { b: 1, a: 2, [Symbol('s')]: 3 };
    Object.defineProperty(o, 'hidden', { value: 4, enumerable: false });
    expect(canonicalString(o)).toBe('{"a":2,"b":1}');
  });

  it('writes large objects and many objects of one shape like canonicalize', () => {
    const wide: Record<string, number> = {};
    for (let i = 999; i >= 0; i--) wide[`k${i}`] = i;
    const rows = Array.from({ length: 50 }, (_, i) => ({ z: i, y: `${i}`, x: [i, { q: 1, p: 2 }], w: null }));
    const reordered = rows.map(({ w, x, y, z }) => ({ x, w, z, y }));
    const doc = { wide, rows, reordered, again: [wide, wide] };
    expect(canonicalString(doc)).toBe(canonicalize(doc));
    expect(canonicalString(doc)).toBe(canonicalize(doc)); // second call: cached shapes
  });

  it('writes top-level primitives', () => {
    expect(canonicalString(null)).toBe('null');
    expect(canonicalString(true)).toBe('true');
    expect(canonicalString(false)).toBe('false');
    expect(canonicalString('é')).toBe('"é"');
    expect(canonicalString([])).toBe('[]');
    expect(canonicalString({})).toBe('{}');
  });
});

describe('prettyCanonical', () => {
  it('writes sorted members with a 2-space indent and a final newline', () => {
    const value = { b: [1, { d: 'x', c: [] }], a: {}, '10': -0, '9': 1e21 };
    expect(prettyCanonical(value)).toBe(
      [
        '{',
        '  "10": 0,',
        '  "9": 1e+21,',
        '  "a": {},',
        '  "b": [',
        '    1,',
        '    {',
        '      "c": [],',
        '      "d": "x"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves strings with structural characters untouched', () => {
    const value = { 'k,{}': 'a:[1,2]\\"', s: '"{"' };
    expect(prettyCanonical(value)).toBe('{\n  "k,{}": "a:[1,2]\\\\\\"",\n  "s": "\\"{\\""\n}\n');
  });

  it('writes a top-level primitive on one line', () => {
    expect(prettyCanonical('x')).toBe('"x"\n');
    expect(prettyCanonical(12.5)).toBe('12.5\n');
  });
});
