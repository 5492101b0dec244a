// ckpt versions: the format versions this build reads and writes, with the $id and file of each schema.
import type { CommandSpec, Context } from '../command.js';
import { flag } from '../command.js';
import { EXIT } from '../errors.js';
import { readSchema } from '../schemas.js';
import { FORMAT_VERSIONS, LATEST_VERSION_STRING } from '../../format/versions.js';
import { packageVersion } from '../package-root.js';
import { relative } from 'node:path';
import { packageRoot } from '../package-root.js';

export const spec: CommandSpec = {
  usage: '[--json]',
  description: [
    'Lists every checkpoint format version this ckpt knows: all are read (and upgraded on load), the newest',
    'is the one written. Shows the $id and the package file of each schema.',
  ].join('\n'),
  options: {
    json: { type: 'boolean', description: 'print the same as JSON' },
  },
  positionals: { min: 0, max: 0, missing: '' },
  examples: [
    ['ckpt versions', 'a table of format versions and their schemas'],
    ['ckpt versions --json | jq -r ".versions[].schema_id"', 'just the $ids'],
  ],
  exit: '0 printed, 2 usage error.',
};

export async function run(ctx: Context): Promise<number> {
  const rows = await Promise.all(
    FORMAT_VERSIONS.map(async (f) => {
      const s = await readSchema(f.major);
      return {
        version: f.version,
        latest: f.version === LATEST_VERSION_STRING,
        schema_id: s.id,
        schema_file: relative(packageRoot(), s.path).replace(/\\/g, '/'),
        title: s.title,
      };
    }),
  );
  if (flag(ctx.values, 'json')) {
    ctx.stdout.write(JSON.stringify({ ckpt: packageVersion(), latest: LATEST_VERSION_STRING, versions: rows }, null, 2) + '\n');
    return EXIT.OK;
  }
  const width = Math.max(...rows.map((r) => r.schema_id.length));
  const lines = [`${'format'.padEnd(8)}${'schema $id'.padEnd(width + 2)}file`];
  for (const r of rows)
    lines.push(
      `${r.version.padEnd(8)}${r.schema_id.padEnd(width + 2)}${r.schema_file}${r.latest ? '  (newest: written by ckpt upgrade and createCheckpoint)' : ''}`,
    );
  lines.push('', `Every version is read and upgraded on load; ckpt ${packageVersion()} writes format ${LATEST_VERSION_STRING}.`);
  ctx.stdout.write(lines.join('\n') + '\n');
  return EXIT.OK;
}
