// Importing a folder finbot's CheckpointManager wrote ({dir}/{simulator_id}/{YYYYMMDD_HHMMSS_ffffff}.json plus
// latest.json): each simulator folder becomes one run, its timestamped files a chain in time order (sequence 0, 1,
// …, each the parent of the next), saved through any registry's public save and list. latest.json is a second copy
// of the most recent save, written after it and not atomically, so it is compared, not trusted.
import { promises as fs } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { CheckpointError } from '../../errors/index.js';
import { parseInput } from '../../load/input.js';
import { checkFinbot, isFinbotCandidate, readFinbot } from './read.js';
import type { WarningDetail } from './check.js';
import { readPyDatetime, utcMicros } from './pytime.js';

/** What ckpt import needs of a registry: the public save and list that every registry has. */
export interface ImportTarget {
  save(checkpoint: object): Promise<{ readonly id: string; readonly created: boolean }>;
  list(filter?: { readonly run?: string }): Promise<readonly { readonly id: string; readonly sequence: number }[]>;
}

export type FileOutcome =
  /** Imported and saved (created: false when the registry already held it). */
  | { kind: 'imported'; id: string; sequence: number; created: boolean }
  /** latest.json, byte for byte a timestamped file of the folder. */
  | { kind: 'twin'; of: string; newest: boolean }
  /** Not imported: the reason says why (torn, empty, older latest.json, a name finbot does not list). */
  | { kind: 'skipped'; reason: string; damaged: boolean }
  /** Not importable: the error names the problem. */
  | { kind: 'failed'; error: CheckpointError };

export interface FileReport {
  /** Path relative to the imported folder, '/'-separated. */
  readonly path: string;
  readonly outcome: FileOutcome;
  readonly warnings: readonly WarningDetail[];
  /** Why a file that is not simply a timestamped save was imported. */
  readonly note?: string;
}

export interface RunReport {
  readonly folder: string;
  readonly run_id: string | null;
  readonly files: FileReport[];
  /** Checkpoints of the run the registry held before that are not in this chain (the folder changed since). */
  readonly foreign: number;
}

export interface ImportFolderOptions {
  readonly zone?: string;
  /** Called after each file, for progress. */
  readonly onFile?: (report: FileReport, done: number, total: number) => void;
}

/** finbot's file name: strftime("%Y%m%d_%H%M%S_%f") (glibc does not pad years below 1000). */
const NAME = /^([0-9]{1,4})([0-9]{4})_([0-9]{6})_([0-9]{6})\.json$/;

/** Folders under `root` (itself included) that directly hold .json files, '/'-separated relative paths. */
async function simulatorFolders(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name.endsWith('.json'))) out.push(relative(root, dir).split(sep).join('/'));
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) if (e.isDirectory() && !e.name.startsWith('.')) await walk(join(dir, e.name));
  };
  await walk(root);
  return out;
}

function nameKey(name: string): string {
  const m = NAME.exec(name)!;
  return `${m[1]!.padStart(4, '0')}${m[2]}${m[3]}${m[4]}`;
}

interface Parsed {
  readonly value?: Record<string, unknown>;
  readonly text?: string;
  readonly problem?: string;
  readonly damaged: boolean;
}

async function readFile(path: string): Promise<Parsed & { bytes: Buffer }> {
  const bytes = await fs.readFile(path).catch((e: unknown) => {
    throw new CheckpointError({ code: 'E_IO', message: `cannot read ${path}: ${(e as Error).message}` });
  });
  if (bytes.length === 0) return { bytes, problem: 'empty (0 bytes: truncated by a save that wrote nothing)', damaged: true };
  try {
    const { value } = parseInput(new Uint8Array(bytes));
    const text = bytes.toString('utf8');
    if (!isFinbotCandidate(value)) return { bytes, problem: 'not a finbot ExecutionCheckpoint', damaged: false };
    return { bytes, value, text, damaged: false };
  } catch (e) {
    if (!(e instanceof CheckpointError)) throw e;
    return { bytes, problem: e.code === 'E_PARSE' ? `torn (${e.message})` : e.message, damaged: e.code === 'E_PARSE' };
  }
}

function instantOf(value: Record<string, unknown>, zone: string): bigint | undefined {
  try {
    return utcMicros(readPyDatetime(String(value.checkpoint_timestamp)), zone);
  } catch {
    return undefined;
  }
}

