// One implementation of each alternative reading listed in spec/vectors/readings.json: what a careful implementer
// who read that passage the other way would build. None of them is a switch inside the library. Each either
// post-processes the library's result (as a wrapper around a public function), or wraps one migration step's
// `up` or `down` (found through steps.ts, the one place that knows where the library keeps its steps), and undoes
// that in `restore`.
import type * as Lib from '../../src/index.js';
import type { Api } from './agree.js';
import { addDec, equalDec, exactScaled, mulDec, parseDec, smallestDoubleAtLeast } from './numbers.js';
import { libraryWithDiff, patchStep } from './steps.js';
import type { PatchOp } from '../../src/util/json.js';

/** A document of any version, or a part of one. */
type Obj = Record<string, any>;
type LibApi = typeof Lib;

export interface Applied {
  readonly api: Api;
  restore(): void;
}

export type Alternative = (lib: LibApi) => Applied | Promise<Applied>;

const unchanged = (lib: LibApi, api: Partial<Api> = {}, restore: () => void = () => {}): Applied => ({ api: { ...lib, ...api }, restore });

const isDocument = (input: unknown): input is Obj => typeof input === 'object' && input !== null && !(input instanceof Uint8Array);

/** The provenance an upgrade writes by the intended reading, for rebuilding it with one rule read differently. */
function priorOf(input: unknown): Obj | undefined {
  return isDocument(input) ? (input.provenance as Obj | undefined) : undefined;
}

// ---- §14.3: S and F from the exact binary values of the rounded fills --------------------------------------------

const sumExactBinary: Alternative = (lib) =>
  unchanged(
    lib,
    {},
    patchStep('1.0', '2.0', 'down', (down) => (n) => {
      const out = down(n) as Obj;
      const doc = n as Obj;
      for (const p of out.order_state.pending_orders as Obj[]) {
        const order = (doc.order_state.orders as Obj[]).find((o) => o.order_id === p.order_id)!;
        const fills = (doc.order_state.fills as Obj[]).filter((f) => f.order_id === p.order_id);
        const q0 = Number(order.quantity);
        const f0 = Number(order.filled_quantity);
        const s = fills.reduce((acc, f) => acc + exactScaled(Number(f.quantity)), 0n);
        const filled = s > exactScaled(f0) ? smallestDoubleAtLeast(s) : f0;
        p.quantity = filled > q0 ? filled : q0;
        if (filled !== 0) p.filled_quantity = filled;
        else delete p.filled_quantity;
      }
      return out;
    }),
  );

// ---- §14.3: a trailing stop without stop_price becomes a market order --------------------------------------------

const trailingStopMarket: Alternative = (lib) =>
  unchanged(
    lib,
    {},
    patchStep('1.0', '2.0', 'down', (down) => (n) => {
      const out = down(n) as Obj;
      for (const o of (n as Obj).order_state.orders as Obj[]) {
        if (o.type !== 'trailing_stop' || o.stop_price !== undefined) continue;
        const p = (out.order_state.pending_orders as Obj[]).find((x) => x.order_id === o.order_id);
        if (p) p.order_type = 'market';
      }
      return out;
    }),
  );

// ---- §14.2: equity kept only if it equals cash plus the marked positions, ignoring unmarked ones -----------------

const equityMarkedOnly: Alternative = (lib) =>
  unchanged(
    lib,
    {},
    patchStep('1.0', '2.0', 'up', (up) => (d) => {
      const out = up(d) as Obj;
      const ps = out.portfolio_state as Obj;
      if (ps.equity === undefined) return out;
      let total = parseDec(ps.cash.XXX as string);
      for (const p of Object.values(ps.positions as Record<string, Obj>)) {
        if (p.last_price !== undefined) total = addDec(total, mulDec(parseDec(p.quantity as string), parseDec(p.last_price as string)));
      }
      if (!equalDec(total, parseDec(ps.equity.XXX as string))) delete ps.equity;
      return out;
    }),
  );

// ---- §14.9 on upgrade ---------------------------------------------------------------------------------------------

