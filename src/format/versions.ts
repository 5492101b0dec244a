// The table of format versions this implementation knows. Adding a version means adding one row here
// (plus its schema, its semantic rules and one migration step): see README §"Adding a format version".
import { validateV1, validateV2, validateV3, type CheckpointV1, type CheckpointV2, type CheckpointV3, type ValidateFunction } from '../../generated/index.js';
import type { ErrorDetail } from '../errors/index.js';
import { checkV1 } from './semantic/v1.js';
import { checkV2 } from './semantic/v2.js';
import { checkV3 } from './semantic/v3.js';

export interface FormatVersion<T = unknown> {
  /** The format major, 1-based; migrations step between consecutive majors. */
  readonly major: number;
  /** The exact `version` member documents of this format carry. */
  readonly version: string;
  /** Precompiled validator of schemas/v{major}.schema.json. */
  readonly validate: ValidateFunction<T>;
  /** Consistency rules beyond the schema; returns every problem found. */
  readonly semantic: (doc: T) => ErrorDetail[];
}

export type AnyCheckpoint = CheckpointV1 | CheckpointV2 | CheckpointV3;
/** The newest format's document type: what createCheckpoint writes and loadCheckpoint returns. */
export type Checkpoint = CheckpointV3;

export const FORMAT_VERSIONS: readonly FormatVersion<any>[] = [
  { major: 1, version: '1.0', validate: validateV1, semantic: checkV1 } satisfies FormatVersion<CheckpointV1>,
  { major: 2, version: '2.0', validate: validateV2, semantic: checkV2 } satisfies FormatVersion<CheckpointV2>,
  { major: 3, version: '3.0', validate: validateV3, semantic: checkV3 } satisfies FormatVersion<CheckpointV3>,
];

/** The newest format major. createCheckpoint writes only this version. */
export const LATEST_VERSION = 3 as const;
/** The `version` string of the newest format. */
export const LATEST_VERSION_STRING = '3.0' as const;

export function formatOf(major: number): FormatVersion<any> | undefined {
  return FORMAT_VERSIONS[major - 1];
}
