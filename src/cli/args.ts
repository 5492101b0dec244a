// Argument parsing on Node's built-in util.parseArgs (strict mode), with the errors rewritten into one-line
// E_USAGE messages that name the option, suggest the closest real one and point at --help.
import { parseArgs } from 'node:util';
import type { CommandSpec, OptionSpec, OptionValues } from './command.js';
import { usageError } from './errors.js';
import { closest } from './suggest.js';

/** Options every command accepts. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', description: 'show this help and exit' },
  version: { type: 'boolean', description: 'print the ckpt version and exit' },
};

export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: string[];
}

/** True when argv asks for help (before any "--"), so help wins over any other mistake on the line. */
export function wants(argv: readonly string[], ...names: string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (names.includes(a)) return true;
  }
  return false;
}

/** An argument parseArgs takes as a positional whatever the options: one that does not start with "-", or "-" itself. */
export function isPlainPositional(arg: string): boolean {
  return arg === '-' || !arg.startsWith('-');
}

function optionNames(spec: CommandSpec): string[] {
  return Object.keys({ ...COMMON_OPTIONS, ...spec.options }).map((n) => `--${n}`);
}

export function parseCommandArgs(command: string, spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options = { ...COMMON_OPTIONS, ...spec.options }; // a command may give --version its own meaning (ckpt schema)
  const seeHelp = `see ckpt ${command} --help`;
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  if (argv.every(isPlainPositional)) {
    // What parseArgs makes of arguments that are all positionals, without loading it: util.parseArgs is a module of
    // its own that a cold start pays about a millisecond to load and run, and `ckpt validate FILE` is the usual line.
    parsed = { values: Object.create(null) as Record<string, unknown>, positionals: [...argv] };
  } else {
    const config: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
    for (const [name, o] of Object.entries(options)) {
      config[name] = { type: o.type, ...(o.short !== undefined && { short: o.short }), ...(o.multiple === true && { multiple: true }) };
    }
    try {
      parsed = parseArgs({ args: [...argv], options: config, allowPositionals: true, strict: true });
    } catch (e) {
      throw rewrite(e, command, spec, seeHelp);
    }
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  for (const [name, o] of Object.entries(options)) {
    const v = values[name];
    if (o.choices === undefined || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) {
      if (typeof one === 'string' && !o.choices.includes(one)) {
        const near = closest(one, o.choices);
        throw usageError(`--${name} must be one of ${o.choices.join(', ')}, not ${JSON.stringify(one)}${near ? ` (did you mean ${near}?)` : ''}`, seeHelp);
      }
    }
  }
  for (const [name, o] of Object.entries(options)) {
    const v = values[name];
    if (o.type === 'string' && typeof v === 'string' && v === '') throw usageError(`--${name} needs a non-empty value`, seeHelp);
  }
  const { min, max, missing } = spec.positionals;
  const n = parsed.positionals.length;
  if (n < min) throw usageError(missing, seeHelp);
  if (max !== undefined && n > max) {
    const extra = parsed.positionals[max]!;
    const what = max === 0 ? 'takes no arguments' : `takes at most ${max} argument${max === 1 ? '' : 's'}`;
    throw usageError(`ckpt ${command} ${what}, but got ${JSON.stringify(extra)}${n - max > 1 ? ` and ${n - max - 1} more` : ''}`, seeHelp);
  }
  return { values, positionals: parsed.positionals };
}

function rewrite(e: unknown, command: string, spec: CommandSpec, seeHelp: string): Error {
  const code = (e as { code?: string }).code;
  const message = e instanceof Error ? e.message : String(e);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const name = quoted
    .split('=')[0]!
    .replace(/ <value>$/, '')
    .replace(/^(-\w), (--[\w-]+)$/, '$2');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = name.startsWith('--') ? closest(name, optionNames(spec)) : undefined;
      return usageError(`unknown option ${name} for ckpt ${command}${near ? ` (did you mean ${near}?)` : ''}`, seeHelp);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const long = /(--[\w-]+)/.exec(message)?.[1] ?? name;
      const o = { ...COMMON_OPTIONS, ...spec.options }[long.replace(/^--/, '')];
      if (o?.type === 'boolean') return usageError(`${long} is a switch and takes no value`, seeHelp);
      if (/ambiguous/.test(message)) return usageError(`${long} needs a value; to give one that starts with "-", write ${long}=-…`, seeHelp);
      return usageError(`${long} needs a value${o?.value ? ` (${long} ${o.value})` : ''}`, seeHelp);
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return usageError(`ckpt ${command} takes no arguments, but got ${JSON.stringify(quoted)}`, seeHelp);
    default:
      return usageError(`cannot understand the arguments: ${message}`, seeHelp);
  }
}

/** Parses a format version given on the command line ("2", "2.0") to its major. */
export function parseMajor(option: string, raw: string, known: readonly number[]): number {
  const m = /^v?([0-9]{1,6})(?:\.0)?$/.exec(raw.trim());
  const major = m ? Number(m[1]) : NaN;
  if (!known.includes(major)) {
    throw usageError(
      `${option} must be a format version (${known.map((k) => `${k}`).join(', ')}), not ${JSON.stringify(raw)}`,
      'run ckpt versions to list them',
    );
  }
  return major;
}
