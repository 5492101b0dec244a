// The S3 store's failure rules, with a scripted fetch standing in for the server: which requests are retried, what
// a caller sees when the store is unreachable, throttling or ambiguous, and that hostile input sends nothing.
import { describe, expect, it } from 'vitest';
import { ObjectStoreError, S3ObjectStore, type AwsSettings, type S3StoreOptions } from '../../src/objectstore/index.js';
import { isCheckpointError } from '../../src/errors/index.js';
import { ObjectStoreRegistry } from '../../src/objectstore/registry.js';
import { openRegistry } from '../../src/registry/index.js';
import { stateFor } from '../registry/helpers.js';
import { HOSTILE_KEYS } from './conformance.js';

const SETTINGS: AwsSettings = {
  credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
  region: 'us-east-1',
  endpoint: 'http://127.0.0.1:9',
  sources: { credentials: 'test', region: 'test', endpoint: 'test' },
};

type Step = Response | Error | ((init: RequestInit) => Response);
interface Call {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

function scripted(steps: Step[], options: Partial<S3StoreOptions> = {}): { store: S3ObjectStore; calls: Call[] } {
  const calls: Call[] = [];
  const fake = (async (url: URL, init: RequestInit) => {
    calls.push({ method: String(init.method), url: String(url), headers: { ...(init.headers as Record<string, string>) } });
    const step = steps.shift();
    if (step === undefined) throw new Error(`unexpected request ${String(init.method)} ${String(url)}`);
    if (step instanceof Error) throw step;
    return typeof step === 'function' ? step(init) : step;
  }) as unknown as typeof fetch;
  const store = new S3ObjectStore({ bucket: 'bkt', prefix: 'pre', settings: SETTINGS, fetch: fake, sleep: async () => {}, ...options });
  return { store, calls };
}

const xmlError = (status: number, code: string): Response =>
  new Response(`<?xml version="1.0"?><Error><Code>${code}</Code><Message>m</Message></Error>`, { status });
const ok = (body = '', etag = '"abc"'): Response => new Response(body, { status: 200, headers: { etag } });
const refused = (): Error => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const timeout = (): Error => Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
const bytes = (t: string): Uint8Array => new TextEncoder().encode(t);

async function failure(p: Promise<unknown>): Promise<ObjectStoreError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ObjectStoreError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('retries', () => {
  it('a GET is retried after 503 SlowDown and succeeds', async () => {
    const { store, calls } = scripted([xmlError(503, 'SlowDown'), xmlError(503, 'SlowDown'), ok('hello')]);
    const got = await store.get('k');
    expect(new TextDecoder().decode(got!.body)).toBe('hello');
    expect(calls).toHaveLength(3);
    expect(calls[0]!.url).toBe('http://127.0.0.1:9/bkt/pre/k');
  });

  it('throttling that does not stop is E_UNAVAILABLE after maxAttempts, naming the endpoint and key', async () => {
    const { store, calls } = scripted(Array.from({ length: 3 }, () => xmlError(503, 'SlowDown')), { maxAttempts: 3 });
    const e = await failure(store.get('k'));
    expect([e.code, e.failure, e.endpoint, e.key, e.attempts, e.status]).toEqual(['E_UNAVAILABLE', 'throttled', 'http://127.0.0.1:9', 'pre/k', 3, 503]);
    expect(e.message).toContain('pre/k');
    expect(e.message).toContain('http://127.0.0.1:9');
    expect(calls).toHaveLength(3);
  });

  it('a refused connection on HEAD is retried, then E_UNAVAILABLE (network)', async () => {
    const { store, calls } = scripted([refused(), refused(), refused(), refused()]);
    const e = await failure(store.head('k'));
    expect([e.code, e.failure]).toEqual(['E_UNAVAILABLE', 'network']);
    expect(e.message).toContain('ECONNREFUSED');
    expect(calls).toHaveLength(4);
  });

  it('a timeout is E_UNAVAILABLE (timeout)', async () => {
    const { store } = scripted([timeout(), timeout()], { maxAttempts: 2 });
    const e = await failure(store.list(''));
    expect([e.code, e.failure]).toEqual(['E_UNAVAILABLE', 'timeout']);
  });

  it('a 500 on DELETE is retried (deletes are idempotent)', async () => {
    const { store, calls } = scripted([xmlError(500, 'InternalError'), new Response(null, { status: 204 })]);
    await store.delete('k');
    expect(calls.map((c) => c.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('403 AccessDenied is not retried and is E_IO (refused) with a hint', async () => {
    const { store, calls } = scripted([xmlError(403, 'AccessDenied')]);
    const e = await failure(store.get('k'));
    expect([e.code, e.failure, e.s3Code]).toEqual(['E_IO', 'refused', 'AccessDenied']);
    expect(e.hint).toMatch(/policy/);
    expect(calls).toHaveLength(1);
  });

  it('404 NoSuchBucket on GET is an error, not an absent object', async () => {
    const { store } = scripted([xmlError(404, 'NoSuchBucket')]);
    expect((await failure(store.get('k'))).s3Code).toBe('NoSuchBucket');
  });
});

describe('conditional writes are never blindly repeated', () => {
  it('a create-only PUT without an answer is settled by reading back: our bytes mean it landed', async () => {
    const { store, calls } = scripted([refused(), ok('mine', '"e1"')]);
    expect(await store.put('k', bytes('mine'), { condition: { ifNoneMatch: '*' } })).toEqual({ etag: 'e1' });
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'GET']);
  });

  it('… other bytes mean another writer won: E_CONFLICT', async () => {
    const { store } = scripted([timeout(), ok('theirs')]);
    expect((await failure(store.put('k', bytes('mine'), { condition: { ifNoneMatch: '*' } }))).code).toBe('E_CONFLICT');
  });

  it('… and no object means the outcome is unknown: E_UNAVAILABLE, and the PUT is not sent again', async () => {
    const { store, calls } = scripted([refused(), new Response(null, { status: 404 })]);
    const e = await failure(store.put('k', bytes('mine'), { condition: { ifNoneMatch: '*' } }));
    expect([e.code, e.failure]).toEqual(['E_UNAVAILABLE', 'unknown-outcome']);
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'GET']);
  });

  it('a 500 to a compare-and-swap loser (Ceph 16.2) becomes E_CONFLICT after the read-back', async () => {
    const { store } = scripted([xmlError(500, 'UnknownError'), ok('winner', '"e9"')], { dialect: 'ceph-16' });
    const e = await failure(store.put('k', bytes('mine'), { condition: { ifMatch: 'e1' } }));
    expect(e.code).toBe('E_CONFLICT');
  });

  it('a 500 after which the object is unchanged was not applied, so the PUT is sent again', async () => {
    const { store, calls } = scripted([xmlError(500, 'InternalError'), ok('old', '"e1"'), ok('', '"e2"')]);
    expect(await store.put('k', bytes('new'), { condition: { ifMatch: 'e1' } })).toEqual({ etag: 'e2' });
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'GET', 'PUT']);
  });

