// ckpt diff: what changed between two checkpoints (files, stdin or registry ids): header, cash, positions,
// orders added, filled, cancelled or removed, fills, strategy-state paths and any other change. Exit status
// like diff(1): 0 same content, 1 different, 2 trouble.
import type { CommandSpec, Context } from '../command.js';
import { flag } from '../command.js';
import { loadArg } from '../checkpoint-arg.js';
import { compare, type CheckpointDiff } from '../compare.js';
import { EXIT } from '../errors.js';
import { assertOneStdin } from '../input.js';
import { REGISTRY_OPTION } from '../registry.js';
import { reportError } from '../report-error.js';
import { colorWanted, createStyle, type Style } from '../style.js';
import { safeDeep } from '../safe-text.js';
import type { OrderRow } from '../summary.js';
import { CheckpointError } from '../../errors/index.js';

export const spec: CommandSpec = {
  usage: 'A B [--json] [--registry DIR]',
  description: [
    'Compares two checkpoints (files, "-" for one of them, or registry ids) after loading both in the newest',
    'format: run, sequence and time; cash and equity per currency with the change; positions opened, closed or',
    'resized; orders added, removed, filled, partially filled or cancelled; fills added; the JSON pointers of',
    'strategy-state values that changed; and the pointers of any other change (engine state, metadata).',
    'created_at and provenance are not content and are never reported.',
  ].join('\n'),
  options: {
    json: { type: 'boolean', description: 'print the same as JSON data' },
    ...REGISTRY_OPTION,
    'no-color': { type: 'boolean', description: 'never colour the output' },
  },
  positionals: { min: 2, max: 2, missing: 'give two checkpoints to compare: ckpt diff A B' },
  examples: [
    ['ckpt diff yesterday.json today.json', 'what the day changed'],
    ['ckpt diff --json a.json b.json | jq .orders.changed', 'order changes as data'],
    ['ckpt diff 4f0a9c1e 7b22d0aa', 'two registry checkpoints by id prefix'],
  ],
  exit: '0 same content, 1 the checkpoints differ, 2 usage error, unreadable or invalid input, or unknown id.',
};

function order(o: OrderRow): string {
  const price = o.limit_price ?? o.stop_price;
  return `${o.order_id}  ${o.side} ${o.quantity} ${o.symbol} ${o.type}${price !== null ? ` @ ${price}` : ''}  ${o.status}`;
}

