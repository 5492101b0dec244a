// Cross-language properties: the Python package (python/state_checkpoint) and this library read, write and migrate
// the same documents the same way. Documents come from the fast-check arbitraries of every format version; each
// crosses to one long-lived Python process, and both sides must agree byte for byte:
//   - TypeScript writes, Python loads: same id, same original version and id, same steps, same canonical file of
//     the (upgraded) checkpoint, from canonical and from pretty text alike;
//   - Python creates, TypeScript loads: the same id and the same file bytes as createCheckpoint;
//   - downgrades: the same documents and loss reports; check: the same codes and pointers.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyDocument, documentOf, latestDocument } from '../arbitraries/documents.js';
import { checkCheckpoint, createCheckpoint, downgrade, FORMAT_VERSIONS, LATEST_VERSION_STRING, loadCheckpoint, serializeCheckpoint, type CheckpointState } from '../../src/index.js';
import { canonicalString } from '../../src/canonical/index.js';
import { checkpointId } from '../../src/format/index.js';
import { PYTHON, PyWorker } from './python.js';

/** Documents per format version (CKPT_INTEROP_RUNS overrides; CI uses the default). */
const RUNS = Number(process.env.CKPT_INTEROP_RUNS ?? 1000);
const SEED = Number(process.env.CKPT_INTEROP_SEED ?? 20_241_204);

const workers: PyWorker[] = [];
/** Two workers, so Python's share of the work uses both cores; requests alternate between them. */
function py(i: number): PyWorker {
  return workers[i % workers.length]!;
}

beforeAll(() => {
  if (PYTHON) workers.push(new PyWorker(PYTHON), new PyWorker(PYTHON));
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.close()));
});

function sample<T>(arb: fc.Arbitrary<T>, seed: number, n = RUNS): T[] {
  return fc.sample(arb, { numRuns: n, seed });
}

/** A compact record of a disagreement: the document that shows it, and both answers. */
function mismatch(what: string, doc: unknown, ts: unknown, python: unknown): string {
  return `${what}\n  document: ${JSON.stringify(doc)}\n  typescript: ${JSON.stringify(ts)}\n  python: ${JSON.stringify(python)}`;
}

function tsLoad(text: string) {
  const r = loadCheckpoint(text);
  return { ok: true, id: r.id, original: r.original, steps: r.steps, file: serializeCheckpoint(r.checkpoint) };
}

