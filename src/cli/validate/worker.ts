// A validation worker thread: receives file paths one batch at a time, answers with their reports. Workers
// pull work, so a few large files never leave one core idle while another has a queue.
import { parentPort } from 'node:worker_threads';
import type { FileReport } from '../report/types.js';
import { checkFileSync } from './check-file.js';

export interface FileToCheck {
  /** The absolute path to read. */
  readonly read: string;
  /** The name reports give it. */
  readonly path: string;
}

export interface Job {
  readonly batch: number;
  readonly files: readonly FileToCheck[];
}

export interface JobResult {
  readonly batch: number;
  readonly reports: readonly FileReport[];
}

parentPort?.on('message', (job: Job) => {
  const reports = job.files.map((f) => checkFileSync(f.read, f.path));
  parentPort!.postMessage({ batch: job.batch, reports } satisfies JobResult);
});
