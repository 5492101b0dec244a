// Bundles the ckpt command line (compiled by tsc into dist/src/cli/) into dist/cli/. Start-up time is what this
// is for: `ckpt validate one.json` must start within 1.3x of `node -e ''`, and Node's ESM loader pays for each of
// the library's ~60 module files (plus its CommonJS dependencies). So:
//   dist/cli/boot.js     what bin/ckpt.js loads: compiles and runs the bundle below (src/cli/boot.ts)
//   dist/cli/ckpt.js     the whole command line (src/cli/main.ts and every command) as one CommonJS file
//   dist/cli/worker.js   the validation worker thread (the validate bundle, loaded by boot.js as the main thread does)
//   dist/cli/validators/ one file per schema validator, loaded on first use (below)
// One file for all commands: one copy of the library (each command used to embed its own, 14 times over), and one
// file to load, which starts faster than ES modules split into chunks (measured: 1.6-2.0x `node -e ''` for
// esbuild's ESM chunks against 1.4-1.55x for one CommonJS file). The bundle is CommonJS (dist/cli/package.json)
// so boot.js can compile it through node:vm with a V8 code cache, which is written on first use, not shipped
// (see boot.ts); in a clone, the build warms it (below). The bundles are built from the tsc output, so they run exactly the code that was type-checked.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');

// node:crypto costs a start-up several milliseconds to load (its ciphers pull in node:stream), while the commands use
// only a few of its functions, some of them only on some paths: the bundles get a stand-in that loads it on the first
// call. The stand-in wraps every function node:crypto exports, so an import esbuild sees is always there.
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    // the stand-in's own require() is of the real module
    b.onResolve({ filter: /^node:crypto$/ }, (args) => (args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
      const real = await import(args.path);
      const names = Object.keys(real).filter((k) => k !== 'default' && typeof real[k] === 'function' && /^[a-z]/.test(k));
      const lines = [`let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(args.path)}));`];
      for (const name of names) lines.push(`export function ${name}(...args) { return load().${name}(...args); }`);
      return { contents: lines.join('\n'), loader: 'js' };
    });
  },
};

// jsonc-parser (which explains syntax errors and finds the line of a problem) builds 1,200 strings of spaces and
// tabs when its modules load, for a formatter the command line never calls: a third of a megabyte made and thrown
// away on every start. Its modules only define functions and tables, so they are marked free of side effects, and
// esbuild leaves out what nothing uses (the formatter and that table among them).
const pureJsoncParser = {
  name: 'pure-jsonc-parser',
  setup(b) {
    b.onResolve({ filter: /^jsonc-parser$|^\.\.?\// }, async (args) => {
      if (args.pluginData?.pure === true) return undefined;
      if (args.path !== 'jsonc-parser' && !/[\\/]node_modules[\\/]jsonc-parser[\\/]/.test(args.importer)) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { pure: true } });
      if (r.errors.length > 0) return { errors: r.errors, warnings: r.warnings };
      return { path: r.path, namespace: r.namespace, external: r.external, sideEffects: false };
    });
  },
};

// The generated validators are two thirds of the library's code (one per format version, plus the finbot source
// format's), and a run needs only the ones of the files it reads: usually one, the latest. In the bundles each is a
// stand-in that loads dist/cli/validators/NAME.js on its first call (boot.ts compiles those with a code cache too).
// A stand-in keeps the validator's contract (generated/validate-function.ts): it returns the verdict and leaves the
// last call's errors in its own `errors`.
const VALIDATORS = join(root, 'dist', 'generated', 'validators');
const validatorNames = readdirSync(VALIDATORS)
  .filter((n) => n.endsWith('.js'))
  .map((n) => n.slice(0, -3));
const lazyValidators = {
  name: 'lazy-validators',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]generated[\\/]validators[\\/][a-z0-9]+\.js$/ }, (args) => {
      const name = args.path.replace(/^.*[\\/]/, '').slice(0, -3);
      return {
        contents:
          `let impl;\n` +
          `export function validate(data) {\n` +
          `  impl ??= require(${JSON.stringify(`ckpt-validator:${name}`)}).validate;\n` +
          `  const valid = impl(data);\n` +
          `  validate.errors = impl.errors;\n` +
          `  return valid;\n` +
          `}\n`,
        loader: 'js',
      };
    });
    b.onResolve({ filter: /^ckpt-validator:/ }, (args) => ({ path: `./validators/${args.path.slice('ckpt-validator:'.length)}.js`, external: true }));
  },
};

