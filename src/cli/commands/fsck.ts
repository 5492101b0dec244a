// ckpt fsck: re-verifies every checkpoint of a registry, quarantines corrupt files (never deletes them), sweeps
// stale temp files and locks, and repairs the index; like git fsck, it exits 1 when something is wrong.
import type { CommandSpec, Context } from '../command.js';
import { flag } from '../command.js';
import { EXIT } from '../errors.js';
import { openRegistry, REGISTRY_OPTION } from '../registry.js';
import { safeLines } from '../safe-text.js';
import { FileRegistry, formatFsckReport, isObjectFsckReport } from '../../registry/index.js';
import { formatObjectFsckReport } from '../../objectstore/report.js';

export const spec: CommandSpec = {
  usage: '[--registry DIR] [--dry-run] [--no-quarantine] [--json]',
  description: [
    'Verifies every checkpoint file of a registry (parse, schema, id, consistency, and that it sits where its id',
    'and time say). Corrupt files are moved to the .quarantine folder, never deleted; temp files of interrupted',
    'saves older than an hour are removed; stale locks are broken (indexing what their holder wrote); the index',
    'is rewritten when it disagrees with the files. On S3 (--registry s3://BUCKET/PREFIX) it verifies every committed',
    'checkpoint, retires the entries of damaged ones (the objects stay), reports orphans (objects no entry names)',
    'and takes over a lease whose holder died. --dry-run only reports.',
  ].join('\n'),
  options: {
    ...REGISTRY_OPTION,
    'dry-run': { type: 'boolean', short: 'n', description: 'report only: move, sweep, break and rewrite nothing' },
    'no-quarantine': { type: 'boolean', description: 'leave corrupt files where they are (still reported)' },
    json: { type: 'boolean', description: 'print the report as JSON' },
  },
  positionals: { min: 0, max: 0, missing: '' },
  examples: [
    ['ckpt fsck', 'check and repair data/checkpoints'],
    ['ckpt fsck --dry-run --json --registry /srv/ckpts', 'a report only, as data'],
  ],
  exit: '0 clean, 1 problems found (corrupt, misplaced or unexpected files), 2 usage error or no registry at DIR.',
};

export async function run(ctx: Context): Promise<number> {
  const registry = await openRegistry(ctx);
  const dryRun = flag(ctx.values, 'dry-run');
  const report = registry instanceof FileRegistry ? await registry.fsck({ dryRun, quarantine: !flag(ctx.values, 'no-quarantine') }) : await registry.fsck({ dryRun });
  const text = isObjectFsckReport(report) ? formatObjectFsckReport(report, dryRun) : formatFsckReport(report);
  ctx.stdout.write(flag(ctx.values, 'json') ? JSON.stringify(report, null, 2) + '\n' : safeLines(text) + '\n');
  return report.clean ? EXIT.OK : EXIT.INVALID;
}
