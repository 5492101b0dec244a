// One behaviour suite for every ObjectStore implementation: the in-memory store and the real Ceph RADOS Gateway run
// exactly these tests. Each test works under its own random prefix, so a shared bucket needs no cleanup between them.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAll, type ObjectStore } from '../../src/objectstore/index.js';
import { isCheckpointError } from '../../src/errors/index.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (body: Uint8Array | undefined): string | undefined => (body === undefined ? undefined : new TextDecoder().decode(body));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'fulfilled';
  } catch (e) {
    if (isCheckpointError(e)) return e.code;
    throw e;
  }
}

export const HOSTILE_KEYS: readonly unknown[] = [
  '',
  '/abs',
  'a//b',
  'trailing/',
  '../escape',
  'a/../../b',
  './a',
  'a b',
  'q?x=1',
  'frag#x',
  'pct%2Fkey',
  'back\\slash',
  'nul\u0000byte',
  'new\nline',
  'é',
  'x'.repeat(769),
  42,
  undefined,
];

export function objectStoreConformance(name: string, open: () => ObjectStore, options: { races?: number } = {}): void {
  const races = options.races ?? 16;

  describe(`ObjectStore conformance: ${name}`, () => {
    // Opened when the tests run, not when they are collected: a skipped gateway suite has no settings to open with.
    let store!: ObjectStore;
    beforeAll(() => {
      store = open();
    });
    const fresh = (): string => `conf/${randomUUID()}`;

    it('get and head of an absent key are undefined', async () => {
      const p = fresh();
      expect(await store.get(`${p}/none`)).toBeUndefined();
      expect(await store.head(`${p}/none`)).toBeUndefined();
    });

    it('put then get returns the same bytes, with the ETag and size head reports', async () => {
      const key = `${fresh()}/obj.json`;
      const all = new Uint8Array(256).map((_, i) => i);
      const { etag } = await store.put(key, all);
      const got = await store.get(key);
      expect(got && Buffer.from(got.body).equals(Buffer.from(all))).toBe(true);
      expect(got?.etag).toBe(etag);
      expect(etag).not.toMatch(/^"|"$/);
      expect(await store.head(key)).toEqual({ key, etag, size: 256 });
    });

    it('an unconditional put replaces the object and changes its ETag', async () => {
      const key = `${fresh()}/obj`;
      const a = await store.put(key, bytes('one'));
      const b = await store.put(key, bytes('two'));
      expect(b.etag).not.toBe(a.etag);
      expect(text((await store.get(key))?.body)).toBe('two');
    });

    it('create-only (If-None-Match: *) succeeds once, then is E_CONFLICT and leaves the object as it was', async () => {
      const key = `${fresh()}/once`;
      await store.put(key, bytes('first'), { condition: { ifNoneMatch: '*' } });
      expect(await codeOf(store.put(key, bytes('second'), { condition: { ifNoneMatch: '*' } }))).toBe('E_CONFLICT');
      expect(await codeOf(store.put(key, bytes('first'), { condition: { ifNoneMatch: '*' } }))).toBe('E_CONFLICT');
      expect(text((await store.get(key))?.body)).toBe('first');
    });

    it('If-Match replaces only the version whose ETag is given', async () => {
      const key = `${fresh()}/cas`;
      const first = await store.put(key, bytes('one'), { condition: { ifNoneMatch: '*' } });
      const second = await store.put(key, bytes('two'), { condition: { ifMatch: first.etag } });
      expect(await codeOf(store.put(key, bytes('three'), { condition: { ifMatch: first.etag } }))).toBe('E_CONFLICT');
      expect(text((await store.get(key))?.body)).toBe('two');
      await store.put(key, bytes('three'), { condition: { ifMatch: second.etag } });
      expect(text((await store.get(key))?.body)).toBe('three');
    });

    it('If-Match on an absent key is E_CONFLICT and creates nothing', async () => {
      const key = `${fresh()}/absent`;
      expect(await codeOf(store.put(key, bytes('x'), { condition: { ifMatch: '0123456789abcdef0123456789abcdef' } }))).toBe('E_CONFLICT');
      expect(await store.get(key)).toBeUndefined();
    });

    it('delete removes the object; deleting an absent key succeeds; the key can be created again', async () => {
      const key = `${fresh()}/del`;
      await store.put(key, bytes('x'), { condition: { ifNoneMatch: '*' } });
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
      await store.delete(key);
      await store.put(key, bytes('y'), { condition: { ifNoneMatch: '*' } });
      expect(text((await store.get(key))?.body)).toBe('y');
    });

    it('list returns exactly the keys under the prefix, in byte order, across pages', async () => {
      const p = fresh();
      const keys = ['a/1', 'a/2', 'a/10', 'a/b/c', 'a/~', 'a/A', 'a/=+._-', 'a/run:2024-01-02'].map((k) => `${p}/${k}`);
      for (const key of keys) await store.put(key, bytes(key));
      await store.put(`${p}/ab`, bytes('not under a/'));
      const pages: number[] = [];
      let token: string | undefined;
      const seen: string[] = [];
      do {
        const page = await store.list(`${p}/a/`, { limit: 2, ...(token !== undefined && { token }) });
        pages.push(page.objects.length);
        seen.push(...page.objects.map((o) => o.key));
        token = page.nextToken;
      } while (token !== undefined);
      expect(seen).toEqual([...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
      expect(pages.every((n) => n <= 2)).toBe(true);
      expect(pages.length).toBeGreaterThanOrEqual(4);
      const all = [];
      for await (const o of listAll(store, `${p}/`)) all.push(o);
      expect(all.map((o) => o.key)).toContain(`${p}/ab`);
      const one = all.find((o) => o.key === `${p}/a/1`)!;
      expect(one).toEqual({ key: `${p}/a/1`, etag: (await store.head(`${p}/a/1`))!.etag, size: bytes(`${p}/a/1`).length });
    });

    it('list of a prefix with no objects is empty and has no next token', async () => {
      expect(await store.list(`${fresh()}/`)).toEqual({ objects: [] });
    });

    it('a listing sees a write as soon as it is acknowledged, and not a deleted object', async () => {
      const p = fresh();
      await store.put(`${p}/x`, bytes('x'));
      expect((await store.list(`${p}/`)).objects.map((o) => o.key)).toEqual([`${p}/x`]);
      await store.delete(`${p}/x`);
      expect((await store.list(`${p}/`)).objects).toEqual([]);
    });

    it(`race: ${races} concurrent create-only PUTs of one key have exactly one winner, whose bytes are stored`, async () => {
      const key = `${fresh()}/race`;
      const outcomes = await Promise.all(
        Array.from({ length: races }, (_, i) => codeOf(store.put(key, bytes(`writer ${i}`), { condition: { ifNoneMatch: '*' } }))),
      );
      const winners = outcomes.flatMap((o, i) => (o === 'fulfilled' ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'E_CONFLICT')).toHaveLength(races - 1);
      expect(text((await store.get(key))?.body)).toBe(`writer ${winners[0]}`);
    });

    it(`race: ${races} concurrent If-Match PUTs against one ETag have exactly one winner`, async () => {
      const key = `${fresh()}/cas-race`;
      const { etag } = await store.put(key, bytes('base'), { condition: { ifNoneMatch: '*' } });
      const outcomes = await Promise.all(
        Array.from({ length: races }, (_, i) => codeOf(store.put(key, bytes(`writer ${i}`), { condition: { ifMatch: etag } }))),
      );
      const winners = outcomes.flatMap((o, i) => (o === 'fulfilled' ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'E_CONFLICT')).toHaveLength(races - 1);
      expect(text((await store.get(key))?.body)).toBe(`writer ${winners[0]}`);
    });

    it('hostile keys and prefixes are refused with E_ARGUMENT by every operation', async () => {
      for (const key of HOSTILE_KEYS) {
        const k = key as string;
        expect(await codeOf(store.get(k)), String(key)).toBe('E_ARGUMENT');
        expect(await codeOf(store.head(k)), String(key)).toBe('E_ARGUMENT');
        expect(await codeOf(store.put(k, bytes('x'))), String(key)).toBe('E_ARGUMENT');
        expect(await codeOf(store.delete(k)), String(key)).toBe('E_ARGUMENT');
        // '' lists everything and 'trailing/' is a well-formed prefix; every other hostile key is no prefix either.
        if (key !== '' && key !== 'trailing/') expect(await codeOf(store.list(k)), String(key)).toBe('E_ARGUMENT');
      }
    });
  });
}
