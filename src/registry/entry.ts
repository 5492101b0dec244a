// What the registry knows about one stored checkpoint without reading it: the members needed to list,
// filter, find the latest and apply retention. Entries are built only from verified content (a load that
// passed every check), and carry precomputed sort keys so queries over 100k entries stay cheap.
import type { LoadResult } from '../load/load.js';

export interface RegistryEntry {
  /** The file's id: its name, and the checkpoint_id it stores (by its own format version's rule). */
  readonly id: string;
  /** Path relative to the registry root, '/'-separated: `YYYY/MM/{id}.json`. */
  readonly path: string;
  /** Format version of the file as stored (the latest format for everything the registry writes). */
  readonly version: string;
  /** The id of the checkpoint load() returns: equal to `id` for latest-format files, the upgraded id for older ones. */
  readonly latest_format_id: string;
  readonly strategy_name: string;
  readonly run_id: string;
  readonly sequence: number;
  /** Backtest (or live) time the state describes, canonical RFC 3339 UTC. */
  readonly timestamp: string;
  /** Wall-clock creation time as recorded in the file, canonical RFC 3339 UTC. */
  readonly created_at: string;
}

/** The members of an entry, in the order the index writes them. */
export const ENTRY_FIELDS = ['id', 'path', 'version', 'latest_format_id', 'strategy_name', 'run_id', 'sequence', 'timestamp', 'created_at'] as const;

export function entryFromLoad(result: LoadResult, path: string): RegistryEntry {
  const c = result.checkpoint;
  return Object.freeze({
    id: result.original.id,
    path,
    version: result.original.version,
    latest_format_id: result.id,
    strategy_name: c.strategy_name,
    run_id: c.run_id,
    sequence: c.sequence,
    timestamp: c.timestamp,
    created_at: c.created_at,
  });
}

export function sameEntry(a: RegistryEntry, b: RegistryEntry): boolean {
  return ENTRY_FIELDS.every((f) => a[f] === b[f]);
}

/**
 * A string that sorts like the instant a canonical timestamp names: the seconds part as written (fixed
 * width) and the fraction padded to nine digits (so '…:05Z' < '…:05.5Z', which plain string order gets wrong).
 */
export function instantKey(timestamp: string): string {
  const dot = timestamp.indexOf('.', 19);
  const fraction = dot === -1 ? '' : timestamp.slice(dot + 1, -1);
  return `${timestamp.slice(0, 19)}.${fraction.padEnd(9, '0')}`;
}

/** Canonical RFC 3339 UTC timestamp: what every 3.0 timestamp is. */
export const CANONICAL_TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{0,8}[1-9])?Z$/;
