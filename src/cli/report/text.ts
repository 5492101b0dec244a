// The human report of `ckpt validate`: one line per problem in the compiler format "path:line:col: …" that
// editors and terminals turn into links, the hint below it, then a summary. Valid files are listed only with
// --verbose, so a CI log of two thousand good files stays two lines long.
import { safe } from '../safe-text.js';
import type { Style } from '../style.js';
import { summarize, type FileReport } from './types.js';

export interface TextOptions {
  readonly style: Style;
  readonly verbose?: boolean;
  readonly quiet?: boolean;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatFileText(f: FileReport, { style, verbose }: TextOptions): string {
  const path = safe(f.path);
  let notes = '';
  for (const w of f.warnings ?? []) {
    const where = w.line !== null ? `${path}:${w.line}:${w.column ?? 1}` : path;
    const at = w.pointer !== null && w.pointer !== '' ? `${style.cyan(safe(w.pointer))}: ` : '';
    notes += `${style.bold(where)}: ${style.dim(`warning ${w.code}`)} ${at}${safe(w.message)}\n`;
  }
  if (f.valid) return (verbose ? `${style.green('ok')}   ${path}  ${style.dim(`${f.version ?? '?'}  ${f.id ?? ''}`)}\n` : '') + notes;
  let out = notes;
  for (const e of f.errors) {
    const where = e.line !== null ? `${path}:${e.line}:${e.column ?? 1}` : path;
    const at = e.pointer !== null && e.pointer !== '' && !e.message.includes(e.pointer) ? `${style.cyan(safe(e.pointer))}: ` : '';
    out += `${style.bold(where)}: ${style.red(e.code)} ${at}${safe(e.message)}\n`;
    if (e.hint !== null) out += `    ${style.dim(`hint: ${safe(e.hint)}`)}\n`;
  }
  return out;
}

export function formatSummaryText(files: readonly FileReport[], { style }: TextOptions): string {
  const s = summarize(files);
  if (s.invalid === 0) return style.green(`✓ ${plural(s.total, 'file')} valid`) + '\n';
  // A file that could not be read counts once, as unreadable: not also as an invalid file with a problem.
  const checked = files.filter((f) => !f.unreadable);
  const unreadable = files.length - checked.length;
  const invalid = checked.filter((f) => !f.valid).length;
  const problems = checked.reduce((n, f) => n + f.errors.length, 0);
  const parts = invalid > 0 ? [`${invalid} of ${plural(s.total, 'file')} invalid`, plural(problems, 'problem')] : [];
  if (unreadable > 0) parts.push(invalid > 0 ? `${unreadable} could not be read` : `${unreadable} of ${plural(s.total, 'file')} could not be read`);
  return style.red(`✗ ${parts.join(', ')}`) + '\n';
}
