// state-checkpoint: the public API. Read checkpoints of any format version with loadCheckpoint, write
// the latest with createCheckpoint + serializeCheckpoint, and move documents between versions with
// upgrade and downgrade. Every failure is a CheckpointError with a stable code.
export { createCheckpoint, serializeCheckpoint, type CheckpointState, type CreateOptions, type SerializeOptions } from './load/create.js';
export { toTimestamp } from './util/time.js';
export { loadCheckpoint, checkCheckpoint, type LoadResult, type LoadOptions, type Provenance, type CheckReport } from './load/load.js';
export { upgrade, downgrade, type UpgradeOptions, type DowngradeApiOptions } from './load/migrate.js';
export type { UpgradeResult, DowngradeResult, LossEntry, MigrationRecord } from '../migrations/index.js';
export { canonicalBytes, canonicalString, canonicalHash, sha256Hex, MAX_DEPTH } from './canonical/index.js';
export { parseBytes, parseStrict, locate, lineColumn } from './json/index.js';
export {
  checkpointId,
  detectVersion,
  isCheckpointId,
  FORMAT_VERSIONS,
  LATEST_VERSION,
  LATEST_VERSION_STRING,
  UNHASHED_MEMBERS,
  type Checkpoint,
  type AnyCheckpoint,
  type FormatVersion,
} from './format/index.js';
export { CheckpointError, ERROR_CODES, isCheckpointError, type ErrorCode, type ErrorDetail } from './errors/index.js';
export type { CheckpointV1, CheckpointV2, CheckpointV3 } from '../generated/index.js';
export {
  CheckpointRegistry,
  DEFAULT_ROOT,
  planRetention,
  formatCleanupReport,
  formatFsckReport,
  nodeFs,
  LAYOUT_VERSION,
  type SaveResult,
  type RegistryLoadResult,
  type RegistryEntry,
  type RegistryOptions,
  type ListFilter,
  type TimeRange,
  type LatestSelector,
  type RetentionPolicy,
  type RetentionPlan,
  type PlannedItem,
  type KeepReason,
  type CleanupReport,
  type CleanupItem,
  type CleanupOptions,
  type FsckOptions,
  type FsckReport,
  type FsckProblem,
  type FsckProblemKind,
  type RegistryFs,
  type RegistryFileHandle,
  type RegistryStats,
  type RegistryDirent,
} from './registry/index.js';
export {
  startRun,
  resume,
  openRun,
  restoreCheckpoint,
  captureCheckpoint,
  captureState,
  strategyFingerprint,
  stateDigest,
  normalizePolicy,
  RunCheckpointer,
  type Checkpointable,
  type EngineSnapshot,
  type Fingerprint,
  type StrategyIdentity,
  type StrategyStateSpec,
  type CheckpointStore,
  type StoreEntry,
  type StoreSaveResult,
  type CheckpointPolicy,
  type CheckpointTrigger,
  type TrappableSignal,
  type CheckpointRecord,
  type CheckpointerOptions,
  type SignalSource,
  type Lineage,
  type RestoreOptions,
  type RestoreReport,
  type RunHandle,
  type RunOptions,
  type ResumeOptions,
  type SkippedCheckpoint,
} from './engine/index.js';
