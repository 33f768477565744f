/**
 * Queues the removal of Concordat's earlier output, without syncing: the caller sends it in the
 * same request as whatever it writes next, so Excel never shows a half-cleared workbook.
 */
import { LOG_HEADERS } from '../core/flagplan';
import { RECORD_SHEET as STATE_SHEET } from '../core/owned-record';
import { LOG_SHEET, REPORT_SHEET } from '../core/snapshot';
import { columnKey, Discovery } from './discover';
import type { ExistingOutput } from './existingOutput';

export interface ClearOptions {
  /** Keep the log sheet (the audit trail). `false` removes every trace of Concordat. */
  keepLog: boolean;
  /** Empty the report sheet for rewriting instead of deleting it. */
  reuseReportSheet?: boolean;
  /** With the log kept: remove this 1-based log row (the row of a run that failed part-way). */
  dropLogRow?: number;
  /** Delete the command line's undo-state sheet, which no longer matches the workbook once cleared. */
  dropState?: boolean;
}

export function queueClear(existing: ExistingOutput, discovery: Discovery, options: ClearOptions): void {
  for (const format of discovery.highlightFormats) format.delete();
  for (const location of existing.flagColumns) {
    const sheet = discovery.worksheets.get(location.sheet);
    if (!sheet) continue;
    const rows = location.lastRow - location.headerRow + 1;
    sheet.getRangeByIndexes(location.headerRow - 1, location.column - 1, rows, 1).clear('All');
    if (discovery.widths.owned.has(columnKey(location))) {
      sheet.getRangeByIndexes(0, location.column - 1, 1, 1).getEntireColumn().format.useStandardWidth = true;
    }
  }
  const report = discovery.worksheets.get(REPORT_SHEET);
  if (report && existing.hasReportSheet) {
    if (options.reuseReportSheet) report.getRange().clear('All');
    else report.delete();
  }
  const log = discovery.worksheets.get(LOG_SHEET);
  if (log && existing.hasLogSheet && !options.keepLog) log.delete();
  else if (log && options.dropLogRow !== undefined) {
    log.getRangeByIndexes(options.dropLogRow - 1, 0, 1, LOG_HEADERS.length).clear('All');
  }
  const state = discovery.worksheets.get(STATE_SHEET);
  if (state && options.dropState) {
    // Excel refuses to delete a very hidden sheet (the command line keeps its state very hidden).
    state.visibility = 'Hidden';
    state.delete();
  }
}
