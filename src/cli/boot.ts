// Starts the installed ckpt (bin/ckpt.js calls this; it is bundled to dist/cli/boot.js, CommonJS like bin/ckpt.js,
// because an ES module on the way makes Node start its ESM loader). The command line is one CommonJS bundle
// (dist/cli/ckpt.js), and `ckpt validate`, which CI runs on every push, has a smaller one of its own
// (dist/cli/validate.js): Node's loader pays for every module file, so one file starts faster than the library's
// sixty. The schema validators are files of their own (dist/cli/validators/NAME.js), which a bundle asks for with
// require('./validators/NAME.js') on a validator's first call, so a run loads only the versions it meets. Bundles
// and validators are compiled through node:vm so that V8's code cache can skip parsing and compiling them: Node 22's
// module.enableCompileCache() does this, Node 20 lacks it. The caches are not shipped (they only fit the exact Node
// build that wrote them): the first run writes them next to the project's other tool caches
// (node_modules/.cache/state-checkpoint/), keyed by Node version and script, and later runs use them. A cache that
// cannot be written or that V8 rejects costs only the time it saves.
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

function cacheFile(script: string, packageRoot: string, name: string): string {
  const st = statSync(script);
  // The script's size and time tell one build from another; V8 also checks the source before it uses a cache.
  const key = `${process.version}-${process.arch}-${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}`;
  // One cache per command (each holds the functions its own runs compile), and one per validator.
  return join(cacheDir(packageRoot), `${name}-${key}.cache`);
}

/** A script compiled for this run: after the run, its code cache is written unless V8 took the one it was given. */
interface Compiled {
  readonly script: Script;
  readonly cache: string | undefined;
  readonly name: string;
  readonly cached: boolean;
}

type Wrapper = (e: object, r: (id: string) => unknown, m: { exports: object }, f: string, d: string) => void;

/** Runs a CommonJS file the way Node's loader would, but compiled with cached data when there is some. */
function runScript(file: string, cache: string | undefined, read: boolean, name: string, require: (id: string) => unknown, compiled: Compiled[]): object {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (cache !== undefined && read) {
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
  compiled.push({ script, cache, name, cached: cachedData !== undefined && script.cachedDataRejected !== true });
  const wrapper = script.runInThisContext() as Wrapper;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
  return module.exports;
}

/**
 * Runs a bundle (ckpt.js or validate.js) and, when it first asks for one, a validator of dist/cli/validators/ (see
 * scripts/bundle-cli.mjs), each with its code cache; `cacheOf(file, name)` says where a script's cache lives, and
 * `read` whether to use the caches there (false: compile from scratch, to write them anew).
 */
export function loadBundle(file: string, name: string, cacheOf: (file: string, name: string) => string | undefined, read = true): { bundle: Bundle; compiled: Compiled[] } {
  const compiled: Compiled[] = [];
  const nodeRequire = createRequire(file);
  const validators = new Map<string, object>();
  const require = (id: string): unknown => {
    const validator = /^\.\/validators\/([a-z0-9]+)\.js$/.exec(id)?.[1];
    if (validator === undefined) return nodeRequire(id);
    let exports = validators.get(validator);
    if (exports === undefined) {
      const path = join(dirname(file), id);
      exports = runScript(path, cacheOf(path, `validator.${validator}`), read, `validator.${validator}`, nodeRequire, compiled);
      validators.set(validator, exports);
    }
    return exports;
  };
  const bundle = runScript(file, cacheOf(file, name), read, name, require, compiled) as Bundle;
  return { bundle, compiled };
}

function writeCache(path: string, data: Buffer, name: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, data);
    renameSync(temp, path); // atomic: a concurrent run reads the old cache or the new one, never half of one
    // The caches of this script for other builds or Node versions will not be used again.
    for (const file of readdirSync(dirname(path))) {
      if (file.startsWith(`${name}-`) && file.endsWith('.cache') && file !== basename(path)) unlinkSync(join(dirname(path), file));
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
  const packageRoot = join(dir, '..', '..');
  const cacheOf = (script: string, name: string): string | undefined => {
    if (!useCache) return undefined;
    try {
      return cacheFile(script, packageRoot, name);
    } catch {
      return undefined;
    }
  };
  const { bundle, compiled } = loadBundle(file, command, cacheOf, !rewrite);
  const status = await bundle.main(own ? argv.slice(1) : argv, io);
  // After the run, so the cache holds the functions a run really compiles (V8 compiles lazily).
  for (const c of compiled) if (c.cache !== undefined && !c.cached) writeCache(c.cache, c.script.createCachedData(), c.name);
  return status;
}
