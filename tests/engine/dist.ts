// Child-process tests run the compiled worker in dist/ (npm ci builds it through `prepare`). When a
// source file is newer than its compiled form, or dist/ is missing, build it first, so the children
// never run stale code. One build at a time across test files (a mkdir lock).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_DIRS = ['src', 'examples', 'migrations', 'generated'];

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(p);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield p;
  }
}

/** Source files whose compiled .js in dist/ is missing or older. */
export function staleSources(): string[] {
  const stale: string[] = [];
  for (const d of SOURCE_DIRS) {
    for (const src of sources(join(ROOT, d))) {
      const out = join(ROOT, 'dist', relative(ROOT, src)).replace(/\.ts$/, '.js');
      let outTime: number;
      try {
        outTime = statSync(out).mtimeMs;
      } catch {
        stale.push(relative(ROOT, src));
        continue;
      }
      if (statSync(src).mtimeMs > outTime) stale.push(relative(ROOT, src));
    }
  }
  return stale;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Makes sure dist/ matches the sources. */
export function ensureBuilt(): void {
  if (staleSources().length === 0) return;
  const lock = join(tmpdir(), `state-checkpoint-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 16)}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a test run that was killed mid-build is stale after two minutes.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 120_000) rmdirSync(lock);
      } catch {
        // gone meanwhile
      }
      sleep(200);
    }
  }
  try {
    if (staleSources().length > 0) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

export function distPath(...segments: string[]): string {
  return join(ROOT, 'dist', ...segments);
}
