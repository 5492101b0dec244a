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
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { Io } from './io.js';

export interface Bundle {
  /** ckpt.js: the whole command line (argv with the command); validate.js: the arguments of ckpt validate. */
  main(argv: readonly string[], io: Io): Promise<number>;
  /** validate.js: answers the batches of files a validation worker thread is sent (src/cli/validate/worker.ts). */
  runWorker?(port: unknown): void;
}

/** node_modules/.cache/state-checkpoint of the project that holds the package (or of the clone itself). */
export function cacheDir(packageRoot: string): string {
  const parent = dirname(packageRoot);
  const modules = basename(parent) === 'node_modules' ? parent : basename(dirname(parent)) === 'node_modules' && basename(parent).startsWith('@') ? dirname(parent) : join(packageRoot, 'node_modules');
  return join(modules, '.cache', 'state-checkpoint');
}

function cacheFile(st: Stats, packageRoot: string, name: string): string {
  // The script's size and time tell one build from another; V8 also checks the source before it uses a cache.
  const key = `${process.version}-${process.arch}-${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}`;
  // One cache per command (each holds the functions its own runs compile), and one per validator.
  return join(cacheDir(packageRoot), `${name}-${key}.cache`);
}

/**
 * Where a script's code cache lives (undefined: none), from the script's stat, and whether to use the caches there
 * (false: compile from scratch, to write them anew).
 */
export interface Caches {
  readonly of: (st: Stats, name: string) => string | undefined;
  readonly read: boolean;
}

/** A script compiled for this run: after the run, its code cache is written unless V8 took the one it was given. */
interface Compiled {
  readonly script: Script;
  readonly cache: string | undefined;
  readonly name: string;
  readonly cached: boolean;
}

type Wrapper = (e: object, r: (id: string) => unknown, m: { exports: object }, f: string, d: string) => void;

// Every file boot reads (scripts and their caches, a few hundred KB each) is read into this one buffer: a fresh
// buffer costs a page fault per 4 KB the first time it is touched (about 12 µs each on a small VM), and a cold start
// reads four such files. A script's text is copied out of it into a string, and V8 has read a cache by the time the
// Script constructor returns, so the next file may reuse it. Room for the largest (ckpt.js) from the start: pages
// never touched cost nothing.
const SCRATCH_BYTES = 1024 * 1024;
let scratch: Buffer | undefined;

/** The bytes of an open file, in `scratch` (valid until the next read). */
function readAll(fd: number, size: number): Buffer {
  if (scratch === undefined || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(size, SCRATCH_BYTES));
  let n = 0;
  for (let r = -1; n < size && r !== 0; n += r) r = readSync(fd, scratch, n, size - n, n);
  return scratch.subarray(0, n);
}

/**
 * The text of a script of dist/cli/ and its stat. scripts/bundle-cli.mjs writes them in ASCII (so latin1 reads them
 * exactly, without UTF-8 decoding) and already wrapped as Node wraps a CommonJS module (a function of exports,
 * require, module, __filename and __dirname), so the text is compiled as it is read, without a copy made to wrap it.
 */
function readScript(file: string): { source: string; st: Stats } {
  const fd = openSync(file, 'r');
  try {
    const st = fstatSync(fd);
    return { source: readAll(fd, st.size).toString('latin1'), st };
  } finally {
    closeSync(fd);
  }
}

function readCache(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // no cache yet: compile as usual, and write one after the run
  }
  try {
    return readAll(fd, fstatSync(fd).size);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Runs a wrapped CommonJS file (see readScript) the way Node's loader would, compiled with its cache when there is one. */
function runScript(file: string, name: string, caches: Caches, require: (id: string) => unknown, compiled: Compiled[]): object {
  const { source, st } = readScript(file);
  const cache = caches.of(st, name);
  const cachedData = cache !== undefined && caches.read ? readCache(cache) : undefined;
  const script = new Script(source, { filename: file, ...(cachedData !== undefined && { cachedData }) });
  compiled.push({ script, cache, name, cached: cachedData !== undefined && script.cachedDataRejected !== true });
  const wrapper = script.runInThisContext() as Wrapper;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
  return module.exports;
}

/**
 * Runs a bundle (ckpt.js or validate.js) and, when it first asks for one, a validator of dist/cli/validators/ (see
 * scripts/bundle-cli.mjs), each with its code cache.
 */
export function loadBundle(file: string, name: string, caches: Caches): { bundle: Bundle; compiled: Compiled[] } {
  const compiled: Compiled[] = [];
  const nodeRequire = createRequire(file);
  const validators = new Map<string, object>();
  const require = (id: string): unknown => {
    const validator = /^\.\/validators\/([a-z0-9]+)\.js$/.exec(id)?.[1];
    if (validator === undefined) return nodeRequire(id);
    let exports = validators.get(validator);
    if (exports === undefined) {
      exports = runScript(join(dirname(file), id), `validator.${validator}`, caches, nodeRequire, compiled);
      validators.set(validator, exports);
    }
    return exports;
  };
  const bundle = runScript(file, name, caches, require, compiled) as Bundle;
  return { bundle, compiled };
}

/** The code caches of the package whose dist/cli/ is `dir`, as `env` asks (CKPT_NO_CODE_CACHE, CKPT_WRITE_CODE_CACHE). */
function cachesFor(dir: string, env: Io['env']): Caches {
  const useCache = env.CKPT_NO_CODE_CACHE === undefined || env.CKPT_NO_CODE_CACHE === '';
  const packageRoot = join(dir, '..', '..');
  return {
    of: (st, name) => {
      if (!useCache) return undefined;
      try {
        return cacheFile(st, packageRoot, name);
      } catch {
        return undefined;
      }
    },
    // CKPT_WRITE_CODE_CACHE=1 (used by `npm run build` on typical inputs) compiles from scratch and rewrites the cache.
    read: env.CKPT_WRITE_CODE_CACHE !== '1',
  };
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
  const command = argv[0] !== undefined && /^[a-z]{2,12}$/.test(argv[0]) ? argv[0] : 'ckpt';
  const { bundle, compiled } = loadBundle(file, command, cachesFor(dir, io.env));
  const status = await bundle.main(own ? argv.slice(1) : argv, io);
  // After the run, so the cache holds the functions a run really compiles (V8 compiles lazily).
  for (const c of compiled) if (c.cache !== undefined && !c.cached) writeCache(c.cache, c.script.createCachedData(), c.name);
  return status;
}

/**
 * A validation worker thread (dist/cli/worker.js): the validate bundle, with the caches the main thread's runs wrote
 * (a worker compiles as much as the main thread does, while the run waits for it), answering on `port`. Workers only
 * read caches: the main thread writes them.
 */
export function runWorker(dir: string, port: unknown): void {
  const { bundle } = loadBundle(join(dir, 'validate.js'), 'validate', cachesFor(dir, process.env));
  bundle.runWorker!(port);
}
