// What upgrade and downgrade share: where the result goes (stdout, -o OUT, or --in-place with an atomic replace
// and an optional backup), one status line per file on stderr, and going on past a bad file so a batch reports
// every failure. The exit status is the worst of all files.
import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { CommandSpec, Context, OptionSpec } from './command.js';
import { flag, stringOption } from './command.js';
import { EXIT, fsError, usageError } from './errors.js';
import { sweepStaleTemps, writeFileAtomic, STDIN } from './files.js';
import { assertOneStdin, readFileArg, type SourceFile } from './input.js';
import { eachArgument, QUIET_OPTION } from './each-argument.js';
import { safe } from './safe-text.js';

export const OUTPUT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  output: { type: 'string', short: 'o', value: 'OUT', description: 'write to OUT (a file; a directory when several files are given)' },
  'in-place': { type: 'boolean', short: 'i', description: 'replace each file atomically (temp file, fsync, rename)' },
  backup: { type: 'boolean', short: 'b', description: 'with --in-place: keep the old file as FILE.bak (FILE.bak.1, … when that exists)' },
  'backup-suffix': { type: 'string', value: 'SUFFIX', description: 'with --backup: the suffix of the backup file (default .bak)' },
  'dry-run': { type: 'boolean', short: 'n', description: 'check and report, but write nothing' },
  ...QUIET_OPTION,
  pretty: { type: 'boolean', description: 'write one member per line, for people (slower to load than the default canonical form)' },
};

export interface Converted {
  /** The new file content. */
  readonly text: string;
  /** The status line for this file (without the file name). */
  readonly status: string;
  /** False when the document was already at the target version (in-place leaves the file untouched). */
  readonly changed: boolean;
  /** A dry run found that the real run would refuse this file (a lossy downgrade): exit 1, as the real run would. */
  readonly refused?: boolean;
}

type Target =
  | { kind: 'stdout' }
  | { kind: 'none' }
  | { kind: 'in-place'; backup?: string }
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string };

/** OUT names a folder: it ends with a slash, or it is one already. */
async function isFolder(out: string, cwd: string): Promise<boolean> {
  if (/[\\/]$/.test(out)) return true;
  try {
    return (await fs.stat(resolve(cwd, out))).isDirectory();
  } catch {
    return false;
  }
}

async function target(ctx: Context): Promise<Target> {
  const out = stringOption(ctx.values, 'output');
  const inPlace = flag(ctx.values, 'in-place');
  const dryRun = flag(ctx.values, 'dry-run');
  const see = `see ckpt ${ctx.command} --help`;
  if (out !== undefined && inPlace) throw usageError('give either --output or --in-place, not both', see);
  if ((flag(ctx.values, 'backup') || stringOption(ctx.values, 'backup-suffix') !== undefined) && !inPlace)
    throw usageError('--backup goes with --in-place', see);
  const files = ctx.positionals;
  if (inPlace) {
    if (files.includes(STDIN)) throw usageError('--in-place cannot replace stdin; use --output or no option to write stdout', see);
    const suffix = stringOption(ctx.values, 'backup-suffix') ?? '.bak';
    return flag(ctx.values, 'backup') || stringOption(ctx.values, 'backup-suffix') !== undefined ? { kind: 'in-place', backup: suffix } : { kind: 'in-place' };
  }
  if (out === undefined) {
    // A dry run writes nothing, so it needs nowhere to write.
    if (dryRun) return { kind: 'none' };
    if (files.length > 1) throw usageError(`several files need --in-place or --output DIR (stdout takes one document)`, see);
    return { kind: 'stdout' };
  }
  // Several files can only go into a folder; OUT/ (or an existing folder) is one. It is created when missing.
  if (files.length > 1 || (await isFolder(out, ctx.cwd))) {
    if (!dryRun) {
      try {
        await fs.mkdir(resolve(ctx.cwd, out), { recursive: true });
      } catch (e) {
        throw fsError(out, e, 'create the folder');
      }
    }
    return { kind: 'dir', path: out };
  }
  return { kind: 'file', path: out };
}

/** Removes what killed in-place runs left in the folders of `files`, and says so (see sweepStaleTemps). */
async function sweep(ctx: Context, files: readonly string[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => dirname(resolve(ctx.cwd, f))))];
  for (const dir of dirs) {
    const removed = await sweepStaleTemps(dir);
    if (removed.length > 0 && !flag(ctx.values, 'quiet')) {
      const shown = removed.map((p) => relative(ctx.cwd, p) || p);
      ctx.stderr.write(safe(`ckpt ${ctx.command}: removed ${removed.length} temp file${removed.length === 1 ? '' : 's'} left by an interrupted run: ${shown.join(', ')}`) + '\n');
    }
  }
}

export async function convertAll(ctx: Context, spec: CommandSpec, convert: (file: SourceFile) => Converted | Promise<Converted>): Promise<number> {
  void spec;
  assertOneStdin(ctx.positionals);
  const where = await target(ctx);
  const dryRun = flag(ctx.values, 'dry-run');
  const quiet = flag(ctx.values, 'quiet');
  if (where.kind === 'in-place' && !dryRun) await sweep(ctx, ctx.positionals);
  return eachArgument(ctx, async (arg) => {
    const file = await readFileArg(ctx, arg);
    const result = await convert(file);
    let note = '';
    if (!dryRun) {
      switch (where.kind) {
        case 'stdout':
          ctx.stdout.write(result.text);
          break;
        case 'none':
          break;
        case 'file':
          await writeFileAtomic(where.path, result.text);
          note = ` → ${where.path}`;
          break;
        case 'dir': {
          const dest = join(where.path, basename(arg === STDIN ? 'stdin.json' : arg));
          await writeFileAtomic(dest, result.text);
          note = ` → ${dest}`;
          break;
        }
        case 'in-place':
          if (result.changed) {
            // The backup is FILE.bak, or FILE.bak.N when FILE.bak was taken: it is named in the status line.
            const written = await writeFileAtomic(arg, result.text, where.backup !== undefined ? { backup: arg + where.backup } : {});
            note = written.backup !== undefined ? ` (replaced; old file kept as ${written.backup})` : ' (replaced)';
          } else note = ' (left untouched)';
          break;
      }
    } else note = ' (dry run: nothing written)';
    if (!quiet) ctx.stderr.write(safe(`${file.label}: ${result.status}${note}`) + '\n');
    return result.refused === true ? EXIT.INVALID : EXIT.OK;
  });
}
