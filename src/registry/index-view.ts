// The in-memory view of the index log: entries by id, and sorted arrays per run and per strategy so that
// list and the candidate order of latest cost little even at 100k checkpoints. It mirrors the on-disk log
// (the registry reads the log's new tail before every query) and is never itself the source of an answer
// that matters: latest verifies the file of every candidate it returns.
import { instantKey, sameEntry, type RegistryEntry } from './entry.js';
import type { IndexRecord } from './index-log.js';

export interface Item {
  readonly entry: RegistryEntry;
  readonly tsKey: string;
  readonly createdKey: string;
}

/** List order: backtest time, then run, sequence and id, so the order is total and the same everywhere. */
export function compareItems(a: Item, b: Item): number {
  if (a.tsKey !== b.tsKey) return a.tsKey < b.tsKey ? -1 : 1;
  const ea = a.entry;
  const eb = b.entry;
  if (ea.run_id !== eb.run_id) return ea.run_id < eb.run_id ? -1 : 1;
  if (ea.sequence !== eb.sequence) return ea.sequence - eb.sequence;
  return ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0;
}

/** Newest first within a run: highest sequence, then latest recorded creation, then id (a total order). */
export function compareNewestFirst(a: Item, b: Item): number {
  if (a.entry.sequence !== b.entry.sequence) return b.entry.sequence - a.entry.sequence;
  if (a.createdKey !== b.createdKey) return a.createdKey < b.createdKey ? 1 : -1;
  return a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : 0;
}

export function itemOf(entry: RegistryEntry): Item {
  return { entry, tsKey: instantKey(entry.timestamp), createdKey: instantKey(entry.created_at) };
}

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

export class IndexView {
  private readonly byId = new Map<string, Item>();
  private all = new SortedItems();
  private byRun = new Map<string, SortedItems>();
  private byStrategy = new Map<string, SortedItems>();
  /** Set when an entry was removed or replaced: the arrays are rebuilt from byId on next use. */
  private stale = false;
  /** Records applied that no longer describe a live entry (deletes, replaced puts): compaction reclaims them. */
  dead = 0;

  get size(): number {
    return this.byId.size;
  }

  clear(): void {
    this.byId.clear();
    this.all = new SortedItems();
    this.byRun = new Map();
    this.byStrategy = new Map();
    this.stale = false;
    this.dead = 0;
  }

  apply(record: IndexRecord): void {
    if (record.op === 'del') {
      if (this.byId.delete(record.id)) this.stale = true;
      this.dead += 2;
      return;
    }
    const { entry } = record;
    const old = this.byId.get(entry.id);
    if (old !== undefined) {
      this.dead++;
      if (sameEntry(old.entry, entry)) return;
      this.stale = true;
    }
    const item = itemOf(entry);
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
    return this.byId.get(id)?.entry;
  }

  entries(): IterableIterator<RegistryEntry> {
    return [...this.byId.values()].map((i) => i.entry)[Symbol.iterator]();
  }

  /** Items in list order, narrowed to a run and/or strategy. */
  items(run?: string, strategy?: string): readonly Item[] {
    this.fresh();
    if (run !== undefined) {
      const items = this.byRun.get(run)?.get() ?? [];
      return strategy === undefined ? items : items.filter((i) => i.entry.strategy_name === strategy);
    }
    if (strategy !== undefined) return this.byStrategy.get(strategy)?.get() ?? [];
    return this.all.get();
  }

  /** Run ids of a strategy, the run with the most recently created checkpoint first. */
  runsByRecency(strategy: string): string[] {
    this.fresh();
    const newest = new Map<string, string>();
    for (const item of this.byStrategy.get(strategy)?.items ?? []) {
      const seen = newest.get(item.entry.run_id);
      if (seen === undefined || item.createdKey > seen) newest.set(item.entry.run_id, item.createdKey);
    }
    return [...newest.entries()].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? 1 : -1) : a[1] < b[1] ? 1 : -1)).map(([run]) => run);
  }

  /** The run's newest item by (sequence, created_at, id), found in one pass; undefined for an unknown run. */
  head(run: string): Item | undefined {
    this.fresh();
    let best: Item | undefined;
    for (const item of this.byRun.get(run)?.items ?? []) if (best === undefined || compareNewestFirst(item, best) < 0) best = item;
    return best;
  }

  /** Every item of a run, newest first (the fallback order when the head's file fails verification). */
  newestFirst(run: string): Item[] {
    this.fresh();
    return [...(this.byRun.get(run)?.items ?? [])].sort(compareNewestFirst);
  }
}

function bucket(map: Map<string, SortedItems>, key: string): SortedItems {
  let b = map.get(key);
  if (b === undefined) {
    b = new SortedItems();
    map.set(key, b);
  }
  return b;
}
