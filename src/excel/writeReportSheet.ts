/**
 * The task pane's "Write report sheet": (re)writes only the `Concordat report` sheet from the last
 * check and shows it. Two requests: find the sheet and its protection, then write and activate
 * (a report over Excel's request limit takes as many more as it needs, see writePlan.ts).
 */
import type { ReportRow } from '../core/flagplan';
import { REPORT_SHEET } from '../core/snapshot';
import { ExcelWriteError, toExcelWriteError } from './errors';
import { reportPieces } from './queueWrites';
import { sendPieces } from './sendPieces';
import { fixedPiece } from './writePlan';

const ACTION = 'write the report sheet';

export async function writeReportSheet(
  context: Excel.RequestContext,
  rows: readonly ReportRow[],
  options: { maxRequestBytes?: number } = {},
): Promise<void> {
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
    const sheet = existing.isNullObject ? context.workbook.worksheets.add(REPORT_SHEET) : existing;
    const pieces = [
      fixedPiece(1, 0, () => {
        if (!existing.isNullObject) existing.getRange().clear('All');
      }),
      ...reportPieces(sheet, rows),
      fixedPiece(1, 0, () => sheet.activate()),
    ];
    await sendPieces(context, pieces, { suspendCalculation: false, maxRequestBytes: options.maxRequestBytes });
  } catch (error) {
    throw toExcelWriteError(error, ACTION, REPORT_SHEET);
  }
}
