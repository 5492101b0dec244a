// finbot ExecutionCheckpoint 1.0.0 across languages: generated finbot folders (tests/fixtures/finbot/generate.py,
// several seeds, LF and CRLF, plus the committed samples) are imported by this library and by the Python package
// (python/state_checkpoint), and both must agree byte for byte: the same id, the same canonical 4.0 file
// (provenance included), the same warnings (codes and pointers), and the same export, which is the file's own bytes.
// Torn and empty files must fail with the same code on both sides.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCheckpoint, CheckpointRegistry, serializeCheckpoint } from '../../src/index.js';
import { importFinbotFolder } from '../../src/sources/finbot/folder.js';
import { completeFiles, filesOf, FIXTURES, generate, type GeneratedFile } from '../finbot/helpers.js';
import { FINBOT, tsFinbotLoad } from './finbot-ts.js';
import { PYTHON, PyWorker } from './python.js';

const SEEDS = (process.env.CKPT_INTEROP_FINBOT_SEEDS ?? '11,12,13').split(',').map(Number);

const workers: PyWorker[] = [];
beforeAll(() => {
  if (PYTHON) workers.push(new PyWorker(PYTHON), new PyWorker(PYTHON));
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
});

function folders(): string[] {
  return [
    join(FIXTURES, 'sample'),
    join(FIXTURES, 'sample-crlf'),
    ...SEEDS.map((seed, i) => generate(seed, { simulators: 10, checkpoints: 4, newline: i % 2 === 1 ? 'crlf' : 'lf' })),
  ];
}

function compare(file: GeneratedFile, answer: Record<string, unknown>): string | undefined {
  const ts = tsFinbotLoad(file.bytes);
  const expected = ts.ok
    ? { ok: true, id: ts.id, file: serializeCheckpoint(ts.checkpoint), warnings: ts.warnings, export: ts.export }
    : { ok: false, code: ts.code };
  const warnings = ((answer.warnings as { code: string; pointer?: string }[] | undefined) ?? []).map((w) => `${w.code} ${w.pointer ?? ''}`);
  const got = answer.ok ? { ok: true, id: answer.id, file: answer.file, warnings, export: answer.export } : { ok: false, code: answer.code };
  if (JSON.stringify(expected) === JSON.stringify(got)) return undefined;
  // Ids differ whenever anything else does: mask them, so the first difference shown is the cause.
  const mask = (x: object) => JSON.stringify({ ...x, id: undefined }).replaceAll(String((x as { id?: string }).id), '<id>');
  const a = mask(expected);
  const b = mask(got);
  // The first place the two answers differ, with some context: whole documents would drown it.
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 300);
  return `${file.folder}/${file.name} (answers differ at character ${at})\n  typescript: …${a.slice(from, at + 300)}\n  python:     …${b.slice(from, at + 300)}`;
}

describe.skipIf(!PYTHON)(`TypeScript and Python import finbot ${FINBOT} files alike (${PYTHON ?? 'no python'})`, () => {
  it('every generated file: the same id, latest-format file, warnings and export (the original bytes); torn files the same error', async () => {
    const files = folders().flatMap((root) => filesOf(root));
    expect(files.length).toBeGreaterThan(40 * SEEDS.length);
    const answers = await Promise.all(files.map((f, i) => workers[i % workers.length]!.request('finbot_load', { path: f.path })));
    const problems = files.map((f, i) => compare(f, answers[i]!)).filter((p): p is string => p !== undefined);
    expect({ count: problems.length, first: problems.slice(0, 3) }).toEqual({ count: 0, first: [] });
    // Import → export gives the bytes back on both sides (compare() checked that both exports agree).
    const complete = new Set(folders().slice(0, 2).flatMap((root) => completeFiles(root)).map((f) => f.path));
    for (const [i, f] of files.entries()) {
      if (complete.has(f.path)) expect(answers[i]!.export, f.path).toBe(readFileSync(f.path, 'latin1'));
    }
  }, 600_000);
});

