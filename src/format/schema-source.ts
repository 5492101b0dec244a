// A version's published JSON Schema as a value, for the error path only: schema-errors.ts reads a failed rule's
// own content (which members an if/then/else forbids, and when) instead of knowing rules by their position.
// The validators are precompiled, so nothing else needs the schema at run time; it is read once per version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackage } from '../util/package-root.js';

const cache = new Map<string, unknown>();

/** The schema at `file` (relative to the package root), or undefined when the package's files are not on disk. */
export function publishedSchema(file: string): unknown {
  if (cache.has(file)) return cache.get(file);
  let schema: unknown;
  const pkg = findPackage();
  try {
    if (pkg) schema = JSON.parse(readFileSync(join(pkg.root, file), 'utf8')) as unknown;
  } catch {
    // unreadable: the messages fall back to the general wording
  }
  cache.set(file, schema);
  return schema;
}
