// A CheckpointStore test double: keeps checkpoint files in memory (their serialized bytes, so every load
// parses and verifies like a real registry). The exact-resume properties run hundreds of backtests with
// dozens of checkpoints each, which the in-memory store keeps fast; the real CheckpointRegistry is what
// the crash, checkpointer, guide and demo tests use.
import { loadCheckpoint, serializeCheckpoint, type Checkpoint, type CheckpointStore, type StoreEntry, type StoreSaveResult } from '../../src/index.js';

export class MemoryStore implements CheckpointStore {
  readonly files = new Map<string, string>();
  readonly entries: StoreEntry[] = [];

  async save(checkpoint: Checkpoint): Promise<StoreSaveResult> {
    const id = checkpoint.checkpoint_id;
    const created = !this.files.has(id);
    if (created) {
      this.files.set(id, serializeCheckpoint(checkpoint));
      this.entries.push({ id, run_id: checkpoint.run_id, sequence: checkpoint.sequence });
    }
    return { id, path: `memory:${id}`, created };
  }

  async load(id: string): Promise<{ checkpoint: Checkpoint }> {
    const text = this.files.get(id);
    if (text === undefined) throw new Error(`no checkpoint ${id}`);
    return loadCheckpoint(text, { source: `memory:${id}` });
  }

  async latest(query: { run: string }): Promise<StoreEntry | undefined> {
    return this.run(query.run).at(-1);
  }

  async list(query: { run: string }): Promise<StoreEntry[]> {
    return this.run(query.run);
  }

  /** The run's entries by sequence. */
  run(run: string): StoreEntry[] {
    return this.entries.filter((e) => e.run_id === run).sort((a, b) => a.sequence - b.sequence);
  }

  /** Ids of the run's checkpoints, by sequence. */
  ids(run: string): string[] {
    return this.run(run).map((e) => e.id);
  }
}
