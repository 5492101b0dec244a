// Restore checks: a checkpoint resumes only into the strategy that wrote it (name and fingerprint, or
// forced), strategy state is upgraded by the strategy's own hook and never downgraded, older formats
// are upgraded on load, and the engine refuses state that does not fit it. One test per error path.
import { describe, expect, it } from 'vitest';
import { captureCheckpoint, CheckpointError, createCheckpoint, downgrade, loadCheckpoint, restoreCheckpoint, type Checkpoint, type CheckpointState, type Checkpointable, FORMAT_VERSIONS } from '../../src/index.js';
import { BacktestEngine } from '../../examples/engine/engine.js';
import { smallConfig } from './helpers.js';

/** A checkpoint of the small backtest after `bars` bars. */
function checkpointAfter(bars: number, config = smallConfig()): Checkpoint {
  const engine = new BacktestEngine(config);
  for (let i = 0; i < bars; i++) engine.step();
  return captureCheckpoint(engine, { run: 'r', parent: null, sequence: 0 });
}

/** The same checkpoint with some state replaced (and its id recomputed, so it verifies). */
function edited(ckpt: Checkpoint, edit: (s: CheckpointState) => void): Checkpoint {
  const { checkpoint_id: _id, version: _v, created_at: _c, ...state } = structuredClone(ckpt);
  edit(state);
  return createCheckpoint(state);
}

function failure(fn: () => unknown): CheckpointError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CheckpointError) return e;
    throw e;
  }
  throw new Error('expected a CheckpointError');
}

