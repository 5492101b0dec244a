// Minifies the compiled standalone validators (dist/generated/validators/*.js) in place, after tsc and before the CLI
// bundles embed them. Ajv's generated code is most of the package's size (one validator per format version, each
// also embedded in both CLI bundles), and nobody reads or debugs it in dist: the readable source is generated/. Only
// the code's spelling changes (esbuild's minifier keeps exports and semantics), so verdicts and errors are the same.
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'generated', 'validators');
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
  const file = join(dir, name);
  const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm', target: 'node20', legalComments: 'none' });
  writeFileSync(file, code);
}
