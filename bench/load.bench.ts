// Load throughput: loadCheckpoint(bytes) runs the whole pipeline (strict parse, version detection, schema
// validation, id verification, semantic checks) on a current-version file. Reported as a ratio to
// sha256(JSON.stringify(doc)) of the same document, measured in the same run, with the path the id took.
import { createHash } from 'node:crypto';
import { loadCheckpoint, serializeCheckpoint, type Checkpoint } from '../src/index.js';
import { parseJsonBytes } from '../src/json/index.js';
import { fileURLToPath } from 'node:url';
import { benchCorpus, realisticCorpus } from './documents.js';
import { measureInterleaved, ratio, type Measurement, type MeasureOptions } from './harness.js';

export interface LoadRow {
  readonly name: string;
  readonly bytes: number;
  /** How the load got the canonical bytes for the id (see identityPath). */
  readonly path: string;
  readonly baseline: Measurement;
  readonly load: Measurement;
  readonly loadRatio: number;
}

export interface LoadFile {
  readonly name: string;
  readonly doc: Checkpoint;
  /** The file; by default the file form (serializeCheckpoint). */
  readonly bytes?: Uint8Array;
}

/**
 * Which path a load of `bytes` takes to the id:
 * - "canonical bytes": the file is canonical text, its bytes are hashed;
 * - "rewritten bytes": another layout, rewritten into the canonical one in one pass and those bytes hashed;
 * - either with "+ k/n members re-serialized": k top-level members hold numbers whose spelling could not be proven
 *   canonical, and only their parsed values are serialized again;
 * - "general": parse, census, canonical-order copy, serialization.
 */
export function identityPath(bytes: Uint8Array): string {
  const { canonical } = parseJsonBytes(bytes);
  if (canonical === null || canonical.members === null) return 'general';
  const base = canonical.bytes === bytes ? 'canonical bytes' : 'rewritten bytes';
  const inexact = canonical.members.filter((m) => !m.exact).length;
  return inexact === 0 ? base : `${base} + ${inexact}/${canonical.members.length} members re-serialized`;
}

/** `pretty`: files without bytes are written in the pretty form (one member per line) instead of the file form. */
export function runLoadBench(docs: readonly LoadFile[], options: MeasureOptions = {}, pretty = false): LoadRow[] {
  return docs.map(({ name, doc, bytes: given }) => {
    const bytes = given ?? Buffer.from(serializeCheckpoint(doc, { pretty }), 'utf8');
    if (loadCheckpoint(bytes).id !== doc.checkpoint_id) throw new Error(`${name}: the bench document does not load`);
    const [baseline, load] = measureInterleaved(
      [
        { name: `${name}: sha256(JSON.stringify)`, fn: () => createHash('sha256').update(JSON.stringify(doc), 'utf8').digest('hex') },
        { name: `${name}: loadCheckpoint(bytes)`, fn: () => loadCheckpoint(bytes) },
      ],
      options,
    ) as [Measurement, Measurement];
    return { name, bytes: bytes.length, path: identityPath(bytes), baseline, load, loadRatio: ratio(baseline, load) };
  });
}

// Run alone: node dist/bench/load.bench.js [small,medium,large]   (the realistic set, then the bench set)
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = (process.argv[2] ?? 'small,medium,large').split(',') as ('small' | 'medium' | 'large')[];
  const rows = [...runLoadBench(realisticCorpus(sizes)), ...runLoadBench(benchCorpus().filter((d) => sizes.includes(d.name as 'small')))];
  for (const r of rows) console.log(`${r.name.padEnd(26)} ${String(r.bytes).padStart(9)}  ${r.loadRatio.toFixed(2)}×  ${r.load.medianMs.toFixed(3)} ms  ${r.path}`);
}
