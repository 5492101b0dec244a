// What upgrade and downgrade share: where the result goes (stdout, -o OUT, or --in-place with an atomic replace
// and an optional backup), one status line per file on stderr, and going on past a bad file so a batch reports
// every failure. The exit status is the worst of all files.
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import type { CommandSpec, Context, OptionSpec } from './command.js';
import { flag, stringOption } from './command.js';
import { EXIT, usageError } from './errors.js';
import { writeFileAtomic, STDIN } from './files.js';
import { assertOneStdin, readFileArg, type SourceFile } from './input.js';
import { reportError } from './report-error.js';

export const OUTPUT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  output: { type: 'string', short: 'o', value: 'OUT', description: 'write to OUT (a file; a directory when several files are given)' },
  'in-place': { type: 'boolean', short: 'i', description: 'replace each file atomically (temp file, fsync, rename)' },
  backup: { type: 'boolean', short: 'b', description: 'with --in-place: keep the old file as FILE.bak' },
  'backup-suffix': { type: 'string', value: 'SUFFIX', description: 'with --backup: the suffix of the backup file (default .bak)' },
  'dry-run': { type: 'boolean', short: 'n', description: 'check and report, but write nothing' },
  quiet: { type: 'boolean', short: 'q', description: 'no status lines on stderr' },
  pretty: { type: 'boolean', description: 'write one member per line, for people (slower to load than the default canonical form)' },
};

export interface Converted {
  /** The new file content. */
  readonly text: string;
  /** The status line for this file (without the file name). */
  readonly status: string;
  /** False when the document was already at the target version (in-place leaves the file untouched). */
  readonly changed: boolean;
}

type Target = { kind: 'stdout' } | { kind: 'in-place'; backup?: string } | { kind: 'file'; path: string } | { kind: 'dir'; path: string };

async function target(ctx: Context, spec: CommandSpec): Promise<Target> {
  void spec;
  const out = stringOption(ctx.values, 'output');
  const inPlace = flag(ctx.values, 'in-place');
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
    if (files.length > 1) throw usageError(`several files need --in-place or --output DIR (stdout takes one document)`, see);
    return { kind: 'stdout' };
  }
  let isDir = false;
  try {
    isDir = (await fs.stat(out)).isDirectory();
  } catch {
    isDir = false;
  }
  if (files.length > 1 && !isDir) throw usageError(`with several files, --output must be an existing directory, and ${out} is not one`, see);
  return isDir ? { kind: 'dir', path: out } : { kind: 'file', path: out };
}

export async function convertAll(ctx: Context, spec: CommandSpec, convert: (file: SourceFile) => Converted | Promise<Converted>): Promise<number> {
  assertOneStdin(ctx.positionals);
  const where = await target(ctx, spec);
  const dryRun = flag(ctx.values, 'dry-run');
  const quiet = flag(ctx.values, 'quiet');
  let status: number = EXIT.OK;
  for (const arg of ctx.positionals) {
    try {
      const file = await readFileArg(ctx, arg);
      const result = await convert(file);
      let note = '';
      if (!dryRun) {
        switch (where.kind) {
          case 'stdout':
            ctx.stdout.write(result.text);
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
              await writeFileAtomic(arg, result.text, where.backup !== undefined ? { backup: arg + where.backup } : {});
              note = where.backup !== undefined ? ` (replaced; old file kept as ${arg}${where.backup})` : ' (replaced)';
            } else note = ' (left untouched)';
            break;
        }
      } else note = ' (dry run: nothing written)';
      if (!quiet) ctx.stderr.write(`${file.label}: ${result.status}${note}\n`);
    } catch (e) {
      status = Math.max(status, reportError(ctx.command, e, ctx));
    }
  }
  return status;
}
