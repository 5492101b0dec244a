#!/usr/bin/env node
// Rewrites the quoted code blocks of docs/engine-guide.md from the example files they name
// (`<!-- quote path#region -->` followed by a ts block), the way tests/engine/guide.test.ts checks them.
// Run it after editing examples/guide/*.ts: `node scripts/sync-guide.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const guidePath = join(root, 'docs', 'engine-guide.md');
const QUOTE = /(<!-- quote (\S+)#(\S+) -->)(\n\n```ts\n[\s\S]*?\n```)?/g;

function region(file, name) {
  const text = readFileSync(join(root, file), 'utf8');
  for (const m of text.matchAll(/^[ \t]*\/\/ #region (\S+)\n([\s\S]*?)^[ \t]*\/\/ #endregion \1$/gm)) {
    if (m[1] === name) return m[2].replace(/\n$/, '').replaceAll("'../../src/index.js'", "'state-checkpoint'");
  }
  throw new Error(`${file} has no region "${name}"`);
}

const guide = readFileSync(guidePath, 'utf8');
const synced = guide.replace(QUOTE, (_all, marker, file, name) => `${marker}\n\n\`\`\`ts\n${region(file, name)}\n\`\`\``);
if (synced !== guide) writeFileSync(guidePath, synced);
console.log(synced === guide ? 'docs/engine-guide.md is in sync' : 'docs/engine-guide.md updated');
