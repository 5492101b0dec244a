// The reference backtest's configuration: market data parameters, costs, and strategy parameters.
// The whole configuration is fingerprinted, so a checkpoint only resumes under the configuration that
// wrote it.
import { CheckpointError } from '../../src/index.js';
import { isCanonicalDecimal } from '../../src/util/decimal.js';

export interface SymbolSpec {
  readonly symbol: string;
  /** Opening price of the first session, a decimal with at most 2 places. */
  readonly start_price: string;
}

export interface StrategyConfig {
  /** Fast and slow SMA windows, in bars of one symbol. */
  readonly fast: number;
  readonly slow: number;
  /** Fraction of equity committed per entry. */
  readonly allocation: string;
  /** A cross up enters with a buy stop this fraction above the signal bar's close, good for the day. */
  readonly breakout: string;
  /** Protective stop below, and take-profit above, the entry price, as fractions. */
  readonly stop_loss: string;
  readonly take_profit: string;
}

export interface BacktestConfig {
  /** Seeds the market data and the slippage generator (uint32). */
  readonly seed: number;
  readonly symbols: readonly SymbolSpec[];
  /** Trading minutes simulated per symbol (390 per session, sessions on weekdays from start_date). */
  readonly minutes: number;
  /** First session, YYYY-MM-DD; sessions run 14:30-21:00 UTC. */
  readonly start_date: string;
  /** Percent of minutes with no bar, per symbol, so feeds advance unevenly. */
  readonly gap_percent: number;
  readonly currency: string;
  readonly initial_cash: string;
  readonly commission: { readonly per_share: string; readonly minimum: string };
  /** Market and stop fills slip by a random 0..max_slippage_ticks cents against the order. */
  readonly max_slippage_ticks: number;
  readonly strategy: StrategyConfig;
}

export const DEFAULT_CONFIG: BacktestConfig = {
  seed: 20240102,
  symbols: [
    { symbol: 'ACME', start_price: '120' },
    { symbol: 'GLOBEX', start_price: '45.5' },
    { symbol: 'INITECH', start_price: '310.25' },
  ],
  minutes: 1170,
  start_date: '2024-01-02',
  gap_percent: 5,
  currency: 'USD',
  initial_cash: '100000',
  commission: { per_share: '0.005', minimum: '1' },
  max_slippage_ticks: 3,
  strategy: { fast: 5, slow: 20, allocation: '0.3', breakout: '0.001', stop_loss: '0.006', take_profit: '0.012' },
};

/** The default configuration with some members replaced. */
export function configWith(overrides: Omit<Partial<BacktestConfig>, 'strategy'> & { strategy?: Partial<StrategyConfig> }): BacktestConfig {
  return { ...DEFAULT_CONFIG, ...overrides, strategy: { ...DEFAULT_CONFIG.strategy, ...overrides.strategy } };
}

function bad(pointer: string, message: string): never {
  throw new CheckpointError({ code: 'E_ARGUMENT', pointer, message: `backtest config: ${message}` });
}

function decimalAt(pointer: string, v: unknown, { positive = false, maxPlaces = 18 } = {}): void {
  if (typeof v !== 'string' || !isCanonicalDecimal(v) || v.startsWith('-')) bad(pointer, `${JSON.stringify(v)} is not a canonical non-negative decimal string`);
  if (positive && v === '0') bad(pointer, 'must be greater than 0');
  const dot = v.indexOf('.');
  if (dot >= 0 && v.length - dot - 1 > maxPlaces) bad(pointer, `${v} has more than ${maxPlaces} decimal places`);
}

function intAt(pointer: string, v: unknown, lo: number, hi: number): void {
  if (!Number.isSafeInteger(v) || (v as number) < lo || (v as number) > hi) bad(pointer, `${JSON.stringify(v)} is not an integer from ${lo} to ${hi}`);
}

/** Throws E_ARGUMENT naming the member when the configuration cannot run. */
export function checkConfig(c: BacktestConfig): void {
  intAt('/seed', c.seed, 0, 0xffffffff);
  if (!Array.isArray(c.symbols) || c.symbols.length === 0 || c.symbols.length > 64) bad('/symbols', 'give 1 to 64 symbols');
  const seen = new Set<string>();
  c.symbols.forEach((s, i) => {
    if (typeof s.symbol !== 'string' || !/^[A-Z][A-Z0-9.]{0,15}$/.test(s.symbol)) bad(`/symbols/${i}/symbol`, `${JSON.stringify(s.symbol)} is not a ticker (A-Z, 0-9, '.')`);
    if (seen.has(s.symbol)) bad(`/symbols/${i}/symbol`, `${s.symbol} is listed twice`);
    seen.add(s.symbol);
    decimalAt(`/symbols/${i}/start_price`, s.start_price, { positive: true, maxPlaces: 2 });
  });
  intAt('/minutes', c.minutes, 1, 1_000_000);
  if (typeof c.start_date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.start_date) || Number.isNaN(Date.parse(`${c.start_date}T00:00:00Z`))) bad('/start_date', `${JSON.stringify(c.start_date)} is not a YYYY-MM-DD date`);
  intAt('/gap_percent', c.gap_percent, 0, 90);
  if (typeof c.currency !== 'string' || !/^[A-Z][A-Z0-9]{2,9}$/.test(c.currency)) bad('/currency', `${JSON.stringify(c.currency)} is not a currency code`);
  decimalAt('/initial_cash', c.initial_cash, { positive: true });
  decimalAt('/commission/per_share', c.commission?.per_share);
  decimalAt('/commission/minimum', c.commission?.minimum);
  intAt('/max_slippage_ticks', c.max_slippage_ticks, 0, 1000);
  const s = c.strategy;
  intAt('/strategy/fast', s?.fast, 1, 10_000);
  intAt('/strategy/slow', s?.slow, 2, 10_000);
  if (s.fast >= s.slow) bad('/strategy/fast', `the fast window (${s.fast}) must be shorter than the slow one (${s.slow})`);
  decimalAt('/strategy/allocation', s.allocation, { positive: true });
  decimalAt('/strategy/breakout', s.breakout);
  decimalAt('/strategy/stop_loss', s.stop_loss, { positive: true });
  decimalAt('/strategy/take_profit', s.take_profit, { positive: true });
  if (Number(s.stop_loss) >= 1) bad('/strategy/stop_loss', 'must be below 1');
}
