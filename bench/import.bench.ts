// Import throughput: loadCheckpoint(bytes) of a finbot ExecutionCheckpoint 1.0.0 file (detect, the source schema
// and rules, layout check, import into 4.0 with its legacy layer, 4.0 schema and rules) against loadCheckpoint of a
// native latest-format file of about the same size, measured in the same run. Ratio = native time / import time (higher is
// faster; 1.0 would mean importing costs no more than reading the format's own files).
//   node dist/bench/import.bench.js      this benchmark alone (npm run bench runs it with the others)
import { fileURLToPath } from 'node:url';
import { finbotText, loadCheckpoint, serializeCheckpoint, type Checkpoint } from '../src/index.js';
import { benchCheckpoint } from './documents.js';
import { formatTable, measureInterleaved, ratio, type Measurement, type MeasureOptions } from './harness.js';

export interface ImportRow {
  readonly name: string;
  readonly finbotBytes: number;
  readonly nativeBytes: number;
  readonly native: Measurement;
  readonly import: Measurement;
  /** native time / import time. */
  readonly importRatio: number;
}

/** A finbot file as its simulator writes it after `orders` filled market orders (one execution each) and a few pending. */
function finbotFile(orders: number): Buffer {
  const positions: Record<string, string> = {};
  const completed = [];
  for (let i = 0; i < orders; i++) {
    const symbol = `SYM${i % 97}`;
    const price = `${100 + (i % 50)}.${String(1000 + ((i * 37) % 9000)).slice(1)}${i % 3 === 0 ? '00' : ''}`;
    const time = `2026-03-02T${String(9 + Math.floor(i / 3600) % 8).padStart(2, '0')}:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.${String(100000 + i).slice(-6)}`;
    positions[symbol] = String(10 * (1 + Math.floor(i / 97)));
    completed.push({
      order_id: `ord-${i}`, symbol, side: 'buy', order_type: 'market', quantity: '10', created_at: time, status: 'filled',
      limit_price: null, submitted_at: time, filled_quantity: '10', avg_fill_price: price, total_commission: '0.0100',
      executions: [{ execution_id: `exec-${String(i).padStart(16, '0')}`, order_id: `ord-${i}`, timestamp: time, quantity: '10', price, commission: '0.0100', is_partial: false }],
      rejected_at: null, rejection_reason: null, rejection_message: null, cancelled_at: null,
    });
  }
  const value = {
    version: '1.0.0', simulator_id: 'sim-bench', checkpoint_timestamp: '2026-03-02T16:05:12.503117', cash: '95487.4990000', initial_cash: '100000',
    positions, pending_orders: [], completed_orders: completed, peak_value: '100000', daily_start_value: '100000', trading_enabled: true,
    slippage_bps: '5', commission_per_share: '0.001', latency_config_name: 'NORMAL',
    risk_config_data: { trading_enabled: true, position_limit: { max_shares: '1000', max_value: null }, drawdown_limit: { max_daily_drawdown_pct: '5', max_total_drawdown_pct: '20' } },
  };
  return Buffer.from(finbotText(value as Parameters<typeof finbotText>[0]), 'utf8');
}

/** A native 4.0 file of about `bytes` bytes (the benchmark corpus's shape, sized by its number of fills). */
function nativeFile(bytes: number): { doc: Checkpoint; file: Buffer } {
  let lo = 1;
  let hi = 1;
  const size = (fills: number) => Buffer.byteLength(serializeCheckpoint(benchCheckpoint({ positions: 20, fills, indicatorValues: 0 })));
  while (size(hi) < bytes) hi *= 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (size(mid) < bytes) lo = mid;
    else hi = mid;
  }
  const doc = benchCheckpoint({ positions: 20, fills: hi, indicatorValues: 0 });
  return { doc, file: Buffer.from(serializeCheckpoint(doc), 'utf8') };
}

export function runImportBench(sizes: readonly [string, number][] = [['small', 5], ['medium', 400], ['large', 4000]], options: MeasureOptions = {}): ImportRow[] {
  return sizes.map(([name, orders]) => {
    const finbot = finbotFile(orders);
    const native = nativeFile(finbot.length);
    if (loadCheckpoint(finbot).original.version !== 'finbot-execution-1.0.0') throw new Error(`${name}: the finbot bench file does not import`);
    const [n, i] = measureInterleaved(
      [
        { name: `${name}: loadCheckpoint(native latest-format bytes)`, fn: () => loadCheckpoint(native.file) },
        { name: `${name}: loadCheckpoint(finbot bytes)`, fn: () => loadCheckpoint(finbot) },
      ],
      options,
    ) as [Measurement, Measurement];
    return { name, finbotBytes: finbot.length, nativeBytes: native.file.length, native: n, import: i, importRatio: ratio(n, i) };
  });
}

export function formatImportRows(rows: readonly ImportRow[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return formatTable([
    ['doc', 'finbot file', 'native file', 'native load ms', 'import ms', 'ratio (native / import)'],
    ...rows.map((r) => [r.name, kb(r.finbotBytes), kb(r.nativeBytes), r.native.medianMs.toFixed(3), r.import.medianMs.toFixed(3), r.importRatio.toFixed(2)]),
  ]);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log('# Import: loadCheckpoint(finbot file) vs loadCheckpoint(native latest-format file of about the same size), same run');
  console.log(formatImportRows(runImportBench()));
}
