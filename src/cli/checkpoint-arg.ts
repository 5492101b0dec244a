// FILE|ID arguments of show and diff: an existing file (or "-") is read and loaded; anything else that looks like a
// checkpoint id is looked up in the registry (--registry DIR). Either way the result is the latest-format view.
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from './command.js';
import { noInput } from './errors.js';
import { STDIN } from './files.js';
import { at, readFileArg } from './input.js';
import { loadFromRegistry } from './registry.js';
import { CheckpointError } from '../errors/index.js';
import { loadCheckpoint, type LoadResult } from '../load/load.js';

export interface Loaded {
  /** The file name, <stdin>, or the id. */
  readonly label: string;
  readonly loaded: LoadResult;
}

/** A full id or an unambiguous prefix (at least 6 hex digits) is treated as an id when no such file exists. */
const ID_LIKE = /^[0-9a-f]{6,64}$/;

async function isFile(ctx: Context, arg: string): Promise<boolean> {
  try {
    await fs.stat(resolve(ctx.cwd, arg));
    return true;
  } catch {
    return false;
  }
}

export async function loadArg(ctx: Context, arg: string): Promise<Loaded> {
  if (arg !== STDIN && ID_LIKE.test(arg) && !(await isFile(ctx, arg))) {
    try {
      return { label: arg, loaded: await loadFromRegistry(ctx, arg) };
    } catch (e) {
      if (e instanceof CheckpointError && e.code === 'E_NO_INPUT') {
        throw noInput(`${arg}: no such file, and ${e.message} to look it up as an id`, e.hint);
      }
      throw e;
    }
  }
  const file = await readFileArg(ctx, arg);
  return { label: file.label, loaded: at(file, () => loadCheckpoint(file.bytes, { source: file.label })) };
}
