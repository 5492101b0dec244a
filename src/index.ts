// state-checkpoint: the public API. Read checkpoints of any format version with loadCheckpoint, write
// the latest with createCheckpoint + serializeCheckpoint, and move documents between versions with
// upgrade and downgrade. Every failure is a CheckpointError with a stable code.
export { createCheckpoint, serializeCheckpoint, type CheckpointState, type CreateOptions, type SerializeOptions } from './load/create.js';
export { toTimestamp } from './util/time.js';
export { loadCheckpoint, checkCheckpoint, type LoadResult, type LoadOptions, type Provenance, type CheckReport } from './load/load.js';
export { upgrade, downgrade, exportFinbot, type UpgradeOptions, type DowngradeApiOptions } from './load/migrate.js';
export type { SourceExport } from './load/export-source.js';
export { importFinbotFolder, type ImportTarget, type ImportFolderOptions, type RunReport, type FileReport as ImportFileReport, type FileOutcome as ImportFileOutcome } from './sources/finbot/folder.js';
export { FINBOT_FORMAT } from './sources/finbot/format.js';
export { finbotText, isFinbotSchemaValid } from './sources/finbot/public.js';
export type { UpgradeResult, DowngradeResult, LossEntry, MigrationRecord } from '../migrations/index.js';
export { canonicalBytes, canonicalString, canonicalHash, sha256Hex, MAX_DEPTH } from './canonical/index.js';
export { parseBytes, parseStrict, locate, lineColumn } from './json/index.js';
export {
  checkpointId,
  detectVersion,
  isCheckpointId,
  FORMAT_VERSIONS,
  formatOf,
  LATEST_FORMAT,
  LATEST_VERSION,
  LATEST_VERSION_STRING,
  REGISTRY_INDEX_LATEST,
  UNHASHED_MEMBERS,
  type Checkpoint,
  type AnyCheckpoint,
  type CheckpointOf,
  type VersionString,
  type FormatVersion,
} from './format/index.js';
export { CheckpointError, ERROR_CODES, isCheckpointError, type ErrorCode, type ErrorDetail } from './errors/index.js';
export type * from '../generated/types/index.js';
export {
  CheckpointRegistry,
  FileRegistry,
  openRegistry,
  isObjectFsckReport,
  type OpenRegistryOptions,
  type RegistryFsckReport,
  type ObjectFsckReport,
  type DamagedEntry,
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
  stateFromSnapshot,
  strategyFingerprint,
  stateDigest,
  normalizePolicy,
  RunCheckpointer,
  ENGINE_SNAPSHOT_SCHEMA,
  SNAPSHOT_CONTRACT_VERSION,
  type Checkpointable,
  type RestoreContext,
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

// Object storage for a registry shared by many hosts (spec/registry.md §10).
export {
  MemoryObjectStore,
  S3ObjectStore,
  ObjectStoreError,
  isObjectStoreError,
  listAll,
  resolveAwsSettings,
  type ObjectStore,
  type ObjectInfo,
  type StoredObject,
  type PutCondition,
  type PutOptions,
  type ListOptions,
  type ListPage,
  type StoreFailure,
  type S3Dialect,
  type S3StoreOptions,
  type AwsSettings,
} from './objectstore/index.js';
export {
  ObjectStoreRegistry,
  type ObjectRegistryOptions,
  type ObjectSaveResult,
  type ObjectLoadResult,
} from './objectstore/registry.js';
