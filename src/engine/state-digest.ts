// The identity of a state without its history. A checkpoint id covers lineage (run, parent, sequence),
// so two runs that reach the same state through different checkpoint schedules have different ids;
// their state digests are equal. The auto-checkpointer uses it to skip writing unchanged state.
import { canonicalHash } from '../canonical/index.js';
import { hashedPart } from '../format/index.js';

/** Members that place a checkpoint in its run rather than describe the state. */
export const LINEAGE_MEMBERS = ['run_id', 'parent_id', 'sequence'] as const;

/** SHA-256 of the RFC 8785 bytes of the checkpoint's hashed part without run_id, parent_id and sequence. */
export function stateDigest(checkpoint: object): string {
  const part = hashedPart(checkpoint as Record<string, unknown>);
  for (const member of LINEAGE_MEMBERS) delete part[member];
  return canonicalHash(part);
}
