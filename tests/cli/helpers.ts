// Running the real ckpt binary (node bin/ckpt.js, on the built dist/) and making fixture checkpoints for it.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCheckpoint, loadCheckpoint, serializeCheckpoint, type Checkpoint } from '../../src/index.js';
import { sampleState } from '../fixtures/sample.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'ckpt.js');
export const V1_EXAMPLE = join(ROOT, 'spec', 'examples', 'v1.json');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout as bytes, for commands whose output is not text with a newline. */
  readonly raw: Buffer;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly input?: string | Uint8Array;
  readonly env?: Record<string, string | undefined>;
  /** Run as this user id (tests run as root drop privileges this way, where chmod 000 does not stop root). */
  readonly uid?: number;
}

/** The environment ckpt sees: no colour forcing, no CI detection, unless a test asks. */
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_ACTIONS', 'CKPT_REGISTRY', 'CKPT_DEBUG', 'CKPT_NO_CODE_CACHE']) delete env[k];
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function ckpt(args: readonly string[], options: RunOptions = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: cleanEnv(options.env),
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid !== undefined && { uid: options.uid, gid: options.uid }),
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), raw: r.stdout };
}

/** A fresh world-readable temp folder (readable by the unprivileged user root tests switch to). */
export function tempDir(prefix = 'ckpt-cli-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A valid latest-format checkpoint built from the sample state, with overrides. */
export function sampleCheckpoint(overrides: Partial<ReturnType<typeof sampleState>> = {}): Checkpoint {
  return createCheckpoint({ ...sampleState(), ...overrides }, { createdAt: '2024-03-15T20:00:05Z' });
}

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, typeof value === 'string' ? value : serializeCheckpoint(value as object, { pretty: true }));
  return path;
}

/** The spec's 1.0 example upgraded to the latest format. */
export function upgradedExample(): Checkpoint {
  return loadCheckpoint(readFileSync(V1_EXAMPLE)).checkpoint;
}

/** 1-based line and column of the first occurrence of `needle` in `text` (after `after`, if given). */
export function positionOf(text: string, needle: string, after = ''): { line: number; column: number } {
  const start = after === '' ? 0 : text.indexOf(after);
  if (start < 0) throw new Error(`fixture text has no ${JSON.stringify(after)}`);
  const at = text.indexOf(needle, start);
  if (at < 0) throw new Error(`fixture text has no ${JSON.stringify(needle)}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
export const NOBODY = 65534;

/**
 * How a test can make file permissions bite. Root ignores them, so tests run as root drop to "nobody" for the
 * one ckpt process that must be refused; that works only where nobody can read the program itself (a checkout
 * under a private home folder is not readable by nobody). `null` means permissions cannot be tested here.
 */
export function permissionRunner(): { uid?: number } | null {
  if (!IS_ROOT) return {};
  const r = spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, cwd: tmpdir(), encoding: 'utf8' });
  return r.status === 0 ? { uid: NOBODY } : null;
}
