// Trapping termination signals so a run can checkpoint before it exits. A trapped signal only sets a
// flag: the checkpoint is written at the next bar boundary, where the state is consistent. A second
// signal while one is pending exits at once, as an untrapped signal would.
import { constants } from 'node:os';
import type { TrappableSignal } from './policy.js';

/** The part of `process` a trap uses; tests pass an EventEmitter. */
export interface SignalSource {
  on(signal: TrappableSignal, listener: (signal: TrappableSignal) => void): unknown;
  off(signal: TrappableSignal, listener: (signal: TrappableSignal) => void): unknown;
}

/** Ends the process the way the signal would have without a trap (exit status 128 + signal number). */
export function exitLikeSignal(signal: TrappableSignal): never {
  // Our listener is gone by now, so re-raising gets the default action; a listener someone else
  // installed could swallow it, hence the explicit exit after.
  process.kill(process.pid, signal);
  process.exit(128 + (constants.signals[signal] ?? 0));
}

export class SignalTrap {
  #pending: TrappableSignal | null = null;
  readonly #listener = (signal: TrappableSignal): void => {
    if (this.#pending !== null) {
      this.remove();
      this.onSecond(signal);
      return;
    }
    this.#pending = signal;
  };
  #installed = false;

  constructor(
    private readonly source: SignalSource,
    private readonly signals: readonly TrappableSignal[],
    private readonly onSecond: (signal: TrappableSignal) => void,
  ) {}

  install(): void {
    if (this.#installed || this.signals.length === 0) return;
    for (const s of this.signals) this.source.on(s, this.#listener);
    this.#installed = true;
  }

  remove(): void {
    if (!this.#installed) return;
    for (const s of this.signals) this.source.off(s, this.#listener);
    this.#installed = false;
  }

  get active(): boolean {
    return this.#installed;
  }

  get pending(): TrappableSignal | null {
    return this.#pending;
  }
}
