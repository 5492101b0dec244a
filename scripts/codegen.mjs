#!/usr/bin/env node
// Code generation: schemas/ is the source of truth; generated/ is derived from it and never edited by hand.
// For each schemas/vN.schema.json this writes generated/types/vN.ts (json-schema-to-typescript) and
// generated/validators/vN.js (an Ajv standalone validator, so nothing compiles a schema at run time).
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

function schemaFiles() {
  return readdirSync(join(root, 'schemas'))
    .filter((f) => /^v[0-9]+\.schema\.json$/.test(f))
    .sort((a, b) => Number(a.match(/[0-9]+/)[0]) - Number(b.match(/[0-9]+/)[0]));
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

// `pattern` keywords: the validators get their regular expressions from src/format/patterns.ts, which answers
// with a hand-written matcher for the hot patterns (tested to accept exactly what the regex accepts) and with
// `new RegExp(source, "u")`, as Ajv would, for every other one.
function routePatterns(code) {
  const routed = code.replace(/new RegExp\(("(?:[^"\\]|\\.)*"), "u"\)/g, '__pattern($1)');
  if (/new RegExp\(/.test(routed)) throw new Error('codegen: Ajv builds a RegExp in a form this script does not know; update routePatterns');
  return routed === code ? code : `import { pattern as __pattern } from "../../src/format/patterns.js";\n${routed}`;
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

async function generate() {
  const out = new Map();
  const versions = [];
  for (const file of schemaFiles()) {
    const major = Number(file.match(/[0-9]+/)[0]);
    const text = readFileSync(join(root, 'schemas', file), 'utf8');
    const sha = createHash('sha256').update(text).digest('hex');
    const schema = JSON.parse(text);
    const banner = BANNER(`schemas/${file}`, sha);

    const ajv = new Ajv2020(AJV_OPTIONS);
    const validate = ajv.compile(schema);
    // Emitted as TypeScript (type-checking off for Ajv's code) so tsc builds it like any other module and the
    // export carries the schema's generated type as a type guard.
    const code = routePatterns(guardLengthChecks(esmify(standaloneCode(ajv, validate))))
      .replace(/^export const validate = (validate[0-9]+);\nexport default validate[0-9]+;\n/m, '')
      .trimEnd();
    const fnName = standaloneCode(ajv, validate).match(/^export const validate = (validate[0-9]+);/m)[1];
    out.set(
      `generated/validators/v${major}.ts`,
      `${banner}\n// @ts-nocheck\nimport type { ValidateFunction } from '../validate-function.js';\n` +
        `import type { CheckpointV${major} } from '../types/v${major}.js';\n${code}\n\n` +
        `export const validate = ${fnName} as unknown as ValidateFunction<CheckpointV${major}>;\n`,
    );

    // The root type is named CheckpointV{major}, not after the schema's title.
    const { title: _title, $id: _id, ...untitled } = schema;
    const ts = await compile(markUnconstrained(untitled), `CheckpointV${major}`, {
      bannerComment: banner,
      additionalProperties: true,
      unreachableDefinitions: false,
      declareExternallyReferenced: true,
      style: { singleQuote: true, printWidth: 120 },
      $refOptions: { resolve: { external: false } },
    });
    out.set(`generated/types/v${major}.ts`, ts);
    versions.push(major);
  }
  const banner = BANNER('schemas/', 'n/a');
  out.set(
    'generated/validate-function.ts',
    `${banner.replace('(sha256 n/a)', '')}\n` +
      `/** One Ajv error object, as the standalone validators report it. */\n` +
      `export interface AjvError {\n  instancePath: string;\n  schemaPath: string;\n  keyword: string;\n  params: Record<string, unknown>;\n  message?: string;\n}\n\n` +
      `/** A precompiled validator: returns true or false, and leaves the errors of the last call in \`errors\`. */\n` +
      `export interface ValidateFunction<T> {\n  (data: unknown): data is T;\n  errors?: AjvError[] | null;\n}\n`,
  );
  out.set(
    'generated/index.ts',
    `${banner.replace('(sha256 n/a)', '')}\n` +
      versions.map((v) => `export type { CheckpointV${v} } from './types/v${v}.js';`).join('\n') +
      '\n' +
      versions.map((v) => `export { validate as validateV${v} } from './validators/v${v}.js';`).join('\n') +
      `\nexport type { AjvError, ValidateFunction } from './validate-function.js';\n` +
      `/** Format majors that have a schema in schemas/, oldest first. */\nexport const SCHEMA_MAJORS = [${versions.join(', ')}] as const;\n`,
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
  for (const dir of ['generated/types', 'generated/validators']) {
    const full = join(root, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full)) if (!expected.has(`${dir}/${f}`)) drift.push(`${dir}/${f} (stale)`);
  }
  if (drift.length) {
    console.error(`codegen:check: generated/ is out of date with schemas/:\n  ${drift.join('\n  ')}\nRun \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log(`codegen:check: generated/ matches schemas/ (${files.size} files).`);
} else {
  rmSync(join(root, 'generated'), { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  console.log(`codegen: wrote ${files.size} files to ${relative(process.cwd(), join(root, 'generated')) || 'generated'}/`);
}
