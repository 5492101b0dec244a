// ckpt gc: applies a retention policy to a registry. Plans from verified content only, never deletes a run's
// newest checkpoint or a file that fails verification; --dry-run prints the plan and deletes nothing.
import type { CommandSpec, Context } from '../command.js';
import { flag, stringOption } from '../command.js';
import { EXIT, usageError } from '../errors.js';
import { openRegistry, REGISTRY_OPTION } from '../registry.js';
import { safe } from '../safe-text.js';
import { table } from '../table.js';
import type { CleanupReport, RetentionPolicy } from '../../registry/index.js';

export const spec: CommandSpec = {
  usage: '[--keep-last N] [--keep-every DURATION] [--older-than DAYS] [--dry-run] [--registry DIR] [--json]',
  description: [
    'Deletes the checkpoints a retention policy does not keep. Keep rules add up (a checkpoint any rule keeps',
    'stays): --keep-last N keeps the N newest of every run, --keep-every 1d keeps the newest of every run in each',
    'day (or 6h: each six hours) of backtest time. --older-than D only lets checkpoints written more than D days',
    "ago go. A run's newest checkpoint is never deleted, nor a file that fails verification (run ckpt fsck).",
  ].join('\n'),
  options: {
    ...REGISTRY_OPTION,
    'keep-last': { type: 'string', value: 'N', description: 'keep the N newest checkpoints of every run' },
    'keep-every': { type: 'string', value: 'DURATION', description: 'keep one checkpoint per run per window of backtest time: 6h, 1d, …' },
    'older-than': { type: 'string', value: 'DAYS', description: 'delete only checkpoints written more than DAYS days ago' },
    'dry-run': { type: 'boolean', short: 'n', description: 'print the plan, delete nothing' },
    json: { type: 'boolean', description: 'print the report as JSON' },
  },
  positionals: { min: 0, max: 0, missing: '' },
  examples: [
    ['ckpt gc --keep-last 10 --dry-run', 'what keeping the 10 newest per run would delete'],
    ['ckpt gc --keep-last 3 --keep-every 1d --older-than 30', 'the last 3 of each run plus one a day, for checkpoints older than 30 days'],
  ],
  exit: '0 done (or planned), 1 some checkpoints failed verification and were skipped (run ckpt fsck), 2 usage error or no registry at DIR.',
};

function count(option: string, raw: string, min: number, what: string): number {
  const n = /^[0-9]{1,9}(\.[0-9]+)?$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min) || (what === 'whole' && !Number.isInteger(n))) {
    throw usageError(
      `--${option} must be ${what === 'whole' ? `a whole number ≥ ${min}` : `a number ≥ ${min}`}, not ${JSON.stringify(raw)}`,
      'see ckpt gc --help',
    );
  }
  return n;
}

export function policyOf(ctx: Context): RetentionPolicy {
  const last = stringOption(ctx.values, 'keep-last');
  const every = stringOption(ctx.values, 'keep-every');
  const older = stringOption(ctx.values, 'older-than');
  if (last === undefined && every === undefined && older === undefined) {
    throw usageError('give a retention policy: --keep-last N, --keep-every DURATION and/or --older-than DAYS', 'see ckpt gc --help');
  }
  let keepEvery: RetentionPolicy['keepEvery'];
  if (every !== undefined) {
    const m = /^([0-9]{1,6}(?:\.[0-9]+)?)\s*(h|hours?|d|days?)$/.exec(every.trim());
    if (!m) throw usageError(`--keep-every must be a duration such as 6h or 1d, not ${JSON.stringify(every)}`, 'see ckpt gc --help');
    if (!(Number(m[1]) > 0)) throw usageError(`--keep-every must be longer than zero, not ${JSON.stringify(every)}`, 'see ckpt gc --help');
    keepEvery = m[2]!.startsWith('h') ? { hours: Number(m[1]) } : { days: Number(m[1]) };
  }
  return {
    ...(last !== undefined && { keepLast: count('keep-last', last, 1, 'whole') }),
    ...(keepEvery !== undefined && { keepEvery }),
    ...(older !== undefined && { olderThanDays: count('older-than', older, 0, 'number') }),
  };
}

/**
 * The report as a table: one row per checkpoint, every column aligned whatever the verb ("deleted", "would
 * delete", "keep", "skip") or the width of a run name, then the totals.
 */
export function renderCleanup(report: CleanupReport): string {
  const verb = report.dryRun ? 'would delete' : 'deleted';
  const rows: string[][] = [
    ...report.deleted.map((d) => [verb, d.path, d.run_id, String(d.sequence), d.timestamp, '']),
    ...report.kept.map((k) => ['keep', k.path, k.run_id, String(k.sequence), k.timestamp, k.reasons.join(', ')]),
    ...report.skipped.map((s) => ['skip', s.path, '', '', '', `${s.code}: ${s.message}`]),
  ].map((r) => r.map(safe));
  const head = `cleanup ${report.dryRun ? '(dry run) ' : ''}at ${report.now} with policy ${safe(JSON.stringify(report.policy))}\n`;
  const body = rows.length > 0 ? table(['action', 'file', 'run', 'seq', 'time', 'why'], rows, [false, false, false, true, false, false]) : '';
  const totals = `${report.deleted.length} ${verb}, ${report.kept.length} kept, ${report.skipped.length} skipped (failed verification)${report.indexRebuilt ? '; the index was rebuilt first' : ''}\n`;
  return head + body + totals;
}

export async function run(ctx: Context): Promise<number> {
  const policy = policyOf(ctx);
  const registry = await openRegistry(ctx);
  const report = await registry.cleanup(policy, { dryRun: flag(ctx.values, 'dry-run') });
  ctx.stdout.write(flag(ctx.values, 'json') ? JSON.stringify(report, null, 2) + '\n' : renderCleanup(report));
  return report.skipped.length > 0 ? EXIT.INVALID : EXIT.OK;
}
