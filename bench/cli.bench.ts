// The ckpt command line against the floor and the tools people use today, in the same run on the same files
// (issues 5 and 16):
//
//  - Cold start: `ckpt validate one-small-file.json` vs `node -e ''` (target: at most 1.3x the wall time).
//  - Throughput: `ckpt validate DIR` (schema, id and semantic checks, all cores) vs a plain Node script that only
//    reads and JSON.parses every file (target: at most 1.3x its wall time; that floor is what bounds us on two
//    cores), and vs `ajv validate --spec=draft2020 -c ajv-formats -s SCHEMA -d 'DIR/*.json'` (ajv-cli: schema only,
//    for context) on a corpus of 2,000 small (~4 KB) and 200 medium (~300–500 KB) realistic checkpoints (computed
//    doubles, non-ASCII; half in the file form, half in Python's json.dump(indent=2) layout) generated here.
//
// Both are wall-clock times of whole processes, runs interleaved so that machine noise hits both sides alike;
// medians are reported, with the fastest runs for context. Ratios are our time / baseline time (lower is faster).
//
// Run: npm run build && node dist/bench/cli.bench.js [cold]   (or as part of npm run bench; `cold`: the cold start only)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LATEST_FORMAT, serializeCheckpoint } from '../src/index.js';
import { realisticFile, type Layout } from './documents.js';
import { formatTable } from './harness.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'bin', 'ckpt.js');

export interface CliBenchOptions {
  /** Cold-start runs of each side (default 30). */
  readonly coldRuns?: number;
  /** Throughput runs of each side (default 3). */
  readonly throughputRuns?: number;
  readonly smallFiles?: number;
  readonly mediumFiles?: number;
  /** Where the corpus is written (default .bench-tmp/cli in the package). */
  readonly workDir?: string;
}

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

export interface CliBenchResult {
  readonly coldStart: { readonly baseline: Timing; readonly ckpt: Timing; readonly ratio: number; readonly minRatio: number; readonly fileBytes: number };
  readonly throughput: {
    /** The plain read + JSON.parse script. */
    readonly floor: Timing;
    readonly ajv: Timing;
    readonly ckpt: Timing;
    /** ckpt / floor. */
    readonly ratio: number;
    readonly minRatio: number;
    /** ckpt / ajv-cli, for context. */
    readonly ajvRatio: number;
    readonly files: number;
    readonly bytes: number;
  };
}

function timing(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { medianMs: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, minMs: s[0]!, runs: s.length };
}

function timed(args: readonly string[], expectStatus: number, cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== expectStatus) throw new Error(`${args.join(' ')} exited ${String(r.status)}: ${r.stderr.toString('utf8').slice(0, 500)}`);
  return ms;
}

/** Runs the commands in turn `runs` times, so that load changes on the machine hit each of them alike. */
function interleaved(commands: readonly (readonly string[])[], runs: number, cwd: string): number[][] {
  const samples = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => samples[k]!.push(timed(c, 0, cwd)));
  return samples;
}

export function writeCorpus(dir: string, small: number, medium: number): { files: number; bytes: number; one: string } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const write = (name: string, data: Uint8Array): void => {
    writeFileSync(join(dir, name), data);
    bytes += data.length;
  };
  const layout = (i: number): Layout => (i % 2 === 0 ? 'canonical' : 'python-indent-2');
  for (let i = 0; i < small; i++) write(`small-${String(i).padStart(4, '0')}.json`, realisticFile('small', layout(i), 1000 + i).bytes);
  for (let i = 0; i < medium; i++) write(`medium-${String(i).padStart(3, '0')}.json`, realisticFile('medium', layout(i), 5000 + i).bytes);
  return { files: small + medium, bytes, one: join(dir, 'small-0000.json') };
}

/** The floor of any validator: read every file of a folder and JSON.parse it, nothing else. */
const PARSE_ONLY = `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
for (const f of readdirSync(dir)) if (f.endsWith('.json')) JSON.parse(readFileSync(join(dir, f), 'utf8'));
`;

/** `ckpt validate one-small-file.json` vs `node -e ''`, interleaved; `work` must exist. */
function measureColdStart(work: string, runs: number): CliBenchResult['coldStart'] {
  const oneDir = join(work, 'one');
  mkdirSync(oneDir, { recursive: true });
  const one = join(oneDir, 'one-small-file.json');
  const oneText = serializeCheckpoint(realisticFile('small', 'canonical', 7).doc);
  writeFileSync(one, oneText);
  const cold = interleaved(
    [
      ['-e', ''],
      [BIN, 'validate', one],
    ],
    runs,
    work,
  );
  const baseline = timing(cold[0]!);
  const ckpt = timing(cold[1]!);
  return { baseline, ckpt, ratio: ckpt.medianMs / baseline.medianMs, minRatio: ckpt.minMs / baseline.minMs, fileBytes: oneText.length };
}

