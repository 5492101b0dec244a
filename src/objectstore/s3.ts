// The object-store interface over the S3 REST API: SigV4-signed requests with Node's own fetch, no SDK.
// Failure rules: every request has a timeout; requests that may be repeated without changing the outcome
// (GET, HEAD, LIST, DELETE, unconditional PUT) are retried with jittered exponential backoff on network errors,
// timeouts, 5xx and 503 SlowDown; a conditional PUT is retried only when the store said it did not apply it
// (503, 429, 409 ConditionalRequestConflict). When a conditional PUT's outcome is unknown (no answer, or a 5xx:
// Ceph 16.2 answers some losers of a compare-and-swap race with 500 instead of 412), the key is read back: our own
// bytes mean the write landed, other bytes mean another writer won (E_CONFLICT), anything else is E_UNAVAILABLE.
import { CheckpointError } from '../errors/index.js';
import { resolveAwsSettings, type AwsSettings } from './aws-config.js';
import { ObjectStoreError, type StoreFailure } from './errors.js';
import { checkKey, checkPrefix } from './keys.js';
import { checkLimit } from './memory.js';
import { amzDate, encodePath, sha256Hex, signV4, type Credentials } from './sigv4.js';
import { blocks, first } from './xml.js';
import type { ListOptions, ListPage, ObjectInfo, ObjectStore, PutOptions, StoredObject } from './types.js';

/**
 * How the server spells conditional writes. `aws`: If-Match carries the quoted ETag (RFC 9110), as AWS S3 and MinIO
 * expect. `ceph-16`: Ceph RGW 16.2 compares If-Match with the ETag without its quotes and answers 412 to the
 * quoted form, so it is sent bare. `S3ObjectStore.detectDialect()` finds out with a probe object.
 */
export type S3Dialect = 'aws' | 'ceph-16';

export interface S3StoreOptions {
  readonly bucket: string;
  /** A key prefix inside the bucket ('' or "a/b"); every key of the store lives under it. */
  readonly prefix?: string;
  /** Credentials, region and endpoint; read from AWS_* and ~/.aws (as the AWS CLI does) when not given. */
  readonly settings?: AwsSettings;
  /**
   * How the server spells If-Match (default 'aws'). 'detect' runs detectDialect() before the first compare-and-swap,
   * so a store that only reads and creates never probes.
   */
  readonly dialect?: S3Dialect | 'detect';
  /** Per-request timeout, including reading the body (default 10 s). */
  readonly timeoutMs?: number;
  /** Attempts for a retryable request, the first included (default 4). */
  readonly maxAttempts?: number;
  /** The first backoff's upper bound; it doubles per attempt, up to 2 s (default 100 ms). */
  readonly backoffMs?: number;
  /** Injected for tests (fault injection); Node's fetch otherwise. */
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => Date;
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Uint8Array;
}

interface RequestSpec {
  readonly operation: string;
  readonly method: 'GET' | 'HEAD' | 'PUT' | 'DELETE';
  /** The key relative to the store ('' for the bucket itself). */
  readonly key: string;
  readonly query?: ReadonlyArray<readonly [string, string]>;
  readonly body?: Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
  /** Safe to send again after a failure whose outcome is unknown. */
  readonly idempotent: boolean;
  /** What errors name instead of the key: a listing's prefix. */
  readonly about?: string;
}

class Attempt {
  constructor(
    readonly failure: StoreFailure,
    readonly message: string,
    readonly answer?: Answer,
    readonly cause?: unknown,
  ) {}
}

const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const EMPTY_HASH = sha256Hex('');

export class S3ObjectStore implements ObjectStore {
  readonly location: string;
  readonly bucket: string;
  readonly prefix: string;
  readonly endpoint: string;
  dialect: S3Dialect;
  #detecting: Promise<S3Dialect> | undefined;
  #undetected: boolean;
  readonly #credentials: Credentials;
  readonly #region: string;
  readonly #base: URL;
  readonly #virtualHosted: boolean;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #backoffMs: number;
  readonly #fetch: typeof fetch;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => Date;

