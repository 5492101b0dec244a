// generated/ is derived from schemas/ and must never drift from it.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

describe('code generation', () => {
  it('codegen:check reports no drift', () => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'codegen.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/matches schemas/);
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
});
