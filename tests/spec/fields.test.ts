// Every member that a schema defines, at any depth, has a field entry in SPEC.md, in the section of its version (or,
// for the types the versions named by the shared section's heading share, in that section); and every field entry
// names a member that exists. The field paths are computed by walking the schema JSON itself, for every version in
// the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSIONS, type FormatVersion } from '../../src/format/index.js';
import { fieldHeadings, root, section } from './spec-text.js';

type Schema = Record<string, unknown>;

function loadSchema(format: FormatVersion): Schema {
  return JSON.parse(readFileSync(join(root, format.schema), 'utf8')) as Schema;
}

/**
 * $defs that the spec documents as named types, per version (per-version data, like the version folders). A version
 * not listed documents the same named types as the version before it.
 */
const WRITTEN_TYPE_NAMES: Record<string, Record<string, string>> = {
  '1.0': { position: 'PositionRecord', order: 'PendingOrder', fill: 'RecentFill' },
  '2.0': { order: 'Order', fill: 'Fill', position: 'Position', legacy_layer: 'LegacyLayer', patch_op: 'PatchOp', provenance: 'Provenance' },
};
function typeNames(format: FormatVersion): Record<string, string> {
  return WRITTEN_TYPE_NAMES[format.version] ?? typeNames(FORMAT_VERSIONS[format.index - 1]!);
}

/**
 * Field paths of a schema: `a.b` for a property b of a, `a[]` for the items of array a, `a.*` for the values of a map,
 * and `Type.x` for a property of a $def that the spec documents as a named type.
 */
function schemaPaths(schema: Schema, typeNames: Record<string, string>): Set<string> {
  const defs = (schema.$defs ?? {}) as Record<string, unknown>;
  const out = new Set<string>();
  const typesSeen = new Set<string>();
  const visit = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const n = node as Schema;
    if (typeof n.$ref === 'string') {
      const name = n.$ref.replace(/^#\/\$defs\//, '');
      if (!Object.hasOwn(defs, name)) throw new Error(`unresolved $ref ${n.$ref}`);
      const type = typeNames[name];
      if (type === undefined) visit(defs[name], path);
      else if (!typesSeen.has(type)) {
        typesSeen.add(type);
        visit(defs[name], type);
      }
    }
    if (n.properties !== undefined) {
      for (const [key, sub] of Object.entries(n.properties as Record<string, unknown>)) {
        const p = path === '' ? key : `${path}.${key}`;
        out.add(p);
        visit(sub, p);
      }
    }
    if (n.items !== undefined) visit(n.items, `${path}[]`);
    if (typeof n.additionalProperties === 'object') visit(n.additionalProperties, `${path}.*`);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const list = n[key];
      if (Array.isArray(list)) for (const sub of list) visit(sub, path);
    }
    for (const key of ['if', 'then', 'else'] as const) visit(n[key], path);
  };
  visit(schema, '');
  return out;
}

// The shared section's heading names the versions whose types it documents ("Types shared by 2.0 and 3.0").
const sharedSection = section(/^\d+\. Types shared by /);
const SHARING = FORMAT_VERSIONS.filter((f) => new RegExp(`\\b${f.version.replace('.', '\\.')}\\b`).test(sharedSection.heading));
const SHARED = new Set(SHARING.flatMap((f) => Object.values(typeNames(f))));
const isShared = (f: FormatVersion, path: string) => SHARING.includes(f) && SHARED.has(path.split('.')[0]!);
const shared = fieldHeadings(sharedSection.body);

describe('SPEC.md fields', () => {
  it('the shared section names at least two versions', () => {
    expect(SHARING.length).toBeGreaterThanOrEqual(2);
  });

  for (const format of FORMAT_VERSIONS) {
    const v = format.version;
    const heading = new RegExp(`^\\d+\\. Format ${v.replace('.', '\\.')}$`);
    const paths = schemaPaths(loadSchema(format), typeNames(format));
    const own = fieldHeadings(section(heading).body);

    it(`the schema walk of ${v} finds its nested members (the walk itself works)`, () => {
      expect(paths.size).toBeGreaterThan(30);
      expect([...paths].some((p) => p.includes('.'))).toBe(true);
    });

    it(`documents every member of the ${v} schema, top-level and nested`, () => {
      const where = (p: string) => (isShared(format, p) ? shared : own);
      const missing = [...paths].filter((p) => !where(p).includes(p));
      expect(missing).toEqual([]);
    });

    it(`documents no member in the ${v} section that the ${v} schema lacks, and none twice`, () => {
      const stale = own.filter((p) => !paths.has(p) || isShared(format, p));
      expect(stale).toEqual([]);
      expect(new Set(own).size).toBe(own.length);
    });

    it(`uses the same template (Type, Description, Constraints, Examples) for every ${v} field`, () => {
      const body = section(heading).body;
      for (const entry of body.split(/^(?=#### `)/m).slice(1)) {
        const name = /^#### `([^`]+)`/.exec(entry)![1]!;
        for (const label of ['Type', 'Description', 'Constraints', 'Examples']) {
          expect(entry, `${v} field ${name} lacks **${label}:**`).toContain(`- **${label}:**`);
        }
      }
    });
  }

  it('documents in the shared section only members of types every sharing version defines', () => {
    const walks = SHARING.map((f) => schemaPaths(loadSchema(f), typeNames(f)));
    const stale = shared.filter((p) => !SHARED.has(p.split('.')[0]!) || walks.some((w) => !w.has(p)));
    expect(stale).toEqual([]);
    expect(new Set(shared).size).toBe(shared.length);
  });

  it('is right that the shared types are identical in the schemas of every sharing version', () => {
    const [first, ...rest] = SHARING.map((f) => loadSchema(f).$defs as Record<string, unknown>);
    for (const defs of rest) for (const def of Object.keys(typeNames(SHARING[0]!))) expect(defs[def], def).toEqual(first![def]);
  });
});
