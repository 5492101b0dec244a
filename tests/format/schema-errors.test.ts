// Regression: a oneOf/anyOf whose failing branch is a $ref reported that branch's errors as separate problems
// ("must be null" and "must be string" for one parent_id), because Ajv gives errors inside a $ref the schemaPath of
// the referenced definition, not of the branch. Now they are grouped like any other branch (issue 5: "group
// anyOf/oneOf noise into the one error that matters").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCheckpoint, createCheckpoint } from '../../src/index.js';
import { sampleState } from '../fixtures/sample.js';

const root = join(import.meta.dirname, '..', '..');
const v1 = (): Record<string, any> => JSON.parse(readFileSync(join(root, 'spec', 'examples', 'v1.json'), 'utf8')) as Record<string, any>;
const latest = (): Record<string, any> => structuredClone(createCheckpoint(sampleState(), { createdAt: '2024-03-15T20:00:05Z' })) as unknown as Record<string, any>;

describe('oneOf/anyOf with a $ref branch (bug: one problem reported once per branch)', () => {
  it('a latest-format parent_id of the wrong type is one error naming both allowed types', () => {
    const doc = latest();
    doc.parent_id = 123;
    expect(checkCheckpoint(doc).errors).toEqual([{ code: 'E_SCHEMA', keyword: 'type', pointer: '/parent_id', message: 'must be null or string' }]);
  });

  it('a latest-format parent_id that is a string reports only what is wrong with it as an id', () => {
    const doc = latest();
    doc.parent_id = 'ABC';
    expect(checkCheckpoint(doc).errors).toEqual([
      {
        code: 'E_SCHEMA',
        keyword: 'pattern',
        pointer: '/parent_id',
        message: 'must be 64 lowercase hexadecimal digits',
        hint: 'use the id that `ckpt hash` prints for this file',
      },
    ]);
  });

  it('a 1.0 position that is neither a number nor an object is one error', () => {
    const doc = v1();
    doc.portfolio_state.positions.MSFT = 'short 20';
    expect(checkCheckpoint(doc).errors).toEqual([
      { code: 'E_SCHEMA', keyword: 'type', pointer: '/portfolio_state/positions/MSFT', message: 'must be number or object' },
    ]);
  });

  it('a 1.0 position object reports its own problems, not "must be number"', () => {
    const doc = v1();
    doc.portfolio_state.positions.MSFT = { quantity: 'x' };
    expect(checkCheckpoint(doc).errors).toEqual([
      { code: 'E_SCHEMA', keyword: 'type', pointer: '/portfolio_state/positions/MSFT/quantity', message: 'must be number' },
    ]);
  });

  it('errors of the definition a group sits in stay separate problems', () => {
    const doc = latest();
    // A trailing stop with both trail members (its oneOf) and a limit price it must not have (another allOf rule).
    doc.order_state.orders[1] = { ...doc.order_state.orders[1], type: 'trailing_stop', stop_price: '170', trail_amount: '1', trail_percent: '1' };
    const errors = checkCheckpoint(doc).errors;
    expect(errors.map((e) => `${e.pointer} ${e.keyword}`).sort()).toEqual(['/order_state/orders/1 not', '/order_state/orders/1 oneOf']);
  });

  it("a $ref deeper inside the branch that matched keeps its error, next to the branch's own", () => {
    const doc = latest();
    doc.engine_state.rng = { algorithm: 'Mulberry', state: [4294967296] };
    expect(checkCheckpoint(doc).errors.map((e) => `${e.pointer} ${e.keyword}`)).toEqual([
      '/engine_state/rng/algorithm pattern',
      '/engine_state/rng/state/0 maximum',
    ]);
    doc.engine_state.rng = { algorithm: 'mulberry32', state: [4294967296] };
    expect(checkCheckpoint(doc).errors.map((e) => `${e.pointer} ${e.keyword}`)).toEqual(['/engine_state/rng/state/0 maximum']);
  });

  // Regression: a oneOf that fails because two branches match has no branch errors, and was reported as "must be ".
  it('a trailing stop with both trail members says so', () => {
    const doc = latest();
    doc.order_state.orders[1] = { ...doc.order_state.orders[1], type: 'trailing_stop', stop_price: '170', trail_amount: '1', trail_percent: '1' };
    delete doc.order_state.orders[1].limit_price;
    expect(checkCheckpoint(doc).errors).toEqual([
      {
        code: 'E_SCHEMA',
        keyword: 'oneOf',
        pointer: '/order_state/orders/1',
        message: 'has both "trail_amount" and "trail_percent", but a trailing_stop order carries exactly one of them',
        hint: 'keep the one the order was placed with',
      },
    ]);
  });
});
