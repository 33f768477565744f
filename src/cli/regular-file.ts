/**
 * Reading a file the user named (a workbook, a profile, a rule pack): only a regular file, and
 * never more than its limit. A device such as /dev/zero or /dev/urandom would be read until memory
 * ran out, and opening a FIFO blocks until something writes to it.
 */
import { constants, promises as fs, type BigIntStats, type Stats } from 'fs';
import type { FileHandle } from 'fs/promises';
import { describeFsError, readErrorCode } from './fs-errors';
import { InputError } from './input-error';

export interface ReadLimit {
  maxBytes: number;
  /** What the file should be, for refusing anything else ("workbook"). */
  noun: string;
  /** The refusal of a file over the limit; `bytes` is its size as far as it was read. */
  tooLarge: (bytes: number) => string;
}

/** What a file that is not a regular one is, in words; null for a regular file. */
export function specialKind(stat: Stats | BigIntStats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refuseSpecial(stat: Stats, noun: string): void {
  const kind = specialKind(stat);
  if (kind !== null) throw new InputError('input.not-a-file', `is ${kind}, not a ${noun}`);
}

/** Reads until the end of the file or `cap` bytes, whichever comes first (a file can grow while it is read). */
async function readUpTo(handle: FileHandle, cap: number, expected: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(cap, expected + 1)); // one more byte tells whether it grew
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= cap) break;
      const bigger = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

export async function readRegularFile(file: string, limit: ReadLimit): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    // Looked at before opening, so a device or FIFO is never opened; O_NONBLOCK keeps a FIFO put in
    // its place in between from blocking, and the open handle is looked at again to catch that.
    refuseSpecial(await fs.stat(file), limit.noun);
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = await handle.stat();
    refuseSpecial(stat, limit.noun);
    if (stat.size > limit.maxBytes) throw new InputError('limit.file-size', limit.tooLarge(stat.size));
    const bytes = await readUpTo(handle, limit.maxBytes + 1, stat.size);
    if (bytes.length > limit.maxBytes) throw new InputError('limit.file-size', limit.tooLarge(bytes.length));
    return bytes;
  } catch (err) {
    throw err instanceof InputError ? err : new InputError(readErrorCode(err), describeFsError(err));
  } finally {
    await handle?.close();
  }
}
