// Public upgrade and downgrade: the same checks as loading (schema, id, semantics) guard the input, so a
// migration never starts from a document that would not load. A target given as a version string types the
// result as that version's document; no target (upgrade) means the latest.
import { CheckpointError } from '../errors/index.js';
import { assertSchema, assertSemantic, detectVersion, LATEST_FORMAT, verifyId, type AnyCheckpoint, type Checkpoint, type CheckpointOf, type VersionString } from '../format/index.js';
import { downgrade as chainDowngrade, upgrade as chainUpgrade, type DowngradeResult, type MigrationRecord, type UpgradeResult } from '../../migrations/index.js';
import { parseInput } from './input.js';
import { isFinbotCandidate } from '../sources/finbot/read.js';
import { FINBOT_FORMAT } from '../sources/finbot/format.js';
import { exportToFinbot, type SourceExport } from './export-source.js';
import { inputText, loadSource } from './source.js';

/** A verified document: a source-format file (finbot) comes back imported into the latest format, with its import step. */
function verifiedWithSteps(input: Uint8Array | string | object, zone?: string): { doc: Record<string, unknown>; imported: MigrationRecord[] } {
  const { value } = parseInput(input);
  if (isFinbotCandidate(value)) {
    const { checkpoint } = loadSource(value, inputText(input), zone);
    return { doc: checkpoint as unknown as Record<string, unknown>, imported: [{ from: FINBOT_FORMAT, to: LATEST_FORMAT.version }] };
  }
  return { doc: verified(input), imported: [] };
}

function verified(input: Uint8Array | string | object): Record<string, unknown> {
  const { value } = parseInput(input);
  const format = detectVersion(value);
  assertSchema(format, value);
  verifyId(value as Record<string, unknown>);
  assertSemantic(format, value);
  return value as Record<string, unknown>;
}

export interface UpgradeOptions {
  /** Target format: a version string ("2.0"), or a major (2) for its newest version; defaults to the latest. */
  readonly to?: VersionString | number;
  /** IANA zone of a source file's times without an offset (see LoadOptions.zone). */
  readonly zone?: string;
}

/** Upgrades a checkpoint (bytes, text or object) of any known version; the input is not modified. */
export function upgrade(input: Uint8Array | string | object, options?: { readonly to?: undefined; readonly zone?: string }): UpgradeResult<Checkpoint>;
export function upgrade<V extends VersionString>(input: Uint8Array | string | object, options: { readonly to: V; readonly zone?: string }): UpgradeResult<CheckpointOf[V]>;
export function upgrade(input: Uint8Array | string | object, options?: UpgradeOptions): UpgradeResult<AnyCheckpoint>;
export function upgrade(input: Uint8Array | string | object, options: UpgradeOptions = {}): UpgradeResult<AnyCheckpoint> {
  const { doc, imported } = verifiedWithSteps(input, options.zone);
  const r = options.to === undefined ? chainUpgrade(doc) : chainUpgrade(doc, options.to);
  return { document: r.document, steps: [...imported, ...r.steps] } as UpgradeResult<unknown> as UpgradeResult<AnyCheckpoint>;
}

export interface DowngradeApiOptions {
  /** Target format (required): a version string ("2.0"), or a major (2) for its newest version. */
  readonly to: VersionString | number;
  /** Accept dropping data the older version cannot hold; the result's `loss` lists it. */
  readonly allowLoss?: boolean;
}

/** Downgrades a checkpoint to an older format; refuses any loss unless allowLoss is set. */
export function downgrade<V extends VersionString>(input: Uint8Array | string | object, options: DowngradeApiOptions & { readonly to: V }): DowngradeResult<CheckpointOf[V]>;
export function downgrade(input: Uint8Array | string | object, options: DowngradeApiOptions): DowngradeResult<AnyCheckpoint>;
export function downgrade(input: Uint8Array | string | object, options: DowngradeApiOptions): DowngradeResult<AnyCheckpoint> {
  if (options === undefined || (typeof options.to !== 'number' && typeof options.to !== 'string')) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'downgrade() needs a target: downgrade(doc, { to: 2 })' });
  }
  const { doc, imported } = verifiedWithSteps(input);
  const r = chainDowngrade(doc, options.to, { allowLoss: options.allowLoss ?? false });
  return { ...r, steps: [...imported, ...r.steps] } as DowngradeResult<unknown> as DowngradeResult<AnyCheckpoint>;
}

/**
 * Exports a checkpoint (bytes, text or object, any known version or a finbot file) as finbot's ExecutionCheckpoint
 * 1.0.0: `text` is finbot's file. A checkpoint imported from finbot gives back the original bytes; anything else is
 * refused when finbot cannot hold all of it, unless allowLoss is set (then `loss` lists it).
 */
export function exportFinbot(input: Uint8Array | string | object, options: { readonly allowLoss?: boolean } = {}): SourceExport {
  const { doc } = verifiedWithSteps(input);
  const latest = doc.version === LATEST_FORMAT.version ? doc : chainUpgrade(doc).document;
  return exportToFinbot(latest as unknown as Checkpoint, options);
}
