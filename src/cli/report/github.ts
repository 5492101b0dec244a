// `ckpt validate --format github`: GitHub Actions workflow commands, one `::error file=…,line=…,col=…,title=…::…`
// per problem, which GitHub shows as annotations on the file and line in the pull request. Values are escaped
// as the Actions toolkit escapes them (%, CR, LF everywhere; also : and , in properties).
import { summarize, type FileReport } from './types.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithubFile(f: FileReport): string {
  let out = '';
  for (const e of f.errors) {
    const props = [`file=${escapeProperty(f.path)}`];
    if (e.line !== null) props.push(`line=${e.line}`, `col=${e.column ?? 1}`);
    props.push(`title=${escapeProperty(`ckpt ${e.code}`)}`);
    const at = e.pointer !== null && e.pointer !== '' && !e.message.includes(e.pointer) ? `${e.pointer}: ` : '';
    const hint = e.hint !== null ? ` (${e.hint})` : '';
    out += `::error ${props.join(',')}::${escapeData(`${at}${e.message}${hint}`)}\n`;
  }
  return out;
}

export function formatGithubSummary(files: readonly FileReport[]): string {
  const s = summarize(files);
  const noun = s.total === 1 ? 'file' : 'files';
  return s.invalid === 0 ? `ckpt validate: ${s.total} ${noun} valid\n` : `ckpt validate: ${s.invalid} of ${s.total} ${noun} invalid\n`;
}
