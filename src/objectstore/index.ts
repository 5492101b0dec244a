export type { ListOptions, ListPage, ObjectInfo, ObjectStore, PutCondition, PutOptions, StoredObject } from './types.js';
export { listAll } from './types.js';
export { ObjectStoreError, isObjectStoreError, type StoreFailure } from './errors.js';
export { checkKey, keyProblem } from './keys.js';
export { MemoryObjectStore } from './memory.js';
export { S3ObjectStore, type S3Dialect, type S3StoreOptions } from './s3.js';
export { resolveAwsSettings, type AwsSettings, type AwsSettingsInput } from './aws-config.js';
export { signV4, type Credentials, type SignInput, type Signed } from './sigv4.js';
