// `ckpt validate --format junit`: JUnit XML, the format CI dashboards (Jenkins, GitLab, Azure, CircleCI) read.
// One <testcase> per file; a checkpoint problem is a <failure>, a file that could not be read an <error>.
// Text is escaped for XML 1.0, and characters XML 1.0 cannot carry at all are replaced by U+FFFD.
import { summarize, type FileReport } from './types.js';

// Tab, LF and CR are the only control characters XML 1.0 allows; lone surrogates and U+FFFE/U+FFFF are illegal.
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes element text; with `attribute`, also quotes and the whitespace an attribute value would normalize. */
export function escapeXml(s: string, attribute = false): string {
  const text = s.replace(ILLEGAL, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
  if (!attribute) return text;
  return text.replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function body(f: FileReport): string {
  return f.errors
    .map((e) => {
      const where = e.line !== null ? `${f.path}:${e.line}:${e.column ?? 1}` : f.path;
      return `${where}: ${e.code} ${e.pointer ?? ''} ${e.message}${e.hint !== null ? `\n    hint: ${e.hint}` : ''}`;
    })
    .join('\n');
}

export function formatJunit(files: readonly FileReport[], seconds: number): string {
  const s = summarize(files);
  const errors = files.filter((f) => f.unreadable).length;
  const failures = s.invalid - errors;
  const time = seconds.toFixed(3);
  const cases = files.map((f) => {
    const open = `    <testcase classname="ckpt.validate" name="${escapeXml(f.path, true)}" file="${escapeXml(f.path, true)}" time="0">`;
    if (f.valid) return `${open}</testcase>`;
    const first = f.errors[0];
    const tag = f.unreadable ? 'error' : 'failure';
    const message = first ? `${first.code}: ${first.message}${f.errors.length > 1 ? ` (and ${f.errors.length - 1} more)` : ''}` : 'invalid';
    const type = first?.code ?? 'E_SCHEMA';
    return `${open}\n      <${tag} message="${escapeXml(message, true)}" type="${type}">${escapeXml(body(f))}</${tag}>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ckpt validate" tests="${s.total}" failures="${failures}" errors="${errors}" time="${time}">`,
    `  <testsuite name="ckpt validate" tests="${s.total}" failures="${failures}" errors="${errors}" skipped="0" time="${time}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
