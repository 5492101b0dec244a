// The regular expressions SPEC.md quotes are the schemas' own, character for character, and the tables of examples
// in the spec (decimal spellings, number formatting) say what the schemas and the library actually do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalString, CheckpointError, detectVersion, FORMAT_VERSIONS, parseStrict } from '../../src/index.js';
import { DECIMAL_PATTERN, numberToDecimal } from '../../src/util/decimal.js';
import { normalizeTimestamp } from '../../src/util/time.js';
import { codeBlocks, codeSpans, root, specText, subsection, tableRows } from './spec-text.js';

type Defs = Record<string, { pattern?: string }>;
const defsOf = (major: number) =>
  (JSON.parse(readFileSync(join(root, 'schemas', `v${major}.schema.json`), 'utf8')) as { $defs: Defs }).$defs;

/** `name   ^…$` lines of the spec's text code blocks: the patterns it quotes, by $def name. */
function quotedPatterns(): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of codeBlocks(specText).filter((b) => b.lang === 'text')) {
    for (const line of block.content.split('\n')) {
      const m = /^([a-z_]+) +(\^.*\$)$/.exec(line);
      if (!m) continue;
      if (out.has(m[1]!) && out.get(m[1]!) !== m[2]) throw new Error(`SPEC.md quotes two patterns for ${m[1]}`);
      out.set(m[1]!, m[2]!);
    }
  }
  return out;
}

const quoted = quotedPatterns();

describe('SPEC.md patterns', () => {
  it('quotes the decimal, timestamp and version patterns', () => {
    expect([...quoted.keys()].sort()).toEqual(['decimal', 'loose_timestamp', 'nonneg_decimal', 'pos_decimal', 'timestamp', 'version_string']);
  });

  for (const name of ['decimal', 'nonneg_decimal', 'pos_decimal', 'timestamp', 'version_string']) {
    it(`quotes the ${name} pattern exactly as the schemas from 2.0 on define it`, () => {
      expect(quoted.get(name)).toBe(defsOf(2)[name]!.pattern);
      expect(quoted.get(name)).toBe(defsOf(3)[name]!.pattern);
    });
  }

  it('quotes the loose_timestamp pattern exactly as schema v1 defines it', () => {
    expect(quoted.get('loose_timestamp')).toBe(defsOf(1).loose_timestamp!.pattern);
  });

  it('quotes the decimal pattern the library checks decimals with', () => {
    expect(quoted.get('decimal')).toBe(DECIMAL_PATTERN.source);
  });
});

