// The in-memory view of the index log: entries by id, and sorted arrays per run and per strategy so that
// list and the candidate order of latest cost little even at 100k checkpoints, on top of the index's
// snapshot, whose rows become entries only when a query returns them. It mirrors the on-disk log
// (the registry reads the log's new tail before every query) and is never itself the source of an answer
// that matters: latest verifies the file of every candidate it returns.
import { sameEntry, type RegistryEntry } from './entry.js';
import type { IndexRecord } from './index-log.js';
import { compareItems, compareNewestFirst, itemOf, type Item, type Selection } from './item.js';
import { index, rowCreatedKey, rowEntry, rowOf, rowTsKey, rowValid, type Snapshot } from './index-snapshot.js';

/** A sorted array that accepts appends cheaply and re-sorts only when an append lands out of order. */
class SortedItems {
  items: Item[] = [];
  private sorted = true;

  push(item: Item): void {
    const last = this.items[this.items.length - 1];
    if (last !== undefined && compareItems(last, item) > 0) this.sorted = false;
    this.items.push(item);
  }

  get(): Item[] {
    if (!this.sorted) {
      this.items.sort(compareItems);
      this.sorted = true;
    }
    return this.items;
  }
}


/**
 * The view has two layers. The base is the index's snapshot (columns, rows in list order): it is kept as
 * loaded, and a row becomes an entry only when a query returns it, so a fresh process's first query costs
 * a parse of the snapshot plus the rows it returns. The overlay holds the entries of the records after the
 * snapshot (the log's tail), and every base row those records deleted or replaced is marked gone.
 */
export class IndexView {
  private base: Snapshot | undefined;
  private baseItems: (Item | null | undefined)[] = [];
  private gone = new Set<number>();
  private runRows: Map<number, number[]> | undefined;
  private strategyRows: Map<number, number[]> | undefined;
  private runIndex: Map<string, number> | undefined;
  private strategyIndex: Map<string, number> | undefined;

  private readonly byId = new Map<string, Item>();
  private all = new SortedItems();
  private byRun = new Map<string, SortedItems>();
  private byStrategy = new Map<string, SortedItems>();
  /** Set when an overlay entry was removed or replaced: its arrays are rebuilt from byId on next use. */
  private stale = false;
  /** Records applied that no longer describe a live entry (deletes, replaced puts): compaction reclaims them. */
  dead = 0;

  get size(): number {
    return (this.base?.count ?? 0) - this.gone.size + this.byId.size;
  }

  clear(base?: Snapshot): void {
    this.base = base;
    // Filled by push, so V8 keeps it a packed array (new Array(100_000) would be a slow dictionary).
    this.baseItems = [];
    for (let row = 0; row < (base?.count ?? 0); row++) this.baseItems.push(undefined);
    this.gone = new Set();
    this.runRows = undefined;
    this.strategyRows = undefined;
    this.runIndex = undefined;
    this.strategyIndex = undefined;
    this.byId.clear();
    this.all = new SortedItems();
    this.byRun = new Map();
    this.byStrategy = new Map();
    this.stale = false;
    this.dead = 0;
  }

  /** The live base row of `id`, if any. */
  private baseRow(id: string): number | undefined {
    if (this.base === undefined) return undefined;
    const row = rowOf(this.base, id);
    return row === undefined || this.gone.has(row) ? undefined : row;
  }

  /** A base row's item, built on first use; null for a malformed row (skipped, like a torn record). */
  private baseItem(row: number): Item | null {
    let item = this.baseItems[row];
    if (item === undefined) {
      const base = this.base!;
      item = rowValid(base, row) ? new BaseItem(base, row) : null;
      this.baseItems[row] = item;
    }
    return item;
  }

  /**
   * Fills an empty view with the items of a window read through the row file, already in list order and with
   * distinct ids: each array takes them as they come, with none of apply's checks (there is nothing to replace).
   */
  load(items: readonly Item[]): void {
    for (const item of items) {
      this.byId.set(item.entry.id, item);
      this.all.items.push(item);
      bucket(this.byRun, item.entry.run_id).items.push(item);
      bucket(this.byStrategy, item.entry.strategy_name).items.push(item);
    }
  }

