// The process streams and environment a run of ckpt gets; tests and the bundled entry points pass the real ones.
import type { InputStream, OutputStream } from './command.js';

export interface Io {
  /** A getter in practice: creating process.stdin costs start-up time, so only commands that read it do. */
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}
