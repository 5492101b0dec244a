// The checkpoint registry: crash-safe, content-addressed storage of checkpoints under {root}/{year}/{month}/.
export { DEFAULT_ROOT, type SaveResult, type RegistryLoadResult } from './registry.js';
export { CheckpointRegistry, FileRegistry, isObjectFsckReport, type DamagedEntry, type ObjectFsckReport, type RegistryFsckReport } from './api.js';
export { openRegistry, parseS3Location, type OpenRegistryOptions } from './open.js';
export type { CleanupReport, CleanupItem, CleanupOptions } from './cleanup.js';
export type { RegistryEntry } from './entry.js';
export type { RegistryOptions, RegistryProgress, ListFilter, TimeRange, LatestSelector } from './options.js';
export { planRetention, type RetentionPolicy, type RetentionPlan, type PlannedItem, type KeepReason } from './retention.js';
export type { FsckOptions, FsckReport, FsckProblem, FsckProblemKind } from './fsck.js';
export { nodeFs, type RegistryFs, type RegistryFileHandle, type RegistryStats, type RegistryDirent } from './fs.js';
export { formatCleanupReport, formatFsckReport } from './report.js';
export { LAYOUT_VERSION } from './layout.js';
