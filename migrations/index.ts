// Migrations between format versions: one pure step per consecutive pair, plus the chain driver.
export { STEPS } from './steps.js';
export type { Doc, MigrationStep } from './step.js';
export { upgrade, downgrade, type DowngradeOptions, type UpgradeResult, type DowngradeResult, type LossEntry, type MigrationRecord } from './chain.js';
