// The on-disk layout (spec/registry.md §"Layout"): which names live where under the root. Every path the
// registry touches is built here from validated parts and checked against these patterns, so nothing a
// caller passes (an id, a run name) can name a file outside the root.
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { CheckpointError } from '../errors/index.js';
import { isCheckpointId } from '../format/index.js';

/** Version of the registry layout this implementation reads and writes (recorded in `registry.json`). */
export const LAYOUT_VERSION = 1;
export const MARKER_FILE = 'registry.json';
export const INDEX_DIR = '.index';
export const INDEX_LOG = 'log.jsonl';
/** Present while a rewrite of the index log is in its last step; names the inode of the log being replaced. */
export const INDEX_SEAL = 'log.jsonl.seal';
/** The index's row file (§6.5): an accelerator of the log's snapshot, written by rewrites only. */
export const INDEX_ROWS = 'log.jsonl.rows';
export const LOCKS_DIR = '.locks';
export const QUARANTINE_DIR = '.quarantine';
/** A quarantine folder: `{UTC time, basic format}-{8 hex}`. */
export const QUARANTINE_FOLDER = /^[0-9]{8}T[0-9]{6}Z-[0-9a-f]{8}$/;
/** Why a file was quarantined, beside it in its quarantine folder. */
export const REASON_FILE = 'reason.json';
export const REASON_TEMP_NAME = /^\.reason\.json\.([0-9]+)\.([0-9a-z]+)\.tmp$/;

export const YEAR_NAME = /^[0-9]{4}$/;
export const MONTH_NAME = /^(0[1-9]|1[0-2])$/;
export const CHECKPOINT_NAME = /^([0-9a-f]{64})\.json$/;
/** `.{id}.{pid}.{random}.tmp`: hidden, never a checkpoint name, unique per attempt so a leftover never blocks a save. */
export const TEMP_NAME = /^\.([0-9a-f]{64})\.([0-9]+)\.([0-9a-z]+)\.tmp$/;
/** Temp files of the registry's own replaceable files (the marker at the root, the index log in .index). */
export const SERVICE_TEMP_NAME = /^\.(registry\.json|log\.jsonl|log\.jsonl\.seal|log\.jsonl\.rows)\.([0-9]+)\.([0-9a-z]+)\.tmp$/;
/** A checkpoint path relative to the root, always with '/' separators. */
export const CHECKPOINT_PATH = /^([0-9]{4})\/(0[1-9]|1[0-2])\/([0-9a-f]{64})\.json$/;

/** Throws E_INVALID_ID unless `id` is 64 lowercase hex digits; runs before any file-system access. */
export function assertId(id: unknown, where = 'id'): asserts id is string {
  if (isCheckpointId(id)) return;
  const shown = typeof id === 'string' ? JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id) : id === null ? 'null' : `a ${typeof id}`;
  throw new CheckpointError({
    code: 'E_INVALID_ID',
    message: `${where} must be a checkpoint id (64 lowercase hexadecimal digits), but it is ${shown}`,
    hint: 'copy the id from `list` or from the checkpoint_id member of a checkpoint file',
  });
}

/** Year and month folder names of a canonical UTC timestamp (`YYYY-MM-DDTHH:MM:SS…Z`). */
export function monthOf(timestamp: string): { year: string; month: string } {
  const year = timestamp.slice(0, 4);
  const month = timestamp.slice(5, 7);
  if (!YEAR_NAME.test(year) || !MONTH_NAME.test(month) || timestamp[4] !== '-') {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: `cannot place a checkpoint with timestamp ${JSON.stringify(timestamp)} in the {year}/{month} layout` });
  }
  return { year, month };
}

/** `YYYY/MM/{id}.json`: where a checkpoint with this id and backtest timestamp lives. */
export function checkpointPath(id: string, timestamp: string): string {
  const { year, month } = monthOf(timestamp);
  return `${year}/${month}/${id}.json`;
}

/** Splits and re-checks a relative checkpoint path; throws E_ARGUMENT for anything else (defence in depth). */
export function parseCheckpointPath(rel: string): { year: string; month: string; id: string } {
  const m = CHECKPOINT_PATH.exec(rel);
  if (!m) throw new CheckpointError({ code: 'E_ARGUMENT', message: `${JSON.stringify(rel)} is not a registry checkpoint path (YYYY/MM/{id}.json)` });
  return { year: m[1]!, month: m[2]!, id: m[3]! };
}

/** Absolute path of a relative registry path under `root` (the caller has validated `rel`). */
export function under(root: string, rel: string): string {
  return join(root, ...rel.split('/'));
}

/** A fresh temp-file name for writing checkpoint `id` (in the checkpoint's own month folder). */
export function tempName(id: string): string {
  return `.${id}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Lock file name of a run: run ids are free text, so the name is a hash of the id. */
export function runLockName(runId: string): string {
  return `run-${createHash('sha256').update(runId, 'utf8').digest('hex').slice(0, 32)}.lock`;
}

/** Lock held while the index log is rebuilt or compacted. */
export const INDEX_LOCK_NAME = 'index.lock';

export const LOCK_NAME = /^(run-[0-9a-f]{32}|index)\.lock$/;
/** The guard held while a lock is removed (released or broken as stale). */
export const LOCK_GUARD_NAME = /^(run-[0-9a-f]{32}|index)\.lock\.break$/;
/** Temp file a lock (or a lock's break guard) is written to before it is linked to its name. */
export const LOCK_TEMP_NAME = /^\.((run-[0-9a-f]{32}|index)\.lock(\.break)?)\.([0-9]+)\.([0-9a-z]+)\.tmp$/;
