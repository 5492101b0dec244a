// The registry's behaviour, one suite for every store. `registrySuite` is what every CheckpointRegistry does, and runs
// against the file registry, the in-memory object store and the real Ceph RADOS Gateway; `objectRegistrySuite` is
// the object-store commit protocol on top (spec/registry.md §10: sequence fencing, orphans, the lease, racing
// writers), for the in-memory store and the gateway. Each test uses its own registry (a fresh folder or prefix).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCheckpointError } from '../../src/errors/index.js';
import type { ObjectStore } from '../../src/objectstore/index.js';
import { checkpointKey, entryKey, ObjectStoreRegistry } from '../../src/objectstore/registry.js';
import { LEASE_KEY } from '../../src/objectstore/lease.js';
import { isObjectFsckReport, type CheckpointRegistry, type RegistryFsckReport } from '../../src/registry/index.js';
import { stateFor } from '../registry/helpers.js';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'fulfilled';
  } catch (e) {
    if (isCheckpointError(e)) return e.code;
    throw e;
  }
}

const at = (minute: number): Date => new Date(Date.UTC(2026, 0, 1, 0, minute));

/** What a store gives the common suite: a fresh registry, and a way to damage a stored checkpoint in place. */
export interface RegistryHarness {
  fresh(): CheckpointRegistry | Promise<CheckpointRegistry>;
  /** Overwrites the stored bytes of checkpoint `id` (a disk error, a bad copy, a hand edit). */
  damage(registry: CheckpointRegistry, id: string, bytes: string): Promise<void>;
}

/** Problems an fsck report names, whatever the store: damaged entries or corrupt files. */
function fsckProblems(report: RegistryFsckReport): number {
  return isObjectFsckReport(report) ? report.damaged.length : report.problems.length;
}