describe.skipIf(!PYTHON)('ckpt import and Registry.import_finbot agree', () => {
  it('the same folder imported by each side: the same files imported, twins, skips and chained ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'finbot-interop-'));
    try {
      for (const root of [join(FIXTURES, 'sample'), generate(SEEDS[0]!, { simulators: 10, checkpoints: 4 })]) {
        const runs = await importFinbotFolder(root, new CheckpointRegistry(join(dir, 'ts')));
        const ts = runs.flatMap((r) =>
          r.files.map((f) => {
            const o = f.outcome;
            return {
              path: f.path,
              kind: o.kind,
              id: o.kind === 'imported' ? o.id : null,
              sequence: o.kind === 'imported' ? o.sequence : null,
              of: o.kind === 'twin' ? o.of : null,
              damaged: o.kind === 'skipped' ? o.damaged : false,
              code: o.kind === 'failed' ? o.error.code : null,
            };
          }),
        );
        const answer = await workers[0]!.request('finbot_import_folder', { root, registry: join(dir, 'py') });
        expect(answer.ok, JSON.stringify(answer)).toBe(true);
        expect(answer.files).toEqual(ts);
        expect(ts.filter((f) => f.kind === 'imported').length).toBeGreaterThan(10);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

/** Ways to break a finbot file: each either a rule or schema error, or a warning, with a place both sides name. */
const BREAKS: readonly [string, (d: Record<string, any>) => void][] = [
  ['F1: an exponent Python never writes', (d) => (d.cash = '9.1239E+3')],
  ['a day that does not exist', (d) => (d.checkpoint_timestamp = '2026-02-29T10:00:00')],
  ['offset -00:00', (d) => { if (d.pending_orders[0]) d.pending_orders[0].created_at = '2026-07-21T09:30:00-00:00'; else d.checkpoint_timestamp = '2026-07-21T09:30:00-00:00'; }],
  ['a missing member', (d) => delete d.latency_config_name],
  ['a number for an amount', (d) => (d.initial_cash = 100000)],
  ['an unknown member', (d) => (d.extra = true)],
  ['another finbot version', (d) => (d.version = '0.9.0')],
  ['risk state without a risk config', (d) => { d.peak_value = '100'; d.daily_start_value = null; d.risk_config_data = null; }],
  ['an execution of another order', (d) => { const o = d.completed_orders.find((x: any) => x.executions.length > 0); if (o) o.executions[0].order_id = 'other'; }],
  ['a duplicate order id', (d) => { if (d.pending_orders.length > 1) d.pending_orders[1].order_id = d.pending_orders[0].order_id; }],
];

describe.skipIf(!PYTHON)('check() of broken finbot files: the same codes, pointers and warnings', () => {
  it('every break of every sample file', async () => {
    const files = completeFiles(join(FIXTURES, 'sample')).filter((f) => !f.name.startsWith('latest'));
    const cases = files.flatMap((f) => BREAKS.map(([what, brk]) => {
      const d = JSON.parse(f.bytes.toString('utf8')) as Record<string, any>;
      brk(d);
      return { what: `${f.folder}/${f.name}: ${what}`, text: JSON.stringify(d, null, 2) };
    }));
    const answers = await Promise.all(cases.map((c, i) => workers[i % workers.length]!.request('check', { text: c.text })));
    const pick = (list: readonly { code: string; pointer?: string | null }[] | undefined) => (list ?? []).map((e) => `${e.code} ${e.pointer ?? ''}`);
    const problems: string[] = [];
    cases.forEach((c, i) => {
      const ts = checkCheckpoint(c.text);
      const a = answers[i]!;
      const expected = { valid: ts.valid, version: ts.version, id: ts.id, errors: pick(ts.errors), warnings: pick(ts.warnings) };
      const got = { valid: a.valid, version: a.version, id: a.id ?? undefined, errors: pick(a.errors as never), warnings: pick(a.warnings as never) };
      if (JSON.stringify(expected) !== JSON.stringify(got)) problems.push(`${c.what}\n  typescript: ${JSON.stringify(expected)}\n  python: ${JSON.stringify(got)}`);
    });
    expect({ count: problems.length, first: problems.slice(0, 3) }).toEqual({ count: 0, first: [] });
  }, 600_000);
});
