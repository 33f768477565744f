/**
 * `concordat check DIR`: the workbooks under a folder, in every subfolder, in name order so a run
 * lists and reports them the same way each time. Left out: Concordat's own output (checked and
 * cleared copies, the --out folder), Excel's lock files (`~$plan.xlsx`), hidden folders, and
 * folders reached through a symbolic link (a link back up the tree would never end).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { describeFsError } from './fs-errors';
import { InputError } from './input-error';

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const CONCORDAT_COPY = /\.(checked|cleared)\.(xlsx|xlsm)$/i;

/** A workbook to check, as messages name it, and (found in a folder) its folder below the one named. */
export interface NamedWorkbook {
  file: string;
  /** The subfolder it was found in, relative to the folder named (`''` at its top); undefined for a file named itself. */
  under?: string;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, relative: string, skip: ReadonlySet<string>, found: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const rel = relative ? path.join(relative, entry.name) : entry.name;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || skip.has(await fs.realpath(full))) continue;
      await walk(full, rel, skip, found);
    } else if (entry.isFile() && WORKBOOK.test(entry.name)) {
      if (entry.name.startsWith('~$') || CONCORDAT_COPY.test(entry.name)) continue;
      found.push(rel);
    }
  }
}

/**
 * The workbooks the arguments name: a file as it is, a folder as every workbook under it. A
 * folder with none is refused: a run that checks nothing would look like one that found nothing.
 */
export async function workbooksNamed(args: readonly string[], cwd: string, out?: string): Promise<NamedWorkbook[]> {
  const skip = new Set<string>();
  if (out !== undefined) skip.add(await fs.realpath(out).catch(() => path.resolve(out)));
  const named: NamedWorkbook[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = await fs.stat(absolute).catch(() => null);
    if (!stat?.isDirectory()) {
      named.push({ file: arg });
      continue;
    }
    const found: string[] = [];
    try {
      await walk(absolute, '', skip, found);
    } catch (err) {
      throw new InputError('input.unreadable', `could not be read as a folder (${describeFsError(err)})`, {
        file: arg,
      });
    }
    if (found.length === 0)
      throw new InputError(
        'input.no-workbooks',
        'has no .xlsx or .xlsm workbook to check (checked copies are left out)',
        { file: arg },
      );
    for (const rel of found)
      named.push({ file: path.join(arg, rel), under: path.dirname(rel) === '.' ? '' : path.dirname(rel) });
  }
  return named;
}
