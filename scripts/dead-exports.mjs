#!/usr/bin/env node
// Dead exports: an exported value (const, function, class) of library code that no other module names is either
// dead code or a missing privacy marker. tsc's noUnusedLocals cannot see these (an export counts as used), so this
// check does, by name: crude (a name used anywhere else counts as used), but with no dependency and run in a
// second. Types are left out: an exported signature must be able to name them. It covers the folders whose
// owners have cleaned them (CHECKED); widen it as others do. `npm run lint` runs it, and so does the test suite.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHECKED = ['src/format', 'src/load', 'src/engine', 'migrations'];
const USERS = ['src', 'migrations', 'generated', 'examples', 'bench', 'scripts', 'bin', 'tests'];

function walk(dir) {
  const out = [];
  for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'releases') out.push(...walk(rel));
    } else if (/\.(ts|mts|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

const DECL = /^export (?:declare )?(?:async )?(?:const|let|function\*?|class|enum|abstract class) ([A-Za-z_$][\w$]*)/gm;

export function deadExports() {
  const users = USERS.flatMap(walk);
  const text = new Map(users.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
  const dead = [];
  for (const file of CHECKED.flatMap(walk)) {
    if (file === 'src/index.ts') continue;
    for (const m of text.get(file).matchAll(DECL)) {
      const name = m[1];
      const word = new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`);
      const usedElsewhere = users.some((f) => f !== file && word.test(text.get(f)));
      if (!usedElsewhere) dead.push(`${file}: ${name}`);
    }
  }
  return dead;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  const dead = deadExports();
  if (dead.length) {
    console.error(`dead exports (no other module imports them; unexport or delete):\n  ${dead.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dead-exports: every exported value of ${CHECKED.join(', ')} is used elsewhere`);
}
