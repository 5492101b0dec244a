// The ckpt command line against the tools people use today, in the same run on the same files (issue 5):
//
//  - Cold start: `ckpt validate one-small-file.json` vs `node -e ''` (target: at most 1.5x the wall time).
//  - Throughput: `ckpt validate DIR` (schema, id and semantic checks, all cores) vs
//    `ajv validate --spec=draft2020 -c ajv-formats -s schemas/v3.schema.json -d 'DIR/*.json'` (ajv-cli: schema
//    only) on a corpus of 2,000 small (~3 KB) and 200 medium (~300 KB) current-version checkpoints generated
//    here (target: at most 0.5x ajv-cli's wall time).
//
// Both are wall-clock times of whole processes, runs interleaved so that machine noise hits both sides alike;
// medians are reported, with the fastest runs for context. Ratios are our time / baseline time (lower is faster).
//
// Run: npm run build && node dist/bench/cli.bench.js   (or as part of npm run bench)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LATEST_FORMAT, serializeCheckpoint } from '../src/index.js';
import { benchCheckpoint } from './documents.js';
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
    readonly ajv: Timing;
    readonly ckpt: Timing;
    readonly ratio: number;
    readonly minRatio: number;
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
  const write = (name: string, text: string): void => {
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
  };
  for (let i = 0; i < small; i++) write(`small-${String(i).padStart(4, '0')}.json`, serializeCheckpoint(benchCheckpoint({ positions: 3, fills: 4, indicatorValues: 20, seed: 1000 + i })));
  for (let i = 0; i < medium; i++) write(`medium-${String(i).padStart(3, '0')}.json`, serializeCheckpoint(benchCheckpoint({ positions: 350, fills: 700, indicatorValues: 0, seed: 5000 + i })));
  return { files: small + medium, bytes, one: join(dir, 'small-0000.json') };
}

export function runCliBench(options: CliBenchOptions = {}): CliBenchResult {
  const work = options.workDir ?? join(ROOT, '.bench-tmp', 'cli');
  const corpusDir = join(work, 'corpus');
  const corpus = writeCorpus(corpusDir, options.smallFiles ?? 2000, options.mediumFiles ?? 200);
  try {
    const oneDir = join(work, 'one');
    mkdirSync(oneDir, { recursive: true });
    const one = join(oneDir, 'one-small-file.json');
    const oneText = serializeCheckpoint(benchCheckpoint({ positions: 3, fills: 4, indicatorValues: 20, seed: 7 }));
    writeFileSync(one, oneText);

    const cold = interleaved(
      [
        ['-e', ''],
        [BIN, 'validate', one],
      ],
      options.coldRuns ?? 30,
      work,
    );
    const coldBaseline = timing(cold[0]!);
    const coldCkpt = timing(cold[1]!);

    const ajvCli = createRequire(import.meta.url).resolve('ajv-cli/dist/index.js');
    const schema = join(ROOT, LATEST_FORMAT.schema);
    const thr = interleaved(
      [
        [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', schema, '-d', `${corpusDir}/*.json`],
        [BIN, 'validate', '--quiet', corpusDir],
      ],
      options.throughputRuns ?? 3,
      work,
    );
    const ajv = timing(thr[0]!);
    const ours = timing(thr[1]!);
    return {
      coldStart: { baseline: coldBaseline, ckpt: coldCkpt, ratio: coldCkpt.medianMs / coldBaseline.medianMs, minRatio: coldCkpt.minMs / coldBaseline.minMs, fileBytes: oneText.length },
      throughput: { ajv, ckpt: ours, ratio: ours.medianMs / ajv.medianMs, minRatio: ours.minMs / ajv.minMs, files: corpus.files, bytes: corpus.bytes },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const CLI_TARGETS = { coldStart: 1.5, throughput: 0.5 } as const;

export function formatCliBench(r: CliBenchResult): string {
  const ms = (t: Timing): string => `${t.medianMs.toFixed(1)} (min ${t.minMs.toFixed(1)})`;
  const verdict = (ratio: number, target: number): string => (ratio <= target ? 'met' : 'MISSED');
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
      `throughput: ckpt validate vs ajv-cli, ${r.throughput.files} files, ${mb} MB`,
      ms(r.throughput.ajv),
      ms(r.throughput.ckpt),
      r.throughput.ratio.toFixed(2),
      r.throughput.minRatio.toFixed(2),
      `≤ ${CLI_TARGETS.throughput}×: ${verdict(r.throughput.ratio, CLI_TARGETS.throughput)}`,
    ],
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('# ckpt command line: ratio = ckpt wall time / baseline wall time (lower is faster)');
  console.log(formatCliBench(runCliBench()));
}
