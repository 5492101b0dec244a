// The ordered list of migration steps: STEPS[i] goes from format major i+1 to i+2.
import type { MigrationStep } from './step.js';
import { v1ToV2 } from './v1-to-v2.js';
import { v2ToV3 } from './v2-to-v3.js';

export const STEPS: readonly MigrationStep[] = [v1ToV2, v2ToV3];