  constructor(options: S3StoreOptions) {
    if (typeof options.bucket !== 'string' || !BUCKET.test(options.bucket) || options.bucket.includes('..')) {
      throw new CheckpointError({
        code: 'E_ARGUMENT',
        message: `The bucket name ${JSON.stringify(options.bucket)} is not a valid S3 bucket name.`,
        hint: 'Bucket names are 3–63 characters of a–z, 0–9, "." and "-", starting and ending with a letter or digit.',
      });
    }
    const prefix = options.prefix ?? '';
    if (prefix !== '') checkKey(prefix, 'bucket prefix');
    const settings = options.settings ?? resolveAwsSettings();
    this.bucket = options.bucket;
    this.prefix = prefix;
    this.#undetected = options.dialect === 'detect';
    this.dialect = options.dialect === undefined || options.dialect === 'detect' ? 'aws' : options.dialect;
    this.#credentials = settings.credentials;
    this.#region = settings.region;
    this.#timeoutMs = positive(options.timeoutMs, 10_000, 'timeoutMs');
    this.#maxAttempts = positive(options.maxAttempts, 4, 'maxAttempts');
    this.#backoffMs = options.backoffMs ?? 100;
    this.#fetch = options.fetch ?? fetch;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#now = options.now ?? (() => new Date());
    if (settings.endpoint !== undefined) {
      let url: URL;
      try {
        url = new URL(settings.endpoint);
      } catch {
        throw new CheckpointError({ code: 'E_ARGUMENT', message: `The S3 endpoint ${JSON.stringify(settings.endpoint)} (${settings.sources.endpoint}) is not a URL.` });
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search !== '' || url.username !== '' || url.password !== '') {
        throw new CheckpointError({
          code: 'E_ARGUMENT',
          message: `The S3 endpoint ${JSON.stringify(settings.endpoint)} (${settings.sources.endpoint}) must be http(s)://host[:port] with no path, query or user.`,
        });
      }
      this.#base = url;
      this.#virtualHosted = false;
    } else {
      // Dotted bucket names do not match the wildcard TLS certificate of virtual-hosted addresses.
      this.#virtualHosted = !this.bucket.includes('.');
      this.#base = new URL(this.#virtualHosted ? `https://${this.bucket}.s3.${this.#region}.amazonaws.com/` : `https://s3.${this.#region}.amazonaws.com/`);
    }
    this.endpoint = this.#base.origin;
    this.location = `s3://${this.bucket}${prefix === '' ? '' : `/${prefix}`} at ${this.endpoint}`;
  }

