// The reference engine's building blocks: the generator matches the published algorithm and resumes
// from its state words, money arithmetic is exact, generated data is deterministic, and a bad
// configuration is refused with the member named.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckpointError } from '../../src/index.js';
import { configWith, DEFAULT_CONFIG } from '../../examples/engine/config.js';
import { generateBars } from '../../examples/engine/data.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { dec, divRound, floorDiv, fmt } from '../../examples/engine/money.js';
import { Xoshiro128 } from '../../examples/engine/prng.js';

describe('xoshiro128**', () => {
  it('produces the reference outputs of the authors’ C code for state {1, 2, 3, 4}', () => {
    const g = Xoshiro128.fromState([1, 2, 3, 4])!;
    expect([g.next(), g.next(), g.next()]).toEqual([11520, 0, 5927040]);
  });

  it('a generator rebuilt from its state words continues the same sequence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.nat(200), (seed, skip) => {
        const g = Xoshiro128.fromSeed(seed);
        for (let i = 0; i < skip; i++) g.next();
        const h = Xoshiro128.fromState(g.state())!;
        for (let i = 0; i < 20; i++) expect(h.next()).toBe(g.next());
      }),
    );
  });

  it('below(n) stays in range, and invalid states are refused', () => {
    const g = Xoshiro128.fromSeed(1);
    for (let i = 0; i < 1000; i++) expect(g.below(7)).toBeLessThan(7);
    expect(Xoshiro128.fromState([0, 0, 0, 0])).toBeUndefined();
    expect(Xoshiro128.fromState([1, 2, 3])).toBeUndefined();
    expect(Xoshiro128.fromState([1, 2, 3, 2 ** 32])).toBeUndefined();
    expect(() => g.below(0)).toThrow(RangeError);
  });
});

describe('exact money', () => {
  it('divRound rounds half to even and floorDiv floors, exactly', () => {
    expect(fmt(divRound(dec('1'), dec('3'), 6))).toBe('0.333333');
    expect(fmt(divRound(dec('0.125'), dec('1'), 2))).toBe('0.12');
    expect(fmt(divRound(dec('0.135'), dec('1'), 2))).toBe('0.14');
    expect(fmt(divRound(dec('-2.5'), dec('1'), 0))).toBe('-2');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (a, b) => {
        const q = floorDiv({ units: a, scale: 2 }, { units: b, scale: 3 });
        // q = floor((a/100) / (b/1000)) = floor(10a / b)
        const exact = 10n * a;
        expect(q * b <= exact && exact < (q + 1n) * b).toBe(true);
      }),
    );
  });
});

describe('generated market data', () => {
  it('is a pure function of the configuration, and each symbol’s bars are independent of the others', () => {
    const a = generateBars(DEFAULT_CONFIG);
    expect(generateBars(DEFAULT_CONFIG)).toEqual(a);
    const fewer = generateBars(configWith({ symbols: DEFAULT_CONFIG.symbols.slice(0, 1) }));
    expect(fewer.get('ACME.1m')).toEqual(a.get('ACME.1m'));
    for (const bars of a.values()) {
      for (let i = 1; i < bars.length; i++) expect(bars[i]!.time > bars[i - 1]!.time).toBe(true);
      for (const b of bars) expect(b.low <= b.open && b.low <= b.close && b.high >= b.open && b.high >= b.close && b.low >= 1n).toBe(true);
    }
  });

  it('the default backtest is a few thousand bars with trades of every order type', () => {
    const engine = new BacktestEngine(DEFAULT_CONFIG);
    while (engine.step());
    const { order_state } = engine.extract();
    expect(engine.totalBars).toBeGreaterThan(2000);
    const types = new Set(order_state.orders.filter((o) => o.status === 'filled').map((o) => o.type));
    expect([...types].sort()).toEqual(['limit', 'market', 'stop']);
    expect(order_state.orders.some((o) => o.status === 'cancelled')).toBe(true);
  });
});

describe('configuration errors', () => {
  const cases: [string, Parameters<typeof configWith>[0], string][] = [
    ['seed out of range', { seed: -1 }, '/seed'],
    ['no symbols', { symbols: [] }, '/symbols'],
    ['duplicate symbol', { symbols: [DEFAULT_CONFIG.symbols[0]!, DEFAULT_CONFIG.symbols[0]!] }, '/symbols/1/symbol'],
    ['price with three places', { symbols: [{ symbol: 'X', start_price: '1.005' }] }, '/symbols/0/start_price'],
    ['fast not shorter than slow', { strategy: { fast: 20, slow: 20 } }, '/strategy/fast'],
    ['non-canonical decimal', { initial_cash: '1e5' }, '/initial_cash'],
    ['bad date', { start_date: '2024-13-01' }, '/start_date'],
  ];
  for (const [name, overrides, pointer] of cases) {
    it(`refuses ${name} (${pointer})`, () => {
      try {
        new BacktestEngine(configWith(overrides));
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CheckpointError);
        expect((e as CheckpointError).code).toBe('E_ARGUMENT');
        expect((e as CheckpointError).pointer).toBe(pointer);
      }
    });
  }
});
