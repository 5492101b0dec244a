// The published JSON Schemas (schemas/vN.schema.json in the package), read from disk so `ckpt schema` prints
// exactly the frozen files, byte for byte, with their $ids.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { fsError } from './errors.js';
import { packageRoot } from './package-root.js';

export function schemaPath(major: number): string {
  return join(packageRoot(), 'schemas', `v${major}.schema.json`);
}

export async function readSchema(major: number): Promise<{ path: string; bytes: Buffer; id: string; title: string }> {
  const path = schemaPath(major);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    throw fsError(path, e);
  }
  const json = JSON.parse(bytes.toString('utf8')) as { $id?: unknown; title?: unknown };
  return { path, bytes, id: String(json.$id ?? ''), title: String(json.title ?? '') };
}
