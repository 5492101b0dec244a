// An object store in memory that enforces the same write conditions as S3, for unit tests and for proving the
// registry's protocol without a server. ETags are the MD5 of the bytes, as S3 computes them for a single-part PUT.
import { createHash } from 'node:crypto';
import { CheckpointError } from '../errors/index.js';
import { ObjectStoreError } from './errors.js';
import { checkKey, checkPrefix } from './keys.js';
import type { ListOptions, ListPage, ObjectInfo, ObjectStore, PutOptions, StoredObject } from './types.js';

interface Entry {
  readonly body: Uint8Array;
  readonly etag: string;
}

export class MemoryObjectStore implements ObjectStore {
  readonly location: string;
  readonly #objects = new Map<string, Entry>();

  constructor(name = 'memory') {
    this.location = `memory:${name}`;
  }

  async get(key: string): Promise<StoredObject | undefined> {
    checkKey(key);
    const entry = this.#objects.get(key);
    return entry && { key, etag: entry.etag, size: entry.body.length, body: entry.body.slice() };
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    checkKey(key);
    const entry = this.#objects.get(key);
    return entry && { key, etag: entry.etag, size: entry.body.length };
  }

  async put(key: string, body: Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    checkKey(key);
    const current = this.#objects.get(key);
    const condition = options.condition;
    if (condition !== undefined) {
      const lost =
        'ifNoneMatch' in condition ? current !== undefined : current === undefined || current.etag !== condition.ifMatch;
      if (lost) {
        throw new ObjectStoreError({
          failure: 'conflict',
          endpoint: this.location,
          key,
          operation: 'PUT',
          status: 412,
          s3Code: 'PreconditionFailed',
          message: 'ifNoneMatch' in condition ? 'the object already exists' : 'the object changed since it was read',
        });
      }
    }
    const etag = createHash('md5').update(body).digest('hex');
    this.#objects.set(key, { body: body.slice(), etag });
    return { etag };
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    this.#objects.delete(key);
  }

  async list(prefix: string, options: ListOptions = {}): Promise<ListPage> {
    checkPrefix(prefix);
    const limit = checkLimit(options.limit);
    // Keys are ASCII (keys.ts), so JavaScript's UTF-16 order is S3's byte order.
    const keys = [...this.#objects.keys()].filter((k) => k.startsWith(prefix)).sort();
    const after = options.token === undefined ? undefined : decodeToken(options.token);
    const from = after === undefined ? 0 : keys.findIndex((k) => k > after);
    const page = from < 0 ? [] : keys.slice(from, from + limit);
    const objects = page.map((key) => {
      const entry = this.#objects.get(key)!;
      return { key, etag: entry.etag, size: entry.body.length };
    });
    const last = page.at(-1);
    const more = from >= 0 && from + limit < keys.length && last !== undefined;
    return more ? { objects, nextToken: Buffer.from(last, 'utf8').toString('base64url') } : { objects };
  }
}

export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `A listing limit must be an integer from 1 to 1000, not ${String(limit)}.` });
  }
  return limit;
}

function decodeToken(token: string): string {
  const key = Buffer.from(token, 'base64url').toString('utf8');
  checkKey(key, 'continuation token');
  return key;
}