const common = {
  plugins: [lazyBuiltins, pureJsoncParser],
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // ESM builds of dependencies where they ship one (jsonc-parser's UMD build cannot be bundled).
  mainFields: ['module', 'main'],
  // import.meta.url has no CommonJS equivalent: each bundle computes it from its own file name.
  // (a getter: only the code paths that need it pay for building the URL)
  define: { 'import.meta.url': '__ckpt_import_meta.url' },
  banner: { js: 'var __ckpt_import_meta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
  // tinyglobby is needed only for directories and globs: left in node_modules, it costs nothing otherwise.
  external: ['tinyglobby'],
  // import() becomes require(): node:vm (see boot.ts) cannot run import() without an experimental flag.
  supported: { 'dynamic-import': false },
  legalComments: 'eof',
  // Whitespace and syntax only: identifiers keep their names, so a stack trace (CKPT_DEBUG) still reads. It halves
  // the bundles, which embed one standalone validator per format version, and keeps the package under its limit.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

// boot is CommonJS, as bin/ckpt.js is: an ES module anywhere on the way makes Node start its ESM loader.
await build({ ...common, define: {}, banner: {}, entryPoints: { boot: 'dist/src/cli/boot.js' }, outdir });
// main.js loads each command with import('./commands/NAME.js'): bundled, those become plain requires of modules
// in the same file. `ckpt validate`, the command CI runs on every push, has a bundle of its own: only what it
// needs, so a cold start reads and compiles a third less. Its worker threads run the same file (worker.js is a
// two-line loader; pool.js starts it as ./worker.js beside the bundle).
const entries = join(root, 'dist', '.cli-entries');
rmSync(entries, { recursive: true, force: true });
mkdirSync(entries, { recursive: true });
writeFileSync(
  join(entries, 'validate.js'),
  `import * as command from '../src/cli/commands/validate.js';\n` +
    `import { runCommand } from '../src/cli/run-command.js';\n` +
    `import { checkFileSync } from '../src/cli/validate/check-file.js';\n` +
    `export function main(argv, io) { return runCommand('validate', command, argv, io); }\n` +
    // The protocol of src/cli/validate/worker.ts, without loading node:worker_threads in the main thread.
    `export function runWorker(port) { port.on('message', (job) => port.postMessage({ batch: job.batch, reports: job.files.map((f) => checkFileSync(f.read, f.path)) })); }\n`,
);
await build({ ...common, plugins: [lazyBuiltins, pureJsoncParser, lazyValidators], entryPoints: { ckpt: 'dist/src/cli/main.js', validate: join(entries, 'validate.js') }, outdir });
await build({ ...common, entryPoints: Object.fromEntries(validatorNames.map((n) => [`validators/${n}`, join(VALIDATORS, `${n}.js`)])), outdir });
rmSync(entries, { recursive: true, force: true });
writeFileSync(
  join(outdir, 'worker.js'),
  `'use strict';\n// A validation worker thread: the validate bundle, answering batches of files (src/cli/validate/worker.ts).\nrequire('./boot.js').runWorker(__dirname, require('node:worker_threads').parentPort);\n`,
);

// The scripts boot.js compiles (every file here but boot.js and worker.js, which Node's loader runs) are written
// already wrapped the way Node wraps a CommonJS module, so boot.js compiles the text it reads as it is, instead of
// copying a few hundred KB into a wrapper on every start. They are ASCII (esbuild's default charset; checked here),
// so boot.js reads them as latin1, without decoding UTF-8.
for (const f of [...readdirSync(outdir), ...readdirSync(join(outdir, 'validators')).map((n) => `validators/${n}`)].filter((n) => n.endsWith('.js'))) {
  const code = readFileSync(join(outdir, f), 'utf8');
  if (code.includes('Dynamic require of')) throw new Error(`dist/cli: ${f} calls require() on a bundled module; mark that dependency external`);
  if (f === 'boot.js' || f === 'worker.js') continue;
  if (/\bimport\(/.test(code)) throw new Error(`dist/cli: ${f} still contains import(), which node:vm cannot run`);
  if (/[^\x00-\x7f]/.test(code)) throw new Error(`dist/cli: ${f} is not ASCII, and boot.js reads it as latin1`);
  writeFileSync(join(outdir, f), `(function (exports, require, module, __filename, __dirname) {${code}\n})`);
}

// Warm the code caches of this clone (node_modules/.cache/state-checkpoint/, see boot.ts): run each command once on
// real inputs, so that the functions a typical run compiles are cached. An installed package has no build step:
// there, each command's first run writes its cache.
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
    // the typical run: one latest-format file, the text report (validate --format json runs load little more)
    validate: [latest],
    hash: [v1, latest],
    canon: [latest],
    upgrade: [v1],
    downgrade: ['--to', '1', latest],
    show: [latest],
    diff: [v1, latest],
    schema: [],
    versions: [],
    save: [...reg, latest],
    ls: [...reg],
    latest: [...reg, '--run', doc.run_id],
    rm: [...reg, '--dry-run', doc.checkpoint_id.slice(0, 12)],
    gc: [...reg, '--keep-last', '1', '--dry-run'],
    fsck: [...reg, '--dry-run'],
  };
  const bin = join(root, 'bin', 'ckpt.js');
  for (const [name, args] of [...Object.entries(runs), ['--help', []]]) {
    const argv = name === '--help' ? ['--help'] : [name, ...args];
    const r = spawnSync(process.execPath, [bin, ...argv], { env: { ...process.env, CKPT_WRITE_CODE_CACHE: '1' }, encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`warming the code cache of ckpt ${name} failed (exit ${r.status}): ${r.stderr}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
