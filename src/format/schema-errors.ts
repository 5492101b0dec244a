// Turns Ajv's raw error list into the few errors a person needs: one per real problem, with a JSON
// pointer to the offending value, a sentence, and a hint. anyOf/oneOf branches that never applied and the
// echo errors of if/then are folded away.
import type { AjvError } from '../../generated/index.js';
import type { ErrorDetail } from '../errors/index.js';
import { appendPointer } from '../util/pointer.js';

/** Friendly descriptions of the reusable $defs, so a pattern failure says what was expected. */
const DEF_HINTS: Record<string, { what: string; hint: string }> = {
  checkpoint_id: { what: '64 lowercase hexadecimal digits', hint: 'use the id that `ckpt hash` prints for this file' },
  sha256: { what: '64 lowercase hexadecimal digits', hint: 'a lowercase hex SHA-256 digest' },
  timestamp: {
    what: 'an RFC 3339 UTC timestamp such as "2024-03-01T14:30:00Z"',
    hint: 'write UTC with a literal Z, seconds present, and no trailing zeros in the fraction ("…:00.5Z", not "…:00.500Z"); from a Date, use toTimestamp(date), not date.toISOString()',
  },
  loose_timestamp: { what: 'an ISO 8601 date and time such as "2024-03-01T14:30:00"', hint: 'YYYY-MM-DDTHH:MM:SS with an optional fraction and offset' },
  decimal: {
    what: 'a canonical decimal string such as "-12.5"',
    hint: 'write the number as a string with no exponent, no "+", no leading zeros and no trailing fractional zeros ("1.5", not "1.50"; "0", not "-0")',
  },
  nonneg_decimal: { what: 'a canonical non-negative decimal string such as "12.5"', hint: 'no sign, no exponent, no leading zeros, no trailing fractional zeros' },
  pos_decimal: { what: 'a canonical positive decimal string such as "100"', hint: 'must be greater than zero; no exponent, no leading or trailing zeros' },
  currency: { what: 'a currency code such as "USD"', hint: 'upper-case letters and digits, 3 to 10 characters, starting with a letter' },
  run_id: { what: 'a run id such as "bt-2024-03-01"', hint: 'letters, digits, ".", "_", ":" and "-", at most 128 characters, starting with a letter or digit' },
  version_string: { what: 'a version such as "2.0"', hint: 'MAJOR.MINOR' },
  PyDecimal: { what: 'str() of a Python Decimal such as "16478.1409500" or "1E+2"', hint: 'finbot writes amounts as str(Decimal): no "+", no leading zeros, an upper-case E with a signed exponent' },
  PyDatetime: { what: 'datetime.isoformat() such as "2026-11-27T14:36:33.991255"', hint: 'YYYY-MM-DDTHH:MM:SS, a 6-digit fraction only when not zero, an offset such as +05:30 only for aware times' },
  json_pointer: { what: 'an RFC 6901 JSON pointer such as "/a/0"', hint: 'starts with "/"' },
};

function defName(schemaPath: string): string | undefined {
  const m = /#\/\$defs\/([^/]+)\/[^/]+$/.exec(schemaPath);
  return m?.[1];
}

