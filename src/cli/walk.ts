// The *.json files of a folder tree, found with one readdir per folder. `ckpt validate DIR` is the common line, and
// on 2,200 files tinyglobby (fdir + picomatch) took about 45 ms to load and walk, time in which no file is checked
// and no worker thread can start; this walk takes a few. It answers only for plain trees (folders and regular files),
// where what it finds is exactly what tinyglobby finds for **/*.json with the options of inputs.ts; on anything
// else (a symbolic link, a folder it cannot read, a socket) it gives up and inputs.ts asks tinyglobby.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders a directory search never enters (inputs.ts skips them in globs too). */
const SKIPPED = new Set(['node_modules']);

/** Deeper trees are left to tinyglobby rather than risk this recursion's stack. */
const MAX_DEPTH = 64;

/**
 * The paths (relative to `dir`, "/"-separated, sorted as strings) of the files under `dir` whose names end in
 * ".json", leaving out names that start with "." (files and folders, as a glob does) and node_modules folders;
 * undefined when the tree holds anything but folders and regular files.
 */
export function plainJsonFiles(dir: string): string[] | undefined {
  const found: string[] = [];
  const walk = (abs: string, rel: string, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return false;
    }
    for (const e of entries) {
      const name = e.name;
      if (name.startsWith('.')) continue;
      if (e.isFile()) {
        if (name.endsWith('.json')) found.push(rel + name);
      } else if (e.isDirectory()) {
        if (!SKIPPED.has(name) && !walk(join(abs, name), `${rel}${name}/`, depth + 1)) return false;
      } else {
        return false;
      }
    }
    return true;
  };
  return walk(dir, '', 0) ? found.sort() : undefined;
}
