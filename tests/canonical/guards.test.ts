import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertJsonValue, canonicalBytes, canonicalHash, canonicalString, MAX_DEPTH, prettyCanonical } from '../../src/canonical/index.js';
import { caught, nestedArrays } from './helpers.js';

/** Every public function that takes a value runs the same guards. */
const entryPoints: [string, (v: unknown) => unknown][] = [
  ['canonicalString', canonicalString],
  ['canonicalBytes', canonicalBytes],
  ['canonicalHash', canonicalHash],
  ['prettyCanonical', prettyCanonical],
  ['assertJsonValue', assertJsonValue],
];

function expectRejected(value: unknown, code: string, pointer: string): string {
  let message = '';
  for (const [name, fn] of entryPoints) {
    const e = caught(() => fn(value));
    expect([name, e.code, e.pointer]).toEqual([name, code, pointer]);
    expect(e.hint, name).toBeTruthy();
    message = e.message;
  }
  return message;
}

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

describe('number guard (E_NUMBER)', () => {
  it('rejects NaN with its pointer', () => {
    expectRejected({ a: [1, NaN] }, 'E_NUMBER', '/a/1');
  });

  it('rejects Infinity and -Infinity with their pointers', () => {
    expectRejected({ x: Infinity }, 'E_NUMBER', '/x');
    expectRejected([0, -Infinity], 'E_NUMBER', '/1');
    expectRejected(Infinity, 'E_NUMBER', '');
  });

  it('rejects integers beyond ±(2^53−1) that RFC 8785 writes without an exponent', () => {
    expectRejected({ id: 2 ** 53 }, 'E_NUMBER', '/id');
    expectRejected({ id: -(2 ** 53) }, 'E_NUMBER', '/id');
    expect(expectRejected([1e20], 'E_NUMBER', '/0')).toContain('100000000000000000000');
    expectRejected([999999999999999900000], 'E_NUMBER', '/0');
  });

  it('accepts ±(2^53−1) and numbers of magnitude 1e21 and above', () => {
    for (const n of [9007199254740991, -9007199254740991, 1e21, -1e21, 1e300, 1.5e21]) {
      expect(() => assertJsonValue({ n })).not.toThrow();
    }
    expect(canonicalString([1e21, -1e21])).toBe('[1e+21,-1e+21]');
  });
});

describe('string guard (E_STRING)', () => {
  it('rejects a lone high surrogate in a string with its pointer', () => {
    expect(expectRejected({ a: { b: ['ok', 'x\ud800y'] } }, 'E_STRING', '/a/b/1')).toContain('U+D800');
  });

  it('rejects a lone low surrogate at the top level', () => {
    expectRejected('\udc00', 'E_STRING', '');
  });

  it('rejects a lone surrogate in a member name with the pointer of that member', () => {
    expectRejected({ ok: 1, ['k\udfff']: 2 }, 'E_STRING', '/k\udfff');
  });

  it('accepts surrogate pairs', () => {
    expect(canonicalString({ '\u{1f600}': '\u{10ffff}' })).toBe('{"\u{1f600}":"\u{10ffff}"}');
  });
});

describe('plain-data guard (E_NOT_JSON)', () => {
  it('rejects undefined as a member value and as an array element', () => {
    expectRejected({ a: 1, b: undefined }, 'E_NOT_JSON', '/b');
    expectRejected({ list: [1, undefined] }, 'E_NOT_JSON', '/list/1');
    expectRejected(undefined, 'E_NOT_JSON', '');
  });

  it('rejects a hole in a sparse array with its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(expectRejected({ a: [1, , 3] }, 'E_NOT_JSON', '/a/1')).toContain('hole');
    expectRejected(new Array(3), 'E_NOT_JSON', '/0');
  });

  it('rejects functions, symbols and bigints', () => {
    expectRejected({ f: () => 1 }, 'E_NOT_JSON', '/f');
    expectRejected([Symbol('s')], 'E_NOT_JSON', '/0');
    expect(expectRejected({ n: 10n }, 'E_NOT_JSON', '/n')).toContain('10n');
  });

  it('rejects Date, Map, Set, typed arrays, boxed primitives and class instances', () => {
    expect(expectRejected({ at: new Date(0) }, 'E_NOT_JSON', '/at')).toContain('Date');
    expectRejected({ m: new Map() }, 'E_NOT_JSON', '/m');
    expectRejected({ s: new Set([1]) }, 'E_NOT_JSON', '/s');
    expectRejected({ b: new Uint8Array(2) }, 'E_NOT_JSON', '/b');
    expectRejected({ n: new Number(1) }, 'E_NOT_JSON', '/n');
    expect(expectRejected([new Point(1, 2)], 'E_NOT_JSON', '/0')).toContain('Point');
    expectRejected(Object.create({ inherited: 1 }) as unknown, 'E_NOT_JSON', '');
  });

  it('rejects arrays whose prototype is not Array.prototype', () => {
    class Row extends Array<number> {}
    expectRejected({ r: Row.from([1, 2]) }, 'E_NOT_JSON', '/r');
  });

  it('reports the first problem in canonical member order', () => {
    expectRejected({ z: NaN, a: undefined }, 'E_NOT_JSON', '/a');
  });
});

describe('depth guard (E_DEPTH)', () => {
  it(`accepts ${MAX_DEPTH} nested containers and rejects ${MAX_DEPTH + 1} with the innermost pointer`, () => {
    expect(canonicalString(nestedArrays(MAX_DEPTH))).toBe('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH));
    expectRejected(nestedArrays(MAX_DEPTH + 1), 'E_DEPTH', '/0'.repeat(MAX_DEPTH));
  });

  it('rejects 100000 nested containers without overflowing the stack', () => {
    expectRejected(nestedArrays(100_000), 'E_DEPTH', '/0'.repeat(MAX_DEPTH));
  });

  it('ends a cycle in E_DEPTH and says the value may contain itself', () => {
    const loop: Record<string, unknown> = { name: 'x' };
    loop.self = loop;
    expect(expectRejected(loop, 'E_DEPTH', '/self'.repeat(MAX_DEPTH))).toContain('contains itself');
    const list: unknown[] = [];
    list.push(list);
    expectRejected({ list }, 'E_DEPTH', '/list' + '/0'.repeat(MAX_DEPTH - 1));
  });
});

describe('lone surrogate detection', () => {
  it('rejects a string exactly when it is not well formed, whatever backslashes surround it', () => {
    const unit = fc.oneof(
      fc.constantFrom('\\', 'u', 'd', '8', 'a', '"', '\ud800', '\udbff', '\udc00', '\udfff', '\u{1f600}', 'é'),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.boolean(), (s, asKey) => {
        const value = asKey ? { [s]: 1, z: [s.length] } : { a: [1, s] };
        const wellFormed = !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
        if (wellFormed) expect(canonicalString(value)).toBe(canonicalize(value));
        else expect(caught(() => canonicalString(value)).code).toBe('E_STRING');
      }),
      { numRuns: 2000 },
    );
  });
});
