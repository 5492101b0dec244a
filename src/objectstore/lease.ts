// The lease of spec/registry.md §10.5: a create-only object with a holder and an expiry, renewed, taken over and
// released only by compare-and-swap on its ETag, and never deleted. It guards deletes and retention; saves never
// take it (they only create keys).
import { randomUUID } from 'node:crypto';
import { CheckpointError } from '../errors/index.js';
import { canonicalBytes } from '../canonical/index.js';
import { isObjectStoreError } from './errors.js';
import type { ObjectStore } from './types.js';

export const LEASE_KEY = 'leases/registry.json';
/** How far two hosts' clocks may disagree; a lease is taken over only this long after it expired. */
export const CLOCK_ALLOWANCE_MS = 30_000;

export interface LeaseRecord {
  readonly holder: string;
  readonly operation: string;
  readonly acquired_at: string;
  readonly expires_at: string;
  /** Set by release(): the holder finished, as opposed to a lease that expired because its holder died. */
  readonly released?: true;
}

export interface LeaseOptions {
  readonly termMs?: number;
  readonly now?: () => number;
  readonly holder?: string;
}

export class Lease {
  #etag: string;
  #expiresMs: number;
  #record: LeaseRecord;

  private constructor(
    private readonly store: ObjectStore,
    record: LeaseRecord,
    etag: string,
    private readonly termMs: number,
    private readonly now: () => number,
  ) {
    this.#record = record;
    this.#etag = etag;
    this.#expiresMs = Date.parse(record.expires_at);
  }

  get holder(): string {
    return this.#record.holder;
  }

  static async acquire(store: ObjectStore, operation: string, options: LeaseOptions = {}): Promise<Lease> {
    const now = options.now ?? Date.now;
    const termMs = options.termMs ?? 60_000;
    const record = (): LeaseRecord => ({
      holder: options.holder ?? randomUUID(),
      operation,
      acquired_at: new Date(now()).toISOString(),
      expires_at: new Date(now() + termMs).toISOString(),
    });
    const mine = record();
    try {
      const { etag } = await store.put(LEASE_KEY, encode(mine), { condition: { ifNoneMatch: '*' } });
      return new Lease(store, mine, etag, termMs, now);
    } catch (e) {
      if (!isObjectStoreError(e) || e.failure !== 'conflict') throw e;
    }
    const current = await store.get(LEASE_KEY);
    if (current === undefined) return Lease.acquire(store, operation, options);
    const held = decode(current.body);
    const expires = held === undefined ? Number.NEGATIVE_INFINITY : Date.parse(held.expires_at);
    if (now() < expires + CLOCK_ALLOWANCE_MS) {
      throw new CheckpointError({
        code: 'E_LOCKED',
        message: `The registry at ${store.location} is leased by ${held!.holder} for ${held!.operation} until ${held!.expires_at}.`,
        hint: `Wait for it to finish; a holder that died loses the lease ${CLOCK_ALLOWANCE_MS / 1000} s after that time.`,
      });
    }
    try {
      const { etag } = await store.put(LEASE_KEY, encode(mine), { condition: { ifMatch: current.etag } });
      return new Lease(store, mine, etag, termMs, now);
    } catch (e) {
      if (isObjectStoreError(e) && e.failure === 'conflict') {
        throw new CheckpointError({ code: 'E_LOCKED', message: `Another process took over the expired lease of ${store.location} first.`, hint: 'Retry later.' });
      }
      throw e;
    }
  }

  /** Call before each delete: renews when less than half the term is left, and fails if the lease was lost. */
  async ensure(): Promise<void> {
    if (this.#expiresMs - this.now() > this.termMs / 2) return;
    await this.#write(new Date(this.now() + this.termMs).toISOString());
  }

  /** Gives the lease up by writing it expired (never by deleting it: only conditional writes touch it). */
  async release(): Promise<void> {
    await this.#write(new Date(this.now() - CLOCK_ALLOWANCE_MS - 1).toISOString(), true);
  }

  async #write(expiresAt: string, released = false): Promise<void> {
    const next: LeaseRecord = { ...this.#record, expires_at: expiresAt, ...(released && { released: true as const }) };
    try {
      const { etag } = await this.store.put(LEASE_KEY, encode(next), { condition: { ifMatch: this.#etag } });
      this.#etag = etag;
      this.#record = next;
      this.#expiresMs = Date.parse(expiresAt);
    } catch (e) {
      if (isObjectStoreError(e) && e.failure === 'conflict') {
        throw new CheckpointError({
          code: 'E_LOCKED',
          message: `The lease of ${this.store.location} held by ${this.#record.holder} was taken over by another process; stopping before the next delete.`,
          hint: 'The operation stopped part-way; what it did is consistent (each delete retires its entry first). Run it again.',
        });
      }
      throw e;
    }
  }
}

/**
 * The lease as fsck sees it: `live` (its holder may be deleting now), `abandoned` (expired past the clock allowance
 * without a release: its holder died), `released`, or undefined when there has never been one.
 */
export async function readLease(store: ObjectStore, nowMs: number): Promise<{ state: 'live' | 'abandoned' | 'released'; describe: string } | undefined> {
  const current = await store.get(LEASE_KEY);
  if (current === undefined) return undefined;
  const held = decode(current.body);
  if (held === undefined) return { state: 'abandoned', describe: `${LEASE_KEY} is unreadable` };
  const describe = `${LEASE_KEY}: held by ${held.holder} for ${held.operation} since ${held.acquired_at}, until ${held.expires_at}`;
  if (held.released === true) return { state: 'released', describe };
  return { state: nowMs < Date.parse(held.expires_at) + CLOCK_ALLOWANCE_MS ? 'live' : 'abandoned', describe };
}

function encode(record: LeaseRecord): Uint8Array {
  return canonicalBytes(record as unknown as Record<string, string>);
}

function decode(body: Uint8Array): LeaseRecord | undefined {
  try {
    const value = JSON.parse(new TextDecoder().decode(body)) as Partial<LeaseRecord>;
    if (typeof value.holder === 'string' && typeof value.expires_at === 'string' && Number.isFinite(Date.parse(value.expires_at))) {
      return { holder: value.holder, operation: String(value.operation), acquired_at: String(value.acquired_at), expires_at: value.expires_at, ...(value.released === true && { released: true as const }) };
    }
  } catch {
    // A lease that cannot be read is treated as expired: it can only be replaced by compare-and-swap anyway.
  }
  return undefined;
}
