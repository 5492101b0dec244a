// The installed package, for the CLI: its published schemas and its version, which the CLI cannot do without.
import { findPackage } from '../util/package-root.js';

function found(): { root: string; version: string } {
  const pkg = findPackage();
  if (!pkg) throw new Error('cannot find the state-checkpoint package.json above the ckpt program');
  return pkg;
}

export function packageRoot(): string {
  return found().root;
}

export function packageVersion(): string {
  return found().version;
}
