// Reading spec/SPEC.md as data, so tests can hold the normative text to the schemas, the error codes and the
// library: its `## ` sections, its field headings, its fenced code blocks and its tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const specText = readFileSync(join(root, 'spec', 'SPEC.md'), 'utf8');

export interface Section {
  readonly heading: string;
  readonly body: string;
}

/** The `## ` sections of SPEC.md, in order (the text before the first one is not a section). */
export function sections(text: string = specText): Section[] {
  const out: Section[] = [];
  const parts = text.split(/^(?=## )/m);
  for (const part of parts) {
    if (!part.startsWith('## ')) continue;
    const newline = part.indexOf('\n');
    out.push({ heading: part.slice(3, newline < 0 ? undefined : newline).trim(), body: part });
  }
  return out;
}

/** The one section whose heading matches, or an error naming what is missing. */
export function section(pattern: RegExp, text: string = specText): Section {
  const found = sections(text).filter((s) => pattern.test(s.heading));
  if (found.length !== 1) throw new Error(`SPEC.md has ${found.length} sections matching ${pattern}, expected 1`);
  return found[0]!;
}

/** Everything under the `###`-level subsection whose heading matches (up to the next heading of level ≤ 3). */
export function subsection(pattern: RegExp, text: string = specText): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^### /.test(l) && pattern.test(l));
  if (start < 0) throw new Error(`SPEC.md has no subsection matching ${pattern}`);
  let end = start + 1;
  while (end < lines.length && !/^#{1,3} /.test(lines[end]!)) end++;
  return lines.slice(start, end).join('\n');
}

/** Field paths of the `#### \`path\`` headings in a piece of the spec. */
export function fieldHeadings(body: string): string[] {
  return [...body.matchAll(/^#{4} `([^`]+)`\s*$/gm)].map((m) => m[1]!);
}

export interface CodeBlock {
  readonly lang: string;
  readonly content: string;
}

/** Fenced code blocks (```lang … ```) in a piece of the spec, content without the final newline. */
export function codeBlocks(body: string): CodeBlock[] {
  return [...body.matchAll(/^```([a-z]*)\n([\s\S]*?)\n```$/gm)].map((m) => ({ lang: m[1]!, content: m[2]! }));
}

/** The rows of the markdown table whose header row contains `header`, each as its list of cell texts. */
export function tableRows(body: string, header: string): string[][] {
  const lines = body.split('\n').map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith('|') && l.includes(header));
  if (start < 0) throw new Error(`no table with header ${JSON.stringify(header)}`);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(lines[i]!.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}

/** The `code` spans of a table cell, e.g. "`1.0`, `1E0`" → ["1.0", "1E0"]. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}