/** Rewrites the provenance of an upgrade result with `rewrite(prior, result provenance, result, applied steps)`. */
function upgradeProvenance(lib: LibApi, rewrite: (prior: Obj, provenance: Obj | undefined, doc: Obj, steps: readonly Obj[]) => Obj | undefined): Applied {
  return unchanged(lib, {
    upgrade: (input, options) => {
      const r = lib.upgrade(input, options);
      const prior = priorOf(input);
      if (prior === undefined || r.steps.length === 0) return r;
      const doc = structuredClone(r.document) as Obj;
      const provenance = rewrite(prior, doc.provenance as Obj | undefined, doc, r.steps as unknown as Obj[]);
      if (provenance === undefined) delete doc.provenance;
      else doc.provenance = provenance;
      return { ...r, document: doc as typeof r.document };
    },
  });
}

/** The input's created_at as source_created_at whenever the earlier provenance has none. */
const sourceCreatedFromInput: Alternative = (lib) =>
  upgradeProvenance(lib, (prior, provenance, doc) => {
    if (provenance === undefined || prior.source_created_at !== undefined) return provenance;
    return { ...provenance, source_created_at: doc.created_at };
  });

/** The earlier provenance's source_created_at copied even when it equals the result's created_at. */
const sourceCreatedAlwaysCopied: Alternative = (lib) =>
  upgradeProvenance(lib, (prior, provenance) => {
    if (provenance === undefined || prior.source_created_at === undefined) return provenance;
    return { ...provenance, source_created_at: prior.source_created_at };
  });

/** Upgrade steps appended to the recorded ones, never cancelling a recorded downgrade step. */
const noCancellationOnUpgrade: Alternative = (lib) =>
  upgradeProvenance(lib, (prior, _provenance, doc, steps) => ({
    source_version: prior.source_version,
    source_id: prior.source_id,
    ...(prior.source_created_at !== undefined && prior.source_created_at !== doc.created_at && { source_created_at: prior.source_created_at }),
    steps: [...(prior.steps as Obj[]), ...steps.map((s) => ({ from: s.from, to: s.to }))],
  }));

// ---- §14.9 on downgrade to 1.0 ------------------------------------------------------------------------------------

/** created_at restored from source_created_at whatever the source version and the number of steps. */
const restoreCreatedUnconditionally: Alternative = (lib) =>
  unchanged(lib, {
    downgrade: (input, options) => {
      const r = lib.downgrade(input, options);
      const prior = priorOf(input);
      if (options.to !== 1 || r.steps.length === 0 || prior?.source_created_at === undefined) return r;
      return { ...r, document: { ...r.document, created_at: prior.source_created_at } };
    },
  });

/** created_at restored from source_created_at when an upgrade cancels every recorded step, as a downgrade does. */
const restoreCreatedOnCancelledUpgrade: Alternative = (lib) =>
  unchanged(lib, {
    upgrade: (input, options) => {
      const r = lib.upgrade(input, options);
      const prior = priorOf(input);
      if (r.steps.length === 0 || r.document.provenance !== undefined || prior?.source_created_at === undefined) return r;
      return { ...r, document: { ...r.document, created_at: prior.source_created_at } };
    },
  });

/** created_at left as it is when a downgrade cancels every recorded step. */
const keepCreatedOnCancelledDowngrade: Alternative = (lib) =>
  unchanged(lib, {
    downgrade: (input, options) => {
      const r = lib.downgrade(input, options);
      const prior = priorOf(input);
      if (options.to < 2 || r.steps.length === 0 || r.document.provenance !== undefined || prior?.source_created_at === undefined) return r;
      return { ...r, document: { ...r.document, created_at: (input as Obj).created_at } };
    },
  });

// ---- §14.3: money maps and equity --------------------------------------------------------------------------------

/** 1.0's single amount as the sum of every currency's amount. */
const singleSumsCurrencies: Alternative = (lib) =>
  unchanged(
    lib,
    {},
    patchStep('1.0', '2.0', 'down', (down) => (n) => {
      const out = down(n) as Obj;
      const cash = (n as Obj).portfolio_state.cash as Record<string, string>;
      out.portfolio_state.cash = Object.values(cash).reduce((acc, v) => acc + Number(v), 0);
      return out;
    }),
  );

/** Without 2.0 equity, 1.0 equity computed as cash plus the marked positions. */
const equityComputedWhenAbsent: Alternative = (lib) =>
  unchanged(
    lib,
    {},
    patchStep('1.0', '2.0', 'down', (down) => (n) => {
      const out = down(n) as Obj;
      if ((n as Obj).portfolio_state.equity !== undefined) return out;
      let equity = out.portfolio_state.cash as number;
      for (const p of Object.values(out.portfolio_state.positions as Record<string, Obj>)) if (p.last_price !== undefined) equity += p.quantity * p.last_price;
      out.portfolio_state.equity = equity;
      return out;
    }),
  );

