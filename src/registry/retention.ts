// Retention (spec/registry.md §"Retention"): which checkpoints a policy deletes. A pure function of the
// entries, the policy and the time, so it can be stated exactly and checked by properties:
//
//   delete(c)  ⇔  eligible(c) ∧ ¬newest(c) ∧ ¬keptByLast(c) ∧ ¬keptByEvery(c)
//
// newest(c): c is its run's newest checkpoint by (sequence, created_at, id); never deleted.
// keptByLast(c): keepLast = N and c is among its run's N newest.
// keptByEvery(c): keepEvery = P and c is the newest of its run within its P-long bucket of backtest time
//                 (buckets are aligned to the Unix epoch, UTC).
// eligible(c): olderThanDays = D ⇒ c was created (created_at) more than D days before now; without
//              olderThanDays every checkpoint is eligible.
// Keep rules add up (a checkpoint any rule keeps stays); olderThanDays only narrows what may go.
import { CheckpointError } from '../errors/index.js';
import { parseInstant } from '../util/time.js';
import type { RegistryEntry } from './entry.js';
import { compareNewestFirst, itemOf, type Item } from './item.js';

export interface RetentionPolicy {
  /** Keep the N newest checkpoints of every run (N ≥ 1). */
  readonly keepLast?: number;
  /** Keep one checkpoint (the newest) per run in every window of this much backtest time. */
  readonly keepEvery?: { readonly hours?: number; readonly days?: number };
  /** Only checkpoints created more than this many days ago may be deleted (the original plan's cleanup_old_checkpoints). */
  readonly olderThanDays?: number;
}

export type KeepReason = 'newest' | 'keep-last' | 'keep-every' | 'too-recent';

export interface PlannedItem {
  readonly entry: RegistryEntry;
  /** Why it stays; empty for a checkpoint that is deleted. */
  readonly reasons: readonly KeepReason[];
}

export interface RetentionPlan {
  readonly keep: PlannedItem[];
  readonly delete: PlannedItem[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function argError(message: string): CheckpointError {
  return new CheckpointError({
    code: 'E_ARGUMENT',
    message,
    hint: 'a retention policy is { keepLast?: N, keepEvery?: { hours: H } | { days: D }, olderThanDays?: D } with at least one rule',
  });
}

/** Checks a policy and returns the keep-every period in milliseconds (or undefined). */
export function validatePolicy(policy: unknown): { keepLast?: number; everyMs?: number; olderThanMs?: number } {
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) throw argError(`cleanup() takes a retention policy object, got ${policy === null ? 'null' : typeof policy}`);
  const p = policy as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if (!['keepLast', 'keepEvery', 'olderThanDays'].includes(key)) throw argError(`unknown retention rule ${JSON.stringify(key)}`);
  }
  const out: { keepLast?: number; everyMs?: number; olderThanMs?: number } = {};
  if (p.keepLast !== undefined) {
    if (typeof p.keepLast !== 'number' || !Number.isSafeInteger(p.keepLast) || p.keepLast < 1) throw argError(`keepLast must be a whole number ≥ 1, got ${JSON.stringify(p.keepLast)}`);
    out.keepLast = p.keepLast;
  }
  if (p.keepEvery !== undefined) {
    const e = p.keepEvery as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) throw argError('keepEvery must be { hours: H } or { days: D }');
    const keys = Object.keys(e);
    if (keys.length !== 1 || (keys[0] !== 'hours' && keys[0] !== 'days')) throw argError(`keepEvery must have exactly one of "hours" or "days", got ${JSON.stringify(keys)}`);
    const n = e[keys[0]];
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) throw argError(`keepEvery.${keys[0]} must be a positive number, got ${JSON.stringify(n)}`);
    out.everyMs = n * (keys[0] === 'hours' ? HOUR_MS : DAY_MS);
    if (!Number.isSafeInteger(Math.round(out.everyMs)) || out.everyMs < 1) throw argError(`keepEvery.${keys[0]} is out of range`);
  }
  if (p.olderThanDays !== undefined) {
    if (typeof p.olderThanDays !== 'number' || !Number.isFinite(p.olderThanDays) || p.olderThanDays < 0) throw argError(`olderThanDays must be a number ≥ 0, got ${JSON.stringify(p.olderThanDays)}`);
    out.olderThanMs = p.olderThanDays * DAY_MS;
  }
  if (out.keepLast === undefined && out.everyMs === undefined && out.olderThanMs === undefined) {
    throw argError('the retention policy names no rule, so it would not say what to delete');
  }
  return out;
}

function epochMs(timestamp: string): number {
  return parseInstant(timestamp).epochMs;
}

/** The retention decision for every entry (all of them verified by the caller). */
export function planRetention(entries: Iterable<RegistryEntry>, policy: RetentionPolicy, nowMs: number): RetentionPlan {
  const rules = validatePolicy(policy);
  const runs = new Map<string, Item[]>();
  for (const entry of entries) {
    let list = runs.get(entry.run_id);
    if (list === undefined) runs.set(entry.run_id, (list = []));
    list.push(itemOf(entry));
  }
  const plan: RetentionPlan = { keep: [], delete: [] };
  for (const items of runs.values()) {
    items.sort(compareNewestFirst);
    const seenBuckets = new Set<number>();
    items.forEach((item, rank) => {
      const reasons: KeepReason[] = [];
      if (rank === 0) reasons.push('newest');
      if (rules.keepLast !== undefined && rank < rules.keepLast) reasons.push('keep-last');
      if (rules.everyMs !== undefined) {
        const b = Math.floor(epochMs(item.entry.timestamp) / rules.everyMs);
        if (!seenBuckets.has(b)) {
          seenBuckets.add(b);
          reasons.push('keep-every');
        }
      }
      if (rules.olderThanMs !== undefined && !(nowMs - epochMs(item.entry.created_at) > rules.olderThanMs)) reasons.push('too-recent');
      (reasons.length > 0 ? plan.keep : plan.delete).push({ entry: item.entry, reasons });
    });
  }
  return plan;
}
