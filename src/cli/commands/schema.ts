// ckpt schema: prints the JSON Schema (draft 2020-12) of a format version, exactly as published, so editors,
// other validators and code generators can use it.
import type { CommandSpec, Context } from '../command.js';
import { flag, stringOption } from '../command.js';
import { parseMajor } from '../args.js';
import { EXIT } from '../errors.js';
import { readSchema } from '../schemas.js';
import { FORMAT_VERSIONS, LATEST_VERSION } from '../../format/versions.js';

export const spec: CommandSpec = {
  usage: '[--version N] [--path]',
  description: [
    'Prints the frozen JSON Schema of a format version (default: the newest). Each schema carries an $id',
    '(https://state-checkpoint.dev/schemas/vN.schema.json) and is also shipped in the package as',
    'schemas/vN.schema.json, which is what editors should point at (see docs/cli.md for VS Code).',
  ].join('\n'),
  options: {
    version: { type: 'string', value: 'N', description: 'format version, e.g. 2 or 2.0 (default: the newest)' },
    path: { type: 'boolean', description: 'print the path of the schema file instead of its content' },
  },
  positionals: { min: 0, max: 0, missing: '' },
  examples: [
    ['ckpt schema > checkpoint.schema.json', 'the newest schema, to a file'],
    ['ckpt schema --version 1 | jq .properties.version', 'a part of the 1.0 schema'],
    ['ckpt schema --path', 'where the installed schema file is'],
  ],
  exit: '0 printed, 2 usage error (e.g. an unknown version).',
};

export async function run(ctx: Context): Promise<number> {
  const raw = stringOption(ctx.values, 'version');
  const major =
    raw === undefined
      ? LATEST_VERSION
      : parseMajor(
          '--version',
          raw,
          FORMAT_VERSIONS.map((f) => f.major),
        );
  const schema = await readSchema(major);
  ctx.stdout.write(flag(ctx.values, 'path') ? `${schema.path}\n` : schema.bytes);
  return EXIT.OK;
}
