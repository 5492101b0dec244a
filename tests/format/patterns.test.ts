// Every hand-written pattern matcher accepts exactly the strings its regular expression accepts, and the generated
// validators use them for exactly the schema patterns listed (any other pattern stays a RegExp).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS } from '../../src/format/index.js';
import { MATCHERS, pattern } from '../../src/format/patterns.js';
import { decimal, timestamp } from '../arbitraries/decimals.js';

const root = join(import.meta.dirname, '..', '..');

/** Strings near the patterns' languages: their own characters, mixed with a few others, at every small length. */
const alphabet = ['0', '1', '5', '9', '.', '-', '+', 'e', 'E', 'T', 'Z', ':', ' ', 'A', 'Q', 'a', 'é', '٣', '\u{1D7E2}', '\n'];
const near = fc.array(fc.constantFrom(...alphabet), { maxLength: 32 }).map((a) => a.join(''));

/** One-character edits of valid strings: the near misses a matcher is most likely to get wrong. */
function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom(...alphabet, ''), fc.constantFrom('replace', 'insert', 'delete')).map(([s, at, c, how]) => {
    const i = s.length === 0 ? 0 : at % s.length;
    if (how === 'replace') return s.slice(0, i) + c + s.slice(i + 1);
    if (how === 'insert') return s.slice(0, i) + c + s.slice(i);
    return s.slice(0, i) + s.slice(i + 1);
  });
}

const currencyLike = fc.stringMatching(/^[A-Z][A-Z0-9]{1,10}$/);
const samples = fc.oneof(
  near,
  decimal('any'),
  decimal('nonneg'),
  decimal('pos'),
  timestamp,
  currencyLike,
  mutated(fc.oneof(decimal('any'), timestamp, currencyLike)),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('0', '-0', '0.0', '0.5', '-0.5', '00', '01', '1.', '.5', '1.50', '1e5', '2024-02-30T00:00:00Z', '2024-01-01T00:00:00.Z', '2024-01-01T00:00:00.1234567891Z', '2024-01-01T00:00:00.000000001Z', 'USD', 'US', 'USDTUSDTUSD', 'usd', 'U5D'),
);

describe('schema pattern matchers', () => {
  for (const [source, matcher] of MATCHERS) {
    it(`${source} accepts exactly what the regular expression accepts`, () => {
      const regex = new RegExp(source, 'u');
      fc.assert(
        fc.property(samples, (s) => {
          expect(matcher.test(s), JSON.stringify(s)).toBe(regex.test(s));
        }),
        { numRuns: 20_000 },
      );
    });
  }

  it('every matcher is for a pattern the schemas use, and other patterns stay regular expressions', () => {
    const schemas = FORMAT_VERSIONS.map((f) => readFileSync(join(root, f.schema), 'utf8')).join('\n');
    for (const source of MATCHERS.keys()) expect(schemas).toContain(JSON.stringify(source));
    expect(pattern('^[0-9a-f]{64}$')).toBeInstanceOf(RegExp);
    expect(pattern('^[0-9a-f]{64}$').test('a'.repeat(64))).toBe(true);
  });

  it('the generated validators take their patterns from the matchers module', () => {
    for (const f of FORMAT_VERSIONS) {
      const code = readFileSync(join(root, 'generated', 'validators', basename(f.schema).replace('.schema.json', '.ts')), 'utf8');
      expect(code).not.toMatch(/new RegExp\(/);
      // Ajv's code.regExp hook: every pattern is built by the engine imported from the matchers module.
      expect(code).toMatch(/^import (__rt[0-9]+) from "\.\.\/\.\.\/src\/format\/patterns\.js";$/m);
      expect(code).toMatch(/^const pattern[0-9]+ = func[0-9]+\("/m);
    }
  });
});
