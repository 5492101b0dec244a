// `ckpt validate --format json`: {"files":[{"path","valid","version","id","errors":[{"code","message","pointer",
// "line","column","hint"}]}],"summary":{"total","valid","invalid"}}. Every key is always present (null when
// unknown), so consumers need no existence checks.
import { summarize, type FileReport } from './types.js';

export function formatJson(files: readonly FileReport[]): string {
  const out = {
    files: files.map((f) => ({
      path: f.path,
      valid: f.valid,
      version: f.version,
      id: f.id,
      errors: f.errors.map((e) => ({ code: e.code, message: e.message, pointer: e.pointer, line: e.line, column: e.column, hint: e.hint })),
    })),
    summary: summarize(files),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
