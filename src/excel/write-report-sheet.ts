/**
 * The task pane's "Write report sheet": (re)writes only Concordat's report sheet from the last
 * check and shows it. Which sheet is Concordat's report is what its record says (record.ts): a
 * user's sheet called "Concordat report" is left alone and the report goes to "Concordat report
 * (2)", added to the record. Three requests: the sheet list, the record and protection, then write
 * and activate (a report over Excel's request limit takes as many more as it needs, see writePlan.ts).
 */
import type { ReportRow } from '../core/flagplan';
import { freeName } from '../core/owned-names';
import { emptyRecord, RECORD_SHEET } from '../core/owned-record';
import { REPORT_SHEET, type SheetSnapshot } from '../core/snapshot';
import { detectCapabilities, type ExcelCapabilities } from './capabilities';
import { ExcelWriteError, toExcelWriteError } from './errors';
import { reportPieces } from './queue-writes';
import { findRecord, recordPieces } from './record';
import { sendPieces } from './send-pieces';
import { fixedPiece, type WritePiece } from './write-plan';

const ACTION = 'write the report sheet';

export async function writeReportSheet(
  context: Excel.RequestContext,
  rows: readonly ReportRow[],
  options: { maxRequestBytes?: number; capabilities?: ExcelCapabilities } = {},
): Promise<void> {
  const capabilities = options.capabilities ?? detectCapabilities();
  let name = REPORT_SHEET;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility');
    const workbookProtection = context.workbook.protection;
    workbookProtection.load('protected');
    await context.sync();

    const hidden = sheets.items.filter((sheet) => sheet.visibility !== 'Visible');
    const used = hidden.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load('rowIndex,columnIndex,values');
      return range;
    });
    const protections = new Map(
      sheets.items.map((sheet) => {
        const protection = sheet.protection;
        protection.load('protected');
        return [sheet.name, protection] as const;
      }),
    );
    await context.sync();

    const found = findRecord(
      hidden.map((sheet, i) => hiddenSheet(sheet.name, used[i])),
      new Set(hidden.map((s) => s.name)),
    );
    const record = found?.parsed.record ?? emptyRecord();
    const names = sheets.items.map((sheet) => sheet.name);
    const recorded = found && !found.parsed.legacy ? record.sheets.find((s) => s.role === 'report') : undefined;
    const existing = recorded && sheets.items.find((sheet) => sheet.name === recorded.name);
    name = existing ? existing.name : freeName(REPORT_SHEET, names);

    if (existing && protections.get(existing.name)?.protected) {
      throw new ExcelWriteError(
        'sheet.protected',
        `Concordat cannot ${ACTION} because the sheet '${name}' is protected.`,
        'AccessDenied',
        name,
      );
    }
    if ((!existing || !found) && workbookProtection.protected) {
      throw new ExcelWriteError(
        'workbook.protected',
        `Concordat cannot ${ACTION} because the workbook's structure is protected.`,
        'AccessDenied',
      );
    }
    const sheet = existing ?? context.workbook.worksheets.add(name);
    const pieces: WritePiece[] = [
      fixedPiece(1, 0, () => {
        if (existing) existing.getRange().clear('All');
      }),
    ];
    if (!existing) {
      // The new report is Concordat's: its record says so, or a clear would leave it as the user's.
      record.sheets = [...record.sheets.filter((s) => s.role !== 'report'), { role: 'report', name }];
      const recordSheet = found ? hidden.find((s) => s.name === found.sheet.name) : undefined;
      const recordName = found?.sheet.name ?? freeName(RECORD_SHEET, [...names, name]);
      const written = recordPieces(
        context,
        { name: recordName, sheet: recordSheet },
        record,
        found?.parsed.history ?? null,
      );
      pieces.push(written.record, ...written.history);
    }
    pieces.push(
      ...reportPieces(sheet, rows, capabilities),
      fixedPiece(1, 0, () => sheet.activate()),
    );
    await sendPieces(context, pieces, { suspendCalculation: false, maxRequestBytes: options.maxRequestBytes });
  } catch (error) {
    throw toExcelWriteError(error, ACTION, name);
  }
}

function hiddenSheet(name: string, range: Excel.Range): SheetSnapshot {
  if (range.isNullObject) return { name, originRow: 1, originCol: 1, values: [] };
  return { name, originRow: range.rowIndex + 1, originCol: range.columnIndex + 1, values: range.values };
}
