// The registry on S3 against the same gateway's raw speed: create (save), load and latest, each as a ratio to a
// plain PutObject or GetObject of the same bytes through the same client, interleaved round by round so both see the
// same load. ratio = baseline time / registry time (higher is faster; a save is two create-only PUTs plus a
// best-effort hint, so about 0.33× is its floor by construction).
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serializeCheckpoint, createCheckpoint, stateFromSnapshot } from '../src/index.js';
import { ObjectStoreRegistry } from '../src/objectstore/registry.js';
import { resolveAwsSettings, S3ObjectStore } from '../src/objectstore/index.js';
import { BENCH_STRATEGY, benchSnapshot } from './documents.js';
import { formatTable } from './harness.js';

export interface S3BenchRow {
  readonly operation: string;
  readonly baseline: string;
  readonly baselineMs: number;
  readonly registryMs: number;
  readonly ratio: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

export async function runS3Bench(options: { rounds?: number; latestRunLength?: number } = {}): Promise<S3BenchRow[]> {
  const rounds = options.rounds ?? 30;
  const runLength = options.latestRunLength ?? 100;
  const bucket = process.env.CKPT_S3_TEST_BUCKET ?? 'ckpt-test';
  const store = new S3ObjectStore({ bucket, prefix: `bench-${randomUUID()}`, settings: resolveAwsSettings(), dialect: process.env.CKPT_S3_DIALECT === 'aws' ? 'aws' : 'ceph-16' });
  await store.createBucket();
  const registry = new ObjectStoreRegistry(store);
  const snapshot = benchSnapshot({ positions: 20, fills: 50, indicatorValues: 200 });
  // Distinct checkpoints of one run, built before timing so only storage is measured.
  const docs = Array.from({ length: rounds + runLength }, (_, i) =>
    createCheckpoint(stateFromSnapshot({ ...snapshot, metadata: { i } }, BENCH_STRATEGY, { run: 'bench', parent: null, sequence: i + 1 })),
  );
  const bytes = docs.map((d) => new TextEncoder().encode(serializeCheckpoint(d)));
  const put: number[] = [];
  const save: number[] = [];
  const get: number[] = [];
  const load: number[] = [];
  const latest: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < rounds; i++) {
    put.push(await time(() => store.put(`raw/${i}.json`, bytes[i]!)));
    save.push(await time(async () => ids.push((await registry.save(docs[i]!)).id)));
  }
  for (let i = rounds; i < rounds + runLength; i++) await registry.save(docs[i]!);
  for (let i = 0; i < rounds; i++) {
    get.push(await time(() => store.get(`raw/${i}.json`)));
    load.push(await time(() => registry.load(ids[i]!)));
    latest.push(await time(() => registry.latest({ run: 'bench' })));
  }
  const row = (operation: string, baseline: string, b: number[], r: number[]): S3BenchRow => ({ operation, baseline, baselineMs: median(b), registryMs: median(r), ratio: median(b) / median(r) });
  return [
    row('create (save)', 'PutObject', put, save),
    row('load(id)', 'GetObject', get, load),
    row(`latest({ run }) of ${rounds + runLength}`, 'GetObject', get, latest),
  ];
}

export function formatS3Rows(rows: readonly S3BenchRow[]): string {
  return formatTable([
    ['operation', 'baseline', 'baseline ms', 'registry ms', 'ratio'],
    ...rows.map((r) => [r.operation, r.baseline, r.baselineMs.toFixed(2), r.registryMs.toFixed(2), r.ratio.toFixed(2)]),
  ]);
}

// `npm run bench:s3`: only this benchmark, against the gateway the AWS_* variables name.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('# Registry on S3 vs a plain PutObject/GetObject of the same bytes on the same gateway (ratio = baseline / registry)');
  console.log(formatS3Rows(await runS3Bench()));
}
