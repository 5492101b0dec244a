// The registry's behaviour suite against the real Ceph RADOS Gateway; runs under the same switch as
// s3-gateway.test.ts (CKPT_S3_GATEWAY=require, set by .ci/run), and then fails rather than skips.
import { describe, it } from 'vitest';
import { resolveAwsSettings, S3ObjectStore } from '../../src/objectstore/index.js';
import { objectRegistrySuite } from './registry-suite.js';

const mode = process.env.CKPT_S3_GATEWAY ?? 'none';
const bucket = process.env.CKPT_S3_TEST_BUCKET ?? 'ckpt-test';

if (mode !== 'require') {
  describe.skip('registry on the Ceph RADOS Gateway (skipped: CKPT_S3_GATEWAY is not "require")', () => {
    it('needs scripts/s3-gateway/start.sh and CKPT_S3_GATEWAY=require', () => {});
  });
} else {
  const settings = resolveAwsSettings();
  let bucketReady: Promise<void> | undefined;
  objectRegistrySuite('the Ceph RADOS Gateway 16.2', (prefix) => {
    const store = new S3ObjectStore({ bucket, prefix, settings, dialect: 'ceph-16' });
    bucketReady ??= store.createBucket();
    return new Proxy(store, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function' || prop === 'createBucket') return value;
        return async (...args: unknown[]) => {
          await bucketReady;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  });
}