export function registrySuite(name: string, h: RegistryHarness): void {
  describe(`CheckpointRegistry on ${name}`, () => {
    it('create, load and list: the loaded checkpoint verifies and is the one saved', async () => {
      const reg = await h.fresh();
      const saved = await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      expect(saved.created).toBe(true);
      const loaded = await reg.load(saved.id);
      expect(loaded.id).toBe(saved.id);
      expect(loaded.checkpoint.run_id).toBe('run-a');
      expect(loaded.entry.id).toBe(saved.id);
      expect((await reg.list()).map((e) => e.id)).toEqual([saved.id]);
      expect(typeof reg.location).toBe('string');
    });

    it('saving the same checkpoint twice is idempotent: created false, one entry', async () => {
      const reg = await h.fresh();
      const a = await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      const b = await reg.save(a.checkpoint);
      expect([b.id, b.created]).toEqual([a.id, false]);
      expect(await reg.list()).toHaveLength(1);
    });

    it('load of an unknown id is E_NOT_FOUND; a bad id is E_INVALID_ID; latest of an unknown run is undefined', async () => {
      const reg = await h.fresh();
      await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      expect(await codeOf(reg.load('0'.repeat(64)))).toBe('E_NOT_FOUND');
      expect(await codeOf(reg.load('../etc/passwd'))).toBe('E_INVALID_ID');
      expect(await reg.latest({ run: 'run-b' })).toBeUndefined();
    });

    // Listing is not verification everywhere: the file registry lists from its index (fast), so a damaged file stays
    // listed until fsck; latest, load and retention verify on every store.
    it('latest is the highest sequence that verifies; a damaged newer checkpoint is passed over and does not load', async () => {
      const reg = await h.fresh();
      const ids: string[] = [];
      for (let s = 1; s <= 3; s++) ids.push((await reg.create(stateFor('run-a', s), { createdAt: at(s) })).id);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(ids[2]);
      await h.damage(reg, ids[2]!, '{"truncated":');
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(ids[1]);
      expect(await codeOf(reg.load(ids[2]!))).not.toBe('fulfilled');
    });

    it('list filters by run, strategy and time, and orders by timestamp, run, sequence', async () => {
      const reg = await h.fresh();
      await reg.create(stateFor('run-b', 1, { strategy: 'beta', timestamp: '2024-01-02T00:00:00Z' }), { createdAt: at(1) });
      await reg.create(stateFor('run-a', 1, { timestamp: '2024-01-01T00:00:00Z' }), { createdAt: at(2) });
      await reg.create(stateFor('run-a', 2, { timestamp: '2024-01-03T00:00:00Z' }), { createdAt: at(3) });
      const key = (e: { run_id: string; sequence: number }): string => `${e.run_id}#${e.sequence}`;
      expect((await reg.list()).map(key)).toEqual(['run-a#1', 'run-b#1', 'run-a#2']);
      expect((await reg.list({ run: 'run-a', order: 'desc' })).map(key)).toEqual(['run-a#2', 'run-a#1']);
      expect((await reg.list({ strategy: 'beta' })).map(key)).toEqual(['run-b#1']);
      expect((await reg.list({ timestamp: { from: '2024-01-02', to: '2024-01-03' } })).map(key)).toEqual(['run-b#1']);
      expect((await reg.list({ limit: 1 })).map(key)).toEqual(['run-a#1']);
      expect((await reg.latest({ strategy: 'beta' }))?.run_id).toBe('run-b');
    });

    it('delete removes a checkpoint once: then it is neither loaded, listed nor latest', async () => {
      const reg = await h.fresh();
      const a = await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      const b = await reg.create(stateFor('run-a', 2), { createdAt: at(2) });
      expect(await reg.delete(b.id)).toBe(true);
      expect(await reg.delete(b.id)).toBe(false);
      expect(await codeOf(reg.load(b.id))).toBe('E_NOT_FOUND');
      expect((await reg.list()).map((e) => e.id)).toEqual([a.id]);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(a.id);
    });

    it('retention keeps what the policy keeps, never the newest verified checkpoint of a run, never a damaged one; a dry run deletes nothing', async () => {
      const reg = await h.fresh();
      const ids: string[] = [];
      for (let s = 1; s <= 4; s++) ids.push((await reg.create(stateFor('run-a', s), { createdAt: at(s) })).id);
      await h.damage(reg, ids[3]!, 'not json');
      const plan = await reg.cleanup({ keepLast: 1 }, { dryRun: true });
      expect(plan.deleted.map((e) => e.sequence).sort()).toEqual([1, 2]);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(ids[2]);
      expect(await reg.load(ids[0]!)).toMatchObject({ id: ids[0] });
      const report = await reg.cleanup({ keepLast: 1 });
      expect(report.deleted.map((e) => e.sequence).sort()).toEqual([1, 2]);
      expect(report.kept.map((e) => e.sequence)).toEqual([3]);
      expect(report.skipped).toHaveLength(1);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(ids[2]);
    });

    it('fsck finds a damaged checkpoint and repairs it away; a dry run only reports; a healthy registry is clean', async () => {
      const reg = await h.fresh();
      const ids: string[] = [];
      for (let s = 1; s <= 2; s++) ids.push((await reg.create(stateFor('run-a', s), { createdAt: at(s) })).id);
      const healthy = await reg.fsck();
      expect([healthy.clean, healthy.ok, fsckProblems(healthy)]).toEqual([true, 2, 0]);
      await h.damage(reg, ids[1]!, '{"run_id":');
      const dry = await reg.fsck({ dryRun: true });
      expect([dry.clean, dry.ok, fsckProblems(dry)]).toEqual([false, 1, 1]);
      expect(fsckProblems(await reg.fsck({ dryRun: true }))).toBe(1);
      const repaired = await reg.fsck();
      expect([repaired.clean, fsckProblems(repaired)]).toEqual([false, 1]);
      const after = await reg.fsck();
      expect([after.clean, after.ok, fsckProblems(after)]).toEqual([true, 1, 0]);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(ids[0]);
    });
  });
}

