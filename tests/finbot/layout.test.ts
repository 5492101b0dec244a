// The renderer of finbot's layout (Python's json.dump(indent=2, ensure_ascii=True)) against the exact texts
// Python gives (tests/fixtures/finbot/python-json-layout.json) and against every generated finbot file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inSerializerOrder } from '../../src/sources/finbot/format.js';
import { pyString, renderPython } from '../../src/sources/finbot/layout.js';
import { sourceLayout } from '../../src/sources/finbot/source.js';
import { completeFiles, FIXTURES, generate } from './helpers.js';

const vectors = JSON.parse(readFileSync(join(FIXTURES, 'python-json-layout.json'), 'utf8')) as { cases: { value: never; python: string }[] };

describe('renderPython: Python json.dumps(indent=2) byte for byte', () => {
  it.each(vectors.cases.map((c, i) => [i, c] as const))('layout vector %i', (_, c) => {
    expect(renderPython(c.value)).toBe(c.python);
  });

  it('escapes every UTF-16 unit outside U+0020-U+007E with lower-case hex, as ensure_ascii does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = pyString(s);
        expect(/^[\x20-\x7e]*$/.test(out)).toBe(true);
        expect(out).not.toMatch(/\\u[0-9a-f]{0,3}[A-F]/);
        // JSON.parse reads Python's escapes back to the same UTF-16 units, lone surrogates included.
        expect(JSON.parse(out)).toBe(s);
      }),
    );
  });

  it('keeps the member order of a Map, which a plain object cannot for names like "7203"', () => {
    expect(renderPython(new Map([['SPY', '1'], ['7203', '2']]))).toBe('{\n  "SPY": "1",\n  "7203": "2"\n}');
    expect(renderPython({ a: [] }, '\r\n')).toBe('{\r\n  "a": []\r\n}');
  });
});

describe('every generated finbot file is exactly renderPython of its value', () => {
  for (const [seed, newline] of [[11, 'lf'], [12, 'crlf']] as const) {
    it(`seed ${seed}, ${newline}`, () => {
      const files = completeFiles(generate(seed, { simulators: 10, checkpoints: 3, newline }));
      expect(files.length).toBeGreaterThan(20);
      for (const f of files) {
        const text = f.bytes.toString('utf8');
        const value = JSON.parse(text);
        const layout = sourceLayout(value, text);
        expect(layout.newline).toBe(newline === 'crlf' ? '\r\n' : '\n');
        expect(renderPython(inSerializerOrder(value, layout.positionsOrder), layout.newline), f.path).toBe(text);
      }
    });
  }
});