describe('restoreCheckpoint', () => {
  const ckpt = checkpointAfter(200);

  it('restores a checkpoint written by the same strategy and configuration', () => {
    const engine = new BacktestEngine(smallConfig());
    const report = restoreCheckpoint(engine, ckpt);
    expect(report).toMatchObject({ migrated: null, overridden: [] });
    expect(engine.barsProcessed).toBe(200);
  });

  it('refuses a different configuration (fingerprint config) with E_RESUME_MISMATCH', () => {
    const e = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig(99)), ckpt));
    expect(e.code).toBe('E_RESUME_MISMATCH');
    expect(e.pointer).toBe('/fingerprint/config');
    expect(e.hint).toMatch(/force: true/);
  });

  it('refuses different strategy code (fingerprint code)', () => {
    const other = edited(ckpt, (s) => {
      s.fingerprint = { code: '0'.repeat(64), config: s.fingerprint!.config };
    });
    const e = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), other));
    expect([e.code, e.pointer]).toEqual(['E_RESUME_MISMATCH', '/fingerprint/code']);
  });

  it('refuses a checkpoint of another strategy, and one with no fingerprint', () => {
    const renamed = edited(ckpt, (s) => {
      s.strategy_name = 'mean-reversion';
    });
    expect(failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), renamed)).pointer).toBe('/strategy_name');
    const unknown = edited(ckpt, (s) => {
      s.fingerprint = null;
    });
    const e = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), unknown));
    expect([e.code, e.pointer]).toEqual(['E_RESUME_MISMATCH', '/fingerprint']);
  });

  it('force: true overrides a fingerprint mismatch and reports what it overrode', () => {
    const other = edited(ckpt, (s) => {
      s.fingerprint = { code: '0'.repeat(64), config: s.fingerprint!.config };
    });
    const engine = new BacktestEngine(smallConfig());
    const report = restoreCheckpoint(engine, other, { force: true });
    expect(report.overridden.map((d) => d.pointer)).toEqual(['/fingerprint/code']);
    expect(engine.barsProcessed).toBe(200);
  });

  it('upgrades older strategy state with the strategy’s migrate hook, to exactly the current state', () => {
    // Version 1 kept closes and relations in two parallel maps.
    const v1 = edited(ckpt, (s) => {
      const data = s.strategy_state!.data as { symbols: Record<string, { closes: string[]; relation: string | null }> };
      const closes: Record<string, string[]> = {};
      const relation: Record<string, string | null> = {};
      for (const [sym, st] of Object.entries(data.symbols)) {
        closes[sym] = st.closes;
        relation[sym] = st.relation;
      }
      s.strategy_state = { schema: 'sma-crossover', schema_version: 1, data: { closes, relation } };
    });
    const engine = new BacktestEngine(smallConfig());
    const report = restoreCheckpoint(engine, v1);
    expect(report.migrated).toEqual({ from: 1, to: 2 });
    const reference = new BacktestEngine(smallConfig());
    restoreCheckpoint(reference, ckpt);
    expect(engine.extract()).toEqual(reference.extract());
  });

  it('refuses strategy state newer than the strategy reads', () => {
    const newer = edited(ckpt, (s) => {
      s.strategy_state = { ...s.strategy_state!, schema_version: 3 };
    });
    const e = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), newer));
    expect([e.code, e.pointer]).toEqual(['E_RESUME_MISMATCH', '/strategy_state/schema_version']);
    expect(e.message).toMatch(/version 3, newer than the version 2/);
  });

  it('refuses older strategy state when the strategy has no migrate hook', () => {
    const engine = new BacktestEngine(smallConfig());
    const noHook: Checkpointable = {
      strategy: { ...engine.strategy, state: { schema: 'sma-crossover', version: 2 } },
      extract: () => engine.extract(),
      restore: (s) => engine.restore(s),
    };
    const older = edited(ckpt, (s) => {
      s.strategy_state = { ...s.strategy_state!, schema_version: 1 };
    });
    const e = failure(() => restoreCheckpoint(noHook, older));
    expect([e.code, e.pointer]).toEqual(['E_RESUME_MISMATCH', '/strategy_state/schema_version']);
    expect(e.hint).toMatch(/migrate/);
  });

  it('reports a failing migrate hook as E_MIGRATION', () => {
    const older = edited(ckpt, (s) => {
      s.strategy_state = { schema: 'sma-crossover', schema_version: 1, data: 'not version 1 data' };
    });
    const e = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), older));
    expect([e.code, e.pointer]).toEqual(['E_MIGRATION', '/strategy_state/data']);
    expect(e.message).toMatch(/from version 1 to 2/);
  });

  it('refuses strategy state of another schema, and a checkpoint without strategy state', () => {
    const foreign = edited(ckpt, (s) => {
      s.strategy_state = { ...s.strategy_state!, schema: 'other' };
    });
    expect(failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), foreign)).pointer).toBe('/strategy_state/schema');
    const none = edited(ckpt, (s) => {
      s.strategy_state = null;
    });
    expect(failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), none)).pointer).toBe('/strategy_state');
  });

  it('the engine refuses state that does not fit it: a foreign feed, a missing generator, other market data', () => {
    const extraFeed = edited(ckpt, (s) => {
      s.engine_state.feeds['HOOLI.1m'] = { cursor: 0 };
    });
    expect(failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), extraFeed)).pointer).toBe('/engine_state/feeds/HOOLI.1m');
    const noRng = edited(ckpt, (s) => {
      s.engine_state.rng = null;
    });
    expect(failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), noRng)).pointer).toBe('/engine_state/rng');
    const moved = edited(ckpt, (s) => {
      s.engine_state.feeds['ACME.1m']!.cursor -= 1;
    });
    const e = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), moved));
    expect([e.code, e.pointer]).toEqual(['E_RESUME_MISMATCH', '/engine_state/feeds/ACME.1m/last_timestamp']);
  });

  it('wraps an engine’s own exception as E_RESUME_MISMATCH', () => {
    const engine = new BacktestEngine(smallConfig());
    const throwing: Checkpointable = { strategy: engine.strategy, extract: () => engine.extract(), restore: () => { throw new TypeError('boom'); } };
    const e = failure(() => restoreCheckpoint(throwing, ckpt));
    expect(e.code).toBe('E_RESUME_MISMATCH');
    expect(e.message).toMatch(/refused checkpoint [0-9a-f]{64}: boom/);
  });

  it('verifies the checkpoint first: a tampered one is E_HASH_MISMATCH', () => {
    const tampered = structuredClone(ckpt);
    tampered.portfolio_state.cash.USD = '1000000000';
    expect(failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), tampered)).code).toBe('E_HASH_MISMATCH');
  });

  it('a format 2.0 checkpoint is upgraded on load, then refused: it has no fingerprint and no engine state', () => {
    const v2 = downgrade(ckpt, { to: 2, allowLoss: true }).document;
    expect(v2.version).toBe('2.0');
    const e = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), v2));
    expect([e.code, e.pointer]).toEqual(['E_RESUME_MISMATCH', '/fingerprint']);
    // Forcing gets past the fingerprint, but the engine still needs its generator state and cursors.
    const forced = failure(() => restoreCheckpoint(new BacktestEngine(smallConfig()), v2, { force: true }));
    expect(forced.code).toBe('E_RESUME_MISMATCH');
    expect(loadCheckpoint(v2).steps.map((s) => `${s.from}→${s.to}`)).toEqual(FORMAT_VERSIONS.slice(FORMAT_VERSIONS.findIndex((f) => f.version === '2.0') + 1).map((f, i, later) => `${i === 0 ? '2.0' : later[i - 1]!.version}→${f.version}`));
  });
});