// ---- §14.8: the loss diffed against the document without its legacy layer --------------------------------------

/**
 * Step 4 diffs the upgrade of O with N' after step 1 took the layer off: every step that used a layer then reports
 * that layer as "added" (the upgrade of O rebuilds it).
 */
const lossAgainstDocumentWithoutLayer: Alternative = (lib) =>
  unchanged(lib, {
    downgrade: (input, options) => {
      const r = lib.downgrade(input, { ...options, allowLoss: true });
      const doc = (isDocument(input) ? input : lib.loadCheckpoint(input).checkpoint) as Obj;
      const from = Number(String(doc.version).split('.')[0]);
      const spurious: Obj[] = [];
      for (let major = from; major > options.to; major--) {
        const newer = (major === from ? doc : lib.downgrade(doc, { to: major, allowLoss: true }).document) as Obj;
        const layers = (newer.legacy as Obj[] | undefined) ?? [];
        const top = layers[layers.length - 1];
        if (top?.from === `${major - 1}.0` && top.to === `${major}.0`) {
          spurious.push({ version: newer.version, pointer: layers.length === 1 ? '/legacy' : `/legacy/${layers.length - 1}`, kind: 'added', becomes: layers.length === 1 ? layers : top });
        }
      }
      const loss = [...r.loss, ...spurious] as typeof r.loss;
      if (loss.length > 0 && !options.allowLoss) throw new lib.CheckpointError({ code: 'E_DOWNGRADE_LOSS', message: 'alternative reading: loss' });
      return { ...r, loss };
    },
  });

// ---- §14.6: the diff of two arrays of different lengths -----------------------------------------------------------

/** Arrays of different lengths diffed element by element (then removing or adding the tail), not replaced whole. */
const diffArraysElementwise: Alternative = async () => {
  const { lib: mocked, restore } = await libraryWithDiff((json) => {
    const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
    const step = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const diff = (from: unknown, to: unknown, path = '', ops: PatchOp[] = []): PatchOp[] => {
      if (json.jsonEqual(from, to)) return ops;
      if (isObject(from) && isObject(to)) {
        for (const k of [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()) {
          if (!Object.hasOwn(to, k)) ops.push({ op: 'remove', path: step(path, k) });
          else if (!Object.hasOwn(from, k)) ops.push({ op: 'add', path: step(path, k), value: json.deepCopy(to[k]) });
          else diff(from[k], to[k], step(path, k), ops);
        }
        return ops;
      }
      if (Array.isArray(from) && Array.isArray(to)) {
        const common = Math.min(from.length, to.length);
        for (let i = 0; i < common; i++) diff(from[i], to[i], step(path, i), ops);
        for (let i = from.length - 1; i >= common; i--) ops.push({ op: 'remove', path: step(path, i) });
        for (let i = common; i < to.length; i++) ops.push({ op: 'add', path: step(path, i), value: json.deepCopy(to[i]) });
        return ops;
      }
      ops.push({ op: 'replace', path, value: json.deepCopy(to) });
      return ops;
    };
    return diff;
  });
  return { api: mocked, restore };
};

// ---- §4.3 and §4.8: depth ---------------------------------------------------------------------------------------

/** The text of byte or text input that is well-formed UTF-8, or undefined (then encoding decides first). */
function textOf(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (!(input instanceof Uint8Array)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
  } catch {
    return undefined;
  }
}

function withLoad(lib: LibApi, decide: (text: string, code: string | null) => string | null): Applied {
  return unchanged(lib, {
    loadCheckpoint: ((input: Parameters<LibApi['loadCheckpoint']>[0], options?: Parameters<LibApi['loadCheckpoint']>[1]) => {
      let code: string | null = null;
      let result: ReturnType<LibApi['loadCheckpoint']> | undefined;
      try {
        result = lib.loadCheckpoint(input, options);
      } catch (e) {
        if (!(e instanceof lib.CheckpointError)) throw e;
        code = e.code;
        const text = textOf(input);
        const other = text === undefined || code === 'E_ENCODING' ? code : decide(text, code);
        if (other === code) throw e;
        throw new lib.CheckpointError({ code: other as 'E_PARSE', message: `alternative reading: ${String(other)}` });
      }
      const text = textOf(input);
      const other = text === undefined ? null : decide(text, null);
      if (other !== null) throw new lib.CheckpointError({ code: other as 'E_PARSE', message: `alternative reading: ${other}` });
      return result;
    }) as LibApi['loadCheckpoint'],
  });
}

/** Where a parser that checks depth as it nests first stops: a syntax error, a level beyond 128, or neither. */
export function parseOrder(text: string): 'syntax' | 'depth' | 'ok' {
  const n = text.length;
  let i = 0;
  const stack: string[] = [];
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
  const member = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  for (;;) {
    // a value
    ws();
    const c = text[i];
    if (c === '[' || c === '{') {
      stack.push(c);
      if (stack.length > 128) return 'depth';
      i++;
      ws();
      if (text[i] === (c === '[' ? ']' : '}')) {
        i++;
        stack.pop();
      } else {
        if (c === '{' && !member()) return 'syntax';
        continue;
      }
    } else if (c === '"') {
      if (!string()) return 'syntax';
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return 'syntax';
      i = NUMBER.lastIndex;
    }
    // after a value: close containers, or go on to the next element or member
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i === n ? 'ok' : 'syntax';
      const close = top === '[' ? ']' : '}';
      if (text[i] === close) {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] !== ',') return 'syntax';
      i++;
      if (top === '{' && !member()) return 'syntax';
      break;
    }
  }
}

