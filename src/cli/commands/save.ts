// ckpt save: puts existing checkpoint files into a registry, through the registry's own save (verified, durable,
// indexed, idempotent), so that nobody has to copy files into YYYY/MM/ by hand. One status line per file.
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandSpec, Context } from '../command.js';
import { flag } from '../command.js';
import { eachArgument, QUIET_OPTION } from '../each-argument.js';
import { fsError, noInput } from '../errors.js';
import { assertOneStdin, at, readFileArg } from '../input.js';
import { openForSave, REGISTRY_OPTION, registryDir } from '../registry.js';
import { safe } from '../safe-text.js';
import { loadCheckpoint } from '../../load/load.js';
import { isS3Location } from '../../registry/open.js';

export const spec: CommandSpec = {
  usage: 'FILE|- ... [--registry DIR|s3://BUCKET/PREFIX]',
  description: [
    'Stores each checkpoint file in a registry, as CheckpointRegistry.save does: the file is verified first',
    '(schema, id, consistency), older formats are upgraded, and the checkpoint is written durably under',
    'YYYY/MM/ID.json and indexed. Saving a checkpoint the registry already holds writes nothing. The registry',
    'is created when DIR does not exist. On S3 each save is a create-only PUT of checkpoints/ID.json and of its',
    "run's sequence entry (spec/registry.md §10). Goes on past a bad file and exits with the worst status.",
  ].join('\n'),
  options: {
    ...REGISTRY_OPTION,
    ...QUIET_OPTION,
  },
  positionals: { min: 1, missing: 'give the checkpoint files to save, or - for stdin' },
  examples: [
    ['ckpt save backtest/*.json --registry data/checkpoints', 'import existing checkpoint files into a registry'],
    ['ckpt upgrade old.json | ckpt save -', 'save from stdin into data/checkpoints'],
  ],
  exit: '0 all saved (or already there), 1 some file is not a valid checkpoint, 2 usage error, unreadable file or a failed write.',
};

export async function run(ctx: Context): Promise<number> {
  assertOneStdin(ctx.positionals);
  const dir = registryDir(ctx);
  const quiet = flag(ctx.values, 'quiet');
  let fresh = false;
  if (!isS3Location(dir)) {
    try {
      if (!(await fs.stat(resolve(ctx.cwd, dir))).isDirectory()) throw noInput(`the registry ${dir} is not a directory`, 'give the registry folder with --registry DIR');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw fsError(dir, e);
      fresh = true;
    }
  }
  const registry = await openForSave(ctx, dir);
  let announced = false;
  return eachArgument(ctx, async (arg) => {
    const file = await readFileArg(ctx, arg);
    // Loaded here first so that a problem is reported with the file's own name, line and column.
    const loaded = at(file, () => loadCheckpoint(file.bytes, { source: file.label }));
    const saved = await registry.save(loaded.checkpoint);
    if (fresh && !announced && !quiet) ctx.stderr.write(safe(`ckpt save: created the registry ${dir}`) + '\n');
    announced = true;
    if (quiet) return;
    const upgraded = loaded.original.version !== loaded.checkpoint.version ? ` (upgraded from ${loaded.original.version})` : '';
    const what = saved.created ? `saved as ${saved.path}${upgraded}` : `already in the registry as ${saved.path}, nothing written`;
    const moved = saved.quarantined !== undefined ? `; a corrupt file at that path was moved to ${saved.quarantined}` : '';
    ctx.stderr.write(safe(`${file.label}: ${what}${moved}`) + '\n');
  });
}
