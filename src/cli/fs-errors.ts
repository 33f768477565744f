/** The reason behind a failed file-system call, in words a user reads, without Node's code and path. */
import type { ErrorCode } from '../core/errors';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'over the disk quota',
  EFBIG: 'too large for the file system',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EEXIST: 'already exists',
  EBUSY: 'in use by another program',
  EMFILE: 'too many files open',
  ENFILE: 'too many files open',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  EIO: 'input/output error on the disk',
};

/** The catalogue's code for a file the user named that could not be read. */
export function readErrorCode(err: unknown): ErrorCode {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'input.missing';
  if (code === 'EISDIR') return 'input.not-a-file';
  return 'input.unreadable';
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && Object.hasOwn(REASONS, code)) return REASONS[code];
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  // Node's own form, "EINVAL: invalid argument, rename '/a' -> '/b'": the words, without code and paths.
  return /^E[A-Z]+: ([^,]+),/.exec(message)?.[1] ?? message;
}
