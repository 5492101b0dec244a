// The registry behind FILE|ID arguments and the registry commands (--registry DIR, default data/checkpoints).
// TEMPORARY: the CheckpointRegistry (src/registry/) has not landed on main yet; until it does, looking a
// checkpoint up by id fails with a clear error instead of pretending.
import type { OptionSpec, Context } from './command.js';
import { stringOption } from './command.js';
import { CheckpointError } from '../errors/index.js';
import type { LoadResult } from '../load/load.js';

export const DEFAULT_REGISTRY = 'data/checkpoints';

export const REGISTRY_OPTION: Readonly<Record<string, OptionSpec>> = {
  registry: { type: 'string', value: 'DIR', description: `the checkpoint registry (default: ${DEFAULT_REGISTRY})` },
};

export function registryDir(ctx: Context): string {
  return stringOption(ctx.values, 'registry') ?? ctx.env.CKPT_REGISTRY ?? DEFAULT_REGISTRY;
}

export async function loadFromRegistry(dir: string, id: string): Promise<LoadResult> {
  throw new CheckpointError({
    code: 'E_NOT_FOUND',
    message: `no file named ${id}, and this build of ckpt cannot look checkpoints up by id in ${dir} (the registry is not part of it yet)`,
    hint: 'give the path of the checkpoint file',
  });
}
