// The registry suites against the real Ceph RADOS Gateway: what every CheckpointRegistry does, then the object-store
// commit protocol. They run under the same switch as s3-gateway.test.ts (CKPT_S3_GATEWAY=require, set by .ci/run
// after it starts the gateway), and then fail rather than skip when the gateway is missing.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAwsSettings, S3ObjectStore, type AwsSettings } from '../../src/objectstore/index.js';
import { checkpointKey, ObjectStoreRegistry } from '../../src/objectstore/registry.js';
import { openRegistry } from '../../src/registry/index.js';
import { stateFor } from '../registry/helpers.js';
import { objectRegistrySuite, registrySuite } from './registry-suite.js';

const gateway = process.env.CKPT_S3_GATEWAY === 'require';
const bucket = process.env.CKPT_S3_TEST_BUCKET ?? 'ckpt-test';
let settings: AwsSettings | undefined;
const open = (prefix: string): S3ObjectStore => new S3ObjectStore({ bucket, prefix, settings: (settings ??= resolveAwsSettings()), dialect: 'ceph-16' });

describe.skipIf(!gateway)('registries on the Ceph RADOS Gateway 16.2 (skipped unless CKPT_S3_GATEWAY=require, after scripts/s3-gateway/start.sh)', () => {
  beforeAll(() => open('').createBucket());

  registrySuite('the Ceph RADOS Gateway, opened as s3://BUCKET/PREFIX', {
    // The way users open it: a location, with the endpoint and keys from AWS_* (as start.sh prints them).
    fresh: () => openRegistry(`s3://${bucket}/suite-${randomUUID()}`, { s3: { dialect: 'ceph-16' } }),
    damage: async (registry, id, bytes) => {
      await (registry as ObjectStoreRegistry).store.put(checkpointKey(id), new TextEncoder().encode(bytes));
    },
  });
  objectRegistrySuite('the Ceph RADOS Gateway 16.2', open);

  it('opened without a dialect, a custom endpoint is probed before the first compare-and-swap, so deletes work on Ceph 16', async () => {
    const env = { ...process.env, CKPT_S3_DIALECT: '' };
    const registry = (await openRegistry(`s3://${bucket}/detect-${randomUUID()}`, { env })) as ObjectStoreRegistry;
    const a = await registry.create(stateFor('run-a', 1));
    await registry.create(stateFor('run-a', 2));
    expect((registry.store as S3ObjectStore).dialect).toBe('aws'); // creating needs no probe
    expect(await registry.delete(a.id)).toBe(true);
    expect((registry.store as S3ObjectStore).dialect).toBe('ceph-16');
    expect((await registry.list()).map((e) => e.sequence)).toEqual([2]);
  });
});
