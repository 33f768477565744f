/**
 * Every file a run will write, vetted before the first workbook is read: no output may replace a
 * file the run reads (a workbook, the profile, a rule pack) or another output of the same run,
 * outputs go only to regular files, and their folders must be creatable. Paths are compared as
 * the file system sees them: symbolic links followed, and two names of one file (a hard link) are
 * the same file. A refusal writes nothing.
 */
import { constants, promises as fs, type BigIntStats } from 'fs';
import * as path from 'path';
import { removeStaleTemps, writeFileAtomic, type TempWriter } from './atomic-write';
import { describeFsError } from './fs-errors';
import { InputError } from './input-error';
import { specialKind } from './regular-file';
import { displayPath } from './rule-sources';

export interface RunFile {
  /** Absolute, as the run names it (before links are followed). */
  file: string;
  /** How messages name it: "the workbook plan.xlsx", "the report". */
  role: string;
}

export interface RunOutput extends RunFile {
  /** The workbook this is the copy (or, with inPlace, the rewrite) of. */
  from?: RunFile;
  inPlace?: boolean;
}

export interface PlannedOutput extends RunOutput {
  /** Where the bytes go, links followed: --in-place on a symbolic link rewrites the file it points to. */
  real: string;
  /** The folder as messages name it ("out/"). */
  folder: string;
}

interface Located {
  real: string;
  stat: BigIntStats | null;
}

const isMissing = (err: unknown) => ['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '');

/** A folder's real path when it may not exist yet: its nearest existing ancestor's, plus the rest. */
async function realFolder(dir: string): Promise<string> {
  try {
    return await fs.realpath(dir);
  } catch (err) {
    const parent = path.dirname(dir);
    return isMissing(err) && parent !== dir ? path.join(await realFolder(parent), path.basename(dir)) : dir;
  }
}

async function locate(file: string): Promise<Located> {
  try {
    const real = await fs.realpath(file);
    return { real, stat: await fs.stat(real, { bigint: true }) };
  } catch {
    return { real: path.join(await realFolder(path.dirname(file)), path.basename(file)), stat: null };
  }
}

function sameFile(a: Located, b: Located): boolean {
  return (
    a.real === b.real || (a.stat !== null && b.stat !== null && a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino)
  );
}

/** Why `dir` cannot be written into or created, or null when it can. */
async function folderProblem(dir: string, shown: string, cwd: string): Promise<string | null> {
  let existing = dir;
  for (;;) {
    try {
      if (!(await fs.stat(existing)).isDirectory())
        return `cannot create folder ${shown}: ${displayPath(existing, cwd)} is not a folder`;
      break;
    } catch (err) {
      if ((await fs.lstat(existing).catch(() => null))?.isSymbolicLink())
        return `cannot create folder ${shown}: ${displayPath(existing, cwd)} is a symbolic link to nothing`;
      const parent = path.dirname(existing);
      if (!isMissing(err) || parent === existing) return `cannot create folder ${shown}: ${describeFsError(err)}`;
      existing = parent;
    }
  }
  try {
    await fs.access(existing, constants.W_OK | constants.X_OK);
    return null;
  } catch (err) {
    return `${existing === dir ? 'cannot write into folder' : 'cannot create folder'} ${shown}: ${describeFsError(err)}`;
  }
}

async function isFolder(dir: string): Promise<boolean> {
  return (await fs.stat(dir).catch(() => null))?.isDirectory() === true;
}

/**
 * `mkdir -p`, a level at a time. Node's own recursive mkdir spins forever where a folder exists but
 * takes no new entries (under /proc, or a symbolic link to nothing): it reads ENOENT as "make the
 * parent first", the parent exists, and it tries again. Here a second ENOENT is final.
 */
async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await isFolder(dir))) return;
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw err;
  }
  await makeFolder(path.dirname(dir));
  try {
    await fs.mkdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !(await isFolder(dir))) throw err;
  }
}

function folderShown(file: string, cwd: string): string {
  const dir = path.dirname(file);
  return dir === cwd ? './' : `${displayPath(dir, cwd).replace(/[\\/]$/, '')}/`;
}

async function vetOutput(output: RunOutput, cwd: string): Promise<PlannedOutput & Located> {
  const shown = displayPath(output.file, cwd);
  const at = await locate(output.file);
  const link = await fs.lstat(output.file).catch(() => null);
  if (link?.isSymbolicLink() && at.stat === null)
    throw new InputError('output.not-a-file', 'is a symbolic link to a file that does not exist; nothing was written', {
      file: shown,
    });
  const kind = at.stat && specialKind(at.stat);
  if (kind)
    throw new InputError(
      'output.not-a-file',
      `is ${kind}; Concordat writes only to regular files, so nothing was written`,
      {
        file: shown,
      },
    );
  return { ...output, ...at, folder: folderShown(output.file, cwd) };
}

function collision(
  output: PlannedOutput & Located,
  inputs: readonly RunFile[],
  located: readonly Located[],
  file: string,
): InputError | null {
  for (const [i, input] of inputs.entries()) {
    if (!sameFile(output, located[i]) || (output.inPlace && output.from === input)) continue;
    if (output.from === input)
      return new InputError('output.conflict', 'the output would replace the input', {
        file,
        fix: 'use --in-place to do that on purpose',
      });
    return new InputError('output.conflict', `${output.role} would replace ${input.role}; nothing was written`, {
      file,
    });
  }
  return null;
}

/** Vets the run's outputs (see above), then clears stale temporary files from their folders. */
export async function planRunOutputs(
  inputs: readonly RunFile[],
  outputs: readonly RunOutput[],
  cwd: string,
): Promise<PlannedOutput[]> {
  const located = await Promise.all(inputs.map((input) => locate(input.file)));
  const planned: (PlannedOutput & Located)[] = [];
  for (const output of outputs) {
    const vetted = await vetOutput(output, cwd);
    const replaces = collision(vetted, inputs, located, displayPath(output.file, cwd));
    if (replaces) throw replaces;
    const other = planned.find((p) => sameFile(p, vetted));
    if (other)
      throw new InputError(
        'output.conflict',
        `${other.role} and ${vetted.role} would both be written to it; nothing was written`,
        { file: displayPath(output.file, cwd) },
      );
    planned.push(vetted);
  }
  const folders = new Map(planned.map((p) => [path.dirname(p.real), p.folder]));
  for (const [dir, shown] of folders) {
    const problem = await folderProblem(dir, shown, cwd);
    if (problem) throw new InputError('write.failed', problem);
  }
  const read = new Set(located.map((input) => input.real));
  for (const dir of folders.keys()) await removeStaleTemps(dir, (file) => read.has(file));
  return planned;
}

/** Writes one planned output atomically, creating its folder first. */
export async function writePlannedOutput(output: PlannedOutput, data: Buffer, writer: TempWriter): Promise<void> {
  try {
    await makeFolder(path.dirname(output.real));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOENT with the parent there: a folder that takes no new entries (/proc); EEXIST: a file in the way.
    const reason =
      code === 'ENOENT'
        ? 'the file system does not allow a new folder there'
        : code === 'EEXIST'
          ? 'a file that is not a folder is in the way'
          : describeFsError(err);
    throw new InputError('write.failed', `cannot create folder ${output.folder}: ${reason}`);
  }
  await writeFileAtomic(output.real, data, writer);
}
