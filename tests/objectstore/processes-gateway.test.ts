// Real processes against the real Ceph RADOS Gateway (CKPT_S3_GATEWAY=require, as .ci/run sets it):
//   - 8 writer processes in two groups (two "hosts") race for every sequence of one run;
//   - 100 trials of a writer killed with SIGKILL at a random moment: nothing partial or unverifiable is ever
//     listed or returned, and every save that returned is there.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ObjectStoreRegistry, resolveAwsSettings, S3ObjectStore, type AwsSettings } from '../../src/index.js';
import { DIST_INDEX, ensureDist } from '../registry/helpers.js';

const WRITER = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/s3-writer.mjs');
const mode = process.env.CKPT_S3_GATEWAY ?? 'none';
const bucket = process.env.CKPT_S3_TEST_BUCKET ?? 'ckpt-test';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Child {
  readonly child: ReturnType<typeof spawn>;
  readonly ready: Promise<void>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly out: () => string;
  readonly err: () => string;
}

function start(args: string[], waitReady: boolean): Child {
  const child = spawn(process.execPath, [WRITER, DIST_INDEX, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (!waitReady || out.startsWith('ready\n')) resolve();
    });
    child.stderr!.on('data', (d) => (err += String(d)));
    child.once('close', () => reject(new Error(`writer exited early: ${err}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, exited, out: () => out, err: () => err };
}

const gateway = mode === 'require';
let settings: AwsSettings | undefined;
const registry = (prefix: string): ObjectStoreRegistry => new ObjectStoreRegistry(new S3ObjectStore({ bucket, prefix, settings: (settings ??= resolveAwsSettings()), dialect: 'ceph-16' }));

describe.skipIf(!gateway)('writer processes on the Ceph RADOS Gateway (skipped unless CKPT_S3_GATEWAY=require, after scripts/s3-gateway/start.sh)', () => {
  beforeAll(async () => {
    ensureDist();
    await new S3ObjectStore({ bucket, settings: (settings ??= resolveAwsSettings()), dialect: 'ceph-16' }).createBucket();
  }, 300_000);

  describe('racing and killed writers', () => {
    it('8 processes on two hosts race for sequences 1..10 of one run: one winner each, all verify, latest is the last winner', async () => {
      const prefix = `procs-${randomUUID()}`;
      const writers = Array.from({ length: 8 }, (_, i) => start(['race', prefix, 'shared', '10', `host${i % 2}-writer${i}`], false));
      const results = await Promise.all(writers.map((w) => w.exited));
      results.forEach((r, i) => expect(r.code, writers[i]!.err()).toBe(0));
      const winners = new Map<number, string[]>();
      for (const w of writers) {
        for (const line of w.out().split('\n')) {
          const [what, seq, id] = line.split(' ');
          if (what === 'won') winners.set(Number(seq), [...(winners.get(Number(seq)) ?? []), id!]);
        }
      }
      for (let seq = 1; seq <= 10; seq++) expect(winners.get(seq), `sequence ${seq}`).toHaveLength(1);
      const reg = registry(prefix);
      const listed = await reg.list({ run: 'shared' });
      expect(listed.map((e) => [e.sequence, e.id])).toEqual([...winners].sort((a, b) => a[0] - b[0]).map(([s, ids]) => [s, ids[0]]));
      expect((await reg.latest({ run: 'shared' }))?.id).toBe(winners.get(10)![0]);
      expect((await reg.fsck()).damaged).toEqual([]);
    }, 300_000);

    it('100 SIGKILL trials: every returned save loads and is listed, latest verifies, nothing damaged is ever returned', async () => {
      const prefix = `kill-${randomUUID()}`;
      const reg = registry(prefix);
      const pool: Child[] = [];
      const refill = (): void => {
        while (pool.length < 2) pool.push(start(['loop'], true));
      };
      refill();
      let returned = 0;
      let inFlightLanded = 0;
      try {
        for (let t = 0; t < 100; t++) {
          const w = pool.shift()!;
          refill();
          await w.ready;
          const run = `crash-${t}`;
          w.child.stdin!.write(`${prefix} ${run} 0\n`);
          await sleep(Math.random() * 150);
          w.child.kill('SIGKILL');
          const { signal } = await w.exited;
          expect(signal, w.err()).toBe('SIGKILL');
          const saves = w
            .out()
            .split('\n')
            .filter((l) => l.startsWith('saved '))
            .map((l) => l.split(' '))
            .map(([, seq, id]) => ({ seq: Number(seq), id: id! }));
          returned += saves.length;
          const latest = await reg.latest({ run });
          const listed = await reg.list({ run });
          const max = saves.length - 1;
          if (saves.length > 0) expect(latest, `trial ${t}`).toBeDefined();
          if (latest !== undefined) {
            expect(latest.sequence, `trial ${t}`).toBeGreaterThanOrEqual(max);
            expect(latest.sequence, `trial ${t}: never attempted`).toBeLessThanOrEqual(max + 1);
            if (latest.sequence > max) inFlightLanded++;
            expect((await reg.load(latest.id)).checkpoint.sequence).toBe(latest.sequence);
          }
          for (const s of saves) expect((await reg.load(s.id)).checkpoint.sequence).toBe(s.seq);
          expect(listed.map((e) => e.sequence)).toEqual(Array.from({ length: listed.length }, (_, i) => i));
          expect(listed.length).toBeGreaterThanOrEqual(saves.length);
        }
      } finally {
        for (const w of pool) w.child.kill('SIGKILL');
        await Promise.all(pool.map((w) => w.exited));
      }
      const fsck = await reg.fsck();
      console.log(`S3 kill trials: 100 trials, ${returned} saves returned, ${inFlightLanded} in-flight saves committed, ${fsck.orphans.length} orphans, ${fsck.ok} committed`);
      expect(fsck.damaged).toEqual([]);
      expect(returned).toBeGreaterThan(0);
    }, 600_000);
  });
});
