// Starts the installed ckpt (bin/ckpt.js calls this; it is bundled to dist/cli/boot.mjs, an ES module, so that
// importing it costs no CommonJS export scan). It loads only the bundle
// of the command that runs (dist/cli/commands/NAME.js), or the dispatcher (dist/cli/main.js) for help, --version
// and mistakes, and compiles it with V8's code cache (NAME.js.cache, written by `npm run build`): parsing and
// compiling half a megabyte of library code is most of a cold start, and `ckpt validate one.json` should start
// about as fast as `node -e ''`. This is what Node 22's module.enableCompileCache() does; Node 20 lacks it.
// A cache that V8 rejects (another Node version) costs nothing but the time it would have saved.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type { CommandModule } from './command.js';
import { findCommand } from './commands.js';
import type { Io } from './io.js';

export interface Bundle {
  main(argv: readonly string[], io: Io, load?: (name: string) => Promise<CommandModule>): Promise<number>;
  /** The command module, in a command's bundle. */
  readonly command?: CommandModule;
}

interface Loaded {
  readonly bundle: Bundle;
  readonly script: Script;
  readonly file: string;
}

function cacheFile(file: string): string {
  return `${file}.cache`;
}

/** Runs a CommonJS bundle the way Node's loader would, but compiled with cached data when there is some. */
export function loadBundle(file: string, useCache: boolean): Loaded {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile(file));
    } catch {
      cachedData = undefined; // no cache: compile as usual
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData !== undefined && { cachedData }),
  });
  const wrapper = script.runInThisContext() as (e: object, r: NodeJS.Require, m: { exports: object }, f: string, d: string) => void;
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { bundle: module.exports as Bundle, script, file };
}

export async function boot(dir: string, argv: readonly string[], io: Io): Promise<number> {
  // CKPT_WRITE_CODE_CACHE=1 (used by the build) compiles from scratch and saves the code cache after the run.
  const writeCache = io.env.CKPT_WRITE_CODE_CACHE === '1';
  const loaded: Loaded[] = [];
  const load = (file: string): Bundle => {
    const l = loadBundle(file, !writeCache);
    loaded.push(l);
    return l.bundle;
  };
  const commandBundle = (name: string): Bundle => load(join(dir, 'commands', `${name}.js`));
  let status: number;
  const first = argv[0];
  if (first !== undefined && findCommand(first) !== undefined) {
    status = await commandBundle(first).main(argv.slice(1), io);
  } else {
    status = await load(join(dir, 'main.js')).main(argv, io, async (name) => commandBundle(name).command!);
  }
  if (writeCache) for (const l of loaded) writeFileSync(cacheFile(l.file), l.script.createCachedData());
  return status;
}
