// From command-line arguments to the list of files to check: files as given, directories searched recursively
// for *.json, quoted globs expanded here (so they work the same in every shell and on Windows), and "-" for stdin.
// tinyglobby (fdir + picomatch) does the glob matching, and the directory walks that walk.ts cannot do alone (with
// --ignore, or through symbolic links); it is loaded only when needed.
import { promises as fs, readdirSync, statSync } from 'node:fs';
import { basename, normalize, resolve, sep } from 'node:path';
import { fsError, noInput, usageError } from './errors.js';
import { STDIN } from './files.js';
import { plainJsonFiles } from './walk.js';

export interface InputFile {
  /** The path as shown in reports: as given, or relative to the directory or glob it came from. */
  readonly path: string;
  /** The absolute path to read (none for stdin). */
  readonly file?: string;
  /** True for "-". */
  readonly stdin?: boolean;
}

export interface Expanded {
  readonly files: InputFile[];
  /** Registry markers (registry.json) that were found and left out: they are not checkpoints. */
  readonly skipped: string[];
}

export interface ExpandOptions {
  readonly cwd: string;
  /** Glob patterns of files to leave out of directory and glob searches. */
  readonly ignore?: readonly string[];
  /** Name shown for stdin. */
  readonly stdinName?: string;
}

/** Directories never searched: tool caches and VCS data, which never hold checkpoints the user means. */
const SKIPPED_DIRS = ['**/node_modules/**', '**/.git/**'];

/** A checkpoint registry's root holds this marker ({"registry_layout": N}), which is not a checkpoint. */
const REGISTRY_MARKER = 'registry.json';

export async function isRegistryMarker(path: string): Promise<boolean> {
  if (basename(path) !== REGISTRY_MARKER) return false;
  try {
    const value = JSON.parse(await fs.readFile(path, 'utf8')) as unknown;
    return value !== null && typeof value === 'object' && Object.hasOwn(value, 'registry_layout') && !Object.hasOwn(value, 'version');
  } catch {
    return false; // not the marker: validate reports whatever is wrong with it
  }
}

/** Looks like a glob, so a missing path with these characters is expanded instead of reported missing. */
function isPattern(arg: string): boolean {
  return /[*?[\]{}!]/.test(arg);
}

async function glob(patterns: string[], cwd: string, ignore: readonly string[]): Promise<string[]> {
  const { glob: run } = await import('tinyglobby');
  const found = await run(patterns, {
    cwd,
    ignore: [...SKIPPED_DIRS, ...ignore],
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: true,
    expandDirectories: false,
  });
  return found.sort();
}

/**
 * join(base, m) for each path `m` of a walk or glob (relative, "/"-separated, without "." or ".." segments) under a
 * normalized `base`, by concatenation: path.join normalizes its result again, which for thousands of files cost
 * tens of milliseconds of a run before any file was checked.
 */
function under(base: string, found: readonly string[]): string[] {
  const prefix = base === '.' ? '' : base.endsWith(sep) ? base : base + sep;
  return found.map(sep === '/' ? (m) => prefix + m : (m) => prefix + m.replaceAll('/', sep));
}

function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}

/**
 * The files to check. A registry's marker is left out wherever it turns up (a folder, a glob, a nested registry,
 * or named outright) and listed in `skipped`, so a caller can say so; what is left may be empty, and the caller
 * must then refuse to report success on nothing.
 */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const out: InputFile[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  // `file` is the absolute path, which also tells two spellings of one file apart; only a file named like a
  // registry's marker is awaited (read), so a folder of thousands of files is listed without a promise per file.
  const add = async (path: string, file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    if (basename(file) === REGISTRY_MARKER && (await isRegistryMarker(file))) skipped.push(path);
    else out.push({ path, file });
  };
  const addAll = async (paths: readonly string[], files: readonly string[]): Promise<void> => {
    for (let i = 0; i < paths.length; i++) {
      const file = files[i]!;
      if (basename(file) === REGISTRY_MARKER) await add(paths[i]!, file);
      else if (!seen.has(file)) {
        seen.add(file);
        out.push({ path: paths[i]!, file });
      }
    }
  };
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === STDIN) {
      if (stdinSeen) throw usageError('"-" (stdin) is given twice');
      stdinSeen = true;
      out.push({ path: options.stdinName ?? '<stdin>', stdin: true });
      continue;
    }
    const abs = resolve(options.cwd, arg);
    let isDir: boolean;
    try {
      // Synchronous: a stat is one system call, and node:fs/promises costs a cold start milliseconds to load.
      isDir = statSync(abs).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && isPattern(arg)) {
        const matches = await glob([toPosix(arg)], options.cwd, options.ignore ?? []);
        if (matches.length === 0) throw noInput(`the pattern ${arg} matches no files`, 'check the pattern; patterns are relative to the current directory');
        await addAll(
          matches,
          matches.map((m) => resolve(options.cwd, m)),
        );
        continue;
      }
      throw fsError(arg, e);
    }
    if (!isDir) {
      await add(arg, abs);
      continue;
    }
    let matches: string[];
    try {
      readdirSync(abs); // an unreadable folder is an error, not an empty one
      const ignore = options.ignore ?? [];
      matches = (ignore.length === 0 ? plainJsonFiles(abs) : undefined) ?? (await glob(['**/*.json'], abs, ignore));
    } catch (e) {
      throw fsError(arg, e);
    }
    if (matches.length === 0)
      throw noInput(`the directory ${arg} holds no checkpoint files (no *.json files, searched recursively)`, 'give the folder the checkpoints are in');
    await addAll(under(normalize(arg), matches), under(abs, matches));
  }
  return { files: out, skipped };
}
