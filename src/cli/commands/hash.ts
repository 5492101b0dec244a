// ckpt hash: the checkpoint id as the spec defines it (SHA-256 of the RFC 8785 bytes of the document without
// checkpoint_id, created_at and provenance), computed from the content whatever the stored id says.
import type { CommandSpec, Context } from '../command.js';
import { flag } from '../command.js';
import { assertOneStdin, at, readFileArg } from '../input.js';
import { located } from '../positions.js';
import { eachArgument } from '../each-argument.js';
import { reportError } from '../report-error.js';
import { safe } from '../safe-text.js';
import { CheckpointError } from '../../errors/index.js';
import { contentId } from '../../format/identity.js';
import { parseJsonBytes } from '../../json/index.js';
import { readLimitError } from '../../util/read-limit.js';
import { statSync } from 'node:fs';

export const spec: CommandSpec = {
  usage: '[--verify] FILE|- ...',
  description: [
    "Prints the id each checkpoint's content hashes to: the lowercase hex SHA-256 of the RFC 8785 canonical",
    'bytes of the document without checkpoint_id, created_at and provenance. The rule is the same for every',
    'format version. With one file the output is the id alone; with several, "ID  FILE" lines like sha256sum.',
    'A stored checkpoint_id that differs is noted on stderr; --verify makes it an error, and so is a file with',
    'no checkpoint_id at all (nothing to verify is never a pass).',
  ].join('\n'),
  options: {
    verify: { type: 'boolean', description: 'exit 1 when a stored checkpoint_id differs from the content' },
  },
  positionals: { min: 1, missing: 'give a checkpoint file, or - to read stdin' },
  examples: [
    ['ckpt hash spec/examples/v1.json', 'prints 7313e58e7dd394cf0d3dd5f1d8a1bac3dce7d990e0b10b7163882c7f5e25847d'],
    ['ckpt hash --verify data/checkpoints/*/*/*.json', 'every checkpoint of a registry (YYYY/MM/ID.json); exit 1 if any stored id is wrong'],
  ],
  exit: '0 printed (and, with --verify, every stored id matches), 1 not a JSON object or (--verify) an id differs or is missing, 2 usage error or unreadable input.',
};

export async function run(ctx: Context): Promise<number> {
  assertOneStdin(ctx.positionals);
  const many = ctx.positionals.length > 1;
  return eachArgument(ctx, async (arg) => {
    if (arg !== '-') {
      // Refused before reading: the id of a file this reader cannot hold cannot be computed here.
      let size = 0;
      try {
        size = statSync(arg).size;
      } catch {
        // reading it reports what is wrong
      }
      const tooLarge = readLimitError(arg, size);
      if (tooLarge !== undefined) throw tooLarge;
    }
    const file = await readFileArg(ctx, arg);
    const tooLarge = readLimitError(file.label, file.bytes.length);
    if (tooLarge !== undefined) throw tooLarge;
    // The load's path to the id: canonical bytes (or their one-pass rewrite) hashed as they are, long arrays in slices,
    // not a second, canonical copy of the whole document (which made hash need more memory than a load).
    const { value: doc, canonical } = at(file, () => parseJsonBytes(file.bytes));
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      throw located(
        new CheckpointError({
          code: 'E_VERSION_MISSING',
          pointer: '',
          message: 'a checkpoint is a JSON object, and this is not one',
          hint: 'is this a checkpoint file?',
        }),
        file.label,
        file.bytes,
      );
    }
    const id = contentId(doc as Record<string, unknown>, canonical);
    ctx.stdout.write(many ? `${id}  ${safe(file.label)}\n` : `${id}\n`);
    const stored = (doc as Record<string, unknown>).checkpoint_id;
    if (stored === undefined && flag(ctx.values, 'verify')) {
      // Nothing to verify is a failure, not a pass: a CI check must never go green on a file that is no checkpoint.
      throw located(
        new CheckpointError({
          code: 'E_SCHEMA',
          pointer: '',
          message: 'there is no checkpoint_id to verify: this is not a checkpoint file',
          hint: 'give checkpoint files (a registry keeps them under YYYY/MM/)',
        }),
        file.label,
        file.bytes,
      );
    }
    if (stored !== undefined && stored !== id) {
      const mismatch = located(
        new CheckpointError({
          code: 'E_HASH_MISMATCH',
          pointer: '/checkpoint_id',
          message: `the stored checkpoint_id ${JSON.stringify(stored)} is not the content's id ${id}`,
          hint: 'the file was changed after its id was computed',
        }),
        file.label,
        file.bytes,
      );
      if (flag(ctx.values, 'verify')) return reportError('hash', mismatch, ctx);
      ctx.stderr.write(safe(`ckpt hash: ${mismatch.source}: note: ${mismatch.message}`) + '\n');
    }
  });
}
