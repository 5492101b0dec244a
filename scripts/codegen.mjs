#!/usr/bin/env node
// Code generation: the version table (src/format/versions/table.json) and the schemas it names are the source
// of truth; generated/ is derived from them and never edited by hand. For each version NAME this writes
// generated/types/NAME.ts (json-schema-to-typescript) and generated/validators/NAME.ts (an Ajv standalone
// validator, so nothing compiles a schema at run time); then generated/versions.ts, the typed table that wires
// each version's validator, rules and migration step together, and generated/versions.json, the same facts for
// other languages (version, schema path, latest).
// `--check` regenerates in memory and fails on any difference: CI runs it so generated/ cannot drift.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { AJV_OPTIONS } from './ajv-options.mjs';

const Ajv2020 = Ajv2020Module.default;
const standaloneCode = standaloneModule.default;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');


const BANNER = (schemaFile, sha) =>
  `/* GENERATED FILE, DO NOT EDIT. Source: ${schemaFile} (sha256 ${sha}).\n` +
  ` * Regenerate with \`npm run codegen\`; CI fails when this file differs from what codegen writes. */`;

const TABLE = 'src/format/versions/table.json';
const VERSION = /^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$/;
const NAME = /^v[0-9]+(_[0-9]+)?$/;

/** The table's rows, checked: well-formed, strictly increasing versions, and every file a row implies exists. */
function versionTable() {
  const { versions, registry_index_latest: indexLatest } = JSON.parse(readFileSync(join(root, TABLE), 'utf8'));
  if (!versions?.some?.((row) => row.version === indexLatest)) throw new Error(`codegen: ${TABLE}: registry_index_latest must name a version of the table, got ${JSON.stringify(indexLatest)}`);
  if (!Array.isArray(versions) || versions.length === 0) throw new Error(`codegen: ${TABLE} lists no versions`);
  let previous;
  const rows = versions.map((row, i) => {
    const m = VERSION.exec(row.version);
    if (!m || !NAME.test(row.name)) throw new Error(`codegen: ${TABLE} row ${i}: want { "version": "MAJOR.MINOR", "name": "vMAJOR[_MINOR]" }, got ${JSON.stringify(row)}`);
    const number = [Number(m[1]), Number(m[2])];
    if (previous && (number[0] < previous[0] || (number[0] === previous[0] && number[1] <= previous[1]))) throw new Error(`codegen: ${TABLE}: ${row.version} does not come after the row before it`);
    previous = number;
    const suffix = `${row.name[0].toUpperCase()}${row.name.slice(1)}`;
    const r = {
      version: row.version,
      name: row.name,
      suffix,
      type: `Checkpoint${suffix}`,
      schema: `schemas/${row.name}.schema.json`,
      folder: `src/format/versions/${row.name}`,
      migrates: i > 0,
    };
    for (const f of [r.schema, `${r.folder}/rules.ts`, ...(r.migrates ? [`${r.folder}/migration.ts`] : [])]) {
      if (!existsSync(join(root, f))) throw new Error(`codegen: ${TABLE} lists ${row.version}, but ${f} does not exist`);
    }
    return r;
  });
  rows.indexLatest = indexLatest;
  return rows;
}

// Ajv's ESM output still require()s its runtime helpers; turn each into a static import so the
// validators load as plain ES modules with no CommonJS shim.
function esmify(code) {
  const imports = new Map();
  const body = code.replace(/require\("([^"]+)"\)/g, (_, spec) => {
    if (!imports.has(spec)) imports.set(spec, `__rt${imports.size}`);
    // Node hands a CommonJS module's exports object to a default import, bundlers its `default`; accept both.
    const name = imports.get(spec);
    return `(${name}.default ? ${name} : { default: ${name} })`;
  });
  const lines = [...imports].map(([spec, name]) => `import ${name} from ${JSON.stringify(spec + '.js')};`);
  return lines.join('\n') + (lines.length ? '\n' : '') + body.replace(/^"use strict";\n/, '');
}

