// The Python side of the cross-language tests: finds an interpreter that can run the package (Python 3.11+ with
// jsonschema) and talks to one long-lived worker process (py_worker.py) over JSON lines, so thousands of documents
// cross the language boundary without a process per document.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '..', '..');

function usable(python: string): boolean {
  const r = spawnSync(python, ['-c', 'import sys, jsonschema; sys.exit(0 if sys.version_info >= (3, 11) else 1)'], { stdio: 'ignore' });
  return r.status === 0;
}

/**
 * The interpreter to use: $CKPT_PYTHON, else the first python3 on PATH that has jsonschema, else Debian's. Undefined
 * when none can run the package; CI sets CKPT_REQUIRE_PYTHON=1 so that a missing interpreter fails instead of skipping.
 */
export const PYTHON: string | undefined = (() => {
  const candidates = [process.env.CKPT_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  const found = candidates.find(usable);
  if (found === undefined && process.env.CKPT_REQUIRE_PYTHON === '1') {
    throw new Error(`CKPT_REQUIRE_PYTHON=1 but no Python 3.11+ with jsonschema among ${candidates.join(', ')}`);
  }
  return found;
})();

export interface PyAnswer {
  readonly ok: boolean;
  readonly code?: string;
  readonly pointer?: string | null;
  readonly message?: string;
  readonly [key: string]: unknown;
}

export class PyWorker {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, (answer: PyAnswer) => void>();
  private seq = 0;
  private stderr = '';
  private readonly exited: Promise<void>;

  constructor(python: string) {
    this.child = spawn(python, [join(HERE, 'py_worker.py')], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (d) => (this.stderr += String(d)));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const answer = JSON.parse(line) as PyAnswer & { seq: number };
      this.pending.get(answer.seq)?.(answer);
      this.pending.delete(answer.seq);
    });
    this.exited = new Promise((resolve) =>
      this.child.once('close', () => {
        for (const [, reject] of this.pending) reject({ ok: false, code: 'CRASH', message: `python worker exited: ${this.stderr}` });
        this.pending.clear();
        resolve();
      }),
    );
  }

  request(op: string, args: Record<string, unknown>): Promise<PyAnswer> {
    const seq = this.seq++;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.child.stdin.write(`${JSON.stringify({ op, seq, ...args })}\n`);
    });
  }

  async close(): Promise<void> {
    this.child.stdin.end();
    await this.exited;
  }
}
