// The registry's in-memory view of the index log, kept in step with the file: each query first reads the
// log's new tail (or all of it, after a rewrite). A view may hold only some runs and strategies: a cold
// query about one run or one strategy then parses only its records, found by a byte search of the log.
import { CheckpointError } from '../errors/index.js';
import type { IndexLog, IndexRecord, LogPosition } from './index-log.js';
import { runNeedle, strategyNeedle } from './index-log.js';
import { inWindow, type Window } from './index-rows.js';
import { IndexView } from './index-view.js';
import type { Selection } from './item.js';
import { io } from './io-error.js';
import { INDEX_DIR } from './layout.js';

/** A view scoped to more runs and strategies than this reads the whole index instead. */
const MAX_SCOPED_KEYS = 8;
/**
 * Records after the snapshot (or in a format-1 log) from which a reader compacts the index, folding them into
 * a new snapshot: parsing them costs a fresh process about 5 µs each, so the tail is kept to a few ms.
 */
export const COMPACT_TAIL = 2000;

/** What a query needs the view to hold: a run, a strategy, ranges of instantKeys (absent: everything). */
export type Need = Selection;

/**
 * What the view holds: everything; only some runs and strategies (a format-1 log searched for their records); or
 * one window read through the row file (§6.5).
 */
type Scope = 'all' | { readonly runs: ReadonlySet<string>; readonly strategies: ReadonlySet<string> } | { readonly window: Window };

/**
 * The window a row-file read of `need` takes: the run; or the strategy within the timestamp range; or the
 * timestamp range; or the created_at range. Undefined when the need is everything.
 */
export function windowOf(need: Need | undefined): Window | undefined {
  if (need === undefined) return undefined;
  if (need.run !== undefined) return { run: need.run };
  const ts = need.tsFrom !== undefined || need.tsTo !== undefined ? { tsFrom: need.tsFrom, tsTo: need.tsTo } : {};
  if (need.strategy !== undefined) return { strategy: need.strategy, ...ts };
  if (need.tsFrom !== undefined || need.tsTo !== undefined) return ts;
  if (need.createdFrom !== undefined || need.createdTo !== undefined) return { createdFrom: need.createdFrom, createdTo: need.createdTo };
  return undefined;
}

/** Whether every entry of window `inner` lies in window `outer`. */
function within(inner: Window, outer: Window): boolean {
  const range = (iFrom?: string, iTo?: string, oFrom?: string, oTo?: string): boolean =>
    (oFrom === undefined || (iFrom !== undefined && iFrom >= oFrom)) && (oTo === undefined || (iTo !== undefined && iTo <= oTo));
  return (
    (outer.run === undefined || inner.run === outer.run) &&
    (outer.strategy === undefined || inner.strategy === outer.strategy) &&
    range(inner.tsFrom, inner.tsTo, outer.tsFrom, outer.tsTo) &&
    range(inner.createdFrom, inner.createdTo, outer.createdFrom, outer.createdTo)
  );
}

function covers(scope: Scope | undefined, need: Need | undefined): boolean {
  if (scope === 'all') return true;
  if (scope === undefined || need === undefined) return false;
  if ('window' in scope) {
    const w = windowOf(need);
    return w !== undefined && within(w, scope.window);
  }
  return need.run !== undefined ? scope.runs.has(need.run) : need.strategy !== undefined && scope.strategies.has(need.strategy);
}

/**
 * How a record read after a scoped view's rows changes the view: applied when it concerns the scope; a put of an
 * entry outside it removes that id (the entry it replaces may have been inside; a scoped view never holds an entry
 * the whole index would not). A del that names neither run nor strategy is applied (a no-op when unknown).
 */
function scoped(scope: Scope, r: IndexRecord): IndexRecord | undefined {
  if (scope === 'all' || r.op === 'del') return r;
  const e = r.entry;
  const inside = 'window' in scope ? inWindow(scope.window, e) : scope.runs.has(e.run_id) || scope.strategies.has(e.strategy_name);
  return inside ? r : { op: 'del', id: e.id };
}

