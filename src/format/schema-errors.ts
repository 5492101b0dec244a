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

function describe(e: AjvError): ErrorDetail {
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
      return notMessage(e);
    case 'oneOf':
      if ((p as { passingSchemas?: unknown }).passingSchemas) return ambiguous(e);
      return { code: 'E_SCHEMA', keyword: e.keyword, pointer: at, message: e.message ?? 'fails oneOf' };
    default:
      return { code: 'E_SCHEMA', keyword: e.keyword, pointer: at, message: e.message ?? `fails ${e.keyword}` };
  }
}

// The only `not` keywords in the schemas forbid members that a sibling's value rules out.
function notMessage(e: AjvError): ErrorDetail {
  const m = /\/allOf\/([0-9]+)\/else\/not$|\/allOf\/([0-9]+)\/then\/not$/.exec(e.schemaPath);
  const rule = m ? Number(m[1] ?? m[2]) : -1;
  const byRule: Record<number, string> = {
    0: 'has "limit_price", which only limit and stop_limit orders carry',
    2: 'has "stop_price", which market and limit orders do not carry',
    3: 'has "trail_amount" or "trail_percent", which only trailing_stop orders carry',
    4: 'has "expire_at", which only orders with time_in_force "gtd" carry',
  };
  return {
    code: 'E_SCHEMA',
    keyword: 'not',
    pointer: e.instancePath,
    message: byRule[rule] ?? 'has a member its other members rule out',
    hint: 'remove the member, or change the order type or time in force',
  };
}

/** A oneOf that several alternatives match. The only such rule in the schemas: a trailing stop's distance. */
function ambiguous(e: AjvError): ErrorDetail {
  if (/\/allOf\/3\/then\/oneOf$/.test(e.schemaPath)) {
    return {
      code: 'E_SCHEMA',
      keyword: 'oneOf',
      pointer: e.instancePath,
      message: 'has both "trail_amount" and "trail_percent", but a trailing_stop order carries exactly one of them',
      hint: 'keep the one the order was placed with',
    };
  }
  return { code: 'E_SCHEMA', keyword: 'oneOf', pointer: e.instancePath, message: 'matches more than one of the alternatives, which must be exactly one' };
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

export function schemaErrors(raw: readonly AjvError[]): ErrorDetail[] {
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
    const d = describe(e);
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
