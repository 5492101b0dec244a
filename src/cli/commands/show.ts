// ckpt show: a readable summary of one checkpoint (file, stdin or registry id): version, id, run, sequence,
// time, cash, a positions table, open orders, fills and the size of the strategy state. --json gives the data.
import type { CommandSpec, Context } from '../command.js';
import { flag } from '../command.js';
import { loadArg } from '../checkpoint-arg.js';
import { EXIT } from '../errors.js';
import { REGISTRY_OPTION } from '../registry.js';
import { colorWanted, createStyle, type Style } from '../style.js';
import { summarize, type CheckpointSummary } from '../summary.js';
import { safeDeep } from '../safe-text.js';
import { table } from '../table.js';

export const spec: CommandSpec = {
  usage: 'FILE|ID|- [--json] [--registry DIR]',
  description: [
    'Prints what a checkpoint holds: format version and id, strategy, run, sequence and time, cash and equity',
    'per currency, a table of positions (with market value where a last price is known), the open orders,',
    'counts of orders, fills and held orders, and the size of the strategy state. Any format version is',
    'read; older ones are shown as they load (upgraded), with the version and id as read.',
    'An argument that is not a file but looks like an id (or a unique id prefix of 6+ hex digits) is looked',
    'up in the registry.',
  ].join('\n'),
  options: {
    json: { type: 'boolean', description: 'print the same as JSON data' },
    ...REGISTRY_OPTION,
    'no-color': { type: 'boolean', description: 'never colour the output' },
  },
  positionals: { min: 1, max: 1, missing: 'give a checkpoint file, a checkpoint id, or - for stdin' },
  examples: [
    ['ckpt show spec/examples/v1.json', 'the 1.0 example, summarized'],
    ['ckpt show --json ckpt.json | jq .positions', 'positions as data'],
    ['ckpt show 4f0a9c1e', 'a checkpoint from the registry (data/checkpoints) by id prefix'],
  ],
  exit: '0 shown, 1 not a valid checkpoint, 2 usage error, unreadable file or unknown id.',
};

function money(map: Readonly<Record<string, string>>): string {
  const entries = Object.entries(map).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length === 0 ? 'none' : entries.map(([c, v]) => `${v} ${c}`).join(', ');
}

export function renderSummary(s: CheckpointSummary, style: Style): string {
  const label = (l: string): string => style.bold(l.padEnd(16));
  const lines: string[] = [];
  lines.push(`${label('checkpoint')}${s.id}`);
  const readAs = s.read_as.version !== s.version ? ` ${style.yellow(`(read as ${s.read_as.version}, id ${s.read_as.id}; shown upgraded)`)}` : '';
  lines.push(`${label('format')}${s.version}${readAs}`);
  lines.push(`${label('source')}${s.source}`);
  lines.push(`${label('strategy')}${s.strategy}`);
  lines.push(`${label('run')}${s.run_id}, sequence ${s.sequence}${s.parent_id === null ? ' (first of its run)' : `, parent ${s.parent_id}`}`);
  lines.push(`${label('time')}${s.timestamp}  ${style.dim(`(written ${s.created_at})`)}`);
  lines.push(`${label('cash')}${money(s.cash)}`);
  if (s.equity !== null) lines.push(`${label('equity')}${money(s.equity)}`);
  lines.push('');
  lines.push(style.bold(`positions (${s.positions.length})`));
  if (s.positions.length > 0) {
    lines.push(
      table(
        ['symbol', 'quantity', 'avg price', 'last price', 'market value', 'currency'],
        s.positions.map((p) => [p.symbol, p.quantity, p.avg_price, p.last_price ?? '-', p.market_value ?? '-', p.currency]),
        [false, true, true, true, true, false],
      ).trimEnd(),
    );
  }
  lines.push('');
  lines.push(style.bold(`open orders (${s.orders.open} of ${s.orders.total})`));
  if (s.open_orders.length > 0) {
    lines.push(
      table(
        ['id', 'symbol', 'side', 'type', 'quantity', 'filled', 'limit', 'stop', 'status', 'tif'],
        s.open_orders.map((o) => [
          o.order_id,
          o.symbol,
          o.side,
          o.type,
          o.quantity,
          o.filled_quantity,
          o.limit_price ?? '-',
          o.stop_price ?? '-',
          o.status,
          o.time_in_force,
        ]),
        [false, false, false, false, true, true, true, true, false, false],
      ).trimEnd(),
    );
  }
  const statuses = Object.entries(s.orders.by_status)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  lines.push('');
  lines.push(`${label('orders')}${s.orders.total}${statuses ? ` (${statuses})` : ''}`);
  lines.push(`${label('fills')}${s.fills}`);
  lines.push(`${label('held orders')}${s.held_orders}`);
  const st = s.strategy_state;
  lines.push(`${label('strategy state')}${st === null ? 'none' : `${st.schema} v${st.schema_version}, ${st.bytes} bytes (canonical JSON)`}`);
  if (s.fingerprint !== null) lines.push(`${label('fingerprint')}code ${s.fingerprint.code.slice(0, 12)}…, config ${s.fingerprint.config.slice(0, 12)}…`);
  if (s.provenance !== null)
    lines.push(`${label('provenance')}from ${s.provenance.source_version} ${s.provenance.source_id} via ${s.provenance.steps.join(', ')}`);
  return lines.join('\n') + '\n';
}

export async function run(ctx: Context): Promise<number> {
  const { label, loaded } = await loadArg(ctx, ctx.positionals[0]!);
  const summary = summarize(label, loaded);
  if (flag(ctx.values, 'json')) ctx.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else ctx.stdout.write(renderSummary(safeDeep(summary), createStyle(colorWanted(ctx.stdout, ctx.env, flag(ctx.values, 'no-color') ? false : undefined))));
  return EXIT.OK;
}
