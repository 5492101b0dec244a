// The ckpt dispatcher: top-level help and --version, unknown commands with a suggestion, and (in the unbundled
// build) loading the one command that runs. The installed program goes straight from boot.ts to the command's
// own bundle and loads this module only for what is not a command.
import type { CommandModule } from './command.js';
import { COMMANDS, findCommand } from './commands.js';
import { EXIT, usageError } from './errors.js';
import type { Io } from './io.js';
import { packageVersion } from './package-root.js';
import { reportError } from './report-error.js';
import { helpFor, runCommand } from './run-command.js';
import { closest } from './suggest.js';

export type { Io } from './io.js';

/** Words other tools use for what a ckpt command does; edit distance cannot find these. */
const SYNONYMS: Readonly<Record<string, string>> = {
  check: 'validate',
  verify: 'validate',
  lint: 'validate',
  test: 'validate',
  info: 'show',
  inspect: 'show',
  cat: 'show',
  view: 'show',
  compare: 'diff',
  list: 'ls',
  find: 'ls',
  delete: 'rm',
  remove: 'rm',
  prune: 'gc',
  clean: 'gc',
  repair: 'fsck',
  migrate: 'upgrade',
  convert: 'upgrade',
  add: 'save',
  put: 'save',
  store: 'save',
  id: 'hash',
  canonical: 'canon',
  canonicalize: 'canon',
};

export function loadCommand(name: string): Promise<CommandModule> {
  switch (name) {
    case 'validate':
      return import('./commands/validate.js');
    case 'hash':
      return import('./commands/hash.js');
    case 'canon':
      return import('./commands/canon.js');
    case 'upgrade':
      return import('./commands/upgrade.js');
    case 'downgrade':
      return import('./commands/downgrade.js');
    case 'show':
      return import('./commands/show.js');
    case 'diff':
      return import('./commands/diff.js');
    case 'save':
      return import('./commands/save.js');
    case 'import':
      return import('./commands/import.js');
    case 'ls':
      return import('./commands/ls.js');
    case 'latest':
      return import('./commands/latest.js');
    case 'rm':
      return import('./commands/rm.js');
    case 'gc':
      return import('./commands/gc.js');
    case 'fsck':
      return import('./commands/fsck.js');
    case 'schema':
      return import('./commands/schema.js');
    case 'versions':
      return import('./commands/versions.js');
    default:
      return Promise.reject(usageError(`unknown command ${JSON.stringify(name)}`));
  }
}

export function topHelp(): string {
  const groups = [...new Set(COMMANDS.map((c) => c.group))];
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 3;
  return [
    'ckpt: validate, upgrade, inspect and manage state-checkpoint files',
    '',
    'Usage: ckpt COMMAND [options] [arguments]',
    '',
    ...groups.flatMap((g) => [`${g}:`, ...COMMANDS.filter((c) => c.group === g).map((c) => `  ${c.name.padEnd(width)}${c.summary}`), '']),
    'Options: -h, --help (here or after any command), --version',
    '',
    'Examples:',
    '  ckpt validate data/checkpoints           every .json file under a folder',
    "  ckpt validate --format github 'ckpts/**/*.json'",
    '  ckpt upgrade --in-place --backup old/*.json',
    '  ckpt show ckpt.json',
    '',
    'Run "ckpt COMMAND --help" for a command\'s options, examples and exit statuses.',
    '',
  ].join('\n');
}

/** Everything that is not a known command: no arguments, top-level help and version, unknown commands. */
export async function main(argv: readonly string[], io: Io, load: (name: string) => Promise<CommandModule> = loadCommand): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr.write(topHelp());
      return EXIT.TROUBLE;
    }
    if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
      io.stdout.write(topHelp());
      return EXIT.OK;
    }
    if (first === '--version' || first === '-V') {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.OK;
    }
    if (first === 'help') {
      const entry = findCommand(rest[0]!);
      if (entry === undefined) throw usageError(`no help for ${JSON.stringify(rest[0])}: there is no such command`, 'run ckpt --help for the list of commands');
      io.stdout.write(helpFor(entry.name, await load(entry.name)));
      return EXIT.OK;
    }
    if (first.startsWith('-')) throw usageError(`unknown option ${first}; options go after the command`, 'run ckpt --help for the list of commands');
    const entry = findCommand(first);
    if (entry === undefined) {
      const near =
        SYNONYMS[first.toLowerCase()] ??
        closest(
          first,
          COMMANDS.map((c) => c.name),
        );
      throw usageError(`unknown command ${JSON.stringify(first)}${near ? ` (did you mean ${near}?)` : ''}`, 'run ckpt --help for the list of commands');
    }
    return await runCommand(entry.name, await load(entry.name), rest, io);
  } catch (e) {
    return reportError(undefined, e, io);
  }
}
