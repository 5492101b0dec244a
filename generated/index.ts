/* GENERATED FILE, DO NOT EDIT. Source: src/format/versions/table.json and schemas/.
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
export type { CheckpointV1 } from './types/v1.js';
export type { CheckpointV2 } from './types/v2.js';
export type { CheckpointV3 } from './types/v3.js';
export type { CheckpointV4 } from './types/v4.js';
export { validate as validateV1 } from './validators/v1.js';
export { validate as validateV2 } from './validators/v2.js';
export { validate as validateV3 } from './validators/v3.js';
export { validate as validateV4 } from './validators/v4.js';
export type { AjvError, ValidateFunction } from './validate-function.js';
