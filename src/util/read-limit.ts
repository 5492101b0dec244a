// The largest file this implementation can check: a checkpoint is decoded into one JavaScript string, and V8
// caps a string's length (2^29 − 24 UTF-16 units on 64-bit builds). UTF-8 never takes fewer bytes than the
// UTF-16 units it decodes to, so every file up to this many bytes fits; a larger one is refused unread, as
// "too large for this reader" (a fact about this reader, not about the file, which may well be valid).
import { constants } from 'node:buffer';
import { CheckpointError } from '../errors/index.js';

export const MAX_READ_BYTES: number = constants.MAX_STRING_LENGTH;

/** E_IO for a file of `size` bytes above MAX_READ_BYTES; `file` names it in the message. */
export function tooLargeError(file: string, size: number): CheckpointError {
  const mib = (n: number): string => `${(n / 1048576).toFixed(0)} MiB`;
  const err = new CheckpointError({
    code: 'E_IO',
    message: `${file} is too large for this reader: ${size} bytes (${mib(size)}), above its limit of ${MAX_READ_BYTES} bytes (${mib(MAX_READ_BYTES)}, the longest string this JavaScript engine can hold); it was not checked`,
    hint: 'the file may well be valid: it was neither judged nor moved; check it with a reader without this limit, or keep checkpoints smaller',
  });
  err.source = file;
  return err;
}
