// The same conformance suite against a real S3 server: the Ceph RADOS Gateway that scripts/s3-gateway/start.sh runs.
// It runs when CKPT_S3_GATEWAY=require (as .ci/run sets it, after starting the gateway), and then fails, never skips,
// if the gateway cannot be reached. Without the variable it is skipped, visibly, under the name below.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCheckpointError } from '../../src/errors/index.js';
import { ObjectStoreError, resolveAwsSettings, S3ObjectStore, type AwsSettings } from '../../src/objectstore/index.js';
import { ObjectStoreRegistry } from '../../src/objectstore/registry.js';
import { stateFor } from '../registry/helpers.js';
import { objectStoreConformance } from './conformance.js';

const mode = process.env.CKPT_S3_GATEWAY ?? 'none';
if (mode !== 'none' && mode !== 'require') throw new Error(`CKPT_S3_GATEWAY must be "require" or "none", not ${JSON.stringify(mode)}`);
const bucket = process.env.CKPT_S3_TEST_BUCKET ?? 'ckpt-test';

let settings: AwsSettings | undefined;
const env = (): AwsSettings => (settings ??= resolveAwsSettings());
const open = (): S3ObjectStore => new S3ObjectStore({ bucket, prefix: 'conformance', settings: env(), dialect: 'ceph-16' });

describe.skipIf(mode === 'none')('the Ceph RADOS Gateway 16.2 (skipped unless CKPT_S3_GATEWAY=require, after scripts/s3-gateway/start.sh)', () => {
  describe('the gateway is up', () => {
    it(`answers at AWS_ENDPOINT_URL_S3 and holds bucket ${bucket}`, async () => {
      expect(env().endpoint, 'AWS_ENDPOINT_URL_S3 from scripts/s3-gateway/start.sh --env').toBeDefined();
      await open().createBucket();
    });

    it('needs the ceph-16 dialect, and detectDialect finds it', async () => {
      const store = new S3ObjectStore({ bucket, prefix: 'conformance', settings: env() });
      await store.createBucket();
      expect(await store.detectDialect()).toBe('ceph-16');
    });
  });

  objectStoreConformance('Ceph RADOS Gateway 16.2', open);

  describe('the gateway goes away in the middle of a run', () => {
    const gateway = (action: 'stop' | 'start'): void => {
      execFileSync('scripts/s3-gateway/gateway-only.sh', [action], { stdio: 'inherit' });
    };

    it('gives typed errors naming the endpoint and key while it is down, then recovers with nothing lost', async () => {
      const store = new S3ObjectStore({ bucket, prefix: 'conformance', settings: env(), dialect: 'ceph-16', maxAttempts: 2, backoffMs: 10, timeoutMs: 5000 });
      const run = `outage/${randomUUID()}`;
      const saved = new Map<string, string>();
      for (let i = 0; i < 5; i++) {
        await store.put(`${run}/${i}`, new TextEncoder().encode(`save ${i}`), { condition: { ifNoneMatch: '*' } });
        saved.set(`${run}/${i}`, `save ${i}`);
      }
      gateway('stop');
      try {
        const read = await store.get(`${run}/0`).catch((e: unknown) => e);
        expect(read).toBeInstanceOf(ObjectStoreError);
        expect(read).toMatchObject({ code: 'E_UNAVAILABLE', failure: 'network', endpoint: env().endpoint!.replace(/\/$/, ''), key: `conformance/${run}/0`, attempts: 2 });
        const write = await store.put(`${run}/5`, new TextEncoder().encode('save 5'), { condition: { ifNoneMatch: '*' } }).catch((e: unknown) => e);
        expect(isCheckpointError(write) && write.code).toBe('E_UNAVAILABLE');
        expect((write as ObjectStoreError).failure).toBe('unknown-outcome');
      } finally {
        gateway('start');
      }
      for (const [key, body] of saved) expect(new TextDecoder().decode((await store.get(key))!.body)).toBe(body);
      // The write that got no answer never reached the server: absent, so the caller's retry creates it.
      expect(await store.get(`${run}/5`)).toBeUndefined();
      await store.put(`${run}/5`, new TextEncoder().encode('save 5'), { condition: { ifNoneMatch: '*' } });
      expect((await store.list(`${run}/`)).objects.map((o) => o.key)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `${run}/${i}`));
    });

    it('a registry in the middle of a run: saves fail with E_UNAVAILABLE while it is down, then the run goes on; every acknowledged save is there', async () => {
      const store = new S3ObjectStore({ bucket, prefix: `outage-${randomUUID()}`, settings: env(), dialect: 'ceph-16', maxAttempts: 2, backoffMs: 10, timeoutMs: 5000 });
      const registry = new ObjectStoreRegistry(store);
      const acknowledged: string[] = [];
      for (let seq = 1; seq <= 3; seq++) acknowledged.push((await registry.create(stateFor('outage-run', seq))).id);
      gateway('stop');
      try {
        for (const attempt of [() => registry.create(stateFor('outage-run', 4)), () => registry.latest({ run: 'outage-run' }), () => registry.list()]) {
          const e = await attempt().then(
            () => undefined,
            (x: unknown) => x,
          );
          expect(e).toBeInstanceOf(ObjectStoreError);
          expect(e).toMatchObject({ code: 'E_UNAVAILABLE', endpoint: env().endpoint!.replace(/\/$/, '') });
          expect((e as ObjectStoreError).key).toMatch(/^outage-/);
        }
      } finally {
        gateway('start');
      }
      expect((await registry.latest({ run: 'outage-run' }))?.id).toBe(acknowledged[2]);
      // The save that failed is simply made again: idempotent if it had landed, new if it had not.
      acknowledged.push((await registry.create(stateFor('outage-run', 4))).id);
      expect((await registry.list({ run: 'outage-run' })).map((e) => e.id)).toEqual(acknowledged);
      for (const id of acknowledged) expect((await registry.load(id)).id).toBe(id);
      expect((await registry.fsck({ dryRun: true })).damaged).toEqual([]);
    });
  });
});
