/**
 * Checks one workbook: read and vet it, take away earlier Concordat output, snapshot, run the
 * core, patch the flags into the package, save the copy (or replace the file with --in-place).
 */
import * as path from 'path';
import type { CheckOptions } from '../../core/check';
import { checkWorkbook, sheetsToCheck } from '../../core/check';
import type { PreparedCheck } from '../../core/prepare';
import { applyFlagPlan } from '../apply-plan';
import type { CliIo } from '../cli-io';
import { describeFsError } from '../fs-errors';
import { reportProblem } from '../cli-io';
import { InputError } from '../input-error';
import { PROGRESS_CELLS } from '../limits';
import type { OutputChoice } from '../output-path';
import { reportedResult, type FileOutcome } from '../reports/run-report';
import { displayPath } from '../rule-sources';
import { writePlannedOutput, type PlannedOutput } from '../run-outputs';
import { snapshotOf } from '../read/snapshot-of';
import type { ReadWorkbook } from '../read/workbook-read';
import type { LoadedWorkbook } from '../workbook-file';
import { clearOutput, readFileBytes, loadWorkbookBytes } from '../workbook-file';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { CheckResult } from '../../core/result';

/** What the core needs for each workbook of a run: the check prepared once, the as-of date and the clock. */
export interface CoreOptions extends Omit<CheckOptions, 'onProgress' | 'lastCheck'> {
  prepared: PreparedCheck;
}

export interface CheckFileOptions extends OutputChoice {
  /** Where the checked copy goes, vetted with the run's other outputs (run-outputs.ts). */
  target: PlannedOutput;
  core: CoreOptions;
  /** Called with this file's progress (0…1) when a bar is wanted: several files, or a big sheet. */
  progress?: (fraction: number, stage: string) => void;
  /** Several files are being checked, so even a small one moves the bar. */
  alwaysShowProgress: boolean;
}

function cellCount(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + row.length, 0), 0);
}

/** With --in-place, a file that changed on disk while it was being checked is left alone. */
export async function assertUnchanged(file: string, before: Buffer): Promise<void> {
  const now = await readFileBytes(file).catch(() => null);
  if (!now || !now.equals(before))
    throw new InputError('input.changed', 'changed on disk while it was being processed; it was left as it is');
}

/** Writes a workbook a command produced; a failure says what was not written and that the input is safe. */
export async function writeOrExplain(
  target: PlannedOutput,
  data: Buffer,
  inPlace: boolean | undefined,
  copy: string,
  io: CliIo,
): Promise<void> {
  try {
    await writePlannedOutput(target, data, io.tempWriter);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      'write.failed',
      `could not write ${inPlace ? 'the file' : copy} (${describeFsError(err)}); ${inPlace ? 'the original is unchanged' : 'the input was not touched'}`,
    );
  }
}

export interface ReadAndCheckHooks {
  /** Called once the workbook is read and snapshotted, before the core runs. */
  beforeCheck?: (snapshot: WorkbookSnapshot) => void;
  onProgress?: CheckOptions['onProgress'];
}

/**
 * Reads a workbook, takes away earlier Concordat output, snapshots it and runs the core: what
 * `check` does before writing anything, and all that `explain` needs.
 */
export async function readAndCheck(
  absolute: string,
  core: CoreOptions,
  hooks: ReadAndCheckHooks = {},
): Promise<{
  loaded: LoadedWorkbook;
  read: ReadWorkbook;
  keptLog?: string;
  result: CheckResult;
  notes: string[];
}> {
  const loaded = loadWorkbookBytes(await readFileBytes(absolute));
  const { outcome, read, keptLog, lastCheck, lastCheckSetAside } = await clearOutput(loaded, { keepLog: true });
  // Cleared, the workbook holds no output of Concordat's but the log kept for this run to append to.
  const owned = { sheets: keptLog ? [keptLog] : [], flagColumns: [] };
  const snapshot = snapshotOf(read, owned);
  // Sheets the file names but does not hold would otherwise pass with no findings.
  if (loaded.unreadSheets.length > 0 && sheetsToCheck(snapshot).length === 0)
    throw new InputError('input.damaged', `has no sheet that could be checked: ${loaded.unreadSheets.join('; ')}`);
  hooks.beforeCheck?.(snapshot);
  const { prepared, ...options } = core;
  const result = await checkWorkbook(snapshot, prepared, {
    ...options,
    lastCheck,
    lastCheckSetAside,
    onProgress: hooks.onProgress,
  });
  return { loaded, read, keptLog, result, notes: outcome.notes };
}

/** Sheets that could not be read: a warning on stderr now, and a note in the report (returned). */
export function warnUnreadSheets(io: CliIo, file: string, unread: readonly string[]): string[] {
  const notes = unread.map((u) => `${u}; it was not checked`);
  for (const note of notes) reportProblem(io, `warning: ${note}`, file);
  return notes;
}

/** How much of a file's time each stage takes, roughly. */
const STAGES = { read: 0, check: 0.25, apply: 0.7, write: 0.75 } as const;

export async function checkFile(file: string, options: CheckFileOptions, io: CliIo): Promise<FileOutcome> {
  const absolute = path.resolve(io.cwd, file);
  const outcome: FileOutcome = { file, output: null, result: null, error: null, warnings: [] };
  // A single small file needs no bar; whether a sheet is big is known once it is read.
  let showing = options.alwaysShowProgress;
  const progress = (fraction: number, stage: string) => {
    if (showing) options.progress?.(fraction, stage);
  };

  progress(STAGES.read, 'Reading the file');
  const span = STAGES.apply - STAGES.check;
  const { loaded, read, keptLog, result, notes } = await readAndCheck(absolute, options.core, {
    beforeCheck: (snapshot) => {
      showing ||= cellCount(snapshot) >= PROGRESS_CELLS;
    },
    onProgress: (fraction, stage) => progress(STAGES.check + span * fraction, stage),
  });
  outcome.result = reportedResult(result);
  outcome.warnings.push(...notes);
  outcome.warnings.push(...warnUnreadSheets(io, file, loaded.unreadSheets));
  progress(STAGES.apply, 'Writing flags');
  outcome.warnings.push(...(await applyFlagPlan(loaded.pkg, read, result.plan, keptLog)).warnings);

  progress(STAGES.write, options.inPlace ? 'Saving' : 'Saving the checked copy');
  const out = await loaded.pkg.save();
  if (options.inPlace) await assertUnchanged(absolute, loaded.bytes);
  await writeOrExplain(options.target, out, options.inPlace, 'the checked copy', io);
  progress(1, 'Done');
  outcome.output = options.inPlace ? file : displayPath(options.target.file, io.cwd);
  return outcome;
}
