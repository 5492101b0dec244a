// ckpt import: brings the checkpoint folders another producer wrote into a registry. Today that producer is
// finbot's CheckpointManager ({dir}/{simulator_id}/{YYYYMMDD_HHMMSS_ffffff}.json plus latest.json): each
// simulator folder becomes one run, its files a chain in time order. One line per file; a summary at the end.
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandSpec, Context } from '../command.js';
import { flag, stringOption } from '../command.js';
import { EXIT, exitCodeFor, fsError, noInput } from '../errors.js';
import { createProgress } from '../progress.js';
import { openForSave, REGISTRY_OPTION, registryDir } from '../registry.js';
import { safe } from '../safe-text.js';
import { importFinbotFolder, type FileReport } from '../../sources/finbot/folder.js';
import { zoneFormat } from '../../sources/finbot/pytime.js';

export const spec: CommandSpec = {
  usage: 'DIR [--registry R] [--zone ZONE]',
  description: [
    "Imports the checkpoint folder finbot's CheckpointManager writes (DIR/SIMULATOR/YYYYMMDD_HHMMSS_ffffff.json and",
    'DIR/SIMULATOR/latest.json) into a registry. Each simulator folder becomes one run ("finbot.SIMULATOR"); its',
    'timestamped files, in time order, get sequence 0, 1, … and each names the one before as its parent. Every file',
    'is verified and imported losslessly into the latest format (ckpt downgrade --to finbot-execution-1.0.0 gives its',
    'bytes back). latest.json is skipped when it is byte for byte one of the timestamped files, and otherwise reported:',
    'torn or empty, older than the newest file, or newer (then it is the only copy of the last save, and is imported).',
    'Importing again adds nothing. Times without an offset are read as UTC unless --zone names the producer\'s zone.',
  ].join('\n'),
  options: {
    ...REGISTRY_OPTION,
    zone: { type: 'string', value: 'ZONE', description: "IANA time zone of finbot's naive times (datetime.now() is local time), e.g. Europe/Berlin; default UTC" },
    quiet: { type: 'boolean', short: 'q', description: 'no per-file lines; only problems and the summary' },
    verbose: { type: 'boolean', short: 'v', description: "list every warning (finbot's own consistency quirks) instead of counting them per file" },
  },
  positionals: { min: 1, max: 1, missing: "give the folder finbot's CheckpointManager writes to" },
  examples: [
    ['ckpt import finbot/checkpoints --registry data/checkpoints', 'one run per simulator folder'],
    ['ckpt import finbot/checkpoints --zone America/New_York', 'finbot ran on a machine in New York time'],
  ],
  exit: '0 every complete file imported (a torn or stale latest.json is reported, not an error), 1 some timestamped file is torn or invalid, 2 usage error, unreadable folder or a failed write.',
};

function warned(r: FileReport): string {
  const n = r.warnings.length;
  return n === 0 ? '' : `, ${n} warning${n === 1 ? '' : 's'}`;
}

function line(r: FileReport): string {
  const o = r.outcome;
  switch (o.kind) {
    case 'imported':
      return `${r.path}: ${o.created ? 'imported' : 'already in the registry'} as sequence ${o.sequence}, id ${o.id.slice(0, 12)}${r.note ? ` (${r.note})` : ''}${warned(r)}`;
    case 'twin':
      return `${r.path}: skipped, the same bytes as ${o.of}${o.newest ? '' : ' (older than the newest file: an older checkpoint saved again, or a crash between the two writes)'}`;
    case 'skipped':
      return `${r.path}: ${o.damaged ? 'damaged' : 'skipped'}: ${o.reason}`;
    case 'failed':
      return `${r.path}: error ${o.error.code}: ${o.error.message}${o.error.hint ? ` (${o.error.hint})` : ''}`;
  }
}

export async function run(ctx: Context): Promise<number> {
  const dir = ctx.positionals[0]!;
  const zone = stringOption(ctx.values, 'zone');
  if (zone !== undefined) zoneFormat(zone);
  const quiet = flag(ctx.values, 'quiet');
  const abs = resolve(ctx.cwd, dir);
  try {
    if (!(await fs.stat(abs)).isDirectory()) throw noInput(`${dir} is not a folder`, "give the folder finbot's CheckpointManager writes to");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw noInput(`there is no folder ${dir}`, "give the folder finbot's CheckpointManager writes to");
    if ((e as { name?: string }).name === 'CheckpointError') throw e;
    throw fsError(dir, e);
  }
  const registry = await openForSave(ctx, registryDir(ctx));
  let bar: ReturnType<typeof createProgress> | undefined;
  let status: number = EXIT.OK;
  const runs = await importFinbotFolder(abs, registry, {
    ...(zone !== undefined && { zone }),
    onFile: (r, done, total) => {
      bar ??= createProgress(total, 'importing', ctx.stderr, ctx.env);
      bar.clear();
      const o = r.outcome;
      if (o.kind === 'failed') status = Math.max(status, exitCodeFor(o.error.code));
      if (o.kind === 'skipped' && o.damaged && !r.path.endsWith('latest.json')) status = Math.max(status, EXIT.INVALID);
      const problem = o.kind === 'failed' || (o.kind === 'skipped' && (o.damaged || r.path.endsWith('latest.json')));
      if (!quiet || problem) ctx.stderr.write(safe(line(r)) + '\n');
      if (flag(ctx.values, 'verbose')) for (const w of r.warnings) ctx.stderr.write(safe(`${r.path}: warning ${w.code}: ${w.pointer ? `at ${w.pointer}: ` : ''}${w.message}`) + '\n');
      bar.update(done, total);
    },
  });
  bar?.done();
  let imported = 0;
  let created = 0;
  for (const run of runs) {
    for (const f of run.files) {
      if (f.outcome.kind !== 'imported') continue;
      imported++;
      if (f.outcome.created) created++;
    }
    if (run.foreign > 0) {
      ctx.stderr.write(safe(`${run.folder || dir}: note: the registry holds ${run.foreign} other checkpoint${run.foreign === 1 ? '' : 's'} of run ${run.run_id}, not in this chain (the folder changed since an earlier import?)`) + '\n');
    }
  }
  const all = runs.flatMap((r) => r.files);
  const count = (kind: string) => all.filter((f) => f.outcome.kind === kind).length;
  const damaged = all.filter((f) => f.outcome.kind === 'skipped' && f.outcome.damaged).length;
  const warnings = all.reduce((n, f) => n + f.warnings.length, 0);
  const parts = [
    `${created} imported`,
    `${imported - created} already in the registry`,
    `${count('twin')} latest.json twin${count('twin') === 1 ? '' : 's'} skipped`,
    ...(count('skipped') > 0 ? [`${count('skipped')} not imported (${damaged} damaged)`] : []),
    ...(count('failed') > 0 ? [`${count('failed')} invalid`] : []),
    ...(warnings > 0 && !flag(ctx.values, 'verbose') ? [`${warnings} warning${warnings === 1 ? '' : 's'} (--verbose lists them)`] : []),
  ];
  ctx.stdout.write(safe(`${runs.length} simulator folder${runs.length === 1 ? '' : 's'}, ${all.length} files into ${registryDir(ctx)}: ${parts.join(', ')}`) + '\n');
  return status;
}