/** Depth checked while parsing: a syntax error met before the 129th level wins over E_DEPTH. */
const depthWhileParsing: Alternative = (lib) => withLoad(lib, (text, code) => (code === 'E_DEPTH' && parseOrder(text) === 'syntax' ? 'E_PARSE' : code));

/** The §4.3 scan, but with a counter that never goes below 0. */
function clampedScanDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let q = text.indexOf('"', i + 1);
      while (q !== -1) {
        let b = q - 1;
        while (text[b] === '\\') b--;
        if ((q - 1 - b) % 2 === 0) break;
        q = text.indexOf('"', q + 1);
      }
      if (q === -1) break;
      i = q;
    } else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return max;
}

/** The §4.3 scan, but a string ends at the first `"` not preceded by a backslash (escaped backslashes ignored). */
function naiveStringScanDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let q = text.indexOf('"', i + 1);
      while (q !== -1 && text[q - 1] === '\\') q = text.indexOf('"', q + 1);
      if (q === -1) break;
      i = q;
    } else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return max;
}

/** What a reader whose depth scan passed reports next: a syntax error, or the version stage for valid JSON. */
function afterDepth(text: string): string | null {
  if (parseOrder(text) === 'syntax') return 'E_PARSE';
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'version' in value ? null : 'E_VERSION_MISSING';
}

const depthScanNaiveStrings: Alternative = (lib) =>
  withLoad(lib, (text, code) => (code === 'E_DEPTH' && naiveStringScanDepth(text) <= 128 ? afterDepth(text) : code));

const depthScanClamped: Alternative = (lib) => withLoad(lib, (text, code) => (code === 'E_PARSE' && clampedScanDepth(text) > 128 ? 'E_DEPTH' : code));

/** readings.json `id` → its implementation. */
export const ALTERNATIVES: Readonly<Record<string, Alternative>> = {
  'fill-sum-exact-binary': sumExactBinary,
  'trailing-stop-market': trailingStopMarket,
  'equity-marked-positions-only': equityMarkedOnly,
  'source-created-at-from-input': sourceCreatedFromInput,
  'source-created-at-always-copied': sourceCreatedAlwaysCopied,
  'no-step-cancellation-on-upgrade': noCancellationOnUpgrade,
  'created-at-restored-unconditionally': restoreCreatedUnconditionally,
  'created-at-restored-on-cancelled-upgrade': restoreCreatedOnCancelledUpgrade,
  'created-at-kept-on-cancelled-downgrade': keepCreatedOnCancelledDowngrade,
  'single-sums-currencies': singleSumsCurrencies,
  'equity-computed-when-absent': equityComputedWhenAbsent,
  'loss-against-document-without-layer': lossAgainstDocumentWithoutLayer,
  'diff-arrays-elementwise': diffArraysElementwise,
  'depth-while-parsing': depthWhileParsing,
  'depth-scan-clamped-at-zero': depthScanClamped,
  'depth-scan-naive-string-end': depthScanNaiveStrings,
};
