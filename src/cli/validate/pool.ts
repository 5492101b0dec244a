// Validates many files on every core: the main thread and (cores − 1) worker threads pull batches of files from
// one queue. Small runs stay on the main thread, because a worker costs tens of milliseconds to start.
import { resolve } from 'node:path';
import type { FileReport } from '../report/types.js';
import { checkFileSync, unreadable } from './check-file.js';
import type { Job, JobResult } from './worker.js';

export interface PoolOptions {
  readonly cwd: string;
  /** Threads to use in all, main thread included; default: the number of cores. */
  readonly jobs?: number;
  /** Called after each file. */
  readonly onFile?: () => void;
}

/** Below this many files the start-up of a worker costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 48;
const BATCH = 8;

// node:os and node:worker_threads are imported only for runs big enough to use threads: loading them costs
// start-up time that a one-file run should not pay.
export async function defaultJobs(): Promise<number> {
  const { availableParallelism } = await import('node:os');
  return Math.max(1, Math.min(availableParallelism(), 8));
}

export async function validateFiles(paths: readonly string[], options: PoolOptions): Promise<FileReport[]> {
  const files = paths.map((path) => ({ path, read: resolve(options.cwd, path) }));
  const reports: FileReport[] = new Array<FileReport>(files.length);
  let workerCount = 0;
  if (files.length >= MIN_FILES_FOR_WORKERS) {
    const jobs = Math.max(1, options.jobs ?? (await defaultJobs()));
    workerCount = Math.min(jobs - 1, Math.floor(files.length / BATCH));
  }
  let next = 0;
  const take = (): Job | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + BATCH);
    return { batch: start, files: files.slice(start, next) };
  };
  const store = (r: JobResult): void => {
    r.reports.forEach((rep, i) => {
      reports[r.batch + i] = rep;
      options.onFile?.();
    });
  };

  const Worker = workerCount > 0 ? (await import('node:worker_threads')).Worker : undefined;
  const workers = Worker === undefined ? [] : Array.from({ length: workerCount }, () => startWorker(Worker, take, store));
  // The main thread works too, yielding between files so worker messages are handled promptly.
  for (let job = take(); job !== undefined; job = take()) {
    for (let i = 0; i < job.files.length; i++) {
      const f = job.files[i]!;
      reports[job.batch + i] = checkFileSync(f.read, f.path);
      options.onFile?.();
      if (workers.length > 0) await new Promise((r) => setImmediate(r));
    }
  }
  await Promise.all(workers);
  // A worker that died leaves holes; check those files here, where any error is reported per file.
  for (let i = 0; i < files.length; i++) {
    if (reports[i] === undefined) {
      const f = files[i]!;
      try {
        reports[i] = checkFileSync(f.read, f.path);
      } catch (e) {
        reports[i] = unreadable(f.path, e);
      }
    }
  }
  return reports;
}

type WorkerClass = typeof import('node:worker_threads').Worker;

function startWorker(Worker: WorkerClass, take: () => Job | undefined, store: (r: JobResult) => void): Promise<void> {
  return new Promise((done) => {
    let worker: InstanceType<WorkerClass>;
    try {
      worker = new Worker(new URL('./worker.js', import.meta.url));
    } catch {
      done(); // no worker: the main thread does all the work
      return;
    }
    // Two jobs in flight, so the worker always has the next batch queued and never waits for the main thread
    // to finish the file it is checking before it is handed more work.
    let inFlight = 0;
    let stopping = false;
    const feed = (): void => {
      const job = take();
      if (job !== undefined) {
        inFlight++;
        worker.postMessage(job);
      } else if (inFlight === 0 && !stopping) {
        stopping = true;
        void worker.terminate().then(() => done());
      }
    };
    worker.on('message', (r: JobResult) => {
      inFlight--;
      store(r);
      feed();
    });
    worker.on('error', () => done()); // its unfinished batches are redone by the caller
    worker.on('exit', () => done());
    worker.once('online', () => {
      feed();
      feed();
    });
  });
}