  /** Applies a record; `given` is the item of a put's entry when the caller has it already (its sort keys). */
  apply(record: IndexRecord, given?: Item): void {
    if (record.op === 'del') {
      if (this.byId.delete(record.id)) this.stale = true;
      const row = this.baseRow(record.id);
      if (row !== undefined) this.gone.add(row);
      this.dead += 2;
      return;
    }
    const { entry } = record;
    const old = this.byId.get(entry.id);
    if (old !== undefined) {
      this.dead++;
      if (sameEntry(old.entry, entry)) return;
      this.stale = true;
    } else {
      const row = this.baseRow(entry.id);
      if (row !== undefined) {
        this.dead++;
        const known = this.baseItem(row);
        if (known !== null && sameEntry(known.entry, entry)) return;
        this.gone.add(row);
      }
    }
    const item = given ?? itemOf(entry);
    this.byId.set(entry.id, item);
    if (!this.stale) this.add(item);
  }

  private add(item: Item): void {
    this.all.push(item);
    bucket(this.byRun, item.entry.run_id).push(item);
    bucket(this.byStrategy, item.entry.strategy_name).push(item);
  }

  private fresh(): void {
    if (!this.stale) return;
    this.all = new SortedItems();
    this.byRun = new Map();
    this.byStrategy = new Map();
    for (const item of this.byId.values()) this.add(item);
    this.stale = false;
  }

  get(id: string): RegistryEntry | undefined {
    const item = this.byId.get(id);
    if (item !== undefined) return item.entry;
    const row = this.baseRow(id);
    return row === undefined ? undefined : (this.baseItem(row)?.entry ?? undefined);
  }

  entries(): RegistryEntry[] {
    return this.select({}).map((i) => i.entry);
  }

  /** Base rows of a run or strategy (ascending, so in list order), by one pass over its column, kept. */
  private rowsOf(kind: 'run' | 'strategy', name: string): readonly number[] {
    const base = this.base!;
    if (kind === 'run') {
      this.runIndex ??= new Map(base.runs.map((r, i) => [r, i]));
      this.runRows ??= groupRows(base.run);
      const i = this.runIndex.get(name);
      return i === undefined ? [] : (this.runRows.get(i) ?? []);
    }
    this.strategyIndex ??= new Map(base.strategies.map((r, i) => [r, i]));
    this.strategyRows ??= groupRows(base.strategy);
    const i = this.strategyIndex.get(name);
    return i === undefined ? [] : (this.strategyRows.get(i) ?? []);
  }

  /** Live items of a selection, in list order; base rows are built into entries only when selected. */
  select(q: Selection): Item[] {
    this.fresh();
    let overlay: readonly Item[];
    if (q.run !== undefined) {
      const items = this.byRun.get(q.run)?.get() ?? [];
      overlay = q.strategy === undefined ? items : items.filter((i) => i.entry.strategy_name === q.strategy);
    } else if (q.strategy !== undefined) overlay = this.byStrategy.get(q.strategy)?.get() ?? [];
    else overlay = this.all.get();
    overlay = sliceByTs(overlay, q.tsFrom, q.tsTo, (i) => i.tsKey);
    if (q.createdFrom !== undefined || q.createdTo !== undefined) overlay = overlay.filter((i) => inRange(i.createdKey, q.createdFrom, q.createdTo));
    const base = this.base;
    if (base === undefined || base.count === this.gone.size) return [...overlay];

    const byCreated = q.createdFrom !== undefined || q.createdTo !== undefined;
    const byTs = q.tsFrom !== undefined || q.tsTo !== undefined;
    let rows: readonly number[] | undefined = q.run !== undefined ? this.rowsOf('run', q.run) : q.strategy !== undefined ? this.rowsOf('strategy', q.strategy) : undefined;
    if (rows === undefined && byCreated && !byTs) rows = this.rowsCreatedIn(q.createdFrom, q.createdTo);
    const n = rows === undefined ? base.count : rows.length;
    const at = rows === undefined ? (k: number) => k : (k: number) => rows[k]!;
    const lo = q.tsFrom === undefined ? 0 : lowerBoundBy(n, (k) => rowTsKey(base, at(k)) < q.tsFrom!);
    const hi = q.tsTo === undefined ? n : lowerBoundBy(n, (k) => rowTsKey(base, at(k)) < q.tsTo!);
    const strategyIx = q.run !== undefined && q.strategy !== undefined ? (this.strategyIndex ??= new Map(base.strategies.map((r, i) => [r, i]))).get(q.strategy) ?? -1 : undefined;
    const fromBase: Item[] = [];
    for (let k = lo; k < hi; k++) {
      const row = at(k);
      if (this.gone.has(row)) continue;
      if (strategyIx !== undefined && base.strategy[row] !== strategyIx) continue;
      if (byCreated && !inRange(rowCreatedKey(base, row), q.createdFrom, q.createdTo)) continue;
      if (byTs && !inRange(rowTsKey(base, row), q.tsFrom, q.tsTo)) continue;
      const item = this.baseItem(row);
      if (item !== null) fromBase.push(item);
    }
    return overlay.length === 0 ? fromBase : merge(fromBase, overlay);
  }

