/**
 * `concordat clear`: removes Concordat's flags column, highlights, report, log and undo state.
 * Writes `<name>.cleared.xlsx` beside the input by default (clear is usually run on a checked
 * copy, and the input is never touched unless asked); --out FILE|DIR, or --in-place to replace
 * the file atomically. A workbook with nothing to clear is reported and not written.
 */
import * as path from 'path';
import { nothingCleared } from '../clear';
import type { CliIo } from '../cli-io';
import type { OutputChoice } from '../output-path';
import { checkOutputChoice, resolveOut, workbookFiles } from '../output-path';
import { displayPath } from '../rule-sources';
import { planRunOutputs, type PlannedOutput } from '../run-outputs';
import { forTerminal } from '../terminal-text';
import { clearOutput, loadWorkbookBytes, readFileBytes } from '../workbook-file';
import { assertUnchanged, writeOrExplain } from './check-file';
import { EXIT_OK, EXIT_USAGE } from './check';
import { problemLine } from '../problem';

export interface ClearCommandOptions extends OutputChoice {
  quiet?: boolean;
}

/** The record's sheet was never visible, so it is not worth mentioning. */
function visibleSheets(removed: string[]): string[] {
  return removed.length > 0 ? [`sheets ${removed.join(', ')}`] : [];
}

async function clearFile(file: string, target: PlannedOutput, opts: ClearCommandOptions, io: CliIo): Promise<string> {
  const absolute = path.resolve(io.cwd, file);
  const loaded = loadWorkbookBytes(await readFileBytes(absolute));
  const { outcome } = await clearOutput(loaded);
  if (nothingCleared(outcome)) {
    const why = outcome.notes.length > 0 ? `; ${outcome.notes.join('; ')}` : '';
    return `${forTerminal(file)}: no Concordat output found; nothing written${forTerminal(why)}`;
  }
  const bytesOut = await loaded.pkg.save();
  if (opts.inPlace) await assertUnchanged(absolute, loaded.bytes);
  await writeOrExplain(target, bytesOut, opts.inPlace, 'the cleared copy', io);
  const removed = [
    `${outcome.flagColumns} flags column${outcome.flagColumns === 1 ? '' : 's'}`,
    `${outcome.highlightRules} highlight rule${outcome.highlightRules === 1 ? '' : 's'}`,
    ...visibleSheets(outcome.sheetsRemoved),
  ];
  const notes = outcome.notes.map((w) => `\n  Note: ${forTerminal(w)}`).join('');
  const written = opts.inPlace ? file : displayPath(target.file, io.cwd);
  return `${forTerminal(file)}: removed ${forTerminal(removed.join(', '))}; written to ${forTerminal(written)}${notes}`;
}

export async function clearCommand(files: string[], opts: ClearCommandOptions, io: CliIo): Promise<number> {
  checkOutputChoice(opts, files.length);
  const out = opts.out === undefined ? undefined : resolveOut(opts.out, io.cwd);
  const workbooks = await workbookFiles(files, { out, inPlace: opts.inPlace }, '.cleared', io.cwd);
  const targets = await planRunOutputs(workbooks.inputs, workbooks.outputs, io.cwd);
  let failed = false;
  for (const [i, file] of files.entries()) {
    try {
      const line = await clearFile(file, targets[i], opts, io);
      if (!opts.quiet) io.stdout.write(`${line}\n`);
    } catch (err) {
      problemLine(io, err, file);
      failed = true;
    }
  }
  return failed ? EXIT_USAGE : EXIT_OK;
}
