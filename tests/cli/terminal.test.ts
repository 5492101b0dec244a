// The terminal policies that end-to-end tests cannot reach (they never run on a terminal): when text is
// coloured, and when the progress bar is drawn (a terminal, not CI, and only once a run lasts).
import { describe, expect, it } from 'vitest';
import { createProgress, isCI } from '../../src/cli/progress.js';
import { colorWanted, createStyle } from '../../src/cli/style.js';

const tty = { isTTY: true, hasColors: () => true };

describe('colour', () => {
  it('is on for a colour terminal, off for a pipe', () => {
    expect(colorWanted(tty, {})).toBe(true);
    expect(colorWanted({ isTTY: false }, {})).toBe(false);
    expect(colorWanted({ isTTY: true, hasColors: () => false }, {})).toBe(false);
  });

  it('honours NO_COLOR, TERM=dumb and --no-color over a terminal, and FORCE_COLOR over a pipe', () => {
    expect(colorWanted(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted(tty, { NO_COLOR: '' })).toBe(true); // NO_COLOR counts only when non-empty
    expect(colorWanted(tty, { TERM: 'dumb' })).toBe(false);
    expect(colorWanted(tty, {}, false)).toBe(false);
    expect(colorWanted({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorWanted({ isTTY: false }, { FORCE_COLOR: '0' })).toBe(false);
  });

  it('wraps text in ANSI codes only when enabled', () => {
    expect(createStyle(true).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect(createStyle(false).red('x')).toBe('x');
  });
});

describe('progress bar', () => {
  function stream(isTTY: boolean): { isTTY: boolean; columns: number; out: string[]; write(s: string): boolean } {
    return {
      isTTY,
      columns: 80,
      out: [],
      write(s) {
        this.out.push(s);
        return true;
      },
    };
  }

  it('is drawn on a terminal once the run has lasted, redrawn in place, and cleared at the end', () => {
    const s = stream(true);
    let now = 0;
    const p = createProgress(10, 'validating', s, {}, () => now);
    p.tick(); // too early: short runs never show a bar
    expect(s.out).toEqual([]);
    now = 1000;
    p.tick();
    expect(s.out).toHaveLength(1);
    expect(s.out[0]).toMatch(/^\rvalidating \[#+\.+\] 2\/10 20% 4s left\u001b\[K$/);
    p.tick(); // within the redraw interval
    expect(s.out).toHaveLength(1);
    now = 2000;
    p.tick(7);
    expect(s.out[1]).toMatch(/ 10\/10 100%\u001b\[K$/);
    p.done();
    expect(s.out[2]).toBe('\r\u001b[K');
  });

  it('is never drawn when CI is set, or when stderr is not a terminal', () => {
    for (const [s, env] of [
      [stream(true), { CI: 'true' }],
      [stream(true), { GITHUB_ACTIONS: 'true' }],
      [stream(false), {}],
    ] as const) {
      let now = 0;
      const p = createProgress(10, 'validating', s, env, () => now);
      now = 5000;
      p.tick();
      p.done();
      expect(s.out).toEqual([]);
    }
    expect(isCI({ CI: 'false' })).toBe(false);
    expect(isCI({ CI: '1' })).toBe(true);
  });
});
