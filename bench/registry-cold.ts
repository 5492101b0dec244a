// One cold query in this (fresh) process, for the registry bench: the bench spawns a new node process per
// measurement, so nothing (module caches, the registry's in-memory view, the JIT) carries over from a
// previous query. Prints {"ms": …, "count": …} where ms is the query alone (module loading is not counted).
//
// Run: node dist/bench/registry-cold.js ROOT QUERY   (QUERY: see QUERIES below)
import { pathToFileURL } from 'node:url';
import { CheckpointRegistry, type RegistryEntry } from '../src/index.js';

const DAY = 86_400_000;
const BASE_TS = Date.UTC(2020, 0, 1);
const BASE_CREATED = Date.UTC(2025, 0, 1);

/** The cold queries the bench measures, by name. `arg` varies the run, strategy or range between samples. */
export const QUERIES = {
  'latest-run': (r: CheckpointRegistry, arg: number) => r.latest({ run: `run-${arg}` }),
  'list-strategy-30d': (r: CheckpointRegistry, arg: number) => r.list({ strategy: `strategy-${arg % 10}`, timestamp: { from: new Date(BASE_TS + arg * DAY), to: new Date(BASE_TS + (arg + 30) * DAY) } }),
  'list-all': (r: CheckpointRegistry) => r.list(),
  'list-ts-30d': (r: CheckpointRegistry, arg: number) => r.list({ timestamp: { from: new Date(BASE_TS + arg * DAY), to: new Date(BASE_TS + (arg + 30) * DAY) } }),
  'list-created-1h': (r: CheckpointRegistry, arg: number) => r.list({ created: { from: new Date(BASE_CREATED + arg * 1000), to: new Date(BASE_CREATED + arg * 1000 + DAY / 24) } }),
  'cleanup-dry': (r: CheckpointRegistry) => r.cleanup({ keepLast: 1000 }, { dryRun: true }),
} as const satisfies Record<string, (r: CheckpointRegistry, arg: number) => Promise<unknown>>;
export type ColdQuery = keyof typeof QUERIES;

async function main(): Promise<void> {
  const [root, name, arg] = process.argv.slice(2);
  const query = QUERIES[name as ColdQuery];
  if (root === undefined || query === undefined) throw new Error(`usage: registry-cold.js ROOT (${Object.keys(QUERIES).join('|')}) [N]`);
  const t0 = performance.now();
  const out = (await query(new CheckpointRegistry(root), Number(arg ?? 0))) as RegistryEntry | RegistryEntry[] | { kept: unknown[] } | undefined;
  const ms = performance.now() - t0;
  const count = out === undefined ? 0 : Array.isArray(out) ? out.length : 'kept' in out ? out.kept.length : 1;
  process.stdout.write(`${JSON.stringify({ ms, count })}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
