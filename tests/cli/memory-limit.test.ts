// ckpt validate and ckpt hash are bounded for files of any size (issue 16, item 4): a file this process cannot hold
// (above the longest JavaScript string, or needing more heap than is free) is refused before it is read, with a
// typed error that names the file, its size, the limit and the fix. Running out of heap is not an error a program
// can catch (V8 aborts the process), so the check must come first.
import { closeSync, openSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_FORMAT } from '../../src/format/index.js';
import { HEAP_PER_BYTE, MAX_READ_BYTES, readLimitError } from '../../src/util/read-limit.js';
import { ckpt, tempDir } from './helpers.js';

const MiB = 1048576;
let dir: string;
let cleanup: () => void;
let big: string;
let bigSize: number;

beforeAll(() => {
  ({ dir, cleanup } = tempDir('ckpt-memory-'));
  // 10^6 computed doubles and a non-ASCII string: about 21 MB, whose check needs more than a 32 MiB heap
  const text = JSON.stringify({ version: LATEST_FORMAT.version, returns: Array.from({ length: 1_000_000 }, (_, i) => Math.sin(i) * 0.01), note: 'Zürich' });
  big = join(dir, 'returns.json');
  writeFileSync(big, text);
  bigSize = Buffer.byteLength(text);
});
afterAll(() => cleanup());

const smallHeap = (mib: number) => ({ env: { NODE_OPTIONS: `--max-old-space-size=${mib}` } });

describe('files too large for the heap', () => {
  it('regression: ckpt validate and ckpt hash of a file needing more heap than the process has aborted out of memory (issue 16.4)', () => {
    for (const command of ['validate', 'hash']) {
      const r = ckpt([command, big], smallHeap(32));
      const out = `${r.stdout}${r.stderr}`;
      expect(r.status, `${command}: ${out.slice(-600)}`).toBe(2);
      expect(out).toMatch(/error E_IO: .*returns\.json is too large for this process's memory/);
      expect(out).toContain(`${bigSize} bytes`);
      expect(out).toMatch(/NODE_OPTIONS=--max-old-space-size=\d+/);
      expect(out).not.toMatch(/FATAL ERROR|heap out of memory/);
    }
  });

  it('checks the same file when the heap has room for it', () => {
    const validate = ckpt(['validate', big], smallHeap(128));
    expect(validate.status, validate.stderr).toBe(1); // not a checkpoint: judged, not refused
    expect(validate.stdout).toMatch(/E_SCHEMA/);
    const hash = ckpt(['hash', big], smallHeap(128));
    expect(hash.status, hash.stderr).toBe(0);
    expect(hash.stdout).toMatch(/^[0-9a-f]{64}\n$/);
  });

  it('refuses a file of any size unread: a sparse 300 MB file under a 256 MiB heap', () => {
    const sparse = join(dir, 'sparse.json');
    closeSync(openSync(sparse, 'w'));
    truncateSync(sparse, 300 * MiB); // no disk space, and never read
    for (const command of ['validate', 'hash']) {
      const r = ckpt([command, sparse], smallHeap(256));
      expect(r.status, `${command}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(`${r.stdout}${r.stderr}`).toMatch(/sparse\.json is too large for this process's memory: 314572800 bytes \(300 MiB\)/);
    }
  });
});

describe('readLimitError', () => {
  const heap = (limitMiB: number, usedMiB: number) => ({ heap_size_limit: limitMiB * MiB, used_heap_size: usedMiB * MiB });

  it('lets a file through when the heap has HEAP_PER_BYTE times its size free beyond the young generation', () => {
    expect(readLimitError('a.json', 10 * MiB, heap(48 + 8 + 30, 8))).toBeUndefined();
    expect(readLimitError('a.json', 10 * MiB + 1, heap(48 + 8 + 30, 8))?.code).toBe('E_IO');
    expect(HEAP_PER_BYTE).toBe(3);
  });

  it('names the file, its size, what is free and the fix', () => {
    expect(readLimitError('data/big.json', 100 * MiB, heap(4144, 10))).toBeUndefined();
    const small = readLimitError('data/big.json', 100 * MiB, heap(256, 10))!;
    expect(small.code).toBe('E_IO');
    expect(small.source).toBe('data/big.json');
    expect(small.message).toBe(
      "data/big.json is too large for this process's memory: 104857600 bytes (100 MiB); checking it may need up to 3x its size of JavaScript heap (300 MiB), and 198 MiB of this process's heap (limit 256 MiB) is free; it was not checked",
    );
    expect(small.hint).toContain('NODE_OPTIONS=--max-old-space-size=512');
  });

  it('refuses a file above the longest string first, whatever the heap', () => {
    expect(readLimitError('x.json', MAX_READ_BYTES + 1, heap(1 << 20, 0))?.message).toMatch(/too large for this reader: .*the longest string/);
    expect(readLimitError('x.json', MAX_READ_BYTES, heap(1 << 20, 0))).toBeUndefined();
  });
});
