// Auto-checkpoint policies: every policy member is checked with a clear error, and the schedule is a
// pure function of progress.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckpointError, normalizePolicy, type CheckpointPolicy } from '../../src/index.js';
import { dueTrigger } from '../../src/engine/policy.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof CheckpointError ? `${e.code}: ${e.message}` : String(e);
  }
  return undefined;
}

describe('policy validation', () => {
  const bad: [string, unknown, RegExp][] = [
    ['not an object', 5, /must be an object/],
    ['unknown member', { everyBar: 10 }, /unknown checkpoint policy member "everyBar"/],
    ['zero bars', { everyBars: 0 }, /everyBars must be a positive integer/],
    ['fractional bars', { everyBars: 2.5 }, /everyBars must be a positive integer/],
    ['negative seconds', { everySeconds: -1 }, /everySeconds must be a positive number/],
    ['infinite seconds', { everySeconds: Infinity }, /everySeconds must be a positive number/],
    ['signals not a list', { onSignals: 'SIGTERM' }, /onSignals must be an array/],
    ['untrappable signal', { onSignals: ['SIGKILL'] }, /"SIGKILL" cannot be trapped/],
  ];
  for (const [name, policy, message] of bad) {
    it(`refuses ${name} with E_ARGUMENT`, () => {
      const got = code(() => normalizePolicy(policy as CheckpointPolicy));
      expect(got).toMatch(/^E_ARGUMENT: /);
      expect(got).toMatch(message);
    });
  }

  it('accepts the documented members and removes duplicate signals', () => {
    expect(normalizePolicy({ everyBars: 500, everySeconds: 30, onSignals: ['SIGTERM', 'SIGINT', 'SIGTERM'] })).toEqual({ everyBars: 500, everySeconds: 30, onSignals: ['SIGTERM', 'SIGINT'] });
    expect(normalizePolicy(undefined)).toEqual({});
  });
});

describe('schedule', () => {
  it('bars are due exactly when N bars have passed; time only after at least one bar and T seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(2000), (n, barsSince) => {
        expect(dueTrigger({ everyBars: n }, { barsSince, lastAtMs: 0, nowMs: 0 }) === 'bars').toBe(barsSince >= n);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 100, noNaN: true }), fc.nat(5), fc.double({ min: 0, max: 200_000, noNaN: true }), (t, barsSince, elapsed) => {
        const due = dueTrigger({ everySeconds: t }, { barsSince, lastAtMs: 1000, nowMs: 1000 + elapsed });
        expect(due === 'time').toBe(barsSince > 0 && elapsed >= t * 1000);
      }),
    );
    expect(dueTrigger({}, { barsSince: 10 ** 9, lastAtMs: 0, nowMs: 10 ** 12 })).toBeUndefined();
  });
});
