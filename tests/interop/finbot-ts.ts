// The TypeScript side of the finbot cross-language test, through the public API: one finbot file's bytes →
// loadCheckpoint (id, 4.0 document, warnings as "CODE pointer") and exportFinbot (finbot's text), or the error code
// that stops it.
import { exportFinbot, FINBOT_FORMAT, isCheckpointError, loadCheckpoint } from '../../src/index.js';

export const FINBOT = FINBOT_FORMAT;

export type TsFinbotLoad =
  | { readonly ok: true; readonly id: string; readonly checkpoint: object; readonly warnings: string[]; readonly export: string }
  | { readonly ok: false; readonly code: string };

export function tsFinbotLoad(bytes: Uint8Array): TsFinbotLoad {
  try {
    const r = loadCheckpoint(bytes);
    return {
      ok: true,
      id: r.id,
      checkpoint: r.checkpoint,
      warnings: (r.warnings ?? []).map((w) => `${w.code} ${w.pointer}`),
      export: exportFinbot(r.checkpoint).text,
    };
  } catch (e) {
    if (isCheckpointError(e)) return { ok: false, code: e.code };
    throw e;
  }
}
