/**
 * Writes a FlagPlan into the open workbook. Two requests when the caller passes the snapshot it
 * just checked: one read (Concordat's old highlight rules, protection, column widths) and one write
 * that removes the old output and adds the new in the same batch.
 */
import type { FlagPlan } from '../core/flagplan';
import { LOG_SHEET, REPORT_SHEET, WorkbookSnapshot } from '../core/snapshot';
import { detectCapabilities, ExcelCapabilities } from './capabilities';
import { clearConcordat } from './clearConcordat';
import { discover, Discovery } from './discover';
import { toExcelWriteError } from './errors';
import { ExistingOutput, findExistingOutput } from './existingOutput';
import { queueClear } from './queueClear';
import { queueFlags, queueHighlights, queueLog, queueReport, reportSheet } from './queueWrites';
import { readSnapshot } from './readSnapshot';
import { assertSheetsWritable, assertStructureEditable } from './writeGuards';

export interface ApplyOptions {
  /** The snapshot the plan was made from; read again when absent (three more requests). */
  snapshot?: WorkbookSnapshot;
  /** Write the `Concordat report` sheet too (the ribbon command does; the pane does it on request). */
  writeReport?: boolean;
  /** Show the report sheet once written (the ribbon command's way of presenting its result). */
  activateReport?: boolean;
  capabilities?: ExcelCapabilities;
}

const ACTION = 'write its flags into the workbook';

export async function applyFlagPlan(
  context: Excel.RequestContext,
  plan: FlagPlan,
  options: ApplyOptions = {},
): Promise<void> {
  const capabilities = options.capabilities ?? detectCapabilities();
  const writeReport = options.writeReport ?? true;
  const snapshot = options.snapshot ?? (await readSnapshot(context));
  const existing = findExistingOutput(snapshot);
  const discovery = await discover(context, existing, plan.sheets).catch((error: unknown) => {
    throw toExcelWriteError(error, ACTION);
  });
  assertWritable(plan, existing, discovery, writeReport);

  if (capabilities.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
  queueClear(existing, discovery, { keepLog: true, reuseReportSheet: writeReport });
  for (const flags of plan.sheets) {
    const sheet = discovery.worksheets.get(flags.sheet) ?? context.workbook.worksheets.getItem(flags.sheet);
    queueFlags(sheet, flags, discovery);
    queueHighlights(sheet, flags, capabilities);
  }
  if (writeReport) {
    const sheet = reportSheet(context, discovery, existing.hasReportSheet);
    queueReport(sheet, plan.report);
    if (options.activateReport) sheet.activate();
  }
  queueLog(context, discovery, plan.log, { exists: existing.hasLogSheet, nextRow: existing.logNextRow });
  try {
    await context.sync();
  } catch (error) {
    await removePartialOutput(context, existing);
    throw toExcelWriteError(error, ACTION);
  }
}

/** Every sheet the write touches must be unprotected, and the workbook too if sheets come or go. */
function assertWritable(plan: FlagPlan, existing: ExistingOutput, discovery: Discovery, writeReport: boolean): void {
  const touched = new Set([...plan.sheets.map((s) => s.sheet), ...existing.flagColumns.map((c) => c.sheet)]);
  if (existing.hasLogSheet) touched.add(LOG_SHEET);
  if (existing.hasReportSheet && writeReport) touched.add(REPORT_SHEET);
  assertSheetsWritable(discovery, touched, ACTION);
  const addsOrRemovesSheets = !existing.hasLogSheet || writeReport !== existing.hasReportSheet;
  assertStructureEditable(discovery, addsOrRemovesSheets, ACTION);
}

/**
 * Excel keeps whatever part of a failed request it had applied: take Concordat's output out again,
 * including this run's log row (or the log sheet, if this run created it).
 */
async function removePartialOutput(context: Excel.RequestContext, before: ExistingOutput): Promise<void> {
  try {
    await clearConcordat(context, {
      keepLog: before.hasLogSheet,
      dropLogRow: before.hasLogSheet ? before.logNextRow : undefined,
    });
  } catch {
    // The original error is the one worth reporting; a second failure here adds nothing for the user.
  }
}
