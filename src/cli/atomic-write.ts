/**
 * Writes a file so that readers see either the old bytes or the new ones, never half a file:
 * write a temporary file in the same folder, flush it to disk, then rename it over the target.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/** How the bytes reach the temporary file; tests inject one that fails part-way. */
export type TempWriter = (tempPath: string, data: Buffer) => Promise<void>;

export const writeAndSync: TempWriter = async (tempPath, data) => {
  const handle = await fs.open(tempPath, 'wx', 0o666); // the user's umask applies, as for any new file
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Keeps the replaced file's permissions (a shared drive's read-for-group, say). */
async function modeOf(target: string): Promise<number | null> {
  try {
    return (await fs.stat(target)).mode & 0o7777;
  } catch {
    return null;
  }
}

export async function writeFileAtomic(target: string, data: Buffer, writer: TempWriter = writeAndSync): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writer(temp, data);
    const mode = await modeOf(target);
    if (mode !== null) await fs.chmod(temp, mode);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}
