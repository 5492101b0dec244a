// docs/cli.md runs as printed: every `$ command` line of its ```console blocks is run, in order, in a copy of the
// sample files it names (examples/cli/), with `ckpt` on the PATH, and what it prints (stdout and stderr, in the
// order written) must be the output the page shows. Only what changes from run to run is masked: the sandbox's
// path, the current time in gc's report and JUnit's durations. A line "… the same report …" stands for any lines.
// To refresh the page after a deliberate change of output (a new format version, for one): CKPT_UPDATE_DOCS=1 npx vitest
// run tests/cli/docs.test.ts, then run it again without the variable.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from './helpers.js';

const DOC = join(ROOT, 'docs', 'cli.md');
const ELLIPSIS = '… the same report …';

interface Example {
  readonly command: string;
  readonly output: string[];
  /** Where the output lines are in the page (0-based line numbers), for the update mode. */
  readonly from: number;
  readonly to: number;
}

function examples(text: string): Example[] {
  const lines = text.split('\n');
  const out: Example[] = [];
  let inConsole = false;
  let current: { command: string; output: string[]; from: number } | undefined;
  const close = (end: number): void => {
    if (current !== undefined) out.push({ ...current, to: end });
    current = undefined;
  };
  lines.forEach((line, i) => {
    if (!inConsole) {
      if (line === '```console') inConsole = true;
      return;
    }
    if (line === '```') {
      close(i);
      inConsole = false;
    } else if (line.startsWith('$ ')) {
      close(i);
      current = { command: line.slice(2), output: [], from: i + 1 };
    } else current?.output.push(line);
  });
  return out;
}

const { dir, cleanup } = tempDir('ckpt-docs-');
afterAll(() => cleanup());
const work = join(dir, 'project');
cpSync(join(ROOT, 'examples', 'cli'), work, { recursive: true, filter: (p) => !p.endsWith('generate.mjs') });
const bin = join(dir, 'bin');
mkdirSync(bin);
writeFileSync(join(bin, 'ckpt'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
chmodSync(join(bin, 'ckpt'), 0o755);

function run(command: string): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_ACTIONS', 'CKPT_REGISTRY', 'CKPT_DEBUG']) delete env[k];
  const r = spawnSync('sh', ['-c', `{ ${command}
} 2>&1`], { cwd: work, env, encoding: 'utf8' });
  return r.stdout
    .replaceAll(work, '/home/me/project')
    .replace(/ at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z with policy/g, ' at 2026-11-27T16:23:47.573Z with policy')
    .replace(/ time="\d+\.\d+"/g, ' time="0.012"')
    .replace(/\n$/, '')
    .split('\n');
}

function matches(expected: readonly string[], actual: readonly string[]): boolean {
  const at = expected.indexOf(ELLIPSIS);
  if (at < 0) return expected.length === actual.length && expected.every((l, i) => l === actual[i]);
  const head = expected.slice(0, at);
  const tail = expected.slice(at + 1);
  return (
    actual.length >= head.length + tail.length &&
    head.every((l, i) => l === actual[i]) &&
    tail.every((l, i) => l === actual[actual.length - tail.length + i])
  );
}

describe('docs/cli.md', () => {
  it('runs on the sample files examples/cli/generate.mjs writes', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'examples', 'cli', 'generate.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('regression: every command of docs/cli.md runs as printed, on sample files that exist (issue 10.12)', () => {
    const text = readFileSync(DOC, 'utf8');
    const all = examples(text);
    expect(all.length).toBeGreaterThan(30);
    const update = process.env.CKPT_UPDATE_DOCS === '1';
    const lines = text.split('\n');
    const replacements: { from: number; to: number; output: string[] }[] = [];
    const failures: string[] = [];
    for (const ex of all) {
      const actual = run(ex.command);
      const expected = ex.output.length === 0 ? [] : ex.output;
      const got = actual.length === 1 && actual[0] === '' ? [] : actual;
      if (!matches(expected, got)) {
        failures.push(`$ ${ex.command}\n--- docs/cli.md\n${expected.join('\n')}\n--- actual\n${got.join('\n')}`);
        if (update) {
          // An elided block keeps its shape: as many real lines before and after the ellipsis as it showed.
          const at = expected.indexOf(ELLIPSIS);
          const output = at < 0 ? got : [...got.slice(0, at), ELLIPSIS, ...got.slice(got.length - (expected.length - at - 1))];
          replacements.push({ from: ex.from, to: ex.to, output });
        }
      }
    }
    if (update && replacements.length > 0) {
      for (const r of replacements.reverse()) lines.splice(r.from, r.to - r.from, ...r.output);
      writeFileSync(DOC, lines.join('\n'));
    }
    expect(failures.join('\n\n')).toBe('');
  });
});

