// The TypeScript side of the finbot cross-language test: one finbot file's bytes → its import (id, 4.0 document,
// warnings as "CODE pointer") and its export rendered as finbot's text, or the error code that stops it.
import { isCheckpointError } from '../../src/errors/index.js';
import { parseBytes } from '../../src/json/parse.js';
import { exportValue, renderFinbot } from '../../src/sources/finbot/export.js';
import { FINBOT_FORMAT } from '../../src/sources/finbot/format.js';
import { isFinbotCandidate, readFinbot } from '../../src/sources/finbot/read.js';

export const FINBOT = FINBOT_FORMAT;

export type TsFinbotLoad =
  | { readonly ok: true; readonly id: string; readonly checkpoint: Record<string, unknown>; readonly warnings: string[]; readonly export: string }
  | { readonly ok: false; readonly code: string };

export function tsFinbotLoad(bytes: Uint8Array): TsFinbotLoad {
  try {
    const value = parseBytes(bytes);
    if (!isFinbotCandidate(value)) return { ok: false, code: 'NOT_FINBOT' };
    const { document, warnings } = readFinbot(value, new TextDecoder().decode(bytes));
    return {
      ok: true,
      id: String(document.checkpoint_id),
      checkpoint: document,
      warnings: warnings.map((w) => `${w.code} ${w.pointer}`),
      export: renderFinbot(exportValue(document)),
    };
  } catch (e) {
    if (isCheckpointError(e)) return { ok: false, code: e.code };
    throw e;
  }
}