function describe(e: AjvError, schema: unknown): ErrorDetail {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath;
  switch (e.keyword) {
    case 'required':
      return { code: 'E_SCHEMA', keyword: 'required', pointer: at, message: `missing required member "${String(p.missingProperty)}"` };
    case 'additionalProperties':
      return {
        code: 'E_SCHEMA',
        keyword: 'additionalProperties',
        pointer: appendPointer(at, String(p.additionalProperty)),
        message: `unknown member "${String(p.additionalProperty)}"`,
        hint: 'remove it, or check its spelling against the schema',
      };
    case 'type':
      return { code: 'E_SCHEMA', keyword: 'type', pointer: at, message: `must be ${String(p.type).replace(/,/g, ' or ')}` };
    case 'const':
      return { code: 'E_SCHEMA', keyword: 'const', pointer: at, message: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'enum':
      return {
        code: 'E_SCHEMA',
        keyword: 'enum',
        pointer: at,
        message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
    case 'maxLength':
    case 'minLength': {
      const def = defName(e.schemaPath);
      const known = def ? DEF_HINTS[def] : undefined;
      if (known) return { code: 'E_SCHEMA', keyword: e.keyword, pointer: at, message: `must be ${known.what}`, hint: known.hint };
      return { code: 'E_SCHEMA', keyword: e.keyword, pointer: at, message: e.message ?? `fails ${e.keyword}` };
    }
    case 'not':
      return notMessage(e, schema);
    case 'oneOf':
      if ((p as { passingSchemas?: unknown }).passingSchemas) return ambiguous(e, schema);
      return { code: 'E_SCHEMA', keyword: e.keyword, pointer: at, message: e.message ?? 'fails oneOf' };
    default:
      return { code: 'E_SCHEMA', keyword: e.keyword, pointer: at, message: e.message ?? `fails ${e.keyword}` };
  }
}

// A `not` or an ambiguous `oneOf` is reported through the failed rule's own content, read from the schema at the
// error's schemaPath: which members the rule forbids or wants exactly one of, and the condition (the rule's `if`)
// under which it does. Nothing is known by position, so a schema that orders, adds or drops rules differently gets
// the right words; the schemas carry no annotations for these rules, and released schemas never change.

/** The schema node that a schemaPath ("#/$defs/order/allOf/0/else/not") addresses, if the schema is at hand. */
function nodeAt(schema: unknown, schemaPath: string): unknown {
  if (!schemaPath.startsWith('#/')) return undefined;
  let node = schema;
  for (const token of schemaPath.slice(2).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The members a subschema requires: `{ required: [...] }`, or `anyOf`/`oneOf` alternatives of those. */
function requiredNames(s: unknown): string[] | undefined {
  if (!isRecord(s)) return undefined;
  if (Array.isArray(s.required) && Object.keys(s).length === 1) return s.required.map(String);
  const alternatives = s.anyOf ?? s.oneOf;
  if (!Array.isArray(alternatives) || Object.keys(s).length !== 1) return undefined;
  const names = alternatives.map(requiredNames);
  return names.every((n) => n !== undefined) ? names.flat() : undefined;
}

function list(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)!}`;
}

const quoted = (names: readonly string[]): string[] => names.map((n) => JSON.stringify(n));

/**
 * A conditional rule at `…/$defs/NAME/allOf/K` whose `if` tests one member's value, and the branch that failed:
 * the objects it applies to, in words. A member named `type` names kinds of the object ("limit orders").
 */
interface Condition {
  /** Plural: "limit and stop_limit orders", "orders with time_in_force \"gtd\"". */
  readonly those: (conjunction: 'and' | 'or') => string;
  /** Singular: "a trailing_stop order". */
  readonly one: string;
  readonly property: string;
  readonly object: string;
}

function conditionOf(schema: unknown, schemaPath: string, tail: RegExp): Condition | undefined {
  const m = new RegExp(`^(#(?:/\\$defs/([^/]+))?/allOf/[0-9]+)${tail.source}$`).exec(schemaPath);
  if (!m) return undefined;
  const rule = nodeAt(schema, m[1]!);
  const tests = isRecord(rule) && isRecord(rule.if) && isRecord(rule.if.properties) ? Object.entries(rule.if.properties) : [];
  if (tests.length !== 1 || !isRecord(tests[0]![1])) return undefined;
  const [property, test] = tests[0] as [string, Record<string, unknown>];
  const values = Array.isArray(test.enum) ? test.enum : 'const' in test ? [test.const] : undefined;
  if (!values || values.length === 0) return undefined;
  const object = m[2] ?? 'object';
  const article = /^[aeiou]/.test(object) ? 'an' : 'a';
  if (property === 'type' && values.every((v) => typeof v === 'string')) {
    const kinds = values as string[];
    return { property, object, one: `a ${list(kinds, 'or')} ${object}`, those: (c) => `${list(kinds, c)} ${object}s` };
  }
  const spelled = list(values.map((v) => JSON.stringify(v)), 'or');
  return { property, object, one: `${article} ${object} with ${property} ${spelled}`, those: () => `${object}s with ${property} ${spelled}` };
}

/**
 * The absolute schema paths an error's schemaPath may stand for. Ajv reports errors inside a definition it compiled
 * on its own (a `$ref` target such as `$defs/order`) relative to that definition ("#/allOf/0/else/not"), so every
 * definition, and the root, is a candidate base; only those where the path leads somewhere remain.
 */
function candidates(schema: unknown, schemaPath: string): string[] {
  if (schemaPath.startsWith('#/$defs/')) return [schemaPath];
  const defs = isRecord(schema) && isRecord(schema.$defs) ? Object.keys(schema.$defs) : [];
  const rest = schemaPath.slice(1);
  return [schemaPath, ...defs.map((d) => `#/$defs/${d.replace(/~/g, '~0').replace(/\//g, '~1')}${rest}`)].filter((p) => nodeAt(schema, p) !== undefined);
}

/** The one sentence every candidate base agrees on, if there is exactly one. */
function agreed(schema: unknown, schemaPath: string, say: (path: string) => ErrorDetail | undefined): ErrorDetail | undefined {
  const said = candidates(schema, schemaPath).map(say);
  if (said.length === 0 || said.some((d) => d === undefined)) return undefined;
  return new Set(said.map((d) => d!.message)).size === 1 ? said[0] : undefined;
}

/** A `not` under a conditional rule forbids members that the object's other members rule out. */
function notMessage(e: AjvError, schema: unknown): ErrorDetail {
  const detail = { code: 'E_SCHEMA', keyword: 'not', pointer: e.instancePath } as const;
  const said = agreed(schema, e.schemaPath, (path) => {
    const names = requiredNames(nodeAt(schema, path));
    const branch = /\/(then|else)\/not$/.exec(path)?.[1];
    const cond = conditionOf(schema, path, /\/(?:then|else)\/not/);
    if (!names || names.length === 0 || !cond) return undefined;
    const has = `has ${list(quoted(names), 'or')}`;
    const message = branch === 'else' ? `${has}, which only ${cond.those('and')} carry` : `${has}, which ${cond.those('and')} do not carry`;
    return { ...detail, message, hint: `remove ${names.length > 1 ? 'the member' : `"${names[0]!}"`}, or change the ${cond.object}'s ${cond.property}` };
  });
  return said ?? { ...detail, message: 'has a member its other members rule out', hint: 'remove the member, or change the members that rule it out' };
}

/** A oneOf that several alternatives match, like a trailing stop's distance: exactly one of some members. */
function ambiguous(e: AjvError, schema: unknown): ErrorDetail {
  const detail = { code: 'E_SCHEMA', keyword: 'oneOf', pointer: e.instancePath } as const;
  const said = agreed(schema, e.schemaPath, (path) => {
    const names = requiredNames({ oneOf: nodeAt(schema, path) });
    if (!names || names.length < 2) return undefined;
    const cond = conditionOf(schema, path, /\/(?:then|else)\/oneOf/);
    return {
      ...detail,
      message: `has both ${list(quoted(names), 'and')}, but ${cond ? cond.one : 'it'} carries exactly one of them`,
      hint: 'keep only the one that was meant',
    };
  });
  return said ?? { ...detail, message: 'matches more than one of the alternatives, which must be exactly one' };
}

/** Errors of one anyOf/oneOf branch are relevant only if the branch's type matched the value. */
function pickBranch(group: AjvError, all: AjvError[], refs: AjvError[] = []): AjvError[] {
  const prefix = group.schemaPath.slice(0, -group.keyword.length);
  const branches = new Map<string, AjvError[]>();
  for (const e of all) {
    if (e === group || !e.schemaPath.startsWith(prefix + group.keyword + '/')) continue;
    const idx = e.schemaPath.slice(prefix.length + group.keyword.length + 1).split('/')[0]!;
    (branches.get(idx) ?? branches.set(idx, []).get(idx)!).push(e);
  }
  // Errors from a $ref at the group's own value belong to the branch that is the $ref; errors from a $ref deeper
  // inside come from a branch whose type matched the value (a type mismatch stops Ajv from looking inside), so they
  // are real problems whichever branch is chosen.
  const rootRefs = refs.filter((e) => e.instancePath === group.instancePath);
  const deeper = refs.filter((e) => e.instancePath !== group.instancePath);
  if (rootRefs.length > 0) branches.set('$ref', rootRefs);
  const applicable = [...branches.values()].filter(
    (errs) => !errs.some((e) => e.instancePath === group.instancePath && (e.keyword === 'type' || e.keyword === 'const')),
  );
  // A oneOf that fails because several branches pass has no branch errors: the value is ambiguous, not wrong in type.
  if (group.keyword === 'oneOf' && (group.params as { passingSchemas?: unknown }).passingSchemas) return [group];
  if (applicable.length === 0 && deeper.length > 0) return deeper;
  if (applicable.length === 0) {
    const types = [...branches.values()]
      .flatMap((errs) => errs.filter((e) => e.instancePath === group.instancePath && e.keyword === 'type'))
      .map((e) => String((e.params as { type?: unknown }).type));
    const unique = [...new Set(types.flatMap((t) => t.split(',')))];
    return [
      {
        ...group,
        keyword: 'type',
        params: { type: unique.join(',') },
        message: unique.length ? `must be ${unique.join(' or ')}` : (group.message ?? 'matches no alternative'),
      },
    ];
  }
  // The branch with the fewest errors is the one the author most likely meant.
  return [...applicable.sort((a, b) => a.length - b.length)[0]!, ...deeper];
}

/**
 * Errors raised through a $ref inside a branch (a branch that is a $ref, like parent_id's in 3.0, or a $ref deeper
 * in it, like an rng state word's) carry the referenced definition's schemaPath (#/$defs/NAME/…), not the branch's,
 * so they are found by position: Ajv reports a group's branch errors just before the group's own error. Errors of
 * the definition the group itself sits in are not the group's.
 */
function refMembers(errors: readonly AjvError[], at: number, group: AjvError): AjvError[] {
  const own = /^#\/\$defs\/[^/]+\//.exec(group.schemaPath)?.[0];
  const prefix = group.schemaPath + '/';
  const out: AjvError[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const e = errors[j]!;
    if (e.instancePath !== group.instancePath && !e.instancePath.startsWith(group.instancePath + '/')) break;
    if (e.schemaPath.startsWith(prefix)) continue;
    if (!e.schemaPath.startsWith('#/$defs/') || (own !== undefined && e.schemaPath.startsWith(own))) break;
    out.push(e);
  }
  return out.reverse();
}

/**
 * `schema` is the validated version's schema (publishedSchema): the rules whose errors Ajv reports without their
 * content (`not`, an ambiguous `oneOf`) are described from it; without it they get a general sentence.
 */
export function schemaErrors(raw: readonly AjvError[], schema?: unknown): ErrorDetail[] {
  const errors = [...raw];
  const groups = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const consumed = new Set<AjvError>();
  const kept: AjvError[] = [];
  // Innermost groups first, so nested alternatives fold before their parents look at them.
  groups.sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const g of groups) {
    if (consumed.has(g)) continue;
    const prefix = g.schemaPath + '/';
    const members = errors.filter((e) => e !== g && e.schemaPath.startsWith(prefix) && !consumed.has(e));
    const refs = refMembers(errors, errors.indexOf(g), g).filter((e) => !consumed.has(e));
    for (const e of [...members, ...refs]) consumed.add(e);
    consumed.add(g);
    kept.push(...pickBranch(g, [g, ...members], refs));
  }
  for (const e of errors) if (!consumed.has(e)) kept.push(e);
  // "must match then/else schema" only echoes the inner error that follows it.
  const useful = kept.filter((e) => e.keyword !== 'if');
  const seen = new Set<string>();
  const out: ErrorDetail[] = [];
  for (const e of useful) {
    const d = describe(e, schema);
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
