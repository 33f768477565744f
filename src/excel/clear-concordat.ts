/**
 * Removes Concordat's output, as its record names it: flags columns, highlight rules, the report
 * sheet, the record and (unless kept) the log sheet. With `keepLog: false` the workbook is as it was
 * before the first check. Three requests: the read (two) and the clear.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import { detectCapabilities, ExcelCapabilities } from './capabilities';
import { toExcelWriteError } from './errors';
import { prepareWrite } from './prepare-write';
import { queueClear } from './queue-clear';
import type { WorkbookRead } from './read-workbook';
import { assertSheetsWritable, assertStructureEditable } from './write-guards';

export interface ClearConcordatOptions {
  /** The task pane's Clear flags keeps the log as an audit trail. */
  keepLog: boolean;
  /** A read taken in this same Excel.run, to save reading the workbook again. */
  read?: WorkbookRead;
  /** A snapshot without the write's facts: one request to find them instead of two to read. */
  snapshot?: WorkbookSnapshot;
  /** With the log kept: also remove this 1-based log row (used to undo a run that failed part-way). */
  dropLogRow?: number;
  capabilities?: ExcelCapabilities;
}

const ACTION = 'clear its flags';

export async function clearConcordat(context: Excel.RequestContext, options: ClearConcordatOptions): Promise<void> {
  const capabilities = options.capabilities ?? detectCapabilities();
  const { existing, discovery } = await prepareWrite(context, { ...options, capabilities }, [], ACTION);
  try {
    const touched = new Set(existing.flagColumns.map((column) => column.sheet));
    if (existing.reportSheet) touched.add(existing.reportSheet);
    if (existing.logSheet && !options.keepLog) touched.add(existing.logSheet);
    assertSheetsWritable(discovery, touched, ACTION);
    // The record describes output that is gone once cleared here, so it goes too.
    const removesSheets =
      existing.hasReportSheet || (existing.hasLogSheet && !options.keepLog) || existing.recordSheet !== undefined;
    assertStructureEditable(discovery, removesSheets, ACTION);
    queueClear(existing, discovery, { keepLog: options.keepLog, dropLogRow: options.dropLogRow, dropRecord: true });
    await context.sync();
  } catch (error) {
    throw toExcelWriteError(error, ACTION);
  }
}
