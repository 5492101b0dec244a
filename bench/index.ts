// `npm run bench`: every benchmark of the project, each reported as a ratio to a baseline measured in the
// same run (these machines are noisy; absolute numbers are printed for context only).
import { runCanonicalBench, formatRows } from './canonical.bench.js';
import { benchCorpus } from './documents.js';
import { formatTable } from './harness.js';
import { runLoadBench } from './load.bench.js';
import { formatImportRows, runImportBench } from './import.bench.js';
import { CLI_TARGETS, formatCliBench, runCliBench } from './cli.bench.js';
import { formatRegistryRows, runRegistryBench, targetMet } from './registry.bench.js';
import { formatS3Rows, runS3Bench } from './s3.bench.js';

const TARGETS = { canonical: 0.5, load: 0.4 };

async function main(): Promise<void> {
  const corpus = benchCorpus();
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log('# Canonical hash: canonicalHash(doc) vs sha256(JSON.stringify(doc)), same run');
  const canon = await runCanonicalBench(corpus);
  console.log(formatRows(canon));
  console.log('\n# Load: loadCheckpoint(bytes) (parse, detect, validate, verify id, semantic checks) vs sha256(JSON.stringify(doc))');
  const load = runLoadBench(corpus);
  // For comparison: the same medium checkpoint in the pretty form, which loads through the general path.
  const pretty = runLoadBench(corpus.filter((d) => d.name === 'medium').map((d) => ({ ...d, name: 'medium, pretty form' })), {}, true);
  console.log(
    formatTable([
      ['doc', 'file size', 'baseline ms', 'load ms', 'ratio', `target ≥ ${TARGETS.load}×`],
      ...[...load, ...pretty].map((r) => [r.name, kb(r.bytes), r.baseline.medianMs.toFixed(3), r.load.medianMs.toFixed(3), r.loadRatio.toFixed(2), r.name === 'small' || r.name.includes('pretty') ? '(n/a)' : r.loadRatio >= TARGETS.load ? 'met' : 'MISSED']),
    ]),
  );
  console.log('\n# Import: loadCheckpoint(finbot ExecutionCheckpoint file) vs loadCheckpoint(native 4.0 file of about the same size)');
  const imports = runImportBench();
  console.log(formatImportRows(imports));
  console.log('\n# Registry at 1k, 10k, 100k checkpoints (save ratio: raw open+write+fsync of the same bytes / registry save, same run)');
  const registry = await runRegistryBench({ log: (line) => console.error(`  registry ${line}`) });
  console.log(formatRegistryRows(registry));
  console.log('\n# Summary (ratio = baseline time / our time; higher is faster)');
  for (const r of canon) console.log(`canonical hash ${r.name.padEnd(6)} ${r.canonicalHashRatio.toFixed(2)}×  (canonicalize package: ${r.canonicalizeRatio.toFixed(2)}×)${r.name === 'small' ? '' : `  target ≥ ${TARGETS.canonical}×: ${r.canonicalHashRatio >= TARGETS.canonical ? 'met' : 'MISSED'}`}`);
  console.log(`registry       list with filters and latest < 100 ms at 1k/10k/100k: ${targetMet(registry) ? 'met' : 'MISSED'}`);
  for (const r of imports) console.log(`import finbot  ${r.name.padEnd(6)} ${r.importRatio.toFixed(2)}× a native 4.0 load of the same size`);
  for (const r of load) console.log(`load           ${r.name.padEnd(6)} ${r.loadRatio.toFixed(2)}×${r.name === 'small' ? '' : `  target ≥ ${TARGETS.load}×: ${r.loadRatio >= TARGETS.load ? 'met' : 'MISSED'}`}`);
  console.log('\n# ckpt command line: whole processes, wall time; ratio = ckpt time / baseline time (lower is faster)');
  const cli = runCliBench();
  console.log(formatCliBench(cli));
  console.log(`ckpt cold start        ${cli.coldStart.ratio.toFixed(2)}× node -e ''  target ≤ ${CLI_TARGETS.coldStart}×: ${cli.coldStart.ratio <= CLI_TARGETS.coldStart ? 'met' : 'MISSED'}`);
  console.log(`ckpt validate corpus   ${cli.throughput.ratio.toFixed(2)}× ajv-cli    target ≤ ${CLI_TARGETS.throughput}×: ${cli.throughput.ratio <= CLI_TARGETS.throughput ? 'met' : 'MISSED'}`);
  console.log('\n# Registry on S3 vs a plain PutObject/GetObject of the same bytes on the same gateway (ratio = baseline / registry)');
  if (process.env.AWS_ENDPOINT_URL_S3 === undefined) console.log('skipped: no gateway (run scripts/s3-gateway/start.sh, then . the env it prints)');
  else console.log(formatS3Rows(await runS3Bench()));
}

await main();
