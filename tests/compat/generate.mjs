#!/usr/bin/env node
// Writes the compatibility corpus of THIS release into tests/compat/releases/<package version>/: one file of every
// format version this release knows, in both file forms, and a registry (with its .index) written through the
// public API, plus a manifest of what a later reader must find there. Run once per release, after
// `npm run build`, BEFORE changing any behaviour: `node tests/compat/generate.mjs`. It refuses to overwrite a
// release's folder, because the point of the corpus is that it is never rewritten (tests/compat/corpus.test.ts
// opens every release's folder with the current library).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckpointRegistry, FORMAT_VERSIONS, loadCheckpoint, serializeCheckpoint } from '../../dist/src/index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const release = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).version;
const out = join(repo, 'tests', 'compat', 'releases', release);
if (existsSync(out)) {
  console.error(`${out} exists: a release's corpus is written once and never regenerated`);
  process.exit(1);
}
mkdirSync(join(out, 'files'), { recursive: true });

const files = [];
for (const format of FORMAT_VERSIONS) {
  const major = format.version.split('.')[0];
  const doc = JSON.parse(readFileSync(join(repo, 'spec', 'examples', `v${major}.json`), 'utf8'));
  for (const form of ['canonical', 'pretty']) {
    const name = `${format.version}.${form}.json`;
    writeFileSync(join(out, 'files', name), serializeCheckpoint(doc, { pretty: form === 'pretty' }));
    files.push({ file: `files/${name}`, version: format.version, id: doc.checkpoint_id, latest_id: loadCheckpoint(doc).id });
  }
}

// A registry as a user's engine leaves it: two runs, a compacted index snapshot followed by log records, and an
// older-format file copied in by hand (which the index records with its latest-format id).
const work = mkdtempSync(join(tmpdir(), 'ckpt-compat-'));
const root = join(work, 'registry');
let clock = Date.parse('2025-01-06T09:00:00Z');
const registry = new CheckpointRegistry(root, { now: () => (clock += 1000) });
const base = JSON.parse(readFileSync(join(repo, 'spec', 'examples', `v${FORMAT_VERSIONS.length}.json`), 'utf8'));
const state = (run, sequence, parent) => {
  const { checkpoint_id: _i, version: _v, created_at: _c, provenance: _p, legacy: _l, ...rest } = base;
  return { ...rest, run_id: run, sequence, parent_id: parent, timestamp: `2025-01-0${sequence + 1}T20:00:00Z`, metadata: { note: `${run} #${sequence}` } };
};
const saved = [];
for (const run of ['run-a', 'run-b']) {
  let parent = null;
  for (let sequence = 0; sequence < 3; sequence++) {
    const s = await registry.create(state(run, sequence, parent));
    parent = s.id;
    saved.push(s.id);
    if (run === 'run-a' && sequence === 2) await registry.compact();
  }
}
const older = files.find((f) => f.version !== FORMAT_VERSIONS[FORMAT_VERSIONS.length - 1].version && f.file.endsWith('.canonical.json'));
const olderDoc = JSON.parse(readFileSync(join(out, older.file), 'utf8'));
const olderDir = join(root, olderDoc.timestamp.slice(0, 4), olderDoc.timestamp.slice(5, 7));
mkdirSync(olderDir, { recursive: true });
cpSync(join(out, older.file), join(olderDir, `${older.id}.json`));
// Loading it by id teaches the index the hand-copied file: a log record with version and latest_format_id.
await registry.load(older.id);
const listed = await registry.list();
rmSync(join(root, '.locks'), { recursive: true, force: true });
cpSync(root, join(out, 'registry'), { recursive: true });
rmSync(work, { recursive: true, force: true });

const latestOf = {};
for (const run of ['run-a', 'run-b']) latestOf[run] = (await new CheckpointRegistry(join(out, 'registry')).latest({ run }))?.id;
rmSync(join(out, 'registry', '.locks'), { recursive: true, force: true });
writeFileSync(
  join(out, 'manifest.json'),
  JSON.stringify({ release, written_by: 'tests/compat/generate.mjs', files, registry: { entries: listed.map((e) => ({ id: e.id, version: e.version, latest_format_id: e.latest_format_id, run_id: e.run_id, sequence: e.sequence })), latest: latestOf } }, null, 2) + '\n',
);
// The release freezes its schemas: tests/format/frozen-schemas.test.ts holds every later tree to these hashes.
const { createHash } = await import('node:crypto');
const pins = Object.fromEntries(FORMAT_VERSIONS.map((f) => [f.schema, createHash('sha256').update(readFileSync(join(repo, f.schema))).digest('hex')]));
writeFileSync(join(out, 'schemas.json'), JSON.stringify({ release, sha256: pins }, null, 2) + '\n');
console.log(`wrote ${out}: ${files.length} files, a registry of ${listed.length} checkpoints`);