/** Imports one simulator folder. */
async function importRun(root: string, folder: string, target: ImportTarget, zone: string, tick: (r: FileReport) => void): Promise<RunReport> {
  const dir = join(root, folder);
  const names = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => e.name);
  const timestamped = names.filter((n) => NAME.test(n)).sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0));
  const files: FileReport[] = [];
  const at = (name: string) => (folder ? `${folder}/${name}` : name);
  const push = (r: FileReport) => {
    files.push(r);
    tick(r);
  };
  let parentId: string | null = null;
  let sequence = 0;
  let runId: string | null = null;
  let newest: bigint | undefined;
  const byBytes = new Map<string, string>();
  const chain = new Set<string>();

  const importOne = async (name: string, parsed: Parsed, note?: string): Promise<void> => {
    const warnings: WarningDetail[] = [];
    try {
      const { document, warnings: w } = readFinbot(parsed.value!, parsed.text, { zone, sequence, parentId });
      warnings.push(...w);
      const simulatorId = String(parsed.value!.simulator_id);
      if (!(folder === simulatorId || folder.endsWith(`/${simulatorId}`) || basename(root) === simulatorId || folder.split('/').pop() === simulatorId)) {
        warnings.push({ code: 'W_SOURCE_SEMANTIC', pointer: '/simulator_id', message: `simulator ${JSON.stringify(simulatorId)} is not the name of its folder ${JSON.stringify(folder || basename(root))}` });
      }
      if (NAME.test(name)) {
        const expected = String(parsed.value!.checkpoint_timestamp);
        const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{6}))?/.exec(expected);
        const want = m ? `${String(Number(m[1]))}${m[2]}${m[3]}_${m[4]}${m[5]}${m[6]}_${m[7] ?? '000000'}.json` : '';
        if (want !== name) warnings.push({ code: 'W_SOURCE_SEMANTIC', pointer: '/checkpoint_timestamp', message: `the file name is not finbot's name for checkpoint_timestamp ${expected} (${want}): renamed or copied?` });
      }
      const saved = await target.save(document);
      runId = String(document.run_id);
      chain.add(saved.id);
      push({ path: at(name), outcome: { kind: 'imported', id: saved.id, sequence, created: saved.created }, warnings, ...(note !== undefined && { note }) });
      parentId = saved.id;
      sequence++;
      const t = instantOf(parsed.value!, zone);
      if (t !== undefined && (newest === undefined || t > newest)) newest = t;
    } catch (e) {
      if (!(e instanceof CheckpointError)) throw e;
      if (e.code === 'E_IO' || e.code === 'E_LOCKED' || e.code === 'E_UNAVAILABLE' || e.code === 'E_CONFLICT') throw e;
      push({ path: at(name), outcome: { kind: 'failed', error: e }, warnings });
    }
  };

  for (const name of timestamped) {
    const parsed = await readFile(join(dir, name));
    byBytes.set(parsed.bytes.toString('latin1'), name);
    if (parsed.value === undefined) {
      push({ path: at(name), outcome: { kind: 'skipped', reason: parsed.problem!, damaged: parsed.damaged }, warnings: [] });
      continue;
    }
    await importOne(name, parsed);
  }
  for (const name of names.filter((n) => !NAME.test(n)).sort()) {
    if (name !== 'latest.json') {
      push({ path: at(name), outcome: { kind: 'skipped', reason: "not a name finbot's CheckpointManager writes or lists (YYYYMMDD_HHMMSS_ffffff.json)", damaged: false }, warnings: [] });
      continue;
    }
    const parsed = await readFile(join(dir, name));
    const twin = byBytes.get(parsed.bytes.toString('latin1'));
    if (twin !== undefined) {
      push({ path: at(name), outcome: { kind: 'twin', of: twin, newest: twin === timestamped[timestamped.length - 1] }, warnings: [] });
      continue;
    }
    if (parsed.value === undefined) {
      push({ path: at(name), outcome: { kind: 'skipped', reason: `${parsed.problem!}; the timestamped files hold every complete save`, damaged: parsed.damaged }, warnings: [] });
      continue;
    }
    const t = instantOf(parsed.value, zone);
    if (newest !== undefined && (t === undefined || t <= newest)) {
      const check = checkFinbot(parsed.value, parsed.text);
      const state = check.errors.length > 0 ? `, and invalid (${check.errors[0]!.message})` : '';
      push({
        path: at(name),
        outcome: { kind: 'skipped', reason: `older than the newest timestamped file and equal to none of them (an older checkpoint saved again, or a save that crashed before its second write)${state}`, damaged: false },
        warnings: [],
      });
      continue;
    }
    // Newer than every timestamped file: the save whose own file is missing or torn. Import it as the chain's end.
    await importOne(name, parsed, 'newer than every timestamped file: the save whose own file is missing or torn; imported as the end of the chain');
  }
  let foreign = 0;
  if (runId !== null) foreign = (await target.list({ run: runId })).filter((e) => !chain.has(e.id)).length;
  return { folder, run_id: runId, files, foreign };
}

/**
 * Imports every simulator folder under `root` into `target`. Idempotent: import is a pure function of the bytes,
 * so a second run finds every checkpoint saved already and adds nothing. Throws E_NO_INPUT when there is nothing
 * finbot wrote under `root`.
 */
export async function importFinbotFolder(root: string, target: ImportTarget, options: ImportFolderOptions = {}): Promise<RunReport[]> {
  const zone = options.zone ?? 'UTC';
  let folders: string[];
  try {
    folders = await simulatorFolders(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new CheckpointError({ code: 'E_NO_INPUT', message: `${root} is not a folder`, hint: "give the folder finbot's CheckpointManager writes to (its checkpoint_dir)" });
    }
    throw new CheckpointError({ code: 'E_IO', message: `cannot read ${root}: ${(e as Error).message}` });
  }
  const counts = await Promise.all(folders.map(async (f) => (await fs.readdir(join(root, f))).filter((n) => n.endsWith('.json')).length));
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) {
    throw new CheckpointError({ code: 'E_NO_INPUT', message: `${root} holds no .json files`, hint: "give the folder finbot's CheckpointManager writes to: it holds one folder per simulator" });
  }
  let done = 0;
  const runs: RunReport[] = [];
  for (const folder of folders) {
    runs.push(await importRun(root, folder, target, zone, (r) => options.onFile?.(r, ++done, total)));
  }
  return runs;
}