  async get(key: string): Promise<StoredObject | undefined> {
    checkKey(key);
    const answer = await this.#send({ operation: 'GET', method: 'GET', key, idempotent: true });
    if (answer.status === 404) return this.#absent(answer, 'GET', key);
    if (answer.status !== 200) throw this.#refused(answer, 'GET', key);
    return { key, etag: this.#etag(answer, 'GET', key), size: answer.body.length, body: answer.body };
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    checkKey(key);
    const answer = await this.#send({ operation: 'HEAD', method: 'HEAD', key, idempotent: true });
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw this.#refused(answer, 'HEAD', key);
    return { key, etag: this.#etag(answer, 'HEAD', key), size: Number(answer.headers.get('content-length') ?? '0') };
  }

  async put(key: string, body: Uint8Array, options: PutOptions = {}): Promise<{ etag: string }> {
    checkKey(key);
    const condition = options.condition;
    const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/octet-stream' };
    if (condition !== undefined) {
      if ('ifNoneMatch' in condition) {
        if (condition.ifNoneMatch !== '*') throw new CheckpointError({ code: 'E_ARGUMENT', message: 'ifNoneMatch must be "*".' });
        headers['if-none-match'] = '*';
      } else {
        if (typeof condition.ifMatch !== 'string' || !/^[\x21\x23-\x7e]+$/.test(condition.ifMatch)) {
          throw new CheckpointError({ code: 'E_ARGUMENT', message: `The ETag ${JSON.stringify(condition.ifMatch)} given to ifMatch is not an ETag.` });
        }
        if (this.#undetected) await (this.#detecting ??= this.detectDialect());
        headers['if-match'] = this.dialect === 'ceph-16' ? condition.ifMatch : `"${condition.ifMatch}"`;
      }
    }
    const spec: RequestSpec = { operation: condition === undefined ? 'PUT' : 'conditional PUT', method: 'PUT', key, body, headers, idempotent: condition === undefined };
    for (let round = 1; ; round++) {
      let answer: Answer;
      try {
        answer = await this.#send(spec);
      } catch (e) {
        if (condition === undefined || !(e instanceof ObjectStoreError) || !['network', 'timeout'].includes(e.failure)) throw e;
        // No answer: the write may still land after we give up, so only our own bytes settle it now.
        const settled = await this.#readBack(key, body, condition).catch(() => ({ kind: 'unreadable' }) as const);
        if (settled.kind === 'ours') return { etag: settled.etag };
        if (settled.kind === 'theirs') throw this.#conflict(key, condition);
        throw new ObjectStoreError(
          { failure: 'unknown-outcome', endpoint: this.endpoint, key: this.#fullKey(key), operation: spec.operation, message: `${e.message}; the write may or may not have landed`, hint: 'Read the key again later before deciding: it may still appear.' },
          { cause: e },
        );
      }
      if (answer.status === 200) return { etag: this.#etag(answer, 'PUT', key) };
      if (condition === undefined) throw this.#refused(answer, 'PUT', key);
      if (answer.status === 412) throw this.#conflict(key, condition);
      if (answer.status >= 500) {
        // The server finished with the request, so the read-back is final: ours, theirs, or not applied at all.
        const settled = await this.#readBack(key, body, condition);
        if (settled.kind === 'ours') return { etag: settled.etag };
        if (settled.kind === 'theirs') throw this.#conflict(key, condition);
        if (round < this.#maxAttempts) {
          await this.#sleep(this.#backoff(round));
          continue;
        }
      }
      throw this.#refused(answer, spec.operation, key);
    }
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    const answer = await this.#send({ operation: 'DELETE', method: 'DELETE', key, idempotent: true });
    if (answer.status === 204 || answer.status === 200 || answer.status === 404) return;
    throw this.#refused(answer, 'DELETE', key);
  }

  async list(prefix: string, options: ListOptions = {}): Promise<ListPage> {
    checkPrefix(prefix);
    const limit = checkLimit(options.limit);
    const full = this.prefix === '' ? prefix : `${this.prefix}/${prefix}`;
    const query: Array<[string, string]> = [
      ['list-type', '2'],
      ['prefix', full],
      ['max-keys', String(limit)],
    ];
    if (options.token !== undefined) query.push(['continuation-token', options.token]);
    const answer = await this.#send({ operation: 'LIST', method: 'GET', key: '', query, idempotent: true, about: full });
    if (answer.status !== 200) throw this.#refused(answer, 'LIST', prefix);
    const xml = new TextDecoder().decode(answer.body);
    const strip = this.prefix === '' ? 0 : this.prefix.length + 1;
    const objects = blocks(xml, 'Contents').map((c) => {
      const key = first(c, 'Key');
      const etag = first(c, 'ETag');
      if (key === undefined || etag === undefined || !key.startsWith(full)) {
        throw this.#error('protocol', 'LIST', prefix, 'the listing has an entry without a key or ETag, or outside the prefix');
      }
      return { key: key.slice(strip), etag: unquote(etag), size: Number(first(c, 'Size') ?? '0') };
    });
    const truncated = first(xml, 'IsTruncated') === 'true';
    const next = first(xml, 'NextContinuationToken');
    if (truncated && (next === undefined || next === '')) throw this.#error('protocol', 'LIST', prefix, 'a truncated listing without NextContinuationToken');
    return truncated ? { objects, nextToken: next! } : { objects };
  }

  /** Creates the bucket; one that this account already owns is fine (for tests and local gateways). */
  async createBucket(): Promise<void> {
    const answer = await this.#send({ operation: 'CREATE BUCKET', method: 'PUT', key: '', idempotent: true });
    if (answer.status === 200 || s3Code(answer) === 'BucketAlreadyOwnedByYou') return;
    throw this.#refused(answer, 'CREATE BUCKET', '');
  }

  /**
   * Finds out how the server compares If-Match (quoted ETag or bare) with a probe object under `_probe/`, sets
   * `dialect` and returns it. Three writes and a delete; run once per endpoint, e.g. at start-up.
   */
  async detectDialect(): Promise<S3Dialect> {
    this.#undetected = false;
    const key = `_probe/if-match-${crypto.randomUUID()}`;
    const first = await this.put(key, new TextEncoder().encode('probe 1'), { condition: { ifNoneMatch: '*' } });
    try {
      for (const dialect of ['aws', 'ceph-16'] as const) {
        this.dialect = dialect;
        try {
          await this.put(key, new TextEncoder().encode(`probe ${dialect}`), { condition: { ifMatch: first.etag } });
          return dialect;
        } catch (e) {
          if (!(e instanceof ObjectStoreError) || e.failure !== 'conflict') throw e;
        }
      }
      throw this.#error('protocol', 'conditional PUT', key, 'the server honours If-Match with neither the quoted nor the bare ETag');
    } finally {
      await this.delete(key);
    }
  }

  async #readBack(key: string, body: Uint8Array, condition: NonNullable<PutOptions['condition']>): Promise<{ kind: 'ours'; etag: string } | { kind: 'theirs' } | { kind: 'not-applied' }> {
    const current = await this.get(key);
    if (current !== undefined && Buffer.from(current.body).equals(body)) return { kind: 'ours', etag: current.etag };
    if ('ifNoneMatch' in condition) return current === undefined ? { kind: 'not-applied' } : { kind: 'theirs' };
    return current !== undefined && current.etag === condition.ifMatch ? { kind: 'not-applied' } : { kind: 'theirs' };
  }

  async #send(spec: RequestSpec): Promise<Answer> {
    let last: Attempt | undefined;
    let attempts = 0;
    while (attempts < this.#maxAttempts) {
      if (attempts > 0) await this.#sleep(this.#backoff(attempts));
      attempts++;
      const outcome = await this.#once(spec);
      if (!(outcome instanceof Attempt)) return outcome;
      last = outcome;
      // A throttled request was not applied, so even a conditional write may be sent again.
      if (!spec.idempotent && outcome.failure !== 'throttled') break;
    }
    // A conditional write that got a 5xx answer is settled by put() reading the key back.
    if (!spec.idempotent && last!.failure === 'server' && last!.answer !== undefined) return last!.answer;
    throw new ObjectStoreError(
      {
        failure: last!.failure,
        endpoint: this.endpoint,
        key: spec.about ?? this.#fullKey(spec.key),
        operation: spec.operation,
        message: `${last!.message} (${attempts} attempt${attempts === 1 ? '' : 's'})`,
        attempts,
        ...(last!.answer !== undefined && { status: last!.answer.status }),
        hint: last!.failure === 'throttled' ? 'The store is throttling: slow down, or spread keys over more prefixes.' : 'Check that the endpoint is up and reachable, then retry.',
      },
      { cause: last!.cause },
    );
  }

  async #once(spec: RequestSpec): Promise<Answer | Attempt> {
    const url = new URL(this.#base);
    const full = this.#fullKey(spec.key);
    const segments = this.#virtualHosted ? [] : [this.bucket];
    if (full !== '') segments.push(...full.split('/'));
    url.pathname = segments.length === 0 ? '/' : encodePath(segments);
    const path = url.pathname;
    const query = spec.query ?? [];
    url.search = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    const payloadHash = spec.body === undefined ? EMPTY_HASH : sha256Hex(spec.body);
    const signed = signV4({
      method: spec.method,
      host: url.host,
      path,
      query,
      headers: { ...spec.headers, 'x-amz-content-sha256': payloadHash },
      payloadHash,
      region: this.#region,
      service: 's3',
      amzDate: amzDate(this.#now()),
      credentials: this.#credentials,
    });
    try {
      const response = await this.#fetch(url, {
        method: spec.method,
        headers: signed.headers,
        ...(spec.body !== undefined && { body: spec.body }),
        signal: AbortSignal.timeout(this.#timeoutMs),
        redirect: 'manual',
      });
      const body = new Uint8Array(await response.arrayBuffer());
      const answer: Answer = { status: response.status, headers: response.headers, body };
      if (response.status === 503 || response.status === 429) {
        return new Attempt('throttled', `HTTP ${response.status} ${s3Code(answer) ?? ''}`.trim(), answer);
      }
      if (response.status >= 500) return new Attempt('server', `HTTP ${response.status} ${s3Code(answer) ?? ''}`.trim(), answer);
      if (response.status === 409 && s3Code(answer) === 'ConditionalRequestConflict') {
        return new Attempt('throttled', 'HTTP 409 ConditionalRequestConflict', answer);
      }
      return answer;
    } catch (e) {
      const name = (e as Error | undefined)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') return new Attempt('timeout', `no answer within ${this.#timeoutMs} ms`, undefined, e);
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      return new Attempt('network', `cannot connect (${cause?.code ?? cause?.message ?? (e as Error).message})`, undefined, e);
    }
  }

  #backoff(round: number): number {
    return Math.random() * Math.min(2000, this.#backoffMs * 2 ** (round - 1));
  }

  #fullKey(key: string): string {
    return this.prefix === '' ? key : key === '' ? '' : `${this.prefix}/${key}`;
  }

  #etag(answer: Answer, operation: string, key: string): string {
    const etag = answer.headers.get('etag');
    if (etag === null || etag === '') throw this.#error('protocol', operation, key, `HTTP ${answer.status} without an ETag header`);
    return unquote(etag);
  }

  #absent(answer: Answer, operation: string, key: string): undefined {
    if (s3Code(answer) === 'NoSuchBucket') throw this.#refused(answer, operation, key);
    return undefined;
  }

