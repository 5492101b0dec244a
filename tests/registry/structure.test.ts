// The registry's module structure (issue 12.7): no import cycles inside src/registry (type-only imports count:
// they still tie two modules' designs together), and one scan-and-verify for rebuild and compaction.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers.js';

const DIR = join(REPO, 'src/registry');

function imports(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(join(DIR, file), 'utf8');
    const deps = [...text.matchAll(/from '\.\/([a-z-]+)\.js'/g)].map((m) => `${m[1]}.ts`);
    out.set(file, [...new Set(deps)]);
  }
  return out;
}

describe('src/registry structure (issue 12.7)', () => {
  it('regression: index-log and index-view imported each other (issue 12.7); no module imports itself back', () => {
    const graph = imports();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]): void => {
      for (const next of graph.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
  });

  it('regression: registry.ts held three copies of scan-and-verify (issue 12.7)', () => {
    const text = readFileSync(join(DIR, 'registry.ts'), 'utf8');
    expect(text.match(/completeScan\(/g)?.length).toBe(2); // its definition and its one caller
  });
});