describe.skipIf(!PYTHON)(`TypeScript and Python agree (${RUNS} documents per version, ${PYTHON ?? 'no python'})`, () => {
  // Every version of the table, so a new version is compared the moment it is added.
  for (const [version, arb, seed] of FORMAT_VERSIONS.map((f, k) => [f.version, documentOf(f.version), SEED + 1 + k] as const)) {
    it(`TypeScript writes ${version}, Python loads it: same id, steps and upgraded file, byte for byte`, async () => {
      const docs = sample(arb as fc.Arbitrary<object>, seed);
      const texts = docs.map((d, i) => (i % 4 === 3 ? JSON.stringify(d, null, 2) : serializeCheckpoint(d)));
      const answers = await Promise.all(texts.map((text, i) => py(i).request('load', { text })));
      const problems: string[] = [];
      answers.forEach((answer, i) => {
        const ts = tsLoad(texts[i]!);
        const { ok, id, original, steps, file } = answer;
        if (!ok || id !== ts.id || file !== ts.file || JSON.stringify(original) !== JSON.stringify(ts.original) || JSON.stringify(steps) !== JSON.stringify(ts.steps)) {
          problems.push(mismatch('load', docs[i], ts, { ok, id, original, steps, file, code: answer.code, message: answer.message }));
        }
      });
      expect(problems.slice(0, 3)).toEqual([]);
    }, 600_000);
  }

  it(`Python creates ${LATEST_VERSION_STRING} checkpoints, TypeScript loads them: the same ids and file bytes as createCheckpoint`, async () => {
    const states = sample(latestDocument, SEED + 4).map((d) => {
      const { checkpoint_id: _i, version: _v, created_at, provenance: _p, legacy: _l, ...state } = d as unknown as Record<string, unknown>;
      return { state: state as unknown as CheckpointState, createdAt: created_at as string };
    });
    const answers = await Promise.all(states.map(({ state, createdAt }, i) => py(i).request('create', { state, created_at: createdAt })));
    const problems: string[] = [];
    answers.forEach((answer, i) => {
      const { state, createdAt } = states[i]!;
      const made = createCheckpoint(state, { createdAt });
      const file = answer.file as string;
      if (!answer.ok || file !== serializeCheckpoint(made) || answer.id !== made.checkpoint_id || loadCheckpoint(file).id !== made.checkpoint_id) {
        problems.push(mismatch('create', state, serializeCheckpoint(made), answer));
      }
    });
    expect(problems.slice(0, 3)).toEqual([]);
  }, 600_000);

  it('downgrades to every older version give the same documents and loss reports', async () => {
    const docs = sample(fc.oneof(...FORMAT_VERSIONS.slice(1).map((f) => documentOf(f.version))) as unknown as fc.Arbitrary<Record<string, unknown>>, SEED + 5, Math.ceil(RUNS / 2));
    const jobs = docs.flatMap((doc) => {
      const major = Number(String(doc.version)[0]);
      return Array.from({ length: major - 1 }, (_, k) => ({ doc, to: k + 1 }));
    });
    const answers = await Promise.all(jobs.map(({ doc, to }, i) => py(i).request('downgrade', { text: serializeCheckpoint(doc), to, allow_loss: true })));
    const problems: string[] = [];
    answers.forEach((answer, i) => {
      const { doc, to } = jobs[i]!;
      const ts = downgrade(doc, { to, allowLoss: true });
      const expected = { file: serializeCheckpoint(ts.document), steps: ts.steps, loss: canonicalString(ts.loss) };
      const got = { file: answer.file, steps: answer.steps, loss: answer.ok ? canonicalString(answer.loss as object) : answer };
      if (JSON.stringify(expected) !== JSON.stringify(got)) problems.push(mismatch(`downgrade to major ${to}`, doc, expected, got));
    });
    expect(problems.slice(0, 3)).toEqual([]);
  }, 600_000);

  it('check reports the same codes and pointers for broken documents (semantic rules and ids exactly)', async () => {
    // Breaks a valid document in ways the schema allows (so the semantic rules and the id check answer), or
    // in a way it does not (then only the verdict and the first code are compared: SPEC leaves schema pointers open).
    const broken = fc
      .tuple(anyDocument as unknown as fc.Arbitrary<Record<string, unknown>>, fc.nat(5), fc.nat(1000))
      .map(([doc, how, n]) => {
        const d = structuredClone(doc) as Record<string, any>;
        const orders = d.version === '1.0' ? d.order_state.pending_orders : d.order_state.orders;
        const fills = d.version === '1.0' ? d.order_state.recent_fills : d.order_state.fills;
        if (how === 0) d.checkpoint_id = checkpointId({ ...d, sequence: -1 });
        else if (how === 1 && orders.length > 0) orders[n % orders.length].order_id = orders[(n + 1) % orders.length].order_id;
        else if (how === 2 && fills.length > 0) fills.push(structuredClone(fills[n % fills.length]));
        else if (how === 3 && orders.length > 0 && d.version !== '1.0') orders[n % orders.length].status = ['new', 'filled', 'cancelled'][n % 3];
        else if (how === 4) d.timestamp = d.version === '1.0' ? '2023-02-29T10:00:00' : '2023-02-29T10:00:00Z';
        else d.strategy_name = n;
        if (how !== 0) d.checkpoint_id = checkpointId(d);
        return d;
      });
    const docs = sample(broken, SEED + 6);
    const answers = await Promise.all(docs.map((doc, i) => py(i).request('check', { text: JSON.stringify(doc) })));
    const problems: string[] = [];
    answers.forEach((answer, i) => {
      const ts = checkCheckpoint(docs[i]!);
      const schema = ts.errors.some((e) => e.code === 'E_SCHEMA');
      const pick = (errors: readonly { code: string; pointer?: string | null }[]) =>
        schema ? errors.slice(0, 1).map((e) => e.code) : errors.map((e) => `${e.code} ${e.pointer ?? ''}`);
      const expected = { valid: ts.valid, version: ts.version, id: schema ? undefined : ts.id, errors: pick(ts.errors) };
      const errors = (answer.errors as { code: string; pointer?: string }[] | undefined) ?? [];
      const got = { valid: answer.valid, version: answer.version ?? undefined, id: schema ? undefined : answer.id ?? undefined, errors: pick(errors) };
      if (JSON.stringify(expected) !== JSON.stringify(got)) problems.push(mismatch('check', docs[i], expected, got));
    });
    expect(problems.slice(0, 3)).toEqual([]);
  }, 600_000);
});
