#!/usr/bin/env node
// The ckpt command line. Kept tiny on purpose: start-up time is part of the interface (CI runs it on every push).
// dist/cli/boot.mjs (built by `npm run build`) runs the command line from its bundle. Without the bundles,
// the plain compiled modules (dist/src/cli/) do the same job, just slower to start.
import { fileURLToPath } from 'node:url';

const io = {
  get stdin() {
    return process.stdin; // creating process.stdin costs start-up time: only commands that read it do
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
};

process.stdout.on('error', (e) => {
  // A closed pipe (ckpt … | head) is not worth a message.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const argv = process.argv.slice(2);
const dir = new URL('../dist/cli/', import.meta.url);
let run;
try {
  const { boot } = await import(new URL('boot.mjs', dir).href);
  run = () => boot(fileURLToPath(dir), argv, io);
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  try {
    const { main } = await import('../dist/src/cli/main.js');
    run = () => main(argv, io);
  } catch (e2) {
    if (e2?.code !== 'ERR_MODULE_NOT_FOUND') throw e2;
    process.stderr.write('ckpt: error E_IO: ckpt is not built (run npm run build in the state-checkpoint package)\n');
    process.exit(2);
  }
}
process.exitCode = await run();
