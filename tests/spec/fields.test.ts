// Every member that a schema defines, at any depth, has a field entry in SPEC.md, in the section of its version (or,
// for the types 2.0 and 3.0 share, in the shared section); and every field entry names a member that exists. The
// field paths are computed by walking the schema JSON itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldHeadings, root, section } from './spec-text.js';

type Schema = Record<string, unknown>;

function loadSchema(major: number): Schema {
  return JSON.parse(readFileSync(join(root, 'schemas', `v${major}.schema.json`), 'utf8')) as Schema;
}

/** $defs that the spec documents as named types, per version. */
const TYPE_NAMES: Record<number, Record<string, string>> = {
  1: { position: 'PositionRecord', order: 'PendingOrder', fill: 'RecentFill' },
  2: { order: 'Order', fill: 'Fill', position: 'Position', legacy_layer: 'LegacyLayer', patch_op: 'PatchOp', provenance: 'Provenance' },
  3: { order: 'Order', fill: 'Fill', position: 'Position', legacy_layer: 'LegacyLayer', patch_op: 'PatchOp', provenance: 'Provenance' },
};

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

const SHARED = new Set(Object.values(TYPE_NAMES[2]!));
const isShared = (path: string) => SHARED.has(path.split('.')[0]!);

const shared = fieldHeadings(section(/^\d+\. Types shared by 2\.0 and 3\.0$/).body);

describe('SPEC.md fields', () => {
  for (const major of [1, 2, 3]) {
    const paths = schemaPaths(loadSchema(major), TYPE_NAMES[major]!);
    const own = fieldHeadings(section(new RegExp(`^\\d+\\. Format ${major}\\.0$`)).body);

    it(`the schema walk of ${major}.0 finds its nested members (the walk itself works)`, () => {
      expect(paths.size).toBeGreaterThan(major === 1 ? 30 : 60);
      expect(paths).toContain('portfolio_state.cash');
      if (major === 3) expect(paths).toContain('engine_state.feeds.*.last_timestamp');
      if (major >= 2) expect(paths).toContain('Provenance.steps[].from');
    });

    it(`documents every member of the ${major}.0 schema, top-level and nested`, () => {
      const where = (p: string) => (major >= 2 && isShared(p) ? shared : own);
      const missing = [...paths].filter((p) => !where(p).includes(p));
      expect(missing).toEqual([]);
    });

    it(`documents no member in the ${major}.0 section that the ${major}.0 schema lacks, and none twice`, () => {
      const stale = own.filter((p) => !paths.has(p) || (major >= 2 && isShared(p)));
      expect(stale).toEqual([]);
      expect(new Set(own).size).toBe(own.length);
    });

    it(`uses the same template (Type, Description, Constraints, Examples) for every ${major}.0 field`, () => {
      const body = section(new RegExp(`^\\d+\\. Format ${major}\\.0$`)).body;
      for (const entry of body.split(/^(?=#### `)/m).slice(1)) {
        const name = /^#### `([^`]+)`/.exec(entry)![1]!;
        for (const label of ['Type', 'Description', 'Constraints', 'Examples']) {
          expect(entry, `${major}.0 field ${name} lacks **${label}:**`).toContain(`- **${label}:**`);
        }
      }
    });
  }

  it('documents in the shared section only members of types both 2.0 and 3.0 define', () => {
    const v2 = schemaPaths(loadSchema(2), TYPE_NAMES[2]!);
    const v3 = schemaPaths(loadSchema(3), TYPE_NAMES[3]!);
    const stale = shared.filter((p) => !isShared(p) || !v2.has(p) || !v3.has(p));
    expect(stale).toEqual([]);
    expect(new Set(shared).size).toBe(shared.length);
  });

  it('is right that the shared types are identical in the 2.0 and 3.0 schemas', () => {
    const d2 = loadSchema(2).$defs as Record<string, unknown>;
    const d3 = loadSchema(3).$defs as Record<string, unknown>;
    for (const def of Object.keys(TYPE_NAMES[2]!)) expect(d3[def], def).toEqual(d2[def]);
  });
});
