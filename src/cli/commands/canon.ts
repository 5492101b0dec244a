// ckpt canon: the RFC 8785 (JCS) canonical bytes of any JSON text, with no trailing newline, for comparing this
// implementation with another language's byte for byte. The input is read with the format's strict JSON rules.
import type { CommandSpec, Context } from '../command.js';
import { EXIT } from '../errors.js';
import { at, readFileArg } from '../input.js';
import { canonicalBytes } from '../../canonical/index.js';
import { parseBytes } from '../../json/index.js';

export const spec: CommandSpec = {
  usage: 'FILE|-',
  description: [
    'Prints the RFC 8785 canonical form of any JSON text: members sorted by UTF-16 code units, no whitespace,',
    'numbers and strings in their one canonical spelling. No trailing newline is added, so the output is exactly',
    'the bytes a checkpoint id is hashed from (for a checkpoint, ckpt hash gives that hash).',
    'The input must be strict JSON: UTF-8 without a byte-order mark, no duplicate member names, exact numbers.',
  ].join('\n'),
  options: {},
  positionals: { min: 1, max: 1, missing: 'give a JSON file, or - to read stdin' },
  examples: [
    ['ckpt canon spec/examples/v1.json | sha256sum', 'the canonical bytes of the whole file, and their SHA-256'],
    ['echo \'{"b":1,"a":[1.0,"\\u00e9"]}\' | ckpt canon -', 'prints {"a":[1,"é"],"b":1}'],
  ],
  exit: '0 printed, 1 the input is not strict JSON, 2 usage error or unreadable input.',
};

export async function run(ctx: Context): Promise<number> {
  const file = await readFileArg(ctx, ctx.positionals[0]!);
  const bytes = at(file, () => canonicalBytes(parseBytes(file.bytes)));
  ctx.stdout.write(bytes);
  return EXIT.OK;
}