  it('a throttled conditional PUT was not applied and is retried', async () => {
    const { store, calls } = scripted([xmlError(503, 'SlowDown'), ok('', '"e2"')]);
    await store.put('k', bytes('x'), { condition: { ifNoneMatch: '*' } });
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'PUT']);
  });

  it('412 is E_CONFLICT at once', async () => {
    const { store, calls } = scripted([xmlError(412, 'PreconditionFailed')]);
    expect((await failure(store.put('k', bytes('x'), { condition: { ifNoneMatch: '*' } }))).code).toBe('E_CONFLICT');
    expect(calls).toHaveLength(1);
  });
});

describe('dialects', () => {
  it('aws sends If-Match with the quoted ETag, ceph-16 without quotes; both sign it', async () => {
    const aws = scripted([ok()]);
    await aws.store.put('k', bytes('x'), { condition: { ifMatch: 'abc' } });
    expect(aws.calls[0]!.headers['if-match']).toBe('"abc"');
    expect(aws.calls[0]!.headers.authorization).toContain('if-match');
    const ceph = scripted([ok()], { dialect: 'ceph-16' });
    await ceph.store.put('k', bytes('x'), { condition: { ifMatch: 'abc' } });
    expect(ceph.calls[0]!.headers['if-match']).toBe('abc');
  });

  it('create-only sends If-None-Match: * and a signed payload hash', async () => {
    const { store, calls } = scripted([ok()]);
    await store.put('k', bytes('x'), { condition: { ifNoneMatch: '*' } });
    expect(calls[0]!.headers['if-none-match']).toBe('*');
    expect(calls[0]!.headers['x-amz-content-sha256']).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
  });
});

