// Conformance vectors for the finbot ExecutionCheckpoint 1.0.0 source format (spec/vectors/finbot.json, category
// "source"): finbot values checked by its frozen schema and rules; finbot files (bytes) imported into the latest
// format; 4.0 documents exported back to finbot's bytes, with the loss report. As in generate.mjs, every case
// states its expectation by hand and the library only computes the bulky values (outputs, ids, loss reports).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT = 'finbot-execution-1.0.0';
const here = dirname(fileURLToPath(import.meta.url));
const clone = (v) => structuredClone(v);
const hexOf = (text) => Buffer.from(text, 'utf8').toString('hex');

function execution(id, order, time, quantity, price, commission) {
  return { execution_id: id, order_id: order, timestamp: time, quantity, price, commission, is_partial: false };
}

function order(fields) {
  return {
    order_id: 'ord-1', symbol: 'SPY', side: 'buy', order_type: 'market', quantity: '10', created_at: '2026-03-02T09:30:00',
    status: 'submitted', limit_price: null, submitted_at: '2026-03-02T09:30:00', filled_quantity: '0', avg_fill_price: '0',
    total_commission: '0', executions: [], rejected_at: null, rejection_reason: null, rejection_message: null, cancelled_at: null,
    ...fields,
  };
}

/** A small, fully consistent finbot checkpoint as finbot's create_checkpoint writes it (with a risk checker). */
const BASE = {
  version: '1.0.0',
  simulator_id: 'sim-3f2a9c1d',
  checkpoint_timestamp: '2026-03-02T16:05:12.503117',
  cash: '95487.4990000',
  initial_cash: '100000',
  positions: { SPY: '10', AAPL: '0' },
  pending_orders: [order({ order_id: 'ord-3', symbol: 'AAPL', order_type: 'limit', quantity: '5', limit_price: '170.50', created_at: '2026-03-02T10:00:00', submitted_at: '2026-03-02T10:00:00' })],
  completed_orders: [
    order({ status: 'filled', filled_quantity: '10', avg_fill_price: '451.250100', total_commission: '0.0100', executions: [execution('exec-5b8e0c7d2a9f4e11', 'ord-1', '2026-03-02T09:30:00.250000', '10', '451.250100', '0.0100')] }),
    order({ order_id: 'ord-2', symbol: 'AAPL', quantity: '0', status: 'rejected', submitted_at: null, rejected_at: '2026-03-02T09:45:00', rejection_reason: 'invalid_quantity', rejection_message: 'Order quantity must be positive, got 0' }),
  ],
  peak_value: '100000',
  daily_start_value: '100000',
  trading_enabled: true,
  slippage_bps: '5',
  commission_per_share: '0.001',
  latency_config_name: 'INSTANT',
  risk_config_data: {
    trading_enabled: true,
    position_limit: { max_shares: '1000', max_value: null },
    exposure_limit: { max_gross_exposure_pct: '100', max_net_exposure_pct: '100' },
    drawdown_limit: { max_daily_drawdown_pct: '5', max_total_drawdown_pct: '20' },
  },
};

function codes(list) {
  return [...new Set((list ?? []).map((w) => w.code))].sort();
}

