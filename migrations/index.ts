// The chain driver: moves documents between format versions one step at a time. The steps themselves live in
// each version's folder (src/format/versions/NAME/migration.ts) and are listed by the version table.
export { upgrade, downgrade, type DowngradeOptions, type UpgradeResult, type DowngradeResult, type LossEntry, type MigrationRecord, type Target } from './chain.js';
