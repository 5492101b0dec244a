// The registry walkthrough in examples/registry.ts runs and says what the guide says it does.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runRegistryExample } from '../../examples/registry.js';
import { cleanupTemp, tempRoot } from './helpers.js';

it('examples/registry.ts resumes from the latest checkpoint, re-saves idempotently, cleans up and ends clean', async () => {
  const dir = tempRoot('example');
  try {
    const out = (await runRegistryExample(join(dir, 'checkpoints'))).join('\n');
    expect(out).toMatch(/^resume bt-2024-03 from sequence 9 \(2024-03-10T21:00:00Z\), cash 102250 USD/);
    expect(out).toContain('re-save of sequence 9: created=false, same id=true');
    expect(out).toContain('5 would delete, 5 kept, 0 skipped');
    expect(out).toContain('cleanup deleted 5; 5 left');
    expect(out).toMatch(/5 checkpoint files, 5 verified, clean$/);
  } finally {
    cleanupTemp(dir);
  }
});