export function finbotVectors(b) {
  const lib = b.lib;
  b.file('finbot.json', 'source', 'finbot ExecutionCheckpoint 1.0.0: values checked, files imported and exported.');
  const edit = (fn) => {
    const d = clone(BASE);
    fn(d);
    return d;
  };

  // ---- validity: finbot values against the frozen schema, the spelling rules (errors) and consistency (warnings)
  b.group('finbot values: schema, spelling rules and consistency warnings', { format: FORMAT });
  const validity = (description, document, schemaValid, error, warnings = [], comment) => {
    if (lib.isFinbotSchemaValid(document) !== schemaValid) throw new Error(`vector "${description}": schema verdict is not ${schemaValid}`);
    const r = lib.checkCheckpoint(document);
    const got = r.valid ? null : r.errors[0].code;
    if (got !== error) throw new Error(`vector "${description}": expected ${error}, got ${got} ${JSON.stringify(r.errors[0])}`);
    if (JSON.stringify(codes(r.warnings)) !== JSON.stringify(warnings)) throw new Error(`vector "${description}": warnings ${JSON.stringify(codes(r.warnings))}`);
    b.push({ kind: 'validity', description, ...(comment && { comment }), document, schema_valid: schemaValid, error, warnings });
  };
  validity('is valid: a checkpoint as create_checkpoint writes it', BASE, true, null);
  validity('is valid: no risk checker (three nulls, trading enabled)', edit((d) => Object.assign(d, { peak_value: null, daily_start_value: null, risk_config_data: null })), true, null);
  validity('is valid: a risk config with no limits configured', edit((d) => (d.risk_config_data = { trading_enabled: false })), true, null);
  validity('is valid: exponent spellings 1E+2, 0E-8, -0 and 1E-7', edit((d) => Object.assign(d, { cash: '1E+5', commission_per_share: '0E-8', positions: { SPY: '-0', AAPL: '1E-7' } })), true, null);
  validity('is valid: 28-digit avg_fill_price of two executions', edit((d) => {
    const o = d.completed_orders[0];
    o.executions = [execution('e1', 'ord-1', '2026-03-02T09:30:00', '3', '100', '0'), execution('e2', 'ord-1', '2026-03-02T09:31:00', '4', '100.0625', '0')];
    Object.assign(o, { quantity: '7', filled_quantity: '7', avg_fill_price: '100.0357142857142857142857143', total_commission: '0' });
  }), true, null);
  validity('is valid: order times with offsets +05:30 and +01:00:03', edit((d) => Object.assign(d.pending_orders[0], { created_at: '2026-03-02T10:00:00+05:30', submitted_at: '2026-03-02T10:00:00+01:00:03' })), true, null);
  validity('is valid: a stop order (finbot keeps no stop price)', edit((d) => (d.pending_orders[0].order_type = 'stop')), true, null);
  validity('is valid: a rejected order keeps the quantity -5', edit((d) => (d.completed_orders[1].quantity = '-5')), true, null);
  validity('warns: a filled order with no executions (finbot\'s tests write them)', edit((d) => Object.assign(d.completed_orders[0], { executions: [] })), true, null, ['W_SOURCE_SEMANTIC']);
  validity('warns: avg_fill_price not the 28-digit quotient', edit((d) => (d.completed_orders[0].avg_fill_price = '451.2502')), true, null, ['W_SOURCE_SEMANTIC']);
  validity('warns: peak_value set without a risk config', edit((d) => (d.risk_config_data = null)), true, null, ['W_SOURCE_SEMANTIC']);
  validity('warns: an order id twice in pending_orders', edit((d) => d.pending_orders.push(clone(d.pending_orders[0]))), true, null, ['W_SOURCE_SEMANTIC']);
  validity('is invalid: a member is missing (latency_config_name)', edit((d) => delete d.latency_config_name), false, 'E_SCHEMA');
  validity('is invalid: a member finbot never writes', edit((d) => (d.strategy = 'sma')), false, 'E_SCHEMA');
  validity('is invalid: a lower-case exponent 1e+2 is not str(Decimal)', edit((d) => (d.cash = '1e+2')), false, 'E_SCHEMA');
  validity('is invalid: a leading zero 01.5', edit((d) => (d.cash = '01.5')), false, 'E_SCHEMA');
  validity('is invalid: an amount as a JSON number', edit((d) => (d.cash = 100)), false, 'E_SCHEMA');
  validity('is invalid: 9.1239E+3 (Python writes 9123.9): rule F1', edit((d) => (d.cash = '9.1239E+3')), true, 'E_SEMANTIC');
  validity('is invalid: 1.50E+2 (Python writes 150): rule F1', edit((d) => (d.cash = '1.50E+2')), true, 'E_SEMANTIC');
  validity('is valid: 1.5E+3 (its exponent 3 exceeds its 1 fraction digit)', edit((d) => (d.cash = '1.5E+3')), true, null);
  validity('is invalid: February 30th', edit((d) => (d.checkpoint_timestamp = '2026-02-30T16:05:12')), true, 'E_SEMANTIC');
  validity('is invalid: the offset -00:00 (Python writes +00:00)', edit((d) => (d.pending_orders[0].created_at = '2026-03-02T10:00:00-00:00')), true, 'E_SEMANTIC');
  validity('is invalid: a zero fraction .000000 (isoformat omits it)', edit((d) => (d.checkpoint_timestamp = '2026-03-02T16:05:12.000000')), false, 'E_SCHEMA');
  validity('is invalid: a Z suffix (isoformat writes +00:00)', edit((d) => (d.checkpoint_timestamp = '2026-03-02T16:05:12Z')), false, 'E_SCHEMA');
  validity('is invalid: nanoseconds (a pandas Timestamp)', edit((d) => (d.checkpoint_timestamp = '2026-03-02T16:05:12.503117250')), false, 'E_SCHEMA');
  validity('is invalid: a latency profile finbot does not name', edit((d) => (d.latency_config_name = 'CUSTOM')), false, 'E_SCHEMA');
  validity('is invalid: a limit written as null (finbot omits it)', edit((d) => (d.risk_config_data.position_limit = null)), false, 'E_SCHEMA');
  validity('is invalid: an exposure limit of null (never written)', edit((d) => (d.risk_config_data.exposure_limit.max_net_exposure_pct = null)), false, 'E_SCHEMA');
  validity('is invalid: a rejection reason finbot does not have', edit((d) => (d.completed_orders[1].rejection_reason = 'halted')), false, 'E_SCHEMA');
  validity('refuses: version 0.9.0 of finbot\'s checkpoint (E_SOURCE_VERSION)', edit((d) => (d.version = '0.9.0')), false, 'E_SOURCE_VERSION');

  // ---- import: finbot's bytes into the latest format
  b.group('finbot files imported into format 4.0', { format: FORMAT });
  const text = lib.finbotText(BASE);
  const imports = (description, fileText, expect, options = {}) => {
    const zone = options.zone;
    const r = b.codeOf(() => lib.loadCheckpoint(Buffer.from(fileText, 'utf8'), zone ? { zone } : {}));
    const error = r.code ?? null;
    if (error !== expect.error) throw new Error(`vector "${description}": expected ${expect.error}, got ${error} ${r.error?.message ?? ''}`);
    const warnings = r.ok ? codes(r.ok.warnings) : [];
    if (JSON.stringify(warnings) !== JSON.stringify(expect.warnings ?? [])) throw new Error(`vector "${description}": warnings ${JSON.stringify(warnings)}`);
    if (expect.id !== undefined && r.ok.id !== expect.id) throw new Error(`vector "${description}": id ${r.ok.id} is not ${expect.id}`);
    b.push({
      kind: 'import',
      description,
      ...(options.comment && { comment: options.comment }),
      hex: hexOf(fileText),
      ...(zone && { zone }),
      error,
      ...(r.ok && { output: r.ok.checkpoint, id: r.ok.id }),
      warnings,
    });
    return r.ok;
  };
  const base = imports('imports a checkpoint file as finbot writes it', text, { error: null });
  imports('imports the same file with CRLF line ends to the same id', lib.finbotText(BASE, { newline: '\r\n' }), { error: null, id: base.id });
  imports('imports a file laid out by another tool to the same id, with a warning', JSON.stringify(BASE), { error: null, id: base.id, warnings: ['W_SOURCE_LAYOUT'] });
  const berlin = imports('reads naive times in the zone named (Europe/Berlin): another id', text, { error: null }, { zone: 'Europe/Berlin' });
  if (berlin.id === base.id) throw new Error('zone vector: same id');
  imports('keeps positions in file order (AAPL before SPY is not sorted)', lib.finbotText(BASE, { positionsOrder: ['SPY', 'AAPL'] }), { error: null });
  imports('imports a stop order and a negative quantity (kept by the legacy layer)', lib.finbotText(edit((d) => { d.pending_orders[0].order_type = 'stop'; d.completed_orders[1].quantity = '-5'; })), { error: null });
  imports('imports exponent spellings and keeps them', lib.finbotText(edit((d) => Object.assign(d, { cash: '1E+5', commission_per_share: '0E-8', positions: { SPY: '-0', AAPL: '1E-7' } }))), { error: null });
  imports('imports non-ASCII text written as \\u escapes', lib.finbotText(edit((d) => { d.simulator_id = 'paper-\u00b5-1'; d.completed_orders[1].rejection_message = 'Ordre refus\u00e9e \u{1F6D1}\n'; })), { error: null });
  imports('warns on a filled order without executions', lib.finbotText(edit((d) => (d.completed_orders[0].executions = []))), { error: null, warnings: ['W_SOURCE_SEMANTIC'] });
  imports('refuses a torn file (a crash during json.dump)', text.slice(0, 700), { error: 'E_PARSE' });
  imports('refuses an empty file (open("w") truncated it)', '', { error: 'E_PARSE' });
  imports('refuses a lone surrogate, which Python writes as \\udc80', text.replace('"Order quantity must be positive, got 0"', '"bad \\udc80 byte"'), { error: 'E_STRING' });
  imports('refuses rule F1 with its own pointer', lib.finbotText(edit((d) => (d.cash = '9.1239E+3'))), { error: 'E_SEMANTIC' });
  imports('refuses another version of finbot\'s checkpoint', lib.finbotText(edit((d) => (d.version = '1.1.0'))), { error: 'E_SOURCE_VERSION' });
  for (const [folder, name, what] of [
    ['sample/sim-4540f426', null, 'exotic decimals'],
    ['sample/paper-\u00b5-1', 'latest.json', 'unicode'],
  ]) {
    const dir = join(here, '..', '..', 'tests', 'fixtures', 'finbot', folder);
    const file = name ?? JSON.parse(readFileSync(join(here, '..', '..', 'tests', 'fixtures', 'finbot', 'sample.manifest.json'), 'utf8')).simulators.find((s) => `sample/${s.folder}` === folder).files[0];
    const bytes = readFileSync(join(dir, file), 'latin1');
    const r = lib.loadCheckpoint(Buffer.from(bytes, 'latin1'));
    imports(`imports a generated file (${what}, ${folder.split('/')[1]})`, bytes, { error: null, warnings: codes(r.warnings) });
  }

  // ---- export: 4.0 documents to finbot's bytes
  b.group('format 4.0 documents exported to finbot', { format: FORMAT });
  const exports = (description, input, allowLoss, expectError, comment) => {
    const r = b.codeOf(() => lib.exportFinbot(input, { allowLoss }));
    const error = r.code ?? null;
    if (error !== expectError) throw new Error(`vector "${description}": expected ${expectError}, got ${error} ${r.error?.message ?? ''}`);
    const loss = r.ok ? r.ok.loss : lib.exportFinbot(input, { allowLoss: true }).loss;
    b.push({ kind: 'export', description, ...(comment && { comment }), input, allow_loss: allowLoss, error, ...(r.ok && { output_hex: hexOf(r.ok.text) }), loss });
    return r.ok;
  };
  const back = exports('gives back the bytes of an imported file', base.checkpoint, false, null);
  if (back.text !== text) throw new Error('export vector: bytes differ');
  const crlf = lib.loadCheckpoint(Buffer.from(lib.finbotText(BASE, { newline: '\r\n' }))).checkpoint;
  exports('gives back CRLF line ends (provenance source_layout)', crlf, false, null);
  exports('gives back naive local times of a zone import', berlin.checkpoint, false, null);
  const native = JSON.parse(readFileSync(join(here, '..', 'examples', 'v4.json'), 'utf8'));
  exports('refuses a native 4.0 checkpoint without allow_loss', native, false, 'E_DOWNGRADE_LOSS');
  exports('exports a native 4.0 checkpoint with a loss report', native, true, null);
}
