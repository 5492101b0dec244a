// Engine integration: the Checkpointable contract, restore checks, auto-checkpoint policies, and
// starting and resuming runs through a checkpoint store.
export type { Checkpointable, EngineSnapshot, Fingerprint, RestoreContext, StrategyIdentity, StrategyStateSpec } from './contract.js';
export { ENGINE_SNAPSHOT_SCHEMA, SNAPSHOT_CONTRACT_VERSION } from './snapshot.js';
export type { CheckpointStore, StoreEntry, StoreSaveResult } from './store.js';
export { strategyFingerprint, type FingerprintInput } from './fingerprint.js';
export { stateDigest, LINEAGE_MEMBERS } from './state-digest.js';
export { captureCheckpoint, captureState, stateFromSnapshot, type Lineage } from './capture.js';
export { restoreCheckpoint, type RestoreOptions, type RestoreReport } from './restore.js';
export { normalizePolicy, dueTrigger, type CheckpointPolicy, type CheckpointTrigger, type TrappableSignal, type Progress } from './policy.js';
export { RunCheckpointer, type CheckpointRecord, type CheckpointerOptions } from './checkpointer.js';
export { exitLikeSignal, type SignalSource } from './signals.js';
export { startRun, resume, openRun, type RunHandle, type RunOptions, type ResumeOptions, type SkippedCheckpoint } from './resume.js';
