// The user guide's version handling (docs/engine-guide.md quotes it): the migrate hook that upgrades
// the streak strategy's version 1 state, and forcing a resume past a fingerprint mismatch.
// #region imports
import { restoreCheckpoint, type Checkpoint, type Checkpointable, type RestoreReport } from '../../src/index.js';
// #endregion imports

// #region migrate
/**
 * The streak strategy's state-schema history. Version 1 stored one signed counter (positive: rising
 * closes in a row, negative: falling); version 2 stores the two counts. The engine declares
 * `state: { schema: 'streak', version: 2, migrate: migrateStreak }`.
 */
export function migrateStreak(data: unknown, from: number): unknown {
  if (from === 1) {
    const { streak } = data as { streak: number };
    if (!Number.isSafeInteger(streak)) throw new Error('version 1 state is { streak: integer }');
    return { ups: Math.max(streak, 0), downs: Math.max(-streak, 0) };
  }
  throw new Error(`no upgrade from version ${from}`);
}
// #endregion migrate

// #region force
/** Resumes with changed code or configuration on purpose: the result is no longer an exact continuation. */
export function restoreAnyway(engine: Checkpointable, checkpoint: Checkpoint): RestoreReport {
  const report = restoreCheckpoint(engine, checkpoint, { force: true });
  for (const d of report.overridden) console.warn(`resuming despite: ${d.message}`);
  return report;
}
// #endregion force