// minLength/maxLength count code points, which Ajv's ucs2length finds by walking the whole string. A string of L
// UTF-16 units has between ceil(L / 2) and L code points, so `s.length` alone settles every check whose outcome it
// implies: `count > N` cannot hold when L <= N; `count < N` must hold when L < N and cannot when L >= 2N. Only the
// remaining strings (nearly none: checkpoints are mostly short ASCII) are walked. Same result for every string.
function guardLengthChecks(code) {
  const helper = /^import (__rt[0-9]+) from "ajv\/dist\/runtime\/ucs2length\.js";$/m.exec(code);
  if (!helper) return code;
  const fn = new RegExp(`^const (func[0-9]+) = \\(${helper[1]}\\.default \\? ${helper[1]} : \\{ default: ${helper[1]} \\}\\)\\.default;$`, 'm').exec(code);
  if (!fn) throw new Error('codegen: cannot find the ucs2length binding in Ajv output');
  const name = fn[1];
  const guarded = code
    .replace(new RegExp(`${name}\\(((?:data|key)[0-9]*)\\) > ([0-9]+)`, 'g'), `($1.length > $2 && ${name}($1) > $2)`)
    .replace(new RegExp(`${name}\\(((?:data|key)[0-9]*)\\) < ([0-9]+)`, 'g'), (_, v, n) => `(${v}.length < ${n} || (${v}.length < ${2 * Number(n)} && ${name}(${v}) < ${n}))`);
  const all = guarded.match(new RegExp(`${name}\\(`, 'g')).length;
  const safe = (guarded.match(new RegExp(`&& ${name}\\(|\\|\\| ${name}\\(`, 'g')) ?? []).length;
  if (all !== safe) throw new Error(`codegen: Ajv calls ${name} (ucs2length) in a form this script does not know; update guardLengthChecks`);
  return guarded;
}

// A subschema that constrains nothing (only annotations) accepts any JSON value; json-schema-to-typescript
// would type it as an object, so tell it `unknown`. Applied to a copy: the frozen files stay untouched.
const CONSTRAINTS = ['type', '$ref', 'const', 'enum', 'anyOf', 'oneOf', 'allOf', 'not', 'properties', 'items', 'if'];
function markUnconstrained(node, isSchema = true) {
  if (Array.isArray(node)) return node.map((n) => markUnconstrained(n, isSchema));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    const childIsSchema = ['properties', '$defs', 'patternProperties'].includes(k) ? 'map' : ['const', 'enum', 'required', 'examples', 'default'].includes(k) ? false : true;
    if (childIsSchema === 'map') out[k] = Object.fromEntries(Object.entries(v).map(([n, s]) => [n, markUnconstrained(s)]));
    else out[k] = childIsSchema ? markUnconstrained(v) : v;
  }
  if (isSchema && !CONSTRAINTS.some((c) => c in node)) out.tsType = 'unknown';
  return out;
}

// Ajv's own hook for regular expressions: the validators test `pattern` keywords with src/format/patterns.ts's
// engine (hand-written matchers for the hot patterns, each proven equal to its regex; `new RegExp` for the rest).
// At compile time Ajv only needs a RegExp; `code` is what the standalone output calls (esmify makes it an import).
const PATTERN_ENGINE = Object.assign((source, flags) => new RegExp(source, flags), { code: 'require("../../src/format/patterns").default' });

