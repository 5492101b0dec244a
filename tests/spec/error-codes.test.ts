// The spec documents every error code of the library, and no other: each code has its own entry in §16 and a row
// in its exit-status table, and any E_ code the text mentions anywhere exists.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/index.js';
import { WARNING_CODES } from '../../src/errors/index.js';
import { fieldHeadings, section, specText, tableRows } from './spec-text.js';

const codes = Object.keys(ERROR_CODES).sort();
const errors = section(/^\d+\. Error codes$/);

describe('SPEC.md error codes', () => {
  it('gives every code of ERROR_CODES and WARNING_CODES its own entry, and no entry to an unknown code', () => {
    const entries = fieldHeadings(errors.body).sort();
    expect(entries).toEqual([...codes, ...Object.keys(WARNING_CODES)].sort());
  });

  it('lists every code exactly once in the exit-status table, with status 1, 2 or "—"', () => {
    const rows = tableRows(errors.body, '| code | class | CLI exit status |');
    const listed = rows.map((r) => r[0]!.replace(/`/g, ''));
    expect([...listed].sort()).toEqual(codes);
    for (const row of rows) expect(['1', '2', '—']).toContain(row[2]);
  });

  it('mentions no E_ code that the library does not define', () => {
    const mentioned = new Set(specText.match(/\bE_[A-Z_]+\b/g) ?? []);
    const unknown = [...mentioned].filter((c) => !Object.hasOwn(ERROR_CODES, c));
    expect(unknown).toEqual([]);
  });

  it('describes what raises each code (an entry with text, not just a heading)', () => {
    for (const code of codes) {
      const at = errors.body.indexOf(`#### \`${code}\``);
      expect(at, code).toBeGreaterThan(-1);
      const next = errors.body.indexOf('\n#', at + 1);
      const entry = errors.body.slice(at, next < 0 ? undefined : next);
      expect(entry.split('\n').slice(1).join(' ').trim().length, code).toBeGreaterThan(40);
    }
  });
});
