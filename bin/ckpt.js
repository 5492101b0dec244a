#!/usr/bin/env node
// The ckpt command line. Kept tiny on purpose: start-up time is part of the interface (CI runs it on every push).
// CommonJS (bin/package.json), because an ES module entry point makes Node start its ESM loader first, which
// costs about 7% of `node -e ''`. dist/cli/boot.js (built by `npm run build`) runs the command line from its
// bundle. Without the bundles, the plain compiled modules (dist/src/cli/) do the same job, just slower to start.
'use strict';
const { join } = require('node:path');

const io = {
  get stdin() {
    return process.stdin; // creating process.stdin costs start-up time: only commands that read it do
  },
  get stdout() {
    // The same for process.stdout: a command that writes nothing (or only errors) never creates it.
    const stdout = process.stdout;
    stdout.on('error', (e) => {
      // A closed pipe (ckpt … | head) is not worth a message.
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
    Object.defineProperty(io, 'stdout', { value: stdout });
    return stdout;
  },
  get stderr() {
    return process.stderr;
  },
  env: process.env,
  cwd: process.cwd(),
};

const argv = process.argv.slice(2);
const dir = join(__dirname, '..', 'dist', 'cli');

function start() {
  let boot;
  try {
    ({ boot } = require(join(dir, 'boot.js')));
  } catch (e) {
    if (e?.code !== 'MODULE_NOT_FOUND' || !String(e.message).includes('boot.js')) throw e;
    return import('../dist/src/cli/main.js').then(
      ({ main }) => main(argv, io),
      (e2) => {
        if (e2?.code !== 'ERR_MODULE_NOT_FOUND') throw e2;
        process.stderr.write('ckpt: error E_IO: ckpt is not built (run npm run build in the state-checkpoint package)\n');
        return 2;
      },
    );
  }
  return boot(dir, argv, io);
}

start().then((status) => {
  process.exitCode = status;
});
