// Starts the installed ckpt (bin/ckpt.js calls this; it is bundled to dist/cli/boot.mjs, an ES module, so that
// importing it costs no CommonJS export scan). The command line is one CommonJS bundle (dist/cli/ckpt.js), and
// `ckpt validate`, which CI runs on every push, has a smaller one of its own (dist/cli/validate.js): Node's ESM
// loader pays for every module file, so one file starts faster than the library's sixty, and the package holds
// two copies of the library rather than one per command. The bundle is compiled through node:vm so that V8's code cache can
// skip parsing and compiling half a megabyte of code: Node 22's module.enableCompileCache() does this, Node 20
// lacks it. The cache is not shipped (it only fits the exact Node build that wrote it): the first run writes it
// next to the project's other tool caches (node_modules/.cache/state-checkpoint/), keyed by Node version and
// bundle, and later runs use it. A cache that cannot be written or that V8 rejects costs only the time it saves.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { Io } from './io.js';

export interface Bundle {
  /** ckpt.js: the whole command line (argv with the command); validate.js: the arguments of ckpt validate. */
  main(argv: readonly string[], io: Io): Promise<number>;
}

/** node_modules/.cache/state-checkpoint of the project that holds the package (or of the clone itself). */
export function cacheDir(packageRoot: string): string {
  const parent = dirname(packageRoot);
  const modules = basename(parent) === 'node_modules' ? parent : basename(dirname(parent)) === 'node_modules' && basename(parent).startsWith('@') ? dirname(parent) : join(packageRoot, 'node_modules');
  return join(modules, '.cache', 'state-checkpoint');
}

function cacheFile(bundle: string, packageRoot: string, command: string): string {
  const st = statSync(bundle);
  // The bundle's size and time tell one build from another; V8 also checks the source before it uses a cache.
  const key = `${process.version}-${process.arch}-${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}`;
  // One cache per command: each holds the functions its own runs compile.
  return join(cacheDir(packageRoot), `${command}-${key}.cache`);
}

/** Runs the CommonJS bundle the way Node's loader would, but compiled with cached data when there is some. */
export function loadBundle(file: string, cache: string | undefined): { bundle: Bundle; script: Script; cached: boolean } {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (cache !== undefined) {
    try {
      cachedData = readFileSync(cache);
    } catch {
      cachedData = undefined; // no cache yet: compile as usual, and write one after the run
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData !== undefined && { cachedData }),
  });
  const wrapper = script.runInThisContext() as (e: object, r: NodeJS.Require, m: { exports: object }, f: string, d: string) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { bundle: module.exports as Bundle, script, cached: cachedData !== undefined && script.cachedDataRejected !== true };
}

function writeCache(path: string, data: Buffer, command: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, path); // atomic: a concurrent run reads the old cache or the new one, never half of one
    // The caches of this command for other builds or Node versions will not be used again.
    for (const name of readdirSync(dirname(path))) {
      if (name.startsWith(`${command}-`) && name.endsWith('.cache') && name !== basename(path)) unlinkSync(join(dirname(path), name));
    }
  } catch {
    // a read-only install: every run compiles from scratch, which is only slower
  }
}

export async function boot(dir: string, argv: readonly string[], io: Io): Promise<number> {
  // validate, which CI runs on every push, has a smaller bundle of its own; ckpt.js holds everything.
  const own = argv[0] === 'validate';
  const file = join(dir, own ? 'validate.js' : 'ckpt.js');
  const useCache = io.env.CKPT_NO_CODE_CACHE === undefined || io.env.CKPT_NO_CODE_CACHE === '';
  // CKPT_WRITE_CODE_CACHE=1 (used by `npm run build` on typical inputs) compiles from scratch and rewrites the cache.
  const rewrite = io.env.CKPT_WRITE_CODE_CACHE === '1';
  const command = argv[0] !== undefined && /^[a-z]{2,12}$/.test(argv[0]) ? argv[0] : 'ckpt';
  let cache: string | undefined;
  try {
    cache = useCache ? cacheFile(file, join(dir, '..', '..'), command) : undefined;
  } catch {
    cache = undefined;
  }
  const { bundle, script, cached } = loadBundle(file, rewrite ? undefined : cache);
  const status = await bundle.main(own ? argv.slice(1) : argv, io);
  // After the run, so the cache holds the functions a run really compiles (V8 compiles lazily).
  if (cache !== undefined && !cached) writeCache(cache, script.createCachedData(), command);
  return status;
}