export function renderDiff(d: CheckpointDiff, style: Style): string {
  const plus = (s: string): string => style.green(`+ ${s}`);
  const minus = (s: string): string => style.red(`- ${s}`);
  const tilde = (s: string): string => style.yellow(`~ ${s}`);
  const out: string[] = [];
  out.push(style.bold(`a  ${d.a.source}  ${d.a.run_id} #${d.a.sequence}  ${d.a.timestamp}  ${d.a.id}`));
  out.push(style.bold(`b  ${d.b.source}  ${d.b.run_id} #${d.b.sequence}  ${d.b.timestamp}  ${d.b.id}`));
  if (d.identical) {
    out.push('', 'identical content (same id)');
    return out.join('\n') + '\n';
  }
  for (const h of d.header) out.push(`${h.field.padEnd(12)}${JSON.stringify(h.a)} → ${JSON.stringify(h.b)}`);
  const money = (title: string, list: CheckpointDiff['cash']): void => {
    if (list.length === 0) return;
    out.push('', style.bold(title));
    for (const c of list) out.push(`  ${c.currency.padEnd(6)}${c.a ?? '-'} → ${c.b ?? '-'} (${c.change})`);
  };
  money('cash', d.cash);
  money('equity', d.equity);
  if (d.positions.length > 0) {
    out.push('', style.bold('positions'));
    for (const p of d.positions) {
      if (p.change === 'opened') out.push('  ' + plus(`${p.symbol}  ${p.b!.quantity} @ ${p.b!.avg_price} ${p.b!.currency}  (opened)`));
      else if (p.change === 'closed') out.push('  ' + minus(`${p.symbol}  ${p.a!.quantity} @ ${p.a!.avg_price} ${p.a!.currency}  (closed)`));
      else {
        const parts = [];
        if (p.a!.quantity !== p.b!.quantity) parts.push(`quantity ${p.a!.quantity} → ${p.b!.quantity} (${p.quantity_change})`);
        if (p.a!.avg_price !== p.b!.avg_price) parts.push(`avg price ${p.a!.avg_price} → ${p.b!.avg_price}`);
        if (p.a!.last_price !== p.b!.last_price) parts.push(`last price ${p.a!.last_price ?? '-'} → ${p.b!.last_price ?? '-'}`);
        if (p.a!.currency !== p.b!.currency) parts.push(`currency ${p.a!.currency} → ${p.b!.currency}`);
        out.push('  ' + tilde(`${p.symbol}  ${parts.join(', ')}`));
      }
    }
  }
  const o = d.orders;
  if (o.added.length + o.removed.length + o.changed.length > 0) {
    out.push('', style.bold('orders'));
    for (const x of o.added) out.push('  ' + plus(`${order(x)}  (added)`));
    for (const x of o.changed) {
      const filled = x.a.filled_quantity !== x.b.filled_quantity ? `, filled ${x.a.filled_quantity} → ${x.b.filled_quantity}` : '';
      const status = x.a.status !== x.b.status ? `${x.a.status} → ${x.b.status}` : `changed ${x.fields.join(', ')}`;
      out.push('  ' + tilde(`${x.order_id}  ${x.b.side} ${x.b.quantity} ${x.b.symbol}: ${status}${filled}  (${x.event})`));
    }
    for (const x of o.removed) out.push('  ' + minus(`${order(x)}  (removed)`));
  }
  if (d.fills.a !== d.fills.b || d.fills.added.length + d.fills.removed.length > 0) {
    const parts = [`${d.fills.a} → ${d.fills.b}`];
    if (d.fills.added.length > 0) parts.push(`${d.fills.added.length} added`);
    if (d.fills.removed.length > 0) parts.push(`${d.fills.removed.length} no longer listed`);
    out.push('', `${style.bold('fills')}  ${parts.join(', ')}`);
  }
  if (d.held_orders.added.length + d.held_orders.removed.length > 0) {
    out.push(
      '',
      `${style.bold('held orders')}  ${d.held_orders.added
        .map((x) => `+${x}`)
        .concat(d.held_orders.removed.map((x) => `-${x}`))
        .join(' ')}`,
    );
  }
  const list = (title: string, paths: readonly string[]): void => {
    if (paths.length === 0) return;
    out.push('', style.bold(`${title} (${paths.length} path${paths.length === 1 ? '' : 's'} changed)`));
    for (const p of paths.slice(0, 40)) out.push(`  ${tilde(p)}`);
    if (paths.length > 40) out.push(`  … and ${paths.length - 40} more (use --json for all)`);
  };
  list('strategy state', d.strategy_state.changed);
  list('other', d.other);
  return out.join('\n') + '\n';
}

export async function run(ctx: Context): Promise<number> {
  assertOneStdin(ctx.positionals);
  let a, b;
  try {
    a = await loadArg(ctx, ctx.positionals[0]!);
    b = await loadArg(ctx, ctx.positionals[1]!);
  } catch (e) {
    // Like diff(1): trouble with an input is exit 2, even when the trouble is an invalid checkpoint.
    if (e instanceof CheckpointError) {
      reportError('diff', e, ctx);
      return EXIT.TROUBLE;
    }
    throw e;
  }
  const d = compare(a.label, a.loaded, b.label, b.loaded);
  if (flag(ctx.values, 'json')) ctx.stdout.write(JSON.stringify(d, null, 2) + '\n');
  else ctx.stdout.write(renderDiff(safeDeep(d), createStyle(colorWanted(ctx.stdout, ctx.env, flag(ctx.values, 'no-color') ? false : undefined))));
  return d.identical ? EXIT.OK : EXIT.INVALID;
}