/** The cold-start measure alone (`node dist/bench/cli.bench.js cold`). */
export function runColdStartBench(options: CliBenchOptions = {}): CliBenchResult['coldStart'] {
  const work = options.workDir ?? join(ROOT, '.bench-tmp', 'cli-cold');
  mkdirSync(work, { recursive: true });
  try {
    return measureColdStart(work, options.coldRuns ?? 30);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function runCliBench(options: CliBenchOptions = {}): CliBenchResult {
  const work = options.workDir ?? join(ROOT, '.bench-tmp', 'cli');
  const corpusDir = join(work, 'corpus');
  const corpus = writeCorpus(corpusDir, options.smallFiles ?? 2000, options.mediumFiles ?? 200);
  try {
    const parseOnly = join(work, 'parse-only.mjs');
    writeFileSync(parseOnly, PARSE_ONLY);
    const coldStart = measureColdStart(work, options.coldRuns ?? 30);

    const ajvCli = createRequire(import.meta.url).resolve('ajv-cli/dist/index.js');
    const schema = join(ROOT, LATEST_FORMAT.schema);
    const thr = interleaved(
      [
        [parseOnly, corpusDir],
        [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', schema, '-d', `${corpusDir}/*.json`],
        [BIN, 'validate', '--quiet', corpusDir],
      ],
      options.throughputRuns ?? 3,
      work,
    );
    const floor = timing(thr[0]!);
    const ajv = timing(thr[1]!);
    const ours = timing(thr[2]!);
    return {
      coldStart,
      throughput: { floor, ajv, ckpt: ours, ratio: ours.medianMs / floor.medianMs, minRatio: ours.minMs / floor.minMs, ajvRatio: ours.medianMs / ajv.medianMs, files: corpus.files, bytes: corpus.bytes },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const CLI_TARGETS = { coldStart: 1.3, throughput: 1.3 } as const;

export function formatCliBench(r: CliBenchResult): string {
  const ms = (t: Timing): string => `${t.medianMs.toFixed(1)} (min ${t.minMs.toFixed(1)})`;
  const verdict = (ratio: number, target: number): string => (ratio <= target ? 'PASS' : 'MISSED');
  const mb = (r.throughput.bytes / 1024 / 1024).toFixed(1);
  return formatTable([
    ['measure', 'baseline ms', 'ckpt ms', 'ratio (median)', 'ratio (min)', 'target'],
    [
      `cold start: ckpt validate one ${(r.coldStart.fileBytes / 1024).toFixed(1)} KB file vs node -e ''`,
      ms(r.coldStart.baseline),
      ms(r.coldStart.ckpt),
      r.coldStart.ratio.toFixed(2),
      r.coldStart.minRatio.toFixed(2),
      `≤ ${CLI_TARGETS.coldStart}×: ${verdict(r.coldStart.ratio, CLI_TARGETS.coldStart)}`,
    ],
    [
      `throughput: ckpt validate vs read + JSON.parse only, ${r.throughput.files} files, ${mb} MB`,
      ms(r.throughput.floor),
      ms(r.throughput.ckpt),
      r.throughput.ratio.toFixed(2),
      r.throughput.minRatio.toFixed(2),
      `≤ ${CLI_TARGETS.throughput}×: ${verdict(r.throughput.ratio, CLI_TARGETS.throughput)}`,
    ],
    [`  (ajv-cli, schema only, same files)`, ms(r.throughput.ajv), ms(r.throughput.ckpt), r.throughput.ajvRatio.toFixed(2), '', ''],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('# ckpt command line: ratio = ckpt wall time / baseline wall time (lower is faster)');
  if (process.argv[2] === 'cold') {
    const r = runColdStartBench();
    const ms = (t: Timing): string => `${t.medianMs.toFixed(1)} (min ${t.minMs.toFixed(1)})`;
    console.log(`cold start: ckpt validate one ${(r.fileBytes / 1024).toFixed(1)} KB file ${ms(r.ckpt)} ms vs node -e '' ${ms(r.baseline)} ms: ${r.ratio.toFixed(2)}× (min ${r.minRatio.toFixed(2)}×), target ≤ ${CLI_TARGETS.coldStart}×: ${r.ratio <= CLI_TARGETS.coldStart ? 'PASS' : 'MISSED'}`);
  } else {
    console.log(formatCliBench(runCliBench()));
  }
}
