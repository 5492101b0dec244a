// Load throughput: loadCheckpoint(bytes) runs the whole pipeline (strict parse, version detection, schema
// validation, id verification, semantic checks) on a current-version file. Reported as a ratio to
// sha256(JSON.stringify(doc)) of the same document, measured in the same run.
import { createHash } from 'node:crypto';
import { loadCheckpoint, serializeCheckpoint } from '../src/index.js';
import type { NamedCheckpoint } from './documents.js';
import { measureInterleaved, ratio, type Measurement, type MeasureOptions } from './harness.js';

export interface LoadRow {
  readonly name: string;
  readonly bytes: number;
  readonly baseline: Measurement;
  readonly load: Measurement;
  readonly loadRatio: number;
}

/** `pretty`: load files in the pretty form (one member per line), which cannot take the canonical-text fast path. */
export function runLoadBench(docs: readonly NamedCheckpoint[], options: MeasureOptions = {}, pretty = false): LoadRow[] {
  return docs.map(({ name, doc }) => {
    const bytes = Buffer.from(serializeCheckpoint(doc, { pretty }), 'utf8');
    if (loadCheckpoint(bytes).id !== doc.checkpoint_id) throw new Error(`${name}: the bench document does not load`);
    const [baseline, load] = measureInterleaved(
      [
        { name: `${name}: sha256(JSON.stringify)`, fn: () => createHash('sha256').update(JSON.stringify(doc), 'utf8').digest('hex') },
        { name: `${name}: loadCheckpoint(bytes)`, fn: () => loadCheckpoint(bytes) },
      ],
      options,
    ) as [Measurement, Measurement];
    return { name, bytes: bytes.length, baseline, load, loadRatio: ratio(baseline, load) };
  });
}