export function objectRegistrySuite(name: string, open: (prefix: string) => ObjectStore, options: { writers?: number; rounds?: number } = {}): void {
  describe(`object-store commit protocol on ${name}`, () => {
    const fresh = (now?: () => number): ObjectStoreRegistry => new ObjectStoreRegistry(open(`reg-${randomUUID()}`), now ? { now } : {});

    it('a second checkpoint for a committed (run, sequence) is E_CONFLICT and is never listed', async () => {
      const reg = fresh();
      const first = await reg.create(stateFor('run-a', 1, { salt: 'primary' }), { createdAt: at(1) });
      const code = await codeOf(reg.create(stateFor('run-a', 1, { salt: 'standby' }), { createdAt: at(1) }));
      expect(code).toBe('E_CONFLICT');
      expect((await reg.list()).map((e) => e.id)).toEqual([first.id]);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(first.id);
    });

    it('latest is the highest committed sequence that verifies; damaged ones are passed over and reported', async () => {
      const store = open(`reg-${randomUUID()}`);
      const reg = new ObjectStoreRegistry(store);
      const ids: string[] = [];
      for (let s = 1; s <= 3; s++) ids.push((await reg.create(stateFor('run-a', s), { createdAt: at(s) })).id);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(ids[2]);
      // Damage the newest checkpoint in place: latest falls back to sequence 2 and says why.
      await store.put(checkpointKey(ids[2]!), new TextEncoder().encode('{"truncated":'));
      const report = await reg.latestReport({ run: 'run-a' });
      expect(report.entry?.id).toBe(ids[1]);
      expect(report.skipped.map((s) => [s.key, s.code])).toEqual([[entryKey('run-a', 3), 'E_PARSE']]);
      expect((await reg.list()).map((e) => e.sequence)).toEqual([1, 2]);
    });

    it('an orphan (checkpoint object without entry: a writer died between the two PUTs) is never listed or latest', async () => {
      const store = open(`reg-${randomUUID()}`);
      const reg = new ObjectStoreRegistry(store);
      const one = await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      const other = new ObjectStoreRegistry(open(`reg-${randomUUID()}`));
      const orphan = await other.create(stateFor('run-a', 2), { createdAt: at(2) });
      const bytes = (await other.store.get(checkpointKey(orphan.id)))!.body;
      await store.put(checkpointKey(orphan.id), bytes);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(one.id);
      expect((await reg.list()).map((e) => e.id)).toEqual([one.id]);
      expect((await reg.fsck()).orphans).toEqual([checkpointKey(orphan.id)]);
    });

    it('delete retires the entry and removes the object, under the lease, which is released after', async () => {
      const reg = fresh();
      const a = await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      const b = await reg.create(stateFor('run-a', 2), { createdAt: at(2) });
      expect(await reg.delete(a.id)).toBe(true);
      expect(await reg.delete(a.id)).toBe(false);
      expect(await codeOf(reg.load(a.id))).toBe('E_NOT_FOUND');
      expect((await reg.list()).map((e) => e.id)).toEqual([b.id]);
      // The retired entry still fences its sequence.
      expect(await codeOf(reg.create(stateFor('run-a', 1), { createdAt: at(1) }))).toBe('E_CONFLICT');
      expect(await reg.delete(b.id)).toBe(true); // the lease was released by the first delete
    });

    it('a live lease held by another process makes deletes and cleanup E_LOCKED; an expired one is taken over', async () => {
      let now = at(10).getTime();
      const store = open(`reg-${randomUUID()}`);
      const reg = new ObjectStoreRegistry(store, { now: () => now });
      const a = await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      await reg.create(stateFor('run-a', 2), { createdAt: at(2) });
      const other = { holder: 'other-host', operation: 'cleanup', acquired_at: new Date(now).toISOString(), expires_at: new Date(now + 60_000).toISOString() };
      await store.put(LEASE_KEY, new TextEncoder().encode(JSON.stringify(other)), { condition: { ifNoneMatch: '*' } });
      expect(await codeOf(reg.delete(a.id))).toBe('E_LOCKED');
      expect(await codeOf(reg.cleanup({ keepLast: 1 }))).toBe('E_LOCKED');
      expect((await reg.cleanup({ keepLast: 1 }, { dryRun: true })).deleted.map((e) => e.sequence)).toEqual([1]);
      now += 60_000 + 30_001; // past the expiry and the clock allowance
      const report = await reg.cleanup({ keepLast: 1 });
      expect(report.deleted.map((e) => e.sequence)).toEqual([1]);
      expect((await reg.list()).map((e) => e.sequence)).toEqual([2]);
    });

    it('retention never deletes the newest verified checkpoint of a run, even when newer ones are damaged', async () => {
      const store = open(`reg-${randomUUID()}`);
      const reg = new ObjectStoreRegistry(store);
      const ids: string[] = [];
      for (let s = 1; s <= 4; s++) ids.push((await reg.create(stateFor('run-a', s), { createdAt: at(s) })).id);
      await store.put(checkpointKey(ids[3]!), new TextEncoder().encode('not json'));
      const report = await reg.cleanup({ keepLast: 1 });
      expect(report.deleted.map((e) => e.sequence).sort()).toEqual([1, 2]);
      expect(report.skipped.map((s) => s.path)).toEqual([entryKey('run-a', 4)]);
      expect((await reg.latest({ run: 'run-a' }))?.id).toBe(ids[2]);
      const fsck = await reg.fsck();
      expect([fsck.ok, fsck.damaged.length, fsck.retired, fsck.orphans]).toEqual([1, 1, [entryKey('run-a', 4)], []]);
      expect((await reg.fsck()).damaged).toEqual([]);
      // The retired entry's object stays for inspection, and is now reported as an orphan.
      expect((await reg.fsck()).orphans).toEqual([checkpointKey(ids[3]!)]);
    });

    it('fsck reports a live lease and repairs nothing under it; a lease whose holder died is taken over and released', async () => {
      let now = at(10).getTime();
      const store = open(`reg-${randomUUID()}`);
      const reg = new ObjectStoreRegistry(store, { now: () => now });
      const a = await reg.create(stateFor('run-a', 1), { createdAt: at(1) });
      const b = await reg.create(stateFor('run-a', 2), { createdAt: at(2) });
      await store.put(checkpointKey(b.id), new TextEncoder().encode('damaged'));
      const dead = { holder: 'dead-host', operation: 'cleanup', acquired_at: new Date(now).toISOString(), expires_at: new Date(now + 60_000).toISOString() };
      await store.put(LEASE_KEY, new TextEncoder().encode(JSON.stringify(dead)), { condition: { ifNoneMatch: '*' } });
      const live = await reg.fsck();
      expect(live.lease.active).toContain('dead-host');
      expect([live.retired, live.damaged.length, live.clean]).toEqual([[], 1, false]);
      now += 60_000 + 30_001;
      const dry = await reg.fsck({ dryRun: true });
      expect([dry.lease.expired?.includes('dead-host'), dry.retired]).toEqual([true, []]);
      const repaired = await reg.fsck();
      expect([repaired.lease.expired?.includes('dead-host'), repaired.retired]).toEqual([true, [entryKey('run-a', 2)]]);
      // Taken over and released: the next fsck sees no lease to clear, and a delete gets the lease at once.
      expect((await reg.fsck()).lease).toEqual({});
      expect(await reg.delete(a.id)).toBe(true);
    });

    const writers = options.writers ?? 8;
    const rounds = options.rounds ?? 5;
    it(`${writers} writers in two groups race for every sequence of one run: one winner each, every acknowledged save verifies, latest right after each round`, async () => {
      const prefix = `reg-${randomUUID()}`;
      // Separate registry objects (and for S3 separate connections) stand for the two hosts' processes.
      const regs = Array.from({ length: writers }, () => new ObjectStoreRegistry(open(prefix)));
      const acknowledged = new Map<number, string>();
      for (let seq = 1; seq <= rounds; seq++) {
        const outcomes = await Promise.all(
          regs.map(async (reg, w) => {
            try {
              return { w, id: (await reg.create(stateFor('shared', seq, { salt: `host${w % 2}-proc${w}` }), { createdAt: at(seq) })).id };
            } catch (e) {
              if (isCheckpointError(e) && e.code === 'E_CONFLICT') return { w, conflict: true };
              throw e;
            }
          }),
        );
        const winners = outcomes.filter((o) => 'id' in o);
        expect(winners, `round ${seq}`).toHaveLength(1);
        acknowledged.set(seq, (winners[0] as { id: string }).id);
        const reader = regs[seq % writers]!;
        expect((await reader.latest({ run: 'shared' }))?.id).toBe(acknowledged.get(seq));
      }
      const listed = await regs[0]!.list({ run: 'shared' });
      expect(listed.map((e) => [e.sequence, e.id])).toEqual([...acknowledged]);
      for (const id of acknowledged.values()) expect((await regs[1]!.load(id)).id).toBe(id);
    });
  });
}
