// Runs every conformance vector in spec/vectors/ through every path of the TypeScript library: both validators
// (a fresh Ajv compile of the schema file and the precompiled one the library uses), parseBytes, loadCheckpoint
// (from a value, text and bytes), checkCheckpoint, canonicalBytes, checkpointId, upgrade and downgrade.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import {
  CheckpointError,
  FORMAT_VERSIONS,
  LATEST_VERSION_STRING,
  canonicalBytes,
  canonicalHash,
  canonicalString,
  checkCheckpoint,
  checkpointId,
  downgrade,
  loadCheckpoint,
  parseBytes,
  parseStrict,
  upgrade,
} from '../../src/index.js';
import { AJV_OPTIONS } from '../../scripts/ajv-options.mjs';
import { REPO_ROOT, bytesToHex, documentBytes, hexToBytes, loadCases, majorOf, type Json } from './load-vectors.js';

const freshValidators = FORMAT_VERSIONS.map((f) => {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', `v${f.major}.schema.json`), 'utf8')) as object;
  return new Ajv2020(AJV_OPTIONS).compile(schema);
});

/** The error code `fn` throws, or null when it returns. Anything but a CheckpointError is a failure. */
function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof CheckpointError) return e.code;
    throw e;
  }
}

/** The CheckpointError `fn` throws. */
function errorOf(fn: () => unknown): CheckpointError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CheckpointError) return e;
    throw e;
  }
  throw new Error('expected a CheckpointError, but the call returned');
}

const hashedPart = (doc: Record<string, unknown>) => {
  const { checkpoint_id: _i, created_at: _c, provenance: _p, ...rest } = doc;
  return rest;
};

const PARSE_STAGE = new Set(['E_ENCODING', 'E_PARSE', 'E_DEPTH', 'E_NUMBER', 'E_STRING', 'E_DUPLICATE_KEY']);

describe('validity vectors', () => {
  for (const { group, case: c, title } of loadCases('validity')) {
    it(title, () => {
      const major = majorOf(group.version!);
      expect(freshValidators[major - 1]!(c.document), 'fresh Ajv compile of the schema file').toBe(c.schema_valid);
      expect(FORMAT_VERSIONS[major - 1]!.validate(c.document), 'precompiled validator').toBe(c.schema_valid);

      const report = checkCheckpoint(c.document);
      expect(report.valid).toBe(c.error === null);
      expect(report.errors[0]?.code ?? null).toBe(c.error);
      if (c.schema_valid) expect(report.errors.map((e) => e.code)).not.toContain('E_SCHEMA');

      expect(codeOf(() => loadCheckpoint(c.document))).toBe(c.error);
      expect(codeOf(() => loadCheckpoint(documentBytes(c.document)))).toBe(c.error);
    });
  }
});

describe('identity vectors', () => {
  for (const { case: c, title } of loadCases('identity')) {
    it(title, () => {
      const value = c.text !== undefined ? parseStrict(c.text) : c.value;
      if (c.text !== undefined) expect(parseBytes(new TextEncoder().encode(c.text))).toEqual(value);
      if (c.scope === 'value') {
        expect(canonicalString(value)).toBe(c.canonical);
        expect(bytesToHex(canonicalBytes(value))).toBe(c.canonical_hex);
        expect(canonicalHash(value)).toBe(c.id);
        expect(canonicalize(value), 'the canonicalize package agrees').toBe(c.canonical);
      } else {
        const doc = value as Record<string, unknown>;
        expect(canonicalString(hashedPart(doc))).toBe(c.canonical);
        expect(bytesToHex(canonicalBytes(hashedPart(doc)))).toBe(c.canonical_hex);
        expect(checkpointId(doc)).toBe(c.id);
        expect(doc.checkpoint_id).toBe(c.id);
        expect(loadCheckpoint(doc).original.id).toBe(c.id);
      }
    });
  }
});

describe('upgrade vectors', () => {
  for (const { case: c, title } of loadCases('upgrade')) {
    it(title, () => {
      const r = upgrade(c.input, { to: majorOf(c.to) });
      expect(r.steps).toEqual(c.steps);
      expect(r.document).toEqual(c.output);
      expect(canonicalString(r.document)).toBe(canonicalString(c.output));
      expect(r.document.checkpoint_id).toBe(c.id);
      expect(checkpointId(c.output)).toBe(c.id);
      expect(upgrade(documentBytes(c.input), { to: majorOf(c.to) }).document).toEqual(c.output);
      if (c.to === LATEST_VERSION_STRING) {
        const loaded = loadCheckpoint(documentBytes(c.input));
        expect(loaded.checkpoint).toEqual(c.output);
        expect(loaded.steps).toEqual(c.steps);
        expect(loaded.id).toBe(c.id);
      }
    });
  }
});

describe('downgrade vectors', () => {
  for (const { case: c, title } of loadCases('downgrade')) {
    it(title, () => {
      const to = majorOf(c.to);
      if (c.error === null) {
        const r = downgrade(c.input, { to, allowLoss: c.allow_loss });
        expect(r.document).toEqual(c.output);
        expect(canonicalString(r.document)).toBe(canonicalString(c.output));
        expect(r.document.checkpoint_id).toBe(checkpointId(c.output as Record<string, Json>));
        expect(r.steps).toEqual(c.steps);
        expect(r.loss).toEqual(c.loss);
      } else if (c.error === 'E_DOWNGRADE_LOSS') {
        const e = errorOf(() => downgrade(documentBytes(c.input), { to, allowLoss: c.allow_loss }));
        expect(e.code).toBe(c.error);
        expect(e.details.map((d) => d.pointer)).toEqual(c.loss.map((l) => l.pointer));
        expect(downgrade(c.input, { to, allowLoss: true }).loss).toEqual(c.loss);
      } else {
        // No form in the target version: refused whether or not loss is allowed.
        expect(errorOf(() => downgrade(documentBytes(c.input), { to, allowLoss: true })).code).toBe(c.error);
        expect(errorOf(() => downgrade(c.input, { to })).code).toBe(c.error);
      }
    });
  }
});

describe('bad-input vectors', () => {
  for (const { case: c, title } of loadCases('bad-input')) {
    it(title, () => {
      const bytes = hexToBytes(c.hex);
      const stage = c.error !== null && PARSE_STAGE.has(c.error) ? c.error : null;
      expect(codeOf(() => parseBytes(bytes))).toBe(stage);
      expect(codeOf(() => loadCheckpoint(bytes))).toBe(c.error);

      const report = checkCheckpoint(bytes);
      expect(report.errors[0]?.code ?? null).toBe(c.error);
      if (c.error === null) {
        expect(report.valid).toBe(true);
        expect(report.id).toBe(c.id);
        expect(loadCheckpoint(bytes).original.id).toBe(c.id);
      }
      // The same text handed over as a string skips only the byte decoding.
      if (c.error !== 'E_ENCODING') expect(codeOf(() => loadCheckpoint(new TextDecoder().decode(bytes)))).toBe(c.error);
    });
  }
});
