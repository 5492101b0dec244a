// The demo end to end, as a user runs it (compiled, in its own process), on a shorter backtest; and
// its command-line errors.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startRun } from '../../src/index.js';
import { DEFAULT_CONFIG } from '../../examples/engine/config.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { runToEnd } from '../../examples/engine/run.js';
import { distPath, ensureBuilt, ROOT } from './dist.js';
import { tempRegistry } from './registry-helpers.js';

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [distPath('examples', 'engine', script), ...args], { cwd: ROOT, encoding: 'utf8' });
}

beforeAll(() => ensureBuilt());

describe('npm run demo', () => {
  it('crashes a child with SIGKILL, resumes, and reports identical final ids', () => {
    const r = run('demo.js', ['--minutes', '200', '--crash-at', '333', '--every', '50']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1\. crash +child process \d+ processed 333 bars, then killed itself with SIGKILL/);
    expect(r.stdout).toMatch(/2\. resume +from checkpoint [0-9a-f]{12}… \(sequence 6, bar 300\); recomputed 33 bars/);
    const resumed = /final checkpoint, crashed \+ resumed +([0-9a-f]{64})/.exec(r.stdout)?.[1];
    const clean = /final checkpoint, uninterrupted +([0-9a-f]{64})/.exec(r.stdout)?.[1];
    expect(resumed).toBeDefined();
    expect(resumed).toBe(clean);
    expect(r.stdout).toMatch(/bars recomputed after the crash +33 /);
    expect(r.stdout).toMatch(/the same ids in the same order/);
    expect(r.stdout).toMatch(/verdict +IDENTICAL/);
    // Not a terminal: no progress-bar escape codes in the output.
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--sabotage breaks the resume on purpose, and the demo reports DIFFERENT with exit status 1', () => {
    for (const what of ['rng', 'cursor']) {
      const r = run('demo.js', ['--minutes', '200', '--crash-at', '333', '--every', '50', '--sabotage', what]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/SABOTAGED: /);
      expect(r.stdout).toMatch(/verdict +DIFFERENT/);
    }
    expect(run('demo.js', ['--sabotage', 'seed']).stderr).toMatch(/E_USAGE: --sabotage takes rng or cursor, not "seed"/);
  });

  it('refuses bad options with E_USAGE, the usage line and exit status 64', () => {
    const r = run('demo.js', ['--every', '0']);
    expect(r.status).toBe(64);
    expect(r.stderr).toMatch(/^demo: E_USAGE: --every must be a whole number from 1 to 1000000, not "0"\n  hint: usage: npm run demo/);
    const unknown = run('demo.js', ['--bogus']);
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toMatch(/E_USAGE: Unknown option '--bogus'/);
    const worker = run('worker.js', ['--run', 'x']);
    expect(worker.status).toBe(64);
    expect(worker.stderr).toMatch(/E_USAGE: --store and --run are required/);
  });
});

describe('README', () => {
  it('shows the final id and bar count the default demo really produces', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Exact resume (demo)'));
    const engine = new BacktestEngine(DEFAULT_CONFIG);
    const { checkpointer } = await startRun(tempRegistry(), 'sma-demo', engine, { policy: { everyBars: 100 } });
    const final = (await runToEnd(engine, checkpointer))!;
    expect(section).toContain(`final checkpoint, uninterrupted      ${final.id}`);
    expect(section).toContain(`final checkpoint, crashed + resumed  ${final.id}`);
    expect(section).toContain(`${engine.totalBars.toLocaleString('en-US')} one-minute bars`);
  });
});
