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

/** `.<target name>.<process id>.<8 hex digits>.tmp`, beside the target; TEMP_NAME must match it. */
function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const TEMP_NAME = /^\..+\.(\d{1,10})\.[0-9a-f]{8}\.tmp$/;

/** True only when no process has this id (ESRCH); another user's process (EPERM) is still running. */
function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes the temporary files of runs that died mid-write in `dir` (kill -9 leaves them, as large
 * as the workbook): only regular files named by tempPathFor whose process no longer exists, so a
 * running Concordat's file is never touched; `keep` spares the files this run reads.
 */
export async function removeStaleTemps(dir: string, keep: (file: string) => boolean): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? 0);
    if (pid <= 1 || pid > 0x7fffffff || pid === process.pid || !processGone(pid)) continue;
    const file = path.join(dir, name);
    if (keep(file) || !(await fs.lstat(file).catch(() => null))?.isFile()) continue;
    await fs.rm(file, { force: true }).catch(() => undefined); // another run may have removed it first
  }
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
