// Public upgrade and downgrade: the same checks as loading (schema, id, semantics) guard the input, so a
// migration never starts from a document that would not load.
import { CheckpointError } from '../errors/index.js';
import { assertSchema, assertSemantic, detectVersion, LATEST_VERSION, verifyId } from '../format/index.js';
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
  /** Target format major; defaults to LATEST_VERSION. */
  readonly to?: number;
}

/** Upgrades a checkpoint (bytes, text or object) of any known version; the input is not modified. */
export function upgrade(input: Uint8Array | string | object, options: UpgradeOptions = {}): UpgradeResult {
  return chainUpgrade(verified(input), options.to ?? LATEST_VERSION);
}

export interface DowngradeApiOptions {
  /** Target format major (required). */
  readonly to: number;
  /** Accept dropping data the older version cannot hold; the result's `loss` lists it. */
  readonly allowLoss?: boolean;
}

/** Downgrades a checkpoint to an older format; refuses any loss unless allowLoss is set. */
export function downgrade(input: Uint8Array | string | object, options: DowngradeApiOptions): DowngradeResult {
  if (options === undefined || typeof options.to !== 'number') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'downgrade() needs a target: downgrade(doc, { to: 2 })' });
  }
  return chainDowngrade(verified(input), options.to, { allowLoss: options.allowLoss ?? false });
}
