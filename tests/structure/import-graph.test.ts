// "The import graph has no cycle" (issue 12, Done when), over the whole library: src/, migrations/ and generated/,
// not only src/registry (tests/registry/structure.test.ts). Every relative import counts, type-only and dynamic
// ones too: a type-only cycle still ties two modules' designs together, and a dynamic one is a cycle at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROOTS = ['src', 'migrations', 'generated'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = join(dir, e.name);
    if (e.isDirectory()) return sources(abs);
    return e.name.endsWith('.ts') ? [abs] : [];
  });
}

// `from '…'` (static imports and re-exports) and `import('…')` (dynamic): the specifiers a module depends on.
const SPECIFIER = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Module (repo-relative .ts path) → the modules of this repository it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const root of ROOTS) {
    for (const file of sources(join(REPO, root))) {
      const text = readFileSync(file, 'utf8');
      const deps = new Set<string>();
      for (const m of text.matchAll(SPECIFIER)) {
        const spec = m[1] ?? m[2] ?? m[3]!;
        if (!spec.startsWith('.')) continue;
        deps.add(relative(REPO, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'));
      }
      graph.set(relative(REPO, file), [...deps].filter((d) => d.endsWith('.ts')));
    }
  }
  return graph;
}

/** Every cycle found by a depth-first search, each as "a → b → a" starting at its first module in sorted order. */
function cycles(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0]!);
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        found.add([...rotated, rotated[0]].join(' → '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found].sort();
}

describe('the import graph of src/, migrations/ and generated/ (issue 12)', () => {
  it('is read from the sources: every root has modules and relative imports resolve to files that exist', () => {
    const graph = importGraph();
    for (const root of ROOTS) expect([...graph.keys()].filter((f) => f.startsWith(`${root}/`)).length, root).toBeGreaterThan(0);
    const edges = [...graph.values()].flat();
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.filter((d) => !graph.has(d) && ROOTS.some((r) => d.startsWith(`${r}/`)))).toEqual([]);
  });

  it('finds a cycle when there is one (the check cannot pass on nothing)', () => {
    expect(cycles(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });

  it('has no cycle', () => {
    expect(cycles(importGraph())).toEqual([]);
  });
});
