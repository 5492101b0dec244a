// Regression: a oneOf/anyOf whose failing branch is a $ref reported that branch's errors as separate problems
// ("must be null" and "must be string" for one parent_id), because Ajv gives errors inside a $ref the schemaPath of
// the referenced definition, not of the branch. Now they are grouped like any other branch (issue 5: "group
// anyOf/oneOf noise into the one error that matters").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS } from '../../scripts/ajv-options.mjs';
import { FORMAT_VERSIONS, LATEST_FORMAT } from '../../src/format/index.js';
import { schemaErrors } from '../../src/format/schema-errors.js';
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
        hint: 'keep only the one that was meant',
      },
    ]);
  });
});

// Issue 12 item 7: the messages of `not` and ambiguous `oneOf` rules were keyed on the rule's position in
// `$defs/order/allOf` (0 = limit_price, 2 = stop_price, …), so a schema that orders its rules differently (a new
// version's) gave wrong sentences. They are now read from the rule's own content in the schema.
describe('conditional rules are described from their content, not their position (issue 12)', () => {
  const latestSchema = (): Record<string, any> => JSON.parse(readFileSync(join(root, LATEST_FORMAT.schema), 'utf8')) as Record<string, any>;
  const order = (doc: Record<string, any>): Record<string, any> => doc.order_state.orders[1];
  // One broken order per rule: [what to change, the expected message].
  const cases: [string, (o: Record<string, any>) => void, string][] = [
    ['a market order with a limit price', (o) => Object.assign(o, { type: 'market' }), 'has "limit_price", which only limit and stop_limit orders carry'],
    ['a limit order with a stop price', (o) => Object.assign(o, { stop_price: '1' }), 'has "stop_price", which market and limit orders do not carry'],
    ['a limit order with a trail', (o) => Object.assign(o, { trail_amount: '1' }), 'has "trail_amount" or "trail_percent", which only trailing_stop orders carry'],
    ['a day order with an expiry', (o) => Object.assign(o, { expire_at: '2024-03-16T20:00:00Z' }), 'has "expire_at", which only orders with time_in_force "gtd" carry'],
  ];

  it.each(cases)('%s', (_, breakIt, message) => {
    const doc = latest();
    expect(order(doc).type).toBe('limit');
    breakIt(order(doc));
    const errors = checkCheckpoint(doc).errors.filter((e) => e.keyword === 'not');
    expect(errors.map((e) => e.message)).toEqual([message]);
    expect(errors[0]!.pointer).toBe('/order_state/orders/1');
  });

  // The guard: the same document against the latest schema with its order rules reversed and rotated (compiled here
  // with Ajv's runtime compiler and the codegen's options). Keyed on positions, every message here changed.
  it.each([
    ['reversed', (rules: unknown[]) => [...rules].reverse()],
    ['rotated', (rules: unknown[]) => [...rules.slice(2), ...rules.slice(0, 2)]],
  ])('the same messages when the rules sit at other positions (%s)', (_, move) => {
    const schema = latestSchema();
    const rules = schema.$defs.order.allOf as unknown[];
    expect(rules.length).toBeGreaterThan(2);
    schema.$defs.order.allOf = move(rules);
    const validate = new Ajv2020({ ...AJV_OPTIONS, code: { lines: true } }).compile(schema);
    for (const [what, breakIt, message] of cases) {
      const doc = latest();
      breakIt(order(doc));
      expect(validate(doc), what).toBe(false);
      expect(schemaErrors(validate.errors ?? [], schema).filter((e) => e.keyword === 'not').map((e) => e.message), what).toEqual([message]);
    }
    const both = latest();
    Object.assign(order(both), { type: 'trailing_stop', stop_price: '170', trail_amount: '1', trail_percent: '1' });
    delete order(both).limit_price;
    validate(both);
    expect(schemaErrors(validate.errors ?? [], schema).map((e) => e.message)).toEqual([
      'has both "trail_amount" and "trail_percent", but a trailing_stop order carries exactly one of them',
    ]);
  });

  // Every conditional `not` and exclusive `oneOf` of every version's schema gets a sentence naming its members:
  // a new version's new rule either reads well or fails here.
  it('every conditional rule of every version has its own sentence', () => {
    let seen = 0;
    for (const format of FORMAT_VERSIONS) {
      const schema = JSON.parse(readFileSync(join(root, format.schema), 'utf8')) as unknown;
      const walk = (node: unknown, path: string): void => {
        if (node === null || typeof node !== 'object') return;
        for (const [key, child] of Object.entries(node)) {
          const at = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          if (/\/allOf\/[0-9]+\/(then|else)$/.test(path) && (key === 'not' || key === 'oneOf')) {
            seen++;
            // As Ajv reports it: relative to the definition ($ref target) the rule sits in.
            const raw = { instancePath: '/x', schemaPath: at.replace(/^#\/\$defs\/[^/]+/, '#'), keyword: key, params: key === 'oneOf' ? { passingSchemas: [0, 1] } : {}, message: '' };
            const [detail] = schemaErrors([raw], schema);
            expect(detail!.message, `${format.version} ${at}`).toMatch(/^has (both )?"/);
            expect(detail!.message, `${format.version} ${at}`).toMatch(/ carr(y|ies)/);
          }
          walk(child, at);
        }
      };
      walk(schema, '#');
    }
    expect(seen).toBeGreaterThanOrEqual(10);
  });

  it('without the schema at hand, a general sentence (never a wrong one)', () => {
    const raw = { instancePath: '/x', schemaPath: '#/allOf/0/else/not', keyword: 'not', params: {}, message: 'must NOT be valid' };
    expect(schemaErrors([raw])[0]!.message).toBe('has a member its other members rule out');
  });
});