  /**
   * Base rows created in [from, to), in row (list) order: a binary search of the created_at order. Rows are
   * still checked against the range one by one by the caller (the order is not trusted).
   */
  private rowsCreatedIn(from: string | undefined, to: string | undefined): number[] {
    const base = this.base!;
    const order = base.byCreated;
    const key = (k: number): string => {
      const row = order[k];
      return index(row, base.count) ? rowCreatedKey(base, row!) : '';
    };
    const lo = from === undefined ? 0 : lowerBoundBy(base.count, (k) => key(k) < from);
    const hi = to === undefined ? base.count : lowerBoundBy(base.count, (k) => key(k) < to);
    const rows: number[] = [];
    for (let k = lo; k < hi; k++) {
      const row = order[k];
      if (index(row, base.count)) rows.push(row!);
    }
    rows.sort((a, b) => a - b);
    return rows.filter((row, k) => k === 0 || rows[k - 1] !== row);
  }

  /** Items in list order, narrowed to a run and/or strategy. */
  items(run?: string, strategy?: string): readonly Item[] {
    return this.select({ run, strategy });
  }

  /** Run ids of a strategy, the run with the most recently created checkpoint first. */
  runsByRecency(strategy: string): string[] {
    this.fresh();
    const newest = new Map<string, string>();
    const see = (run: string, createdKey: string): void => {
      const seen = newest.get(run);
      if (seen === undefined || createdKey > seen) newest.set(run, createdKey);
    };
    for (const item of this.byStrategy.get(strategy)?.items ?? []) see(item.entry.run_id, item.createdKey);
    const base = this.base;
    if (base !== undefined) {
      for (const row of this.rowsOf('strategy', strategy)) if (!this.gone.has(row) && rowValid(base, row)) see(base.runs[base.run[row]!]!, rowCreatedKey(base, row));
    }
    return [...newest.entries()].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? 1 : -1) : a[1] < b[1] ? 1 : -1)).map(([run]) => run);
  }

  /** The run's newest item by (sequence, created_at, id), found in one pass; undefined for an unknown run. */
  head(run: string): Item | undefined {
    let best: Item | undefined;
    for (const item of this.select({ run })) if (best === undefined || compareNewestFirst(item, best) < 0) best = item;
    return best;
  }

  /** Every item of a run, newest first (the fallback order when the head's file fails verification). */
  newestFirst(run: string): Item[] {
    return this.select({ run }).sort(compareNewestFirst);
  }
}

/** An item of a base row: its sort keys are sliced from the columns only when a comparison needs them. */
class BaseItem implements Item {
  readonly entry: RegistryEntry;
  constructor(
    private readonly base: Snapshot,
    private readonly row: number,
  ) {
    this.entry = rowEntry(base, row);
  }
  get tsKey(): string {
    return rowTsKey(this.base, this.row);
  }
  get createdKey(): string {
    return rowCreatedKey(this.base, this.row);
  }
}

function groupRows(column: readonly number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let row = 0; row < column.length; row++) {
    const v = column[row]!;
    let rows = out.get(v);
    if (rows === undefined) out.set(v, (rows = []));
    rows.push(row);
  }
  return out;
}

function inRange(key: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || key >= from) && (to === undefined || key < to);
}

/** The first k in [0, n) for which `before(k)` is false (before must be true on a prefix). */
function lowerBoundBy(n: number, before: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sliceByTs(items: readonly Item[], from: string | undefined, to: string | undefined, key: (i: Item) => string): readonly Item[] {
  if (from === undefined && to === undefined) return items;
  const lo = from === undefined ? 0 : lowerBoundBy(items.length, (k) => key(items[k]!) < from);
  const hi = to === undefined ? items.length : lowerBoundBy(items.length, (k) => key(items[k]!) < to);
  return items.slice(lo, Math.max(lo, hi));
}

function merge(a: readonly Item[], b: readonly Item[]): Item[] {
  const out: Item[] = new Array<Item>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareItems(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function bucket(map: Map<string, SortedItems>, key: string): SortedItems {
  let b = map.get(key);
  if (b === undefined) {
    b = new SortedItems();
    map.set(key, b);
  }
  return b;
}
