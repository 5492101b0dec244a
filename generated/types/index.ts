/* GENERATED FILE, DO NOT EDIT. Source: src/format/versions/table.json and schemas/.
 * Regenerate with `npm run codegen`; CI fails when this file differs from what codegen writes. */
export type { CheckpointV1 } from './v1.js';
export type { CheckpointV2 } from './v2.js';
export type { CheckpointV3 } from './v3.js';
export type { CheckpointV4 } from './v4.js';
