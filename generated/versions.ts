/* GENERATED FILE, DO NOT EDIT. Source: src/format/versions/table.json and schemas/.
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
import type { Rules } from '../src/format/rules.js';
import type { MigrationStep } from '../src/format/step.js';
import type { ValidateFunction } from './validate-function.js';
import type { CheckpointV1 } from './types/v1.js';
import type { CheckpointV2 } from './types/v2.js';
import type { CheckpointV3 } from './types/v3.js';
import type { CheckpointV4 } from './types/v4.js';
import { validate as validateV1 } from './validators/v1.js';
import { validate as validateV2 } from './validators/v2.js';
import { validate as validateV3 } from './validators/v3.js';
import { validate as validateV4 } from './validators/v4.js';
import { rules as rulesV1 } from '../src/format/versions/v1/rules.js';
import { rules as rulesV2 } from '../src/format/versions/v2/rules.js';
import { rules as rulesV3 } from '../src/format/versions/v3/rules.js';
import { rules as rulesV4 } from '../src/format/versions/v4/rules.js';
import { step as stepV2 } from '../src/format/versions/v2/migration.js';
import { step as stepV3 } from '../src/format/versions/v3/migration.js';
import { step as stepV4 } from '../src/format/versions/v4/migration.js';

/** One row of the version table: its validator, its semantic rules and the step from the previous version. */
export interface VersionRow<T, Previous> {
  readonly version: string;
  readonly name: string;
  /** Schema file, relative to the repository (and package) root. */
  readonly schema: string;
  readonly validate: ValidateFunction<T>;
  readonly rules: Rules<T>;
  readonly step: MigrationStep<Previous, T> | null;
}

/** The document type of each version, by its version string. */
export interface CheckpointOf {
  '1.0': CheckpointV1;
  '2.0': CheckpointV2;
  '3.0': CheckpointV3;
  '4.0': CheckpointV4;
}
export type VersionString = keyof CheckpointOf;
/** A document of any known version. */
export type AnyCheckpoint = CheckpointOf[VersionString];
export type LatestVersionString = '4.0';
/** The latest version's document: what createCheckpoint writes and loadCheckpoint returns. */
export type Checkpoint = CheckpointOf[LatestVersionString];
export const LATEST_VERSION_STRING: LatestVersionString = '4.0';
/** The latest version of the release that wrote registry index logs without a latest_version header member. */
export const REGISTRY_INDEX_LATEST: VersionString = '3.0';

/** Source formats (src/format/sources/table.json): the version each one's import writes and its export reads. */
export const SOURCE_ENTRY: { readonly [format: string]: VersionString } = {
  'finbot-execution-1.0.0': '4.0',
};

/** Every version, oldest first; the last is the latest. */
export const VERSION_ROWS = [
  { version: '1.0', name: 'v1', schema: 'schemas/v1.schema.json', validate: validateV1, rules: rulesV1, step: null } satisfies VersionRow<CheckpointV1, never>,
  { version: '2.0', name: 'v2', schema: 'schemas/v2.schema.json', validate: validateV2, rules: rulesV2, step: stepV2 } satisfies VersionRow<CheckpointV2, CheckpointV1>,
  { version: '3.0', name: 'v3', schema: 'schemas/v3.schema.json', validate: validateV3, rules: rulesV3, step: stepV3 } satisfies VersionRow<CheckpointV3, CheckpointV2>,
  { version: '4.0', name: 'v4', schema: 'schemas/v4.schema.json', validate: validateV4, rules: rulesV4, step: stepV4 } satisfies VersionRow<CheckpointV4, CheckpointV3>,
] as const;
