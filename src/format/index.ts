export { detectVersion } from './detect.js';
export { assertSchema, assertSemantic, schemaProblems } from './check.js';
export { checkpointId, contentId, hashedPart, isCheckpointId, verifyId, ID_PATTERN, UNHASHED_MEMBERS } from './identity.js';
export {
  FORMAT_VERSIONS,
  LATEST_FORMAT,
  LATEST_VERSION,
  LATEST_VERSION_STRING,
  REGISTRY_INDEX_LATEST,
  SOURCE_ENTRY,
  STEPS,
  formatOf,
  type AnyCheckpoint,
  type Checkpoint,
  type CheckpointOf,
  type FormatVersion,
  type VersionString,
} from './versions.js';
export type { Doc, Draft, MigrationStep } from './step.js';
export { parseVersion } from './version-string.js';
