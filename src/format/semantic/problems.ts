// A small collector for semantic problems: checks push findings instead of throwing, so one load
// reports every inconsistency at once.
import type { ErrorDetail } from '../../errors/index.js';
import { parseInstant, timestampProblem } from '../../util/time.js';

const OFFSET = /[+-][0-9]{2}:[0-9]{2}$/;

export class Problems {
  readonly list: ErrorDetail[] = [];

  add(pointer: string, message: string, hint?: string): void {
    this.list.push({ code: 'E_SEMANTIC', pointer, message, ...(hint !== undefined && { hint }) });
  }

  /** Checks that a schema-valid timestamp is also a real calendar instant. */
  timestamp(pointer: string, value: string | undefined): void {
    if (value === undefined) return;
    const problem = timestampProblem(value);
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
