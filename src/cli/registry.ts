// The registry behind the registry commands and the ID arguments of show and diff: --registry DIR or
// s3://BUCKET/PREFIX (or CKPT_REGISTRY; default data/checkpoints). A registry that does not exist (no folder, or
// nothing under the S3 prefix) is an error here (E_NO_INPUT), not an empty listing, so a mistyped path is never
// mistaken for "no checkpoints". Ids may be abbreviated to a unique prefix of 6 or more hex digits, as git allows.
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { Context, OptionSpec } from './command.js';
import { stringOption } from './command.js';
import { fsError, noInput, usageError } from './errors.js';
import { closest } from './suggest.js';
import { CheckpointError } from '../errors/index.js';
import { FileRegistry, DEFAULT_ROOT, type CheckpointRegistry, type RegistryEntry, type RegistryLoadResult, type RegistryProgress } from '../registry/index.js';
import { isS3Location, openRegistry as openLocation } from '../registry/open.js';
import { ObjectStoreRegistry } from '../objectstore/registry.js';
import { createProgress, type Progress } from './progress.js';

export const DEFAULT_REGISTRY = DEFAULT_ROOT;

export const REGISTRY_OPTION: Readonly<Record<string, OptionSpec>> = {
  registry: { type: 'string', value: 'DIR|s3://BUCKET/PREFIX', description: `the checkpoint registry: a folder, or S3 (AWS_* settings) (default: $CKPT_REGISTRY or ${DEFAULT_ROOT})` },
};

export function registryDir(ctx: Context): string {
  return stringOption(ctx.values, 'registry') ?? (ctx.env.CKPT_REGISTRY || DEFAULT_ROOT);
}

/** Opens a registry for writing: an S3 location as it is, a folder relative to the working directory (created by the first save). */
export async function openForSave(ctx: Context, dir: string): Promise<CheckpointRegistry> {
  return isS3Location(dir) ? openLocation(dir, { env: ctx.env }) : new FileRegistry(resolve(ctx.cwd, dir));
}

/** Opens an existing registry; E_NO_INPUT when there is none at `dir`. */
export async function openRegistry(ctx: Context, dir = registryDir(ctx)): Promise<CheckpointRegistry> {
  if (isS3Location(dir)) {
    const registry = await openLocation(dir, { env: ctx.env });
    if (registry instanceof ObjectStoreRegistry && (await registry.store.list('', { limit: 1 })).objects.length === 0) {
      throw noInput(`there is no checkpoint registry at ${dir} (nothing under that prefix at ${registry.location.replace(/^.* at /, '')})`, 'check the bucket, the prefix and AWS_ENDPOINT_URL_S3; ckpt save creates a registry');
    }
    return registry;
  }
  const abs = resolve(ctx.cwd, dir);
  try {
    const st = await fs.stat(abs);
    if (!st.isDirectory()) throw noInput(`the registry ${dir} is not a directory`, 'give the registry folder with --registry DIR');
  } catch (e) {
    if (e instanceof CheckpointError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw noInput(`there is no checkpoint registry at ${dir}`, `give its folder with --registry DIR or CKPT_REGISTRY; the default is ${DEFAULT_ROOT}`);
    }
    throw fsError(dir, e);
  }
  // The path as given, so the registry's own messages name it the way the user wrote it.
  return new FileRegistry(resolve(ctx.cwd) === resolve(process.cwd()) ? dir : abs, { onProgress: progressOn(ctx) });
}

/**
 * A progress bar on stderr (a terminal only, never in CI) for the registry's long work: fsck verifying every
 * file, or a first query rebuilding a missing index. It clears itself when the work is done, before any output.
 */
function progressOn(ctx: Context): (p: RegistryProgress) => void {
  let bar: Progress | undefined;
  let task: string | undefined;
  return (p) => {
    if (bar === undefined || task !== p.task) {
      bar?.done();
      task = p.task;
      bar = createProgress(p.total, p.task === 'fsck' ? 'verifying' : 'indexing', ctx.stderr, ctx.env);
    }
    bar.update(p.done, p.total);
    if (p.done >= p.total) {
      bar.done();
      bar = undefined;
    }
  };
}

export const ID_PREFIX = /^[0-9a-f]{6,64}$/;

/**
 * Why a run or strategy filter matched nothing, for the message: the registry has no such name (with the closest
 * one it has), or it has the name but nothing that matched. Only called on the path that found nothing.
 */
export async function noMatchReason(registry: CheckpointRegistry, dir: string, what: { run?: string; strategy?: string }): Promise<{ known: boolean; message: string; hint: string }> {
  const all = await registry.list();
  if (all.length === 0) return { known: false, message: `the registry at ${dir} holds no checkpoints`, hint: 'save some first: ckpt save FILE... --registry DIR' };
  const [kind, name, names] =
    what.run !== undefined ? (['run', what.run, all.map((e) => e.run_id)] as const) : (['strategy', what.strategy!, all.map((e) => e.strategy_name)] as const);
  const distinct = [...new Set(names)].sort();
  if (distinct.includes(name)) return { known: true, message: `the registry at ${dir} has ${kind} ${JSON.stringify(name)}`, hint: 'ckpt ls lists what it holds' };
  const near = closest(name, distinct);
  const listed = distinct.length <= 5 ? `; its ${kind}s are ${distinct.map((n) => JSON.stringify(n)).join(', ')}` : '';
  return {
    known: false,
    message: `the registry at ${dir} has no ${kind} ${JSON.stringify(name)}${near !== undefined ? ` (did you mean ${JSON.stringify(near)}?)` : listed}`,
    hint: `ckpt ls lists its checkpoints; names are exact and case-sensitive`,
  };
}

/** The one entry whose id (or latest-format id) starts with `prefix`. */
export async function resolveId(registry: CheckpointRegistry, dir: string, prefix: string): Promise<RegistryEntry> {
  if (!ID_PREFIX.test(prefix)) {
    throw new CheckpointError({
      code: 'E_INVALID_ID',
      message: `${JSON.stringify(prefix)} is not a checkpoint id (64 lowercase hex digits, or a unique prefix of at least 6)`,
      hint: 'copy the id from ckpt ls',
    });
  }
  const matches = (await registry.list()).filter((e) => e.id.startsWith(prefix) || e.latest_format_id.startsWith(prefix));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new CheckpointError({ code: 'E_NOT_FOUND', message: `the registry at ${dir} holds no checkpoint ${prefix}`, hint: 'ckpt ls lists the ids it holds' });
  }
  const shown = matches.slice(0, 5).map((e) => e.id.slice(0, 16));
  throw usageError(`the id prefix ${prefix} matches ${matches.length} checkpoints (${shown.join(', ')}${matches.length > 5 ? ', …' : ''})`, 'give more digits');
}

export async function loadFromRegistry(ctx: Context, idOrPrefix: string): Promise<RegistryLoadResult> {
  const dir = registryDir(ctx);
  const registry = await openRegistry(ctx, dir);
  const id = idOrPrefix.length === 64 ? idOrPrefix : (await resolveId(registry, dir, idOrPrefix)).id;
  return registry.load(id);
}
