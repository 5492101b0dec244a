// Validates many files on every core: the main thread and (cores − 1) worker threads pull batches of files from
// one queue. A worker costs tens of milliseconds to start, so by default the main thread starts alone and calls
// for workers only once the run has lasted long enough to repay them; --jobs N asks for N threads at once.
// Which thread checks a file never changes its report, and reports keep the order the files were given in.
import type { FileReport } from '../report/types.js';
import { checkFileSync, unreadable } from './check-file.js';
import type { FileToCheck, Job, JobResult } from './worker.js';

export interface PoolOptions {
  /** Threads to use in all, main thread included; default: the number of cores. */
  readonly jobs?: number;
  /** Called after each file with its index in `paths` and its report (in the order files finish). */
  readonly onFile?: (index: number, report: FileReport) => void;
}

const BATCH = 8;
/** Without --jobs, workers start once the main thread has worked this long and work is left for them. */
const WORKERS_AFTER_MS = 100;
/** …or at once, for runs of this many files: a worker takes a while to load and warm up, so it should start early. */
const WORKERS_AT_ONCE_FILES = 64;
/** With workers, the main thread lets their messages in at least this often (see below). */
const YIELD_MS = 2;

// node:os and node:worker_threads are imported only for runs big enough to use threads: loading them costs
// start-up time that a one-file run should not pay.
export async function defaultJobs(): Promise<number> {
  const { availableParallelism } = await import('node:os');
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** `files`: each file's name in reports (`path`) and the absolute path to read. */
export async function validateFiles(files: readonly FileToCheck[], options: PoolOptions): Promise<FileReport[]> {
  const reports: FileReport[] = new Array<FileReport>(files.length);
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
      options.onFile?.(r.batch + i, rep);
    });
  };

  const workers: Promise<void>[] = [];
  let asked = options.jobs === undefined ? files.length >= WORKERS_AT_ONCE_FILES : options.jobs > 1;
  const started = Date.now();
  const startWorkers = async (): Promise<void> => {
    asked = true;
    const jobs = Math.max(1, options.jobs ?? (await defaultJobs()));
    const count = Math.min(jobs - 1, Math.floor((files.length - next) / BATCH));
    if (count <= 0) return;
    const { Worker } = await import('node:worker_threads');
    for (let k = 0; k < count; k++) workers.push(startWorker(Worker, take, store));
  };
  if (asked) await startWorkers();
  // The main thread works too, yielding (once there are workers) so that their messages are handled: after any file
  // that ends YIELD_MS or more after the last yield. A worker has two batches queued, several milliseconds of work,
  // so it never waits; a yield after every small file cost the main thread a turn of the event loop per file.
  let yielded = Date.now();
  for (let job = take(); job !== undefined; job = take()) {
    if (!asked && options.jobs === undefined && Date.now() - started > WORKERS_AFTER_MS && files.length - next >= 2 * BATCH) await startWorkers();
    for (let i = 0; i < job.files.length; i++) {
      const f = job.files[i]!;
      const rep = checkFileSync(f.read, f.path);
      reports[job.batch + i] = rep;
      options.onFile?.(job.batch + i, rep);
      if (workers.length > 0 && Date.now() - yielded >= YIELD_MS) {
        await new Promise((r) => setImmediate(r));
        yielded = Date.now();
      }
    }
  }
  await Promise.all(workers);
  // A worker that died leaves holes; check those files here, where any error is reported per file.
  for (let i = 0; i < files.length; i++) {
    if (reports[i] === undefined) {
      const f = files[i]!;
      let rep: FileReport;
      try {
        rep = checkFileSync(f.read, f.path);
      } catch (e) {
        rep = unreadable(f.path, e);
      }
      reports[i] = rep;
      options.onFile?.(i, rep);
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
        // Its work is done: the run goes on without waiting for the thread to wind down (tens of milliseconds).
        stopping = true;
        void worker.terminate();
        done();
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
