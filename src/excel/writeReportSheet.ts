/**
 * The task pane's "Write report sheet": (re)writes only the `Concordat report` sheet from the last
 * check and shows it. Two requests: find the sheet and its protection, then write and activate.
 */
import type { ReportRow } from '../core/flagplan';
import { REPORT_SHEET } from '../core/snapshot';
import { ExcelWriteError, toExcelWriteError } from './errors';
import { queueReport } from './queueWrites';

const ACTION = 'write the report sheet';

export async function writeReportSheet(context: Excel.RequestContext, rows: readonly ReportRow[]): Promise<void> {
  try {
    const existing = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
    // A navigation property (a proxy to load), not a value read before the sync.
    // eslint-disable-next-line office-addins/call-sync-before-read
    const protection = existing.protection;
    protection.load('protected');
    const workbookProtection = context.workbook.protection;
    workbookProtection.load('protected');
    await context.sync();

    if (!existing.isNullObject && protection.protected) {
      throw new ExcelWriteError(
        `Concordat cannot ${ACTION} because the sheet '${REPORT_SHEET}' is protected. Unprotect it or delete it, then try again.`,
        'AccessDenied',
        REPORT_SHEET,
      );
    }
    if (existing.isNullObject && workbookProtection.protected) {
      throw new ExcelWriteError(
        `Concordat cannot ${ACTION} because the workbook's structure is protected. Unprotect the workbook (Review › Protect Workbook), then try again.`,
        'AccessDenied',
      );
    }
    let sheet = existing;
    if (existing.isNullObject) sheet = context.workbook.worksheets.add(REPORT_SHEET);
    else existing.getRange().clear('All');
    queueReport(sheet, rows);
    sheet.activate();
    await context.sync();
  } catch (error) {
    throw toExcelWriteError(error, ACTION, REPORT_SHEET);
  }
}
