// ckpt validate: checks every file for schema, id and consistency problems and reports each with file, line,
// column, JSON pointer, code and message, as text, JSON, GitHub annotations or JUnit XML.
import type { CommandSpec, Context } from '../command.js';
import { flag, listOption, stringOption } from '../command.js';
import { EXIT, noInput, usageError } from '../errors.js';
import { readStdin, writeFileAtomic } from '../files.js';
import { expandInputs } from '../inputs.js';
import { errorLine } from '../report-error.js';
import { safe } from '../safe-text.js';
import { createProgress } from '../progress.js';
import { formatGithubFile, formatGithubSummary } from '../report/github.js';
import { formatJson } from '../report/json.js';
import { formatJunit } from '../report/junit.js';
import { formatFileText, formatSummaryText, type TextOptions } from '../report/text.js';
import type { FileReport } from '../report/types.js';
import { colorWanted, createStyle, type Style } from '../style.js';
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
  const quiet = flag(ctx.values, 'quiet');
  const started = Date.now(); // not performance.now(): the perf_hooks module costs start-up time

  const { files: inputs, skipped } = await expandInputs(ctx.positionals, {
    cwd: ctx.cwd,
    ignore: listOption(ctx.values, 'ignore'),
    ...(stdinName !== undefined && { stdinName }),
  });
  if (!quiet) for (const path of skipped) ctx.stderr.write(`ckpt validate: skipped ${safe(path)}: a checkpoint registry's marker, not a checkpoint\n`);
  if (inputs.length === 0) {
    // Only markers: passing would be a green check on nothing.
    throw noInput(
      `no checkpoint files to check: ${skipped.map(safe).join(', ')} ${skipped.length === 1 ? 'is a registry marker' : 'are registry markers'}, and there is nothing else`,
      'a registry with no checkpoints has nothing to validate; give the files or folders that hold checkpoints',
    );
  }
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

  // Text to stdout streams: each file's problems are printed as soon as it and every file before it are done,
  // so a long run shows failures early and the output is the same whatever the order threads finish in.
  const streaming = format === 'text' && output === undefined;
  const style = textStyle(ctx, streaming);
  const options = { style, verbose: flag(ctx.values, 'verbose'), quiet };
  const files: (FileReport | undefined)[] = inputs.map((i) => (i.stdin === true ? stdinReport : undefined));
  const diskIndex = inputs.flatMap((i, k) => (i.stdin === true ? [] : [k]));
  const progress = createProgress(diskIndex.length, 'validating', ctx.stderr, ctx.env);
  let shown = 0;
  const flush = (): void => {
    let out = '';
    let errors = '';
    for (; shown < files.length && files[shown] !== undefined; shown++) {
      const f = files[shown]!;
      if (f.unreadable) errors += unreadableLine(f);
      else if (streaming) out += formatFileText(f, options);
    }
    if (out === '' && errors === '') return;
    progress.clear();
    if (errors !== '') ctx.stderr.write(errors);
    if (out !== '') ctx.stdout.write(out);
  };
  flush();
  await validateFiles(
    diskIndex.map((k) => ({ path: inputs[k]!.path, read: inputs[k]!.file! })),
    {
      ...(jobs !== undefined && { jobs }),
      onFile: (i, report) => {
        files[diskIndex[i]!] = report;
        flush();
        progress.tick();
      },
    },
  );
  progress.done();
  flush();
  const done = files as FileReport[];

  const seconds = (Date.now() - started) / 1000;
  if (streaming) {
    // Nothing was checked when every file was unreadable: the error lines on stderr say it all.
    if (!quiet && !done.every((f) => f.unreadable)) ctx.stdout.write(formatSummaryText(done, options));
  } else {
    const text = render(format, done, options, seconds);
    if (output !== undefined) await writeFileAtomic(output, text);
    else ctx.stdout.write(text);
  }

  if (done.some((f) => f.unreadable)) return EXIT.TROUBLE;
  return done.every((f) => f.valid) ? EXIT.OK : EXIT.INVALID;
}

/** The one line on stderr for a file that could not be checked at all. */
function unreadableLine(f: FileReport): string {
  const e = f.errors[0]!;
  return errorLine('validate', new CheckpointError({ code: e.code, message: e.message, ...(e.hint !== null && { hint: e.hint }) }));
}

function textStyle(ctx: Context, toStdout: boolean): Style {
  return createStyle(toStdout && colorWanted(ctx.stdout, ctx.env, flag(ctx.values, 'no-color') ? false : undefined));
}

function render(format: string, files: readonly FileReport[], options: TextOptions, seconds: number): string {
  switch (format) {
    case 'json':
      return formatJson(files);
    case 'junit':
      return formatJunit(files, seconds);
    case 'github':
      return files.map(formatGithubFile).join('') + formatGithubSummary(files);
    default: {
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
