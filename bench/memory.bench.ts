// Peak memory of a load (issue 16, item 4): how much memory `loadCheckpoint(readFileSync(file))` needs at its
// peak, as a multiple of the file's size (target: at most 3x).
//
// What is counted: the operating system's peak resident set size of a fresh process (VmHWM of /proc/self/status)
// minus its resident set size just before the file is read. Not getrusage's ru_maxrss (process.resourceUsage()):
// Linux carries it over exec from the forked copy of the parent, so a child of a bench that holds 150 MB reported a
// 150 MB "peak" whatever it loaded (7.2x here inside `npm run bench`, 3.6x run alone, for the same load). VmHWM
// belongs to the child's own address space, which exec creates anew, and is reset just before the read. That counts
// everything the load makes the process hold at once — the file's Buffer (outside the V8 heap), decoded strings,
// rewritten copies, the parsed value, garbage not yet collected — and nothing the process held before. Each
// measurement runs in a child process of its own (`node --expose-gc`, so the child starts the load from a
// collected heap), because a high-water mark cannot be reset within one process. The file is written by the
// parent; the child loads a small file first (so compiling the library's code is not counted), then reads and
// loads the large one, and keeps the result alive to the end (it is part of the peak). Three runs, the median.
//
// Run alone: npm run build && node dist/bench/memory.bench.js
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realisticFile, type Layout } from './documents.js';
import { formatTable } from './harness.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Issue 16, item 4: a load's peak at most this multiple of the file size. */
export const MEMORY_TARGET = 3;

export interface MemoryRow {
  readonly name: string;
  readonly bytes: number;
  /** Peak resident memory the load added, in bytes (median of the runs). */
  readonly peak: number;
  /** peak / bytes. */
  readonly ratio: number;
  readonly runs: number;
}

/** The child: read the file and load it, then report the resident set before and the process's peak after. */
const CHILD = `import { readFileSync, writeFileSync } from 'node:fs';
const { loadCheckpoint } = await import(process.argv[3]);
const file = process.argv[2];
// A process that loads files has its code compiled: one load of a small file first, so that compiling is not
// counted as the large file's memory.
loadCheckpoint(readFileSync(process.argv[4]));
globalThis.gc();
// The high-water mark starts here (Linux 4.0+: "5" resets it to the current RSS), so that nothing the warm-up
// held at its own peak is counted as the load's.
writeFileSync('/proc/self/clear_refs', '5');
const before = process.memoryUsage.rss();
const result = loadCheckpoint(readFileSync(file));
const hwm = /^VmHWM:\\s+(\\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
if (hwm === null) throw new Error('no VmHWM in /proc/self/status: this measure needs Linux');
const peak = Number(hwm[1]) * 1024;
process.stdout.write(JSON.stringify({ before, peak, id: result.id }));
`;

function measureOnce(child: string, file: string, library: string, warm: string): { before: number; peak: number; id: string } {
  const r = spawnSync(process.execPath, ['--expose-gc', child, file, library, warm], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`memory bench child failed on ${file}: ${r.stderr.slice(0, 800)}`);
  return JSON.parse(r.stdout) as { before: number; peak: number; id: string };
}

export interface MemoryBenchOptions {
  /** Runs per document (default 3; the median is reported). */
  readonly runs?: number;
  readonly workDir?: string;
}

/**
 * The realistic documents whose loads are measured: the large ones (10^6 computed doubles, non-ASCII metadata), in
 * the file form and in Python's layout. Below a few megabytes the peak is the heap's own growth, not the document.
 */
export const MEMORY_DOCUMENTS: readonly Layout[] = ['canonical', 'python-indent-2'];

export function runMemoryBench(options: MemoryBenchOptions = {}): MemoryRow[] {
  const work = options.workDir ?? join(ROOT, '.bench-tmp', 'memory');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  try {
    const child = join(work, 'load-child.mjs');
    writeFileSync(child, CHILD);
    const library = new URL('../src/index.js', import.meta.url).href;
    return MEMORY_DOCUMENTS.map((layout) => {
      const f = realisticFile('large', layout);
      const file = join(work, `large-${layout}.json`);
      writeFileSync(file, f.bytes);
      const warm = join(work, `small-${layout}.json`);
      writeFileSync(warm, realisticFile('small', layout).bytes);
      const peaks: number[] = [];
      for (let i = 0; i < (options.runs ?? 3); i++) {
        const m = measureOnce(child, file, library, warm);
        if (m.id !== f.doc.checkpoint_id) throw new Error(`${f.name}: the child loaded a different id`);
        peaks.push(m.peak - m.before);
      }
      peaks.sort((a, b) => a - b);
      const peak = peaks[peaks.length >> 1]!;
      return { name: f.name, bytes: f.bytes.length, peak, ratio: peak / f.bytes.length, runs: peaks.length };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function formatMemoryRows(rows: readonly MemoryRow[]): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return formatTable([
    ['doc', 'file size', 'peak added by the load (median)', 'peak / file size', `target ≤ ${MEMORY_TARGET}×`],
    ...rows.map((r) => [r.name, mb(r.bytes), mb(r.peak), `${r.ratio.toFixed(2)}×`, r.ratio <= MEMORY_TARGET ? 'PASS' : 'MISSED']),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('# Peak memory of loadCheckpoint(readFileSync(file)): peak RSS of a fresh process minus its RSS before the read');
  console.log(formatMemoryRows(runMemoryBench()));
}
