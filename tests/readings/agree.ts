// Whether an implementation agrees with each conformance vector, as "What agree means" in spec/vectors/README.md
// defines it for a full reader. The implementation is handed in as an `Api` (the library's public functions, or
// the library with one alternative reading of the specification substituted), so the same judge serves the
// mutation test of the vector set (readings.test.ts).
import { isDeepStrictEqual } from 'node:util';
import { loadCases, hexToBytes, majorOf, type Category } from '../vectors/load-vectors.js';
import type * as Lib from '../../src/index.js';

/** upgrade and downgrade by their general signatures (the library's overloads only narrow the result type). */
interface Migrate {
  upgrade(input: Uint8Array | string | object, options?: { readonly to?: number }): Lib.UpgradeResult<Record<string, any>>;
  downgrade(input: Uint8Array | string | object, options: { readonly to: number; readonly allowLoss?: boolean }): Lib.DowngradeResult<Record<string, any>>;
}
export type Api = Pick<typeof Lib, 'loadCheckpoint' | 'checkCheckpoint' | 'canonicalString' | 'checkpointId' | 'parseStrict' | 'CheckpointError'> & Migrate;

const CATEGORIES: readonly Category[] = ['validity', 'identity', 'upgrade', 'downgrade', 'bad-input'];

/** The error code `fn` throws, or null when it returns. */
function codeOf(api: Api, fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof api.CheckpointError) return e.code;
    throw e;
  }
}

type Obj = Record<string, unknown>;
const hashedPart = ({ checkpoint_id: _i, created_at: _c, provenance: _p, ...rest }: Obj): Obj => rest;

/** Why `api` disagrees with one case, or null when it agrees. A crash is a disagreement too. */
function disagreement(api: Api, category: Category, c: Obj): string | null {
  const same = (a: unknown, b: unknown) => api.canonicalString(a) === api.canonicalString(b);
  switch (category) {
    case 'validity': {
      const got = codeOf(api, () => api.loadCheckpoint(c.document as object));
      return got === c.error ? null : `loads with ${got}, expected ${String(c.error)}`;
    }
    case 'identity': {
      const value = c.text !== undefined ? api.parseStrict(c.text as string) : c.value;
      const target = c.scope === 'checkpoint' ? hashedPart(value as Obj) : value;
      if (api.canonicalString(target) !== c.canonical) return 'canonical text differs';
      if (c.scope === 'checkpoint' && api.checkpointId(value as Obj) !== c.id) return 'id differs';
      return null;
    }
    case 'upgrade': {
      const r = api.upgrade(c.input as object, { to: majorOf(c.to as '1.0') });
      if (!same(r.document, c.output)) return 'output differs';
      return isDeepStrictEqual(r.steps, c.steps) ? null : 'steps differ';
    }
    case 'downgrade': {
      const to = majorOf(c.to as '1.0');
      if (c.error !== null) {
        const got = codeOf(api, () => api.downgrade(c.input as object, { to, allowLoss: c.allow_loss as boolean }));
        return got === c.error ? null : `downgrade gives ${got}, expected ${String(c.error)}`;
      }
      const r = api.downgrade(c.input as object, { to, allowLoss: c.allow_loss as boolean });
      if (!same(r.document, c.output)) return 'output differs';
      if (!same(r.loss, c.loss)) return 'loss report differs';
      return isDeepStrictEqual(r.steps, c.steps) ? null : 'steps differ';
    }
    case 'bad-input': {
      const bytes = hexToBytes(c.hex as string);
      let id: string | undefined;
      const got = codeOf(api, () => (id = api.loadCheckpoint(bytes).original.id));
      if (got !== c.error) return `reads with ${got}, expected ${String(c.error)}`;
      return got === null && id !== c.id ? 'id differs' : null;
    }
    case 'source': {
      // Readings are about the format's own text; source cases are checked by what loading reports.
      if (c.kind === 'export') return null;
      const input = c.kind === 'import' ? hexToBytes(c.hex as string) : (c.document as object);
      let id: string | undefined;
      const got = codeOf(api, () => (id = api.loadCheckpoint(input, c.zone !== undefined ? { zone: c.zone as string } : {}).id));
      if (got !== c.error) return `loads with ${got}, expected ${String(c.error)}`;
      return got === null && c.id !== undefined && id !== c.id ? 'id differs' : null;
    }
  }
}

export interface Verdict {
  readonly total: number;
  /** The cases `api` disagrees with, as "file › case description" (descriptions are unique within a file). */
  readonly failing: readonly string[];
}

/** Runs every vector (or those of `only`) through `api`. */
export function judge(api: Api, only: readonly Category[] = CATEGORIES): Verdict {
  const failing: string[] = [];
  let total = 0;
  for (const category of only) {
    for (const { file, case: c } of loadCases(category)) {
      total++;
      let why: string | null;
      try {
        why = disagreement(api, category, c as unknown as Obj);
      } catch (e) {
        why = `throws ${e instanceof Error ? e.message : String(e)}`;
      }
      if (why !== null) failing.push(`${file} › ${c.description}`);
    }
  }
  return { total, failing };
}
