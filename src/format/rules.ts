// Semantic rules: named checks a version's folder lists in `rules`, so a newer version spreads the older one's
// rules and adds, replaces or drops some by name. Rules push findings into a collector instead of throwing, so
// one load reports every inconsistency at once.
import type { ErrorDetail } from '../errors/index.js';
import { parseInstant, timestampProblem } from '../util/time.js';

const OFFSET = /[+-][0-9]{2}:[0-9]{2}$/;

export class Problems {
  readonly list: ErrorDetail[] = [];

  add(pointer: string, message: string, hint?: string): void {
    this.list.push({ code: 'E_SEMANTIC', pointer, message, ...(hint !== undefined && { hint }) });
  }

  /**
   * Checks that a schema-valid timestamp is also a real calendar instant. The pointer is `base + member`, joined
   * only when there is a problem: checkpoints hold thousands of timestamps, nearly all of them fine.
   */
  timestamp(base: string, member: string, value: string | undefined): void {
    if (value === undefined) return;
    const problem = timestampProblem(value);
    if (problem === undefined && value.charCodeAt(value.length - 1) === 90 /* Z */) return;
    const pointer = base + member;
    if (problem) {
      this.add(pointer, `timestamp ${JSON.stringify(value)} ${problem}`, 'use a real calendar date and time');
      return;
    }
    // Only an offset can move the instant out of years 0000-9999 (rule S1.9); 'Z' and naive times cannot.
    if (!OFFSET.test(value)) return;
    try {
      parseInstant(value);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.add(pointer, e.message, 'use a time whose UTC equivalent falls in the years 0000-9999');
    }
  }
}

/** One consistency rule: adds every problem it finds in `doc`. */
export type Rule<T> = (p: Problems, doc: T) => void;

/** A version's rules by name, run in insertion order (a spread keeps the older version's order). */
export type Rules<T> = Readonly<Record<string, Rule<T>>>;

/** Runs every rule and returns the problems found, in rule order. */
export function runRules<T>(rules: Rules<T>, doc: T): ErrorDetail[] {
  const p = new Problems();
  for (const rule of Object.values(rules)) rule(p, doc);
  return p.list;
}
