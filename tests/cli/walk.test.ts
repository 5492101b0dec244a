// walk.ts finds a plain tree's *.json files without tinyglobby: it must find exactly what tinyglobby finds with
// the options inputs.ts gives it, and give up (so that tinyglobby answers) on anything it does not handle.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { plainJsonFiles } from '../../src/cli/walk.js';

const root = mkdtempSync(join(tmpdir(), 'ckpt-walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What inputs.ts asks tinyglobby for a folder (without --ignore). */
async function byTinyglobby(dir: string): Promise<string[]> {
  const found = await glob(['**/*.json'], { cwd: dir, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true, dot: false, followSymbolicLinks: true, expandDirectories: false });
  return found.sort();
}

const name = fc.constantFrom('a', 'b', 'Z', 'x.json', 'y.JSON', '.hidden', '.h.json', 'node_modules', '.git', 'sub', 'é.json', 'c d.json', '[x].json', 'q.json.txt', '1.json');
type Tree = { [name: string]: Tree | string };
const tree = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.dictionary(name, fc.oneof({ depthSize: 'small' }, fc.constant('{}'), tie('tree')), { maxKeys: 5 }),
})).tree;

let n = 0;
function write(dir: string, t: Tree): void {
  mkdirSync(dir, { recursive: true });
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === 'string') writeFileSync(join(dir, k), v);
    else write(join(dir, k), v);
  }
}

describe('plainJsonFiles', () => {
  it('finds what tinyglobby finds for **/*.json in plain trees', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (t) => {
        const dir = join(root, `t${n++}`);
        write(dir, t);
        expect(plainJsonFiles(dir)).toEqual(await byTinyglobby(dir));
      }),
      { numRuns: 60 },
    );
  });

  it('gives up on a symbolic link, so that tinyglobby follows it', () => {
    const dir = join(root, 'links');
    write(dir, { 'a.json': '{}', sub: { 'b.json': '{}' } });
    symlinkSync(join(dir, 'sub'), join(dir, 'link'));
    expect(plainJsonFiles(dir)).toBeUndefined();
  });

  it('gives up on a tree deeper than it recurses', () => {
    let deep = join(root, 'deep');
    for (let i = 0; i < 70; i++) deep = join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'a.json'), '{}');
    expect(plainJsonFiles(join(root, 'deep'))).toBeUndefined();
  });
});