/** generated/versions.ts: the table typed, each row checked against its neighbours' document types. */
function versionsModule(banner, rows, sources) {
  const latest = rows[rows.length - 1];
  const row = (r, i) =>
    `  { version: '${r.version}', name: '${r.name}', schema: '${r.schema}', validate: validate${r.suffix}, rules: rules${r.suffix}, step: ${r.migrates ? `step${r.suffix}` : 'null'} }` +
    ` satisfies VersionRow<${r.type}, ${i > 0 ? rows[i - 1].type : 'never'}>,`;
  return [
    banner,
    `import type { Rules } from '../src/format/rules.js';`,
    `import type { MigrationStep } from '../src/format/step.js';`,
    `import type { ValidateFunction } from './validate-function.js';`,
    ...rows.map((r) => `import type { ${r.type} } from './types/${r.name}.js';`),
    ...rows.map((r) => `import { validate as validate${r.suffix} } from './validators/${r.name}.js';`),
    ...rows.map((r) => `import { rules as rules${r.suffix} } from '../${r.folder}/rules.js';`),
    ...rows.filter((r) => r.migrates).map((r) => `import { step as step${r.suffix} } from '../${r.folder}/migration.js';`),
    '',
    `/** One row of the version table: its validator, its semantic rules and the step from the previous version. */`,
    `export interface VersionRow<T, Previous> {`,
    `  readonly version: string;`,
    `  readonly name: string;`,
    `  /** Schema file, relative to the repository (and package) root. */`,
    `  readonly schema: string;`,
    `  readonly validate: ValidateFunction<T>;`,
    `  readonly rules: Rules<T>;`,
    `  readonly step: MigrationStep<Previous, T> | null;`,
    `}`,
    '',
    `/** The document type of each version, by its version string. */`,
    `export interface CheckpointOf {`,
    ...rows.map((r) => `  '${r.version}': ${r.type};`),
    `}`,
    `export type VersionString = keyof CheckpointOf;`,
    `/** A document of any known version. */`,
    `export type AnyCheckpoint = CheckpointOf[VersionString];`,
    `export type LatestVersionString = '${latest.version}';`,
    `/** The latest version's document: what createCheckpoint writes and loadCheckpoint returns. */`,
    `export type Checkpoint = CheckpointOf[LatestVersionString];`,
    `export const LATEST_VERSION_STRING: LatestVersionString = '${latest.version}';`,
    `/** The latest version of the release that wrote registry index logs without a latest_version header member. */`,
    `export const REGISTRY_INDEX_LATEST: VersionString = '${rows.indexLatest}';`,
    '',
    `/** Source formats (${SOURCES}): the version each one's import writes and its export reads. */`,
    `export const SOURCE_ENTRY: { readonly [format: string]: VersionString } = {`,
    ...sources.map((s) => `  '${s.format}': '${s.entersAt}',`),
    `};`,
    '',
    `/** Every version, oldest first; the last is the latest. */`,
    `export const VERSION_ROWS = [`,
    ...rows.map(row),
    `] as const;`,
    '',
  ].join('\n');
}

/** The source-format table: formats other producers write, imported into and exported from the latest format. */
const SOURCES = 'src/format/sources/table.json';
function sourceTable(versions) {
  const { sources } = JSON.parse(readFileSync(join(root, SOURCES), 'utf8'));
  if (!Array.isArray(sources)) throw new Error(`codegen: ${SOURCES} has no "sources" list`);
  return sources.map((row, i) => {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9]+\.[0-9]+\.[0-9]+$/.test(row.format ?? '') || !/^[a-z][a-z0-9_]*$/.test(row.name ?? '') || !/^[A-Z][A-Za-z0-9]*$/.test(row.type ?? ''))
      throw new Error(`codegen: ${SOURCES} row ${i}: want { "format": "name-1.0.0", "name": "ident", "type": "TypeName" }, got ${JSON.stringify(row)}`);
    if (!versions.some((v) => v.version === row.enters_at))
      throw new Error(`codegen: ${SOURCES} row ${i}: "enters_at" must name a version of ${TABLE}, got ${JSON.stringify(row.enters_at)}`);
    const r = { format: row.format, name: row.name, type: row.type, entersAt: row.enters_at, schema: `schemas/${row.format}.schema.json` };
    if (!existsSync(join(root, r.schema))) throw new Error(`codegen: ${SOURCES} lists ${row.format}, but ${r.schema} does not exist`);
    return r;
  });
}

