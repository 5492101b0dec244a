// Where the installed package lives (its package.json, the published schemas), found by walking up from this
// module: the same code works from the sources (src/util/), the compiled tree (dist/src/util/) and the CLI bundles
// (dist/cli/). Undefined when the library was bundled into something that does not ship the package's files.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: { root: string; version: string } | null | undefined;

export function findPackage(): { root: string; version: string } | undefined {
  if (found !== undefined) return found ?? undefined;
  found = null;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'state-checkpoint') {
        found = { root: dir, version: String(pkg.version) };
        break;
      }
    } catch {
      // not here: keep walking up
    }
    dir = dirname(dir);
  }
  return found ?? undefined;
}
