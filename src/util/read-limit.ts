// The largest file this implementation can check, for two reasons, both refused before a byte is read, as "too
// large for this reader" (a fact about this reader, not about the file, which may well be valid):
// - a checkpoint is decoded into one JavaScript string, and V8 caps a string's length (2^29 − 24 UTF-16 units on
//   64-bit builds). UTF-8 never takes fewer bytes than the UTF-16 units it decodes to, so every file up to this many
//   bytes fits;
// - the JavaScript heap: reading, parsing and hashing a file needs heap beyond the file's own bytes (which live
//   outside it), and running out of heap is not an error a program can catch: V8 aborts the process. A load's heap
//   peak measured 1.3–2.2x the file's size (bench/memory.bench.ts; large canonical and Python-layout files of 10^6
//   returns, a file of 100,000 fills); HEAP_PER_BYTE keeps a margin over that, and a file needing more than the heap
//   still free is refused with the fix (a larger heap) in the message.
import { constants } from 'node:buffer';
import { createRequire } from 'node:module';
import type { HeapInfo } from 'node:v8';
import { CheckpointError } from '../errors/index.js';

type Heap = Pick<HeapInfo, 'heap_size_limit' | 'used_heap_size'>;

/**
 * A file whose check needs less heap than this is not compared with the heap: any heap has that much, and loading
 * node:v8 (to ask) costs a cold start 3–4 ms.
 */
const HEAP_CHECKED_FROM = 16 * 1048576;

let statistics: (() => Heap) | undefined;
function heapStatistics(): Heap {
  statistics ??= (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).getHeapStatistics;
  return statistics();
}

export const MAX_READ_BYTES: number = constants.MAX_STRING_LENGTH;

/** Heap a check may need per byte of the file (measured at most 2.2; see the module comment). */
export const HEAP_PER_BYTE = 3;

/** V8's young generation on 64-bit builds (three semi-spaces of 16 MiB), part of heap_size_limit. */
const YOUNG_GENERATION = 48 * 1048576;

const mib = (n: number): string => `${(n / 1048576).toFixed(0)} MiB`;

/** E_IO for a file of `size` bytes above MAX_READ_BYTES; `file` names it in the message. */
export function tooLargeError(file: string, size: number): CheckpointError {
  const err = new CheckpointError({
    code: 'E_IO',
    message: `${file} is too large for this reader: ${size} bytes (${mib(size)}), above its limit of ${MAX_READ_BYTES} bytes (${mib(MAX_READ_BYTES)}, the longest string this JavaScript engine can hold); it was not checked`,
    hint: 'the file may well be valid: it was neither judged nor moved; check it with a reader without this limit, or keep checkpoints smaller',
  });
  err.source = file;
  return err;
}

/**
 * Why a file of `size` bytes cannot be read into this thread (the error to report), or undefined when it can: above
 * MAX_READ_BYTES, or needing more heap than this thread has left (`given`: for tests; default v8.getHeapStatistics(),
 * asked only for files above HEAP_CHECKED_FROM / HEAP_PER_BYTE, about 5 MiB).
 */
export function readLimitError(file: string, size: number, given?: Heap): CheckpointError | undefined {
  if (size > MAX_READ_BYTES) return tooLargeError(file, size);
  const needed = size * HEAP_PER_BYTE;
  if (needed < HEAP_CHECKED_FROM && given === undefined) return undefined;
  const heap = given ?? heapStatistics();
  // The heap limit includes the young generation, where no large string or array is ever allocated.
  const free = heap.heap_size_limit - YOUNG_GENERATION - heap.used_heap_size;
  if (needed <= free) return undefined;
  // --max-old-space-size (in MiB) sets the old generation: what is in use now stays in use.
  const fix = Math.ceil((heap.used_heap_size + needed) / 1048576 / 256) * 256;
  const err = new CheckpointError({
    code: 'E_IO',
    message: `${file} is too large for this process's memory: ${size} bytes (${mib(size)}); checking it may need up to ${HEAP_PER_BYTE}x its size of JavaScript heap (${mib(needed)}), and ${mib(Math.max(0, free))} of this process's heap (limit ${mib(heap.heap_size_limit)}) is free; it was not checked`,
    hint: `the file may well be valid: give Node.js a larger heap, e.g. NODE_OPTIONS=--max-old-space-size=${fix}, if the machine has the memory`,
  });
  err.source = file;
  return err;
}
