// checkFileSync reads every file into one reused buffer: files of any size in any order get their own bytes'
// report, and a file whose stat says 0 bytes (a pipe, a file of /proc) is still read to its end.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBytes, checkFileSync } from '../../src/cli/validate/check-file.js';
import { serializeCheckpoint, loadCheckpoint } from '../../src/index.js';
import { readFileSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'ckpt-check-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkFileSync', () => {
  it('reports each file as checkBytes does on its bytes, large and small files in turn', () => {
    const doc = loadCheckpoint(readFileSync(join(import.meta.dirname, '..', '..', 'spec', 'examples', 'v1.json'))).checkpoint;
    const good = serializeCheckpoint(doc);
    const big = JSON.stringify({ ...doc, strategy_state: { pad: 'x'.repeat(200_000) } });
    const files = { 'big.json': big, 'good.json': good, 'short.json': '{"version":', 'big2.json': big, 'empty.json': '' };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    for (const name of [...Object.keys(files), ...Object.keys(files).reverse()]) {
      const file = join(dir, name);
      expect(checkFileSync(file, name)).toEqual(checkBytes(name, readFileSync(file)));
    }
  });

  it.runIf(process.platform === 'linux')('reads a file whose stat says 0 bytes to its end', () => {
    const r = checkFileSync('/proc/self/status', 'status');
    expect(r.errors[0]!.code).toBe('E_PARSE');
    expect(r.errors[0]!.message).toMatch(/unexpected "N"/); // "Name:\t..." was read, not an empty text
  });
});
