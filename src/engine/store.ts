// Where auto-checkpoints go. The engine integration needs only these four calls, so any registry with
// this shape works (the project's CheckpointRegistry satisfies it structurally).
import type { Checkpoint } from '../format/index.js';

/** One stored checkpoint, as a registry lists it. */
export interface StoreEntry {
  readonly id: string;
  readonly run_id: string;
  readonly sequence: number;
}

export interface StoreSaveResult {
  readonly id: string;
  readonly path: string;
  /** False when an identical checkpoint was already stored. */
  readonly created: boolean;
}

export interface CheckpointStore {
  save(checkpoint: Checkpoint): Promise<StoreSaveResult>;
  /**
   * Reads and verifies one checkpoint (throws a CheckpointError when it does not verify), upgraded to
   * the latest format. `original.id` is the id of the file as stored, when it was an older format.
   */
  load(id: string): Promise<{ readonly checkpoint: Checkpoint; readonly original?: { readonly id: string } }>;
  /** The entry of the run with the highest sequence, or undefined when the run has none. */
  latest(query: { run: string }): Promise<StoreEntry | undefined>;
  list(query: { run: string }): Promise<readonly StoreEntry[]>;
}
