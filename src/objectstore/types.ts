// The storage interface the registry's object-store backend needs, and nothing more: whole-object reads and writes,
// two write conditions (create-only and compare-and-swap on the ETag), delete, and a paginated listing by prefix.
// Keys are relative to the store's own root (an S3 bucket and prefix); ETags are given without their quotes.

export interface ObjectInfo {
  readonly key: string;
  /** The entity tag without quotes, as the store reported it; opaque, compared only for equality. */
  readonly etag: string;
  readonly size: number;
}

export interface StoredObject extends ObjectInfo {
  readonly body: Uint8Array;
}

/**
 * A write condition. `ifNoneMatch: '*'` creates the object only if no object has the key; `ifMatch` replaces it
 * only if its current ETag is the one given. A write whose condition fails throws E_CONFLICT.
 */
export type PutCondition = { readonly ifNoneMatch: '*' } | { readonly ifMatch: string };

export interface PutOptions {
  readonly condition?: PutCondition;
  readonly contentType?: string;
}

export interface ListOptions {
  /** The token a previous page returned as `nextToken`. */
  readonly token?: string;
  /** At most this many objects per page (1–1000; the store may return fewer). */
  readonly limit?: number;
}

export interface ListPage {
  /** Objects whose key starts with the prefix, in ascending byte order of their keys. */
  readonly objects: readonly ObjectInfo[];
  /** Present when more objects follow; pass it back as `token`. */
  readonly nextToken?: string;
}

export interface ObjectStore {
  /** Where the store is, for messages: `memory:NAME` or `s3://bucket/prefix at https://endpoint`. */
  readonly location: string;
  /** The object, or undefined when no object has the key. */
  get(key: string): Promise<StoredObject | undefined>;
  /** The object's metadata, or undefined when no object has the key. */
  head(key: string): Promise<ObjectInfo | undefined>;
  /** Writes the whole object; returns its new ETag. Throws E_CONFLICT when a condition fails. */
  put(key: string, body: Uint8Array, options?: PutOptions): Promise<{ readonly etag: string }>;
  /** Removes the object; removing an absent key succeeds (deletes are idempotent). */
  delete(key: string): Promise<void>;
  /** One page of the objects whose keys start with `prefix` ('' lists everything). */
  list(prefix: string, options?: ListOptions): Promise<ListPage>;
}

/** Every object under a prefix, following the pages. */
export async function* listAll(store: ObjectStore, prefix: string, limit?: number): AsyncGenerator<ObjectInfo> {
  let token: string | undefined;
  do {
    const page = await store.list(prefix, { ...(token !== undefined && { token }), ...(limit !== undefined && { limit }) });
    yield* page.objects;
    token = page.nextToken;
  } while (token !== undefined);
}
