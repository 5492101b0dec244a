// An index entry with the sort keys every ordering of the registry uses (list order, newest-first within
// a run). Its own module so the index log, the view and retention share one order without importing each other.
import { instantKey, type RegistryEntry } from './entry.js';

/**
 * What a query selects: a run and/or strategy, half-open ranges of instantKeys of both times. Here, beside the
 * order, so that the view, the row file and the synced view share it without importing each other.
 */
export interface Selection {
  readonly run?: string | undefined;
  readonly strategy?: string | undefined;
  readonly tsFrom?: string | undefined;
  readonly tsTo?: string | undefined;
  readonly createdFrom?: string | undefined;
  readonly createdTo?: string | undefined;
}

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

