// Public upgrade and downgrade: the same checks as loading (schema, id, semantics) guard the input, so a
// migration never starts from a document that would not load. A target given as a version string types the
// result as that version's document; no target (upgrade) means the latest.
import { CheckpointError } from '../errors/index.js';
import { assertSchema, assertSemantic, detectVersion, verifyId, type AnyCheckpoint, type Checkpoint, type CheckpointOf, type VersionString } from '../format/index.js';
import { downgrade as chainDowngrade, upgrade as chainUpgrade, type DowngradeResult, type UpgradeResult } from '../../migrations/index.js';
import { parseInput } from './input.js';

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
}

/** Upgrades a checkpoint (bytes, text or object) of any known version; the input is not modified. */
export function upgrade(input: Uint8Array | string | object, options?: { readonly to?: undefined }): UpgradeResult<Checkpoint>;
export function upgrade<V extends VersionString>(input: Uint8Array | string | object, options: { readonly to: V }): UpgradeResult<CheckpointOf[V]>;
export function upgrade(input: Uint8Array | string | object, options?: UpgradeOptions): UpgradeResult<AnyCheckpoint>;
export function upgrade(input: Uint8Array | string | object, options: UpgradeOptions = {}): UpgradeResult<AnyCheckpoint> {
  const r = options.to === undefined ? chainUpgrade(verified(input)) : chainUpgrade(verified(input), options.to);
  return r as UpgradeResult<unknown> as UpgradeResult<AnyCheckpoint>;
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
  const r = chainDowngrade(verified(input), options.to, { allowLoss: options.allowLoss ?? false });
  return r as DowngradeResult<unknown> as DowngradeResult<AnyCheckpoint>;
}
