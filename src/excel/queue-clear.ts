/**
 * Queues the removal of Concordat's earlier output, as its record names it, without syncing: the
 * caller sends it in the same request as whatever it writes next, so Excel never shows a
 * half-cleared workbook.
 */
import { LOG_HEADERS } from '../core/output/sheets';
import { columnKey, Discovery } from './discover';
import type { ExistingOutput } from './existing-output';

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

/** Actions queueClear queues for the flags columns: what a write piece counts for it. */
export function clearActions(existing: ExistingOutput): number {
  return existing.flagColumns.reduce((n, c) => n + c.clear.empty.length + c.clear.restyle.length + 1, 0);
}

export function queueClear(existing: ExistingOutput, discovery: Discovery, options: ClearOptions): void {
  for (const format of discovery.highlightFormats) format.delete();
  for (const location of existing.flagColumns) {
    const sheet = discovery.worksheets.get(location.sheet);
    if (!sheet) continue;
    const { clear } = location;
    const column = clear.column - 1;
    // Only the cells the record says Concordat wrote: those that had no style of their own go whole;
    // under a style of the user's (recorded by the command line) only the flag goes.
    for (const [first, last] of clear.empty)
      sheet.getRangeByIndexes(first - 1, column, last - first + 1, 1).clear('All');
    for (const { row } of clear.restyle) sheet.getRangeByIndexes(row - 1, column, 1, 1).clear('Contents');
    // The width goes back only while the column is still at Concordat's: a width the user set since is theirs.
    if (discovery.widths.owned.has(columnKey(location))) {
      const format = sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format;
      if (clear.width === null) format.useStandardWidth = true;
      else format.columnWidth = clear.width;
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
