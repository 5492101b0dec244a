// The command line and the demo against the real Ceph RADOS Gateway, as a user runs them: every registry command
// with --registry s3://BUCKET/PREFIX (settings from AWS_* as start.sh prints them), and `npm start -- --registry
// s3://…`. Runs under CKPT_S3_GATEWAY=require (.ci/run); skipped, under this name, otherwise.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ckpt, ROOT } from '../cli/helpers.js';
import { distPath, ensureBuilt } from '../engine/dist.js';

const gateway = process.env.CKPT_S3_GATEWAY === 'require';
const bucket = process.env.CKPT_S3_TEST_BUCKET ?? 'ckpt-test';
const SAMPLES = join(ROOT, 'examples', 'cli', 'checkpoints');

describe.skipIf(!gateway)('ckpt and the demo with --registry s3:// on the Ceph RADOS Gateway (skipped unless CKPT_S3_GATEWAY=require)', () => {
  beforeAll(() => ensureBuilt(), 300_000);

  it('save, ls, latest, show by id prefix, gc, rm and fsck work on s3://BUCKET/PREFIX', () => {
    const registry = `s3://${bucket}/cli-${randomUUID()}`;
    const missing = ckpt(['ls', '--registry', registry]);
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringMatching(/E_NO_INPUT: there is no checkpoint registry at s3:\/\//)]);

    const saved = ckpt(['save', join(SAMPLES, 'day-1.json'), join(SAMPLES, 'day-2.json'), '--registry', registry]);
    expect(saved.stderr).toMatch(/day-1\.json: saved as checkpoints\/[0-9a-f]{64}\.json/);
    expect(saved.status).toBe(0);
    const again = ckpt(['save', join(SAMPLES, 'day-1.json'), '--registry', registry]);
    expect([again.status, again.stderr]).toEqual([0, expect.stringMatching(/already in the registry/)]);

    const ids = ckpt(['ls', '--ids', '--registry', registry]).stdout.trim().split('\n');
    expect(ids).toHaveLength(2);
    const latest = ckpt(['latest', '--run', 'bt-2024-03-15', '--registry', registry]);
    expect([latest.status, latest.stdout.trim()]).toEqual([0, ids[1]]);
    const shown = ckpt(['show', ids[0]!.slice(0, 10), '--registry', registry]);
    expect([shown.status, shown.stdout]).toEqual([0, expect.stringContaining(ids[0]!)]);

    const plan = ckpt(['gc', '--keep-last', '1', '--dry-run', '--registry', registry]);
    expect([plan.status, plan.stdout]).toEqual([0, expect.stringMatching(/1 would delete, 1 kept, 0 skipped/)]);
    const rm = ckpt(['rm', ids[0]!, '--registry', registry]);
    expect([rm.status, rm.stderr]).toEqual([0, expect.stringContaining(`deleted ${ids[0]}`)]);
    expect(ckpt(['ls', '--ids', '--registry', registry]).stdout.trim()).toBe(ids[1]);

    const fsck = ckpt(['fsck', '--json', '--registry', registry]);
    expect(fsck.status).toBe(0);
    expect(JSON.parse(fsck.stdout)).toMatchObject({ checked: 1, ok: 1, clean: true, damaged: [], orphans: [] });
  });

  it('a bad S3 location or dialect is a usage-level error naming it, before any request', () => {
    const bad = ckpt(['ls', '--registry', 's3:///no-bucket']);
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringMatching(/is not an S3 location/)]);
    const hostile = ckpt(['ls', '--registry', `s3://${bucket}/a/../b`]);
    expect([hostile.status, hostile.stderr]).toEqual([2, expect.stringMatching(/E_ARGUMENT: The prefix of .* is refused: it has a "\.\." path segment/)]);
    const dialect = ckpt(['ls', '--registry', `s3://${bucket}/x`], { env: { CKPT_S3_DIALECT: 'ceph-17' } });
    expect([dialect.status, dialect.stderr]).toEqual([2, expect.stringMatching(/the S3 dialect "ceph-17" \(CKPT_S3_DIALECT\) is not one of aws, ceph-16, detect/)]);
  });

  it('npm start -- --registry s3://…: the SIGKILL demo resumes from S3 and ends on the same id as the uninterrupted run', () => {
    const r = spawnSync(process.execPath, [distPath('examples', 'engine', 'demo.js'), '--registry', `s3://${bucket}/demo-test`, '--minutes', '200', '--crash-at', '333', '--every', '50'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2\. resume +from checkpoint [0-9a-f]{12}… \(sequence 6, bar 300\); recomputed 33 bars/);
    expect(r.stdout).toMatch(/verdict +IDENTICAL/);
    const kept = /registries kept in (s3:\/\/\S+)/.exec(r.stdout)?.[1];
    expect(kept).toBeDefined();
    const listed = ckpt(['ls', '--ids', '--run', 'sma-demo', '--registry', `${kept}/crashed-and-resumed`]);
    expect(listed.stdout.trim().split('\n')).toHaveLength(13);
  }, 120_000);
});