describe('SPEC.md example tables', () => {
  it('§6.2: every "not a decimal" spelling fails the decimal pattern and every canonical spelling passes it', () => {
    const decimal = new RegExp(quoted.get('decimal')!, 'u');
    const rows = tableRows(subsection(/^### 6\.2 /), '| not a decimal | the canonical spelling |');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const [wrong, right] of rows) {
      const bad = codeSpans(wrong!).map((s) => JSON.parse(s) as string);
      const good = codeSpans(right!).map((s) => JSON.parse(s) as string);
      expect(bad.length).toBeGreaterThan(0);
      for (const s of bad) expect(decimal.test(s), JSON.stringify(s)).toBe(false);
      for (const s of good) expect(decimal.test(s), JSON.stringify(s)).toBe(true);
    }
  });

  it('§5.2: every number in the formatting table has the canonical form the table gives', () => {
    const rows = tableRows(subsection(/^### 5\.2 /), '| written in the text | canonical |');
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const [written, canonical] of rows) {
      const inputs = codeSpans(written!);
      const outputs = codeSpans(canonical!);
      inputs.forEach((input, i) => {
        const expected = outputs.length === inputs.length ? outputs[i]! : outputs[0]!;
        expect(canonicalString(parseStrict(`[${input}]`)), input).toBe(`[${expected}]`);
      });
    }
  });

  it('§5.2: the member-order example sorts by UTF-16 code units, as the text says', () => {
    const m = /The JSON text `([^`]+)` has\s+the canonical form `([^`]+)`/.exec(subsection(/^### 5\.2 /));
    expect(m).not.toBeNull();
    const [, input, canonical] = m!;
    expect(canonicalString(parseStrict(input!))).toBe(canonical);
    // The example is only worth having if the two orders really differ on it.
    const names = Object.keys(JSON.parse(input!) as object);
    const byCodePoint = [...names].sort((a, b) => (a.codePointAt(0)! < b.codePointAt(0)! ? -1 : 1));
    expect([...names].sort()).not.toEqual(byCodePoint);
  });
});

/** The paragraph of SPEC.md that starts with `start` (up to the next blank line). */
function paragraph(start: string): string {
  const at = specText.indexOf(start);
  if (at < 0) throw new Error(`SPEC.md has no paragraph starting ${JSON.stringify(start)}`);
  const end = specText.indexOf('\n\n', at);
  return specText.slice(at, end < 0 ? undefined : end);
}

/** `a` → `b` pairs of code spans in a paragraph. */
function arrows(text: string): [string, string][] {
  return [...text.matchAll(/`([^`]+)` →\s+`([^`]+)`/g)].map((m) => [m[1]!, m[2]!]);
}

describe('SPEC.md examples in running text', () => {
  it('§3.3: the versions it calls too new and unknown are what version detection says', () => {
    // The sentence describes a reader of the versions it names, which need not be this library's (a newer library
    // implements more): so it is held to §3.3's steps 4–6 for the versions it names, and this library's
    // detectVersion to the same steps for the versions of its table.
    const m = /For a reader that implements ([\d., and]+?): ([\s\S]*?) are too new; ([\s\S]*?) are unknown; ([\s\S]*?) is unknown\./.exec(specText);
    expect(m).not.toBeNull();
    const named = m![1]!.split(/, | and /);
    expect(named.length).toBeGreaterThanOrEqual(2);
    const VERSION = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
    const pair = (v: string) => VERSION.exec(v)!.slice(1).map(BigInt) as [bigint, bigint];
    const byRules = (versions: readonly string[], version: unknown) => {
      if (typeof version !== 'string') return 'E_VERSION_UNKNOWN';
      if (versions.includes(version)) return 'accepted';
      if (!VERSION.test(version)) return 'E_VERSION_UNKNOWN';
      const [major, minor] = pair(version);
      const [newestMajor, newestMinor] = pair(versions.at(-1)!);
      return major > newestMajor || (major === newestMajor && minor > newestMinor) ? 'E_VERSION_TOO_NEW' : 'E_VERSION_UNKNOWN';
    };
    const outcome = (version: unknown) => {
      try {
        detectVersion({ version });
        return 'accepted';
      } catch (e) {
        return e instanceof CheckpointError ? e.code : 'crash';
      }
    };
    const values = (text: string) => codeSpans(text).map((s) => JSON.parse(s) as unknown);
    const tooNew = values(m![2]!);
    const unknown = [...values(m![3]!), ...values(m![4]!)];
    expect(tooNew.length).toBeGreaterThanOrEqual(3);
    expect(unknown.length).toBeGreaterThanOrEqual(9);
    for (const v of tooNew) expect(byRules(named, v), JSON.stringify(v)).toBe('E_VERSION_TOO_NEW');
    for (const v of unknown) expect(byRules(named, v), JSON.stringify(v)).toBe('E_VERSION_UNKNOWN');
    const table = FORMAT_VERSIONS.map((f) => f.version);
    for (const v of [...tooNew, ...unknown, ...named]) expect(outcome(v), JSON.stringify(v)).toBe(byRules(table, v));
  });

  it('§6.2: the dec() examples are what the 1.0 → 2.0 migration converts those numbers to', () => {
    const pairs = arrows(paragraph('A binary64 number x is **converted to a decimal**'));
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const [number, decimal] of pairs) expect(numberToDecimal(Number(number)), number).toBe(JSON.parse(decimal));
  });

  it('§6.3: the normalization examples are what the 1.0 → 2.0 migration writes', () => {
    const pairs = arrows(paragraph('**Normalizing** a loose timestamp'));
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const [loose, utc] of pairs) expect(normalizeTimestamp(JSON.parse(loose) as string), loose).toBe(JSON.parse(utc));
  });
});
