// generated/ is derived from schemas/ and must never drift from it.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATEST_FORMAT } from '../../src/format/index.js';
import { AJV_OPTIONS } from '../../scripts/ajv-options.mjs';
import { latestDocument } from '../arbitraries/documents.js';

const root = join(import.meta.dirname, '..', '..');

describe('code generation', () => {
  it('codegen:check reports no drift', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'codegen.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/matches the version table and schemas/);
  });

  it('every generated file carries the do-not-edit banner', () => {
    for (const dir of ['generated', 'generated/types', 'generated/validators']) {
      for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.ts'))) {
        expect(readFileSync(join(root, dir, f), 'utf8').startsWith('/* GENERATED FILE, DO NOT EDIT.'), `${dir}/${f}`).toBe(true);
      }
    }
  });

  it('validators are precompiled: no generated file imports the Ajv compiler', () => {
    for (const f of readdirSync(join(root, 'generated/validators'))) {
      const text = readFileSync(join(root, 'generated/validators', f), 'utf8');
      expect(text).not.toMatch(/from "ajv"|from 'ajv'|ajv\/dist\/2020|require\(/);
    }
  });

  it('length checks guarded by .length give Ajv\'s own answers, for strings of BMP and astral characters around the limits', () => {
    // The generator puts `s.length` in front of each ucs2length call (scripts/codegen.mjs, guardLengthChecks).
    const runtime = new Ajv2020(AJV_OPTIONS).compile(JSON.parse(readFileSync(join(root, LATEST_FORMAT.schema), 'utf8')) as object);
    const text = (bmp: number, astral: number): string => 'x'.repeat(bmp) + '\u{1F600}'.repeat(astral);
    fc.assert(
      fc.property(latestDocument, fc.nat({ max: 300 }), fc.nat({ max: 300 }), fc.constant('strategy_name'), (doc, bmp, astral, member) => {
        const value = { ...doc, [member]: text(bmp, astral) };
        const generated = LATEST_FORMAT.validate(value);
        expect(runtime(value)).toBe(generated);
        const keywords = (errors: readonly { keyword: string; instancePath: string }[] | null | undefined) => (errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).sort();
        expect(keywords(LATEST_FORMAT.validate.errors)).toEqual(keywords(runtime.errors));
      }),
      { numRuns: 300 },
    );
    // Exactly at the limits: 256 code points pass although they take 512 UTF-16 units; 257 fail; "" fails.
    const base = { ...fc.sample(latestDocument, { numRuns: 1, seed: 1 })[0]! };
    expect(LATEST_FORMAT.validate({ ...base, strategy_name: text(0, 256) })).toBe(true);
    expect(LATEST_FORMAT.validate({ ...base, strategy_name: text(1, 256) })).toBe(false);
    expect(LATEST_FORMAT.validate({ ...base, strategy_name: '' })).toBe(false);
  });
});
