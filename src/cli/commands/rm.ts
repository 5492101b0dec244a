// ckpt rm: deletes checkpoints from a registry by id (or unique id prefix), keeping the index in step.
import type { CommandSpec, Context } from '../command.js';
import { flag } from '../command.js';
import { eachArgument, QUIET_OPTION } from '../each-argument.js';
import { openRegistry, REGISTRY_OPTION, registryDir, resolveId } from '../registry.js';
import { reportError } from '../report-error.js';
import { safe } from '../safe-text.js';
import { CheckpointError } from '../../errors/index.js';

export const spec: CommandSpec = {
  usage: 'ID... [--registry DIR] [--dry-run]',
  description: [
    'Deletes each checkpoint, given by its id or a unique prefix of 6 or more hex digits, under the lock of its run',
    'so that a concurrent save never races it. Goes on past an id it cannot delete and exits with the worst status.',
    'For retention policies (keep the last N, one per day, …) use ckpt gc.',
  ].join('\n'),
  options: {
    ...REGISTRY_OPTION,
    'dry-run': { type: 'boolean', short: 'n', description: 'say what would be deleted, delete nothing' },
    ...QUIET_OPTION,
  },
  positionals: { min: 1, missing: 'give the ids of the checkpoints to delete (ckpt ls lists them)' },
  examples: [
    ['ckpt rm 4f0a9c1e77d2', 'delete one checkpoint by id prefix'],
    ['ckpt ls --run old-run --ids | xargs ckpt rm', 'delete a whole run'],
  ],
  exit: '0 all deleted, 2 usage error, an unknown or ambiguous id, or no registry at DIR.',
};

export async function run(ctx: Context): Promise<number> {
  const dir = registryDir(ctx);
  const registry = await openRegistry(ctx, dir);
  const dryRun = flag(ctx.values, 'dry-run');
  return eachArgument(ctx, async (arg) => {
    const entry = await resolveId(registry, dir, arg);
    if (!dryRun && !(await registry.delete(entry.id))) {
      return reportError('rm', new CheckpointError({ code: 'E_NOT_FOUND', message: `${entry.id} was already gone` }), ctx);
    }
    if (!flag(ctx.values, 'quiet'))
      ctx.stderr.write(`${dryRun ? 'would delete' : 'deleted'} ${entry.id}  ${safe(entry.path)}  run ${safe(JSON.stringify(entry.run_id))} seq ${entry.sequence}\n`);
  });
}
