// Bundles the ckpt command line (compiled by tsc into dist/src/cli/) into dist/cli/, then warms V8's code cache
// for each bundle. Start-up time is what this is for: `ckpt validate one.json` must start within 1.5x of
// `node -e ''`, and Node's ESM loader pays for each of the library's ~40 module files (plus its CommonJS
// dependencies), then parses and compiles half a megabyte of code. So:
//   dist/cli/boot.mjs            what bin/ckpt.js loads: picks the one bundle to run (src/cli/boot.ts)
//   dist/cli/main.js             help, --version and mistakes (src/cli/main.ts)
//   dist/cli/commands/NAME.js    one self-contained bundle per command, exporting main() and the command
//   dist/cli/commands/NAME.js.cache   its V8 code cache, written by running the command once (below)
//   dist/cli/commands/worker.js  the validation worker thread
// The bundles are CommonJS (dist/cli/package.json) so boot.js can compile them through node:vm with cached data.
// They are built from the tsc output, so they run exactly the code that was type-checked.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
const entries = join(root, 'dist', '.cli-entries');
rmSync(outdir, { recursive: true, force: true });
rmSync(entries, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
mkdirSync(entries, { recursive: true });
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // ESM builds of dependencies where they ship one (jsonc-parser's UMD build cannot be bundled).
  mainFields: ['module', 'main'],
  // import.meta.url has no CommonJS equivalent: each bundle computes it from its own file name.
  define: { 'import.meta.url': '__ckpt_import_meta_url' },
  banner: { js: 'var __ckpt_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  // tinyglobby is needed only for directories and globs: left in node_modules, it costs nothing otherwise.
  external: ['tinyglobby'],
  // import() becomes require(): node:vm (see boot.ts) cannot run import() without an experimental flag.
  supported: { 'dynamic-import': false },
  legalComments: 'eof',
  logLevel: 'warning',
};

// boot is an ES module: bin/ckpt.js imports it, and importing CommonJS from ESM costs a scan of its exports.
await build({ ...common, format: 'esm', outExtension: { '.js': '.mjs' }, define: {}, banner: {}, entryPoints: { boot: 'dist/src/cli/boot.js' }, outdir });
// The dispatcher's own loaders (for the unbundled build) stay out of its bundle: boot.js passes its own.
await build({ ...common, entryPoints: { main: 'dist/src/cli/main.js' }, outdir, external: [...common.external, './commands/*'] });

const names = readdirSync(join(root, 'dist/src/cli/commands'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => f.slice(0, -3));
const entryPoints = {};
for (const name of names) {
  const file = join(entries, `${name}.js`);
  const url = (p) => JSON.stringify(`../${p.replace(/^dist\//, '')}`); // entries live in dist/.cli-entries/
  writeFileSync(
    file,
    `import * as command from ${url(`dist/src/cli/commands/${name}.js`)};\n` +
      `import { runCommand } from ${url('dist/src/cli/run-command.js')};\n` +
      `export { command };\n` +
      `export function main(argv, io) { return runCommand(${JSON.stringify(name)}, command, argv, io); }\n`,
  );
  entryPoints[name] = file;
}
// The validation worker sits next to the commands: pool.js starts it as ./worker.js beside itself.
entryPoints.worker = 'dist/src/cli/validate/worker.js';
await build({ ...common, entryPoints, outdir: join(outdir, 'commands') });
rmSync(entries, { recursive: true, force: true });

// boot.js compiles bundles with node:vm, which has no dynamic import() and no module resolution of its own.
for (const dir of [outdir, join(outdir, 'commands')]) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js') || n.endsWith('.mjs'))) {
    const code = readFileSync(join(dir, f), 'utf8');
    if (code.includes('Dynamic require of')) throw new Error(`dist/cli: ${f} calls require() on a bundled module; mark that dependency external`);
    // main.js keeps the unbundled build's import('./commands/…') loaders, which boot.js never calls.
    if (/\bimport\((?!"\.\/commands\/)/.test(code)) throw new Error(`dist/cli: ${f} still contains import(), which node:vm cannot run`);
  }
}

// Warm the code caches: run each bundle once on real inputs, so the functions a typical run compiles are cached.
const work = mkdtempSync(join(tmpdir(), 'ckpt-warm-'));
try {
  const { CheckpointRegistry, loadCheckpoint, serializeCheckpoint } = await import(pathToFileURL(join(root, 'dist/src/index.js')).href);
  const v1 = join(root, 'spec/examples/v1.json');
  const latest = join(work, 'latest.json');
  const doc = loadCheckpoint(readFileSync(v1)).checkpoint;
  writeFileSync(latest, serializeCheckpoint(doc));
  const registry = join(work, 'registry');
  await new CheckpointRegistry(registry).save(doc);
  const reg = ['--registry', registry];
  const runs = {
    validate: ['--format', 'json', v1, latest],
    hash: [v1, latest],
    canon: [latest],
    upgrade: [v1],
    downgrade: ['--to', '1', latest],
    show: [latest],
    diff: [v1, latest],
    schema: [],
    versions: [],
    ls: [...reg],
    latest: [...reg, '--run', doc.run_id],
    rm: [...reg, '--dry-run', doc.checkpoint_id.slice(0, 12)],
    gc: [...reg, '--keep-last', '1', '--dry-run'],
    fsck: [...reg, '--dry-run'],
  };
  const bin = join(root, 'bin', 'ckpt.js');
  for (const name of [...names, '--help']) {
    const args = name === '--help' ? ['--help'] : [name, ...(runs[name] ?? ['--help'])];
    const r = spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, CKPT_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`warming the code cache of ckpt ${name} failed (exit ${r.status}): ${r.stderr}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
