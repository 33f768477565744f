/**
 * Queues the removal of Concordat's earlier output, as its record names it, without syncing: the
 * caller sends it in the same request as whatever it writes next, so Excel never shows a
 * half-cleared workbook.
 */
import { LOG_HEADERS } from '../core/flagplan';
import { columnKey, Discovery } from './discover';
import type { ExistingOutput } from './existingOutput';

export interface ClearOptions {
  /** Keep the log sheet (the audit trail). `false` removes every trace of Concordat. */
  keepLog: boolean;
  /** Empty the report sheet for rewriting instead of deleting it. */
  reuseReportSheet?: boolean;
  /** With the log kept: remove this 1-based log row (the row of a run that failed part-way). */
  dropLogRow?: number;
  /** Delete the record, which no longer describes the workbook once cleared (a check rewrites it instead). */
  dropRecord?: boolean;
}

export function queueClear(existing: ExistingOutput, discovery: Discovery, options: ClearOptions): void {
  for (const format of discovery.highlightFormats) format.delete();
  for (const location of existing.flagColumns) {
    const sheet = discovery.worksheets.get(location.sheet);
    if (!sheet) continue;
    const rows = location.lastRow - location.headerRow + 1;
    // Under cells whose own style the command line recorded, only the flags go: the formats are the user's.
    sheet
      .getRangeByIndexes(location.headerRow - 1, location.column - 1, rows, 1)
      .clear(location.styled ? 'Contents' : 'All');
    if (discovery.widths.owned.has(columnKey(location))) {
      sheet.getRangeByIndexes(0, location.column - 1, 1, 1).getEntireColumn().format.useStandardWidth = true;
    }
  }
  const report = existing.reportSheet && discovery.worksheets.get(existing.reportSheet);
  if (report) {
    if (options.reuseReportSheet) report.getRange().clear('All');
    else report.delete();
  }
  const log = existing.logSheet && discovery.worksheets.get(existing.logSheet);
  if (log && existing.hasLogSheet && !options.keepLog) log.delete();
  else if (log && options.dropLogRow !== undefined) {
    log.getRangeByIndexes(options.dropLogRow - 1, 0, 1, LOG_HEADERS.length).clear('All');
  }
  const record = existing.recordSheet && discovery.worksheets.get(existing.recordSheet);
  if (record && options.dropRecord) {
    // Excel refuses to delete a very hidden sheet.
    record.visibility = 'Hidden';
    record.delete();
  }
}
