// The auto-checkpointer of one run: called after every bar, it writes a checkpoint whenever the policy
// says so (every N bars, every T seconds, on a trapped signal), on demand, and at the end. Every
// checkpoint is linked to the previous one (parent id, sequence + 1) and saved through the store.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { CheckpointError } from '../errors/index.js';
import { LATEST_VERSION_STRING, type Checkpoint } from '../format/index.js';
import { createCheckpoint } from '../load/create.js';
import { captureState } from './capture.js';
import type { Checkpointable } from './contract.js';
import { dueTrigger, normalizePolicy, type CheckpointPolicy, type CheckpointTrigger, type TrappableSignal } from './policy.js';
import { exitLikeSignal, SignalTrap, type SignalSource } from './signals.js';
import { stateDigest } from './state-digest.js';
import type { CheckpointStore } from './store.js';

/** One checkpoint of the run, as the auto-checkpointer wrote (or found) it. */
export interface CheckpointRecord {
  readonly id: string;
  readonly run_id: string;
  readonly sequence: number;
  readonly parent_id: string | null;
  /** Engine time of the state. */
  readonly timestamp: string;
  /** Why it was asked for; 'resume' for the checkpoint a run was resumed from. */
  readonly trigger: CheckpointTrigger | 'resume';
  /**
   * False when no bar was processed since the previous checkpoint and the state is unchanged: nothing
   * new was written and this record is the previous checkpoint.
   */
  readonly written: boolean;
  /** Where the store put it, when this call wrote it. */
  readonly path?: string;
}

export interface CheckpointerOptions {
  readonly policy?: CheckpointPolicy;
  /** Monotonic milliseconds for `everySeconds`; defaults to performance.now(). Inject one in tests. */
  readonly clock?: () => number;
  /** Wall-clock time for created_at (never hashed); defaults to now. */
  readonly now?: () => Date;
  /** Called after every checkpoint request, written or not. */
  readonly onCheckpoint?: (record: CheckpointRecord) => void;
  /**
   * Ends the process after a trapped signal: called after the checkpoint the first signal asked for,
   * or at once on a second signal while the first is pending. Defaults to ending the process as the
   * signal would have (status 128 + signal number). A replacement that returns leaves the run closed.
   */
  readonly exit?: (signal: TrappableSignal) => void | Promise<void>;
  /** Where signals come from; defaults to `process`. */
  readonly signalSource?: SignalSource;
}

/** Where a checkpointer takes over: nothing yet (a new run), or the checkpoint a run resumed from. */
export type Origin = { readonly record: CheckpointRecord; readonly digest: string } | null;

// How long a run may go without yielding to the event loop when signals are trapped: the latency of
// a checkpoint-on-signal. Node delivers signals only between tasks, and a backtest loop is otherwise
// synchronous between saves.
const SIGNAL_LATENCY_MS = 10;

export class RunCheckpointer {
  readonly run: string;
  readonly policy: CheckpointPolicy;
  #last: CheckpointRecord | null;
  // State digest of the latest checkpoint, computed on first need from the checkpoint itself.
  #digest: string | null;
  #lastCheckpoint: Checkpoint | null = null;
  #barsSince = 0;
  #lastAtMs: number;
  #lastYield = performance.now();
  #busy = false;
  #closed = false;
  readonly #clock: () => number;
  readonly #now: () => Date;
  readonly #trap: SignalTrap;

