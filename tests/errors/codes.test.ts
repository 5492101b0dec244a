// One example per error code of the format core: each asserts the code and where it points.
import { describe, expect, it } from 'vitest';
import { canonicalBytes, checkpointId, createCheckpoint, downgrade, loadCheckpoint, upgrade, CheckpointError, type ErrorCode, LATEST_VERSION_STRING, LATEST_FORMAT } from '../../src/index.js';
import { sampleState } from '../fixtures/sample.js';

function codeOf(fn: () => unknown): { code: ErrorCode; pointer?: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof CheckpointError) return { code: e.code, ...(e.pointer !== undefined && { pointer: e.pointer }), message: e.message };
    throw e;
  }
  throw new Error('expected a CheckpointError');
}

const valid = () => createCheckpoint(sampleState(), { createdAt: '2024-03-15T20:00:01Z' });
const text = (doc: unknown) => JSON.stringify(doc);
const rehash = (doc: Record<string, unknown>) => ({ ...doc, checkpoint_id: checkpointId(doc) });
/**
 * A valid file's text with one more top-level member in front: defects of the JSON text are found before the
 * document's schema is looked at, so they need no place in the document (which a new format version may move).
 */
const withMember = (member: string) => `{${member},${text(valid()).slice(1)}`;

describe('error codes', () => {
  it('E_PARSE: truncated text', () => {
    expect(codeOf(() => loadCheckpoint(text(valid()).slice(0, 100))).code).toBe('E_PARSE');
  });
  it('E_PARSE: a NaN literal', () => {
    expect(codeOf(() => loadCheckpoint('{"version": NaN}')).code).toBe('E_PARSE');
  });
  it('E_ENCODING: a UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(valid()))]);
    expect(codeOf(() => loadCheckpoint(bytes)).code).toBe('E_ENCODING');
  });
  it('E_ENCODING: invalid UTF-8', () => {
    expect(codeOf(() => loadCheckpoint(Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]))).code).toBe('E_ENCODING');
  });
  it('E_DUPLICATE_KEY: a repeated member name, with its pointer', () => {
    const t = withMember('"a":1,"a":2');
    const e = codeOf(() => loadCheckpoint(t));
    expect(e.code).toBe('E_DUPLICATE_KEY');
    expect(e.pointer).toBe('/a');
  });
  it('E_DEPTH: nesting deeper than the limit', () => {
    const t = withMember(`"deep":${'['.repeat(200)}${']'.repeat(200)}`);
    expect(codeOf(() => loadCheckpoint(t)).code).toBe('E_DEPTH');
  });
  it('E_NUMBER: an integer beyond 2^53 - 1', () => {
    const t = withMember('"n":9007199254740993');
    expect(codeOf(() => loadCheckpoint(t)).code).toBe('E_NUMBER');
  });
  it('E_NUMBER: NaN in a parsed object', () => {
    const e = codeOf(() => loadCheckpoint({ ...valid(), extra: { x: Number.NaN } }));
    expect(e.code).toBe('E_NUMBER');
    expect(e.pointer).toBe('/extra/x');
  });
  it('E_STRING: an escaped lone surrogate', () => {
    const t = withMember('"s":"\\ud800"');
    expect(codeOf(() => loadCheckpoint(t)).code).toBe('E_STRING');
  });
  it('E_NOT_JSON: a Date inside a parsed object', () => {
    const e = codeOf(() => loadCheckpoint({ ...valid(), extra: { when: new Date(0) } }));
    expect(e.code).toBe('E_NOT_JSON');
    expect(e.pointer).toBe('/extra/when');
  });
  it('E_VERSION_MISSING: no version member', () => {
    const { version: _v, ...rest } = valid();
    expect(codeOf(() => loadCheckpoint(rest)).code).toBe('E_VERSION_MISSING');
  });
  it('E_VERSION_MISSING: a JSON array is not a checkpoint', () => {
    expect(codeOf(() => loadCheckpoint('[1,2]')).code).toBe('E_VERSION_MISSING');
  });
  it('E_VERSION_UNKNOWN: a number instead of a version string', () => {
    const e = codeOf(() => loadCheckpoint({ ...valid(), version: 3 }));
    expect(e.code).toBe('E_VERSION_UNKNOWN');
    expect(e.pointer).toBe('/version');
  });
  it('E_VERSION_UNKNOWN: a version that never existed', () => {
    expect(codeOf(() => loadCheckpoint({ ...valid(), version: '0.9' })).code).toBe('E_VERSION_UNKNOWN');
  });
  it('E_VERSION_TOO_NEW: names both the file version and the newest known', () => {
    // Far in the future, so that adding versions never turns this into a known one.
    const e = codeOf(() => loadCheckpoint({ ...valid(), version: '999.0' }));
    expect(e.code).toBe('E_VERSION_TOO_NEW');
    expect(e.message).toContain('999.0');
    expect(e.message).toContain(LATEST_VERSION_STRING);
  });
  it('E_VERSION_TOO_NEW: a newer minor of the latest major', () => {
    expect(codeOf(() => loadCheckpoint({ ...valid(), version: `${LATEST_FORMAT.major}.${LATEST_FORMAT.minor + 1}` })).code).toBe('E_VERSION_TOO_NEW');
  });
  it('E_SCHEMA: a float where a decimal string belongs, with its pointer and a hint', () => {
    const doc = valid() as unknown as Record<string, unknown>;
    const bad = rehash({ ...doc, portfolio_state: { ...(doc.portfolio_state as object), cash: { USD: '1.50' } } });
    const e = codeOf(() => loadCheckpoint(bad));
    expect(e.code).toBe('E_SCHEMA');
    expect(e.pointer).toBe('/portfolio_state/cash/USD');
    expect(e.message).toMatch(/canonical decimal/);
  });
  it('E_SCHEMA: an unknown member points at the member', () => {
    const e = codeOf(() => loadCheckpoint({ ...valid(), extra: 1 }));
    expect(e.code).toBe('E_SCHEMA');
    expect(e.pointer).toBe('/extra');
  });
  it('E_HASH_MISMATCH: a tampered value', () => {
    const doc = valid();
    const e = codeOf(() => loadCheckpoint({ ...doc, sequence: 1 }));
    expect(e.code).toBe('E_HASH_MISMATCH');
    expect(e.pointer).toBe('/checkpoint_id');
  });
  it('E_SEMANTIC: a fill that exceeds its order', () => {
    const s = sampleState();
    s.order_state.fills.push({ ...s.order_state.fills[0]!, fill_id: 'f-2' });
    const e = codeOf(() => createCheckpoint(s));
    expect(e.code).toBe('E_SEMANTIC');
    expect(e.message).toMatch(/add up to 100, more than its filled_quantity 50/);
  });
  it('E_SEMANTIC: 30 February is not a date', () => {
    const e = codeOf(() => createCheckpoint({ ...sampleState(), timestamp: '2024-02-30T00:00:00Z' }));
    expect(e.code).toBe('E_SEMANTIC');
    expect(e.pointer).toBe('/timestamp');
  });
  it('E_MIGRATION: a legacy record that no longer fits the document', () => {
    const v2 = downgrade(valid(), { to: 2, allowLoss: true }).document;
    const broken = rehash({ ...v2, legacy: [{ from: '1.0', to: '2.0', patch: [{ op: 'replace', path: '/order_state/pending_orders/9/order_id', value: 1 }] }] });
    expect(codeOf(() => downgrade(broken, { to: 1, allowLoss: true })).code).toBe('E_MIGRATION');
  });
  it('E_DOWNGRADE_LOSS: engine state has no home in 2.0', () => {
    const e = codeOf(() => downgrade(valid(), { to: 2 }));
    expect(e.code).toBe('E_DOWNGRADE_LOSS');
  });
  it('E_ARGUMENT: an unknown target version', () => {
    expect(codeOf(() => upgrade(valid(), { to: 7 })).code).toBe('E_ARGUMENT');
  });
  it('E_ARGUMENT: createCheckpoint refuses a caller-supplied id', () => {
    expect(codeOf(() => createCheckpoint({ ...sampleState(), checkpoint_id: 'x' } as never)).code).toBe('E_ARGUMENT');
  });
  it('canonicalBytes rejects what RFC 8785 cannot represent', () => {
    expect(codeOf(() => canonicalBytes({ a: Infinity })).code).toBe('E_NUMBER');
  });
});
