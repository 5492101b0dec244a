// Where the installed package lives (for the published schemas and package.json), found by walking up from this
// module. The same code works from the compiled tree (dist/src/cli/) and from the bundle (dist/cli/).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;
let version: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'state-checkpoint') {
        root = dir;
        version = String(pkg.version);
        return dir;
      }
    } catch {
      // not here: keep walking up
    }
    dir = dirname(dir);
  }
  throw new Error('cannot find the state-checkpoint package.json above the ckpt program');
}

export function packageVersion(): string {
  packageRoot();
  return version!;
}