describe('hostile input sends nothing', () => {
  it('hostile keys are refused before any request', async () => {
    const { store, calls } = scripted([]);
    for (const key of HOSTILE_KEYS) {
      await expect(store.get(key as string)).rejects.toMatchObject({ code: 'E_ARGUMENT' });
      await expect(store.put(key as string, bytes('x'))).rejects.toMatchObject({ code: 'E_ARGUMENT' });
    }
    await expect(store.put('k', bytes('x'), { condition: { ifMatch: '"x"\r\nX-Evil: 1' } })).rejects.toMatchObject({ code: 'E_ARGUMENT' });
    await expect(store.list('k', { token: 'x', limit: 0 })).rejects.toMatchObject({ code: 'E_ARGUMENT' });
    expect(calls).toEqual([]);
  });

  it.each(['', 'A', 'ab', 'UPPER', 'a_b', '-ab', 'a..b', '192.168.1.1', 'x'.repeat(64), '../x'])('bucket %j is refused', (bucket) => {
    let thrown: unknown;
    try {
      new S3ObjectStore({ bucket, settings: SETTINGS });
    } catch (e) {
      thrown = e;
    }
    expect(isCheckpointError(thrown) && thrown.code).toBe('E_ARGUMENT');
  });

  it.each(['ftp://h', 'http://h/path', 'http://u:p@h', 'http://h/?q=1', 'not a url'])('endpoint %j is refused', (endpoint) => {
    expect(() => new S3ObjectStore({ bucket: 'bkt', settings: { ...SETTINGS, endpoint } })).toThrow(/endpoint/);
  });

  it('hostile run ids, checkpoint ids and locations given to the registry are refused before any request', async () => {
    const { store, calls } = scripted([]);
    const registry = new ObjectStoreRegistry(store);
    for (const id of ['../etc/passwd', 'a'.repeat(63), 'A'.repeat(64), `${'a'.repeat(64)}/x`]) {
      await expect(registry.load(id)).rejects.toMatchObject({ code: 'E_INVALID_ID' });
      await expect(registry.delete(id)).rejects.toMatchObject({ code: 'E_INVALID_ID' });
    }
    for (const run of ['../other-prefix', 'a/b', 'a b', 'q?x=1', '']) {
      await expect(registry.list({ run })).rejects.toMatchObject({ code: 'E_ARGUMENT' });
      await expect(registry.latest({ run })).rejects.toMatchObject({ code: 'E_ARGUMENT' });
    }
    // A checkpoint whose run id could not be a key is not a checkpoint (the schema's run_id): refused before any PUT.
    await expect(registry.create(stateFor('run/../../escape', 1))).rejects.toMatchObject({ code: 'E_SCHEMA' });
    for (const location of ['s3://', 's3:///x', 's3://bkt/a/../b', 's3://bkt//a', 's3://bkt/a b']) {
      await expect(openRegistry(location, { s3: { settings: SETTINGS } })).rejects.toMatchObject({ code: 'E_ARGUMENT' });
    }
    expect(calls).toEqual([]);
  });

  it('hostile prefixes are refused', () => {
    for (const prefix of ['../x', 'a//b', '/a', 'a b']) {
      expect(() => new S3ObjectStore({ bucket: 'bkt', prefix, settings: SETTINGS })).toThrow(/prefix/);
    }
  });
});

describe('addressing', () => {
  it('AWS without an endpoint uses the virtual-hosted address of the region', async () => {
    const { store, calls } = scripted([ok()], { settings: { ...SETTINGS, endpoint: undefined, region: 'eu-west-1' } as unknown as AwsSettings });
    await store.get('k');
    expect(calls[0]!.url).toBe('https://bkt.s3.eu-west-1.amazonaws.com/pre/k');
  });

  it('listing strips the store prefix and follows continuation tokens', async () => {
    const page = (keys: string[], next?: string): Response =>
      new Response(
        `<ListBucketResult><IsTruncated>${next ? 'true' : 'false'}</IsTruncated>${keys
          .map((k) => `<Contents><Key>${k}</Key><ETag>&quot;e&quot;</ETag><Size>3</Size></Contents>`)
          .join('')}${next ? `<NextContinuationToken>${next}</NextContinuationToken>` : ''}</ListBucketResult>`,
        { status: 200 },
      );
    const { store, calls } = scripted([page(['pre/a/1'], 't&1'), page(['pre/a/2'])]);
    const first = await store.list('a/');
    expect(first).toEqual({ objects: [{ key: 'a/1', etag: 'e', size: 3 }], nextToken: 't&1' });
    expect(await store.list('a/', { token: first.nextToken! })).toEqual({ objects: [{ key: 'a/2', etag: 'e', size: 3 }] });
    expect(calls[1]!.url).toContain('continuation-token=t%261');
  });
});
