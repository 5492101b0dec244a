// Argument parsing: a line of positionals only skips util.parseArgs (a cold-start saving), so it must come out
// exactly as parseArgs would have parsed it, for every command.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_OPTIONS, isPlainPositional, parseCommandArgs } from '../../src/cli/args.js';
import { spec as validateSpec } from '../../src/cli/commands/validate.js';
import { spec as hashSpec } from '../../src/cli/commands/hash.js';

const plain = fc.oneof(
  fc.constant('-'),
  fc.string().filter((s) => !s.startsWith('-')),
);

function byParseArgs(spec: typeof validateSpec, argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries({ ...COMMON_OPTIONS, ...spec.options }).map(([name, o]) => [name, { type: o.type, ...(o.short !== undefined && { short: o.short }), ...(o.multiple === true && { multiple: true }) }]),
  );
  return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
}

describe('parseCommandArgs', () => {
  it('parses a line of positionals (and "-") as util.parseArgs does', () => {
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 6 }), (argv) => {
        expect(argv.every(isPlainPositional)).toBe(true);
        for (const spec of [validateSpec, hashSpec]) {
          const ours = parseCommandArgs('x', { ...spec, positionals: { min: 0, missing: '' } }, argv);
          const theirs = byParseArgs(spec, argv);
          expect(ours.positionals).toEqual(theirs.positionals);
          expect(Object.getPrototypeOf(ours.values)).toBe(null);
          expect({ ...ours.values }).toEqual({ ...theirs.values });
        }
      }),
    );
  });

  it('still parses options, and rejects unknown ones, when any argument starts with "-"', () => {
    expect(isPlainPositional('--quiet')).toBe(false);
    expect(isPlainPositional('-q')).toBe(false);
    expect(isPlainPositional('--')).toBe(false);
    const r = parseCommandArgs('validate', validateSpec, ['--quiet', 'a.json', '--', '-b.json']);
    expect(r.values.quiet).toBe(true);
    expect(r.positionals).toEqual(['a.json', '-b.json']);
    expect(() => parseCommandArgs('validate', validateSpec, ['a.json', '--nope'])).toThrow(/unknown option --nope/);
  });
});
