#!/usr/bin/env node
// Soak test of the registry's crash safety: many more SIGKILL trials than the test suite runs (which runs
// 200), using the same trial runner (tests/registry/fixtures/crash-trials.mjs) against the built library.
//
//   npm run soak:registry -- [--trials 2000] [--roots 20] [--max-delay-ms 80] [--warm 2]
//
// Exits 0 when every trial held (latest loadable, every returned save loadable, fsck clean), 1 otherwise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distIndex = join(repo, 'dist/src/index.js');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} needs a positive number`);
    process.exit(2);
  }
  return n;
}

const trials = option('trials', 2000);
const roots = option('roots', 20);
const maxDelayMs = option('max-delay-ms', 80);
const warm = option('warm', 2);

const { CheckpointRegistry } = await import(pathToFileURL(distIndex).href);
const { runCrashTrials } = await import(pathToFileURL(join(repo, 'tests/registry/fixtures/crash-trials.mjs')).href);
const dir = mkdtempSync(join(tmpdir(), 'ckpt-soak-'));
const started = Date.now();
try {
  const stats = await runCrashTrials({
    CheckpointRegistry,
    distIndex,
    dir,
    trials,
    roots,
    maxDelayMs,
    warm,
    onTrial: (t, s) => {
      if ((t + 1) % 100 === 0) console.error(`${t + 1}/${trials} trials, ${s.savesReturned} saves returned, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    },
  });
  console.log(JSON.stringify({ ok: true, seconds: Math.round((Date.now() - started) / 1000), ...stats }));
} catch (e) {
  console.error(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
  console.error(`registries kept for inspection in ${dir}`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
