// The plain-text rendering of an object-store registry's fsck report, beside formatFsckReport (the file registry's).
import type { ObjectFsckReport } from '../registry/api.js';

export function formatObjectFsckReport(report: ObjectFsckReport, dryRun: boolean): string {
  const lines = [
    `fsck ${report.location}: ${report.checked} committed checkpoint(s), ${report.ok} verified, ${report.clean ? 'clean' : `${report.damaged.length} damaged`}`,
  ];
  const retired = new Set(report.retired);
  for (const d of report.damaged) lines.push(`  damaged: ${d.key}: ${d.code}: ${d.message}${retired.has(d.key) ? ' (entry retired; the object stays for inspection)' : ''}`);
  for (const o of report.orphans) lines.push(`  orphan: ${o}: no entry names it (a save died between its two PUTs, or is between them now; ckpt rm ID removes it)`);
  if (report.lease.active !== undefined) lines.push(`  active lease ${report.lease.active}: another process is deleting, nothing was repaired`);
  if (report.lease.expired !== undefined) lines.push(`  expired lease ${report.lease.expired}: its holder died${dryRun ? '' : '; taken over and released'}`);
  return lines.join('\n');
}
