// Quickstart: read the spec's 1.0 example (as the first Python producer wrote it), upgrade it to the
// latest format on load, show its provenance, write it back in canonical file form, and prove that a
// downgrade restores the original byte for byte.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalString, downgrade, loadCheckpoint, serializeCheckpoint, LATEST_VERSION_STRING } from '../src/index.js';

function findRoot(start: string): string {
  let dir = start;
  for (let i = 0; i < 5; i++) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      dir = dirname(dir);
    }
  }
  return start;
}

export function runQuickstart(file?: string): string {
  const root = findRoot(dirname(fileURLToPath(import.meta.url)));
  const path = file ?? join(root, 'spec', 'examples', 'v1.json');
  const bytes = readFileSync(path);
  const loaded = loadCheckpoint(bytes, { source: path });
  const original = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const back = downgrade(loaded.checkpoint, { to: Number(loaded.original.version.split('.')[0]) });
  const lines = [
    `read      ${path}`,
    `format    ${loaded.original.version} (id ${loaded.original.id})`,
    `upgraded  ${loaded.steps.map((s) => `${s.from} → ${s.to}`).join(', ') || 'nothing to do'}; now format ${LATEST_VERSION_STRING}`,
    `new id    ${loaded.id}`,
    `run       ${loaded.checkpoint.run_id}, sequence ${loaded.checkpoint.sequence}`,
    `cash      ${Object.entries(loaded.checkpoint.portfolio_state.cash).map(([c, v]) => `${v} ${c}`).join(', ')}`,
    `orders    ${loaded.checkpoint.order_state.orders.length}, fills ${loaded.checkpoint.order_state.fills.length}`,
    `round trip downgrade → ${back.document.version}: ${canonicalString(back.document) === canonicalString(original) ? 'identical to the original' : 'DIFFERENT'}`,
    '',
    serializeCheckpoint(loaded.checkpoint, { pretty: true }).split('\n').slice(0, 12).join('\n') + '\n  …',
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(runQuickstart(process.argv[2]));
}
