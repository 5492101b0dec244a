// Auto-checkpoint policies: when a run writes a checkpoint without being asked. Pure decisions, so the
// schedule is testable without a clock or a process.
import { CheckpointError } from '../errors/index.js';

/** Signals a policy can trap; each one triggers a checkpoint and then ends the process. */
export type TrappableSignal = 'SIGTERM' | 'SIGINT' | 'SIGHUP';

const TRAPPABLE: readonly TrappableSignal[] = ['SIGTERM', 'SIGINT', 'SIGHUP'];

export interface CheckpointPolicy {
  /** Write a checkpoint once this many bars have been processed since the previous checkpoint. */
  readonly everyBars?: number;
  /** Write a checkpoint at the first bar boundary at least this many seconds after the previous one. */
  readonly everySeconds?: number;
  /** On these signals, write a checkpoint at the next bar boundary, then exit. */
  readonly onSignals?: readonly TrappableSignal[];
}

/** Why a checkpoint was written. */
export type CheckpointTrigger = 'start' | 'bars' | 'time' | 'signal' | 'demand' | 'finish';

/** A checked copy of a policy; throws E_ARGUMENT naming the member and the fix. */
export function normalizePolicy(policy: CheckpointPolicy | undefined): CheckpointPolicy {
  if (policy === undefined) return {};
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) {
    throw new CheckpointError({ code: 'E_ARGUMENT', message: 'the checkpoint policy must be an object like { everyBars: 500 }' });
  }
  for (const key of Object.keys(policy)) {
    if (key !== 'everyBars' && key !== 'everySeconds' && key !== 'onSignals') {
      throw new CheckpointError({ code: 'E_ARGUMENT', message: `unknown checkpoint policy member "${key}"`, hint: 'use everyBars, everySeconds and onSignals' });
    }
  }
  const out: { everyBars?: number; everySeconds?: number; onSignals?: TrappableSignal[] } = {};
  if (policy.everyBars !== undefined) {
    if (!Number.isSafeInteger(policy.everyBars) || policy.everyBars < 1) {
      throw new CheckpointError({ code: 'E_ARGUMENT', message: `policy.everyBars must be a positive integer, not ${String(policy.everyBars)}` });
    }
    out.everyBars = policy.everyBars;
  }
  if (policy.everySeconds !== undefined) {
    if (typeof policy.everySeconds !== 'number' || !Number.isFinite(policy.everySeconds) || policy.everySeconds <= 0) {
      throw new CheckpointError({ code: 'E_ARGUMENT', message: `policy.everySeconds must be a positive number of seconds, not ${String(policy.everySeconds)}` });
    }
    out.everySeconds = policy.everySeconds;
  }
  if (policy.onSignals !== undefined) {
    if (!Array.isArray(policy.onSignals)) {
      throw new CheckpointError({ code: 'E_ARGUMENT', message: 'policy.onSignals must be an array such as ["SIGTERM", "SIGINT"]' });
    }
    const signals: TrappableSignal[] = [];
    for (const s of policy.onSignals as unknown[]) {
      if (!TRAPPABLE.includes(s as TrappableSignal)) {
        throw new CheckpointError({
          code: 'E_ARGUMENT',
          message: `policy.onSignals: ${JSON.stringify(s)} cannot be trapped`,
          hint: `use some of ${TRAPPABLE.join(', ')} (SIGKILL and SIGSTOP cannot be caught by any process)`,
        });
      }
      if (!signals.includes(s as TrappableSignal)) signals.push(s as TrappableSignal);
    }
    out.onSignals = signals;
  }
  return out;
}

/** Progress since the previous checkpoint, as the auto-checkpointer tracks it. */
export interface Progress {
  readonly barsSince: number;
  /** Clock reading (milliseconds) of the previous checkpoint, or of the start/resume. */
  readonly lastAtMs: number;
  readonly nowMs: number;
}

/** The trigger that is due after a bar, or undefined. Bars win over time when both are due. */
export function dueTrigger(policy: CheckpointPolicy, progress: Progress): 'bars' | 'time' | undefined {
  if (policy.everyBars !== undefined && progress.barsSince >= policy.everyBars) return 'bars';
  if (policy.everySeconds !== undefined && progress.barsSince > 0 && progress.nowMs - progress.lastAtMs >= policy.everySeconds * 1000) return 'time';
  return undefined;
}
