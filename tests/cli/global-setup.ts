// The CLI tests run the real program (bin/ckpt.js on dist/). `npm test` does not build, so a source change made
// since the last build would otherwise be tested stale: rebuild once, before any test, when dist/ is older than
// any source it is built from.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'cli', 'ckpt.js')).mtimeMs;
  } catch {
    built = 0;
  }
  const sources = Math.max(...['src', 'generated', 'migrations', 'scripts', 'schemas', 'package.json'].map((p) => newest(join(root, p))));
  if (built < sources) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
