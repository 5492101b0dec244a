// ckpt validate: checks every file for schema, id and consistency problems and reports each with file, line,
// column, JSON pointer, code and message, as text, JSON, GitHub annotations or JUnit XML.
import type { CommandSpec, Context } from '../command.js';
import { flag, listOption, stringOption } from '../command.js';
import { EXIT, usageError } from '../errors.js';
import { readStdin, writeFileAtomic } from '../files.js';
import { expandInputs } from '../inputs.js';
import { reportError } from '../report-error.js';
import { createProgress } from '../progress.js';
import { formatGithubFile, formatGithubSummary } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { formatJunit } from '../report/junit.js';
import { formatFileText, formatSummaryText } from '../report/text.js';
import type { FileReport } from '../report/types.js';
import { colorWanted, createStyle } from '../style.js';
import { checkBytes, unreadable } from '../validate/check-file.js';
import { validateFiles } from '../validate/pool.js';
import { CheckpointError } from '../../errors/index.js';

export const spec: CommandSpec = {
  usage: '[options] PATH|DIR|GLOB|- ...',
  description: [
    'Checks each checkpoint against the JSON Schema of its own format version, verifies its checkpoint_id,',
    'and checks its consistency (fills against orders, order status, equity, timestamps). Every problem is',
    'reported with file, line, column, JSON pointer, a stable code and a sentence saying what to fix.',
    '',
    'Directories are searched recursively for *.json files (node_modules and .git are skipped). Quote globs',
    '(\'ckpts/**/*.json\') so that ckpt expands them the same way in every shell. "-" reads one file from stdin.',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      value: 'FORMAT',
      choices: ['text', 'json', 'github', 'junit'],
      description: 'text (default), json, github (Actions annotations) or junit (XML)',
    },
    output: { type: 'string', short: 'o', value: 'FILE', description: 'write the report to FILE instead of stdout' },
    verbose: { type: 'boolean', short: 'v', description: 'text: list valid files too' },
    quiet: { type: 'boolean', short: 'q', description: 'text: print problems only, no summary line' },
    ignore: { type: 'string', multiple: true, value: 'GLOB', description: 'leave out files matching GLOB in directory and glob searches' },
    jobs: { type: 'string', short: 'j', value: 'N', description: 'threads to use (default: every core, once a run lasts 100 ms)' },
    'stdin-name': { type: 'string', value: 'NAME', description: 'the file name to report for "-" (stdin)' },
    'no-color': { type: 'boolean', description: 'never colour the text report (NO_COLOR=1 does the same)' },
  },
  positionals: { min: 1, missing: 'give at least one file, directory, quoted glob, or - for stdin' },
  examples: [
    ['ckpt validate data/checkpoints', 'every .json file under data/checkpoints, recursively'],
    ["ckpt validate --format github 'data/**/*.json'", 'annotations on the pull request in a GitHub Actions job'],
    ['ckpt validate --format junit -o ckpt-report.xml data/', 'a JUnit report for a CI dashboard'],
    ['curl -s https://example.com/ckpt.json | ckpt validate --stdin-name remote.json -', 'a checkpoint from stdin'],
  ],
  exit: '0 all files valid, 1 some file invalid, 2 usage error or a file that cannot be read (missing, unreadable, binary, empty stdin).',
};

function parseJobs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9][0-9]{0,2}$/.test(raw)) throw usageError(`--jobs must be a whole number from 1 to 999, not ${JSON.stringify(raw)}`, 'see ckpt validate --help');
  return Number(raw);
}

export async function run(ctx: Context): Promise<number> {
  const format = stringOption(ctx.values, 'format') ?? 'text';
  const output = stringOption(ctx.values, 'output');
  const jobs = parseJobs(stringOption(ctx.values, 'jobs'));
  const stdinName = stringOption(ctx.values, 'stdin-name');
  const started = Date.now(); // not performance.now(): the perf_hooks module costs start-up time

  const inputs = await expandInputs(ctx.positionals, { cwd: ctx.cwd, ignore: listOption(ctx.values, 'ignore'), ...(stdinName !== undefined && { stdinName }) });
  const stdinInput = inputs.find((i) => i.stdin === true);
  let stdinReport: FileReport | undefined;
  if (stdinInput !== undefined) {
    try {
      stdinReport = checkBytes(stdinInput.path, await readStdin(ctx.stdin));
    } catch (e) {
      if (!(e instanceof CheckpointError) || inputs.length === 1) throw e;
      stdinReport = unreadable(stdinInput.path, e);
    }
  }
  const onDisk = inputs.filter((i) => i.stdin !== true).map((i) => i.path);
  const progress = createProgress(onDisk.length, 'validating', ctx.stderr, ctx.env);
  const checked = await validateFiles(onDisk, { cwd: ctx.cwd, ...(jobs !== undefined && { jobs }), onFile: () => progress.tick() });
  progress.done();
  let k = 0;
  const files = inputs.map((i) => (i.stdin === true ? stdinReport! : checked[k++]!));

  for (const f of files) {
    if (f.unreadable) {
      const e = f.errors[0]!;
      reportError('validate', new CheckpointError({ code: e.code, message: e.message, ...(e.hint !== null && { hint: e.hint }) }), ctx);
    }
  }

  const text = render(format, files, ctx, output === undefined, (Date.now() - started) / 1000);
  if (output !== undefined) await writeFileAtomic(output, text);
  else ctx.stdout.write(text);

  if (files.some((f) => f.unreadable)) return EXIT.TROUBLE;
  return files.every((f) => f.valid) ? EXIT.OK : EXIT.INVALID;
}

function render(format: string, files: readonly FileReport[], ctx: Context, toStdout: boolean, seconds: number): string {
  switch (format) {
    case 'json':
      return formatJson(files);
    case 'junit':
      return formatJunit(files, seconds);
    case 'github':
      return files.map(formatGithubFile).join('') + formatGithubSummary(files);
    default: {
      const style = createStyle(toStdout && colorWanted(ctx.stdout, ctx.env, flag(ctx.values, 'no-color') ? false : undefined));
      const options = { style, verbose: flag(ctx.values, 'verbose'), quiet: flag(ctx.values, 'quiet') };
      // Files that could not be read were already reported on stderr, once.
      const body = files
        .filter((f) => !f.unreadable)
        .map((f) => formatFileText(f, options))
        .join('');
      // Nothing was checked when every file was unreadable: the error lines on stderr say it all.
      return options.quiet || files.every((f) => f.unreadable) ? body : body + formatSummaryText(files, options);
    }
  }
}
