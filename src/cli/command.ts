// The shape every command module has: a spec (usage, options, examples: the help text is generated from it) and
// a run function that gets parsed arguments and the process streams, and returns an exit status. Commands never
// call process.exit and never print stack traces; they throw CheckpointErrors and the dispatcher reports them.

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** Allowed values of a string option. */
  readonly choices?: readonly string[];
  /** Placeholder shown in help, e.g. "N" for --to N. */
  readonly value?: string;
  readonly description: string;
}

export interface CommandSpec {
  /** Everything after "ckpt NAME" in the usage line. */
  readonly usage: string;
  /** A paragraph or two below the usage line. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Number of positional arguments allowed. */
  readonly positionals: { readonly min: number; readonly max?: number; readonly missing: string };
  /** Real invocations with one line saying what each does. */
  readonly examples: readonly (readonly [string, string])[];
  /** What the exit statuses mean for this command. */
  readonly exit: string;
}

export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

export interface InputStream extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
}

export interface OutputStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  hasColors?(): boolean;
  write(chunk: string | Uint8Array): boolean;
}

export interface Context {
  /** The command's name, for messages. */
  readonly command: string;
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface CommandModule {
  readonly spec: CommandSpec;
  run(ctx: Context): Promise<number>;
}

/** Reads a string option (the last one when repeated). */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v : undefined;
}

export function listOption(values: OptionValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
