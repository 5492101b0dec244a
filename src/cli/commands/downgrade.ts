// ckpt downgrade: moves a checkpoint to an older format version and prints exactly what the older version cannot
// hold (the loss report). A lossy downgrade is refused unless --allow-loss is given.
import type { CommandSpec, Context } from '../command.js';
import { flag, stringOption } from '../command.js';
import { parseMajor } from '../args.js';
import { convertAll, OUTPUT_OPTIONS } from '../convert.js';
import { usageError } from '../errors.js';
import { at } from '../input.js';
import { located } from '../positions.js';
import { safeLines } from '../safe-text.js';
import { CheckpointError } from '../../errors/index.js';
import type { LossEntry } from '../../../migrations/index.js';
import { serializeCheckpoint } from '../../load/create.js';
import { downgrade, exportFinbot } from '../../load/migrate.js';
import { FINBOT_FORMAT } from '../../sources/finbot/format.js';
import { FORMAT_VERSIONS } from '../../format/versions.js';

export const spec: CommandSpec = {
  usage: 'FILE|- ... --to N [--allow-loss] [-o OUT | --in-place [--backup]]',
  description: [
    'Downgrades each checkpoint to the older format N. A downgrade of a file that was upgraded gives back the',
    'original content (the same canonical bytes and id; the layout is the canonical file form). Anything else the older format cannot hold is listed in a loss report on stderr, one line',
    'per JSON pointer: dropped (was …), or changed/added (what an upgrade of the result would give back there);',
    'such a downgrade is refused unless --allow-loss is given.',
    'Output goes to stdout, to --output, or replaces the file atomically (--in-place). With --dry-run, a lossy',
    'downgrade prints the report and "would refuse", and exits 1 as the real run would.',
  ].join('\n'),
  options: {
    to: { type: 'string', value: 'N', description: `target format version, e.g. 2 or 2.0, or the source format ${FINBOT_FORMAT} (required)` },
    'allow-loss': { type: 'boolean', description: 'write the result even though the loss report is not empty' },
    ...OUTPUT_OPTIONS,
  },
  positionals: { min: 1, missing: 'give the checkpoint file to downgrade, or - for stdin' },
  examples: [
    ['ckpt upgrade spec/examples/v1.json | ckpt downgrade --to 1 -', 'round trip: prints the original 1.0 document'],
    [`ckpt downgrade --to ${FINBOT_FORMAT} -o latest.json ckpt.json`, "write a checkpoint imported from finbot back as finbot's own bytes"],
    ['ckpt downgrade --to 2 --dry-run ckpt.json', 'show the loss report, write nothing'],
    ['ckpt downgrade --to 2 --allow-loss -o ckpt-v2.json ckpt.json', 'accept the loss and write a 2.0 file'],
  ],
  exit: '0 downgraded, 1 invalid input or a loss without --allow-loss (with --dry-run: it would be refused), 2 usage error, unreadable input or a failed write.',
};

function show(value: unknown): string {
  const s = JSON.stringify(value) ?? 'undefined';
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function lossLines(loss: readonly LossEntry[]): string[] {
  return loss.map((l) => {
    // "comes back as": what upgrading the downgraded file gives back at that place.
    const what =
      l.kind === 'dropped' ? `was ${show(l.was)}` : l.kind === 'added' ? `comes back as ${show(l.becomes)}` : `${show(l.was)} comes back as ${show(l.becomes)}`;
    return `  ${l.kind.padEnd(8)} ${l.pointer}  ${what}`;
  });
}

export async function run(ctx: Context): Promise<number> {
  const raw = stringOption(ctx.values, 'to');
  if (raw === undefined) throw usageError('--to N is required: which older format version to write', 'see ckpt downgrade --help');
  if (raw === FINBOT_FORMAT) return toFinbot(ctx);
  const to = parseMajor(
    '--to',
    raw,
    FORMAT_VERSIONS.map((f) => f.major),
  );
  const allowLoss = flag(ctx.values, 'allow-loss');
  const pretty = flag(ctx.values, 'pretty');
  return convertAll(ctx, spec, (file) => {
    const result = at(file, () => downgrade(file.bytes, { to, allowLoss: true }));
    const doc = result.document;
    const from = result.steps[0]?.from ?? String(doc.version);
    if (result.loss.length > 0) {
      const header = `${file.label}: downgrading ${from} → ${String(doc.version)} loses data at ${result.loss.length} place${result.loss.length === 1 ? '' : 's'}:`;
      ctx.stderr.write(safeLines([header, ...lossLines(result.loss), ''].join('\n')));
      if (!allowLoss && flag(ctx.values, 'dry-run')) {
        // A dry run reports what the real run would do, with the status it would exit with.
        return {
          text: '',
          status: `would refuse: format ${String(doc.version)} cannot hold everything in this file (report above; --allow-loss accepts the loss)`,
          changed: false,
          refused: true,
        };
      }
      if (!allowLoss) {
        const first = result.loss[0]!;
        throw located(
          new CheckpointError({
            code: 'E_DOWNGRADE_LOSS',
            pointer: first.pointer,
            message: `refusing to downgrade: format ${String(doc.version)} cannot hold everything in this file (report above)`,
            hint: 'pass --allow-loss to accept the loss, or keep the newer format',
          }),
          file.label,
          file.bytes,
        );
      }
    }
    if (result.steps.length === 0)
      return { text: serializeCheckpoint(doc, { pretty }), status: `already format ${String(doc.version)}, nothing to downgrade`, changed: false };
    const lossy = result.loss.length > 0 ? ` with loss at ${result.loss.length} place${result.loss.length === 1 ? '' : 's'}` : ', lossless';
    return { text: serializeCheckpoint(doc, { pretty }), status: `downgraded ${from} → ${String(doc.version)}${lossy}, id ${String(doc.checkpoint_id)}`, changed: true };
  });
}

/** --to finbot-execution-1.0.0: finbot's own file (its bytes, for a checkpoint imported from finbot). */
function toFinbot(ctx: Context): Promise<number> {
  const allowLoss = flag(ctx.values, 'allow-loss');
  return convertAll(ctx, spec, (file) => {
    const result = at(file, () => exportFinbot(file.bytes, { allowLoss: true }));
    if (result.loss.length > 0) {
      const header = `${file.label}: exporting to ${FINBOT_FORMAT} loses data at ${result.loss.length} place${result.loss.length === 1 ? '' : 's'}:`;
      ctx.stderr.write(safeLines([header, ...lossLines(result.loss), ''].join('\n')));
      if (!allowLoss) {
        if (flag(ctx.values, 'dry-run')) return { text: '', status: `would refuse: ${FINBOT_FORMAT} cannot hold everything in this file (report above; --allow-loss accepts the loss)`, changed: false, refused: true };
        const first = result.loss[0]!;
        throw located(
          new CheckpointError({ code: 'E_DOWNGRADE_LOSS', pointer: first.pointer, message: `refusing to export: ${FINBOT_FORMAT} cannot hold everything in this file (report above)`, hint: 'pass --allow-loss to accept the loss' }),
          file.label,
          file.bytes,
        );
      }
    }
    const lossy = result.loss.length > 0 ? ` with loss at ${result.loss.length} place${result.loss.length === 1 ? '' : 's'}` : ', lossless';
    return { text: result.text, status: `exported to ${FINBOT_FORMAT}${lossy}`, changed: true };
  });
}
