/**
 * Removes Concordat's output: flags columns, highlight rules, the report sheet and (unless kept)
 * the log sheet. With `keepLog: false` the workbook is as it was before the first check.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import { LOG_SHEET, REPORT_SHEET } from '../core/snapshot';
import { discover } from './discover';
import { toExcelWriteError } from './errors';
import { findExistingOutput } from './existingOutput';
import { queueClear } from './queueClear';
import { readSnapshot } from './readSnapshot';
import { assertSheetsWritable, assertStructureEditable } from './writeGuards';

export interface ClearConcordatOptions {
  /** The task pane's Clear flags keeps the log as an audit trail. */
  keepLog: boolean;
  /** A snapshot taken in this same Excel.run, to save reading the workbook again. */
  snapshot?: WorkbookSnapshot;
  /** With the log kept: also remove this 1-based log row (used to undo a run that failed part-way). */
  dropLogRow?: number;
}

const ACTION = 'clear its flags';

export async function clearConcordat(context: Excel.RequestContext, options: ClearConcordatOptions): Promise<void> {
  const snapshot = options.snapshot ?? (await readSnapshot(context));
  const existing = findExistingOutput(snapshot);
  try {
    const discovery = await discover(context, existing, []);
    const touched = new Set(existing.flagColumns.map((column) => column.sheet));
    if (existing.hasReportSheet) touched.add(REPORT_SHEET);
    if (existing.hasLogSheet && !options.keepLog) touched.add(LOG_SHEET);
    assertSheetsWritable(discovery, touched, ACTION);
    const removesSheets = existing.hasReportSheet || (existing.hasLogSheet && !options.keepLog);
    assertStructureEditable(discovery, removesSheets, ACTION);
    queueClear(existing, discovery, { keepLog: options.keepLog, dropLogRow: options.dropLogRow });
    await context.sync();
  } catch (error) {
    throw toExcelWriteError(error, ACTION);
  }
}
