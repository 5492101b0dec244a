#!/usr/bin/env node
// The ckpt command line. Kept tiny on purpose: start-up time is part of the interface (CI runs it on every push).
// CommonJS (bin/package.json), because an ES module entry point makes Node start its ESM loader first, which
// costs about 7% of `node -e ''`. dist/cli/boot.js (built by `npm run build`) runs the command line from its
// bundle. Without the bundles, the plain compiled modules (dist/src/cli/) do the same job, just slower to start.
'use strict';
const { fstatSync, statSync, writeSync } = require('node:fs');
const { join } = require('node:path');

// A closed pipe (ckpt … | head) is not worth a message.
const closed = () => process.exit(process.exitCode ?? 0);

/**
 * Standard output or error (`fd` 1 or 2) when it is a pipe, a file or /dev/null: plain synchronous writes to the
 * descriptor, which is what process.stdout and process.stderr do there too (on Linux, pipes are written
 * synchronously), without loading the stream modules that creating them costs a cold start. A terminal gets
 * process.stdout or process.stderr (colours, width, progress bars).
 */
function plainOutput(fd) {
  let st;
  try {
    st = fstatSync(fd);
    if (!st.isFIFO() && !st.isFile() && !(st.isCharacterDevice() && st.rdev === statSync('/dev/null').rdev)) return undefined;
  } catch {
    return undefined;
  }
  let pause;
  return {
    isTTY: false,
    write(chunk) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let done = 0; done < bytes.length; ) {
        try {
          done += writeSync(fd, bytes, done, bytes.length - done);
        } catch (e) {
          if (e.code === 'EPIPE') closed();
          if (e.code !== 'EAGAIN') throw e;
          // a non-blocking pipe that is full: wait a moment for the reader
          Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 2);
        }
      }
      return true;
    },
  };
}

// Whether output went through process.stdout or process.stderr (a terminal or a socket), whose writes are
// synchronous on Linux only: elsewhere the process must not exit before they are done (see the end).
let processStreams = false;

const io = {
  get stdin() {
    return process.stdin; // creating process.stdin costs start-up time: only commands that read it do
  },
  get stdout() {
    // The same for process.stdout: a command that writes nothing (or only errors) never creates it.
    let stdout = plainOutput(1);
    if (stdout === undefined) {
      processStreams = true;
      stdout = process.stdout;
      stdout.on('error', (e) => {
        if (e.code === 'EPIPE') closed();
        throw e;
      });
    }
    Object.defineProperty(io, 'stdout', { value: stdout });
    return stdout;
  },
  get stderr() {
    let stderr = plainOutput(2);
    if (stderr === undefined) {
      processStreams = true;
      stderr = process.stderr;
    }
    Object.defineProperty(io, 'stderr', { value: stderr });
    return stderr;
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
        processStreams = true;
        process.stderr.write('ckpt: error E_IO: ckpt is not built (run npm run build in the state-checkpoint package)\n');
        return 2;
      },
    );
  }
  return boot(dir, argv, io);
}

start().then((status) => {
  // A command is done when its promise settles: its files are written and closed, its worker threads stopped, its
  // output written. Exiting then, rather than when the event loop has drained, spares the teardown of V8's heap a
  // page at a time, which cost a one-file `ckpt validate` about 8 ms (6% of `node -e ''` on a small VM). Only
  // where a stream may still be writing (process.stdout or process.stderr off Linux) does the loop drain first.
  if (processStreams && process.platform !== 'linux') process.exitCode = status;
  else process.exit(status);
});
