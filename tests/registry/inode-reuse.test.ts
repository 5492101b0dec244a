// The index log is known by its inode number (appends check that the log they wrote to is still the one in place,
// and not sealed by a rewrite). A file system reuses the number of a deleted file at once (ext4 does: create,
// delete, create gives the same number), so a number compared after the file was closed may name another file.
// These tests run the registry on a file-system layer that hands a freed number to the next new file it sees, as
// ext4 does, and check that no acknowledged record is lost.
import { mkdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION_STRING } from '../../src/index.js';
import type { RegistryEntry } from '../../src/registry/entry.js';
import { nodeFs, O_APPEND_EXISTING, type RegistryFileHandle, type RegistryFs, type RegistryStats } from '../../src/registry/fs.js';
import { IndexLog } from '../../src/registry/index-log.js';
import { cleanupTemp, tempRoot } from './helpers.js';

let dir: string;
let root: string;
beforeEach(() => {
  dir = tempRoot('inode-reuse');
  root = join(dir, 'reg');
  mkdirSync(root);
});
afterEach(() => cleanupTemp(dir));

function entry(n: number): RegistryEntry {
  const id = n.toString(16).padStart(64, '0');
  return { id, path: `2024/03/${id}.json`, version: LATEST_VERSION_STRING, latest_format_id: id, strategy_name: 'sma', run_id: 'r', sequence: n, timestamp: '2024-03-15T20:00:00Z', created_at: '2024-03-15T20:00:01Z' };
}

/**
 * node:fs with inode numbers as ext4 hands them out: a number is given to a file when it is first seen, and the
 * number of a file that is deleted and no longer open goes to the next new file. `beforeAppend` runs once, just
 * before the first write through a handle opened for appending.
 */
function reusingFs(beforeAppend: () => Promise<void>): RegistryFs {
  const numbers = new Map<number, number>(); // real inode → the number this layer shows
  const open = new Map<number, number>(); // real inode → open handles
  const freed: number[] = [];
  let next = 1;
  let hooked = false;
  const shown = (real: number): number => {
    let n = numbers.get(real);
    if (n === undefined) {
      n = freed.pop() ?? next++;
      numbers.set(real, n);
    }
    return n;
  };
  const stats = (s: RegistryStats & { ino: number }): RegistryStats => ({
    size: s.size,
    mtimeMs: s.mtimeMs,
    ino: shown(s.ino),
    dev: s.dev,
    isFile: () => s.isFile(),
    isDirectory: () => s.isDirectory(),
    isSymbolicLink: () => s.isSymbolicLink(),
  });
  return {
    ...nodeFs,
    lstat: async (path) => stats(await nodeFs.lstat(path)),
    open: async (path, flags, mode) => {
      const handle = await nodeFs.open(path, flags, mode);
      const real = (await handle.stat()).ino;
      open.set(real, (open.get(real) ?? 0) + 1);
      const appending = flags === O_APPEND_EXISTING;
      const wrapped: RegistryFileHandle = {
        read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
        write: async (buffer, offset, length, position) => {
          if (appending && !hooked) {
            hooked = true;
            await beforeAppend();
          }
          return handle.write(buffer, offset, length, position);
        },
        sync: () => handle.sync(),
        stat: async () => stats(await handle.stat()),
        close: async () => {
          const { nlink } = (await (handle as unknown as { stat(): Promise<{ nlink: number }> }).stat());
          await handle.close();
          const left = open.get(real)! - 1;
          open.set(real, left);
          if (left === 0 && nlink === 0 && numbers.has(real)) {
            freed.push(numbers.get(real)!);
            numbers.delete(real);
          }
        },
      };
      return wrapped;
    },
  };
}

describe('the index log under inode-number reuse', () => {
  it('regression: an append to a log replaced after it was opened is written again to the new log, not acknowledged in the old (latest-race "latest 34 after save 35 returned")', async () => {
    const index = join(root, '.index');
    await new IndexLog(nodeFs, index, hostname()).rewrite(async () => [entry(1)]);
    let fs: RegistryFs = nodeFs;
    // Between the appender's open and its write, a compaction replaces the log whole (seal, carry over, rename).
    fs = reusingFs(async () => {
      await new IndexLog(fs, index, hostname()).rewrite(async () => [entry(1)]);
    });
    const appended = await new IndexLog(fs, index, hostname()).append([{ op: 'put', entry: entry(35) }]);
    expect(appended).toBe(true);
    const log = readFileSync(join(index, 'log.jsonl'), 'utf8');
    expect(log).toContain(entry(35).id);
  });

  it('regression: a reader that read a log notices its replacement under the same inode number, and reads the new log whole', async () => {
    const index = join(root, '.index');
    const fs = reusingFs(async () => undefined);
    const log = new IndexLog(fs, index, hostname());
    await log.rewrite(async () => [entry(1), entry(2)]);
    const first = await log.read(undefined);
    if (!('reset' in first)) throw new Error('the log was not read');
    // Replaced whole by a longer log; the old one is closed and deleted, so its number goes to the new one.
    await log.rewrite(async () => [entry(3), entry(4), entry(5), entry(6)]);
    const again = await log.read({ ino: first.ino, offset: first.offset, format: first.format, ...(first.header !== undefined && { header: first.header }) });
    if (!('reset' in again)) throw new Error('the log was not read');
    expect(again.ino).toBe(first.ino); // the layer did hand out the same number
    expect(again.reset).toBe(true);
    expect(again.snapshot?.count).toBe(4);
  });
});