  #conflict(key: string, condition: NonNullable<PutOptions['condition']>): ObjectStoreError {
    return this.#error('conflict', 'conditional PUT', key, 'ifNoneMatch' in condition ? 'the object already exists (another writer created it first)' : 'the object changed since it was read (another writer replaced it)', 412);
  }

  #refused(answer: Answer, operation: string, key: string): ObjectStoreError {
    const code = s3Code(answer);
    const xml = new TextDecoder().decode(answer.body);
    const message = first(xml, 'Message');
    return new ObjectStoreError({
      failure: answer.status >= 500 ? 'server' : 'refused',
      endpoint: this.endpoint,
      key: this.#fullKey(key),
      operation,
      status: answer.status,
      ...(code !== undefined && { s3Code: code }),
      message: `HTTP ${answer.status}${code !== undefined ? ` ${code}` : ''}${message ? `: ${message}` : ''}`,
      hint: HINTS[code ?? ''] ?? 'Check the bucket, the credentials and the endpoint.',
    });
  }

  #error(failure: StoreFailure, operation: string, key: string, message: string, status?: number): ObjectStoreError {
    return new ObjectStoreError({ failure, endpoint: this.endpoint, key: this.#fullKey(key), operation, message, ...(status !== undefined && { status }) });
  }
}

const HINTS: Record<string, string> = {
  NoSuchBucket: 'Create the bucket first, or correct its name.',
  AccessDenied: 'The credentials may not use this bucket or prefix: check the policy.',
  InvalidAccessKeyId: 'The access key is unknown to this endpoint: check AWS_ACCESS_KEY_ID and the endpoint.',
  SignatureDoesNotMatch: 'Check AWS_SECRET_ACCESS_KEY, and the region (AWS_REGION) of the bucket.',
  RequestTimeTooSkewed: "Correct this machine's clock.",
};

function s3Code(answer: Answer): string | undefined {
  if (answer.body.length === 0) return undefined;
  return first(new TextDecoder().decode(answer.body.subarray(0, 4096)), 'Code');
}

function unquote(etag: string): string {
  const bare = etag.startsWith('W/') ? etag.slice(2) : etag;
  return bare.length >= 2 && bare.startsWith('"') && bare.endsWith('"') ? bare.slice(1, -1) : bare;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new CheckpointError({ code: 'E_ARGUMENT', message: `${name} must be a positive integer, not ${String(value)}.` });
  return value;
}
