// Lints the conformance vectors themselves, as the JSON Schema Test Suite lints its own: every file matches the
// vector meta-schema and is strict JSON; descriptions are unique, short and state facts; ids and hex are well
// formed; and the redundant fields of a case agree with each other (canonical text vs. its hex vs. its id).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/index.js';
import { parseBytes } from '../../src/json/index.js';
import {
  CATEGORY_FILES,
  REPO_ROOT,
  VECTORS_DIR,
  loadCases,
  readVectorFile,
  vectorFileBytes,
  type Category,
  type Json,
} from './load-vectors.js';

const categories = Object.keys(CATEGORY_FILES) as Category[];
const metaSchema = JSON.parse(readFileSync(join(VECTORS_DIR, 'vectors.schema.json'), 'utf8')) as object;
/** Ajv strict mode, except that `required` may name members the same schema object does not list. */
const STRICT = { strict: true, strictRequired: false, allErrors: true };
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Descriptions state facts: short, no "should", no trailing period, no surrounding whitespace. */
function descriptionProblem(d: string): string | undefined {
  if (d.length === 0 || d.length > 80) return `is ${d.length} characters long (1 to 80 allowed)`;
  if (/should/i.test(d)) return 'says "should"; state the fact instead ("is invalid: …")';
  if (d !== d.trim()) return 'has leading or trailing whitespace';
  if (d.endsWith('.')) return 'ends with a period';
  return undefined;
}

/** Every member named `name` anywhere in a vector file, with its pointer. */
function membersNamed(value: Json, name: string, at = ''): [string, Json][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => membersNamed(v, name, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k === name ? ([[`${at}/${k}`, v]] as [string, Json][]) : []),
    ...membersNamed(v, name, `${at}/${k}`),
  ]);
}

describe('vector meta-schema', () => {
  it('compiles as a strict draft 2020-12 schema', () => {
    const ajv = new Ajv2020(STRICT);
    expect(() => ajv.compile(metaSchema)).not.toThrow();
  });

  it('rejects a case that says "should"', () => {
    const validate = new Ajv2020(STRICT).compile(metaSchema);
    const bad = { category: 'bad-input', description: 'x', groups: [{ description: 'g', cases: [{ description: 'should fail', hex: '', error: 'E_PARSE' }] }] };
    expect(validate(bad)).toBe(false);
    const good = { ...bad, groups: [{ description: 'g', cases: [{ description: 'is rejected: empty input', hex: '', error: 'E_PARSE' }] }] };
    expect(validate(good)).toBe(true);
  });
});

describe.each(categories)('vector file %s', (category) => {
  const bytes = vectorFileBytes(category);
  const file = readVectorFile(category);
  const cases = loadCases(category);

  it('is strict JSON: UTF-8 without BOM, no duplicate names, bounded depth, exact numbers', () => {
    expect(() => parseBytes(new Uint8Array(bytes))).not.toThrow();
    expect(bytes.toString('utf8').endsWith('}\n')).toBe(true);
  });

  it('matches the vector meta-schema', () => {
    const validate = new Ajv2020(STRICT).compile(metaSchema);
    const ok = validate(file);
    expect(ok ? [] : validate.errors?.slice(0, 5)).toEqual([]);
    expect(file.category).toBe(category);
  });

  it('has unique, short, factual descriptions', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of cases) {
      const p = descriptionProblem(c.case.description);
      if (p) problems.push(`"${c.case.description}" ${p}`);
      if (seen.has(c.case.description)) problems.push(`"${c.case.description}" appears twice`);
      seen.add(c.case.description);
    }
    const groups = file.groups.map((g) => g.description);
    for (const g of groups) if (descriptionProblem(g)) problems.push(`group "${g}" ${descriptionProblem(g)}`);
    if (new Set(groups).size !== groups.length) problems.push('two groups share a description');
    expect(problems).toEqual([]);
  });

  it('writes ids as 64 lowercase hex digits and bytes as lowercase hex pairs', () => {
    const problems: string[] = [];
    const root = file as unknown as Json;
    for (const [at, v] of [...membersNamed(root, 'id'), ...membersNamed(root, 'source_id'), ...membersNamed(root, 'checkpoint_id')]) {
      // Validity documents may hold a malformed id on purpose; every other id in the vectors is well formed.
      if (category === 'validity' && !at.endsWith('/id')) continue;
      if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v)) problems.push(`${at}: ${JSON.stringify(v)}`);
    }
    for (const name of ['hex', 'canonical_hex']) {
      for (const [at, v] of membersNamed(root, name)) {
        if (typeof v !== 'string' || !/^(?:[0-9a-f]{2})*$/.test(v)) problems.push(`${at}: not hex pairs`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('vector consistency', () => {
  it('has at least 150 cases, and cases in every category', () => {
    const counts = categories.map((c) => loadCases(c).length);
    for (const n of counts) expect(n).toBeGreaterThan(10);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(150);
  });

  it('names only error codes that exist', () => {
    const codes = [
      ...loadCases('validity').map((c) => c.case.error),
      ...loadCases('downgrade').map((c) => c.case.error),
      ...loadCases('bad-input').map((c) => c.case.error),
    ].filter((c): c is string => c !== null);
    for (const code of codes) expect(Object.hasOwn(ERROR_CODES, code), code).toBe(true);
  });

  it('gives every validity document the version of its group', () => {
    for (const { group, case: c, title } of loadCases('validity')) expect(c.document.version, title).toBe(group.version);
  });

  it('writes identity hex as the UTF-8 of canonical, and id as its SHA-256', () => {
    for (const { case: c, title } of loadCases('identity')) {
      const bytes = new TextEncoder().encode(c.canonical);
      expect(Buffer.from(bytes).toString('hex'), title).toBe(c.canonical_hex);
      expect(sha256(bytes), title).toBe(c.id);
    }
  });

  it('gives upgrade outputs the id the case names', () => {
    for (const { case: c, title } of loadCases('upgrade')) {
      expect(c.output.checkpoint_id, title).toBe(c.id);
      expect(c.output.version, title).toBe(c.to);
    }
  });

  it('states the case counts that spec/vectors/README.md gives', () => {
    const readme = readFileSync(join(VECTORS_DIR, 'README.md'), 'utf8');
    let total = 0;
    for (const c of categories) {
      const n = loadCases(c).length;
      total += n;
      expect(readme, `README count for ${CATEGORY_FILES[c]}`).toContain(`| \`${CATEGORY_FILES[c]}\` | ${n} |`);
    }
    expect(readme).toContain(`| total | ${total} |`);
    expect(readme).toContain(`agrees on ${total}/${total}.`);
  });

  it('states the same counts in README.md and the Python runner README', () => {
    const n = (c: Category) => loadCases(c).length;
    const total = categories.reduce((sum, c) => sum + n(c), 0);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`holds ${total} plain-JSON test vectors`);
    expect(readme.replace(/\s+/g, ' ')).toContain(
      `schema validity (${n('validity')}), canonical bytes and ids (${n('identity')}), upgrades (${n('upgrade')}), downgrades with loss reports (${n('downgrade')}) and bad input given as raw bytes (${n('bad-input')})`,
    );
    expect(readme).toContain(`TypeScript ${total}/${total}, \`Python: ${total}/${total} vectors agree\``);
    const python = readFileSync(join(REPO_ROOT, 'spec', 'runners', 'python', 'README.md'), 'utf8');
    expect(python).toContain(`\`Python: ${total}/${total} vectors agree\``);
  });
});
