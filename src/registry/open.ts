// One way to open either store: a folder path opens the file registry, `s3://bucket/prefix` an object-store registry
// on S3 (credentials, region and endpoint read as the AWS CLI reads them; the server's dialect from the options or
// CKPT_S3_DIALECT). Nothing is sent or created here except a dialect probe when one is asked for.
import { CheckpointError } from '../errors/index.js';
import { resolveAwsSettings, type AwsSettings } from '../objectstore/aws-config.js';
import { checkKey } from '../objectstore/keys.js';
import { ObjectStoreRegistry, type ObjectRegistryOptions } from '../objectstore/registry.js';
import { S3ObjectStore, type S3Dialect, type S3StoreOptions } from '../objectstore/s3.js';
import { FileRegistry, type CheckpointRegistry } from './api.js';
import type { RegistryOptions } from './options.js';

export interface OpenRegistryOptions {
  /** Options of the file registry (a folder location). */
  readonly file?: RegistryOptions;
  /** Options of the object-store registry (an s3:// location). */
  readonly objectStore?: ObjectRegistryOptions;
  /**
   * The S3 client: `dialect` ('aws', 'ceph-16', or 'detect': probe the server before the first compare-and-swap;
   * default CKPT_S3_DIALECT, else 'aws' on AWS and 'detect' on a custom endpoint), `settings` (default: read from
   * `env` and ~/.aws), timeouts and retries.
   */
  readonly s3?: Omit<S3StoreOptions, 'bucket' | 'prefix'>;
  /** The environment the AWS settings and CKPT_S3_DIALECT are read from (default process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const S3_URL = /^s3:\/\/([^/]*)(?:\/(.*))?$/;
const DIALECTS: readonly string[] = ['aws', 'ceph-16', 'detect'];

export function isS3Location(location: string): boolean {
  return location.startsWith('s3://');
}

/** `s3://bucket` or `s3://bucket/prefix` (a trailing "/" is allowed) → bucket and prefix; E_ARGUMENT otherwise. */
export function parseS3Location(location: string): { bucket: string; prefix: string } {
  const m = S3_URL.exec(location);
  const prefix = (m?.[2] ?? '').replace(/\/$/, '');
  if (!m || m[1] === '') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `${JSON.stringify(location)} is not an S3 location`, hint: 'write s3://BUCKET or s3://BUCKET/PREFIX' });
  }
  if (prefix !== '') checkKey(prefix, `prefix of ${location}`);
  return { bucket: m[1]!, prefix };
}

/** Opens the registry at `location`: a folder, or `s3://bucket/prefix`. */
export async function openRegistry(location: string, options: OpenRegistryOptions = {}): Promise<CheckpointRegistry> {
  if (typeof location !== 'string' || location === '') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `the registry location must be a folder or s3://bucket/prefix, got ${JSON.stringify(location) ?? typeof location}` });
  }
  if (!isS3Location(location)) return new FileRegistry(location, options.file);
  const { bucket, prefix } = parseS3Location(location);
  const env = options.env ?? process.env;
  const settings: AwsSettings = options.s3?.settings ?? resolveAwsSettings({ env });
  const dialect = options.s3?.dialect ?? (env.CKPT_S3_DIALECT || (settings.endpoint === undefined ? 'aws' : 'detect'));
  if (!DIALECTS.includes(dialect)) {
    throw new CheckpointError({
      code: 'E_ARGUMENT',
      message: `the S3 dialect ${JSON.stringify(dialect)}${options.s3?.dialect === undefined ? ' (CKPT_S3_DIALECT)' : ''} is not one of aws, ceph-16, detect`,
      hint: 'aws for AWS S3 and MinIO, ceph-16 for Ceph RADOS Gateway 16.2 (docs/registry.md)',
    });
  }
  const store = new S3ObjectStore({ ...options.s3, bucket, prefix, settings, dialect: dialect as S3Dialect | 'detect' });
  return new ObjectStoreRegistry(store, options.objectStore);
}
