// Generated finbot folders for the tests: tests/fixtures/finbot/generate.py (Python standard library only), run
// once per seed and cached for the test file's lifetime.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'finbot');
export const GENERATOR = join(FIXTURES, 'generate.py');

export interface GeneratedFile {
  readonly path: string;
  readonly folder: string;
  readonly name: string;
  readonly bytes: Buffer;
}

/** Runs the generator into a fresh temporary folder and returns that folder. */
export function generate(seed: number, options: { simulators?: number; checkpoints?: number; newline?: 'lf' | 'crlf' } = {}): string {
  const out = join(mkdtempSync(join(tmpdir(), 'finbot-')), 'out');
  const args = [GENERATOR, '--out', out, '--seed', String(seed), '--simulators', String(options.simulators ?? 9), '--checkpoints', String(options.checkpoints ?? 3)];
  if (options.newline === 'crlf') args.push('--newline', 'crlf');
  execFileSync('python3', args, { stdio: 'pipe' });
  return out;
}

/** Every .json file under a generated folder (one level of simulator folders), in name order. */
export function filesOf(root: string): GeneratedFile[] {
  const out: GeneratedFile[] = [];
  const walk = (dir: string, folder: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path, folder ? `${folder}/${name}` : name);
      else if (name.endsWith('.json')) out.push({ path, folder, name, bytes: readFileSync(path) });
    }
  };
  walk(root, '');
  return out;
}

/** Files that are complete JSON (torn and empty latest.json, and torn timestamped files, are not). */
export function completeFiles(root: string): GeneratedFile[] {
  return filesOf(root).filter((f) => {
    try {
      JSON.parse(f.bytes.toString('utf8'));
      return true;
    } catch {
      return false;
    }
  });
}
