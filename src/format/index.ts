export { detectVersion } from './detect.js';
export { assertSchema, assertSemantic, schemaProblems } from './check.js';
export { checkpointId, contentId, hashedPart, isCheckpointId, verifyId, ID_PATTERN, UNHASHED_MEMBERS } from './identity.js';
export { FORMAT_VERSIONS, LATEST_VERSION, LATEST_VERSION_STRING, formatOf, type AnyCheckpoint, type Checkpoint, type FormatVersion } from './versions.js';
export { parseVersion, versionString } from './version-string.js';
