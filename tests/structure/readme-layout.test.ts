// "The README's layout table matches the tree" (issue 12, Done when): every top-level folder and every folder of
// src/ the repository tracks has a row in README's Layout table, and every folder a row names exists.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders named (as `folder/`) in the first column of the Layout table. */
function layoutFolders(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.split(/^## Layout$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+\/)`/g)].map((m) => m[1]!));
}

/** Tracked folders (untracked build output such as dist/ and node_modules/ is not part of the layout). */
function trackedFolders(): { top: string[]; src: string[] } {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
  const top = new Set<string>();
  const src = new Set<string>();
  for (const f of files) {
    const parts = f.split('/');
    if (parts.length > 1) top.add(`${parts[0]}/`);
    if (parts[0] === 'src' && parts.length > 2) src.add(`src/${parts[1]}/`);
  }
  return { top: [...top].sort(), src: [...src].sort() };
}

describe("README's Layout table (issue 12)", () => {
  it('is found, and the tree has folders to compare it with', () => {
    expect(layoutFolders().length).toBeGreaterThan(5);
    expect(trackedFolders().src.length).toBeGreaterThan(5);
  });

  it('has a row for every top-level folder and every folder of src/', () => {
    const named = layoutFolders();
    const { top, src } = trackedFolders();
    // A top-level folder is covered by its own row or by rows for the folders inside it (src/ by src/*).
    const missingTop = top.filter((t) => !named.some((n) => n.startsWith(t)));
    const missingSrc = src.filter((s) => !named.includes(s));
    expect([...missingTop, ...missingSrc]).toEqual([]);
  });

  it('names only folders that exist', () => {
    expect(layoutFolders().filter((f) => !(existsSync(join(REPO, f)) && statSync(join(REPO, f)).isDirectory()))).toEqual([]);
  });
});
