// The same conformance suite against a real S3 server: the Ceph RADOS Gateway that scripts/s3-gateway/start.sh runs.
// It runs when CKPT_S3_GATEWAY=require (as .ci/run sets it, after starting the gateway), and then fails, never skips,
// if the gateway cannot be reached. Without the variable it is skipped, visibly, under the name below.
import { describe, expect, it } from 'vitest';
import { resolveAwsSettings, S3ObjectStore } from '../../src/objectstore/index.js';
import { objectStoreConformance } from './conformance.js';

const mode = process.env.CKPT_S3_GATEWAY ?? 'none';
if (mode !== 'none' && mode !== 'require') throw new Error(`CKPT_S3_GATEWAY must be "require" or "none", not ${JSON.stringify(mode)}`);
const bucket = process.env.CKPT_S3_TEST_BUCKET ?? 'ckpt-test';

if (mode === 'none') {
  describe.skip('ObjectStore conformance: Ceph RADOS Gateway (skipped: CKPT_S3_GATEWAY is not "require")', () => {
    it('needs scripts/s3-gateway/start.sh and CKPT_S3_GATEWAY=require', () => {});
  });
} else {
  const settings = resolveAwsSettings();
  const open = (): S3ObjectStore => new S3ObjectStore({ bucket, prefix: 'conformance', settings, dialect: 'ceph-16' });

  describe('the gateway is up', () => {
    it(`answers at ${settings.endpoint ?? 'AWS'} and holds bucket ${bucket}`, async () => {
      expect(settings.endpoint, 'AWS_ENDPOINT_URL_S3 from scripts/s3-gateway/start.sh --env').toBeDefined();
      await open().createBucket();
    });

    it('needs the ceph-16 dialect, and detectDialect finds it', async () => {
      const store = new S3ObjectStore({ bucket, prefix: 'conformance', settings });
      await store.createBucket();
      expect(await store.detectDialect()).toBe('ceph-16');
    });
  });

  objectStoreConformance('Ceph RADOS Gateway 16.2', open);
}
