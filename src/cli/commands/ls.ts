// ckpt ls: the checkpoints of a registry, filtered by run, strategy and time, in backtest-time order.
import type { CommandSpec, Context } from '../command.js';
import { flag, stringOption } from '../command.js';
import { EXIT, usageError } from '../errors.js';
import { noMatchReason, openRegistry, REGISTRY_OPTION, registryDir } from '../registry.js';
import { normalizeTimestamp } from '../../util/time.js';
import { safe } from '../safe-text.js';
import { table } from '../table.js';
import type { ListFilter, RegistryEntry } from '../../registry/index.js';

export const spec: CommandSpec = {
  usage: '[--registry DIR] [--run RUN] [--strategy NAME] [--since T] [--until T] [--desc] [--limit N] [--json | --ids]',
  description: [
    'Lists the checkpoints of a registry in backtest-time order (oldest first; --desc for newest first), from its',
    'index, which the registry keeps in step with the files. Times are ISO 8601 (UTC when no offset is given; a',
    'bare date means midnight UTC); --since is inclusive, --until exclusive.',
  ].join('\n'),
  options: {
    ...REGISTRY_OPTION,
    run: { type: 'string', value: 'RUN', description: 'only this run' },
    strategy: { type: 'string', value: 'NAME', description: 'only this strategy' },
    since: { type: 'string', value: 'T', description: 'backtest time from T (inclusive)' },
    until: { type: 'string', value: 'T', description: 'backtest time before T (exclusive)' },
    'created-since': { type: 'string', value: 'T', description: 'written at or after T' },
    'created-until': { type: 'string', value: 'T', description: 'written before T' },
    desc: { type: 'boolean', description: 'newest first' },
    limit: { type: 'string', value: 'N', description: 'at most N checkpoints (after ordering)' },
    json: { type: 'boolean', description: 'print the entries as JSON' },
    ids: { type: 'boolean', description: 'print only the ids, one per line' },
  },
  positionals: { min: 0, max: 0, missing: '' },
  examples: [
    ['ckpt ls', 'every checkpoint in data/checkpoints'],
    ['ckpt ls --run bt-2024-03-15 --desc --limit 5', 'the five newest checkpoints of a run'],
    ['ckpt ls --registry /srv/ckpts --since 2024-03-01 --until 2024-04-01 --json', 'March, as JSON'],
  ],
  exit: '0 listed (also when nothing matches), 2 usage error, no registry at DIR, or a registry that cannot be read.',
};

/** A time option, checked here so that a mistake is reported in command-line terms. */
function timeOption(ctx: Context, name: string): string | undefined {
  const raw = stringOption(ctx.values, name);
  if (raw === undefined) return undefined;
  try {
    normalizeTimestamp(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^timestamp "[^"]*" /, '') : String(e);
    throw usageError(`--${name} must be a date or time such as 2024-03-15 or 2024-03-15T16:00:00Z; ${JSON.stringify(raw)} ${why}`, 'see ckpt ls --help');
  }
  return raw;
}

export function filterOf(ctx: Context): ListFilter {
  const limitRaw = stringOption(ctx.values, 'limit');
  if (limitRaw !== undefined && !/^[0-9]{1,9}$/.test(limitRaw))
    throw usageError(`--limit must be a whole number, not ${JSON.stringify(limitRaw)}`, 'see ckpt ls --help');
  const range = (from: string, to: string) => {
    const f = timeOption(ctx, from);
    const t = timeOption(ctx, to);
    return f === undefined && t === undefined ? undefined : { ...(f !== undefined && { from: f }), ...(t !== undefined && { to: t }) };
  };
  const timestamp = range('since', 'until');
  const created = range('created-since', 'created-until');
  const run = stringOption(ctx.values, 'run');
  const strategy = stringOption(ctx.values, 'strategy');
  return {
    ...(run !== undefined && { run }),
    ...(strategy !== undefined && { strategy }),
    ...(timestamp !== undefined && { timestamp }),
    ...(created !== undefined && { created }),
    ...(flag(ctx.values, 'desc') && { order: 'desc' as const }),
    ...(limitRaw !== undefined && { limit: Number(limitRaw) }),
  };
}

export function entryTable(entries: readonly RegistryEntry[]): string {
  return table(
    ['timestamp', 'run', 'seq', 'strategy', 'format', 'id'],
    entries.map((e) => [e.timestamp, e.run_id, String(e.sequence), e.strategy_name, e.version, e.id].map(safe)),
    [false, false, true, false, false, false],
    '',
  );
}

export async function run(ctx: Context): Promise<number> {
  if (flag(ctx.values, 'json') && flag(ctx.values, 'ids')) throw usageError('give either --json or --ids, not both', 'see ckpt ls --help');
  const filter = filterOf(ctx);
  const dir = registryDir(ctx);
  const registry = await openRegistry(ctx, dir);
  const entries = await registry.list(filter);
  if (flag(ctx.values, 'json')) ctx.stdout.write(JSON.stringify(entries, null, 2) + '\n');
  else if (flag(ctx.values, 'ids')) ctx.stdout.write(entries.map((e) => `${e.id}\n`).join(''));
  else if (entries.length > 0) ctx.stdout.write(entryTable(entries));
  else {
    // Say why the listing is empty (on stderr, so stdout stays a listing): an empty registry, a run or strategy
    // it does not have (with the closest name), or a filter that matched nothing.
    const named = filter.run !== undefined ? { run: filter.run } : filter.strategy !== undefined ? { strategy: filter.strategy } : undefined;
    const all = named === undefined ? await registry.list({ limit: 1 }) : [];
    if (named === undefined && all.length === 0) ctx.stderr.write(safe(`ckpt ls: the registry at ${dir} holds no checkpoints`) + '\n');
    else if (named === undefined) ctx.stderr.write('ckpt ls: no checkpoint matches the filter\n');
    else {
      const why = await noMatchReason(registry, dir, named);
      ctx.stderr.write(safe(`ckpt ls: ${why.known ? 'no checkpoint matches the filter' : why.message}`) + '\n');
    }
  }
  return EXIT.OK;
}
