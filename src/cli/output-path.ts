/**
 * Where a command writes its workbook. By default a copy beside the input (`<name>.checked.xlsx`
 * or `<name>.cleared.xlsx`); --out names a file or a folder; --in-place replaces the input.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from './input-error';

export interface OutputChoice {
  out?: string;
  inPlace?: boolean;
}

const WORKBOOK_EXT = /\.(xlsx|xlsm)$/i;

/** "budget.checked.xlsx" when checking, "budget.cleared.xlsx" when clearing a checked copy. */
export function copyName(input: string, suffix: '.checked' | '.cleared'): string {
  let stem = path.basename(input).replace(WORKBOOK_EXT, '');
  if (suffix === '.cleared') stem = stem.replace(/\.checked$/i, '');
  return `${stem}${suffix}.xlsx`;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** --out is a folder when it exists as one, ends with a slash, or does not end .xlsx/.xlsm. */
export async function outIsFolder(out: string): Promise<boolean> {
  return /[\\/]$/.test(out) || (await isDirectory(out)) || !WORKBOOK_EXT.test(out);
}

export function checkOutputChoice(choice: OutputChoice, inputs: number): void {
  if (choice.inPlace && choice.out !== undefined) throw new InputError('--in-place and --out cannot be used together');
  if (choice.out !== undefined && inputs > 1 && WORKBOOK_EXT.test(choice.out) && !/[\\/]$/.test(choice.out)) {
    throw new InputError(
      `--out ${choice.out} names one file, but ${inputs} workbooks were given; give a folder instead`,
    );
  }
}

/** --out as typed, made absolute against the folder the command runs in; a trailing slash (meaning "folder") is kept. */
export function resolveOut(out: string, cwd: string): string {
  const absolute = path.resolve(cwd, out);
  return /[\\/]$/.test(out) ? `${absolute}${path.sep}` : absolute;
}

/** The path to write for `input`; creates an --out folder if needed. */
export async function outputPathFor(
  input: string,
  choice: OutputChoice,
  suffix: '.checked' | '.cleared',
): Promise<string> {
  if (choice.inPlace) return input;
  let target: string;
  if (choice.out === undefined) target = path.join(path.dirname(input), copyName(input, suffix));
  else if (await outIsFolder(choice.out)) {
    await fs.mkdir(choice.out, { recursive: true });
    target = path.join(choice.out, copyName(input, suffix));
  } else target = choice.out;
  if (path.resolve(target) === path.resolve(input)) {
    throw new InputError('the output would replace the input; use --in-place to do that on purpose');
  }
  return target;
}
