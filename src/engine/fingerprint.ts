// Strategy fingerprints: what a resume compares to refuse state written by different code or a
// different configuration.
import { canonicalHash, sha256Hex, assertJsonValue } from '../canonical/index.js';
import { CheckpointError } from '../errors/index.js';
import type { Fingerprint } from './contract.js';

export interface FingerprintInput {
  /**
   * What identifies the strategy's behaviour: the bytes of its module, a build hash, a release tag.
   * Anything that changes whenever the logic changes, and only then.
   */
  readonly code: string | Uint8Array;
  /** The configuration the run uses (any JSON value); hashed by its RFC 8785 bytes, so member order is irrelevant. */
  readonly config: unknown;
}

export function strategyFingerprint(input: FingerprintInput): Fingerprint {
  if (input === null || typeof input !== 'object') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'strategyFingerprint() takes { code, config }' });
  }
  const { code, config } = input;
  if (typeof code !== 'string' && !(code instanceof Uint8Array)) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'strategyFingerprint(): code must be a string or bytes', hint: 'pass the strategy module text, a build hash or a version tag' });
  }
  assertJsonValue(config);
  return { code: sha256Hex(code), config: canonicalHash(config) };
}
