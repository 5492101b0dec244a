// Plain-text renderings of cleanup and fsck reports, so a dry run "prints the plan" the same way in the
// CLI and in a user's script.
import type { FsckReport } from './fsck.js';
import type { CleanupReport } from './cleanup.js';

export function formatCleanupReport(report: CleanupReport): string {
  const verb = report.dryRun ? 'would delete' : 'deleted';
  const lines = [`cleanup ${report.dryRun ? '(dry run) ' : ''}at ${report.now} with policy ${JSON.stringify(report.policy)}`];
  for (const d of report.deleted) lines.push(`  ${verb}  ${d.path}  run ${JSON.stringify(d.run_id)} seq ${d.sequence}  time ${d.timestamp}`);
  for (const k of report.kept) lines.push(`  keep          ${k.path}  run ${JSON.stringify(k.run_id)} seq ${k.sequence}  (${k.reasons.join(', ')})`);
  for (const s of report.skipped) lines.push(`  skip          ${s.path}  ${s.code}: ${s.message}`);
  lines.push(`${report.deleted.length} ${verb}, ${report.kept.length} kept, ${report.skipped.length} skipped (failed verification)`);
  return lines.join('\n');
}

export function formatFsckReport(report: FsckReport): string {
  const lines = [`fsck ${report.root}: ${report.checked} checkpoint files, ${report.ok} verified, ${report.clean ? 'clean' : `${report.problems.length} problem(s)`}`];
  for (const p of report.problems) lines.push(`  ${p.kind}: ${p.path}: ${p.message}${p.quarantinedTo ? ` (moved to ${p.quarantinedTo})` : ''}`);
  for (const w of report.warnings) lines.push(`  warning: ${w.message}`);
  if (report.tempFiles.swept.length > 0) lines.push(`  removed ${report.tempFiles.swept.length} stale temp file(s)`);
  if (report.tempFiles.kept.length > 0) lines.push(`  kept ${report.tempFiles.kept.length} recent temp file(s) (a save may be in progress)`);
  const q = report.quarantine;
  for (const f of q.removed) lines.push(`  removed ${f}: an interrupted quarantine that never moved its file`);
  for (const f of q.reasonWritten) lines.push(`  wrote ${f}/reason.json again: an interrupted quarantine left it missing or unreadable`);
  for (const l of report.locks.broken) lines.push(`  broke stale lock ${l}`);
  for (const l of report.locks.active) lines.push(`  active lock ${l}`);
  const i = report.index;
  if (i.rewritten) lines.push(`  index rewritten (${i.missing} missing, ${i.ghost} stale, ${i.mismatched} wrong, ${i.invalidLines} unreadable line(s))`);
  return lines.join('\n');
}
