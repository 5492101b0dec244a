// The spec's examples are real: every file in spec/examples loads, is valid at its own version with its correct id,
// and is referenced from SPEC.md; the 2.0 and 3.0 files are in the file form; the worked identity example (§5.4)
// and the legacy layer shown in §14.6 are exactly what the library computes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalString, checkCheckpoint, checkpointId, FORMAT_VERSIONS, LATEST_VERSION_STRING, loadCheckpoint, serializeCheckpoint, UNHASHED_MEMBERS } from '../../src/index.js';
import { codeBlocks, root, specText, subsection } from './spec-text.js';

const dir = join(root, 'spec', 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const read = (file: string) => readFileSync(join(dir, file));

function hashedPart(doc: Record<string, unknown>): Record<string, unknown> {
  const out = { ...doc };
  for (const member of UNHASHED_MEMBERS) delete out[member];
  return out;
}

describe('spec/examples', () => {
  it('are what spec/examples/generate.mjs writes (run it after adding a version)', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'spec', 'examples', 'generate.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('has one example per format version, named like its schema', () => {
    expect(files).toEqual(FORMAT_VERSIONS.map((f) => f.schema.replace(/^schemas\//, '').replace('.schema.json', '.json')).sort());
  });

  it('keeps v1.json byte-identical (it is the Python producer’s file, never regenerated)', () => {
    const sha = createHash('sha256').update(read('v1.json')).digest('hex');
    expect(sha).toBe('37c834e8d7744240dc8233ce6d9238718cd21ada5ea35a4338d096b61b952142');
  });

  for (const file of files) {
    const format = FORMAT_VERSIONS.find((f) => f.schema === `schemas/${file.replace('.json', '.schema.json')}`)!;
    const version = format.version;
    const latest = version === LATEST_VERSION_STRING;

    it(`${file} is valid at its own version ${version} (schema, id, semantic rules) and carries its correct id`, () => {
      const bytes = read(file);
      const report = checkCheckpoint(bytes);
      expect(report.errors).toEqual([]);
      expect(report.version).toBe(version);
      const doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      expect(doc.version).toBe(version);
      expect(report.id).toBe(doc.checkpoint_id);
      expect(checkpointId(doc)).toBe(doc.checkpoint_id);
    });

    it(`${file} loads as the latest version${latest ? '' : ', with provenance naming it'}`, () => {
      const loaded = loadCheckpoint(read(file));
      expect(loaded.checkpoint.version).toBe(LATEST_VERSION_STRING);
      expect(loaded.original.version).toBe(version);
      if (!latest) expect(loaded.provenance?.source_id).toBe(loaded.original.id);
    });

    it(`${file} is linked from SPEC.md`, () => {
      expect(specText).toContain(`](examples/${file})`);
    });
  }

  // Every example but the hand-written 1.0 file is written by spec/examples/generate.mjs in the pretty form.
  for (const file of files.filter((f) => f !== 'v1.json')) {
    it(`${file} is in the pretty file form of §15.2 (what serializeCheckpoint writes with pretty: true)`, () => {
      const text = read(file).toString('utf8');
      expect(serializeCheckpoint(JSON.parse(text) as object, { pretty: true })).toBe(text);
    });
  }
});

describe('SPEC.md worked examples', () => {
  it('§5.4: the document, its canonical hashed part and its id are what the library computes', () => {
    const blocks = codeBlocks(subsection(/^### 5\.4 /));
    const json = blocks.find((b) => b.lang === 'json')!;
    const canonical = blocks.find((b) => b.lang === 'text')!;
    const doc = JSON.parse(json.content) as Record<string, unknown>;
    expect(serializeCheckpoint(doc, { pretty: true })).toBe(json.content + '\n');
    expect(canonicalString(hashedPart(doc))).toBe(canonical.content);
    expect(Buffer.byteLength(canonical.content, 'utf8')).toBe(362);
    expect(checkpointId(doc)).toBe(doc.checkpoint_id);
    expect(subsection(/^### 5\.4 /)).toContain(`whose SHA-256 is \`${String(doc.checkpoint_id)}\``);
    expect(checkCheckpoint(doc).errors).toEqual([]);
  });

  it('§14.6: the legacy layer shown for examples/v1.json is the one its upgrade records', () => {
    const block = codeBlocks(subsection(/^### 14\.6 /)).find((b) => b.lang === 'json')!;
    const loaded = loadCheckpoint(read('v1.json'));
    expect(loaded.checkpoint.legacy).toEqual([JSON.parse(block.content)]);
  });

  it('Appendix A: the 1.0 example’s id quoted in the text is its id', () => {
    const doc = JSON.parse(read('v1.json').toString('utf8')) as Record<string, unknown>;
    expect(specText).toContain(`Its id is \`${String(doc.checkpoint_id)}\``);
  });
});
