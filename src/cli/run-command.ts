// Runs one command: --help and --version first (they win over any other mistake on the line), then strict
// argument parsing, then the command itself. Every failure becomes one line on stderr and an exit status.
import { parseCommandArgs, wants } from './args.js';
import type { CommandModule, Context } from './command.js';
import { findCommand } from './commands.js';
import { EXIT } from './errors.js';
import { commandHelp } from './help.js';
import type { Io } from './io.js';
import { packageVersion } from './package-root.js';
import { reportError } from './report-error.js';

export function helpFor(name: string, mod: CommandModule): string {
  return commandHelp(name, findCommand(name)?.summary ?? '', mod.spec);
}

export async function runCommand(name: string, mod: CommandModule, argv: readonly string[], io: Io): Promise<number> {
  try {
    if (wants(argv, '--help', '-h')) {
      io.stdout.write(helpFor(name, mod));
      return EXIT.OK;
    }
    if (mod.spec.options.version === undefined && wants(argv, '--version')) {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.OK;
    }
    const { values, positionals } = parseCommandArgs(name, mod.spec, argv);
    const ctx: Context = {
      command: name,
      values,
      positionals,
      get stdin() {
        return io.stdin;
      },
      // getters: standard output and error are set up when first written (bin/ckpt.js), not for every run
      get stdout() {
        return io.stdout;
      },
      get stderr() {
        return io.stderr;
      },
      env: io.env,
      cwd: io.cwd,
    };
    return await mod.run(ctx);
  } catch (e) {
    return reportError(name, e, io);
  }
}
