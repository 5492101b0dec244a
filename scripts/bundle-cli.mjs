// Bundles the ckpt command line (compiled by tsc into dist/src/cli/) into dist/cli/. Start-up time is what this
// is for: `ckpt validate one.json` must start within 1.5x of `node -e ''`, and Node's ESM loader pays for each of
// the library's ~60 module files (plus its CommonJS dependencies). So:
//   dist/cli/boot.mjs    what bin/ckpt.js loads: compiles and runs the bundle below (src/cli/boot.ts)
//   dist/cli/ckpt.js     the whole command line (src/cli/main.ts and every command) as one CommonJS file
//   dist/cli/worker.js   the validation worker thread
// One file for all commands: one copy of the library (each command used to embed its own, 14 times over), and one
// file to load, which starts faster than ES modules split into chunks (measured: 1.6-2.0x `node -e ''` for
// esbuild's ESM chunks against 1.4-1.55x for one CommonJS file). The bundle is CommonJS (dist/cli/package.json)
// so boot.mjs can compile it through node:vm with a V8 code cache, which is written on first use, not shipped
// (see boot.ts). The bundles are built from the tsc output, so they run exactly the code that was type-checked.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
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
// main.js loads each command with import('./commands/NAME.js'): bundled, those become plain requires of modules
// in the same file. The worker sits next to it: pool.js starts it as ./worker.js beside itself.
await build({ ...common, entryPoints: { ckpt: 'dist/src/cli/main.js', worker: 'dist/src/cli/validate/worker.js' }, outdir });

for (const f of readdirSync(outdir).filter((n) => n.endsWith('.js') || n.endsWith('.mjs'))) {
  const code = readFileSync(join(outdir, f), 'utf8');
  if (code.includes('Dynamic require of')) throw new Error(`dist/cli: ${f} calls require() on a bundled module; mark that dependency external`);
  if (f !== 'boot.mjs' && /\bimport\(/.test(code)) throw new Error(`dist/cli: ${f} still contains import(), which node:vm cannot run`);
}
