// One registry, two stores: the calls every checkpoint registry answers, whether its checkpoints live in a folder
// (the file registry, spec/registry.md §1–9) or in an object store such as S3 (spec/registry.md §10). Callers that
// only save, load, list, resume and clean up take a `CheckpointRegistry` and work with either; `openRegistry`
// (open.ts) picks the implementation from the location.
import type { Checkpoint } from '../format/index.js';
import type { CheckpointState, CreateOptions } from '../load/create.js';
import type { CleanupOptions, CleanupReport } from './cleanup.js';
import type { RegistryEntry } from './entry.js';
import type { FsckReport } from './fsck.js';
import type { LatestSelector, ListFilter } from './options.js';
import { CheckpointRegistry as FileRegistry, type RegistryLoadResult, type SaveResult } from './registry.js';
import type { RetentionPolicy } from './retention.js';

/** A committed entry of an object-store registry that could not be used: its checkpoint is missing, corrupt or not the one its key names. */
export interface DamagedEntry {
  readonly key: string;
  readonly code: string;
  readonly message: string;
}

/** fsck of an object-store registry (spec/registry.md §10.5). */
export interface ObjectFsckReport {
  /** Where the registry is: `s3://bucket/prefix at https://endpoint` or `memory:NAME`. */
  readonly location: string;
  /** Live sequence entries read. */
  readonly checked: number;
  /** Of those, how many name a checkpoint that verified. */
  readonly ok: number;
  /** True when no entry is damaged (orphans and leases are reported, but are not damage). */
  readonly clean: boolean;
  readonly damaged: DamagedEntry[];
  /** Checkpoint objects no live entry names (a writer died between the two PUTs of a save, or is between them now). */
  readonly orphans: string[];
  /** Damaged entries retired (not in a dry run). */
  readonly retired: string[];
  readonly lease: {
    /** A lease whose holder died: expired past the clock allowance and never released; taken over and released (not in a dry run). */
    readonly expired?: string;
    /** A lease that is still live: its holder may be deleting now, so fsck repaired nothing. */
    readonly active?: string;
  };
}

export type RegistryFsckReport = FsckReport | ObjectFsckReport;

export function isObjectFsckReport(report: RegistryFsckReport): report is ObjectFsckReport {
  return 'orphans' in report;
}

/** The registry's common calls; `FileRegistry` and `ObjectStoreRegistry` implement them. */
export interface CheckpointRegistry {
  /** Where the checkpoints are: the root folder, or `s3://bucket/prefix at https://endpoint`. */
  readonly location: string;
  /** Verifies and stores a checkpoint; durable (acknowledged) on return, idempotent (same checkpoint, same id, stored once). */
  save(checkpoint: Checkpoint | object | Uint8Array | string): Promise<SaveResult>;
  create(state: CheckpointState, options?: CreateOptions): Promise<SaveResult & { checkpoint: Checkpoint }>;
  /** Reads and verifies one checkpoint by id (E_NOT_FOUND when absent). */
  load(id: string): Promise<RegistryLoadResult>;
  list(filter?: ListFilter): Promise<RegistryEntry[]>;
  /** The newest checkpoint that verifies (of a run: its highest sequence), passing over damaged ones. */
  latest(selector: LatestSelector): Promise<RegistryEntry | undefined>;
  /** False when the registry does not hold the id. */
  delete(id: string): Promise<boolean>;
  /** Retention; never deletes a run's newest verified checkpoint or anything that fails verification. */
  cleanup(policy: RetentionPolicy, options?: CleanupOptions): Promise<CleanupReport>;
  /** Verifies everything and repairs what is safe to repair; `dryRun` only reports. */
  fsck(options?: { readonly dryRun?: boolean }): Promise<RegistryFsckReport>;
}

// `new CheckpointRegistry(dir)` has always opened a folder; it still does, while the type of the same name is the
// interface both stores implement. openRegistry(location) opens either.
export const CheckpointRegistry = FileRegistry;
export { FileRegistry };
