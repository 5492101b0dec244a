// ckpt upgrade: moves checkpoints to a newer format version (default: the newest), losslessly, in place
// (atomic replace, optional backup), to a new file, or to stdout.
import type { CommandSpec, Context } from '../command.js';
import { flag, stringOption } from '../command.js';
import { parseMajor } from '../args.js';
import { convertAll, OUTPUT_OPTIONS } from '../convert.js';
import { at } from '../input.js';
import { serializeCheckpoint } from '../../load/create.js';
import { upgrade } from '../../load/migrate.js';
import { FORMAT_VERSIONS, LATEST_FORMAT, LATEST_VERSION } from '../../format/versions.js';

export const spec: CommandSpec = {
  usage: 'FILE|- ... [--to N] [-o OUT | --in-place [--backup]]',
  description: [
    'Upgrades each checkpoint to format N (default: the newest), one migration step at a time. The input is',
    'fully checked first (schema, id, consistency); the output is validated and gets the id of its content,',
    'plus provenance saying where it came from. Upgrades are lossless: ckpt downgrade gives back the original content.',
    '',
    'The result goes to stdout (one file), to --output, or replaces the file (--in-place): written to a temporary',
    'file in the same directory, flushed to disk and renamed over the original, so a crash never leaves half a',
    'file. A file already at the target version is left untouched. A status line per file goes to stderr.',
    'An existing backup is never overwritten (FILE.bak.1, FILE.bak.2, … are used instead). Temp files are named',
    '.FILE.ckpt-tmp-PID-RANDOM; those a killed run left behind are removed by the next --in-place run in their folder.',
    '-o DIR/ (or several files) writes into the folder DIR, created when missing.',
    'Output is the canonical file form (one line, loads fastest); --pretty lays it out for people.',
  ].join('\n'),
  options: {
    to: { type: 'string', value: 'N', description: `target format version, e.g. ${LATEST_FORMAT.major} or ${LATEST_FORMAT.version} (default: the newest)` },
    ...OUTPUT_OPTIONS,
  },
  positionals: { min: 1, missing: 'give the checkpoint files to upgrade, or - for stdin' },
  examples: [
    ['ckpt upgrade spec/examples/v1.json > latest.json', `the 1.0 example as a ${LATEST_FORMAT.version} checkpoint`],
    ['ckpt upgrade --in-place --backup data/old/*.json', 'upgrade a folder in place, keeping FILE.bak copies'],
    ['ckpt upgrade --to 2 -o upgraded/ a.json b.json', 'to format 2.0, written into the folder upgraded/'],
  ],
  exit: '0 all upgraded, 1 some input is not a valid checkpoint, 2 usage error, unreadable input or a write that failed.',
};

export async function run(ctx: Context): Promise<number> {
  const raw = stringOption(ctx.values, 'to');
  const to =
    raw === undefined
      ? LATEST_VERSION
      : parseMajor(
          '--to',
          raw,
          FORMAT_VERSIONS.map((f) => f.major),
        );
  const pretty = flag(ctx.values, 'pretty');
  return convertAll(ctx, spec, (file) =>
    at(file, () => {
      const result = upgrade(file.bytes, { to });
      const doc = result.document;
      const from = result.steps[0]?.from ?? String(doc.version);
      if (result.steps.length === 0)
        return { text: serializeCheckpoint(doc, { pretty }), status: `already format ${String(doc.version)}, nothing to upgrade`, changed: false };
      return { text: serializeCheckpoint(doc, { pretty }), status: `upgraded ${from} → ${String(doc.version)}, id ${String(doc.checkpoint_id)}`, changed: true };
    }),
  );
}