/** One schema's precompiled validator and TypeScript types, under generated/validators/NAME.ts and generated/types/NAME.ts. */
async function compileSchema(out, row) {
  const text = readFileSync(join(root, row.schema), 'utf8');
  const sha = createHash('sha256').update(text).digest('hex');
  const schema = JSON.parse(text);
  const banner = BANNER(row.schema, sha);

  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code, regExp: PATTERN_ENGINE } });
  const validate = ajv.compile(schema);
  // Emitted as TypeScript (type-checking off for Ajv's code) so tsc builds it like any other module and the
  // export carries the schema's generated type as a type guard.
  const code = guardLengthChecks(esmify(standaloneCode(ajv, validate)))
    .replace(/^export const validate = (validate[0-9]+);\nexport default validate[0-9]+;\n/m, '')
    .trimEnd();
  const fnName = standaloneCode(ajv, validate).match(/^export const validate = (validate[0-9]+);/m)[1];
  out.set(
    `generated/validators/${row.name}.ts`,
    `${banner}\n// @ts-nocheck\nimport type { ValidateFunction } from '../validate-function.js';\n` +
      `import type { ${row.type} } from '../types/${row.name}.js';\n${code}\n\n` +
      `export const validate = ${fnName} as unknown as ValidateFunction<${row.type}>;\n`,
  );

  // The root type is named after the table's name (CheckpointV3), not after the schema's title.
  const { title: _title, $id: _id, ...untitled } = schema;
  const ts = await compile(markUnconstrained(untitled), row.type, {
    bannerComment: banner,
    additionalProperties: true,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
    style: { singleQuote: true, printWidth: 120 },
    $refOptions: { resolve: { external: false } },
  });
  out.set(`generated/types/${row.name}.ts`, ts);
}

async function generate() {
  const out = new Map();
  const rows = versionTable();
  for (const row of rows) await compileSchema(out, row);
  const sources = sourceTable(rows);
  for (const row of sources) await compileSchema(out, row);
  const banner = BANNER('schemas/', 'n/a');
  out.set(
    'generated/validate-function.ts',
    `${banner.replace('(sha256 n/a)', '')}\n` +
      `/** One Ajv error object, as the standalone validators report it. */\n` +
      `export interface AjvError {\n  instancePath: string;\n  schemaPath: string;\n  keyword: string;\n  params: Record<string, unknown>;\n  message?: string;\n}\n\n` +
      `/** A precompiled validator: returns true or false, and leaves the errors of the last call in \`errors\`. */\n` +
      `export interface ValidateFunction<T> {\n  (data: unknown): data is T;\n  errors?: AjvError[] | null;\n}\n`,
  );
  const plain = banner.replace(' (sha256 n/a)', '').replace('schemas/', `${TABLE} and schemas/`);
  out.set(
    'generated/index.ts',
    `${plain}\n` +
      rows.map((r) => `export type { ${r.type} } from './types/${r.name}.js';`).join('\n') +
      '\n' +
      rows.map((r) => `export { validate as validate${r.suffix} } from './validators/${r.name}.js';`).join('\n') +
      `\nexport type { AjvError, ValidateFunction } from './validate-function.js';\n`,
  );
  out.set('generated/versions.ts', versionsModule(plain, rows, sources));
  // Every version's document type, for the public API to re-export without naming versions.
  out.set('generated/types/index.ts', `${plain}\n` + rows.map((r) => `export type { ${r.type} } from './${r.name}.js';`).join('\n') + '\n');
  const latest = rows[rows.length - 1].version;
  out.set(
    'generated/versions.json',
    JSON.stringify(
      {
        $comment: `Generated by scripts/codegen.mjs from ${TABLE}; do not edit. Paths are relative to the repository root.`,
        latest,
        registry_index_latest: rows.indexLatest,
        versions: rows.map((r) => ({ version: r.version, schema: r.schema, latest: r.version === latest })),
      },
      null,
      2,
    ) + '\n',
  );
  return out;
}

const files = await generate();
if (check) {
  const drift = [];
  for (const [path, content] of files) {
    const full = join(root, path);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== content) drift.push(path);
  }
  const expected = new Set(files.keys());
  for (const dir of ['generated', 'generated/types', 'generated/validators']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full, { withFileTypes: true })) if (f.isFile() && !expected.has(`${dir}/${f.name}`)) drift.push(`${dir}/${f.name} (stale)`);
  }
  if (drift.length) {
    console.error(`codegen:check: generated/ is out of date with the version table and schemas/:\n  ${drift.join('\n  ')}\nRun \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log(`codegen:check: generated/ matches the version table and schemas/ (${files.size} files).`);
} else {
  rmSync(join(root, 'generated'), { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  console.log(`codegen: wrote ${files.size} files to ${relative(process.cwd(), join(root, 'generated')) || 'generated'}/`);
}
