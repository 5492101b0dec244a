// ckpt latest: the checkpoint a run (or a strategy) would resume from, verified by loading its file.
import type { CommandSpec, Context } from '../command.js';
import { flag, stringOption } from '../command.js';
import { EXIT, usageError } from '../errors.js';
import { noMatchReason, openRegistry, REGISTRY_OPTION, registryDir } from '../registry.js';
import { CheckpointError } from '../../errors/index.js';

export const spec: CommandSpec = {
  usage: '(--run RUN | --strategy NAME) [--registry DIR] [--path | --json]',
  description: [
    'Prints the id of the newest checkpoint of a run (its highest sequence), or of a strategy (the newest',
    'checkpoint of the run that was written most recently). The candidate is verified by loading its file; one',
    'that fails verification is passed over, so the answer is always a checkpoint that loads.',
  ].join('\n'),
  options: {
    ...REGISTRY_OPTION,
    run: { type: 'string', value: 'RUN', description: 'the run to resume' },
    strategy: { type: 'string', value: 'NAME', description: 'the strategy, across its runs' },
    path: { type: 'boolean', description: "print the file's path instead of the id" },
    json: { type: 'boolean', description: 'print the registry entry as JSON' },
  },
  positionals: { min: 0, max: 0, missing: '' },
  examples: [
    ['ckpt latest --run bt-2024-03-15', 'the id to resume the run from'],
    ['ckpt show "$(ckpt latest --strategy sma_crossover)"', 'what the newest checkpoint of a strategy holds'],
  ],
  exit: '0 printed, 2 the run or strategy has no checkpoint (E_NOT_FOUND), usage error, or no registry at DIR.',
};

export async function run(ctx: Context): Promise<number> {
  const runId = stringOption(ctx.values, 'run');
  const strategy = stringOption(ctx.values, 'strategy');
  if ((runId === undefined) === (strategy === undefined)) throw usageError('give exactly one of --run RUN or --strategy NAME', 'see ckpt latest --help');
  if (flag(ctx.values, 'path') && flag(ctx.values, 'json')) throw usageError('give either --path or --json, not both', 'see ckpt latest --help');
  const dir = registryDir(ctx);
  const registry = await openRegistry(ctx, dir);
  const entry = await registry.latest(runId !== undefined ? { run: runId } : { strategy: strategy! });
  if (entry === undefined) {
    // E_NOT_FOUND, exit 2 as in every command. A name the registry does not have gets a suggestion; only a
    // name it has, whose every checkpoint failed to load, points at fsck.
    const why = await noMatchReason(registry, dir, runId !== undefined ? { run: runId } : { strategy: strategy! });
    const what = runId !== undefined ? `run ${JSON.stringify(runId)}` : `strategy ${JSON.stringify(strategy)}`;
    throw new CheckpointError(
      why.known
        ? { code: 'E_NOT_FOUND', message: `no checkpoint of ${what} in the registry at ${dir} loads: each failed verification`, hint: 'run ckpt fsck to see why' }
        : { code: 'E_NOT_FOUND', message: why.message, hint: why.hint },
    );
  }
  if (flag(ctx.values, 'json')) ctx.stdout.write(JSON.stringify(entry, null, 2) + '\n');
  else if (flag(ctx.values, 'path')) ctx.stdout.write(`${dir.replace(/\/+$/, '')}/${entry.path}\n`);
  else ctx.stdout.write(`${entry.id}\n`);
  return EXIT.OK;
}
