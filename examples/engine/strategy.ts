// The SMA-crossover strategy: per symbol, a window of the last `slow` closes (in strategy state) and
// whether the fast average was last above or below the slow one. A cross up enters long with a buy
// stop just above the close, good for the day, carrying a bracket (protective stop and take-profit,
// held until the entry fills, one cancelling the other); a cross down cancels what is open and exits. Averages are compared exactly: sumFast × slow against sumSlow × fast, in cents.
import { CheckpointError } from '../../src/index.js';
import type { StrategyConfig } from './config.js';

export const STRATEGY_NAME = 'sma-crossover';
/** Name and current version of the strategy's state schema. */
export const STATE_SCHEMA = 'sma-crossover';
export const STATE_VERSION = 2;

export type Relation = 'above' | 'below' | null;

/** Version 2: per symbol, the recent closes (oldest first, decimal strings) and the last relation. */
export interface StateV2 {
  symbols: Record<string, { closes: string[]; relation: Relation }>;
}

/** Version 1 kept the same facts in two parallel maps. */
export interface StateV1 {
  closes: Record<string, string[]>;
  relation: Record<string, Relation>;
}

/** The strategy's migration hook: version `from` → `from + 1`. */
export function migrateState(data: unknown, from: number): unknown {
  if (from === 1) {
    const v1 = data as StateV1;
    if (v1 === null || typeof v1 !== 'object' || typeof v1.closes !== 'object' || typeof v1.relation !== 'object') {
      throw new Error('version 1 state has members "closes" and "relation"');
    }
    const symbols: StateV2['symbols'] = {};
    for (const [symbol, closes] of Object.entries(v1.closes)) symbols[symbol] = { closes, relation: v1.relation[symbol] ?? null };
    return { symbols } satisfies StateV2;
  }
  throw new Error(`no upgrade from version ${from}`);
}

/** What the strategy may do on a bar. */
export interface StrategyContext {
  position(symbol: string): bigint;
  /** True while the symbol has orders that are working or held. */
  hasOpenOrders(symbol: string): boolean;
  /** Long entry with a buy stop above `close` and a held bracket: stop-loss and take-profit. */
  enterLong(symbol: string, close: bigint): void;
  /** Cancels the symbol's open orders and sells the position at market. */
  exitLong(symbol: string): void;
}

interface SymbolState {
  closes: bigint[];
  relation: Relation;
}

function closeCents(s: unknown, at: string): bigint {
  if (typeof s !== 'string' || !/^(0|[1-9][0-9]*)(\.[0-9]?[1-9])?$/.test(s)) {
    throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: at, message: `strategy state: close ${JSON.stringify(s)} is not a price in cents` });
  }
  const [whole, frac = ''] = s.split('.');
  return BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'));
}

function centsText(c: bigint): string {
  const whole = c / 100n;
  const frac = (c % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

export class SmaCrossover {
  #state = new Map<string, SymbolState>();

  constructor(
    private readonly config: StrategyConfig,
    private readonly symbols: readonly string[],
  ) {
    for (const s of symbols) this.#state.set(s, { closes: [], relation: null });
  }

  onBar(ctx: StrategyContext, symbol: string, close: bigint): void {
    const st = this.#state.get(symbol)!;
    st.closes.push(close);
    if (st.closes.length > this.config.slow) st.closes.shift();
    if (st.closes.length < this.config.slow) return;
    let sumSlow = 0n;
    let sumFast = 0n;
    const { fast, slow } = this.config;
    for (let i = 0; i < slow; i++) {
      sumSlow += st.closes[i]!;
      if (i >= slow - fast) sumFast += st.closes[i]!;
    }
    const lhs = sumFast * BigInt(slow);
    const rhs = sumSlow * BigInt(fast);
    const now: Relation = lhs > rhs ? 'above' : lhs < rhs ? 'below' : st.relation;
    const before = st.relation;
    st.relation = now;
    if (before === 'below' && now === 'above' && ctx.position(symbol) === 0n && !ctx.hasOpenOrders(symbol)) ctx.enterLong(symbol, close);
    else if (before === 'above' && now === 'below' && (ctx.position(symbol) > 0n || ctx.hasOpenOrders(symbol))) ctx.exitLong(symbol);
  }

  save(): StateV2 {
    const symbols: StateV2['symbols'] = {};
    for (const [s, st] of this.#state) symbols[s] = { closes: st.closes.map(centsText), relation: st.relation };
    return { symbols };
  }

  /** Replaces the state; refuses data that does not fit this configuration. */
  load(data: unknown): void {
    const base = '/strategy_state/data';
    const d = data as StateV2;
    if (d === null || typeof d !== 'object' || d.symbols === null || typeof d.symbols !== 'object' || Array.isArray(d.symbols)) {
      throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: base, message: 'strategy state has no "symbols" object' });
    }
    const next = new Map<string, SymbolState>();
    for (const symbol of this.symbols) {
      const entry = d.symbols[symbol];
      const at = `${base}/symbols/${symbol}`;
      if (entry === undefined) throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: at, message: `strategy state has no entry for ${symbol}` });
      if (!Array.isArray(entry.closes) || entry.closes.length > this.config.slow) {
        throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: `${at}/closes`, message: `strategy state: closes must be a list of at most ${this.config.slow} prices` });
      }
      if (entry.relation !== null && entry.relation !== 'above' && entry.relation !== 'below') {
        throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: `${at}/relation`, message: `strategy state: relation must be "above", "below" or null` });
      }
      next.set(symbol, { closes: entry.closes.map((c, i) => closeCents(c, `${at}/closes/${i}`)), relation: entry.relation });
    }
    for (const symbol of Object.keys(d.symbols)) {
      if (!next.has(symbol)) throw new CheckpointError({ code: 'E_RESUME_MISMATCH', pointer: `${base}/symbols/${symbol}`, message: `strategy state has symbol ${symbol}, which this backtest does not trade` });
    }
    this.#state = next;
  }
}
