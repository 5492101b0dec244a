// The contract of one migration step, from the previous format version to the one whose folder holds it. Steps are
// pure: no clock, no randomness, no environment, no I/O. The chain driver (migrations/chain.ts) adds what every
// step needs the same way: ids, the legacy record that makes upgrades lossless, provenance and loss reports.

export type Doc = Record<string, unknown>;

/** A document as a step returns it: the driver computes its checkpoint_id. */
export type Draft<T> = Omit<T, 'checkpoint_id'> & { checkpoint_id?: string };

export interface MigrationStep<Older = Doc, Newer = Doc> {
  /** `version` of the older format, e.g. "1.0". */
  readonly from: string;
  /** `version` of the newer format, e.g. "2.0". */
  readonly to: string;
  /** One sentence a person can read in a changelog. */
  readonly summary: string;
  /**
   * Maps a valid, verified older document (with its checkpoint_id, without provenance) to the newer
   * version. It copies `legacy` unchanged when both versions have it.
   */
  up(doc: Older): Draft<Newer>;
  /**
   * The plain inverse: maps a newer document to the older version as closely as the older version can
   * hold it, ignoring the newest legacy layer (the driver applies it). It never fails on valid input.
   */
  down(doc: Newer): Draft<Older>;
}
