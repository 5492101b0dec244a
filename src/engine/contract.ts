// The Checkpointable contract: what an engine implements so its runs can stop and go on exactly. The
// engine hands over its complete state (portfolio, every order including held ones, fills, random
// generator state, feed cursors, id counters, strategy data) and takes it back; the library owns
// lineage, identity, restore checks and strategy-state migration. The engine sees only the snapshot type
// (src/engine/snapshot.ts), which does not change with the file format, so a new format version breaks no engine.
import type { EngineSnapshot } from './snapshot.js';

export { ENGINE_SNAPSHOT_SCHEMA, SNAPSHOT_CONTRACT_VERSION, type EngineSnapshot } from './snapshot.js';

/** SHA-256 fingerprints of the strategy code and of its configuration (see `strategyFingerprint`). */
export interface Fingerprint {
  readonly code: string;
  readonly config: string;
}

/** The strategy's own state schema: its name, current version, and how to upgrade older data. */
export interface StrategyStateSpec {
  /** Name of the state schema, stored as strategy_state.schema. */
  readonly schema: string;
  /** The version this code writes and reads (a non-negative integer). */
  readonly version: number;
  /**
   * Upgrades data of version `from` to version `from + 1`. Called once per step, oldest first, when a
   * checkpoint holds older data. Without it, older data is refused.
   */
  migrate?(data: unknown, from: number): unknown;
}

/** What produced the state: checked on restore so a checkpoint is never resumed by different code. */
export interface StrategyIdentity {
  /** Stored as strategy_name; a different name refuses unless forced. */
  readonly name: string;
  /** Stored as fingerprint; null when the engine cannot say (then nothing is checked). */
  readonly fingerprint: Fingerprint | null;
  /** The strategy-state schema; null when the strategy keeps no state. */
  readonly state: StrategyStateSpec | null;
}

/** Where the checkpoint being restored sits: version-independent facts an engine may log or check. */
export interface RestoreContext {
  readonly id: string;
  readonly run: string;
  readonly sequence: number;
  /** Format version of the file as it was read (before the library upgraded it). */
  readonly readAs: string;
}

// docs/engine-guide.md quotes this region.
// #region checkpointable
export interface Checkpointable {
  /** Name, fingerprint and strategy-state schema: what restore checks a checkpoint against. */
  readonly strategy: StrategyIdentity;
  /** The complete current state. Must not share mutable objects with the engine. */
  extract(): EngineSnapshot;
  /**
   * Replaces the engine's whole state. The library has already verified the checkpoint, checked the
   * fingerprint and upgraded strategy data to the current version; the engine checks the rest (known
   * feeds, symbols, generator algorithm) and throws a CheckpointError when it cannot take the state.
   */
  restore(snapshot: EngineSnapshot, context: RestoreContext): void;
}
// #endregion checkpointable
