// Reading a worker's progress: the worker writes one JSON event per line on stdout; the demo and the
// crash tests both follow it with this reader.
import type { Readable } from 'node:stream';
import type { WorkerEvent } from './worker.js';

/** Calls `onEvent` for every complete line the worker writes. */
export function onWorkerEvents(stdout: Readable, onEvent: (e: WorkerEvent) => void): void {
  let pending = '';
  stdout.setEncoding('utf8');
  stdout.on('data', (chunk: string) => {
    pending += chunk;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      onEvent(JSON.parse(line) as WorkerEvent);
    }
  });
}