  /** Use startRun, resume or openRun, which also write the first checkpoint or restore the engine. */
  constructor(
    private readonly engine: Checkpointable,
    private readonly store: CheckpointStore,
    run: string,
    origin: Origin,
    private readonly options: CheckpointerOptions = {},
  ) {
    this.run = run;
    this.policy = normalizePolicy(options.policy);
    this.#last = origin?.record ?? null;
    this.#digest = origin?.digest ?? null;
    this.#clock = options.clock ?? (() => performance.now());
    this.#now = options.now ?? (() => new Date());
    this.#lastAtMs = this.#clock();
    this.#trap = new SignalTrap(options.signalSource ?? (process as unknown as SignalSource), this.policy.onSignals ?? [], (s) => {
      this.#closed = true;
      void (options.exit ?? exitLikeSignal)(s);
    });
    this.#trap.install();
  }

  /** The latest checkpoint of the run (written by this checkpointer or resumed from); null before the first. */
  get last(): CheckpointRecord | null {
    return this.#last;
  }

  /** Bars processed since the latest checkpoint. */
  get barsSinceCheckpoint(): number {
    return this.#barsSince;
  }

  /** The trapped signal waiting for the next bar boundary, if any. */
  get pendingSignal(): TrappableSignal | null {
    return this.#trap.pending;
  }

  /** True after finish(), close(), or a handled signal: the run takes no more checkpoints. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Call after every bar, at a consistent point. Writes the checkpoint the policy asks for, or the one a
   * trapped signal asked for (then ends the process, see `exit`). Returns the record when it wrote one.
   */
  async afterBar(): Promise<CheckpointRecord | undefined> {
    this.#enter('afterBar');
    try {
      this.#barsSince++;
      if (this.#trap.active && performance.now() - this.#lastYield >= SIGNAL_LATENCY_MS) {
        await yieldToEventLoop();
        this.#lastYield = performance.now();
      }
      const signal = this.#trap.pending;
      if (signal !== null) return await this.#onSignal(signal);
      const due = dueTrigger(this.policy, {
        barsSince: this.#barsSince,
        lastAtMs: this.#lastAtMs,
        nowMs: this.policy.everySeconds === undefined ? this.#lastAtMs : this.#clock(),
      });
      return due === undefined ? undefined : await this.#write(due);
    } finally {
      this.#busy = false;
    }
  }

  /** Writes a checkpoint now (on demand). */
  async checkpoint(): Promise<CheckpointRecord> {
    this.#enter('checkpoint');
    try {
      return await this.#write('demand');
    } finally {
      this.#busy = false;
    }
  }

  /** Writes the final checkpoint, stops trapping signals and closes the run. */
  async finish(): Promise<CheckpointRecord> {
    this.#enter('finish');
    try {
      const record = await this.#write('finish');
      const signal = this.#trap.pending;
      this.#close();
      if (signal !== null) await (this.options.exit ?? exitLikeSignal)(signal);
      return record;
    } finally {
      this.#busy = false;
    }
  }

  /** Stops trapping signals and closes the run without writing anything. */
  close(): void {
    this.#close();
  }

  /** Writes the run's first checkpoint (sequence 0). For startRun. */
  async begin(): Promise<CheckpointRecord> {
    if (this.#last !== null) throw new CheckpointError({ code: 'E_ARGUMENT', message: 'begin() starts a new run; this one already has checkpoints' });
    this.#enter('begin');
    try {
      return await this.#write('start');
    } finally {
      this.#busy = false;
    }
  }

  async #onSignal(signal: TrappableSignal): Promise<CheckpointRecord> {
    const record = await this.#write('signal');
    this.#close();
    await (this.options.exit ?? exitLikeSignal)(signal);
    return record;
  }

  #enter(what: string): void {
    if (this.#closed) {
      throw new CheckpointError({ code: 'E_ARGUMENT', message: `${what}(): run ${JSON.stringify(this.run)} is closed (finished, closed, or stopped by a signal)`, hint: 'resume the run to continue it' });
    }
    if (this.#busy) {
      throw new CheckpointError({ code: 'E_ARGUMENT', message: `${what}() was called while a previous checkpointer call was still running`, hint: 'await every afterBar(), checkpoint() and finish() before the next call' });
    }
    this.#busy = true;
  }

  #close(): void {
    this.#trap.remove();
    this.#closed = true;
  }

  #lastDigest(): string | null {
    if (this.#digest === null && this.#lastCheckpoint !== null) {
      this.#digest = stateDigest(this.#lastCheckpoint);
      this.#lastCheckpoint = null;
    }
    return this.#digest;
  }

  async #write(trigger: CheckpointTrigger): Promise<CheckpointRecord> {
    const last = this.#last;
    const state = captureState(this.engine, { run: this.run, parent: last?.id ?? null, sequence: last === null ? 0 : last.sequence + 1 });
    // Only a request with no bar since the previous checkpoint can find the state unchanged (finish()
    // right after a scheduled checkpoint, a checkpoint right after resuming); the digest costs a hash.
    const digest = last !== null && this.#barsSince === 0 ? stateDigest({ ...state, version: LATEST_VERSION_STRING }) : null;
    this.#barsSince = 0;
    this.#lastAtMs = this.#clock();
    let record: CheckpointRecord;
    if (last !== null && digest !== null && digest === this.#lastDigest()) {
      record = { ...last, trigger, written: false };
      delete (record as { path?: string }).path;
    } else {
      const ckpt = createCheckpoint(state, { createdAt: this.#now() });
      const saved = await this.store.save(ckpt);
      if (saved.id !== ckpt.checkpoint_id) {
        throw new CheckpointError({
          code: 'E_HASH_MISMATCH',
          message: `the store saved checkpoint ${ckpt.checkpoint_id} under id ${saved.id}`,
          hint: 'the store must key checkpoints by their checkpoint_id',
        });
      }
      record = { id: ckpt.checkpoint_id, run_id: this.run, sequence: ckpt.sequence, parent_id: ckpt.parent_id, timestamp: ckpt.timestamp, trigger, written: true, path: saved.path };
      this.#last = record;
      this.#digest = digest;
      this.#lastCheckpoint = digest === null ? ckpt : null;
    }
    this.options.onCheckpoint?.(record);
    return record;
  }
}
