// cleanup: applies a retention policy. It plans from the index, then verifies every checkpoint of each run
// the plan would touch and plans again from the verified content alone (rebuilding the index first when a
// file disagrees with its record), so a stale index or a corrupt file can never make it delete a run's
// newest verified checkpoint or anything the policy does not name. Files that fail verification are
// skipped, never deleted.
import { sameEntry, type RegistryEntry } from './entry.js';
import { argError, assertPlainObject } from './options.js';
import { planRetention, validatePolicy, type PlannedItem, type RetentionPolicy } from './retention.js';
import { mapLimit } from './scan.js';
import type { Verified } from './store.js';

export interface CleanupItem {
  readonly id: string;
  readonly path: string;
  readonly run_id: string;
  readonly sequence: number;
  readonly timestamp: string;
  readonly created_at: string;
  /** Why it is kept (empty for deleted ones). */
  readonly reasons: readonly string[];
}

export interface CleanupReport {
  readonly dryRun: boolean;
  readonly policy: RetentionPolicy;
  /** The time the ages were measured from. */
  readonly now: string;
  /** Deleted checkpoints (in a dry run: those that would be deleted). */
  readonly deleted: CleanupItem[];
  readonly kept: CleanupItem[];
  /** Files that failed verification: never deleted by cleanup (fsck quarantines them). */
  readonly skipped: { readonly path: string; readonly code: string; readonly message: string }[];
  /** True when verification found the index wrong and it was rebuilt before planning. */
  readonly indexRebuilt: boolean;
}

export interface CleanupOptions {
  /** Plan only: verify and report, delete nothing. */
  readonly dryRun?: boolean;
}

function cleanupItem(p: PlannedItem): CleanupItem {
  const e = p.entry;
  return { id: e.id, path: e.path, run_id: e.run_id, sequence: e.sequence, timestamp: e.timestamp, created_at: e.created_at, reasons: p.reasons };
}

export interface CleanupContext {
  readonly now: () => number;
  readonly verifyConcurrency: number;
  /** Every entry of the index, brought up to date. */
  readonly entries: () => Promise<RegistryEntry[]>;
  readonly verify: (path: string) => Promise<Verified>;
  readonly rebuildIndex: () => Promise<unknown>;
  /** Deletes the files of these entries (under their runs' locks) and records it in the index. */
  readonly remove: (entries: RegistryEntry[]) => Promise<void>;
}

export async function runCleanup(ctx: CleanupContext, policy: RetentionPolicy, options: CleanupOptions = {}): Promise<CleanupReport> {
  validatePolicy(policy);
  assertPlainObject(options as unknown, 'cleanup() options', ['dryRun']);
  if (options.dryRun !== undefined && typeof options.dryRun !== 'boolean') throw argError('cleanup() option dryRun must be true or false');
  const dryRun = options.dryRun ?? false;
  const nowMs = ctx.now();
  let indexRebuilt = false;
  for (;;) {
    const all = await ctx.entries();
    const first = planRetention(all, policy, nowMs);
    const runs = new Set(first.delete.map((p) => p.entry.run_id));
    const toVerify = all.filter((e) => runs.has(e.run_id));
    const checked = await mapLimit(toVerify, ctx.verifyConcurrency, (e) => ctx.verify(e.path));
    const verified: RegistryEntry[] = [];
    const skipped: CleanupReport['skipped'][number][] = [];
    let wrong = false;
    checked.forEach((v, i) => {
      if (v.kind === 'ok') {
        if (!sameEntry(v.entry, toVerify[i]!)) wrong = true;
        verified.push(v.entry);
      } else if (v.kind !== 'missing') {
        skipped.push({ path: toVerify[i]!.path, code: v.error.code, message: v.error.message });
      }
    });
    if (wrong && !indexRebuilt) {
      await ctx.rebuildIndex();
      indexRebuilt = true;
      continue;
    }
    const plan = planRetention(verified, policy, nowMs);
    const kept = [...first.keep.filter((p) => !runs.has(p.entry.run_id)), ...plan.keep].map(cleanupItem);
    const report: CleanupReport = { dryRun, policy, now: new Date(nowMs).toISOString(), deleted: plan.delete.map(cleanupItem), kept, skipped, indexRebuilt };
    if (!dryRun && plan.delete.length > 0) await ctx.remove(plan.delete.map((p) => p.entry));
    return report;
  }
}
