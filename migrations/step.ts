// The contract of one migration step between consecutive format versions. Steps are pure: no clock, no
// randomness, no environment, no I/O. The chain driver (chain.ts) adds what every step needs the same
// way: ids, the legacy record that makes upgrades lossless, provenance and loss reports.

export type Doc = Record<string, unknown>;

export interface MigrationStep {
  /** `version` of the older format, e.g. "1.0". */
  readonly from: string;
  /** `version` of the newer format, e.g. "2.0". */
  readonly to: string;
  /** One sentence a person can read in a changelog. */
  readonly summary: string;
  /**
   * Maps a valid, verified older document (with its checkpoint_id, without provenance) to the newer
   * version. It copies `legacy` unchanged when both versions have it. The driver recomputes checkpoint_id.
   */
  up(doc: Doc): Doc;
  /**
   * The plain inverse: maps a newer document to the older version as closely as the older version can
   * hold it, ignoring the newest legacy layer (the driver applies it). It never fails on valid input.
   */
  down(doc: Doc): Doc;
}
