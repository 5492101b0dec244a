// Throughput of canonical hashing against the fastest non-canonical hash of the same document.
//
// For each document: baseline = sha256(JSON.stringify(doc)) (not canonical, but the floor any approach pays),
// ours = canonicalHash(doc), and the `canonicalize` npm package + sha256. Ratios are baseline time / candidate
// time, so 0.5 means "takes twice as long as the baseline".
//
// Run through `npm run bench` (bench/index.ts), on the corpus of bench/documents.ts.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { canonicalHash, canonicalString } from '../src/canonical/index.js';
import { formatTable, measureInterleaved, ratio, type Measurement, type MeasureOptions } from './harness.js';

export interface BenchDoc {
  readonly name: string;
  readonly doc: unknown;
}

export interface Row {
  readonly name: string;
  /** Size of the canonical UTF-8 text. */
  readonly bytes: number;
  readonly baseline: Measurement;
  readonly canonicalHash: Measurement;
  readonly canonicalize: Measurement;
  /** baseline time / canonicalHash time. */
  readonly canonicalHashRatio: number;
  /** baseline time / canonicalize+sha256 time. */
  readonly canonicalizeRatio: number;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export async function runCanonicalBench(docs: readonly BenchDoc[], options: MeasureOptions = {}): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { name, doc } of docs) {
    const ours = canonicalString(doc);
    if (ours !== canonicalize(doc)) throw new Error(`${name}: canonicalString differs from the canonicalize package`);
    const [baseline, mine, theirs] = measureInterleaved(
      [
        { name: `${name}: sha256(JSON.stringify)`, fn: () => sha256(JSON.stringify(doc)) },
        { name: `${name}: canonicalHash`, fn: () => canonicalHash(doc) },
        { name: `${name}: canonicalize + sha256`, fn: () => sha256(canonicalize(doc) ?? '') },
      ],
      options,
    ) as [Measurement, Measurement, Measurement];
    rows.push({
      name,
      bytes: Buffer.byteLength(ours, 'utf8'),
      baseline,
      canonicalHash: mine,
      canonicalize: theirs,
      canonicalHashRatio: ratio(baseline, mine),
      canonicalizeRatio: ratio(baseline, theirs),
    });
    await new Promise((resolve) => setImmediate(resolve)); // let the event loop breathe between documents
  }
  return rows;
}

export function formatRows(rows: readonly Row[]): string {
  const ms = (m: Measurement): string => m.medianMs.toFixed(3);
  return formatTable([
    ['doc', 'bytes', 'baseline ms', 'canonicalHash ms', 'canonicalize ms', 'canonicalHash ratio', 'canonicalize ratio'],
    ...rows.map((r) => [
      r.name,
      String(r.bytes),
      ms(r.baseline),
      ms(r.canonicalHash),
      ms(r.canonicalize),
      r.canonicalHashRatio.toFixed(2),
      r.canonicalizeRatio.toFixed(2),
    ]),
  ]);
}
