/**
 * Where a command writes its workbook. By default a copy beside the input (`<name>.checked.xlsx`
 * or `<name>.cleared.xlsx`, .xlsm for an .xlsm); --out names a file or a folder; --in-place
 * replaces the input.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { InputError } from './input-error';
import type { RunFile, RunOutput } from './run-outputs';

export interface OutputChoice {
  out?: string;
  inPlace?: boolean;
}

const WORKBOOK_EXT = /\.(xlsx|xlsm)$/i;

/**
 * "budget.checked.xlsx" when checking, "budget.cleared.xlsx" when clearing a checked copy; a
 * workbook with macros keeps its .xlsm (Excel refuses an .xlsx that holds them).
 */
function copyName(input: string, suffix: '.checked' | '.cleared' | '.accepted'): string {
  let stem = path.basename(input).replace(WORKBOOK_EXT, '');
  if (suffix === '.cleared') stem = stem.replace(/\.checked$/i, '');
  return `${stem}${suffix}${/\.xlsm$/i.test(input) ? '.xlsm' : '.xlsx'}`;
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** --out is a folder when it exists as one, ends with a slash, or does not end .xlsx/.xlsm. */
async function outIsFolder(out: string): Promise<boolean> {
  return /[\\/]$/.test(out) || (await isDirectory(out)) || !WORKBOOK_EXT.test(out);
}

export function checkOutputChoice(choice: OutputChoice, inputs: number): void {
  if (choice.inPlace && choice.out !== undefined)
    throw new InputError('usage.invalid', '--in-place and --out cannot be used together', {
      fix: 'give one or the other',
    });
  if (choice.out !== undefined && inputs > 1 && WORKBOOK_EXT.test(choice.out) && !/[\\/]$/.test(choice.out)) {
    throw new InputError('usage.invalid', `--out ${choice.out} names one file, but ${inputs} workbooks were given`, {
      fix: 'give a folder instead',
    });
  }
}

/** --out as typed, made absolute against the folder the command runs in; a trailing slash (meaning "folder") is kept. */
export function resolveOut(out: string, cwd: string): string {
  const absolute = path.resolve(cwd, out);
  return /[\\/]$/.test(out) ? `${absolute}${path.sep}` : absolute;
}

/**
 * The path to write for `input` (absolute); an --out folder is created only when the file is
 * written. A workbook found in a subfolder of a folder named (`under`) goes into the same
 * subfolder of --out, so two plan.xlsx in different folders do not meet.
 */
async function outputPathFor(
  input: string,
  choice: OutputChoice,
  suffix: '.checked' | '.cleared' | '.accepted',
  under = '',
): Promise<string> {
  if (choice.inPlace) return input;
  if (choice.out === undefined) return path.join(path.dirname(input), copyName(input, suffix));
  return (await outIsFolder(choice.out)) ? path.join(choice.out, under, copyName(input, suffix)) : choice.out;
}

/**
 * The workbooks a command reads and the copies (or --in-place rewrites) it writes of them, named
 * for messages; `files` as the user typed them, `out` already resolved (resolveOut).
 */
export async function workbookFiles(
  files: readonly string[],
  choice: OutputChoice,
  suffix: '.checked' | '.cleared' | '.accepted',
  cwd: string,
  under: readonly (string | undefined)[] = [],
): Promise<{ inputs: RunFile[]; outputs: RunOutput[] }> {
  const inputs = files.map((f) => ({ file: path.resolve(cwd, f), role: `the workbook ${f}` }));
  const outputs: RunOutput[] = [];
  for (const [i, from] of inputs.entries()) {
    const file = await outputPathFor(from.file, choice, suffix, under[i]);
    const role = choice.inPlace ? `${files[i]} rewritten in place` : `the ${suffix.slice(1)} copy of ${files[i]}`;
    outputs.push({ file, role, from, inPlace: choice.inPlace });
  }
  return { inputs, outputs };
}