/** Serializes async sections of one registry object (index reads, appends). */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export class SyncedView {
  readonly view = new IndexView();
  private position: LogPosition | undefined;
  /** What the view holds: everything, or only these runs and strategies (undefined: nothing read yet). */
  private scope: Scope | undefined;
  /** Index lines that were not records, since the last full read. */
  invalidLines = 0;
  /** Record lines of the log after its snapshot, as far as read. */
  private tail = 0;
  private compacting = false;
  private readonly mutex = new Mutex();
  /** Changes whenever the view takes in records or is reset: a caller can tell whether a refresh taught it anything. */
  generation = 0;

  constructor(
    private readonly root: string,
    /** The index log, or undefined while the registry root does not exist. */
    private readonly log: () => Promise<IndexLog | undefined>,
    /** Rebuilds a missing or unreadable log from the files. */
    private readonly rebuild: () => Promise<unknown>,
    /** Folds the log's tail into a new snapshot when it has grown long; best effort (false: not done). */
    private readonly compact: () => Promise<boolean>,
  ) {}

  /**
   * Brings the in-memory view up to date with the on-disk log, reading only its new tail. With `need`, the
   * view only has to hold that run (or, without a run, that strategy): a cold view then parses only those
   * records (found by a byte search), so a fresh process's latest({ run }) or list({ strategy }) does not
   * pay for materializing every entry. Without `need`, the view holds everything.
   */
  async refresh(need?: Need): Promise<void> {
    await this.read(need);
    if (this.tail >= COMPACT_TAIL && !this.compacting) {
      // Outside the mutex: compaction ends with a refresh of its own.
      this.compacting = true;
      try {
        if (!(await this.compact())) this.tail = 0; // read-only or busy: do not retry on every query
      } finally {
        this.compacting = false;
      }
    }
  }

  private read(need?: Need): Promise<void> {
    return this.mutex.run(async () => {
      const log = await this.log();
      if (!log) {
        this.view.clear();
        this.position = undefined;
        this.scope = undefined;
        return;
      }
      let scope = this.scope;
      if (!covers(scope, need)) {
        // A cold view of one window: the row file, when it names the log in place, gives the window's rows.
        const window = windowOf(need);
        const read = window === undefined ? undefined : await io('read the index', `${INDEX_DIR}/log.jsonl`, () => log.readWindow(window));
        if (read !== undefined) {
          this.view.clear();
          const inWin: Scope = { window: window! };
          this.view.load(read.items);
          for (const r of read.records) {
            const applied = scoped(inWin, r);
            if (applied !== undefined) this.view.apply(applied);
          }
          this.invalidLines = read.invalid;
          this.tail = read.tail;
          this.generation++;
          this.position = { ino: read.ino, offset: read.offset, format: read.format, ...(read.header !== undefined && { header: read.header }) };
          this.scope = inWin;
          return;
        }
        const old = scope === undefined || scope === 'all' || 'window' in scope ? { runs: new Set<string>(), strategies: new Set<string>() } : scope;
        scope =
          (need?.run === undefined && need?.strategy === undefined) || old.runs.size + old.strategies.size >= MAX_SCOPED_KEYS
            ? 'all'
            : need.run !== undefined
              ? { runs: new Set([...old.runs, need.run]), strategies: old.strategies }
              : { runs: old.runs, strategies: new Set([...old.strategies, need.strategy!]) };
        this.position = undefined;
        this.scope = undefined;
      }
      let problem = 'the index log kept changing while it was read';
      for (let attempt = 0; attempt < 3; attempt++) {
        const needles = this.position === undefined && scope !== undefined && scope !== 'all' && !('window' in scope) ? [...scope.runs].map(runNeedle).concat([...scope.strategies].map(strategyNeedle)) : undefined;
        const out = await io('read the index', `${INDEX_DIR}/log.jsonl`, () => log.read(this.position, needles));
        if ('missing' in out || 'badHeader' in out) {
          problem = 'missing' in out ? 'the index log is missing' : out.badHeader;
          await this.rebuild();
          this.position = undefined;
          continue;
        }
        if (out.reset) {
          this.view.clear(out.snapshot);
          this.invalidLines = 0;
          this.tail = 0;
          // A snapshot holds everything and its (short) tail was read whole: the view now has every entry.
          if (out.snapshot !== undefined) scope = 'all';
        }
        if (out.reset || out.records.length > 0) this.generation++;
        this.tail += out.tail;
        for (const r of out.records) {
          const applied = scoped(scope!, r);
          if (applied !== undefined) this.view.apply(applied);
        }
        this.invalidLines += out.invalid;
        this.position = { ino: out.ino, offset: out.offset, format: out.format, ...(out.header !== undefined && { header: out.header }) };
        this.scope = scope;
        return;
      }
      throw new CheckpointError(
        { code: 'E_IO', message: `the index of ${this.root} could not be read or rebuilt: ${problem}`, hint: 'run fsck' },
        undefined,
        { cause: new Error(problem) },
      );
    });
  }
}
