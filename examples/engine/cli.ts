// Command-line plumbing shared by the worker and the demo: option parsing into the backtest
// configuration and policy, and error reporting that never shows a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CheckpointError, isCheckpointError } from '../../src/index.js';

/** Parses argv with node:util, turning its errors into E_USAGE. */
export function parseOptions<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string): ReturnType<typeof parseArgs<{ options: T; args: string[]; allowPositionals: false; strict: true }>>['values'] {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values;
  } catch (e) {
    throw new CheckpointError({ code: 'E_USAGE', message: e instanceof Error ? e.message : String(e), hint: usage });
  }
}

/** A whole number option within bounds. */
export function intOption(name: string, value: string | undefined, fallback: number, min: number, max: number, usage: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CheckpointError({ code: 'E_USAGE', message: `--${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(value)}`, hint: usage });
  }
  return n;
}

/** Prints an error the way a user wants to read it and sets the exit status. */
export function reportError(e: unknown, program: string): void {
  if (isCheckpointError(e)) {
    const where = [e.source, e.pointer].filter((x) => x !== undefined && x !== '').join(' at ');
    process.stderr.write(`${program}: ${e.code}: ${e.message}${where ? ` (${where})` : ''}\n`);
    if (e.hint) process.stderr.write(`  hint: ${e.hint}\n`);
    process.exitCode = e.code === 'E_USAGE' ? 64 : 2;
    return;
  }
  process.stderr.write(`${program}: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 70;
}
