// The format versions this implementation knows, derived from the version table (src/format/versions/table.json)
// through generated/versions.ts. Nothing else in the library names a version: "latest", the migration chain, the
// registry's notion of the current format and the CLI's choices all come from here. Adding a version is one
// folder and one line (README, "Adding a format version").
import { LATEST_VERSION_STRING, REGISTRY_INDEX_LATEST, SOURCE_ENTRY, VERSION_ROWS, type AnyCheckpoint, type Checkpoint, type CheckpointOf, type VersionString } from '../../generated/versions.js';
import type { ValidateFunction } from '../../generated/index.js';
import type { ErrorDetail } from '../errors/index.js';
import { runRules, type Rules } from './rules.js';
import type { MigrationStep } from './step.js';
import { parseVersion } from './version-string.js';

export { LATEST_VERSION_STRING, REGISTRY_INDEX_LATEST, SOURCE_ENTRY, type AnyCheckpoint, type Checkpoint, type CheckpointOf, type VersionString };

export interface FormatVersion<T = unknown> {
  /** The exact `version` member documents of this format carry ("MAJOR.MINOR"). */
  readonly version: VersionString;
  readonly major: number;
  readonly minor: number;
  /** Position in the table, oldest first: migrations step between neighbours. */
  readonly index: number;
  /** Schema file, relative to the package root. */
  readonly schema: string;
  /** Precompiled validator of the schema. */
  readonly validate: ValidateFunction<T>;
  /** The version's named consistency rules. */
  readonly rules: Rules<T>;
  /** Consistency rules beyond the schema; returns every problem found. */
  readonly semantic: (doc: T) => ErrorDetail[];
}

export const FORMAT_VERSIONS: readonly FormatVersion<any>[] = VERSION_ROWS.map((row, index): FormatVersion<any> => {
  const { major, minor } = parseVersion(row.version)!;
  const rules = row.rules as Rules<any>;
  return { version: row.version as VersionString, major, minor, index, schema: row.schema, validate: row.validate, rules, semantic: (doc) => runRules(rules, doc) };
});

/** The newest format: createCheckpoint writes only this version. */
export const LATEST_FORMAT: FormatVersion<Checkpoint> = FORMAT_VERSIONS[FORMAT_VERSIONS.length - 1]!;
/** The newest format's major (kept for callers that count majors; versions are compared by LATEST_VERSION_STRING). */
export const LATEST_VERSION: number = LATEST_FORMAT.major;

/** STEPS[i] migrates FORMAT_VERSIONS[i] to FORMAT_VERSIONS[i + 1]. */
export const STEPS: readonly MigrationStep<any, any>[] = VERSION_ROWS.slice(1).map((row) => row.step!);

/**
 * The format a target names: an exact version string ("2.0"), or a major number (2), which means the newest
 * version of that major.
 */
export function formatOf(target: string | number): FormatVersion<any> | undefined {
  if (typeof target === 'string') return FORMAT_VERSIONS.find((f) => f.version === target);
  for (let i = FORMAT_VERSIONS.length - 1; i >= 0; i--) if (FORMAT_VERSIONS[i]!.major === target) return FORMAT_VERSIONS[i];
  return undefined;
}
