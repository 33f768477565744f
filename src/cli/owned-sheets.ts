/**
 * The sheets Concordat adds to a checked workbook: the report (one row a finding) and the run log
 * (and the record, undo-state.ts), each under a name the caller picked so as not to be the user's.
 */
import type * as ExcelJS from 'exceljs';
import type { LogRow, ReportRow } from '../core/flagplan';
import { LOG_HEADERS, REPORT_CELL_COLUMN, REPORT_HEADERS, logRowCells, reportRowCells } from '../core/flagplan';
import { replaceCellStyle, sharedStyle } from './cell-style';
import { deferReportRows } from './deferred-output';
import { InputError } from './input-error';

const REPORT_WIDTHS = [10, 22, 22, 8, 22, 28, 60, 60];
const LOG_WIDTHS = [24, 12, 36, 68, 8, 10, 8, 14];
const REPORT_ALIGNMENT: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: true };
/** A report row, its cells, and its Cell column (a link), each sharing one style object. */
const REPORT_ROW_STYLE = sharedStyle({ alignment: REPORT_ALIGNMENT });
const REPORT_LINK_STYLE = sharedStyle({
  alignment: REPORT_ALIGNMENT,
  font: { color: { argb: 'FF0563C1' }, underline: true },
});
const LINK_COLUMN = 4;

/** exceljs's own refusal (a clash, a bad name) as one line naming the sheet, never a raw error. */
export function addOwnedSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  options: Partial<ExcelJS.AddWorksheetOptions>,
): ExcelJS.Worksheet {
  try {
    return workbook.addWorksheet(name, options);
  } catch (err) {
    throw new InputError(
      `Concordat could not add its sheet '${name}' (${err instanceof Error ? err.message : String(err)}); nothing was written`,
    );
  }
}

/** A sheet name as a formula or link reference writes it: always quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Link target of a cell in this workbook (Excel's "Place in This Document" form). */
export function cellLink(sheet: string, address: string): string {
  return `#${quoteSheetName(sheet)}!${address}`;
}

function addHeaderRow(ws: ExcelJS.Worksheet, headers: readonly string[], widths: number[]): void {
  const row = ws.addRow([...headers]);
  row.font = { bold: true };
  widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
}

function addReportRow(ws: ExcelJS.Worksheet, r: ReportRow): void {
  const cells: ExcelJS.CellValue[] = reportRowCells(r);
  cells[REPORT_CELL_COLUMN] = { text: r.address, hyperlink: cellLink(r.sheet, r.address) };
  const row = ws.addRow(cells);
  replaceCellStyle(row, REPORT_ROW_STYLE);
  for (let col = 1; col <= REPORT_HEADERS.length; col++) {
    const cell = row.findCell(col);
    if (cell) replaceCellStyle(cell, col === LINK_COLUMN ? REPORT_LINK_STYLE : REPORT_ROW_STYLE);
  }
}

/**
 * Workbook text goes in as it is, in string cells: Excel and LibreOffice never evaluate a string
 * cell, however it begins ("=cmd|…", "-5"). No apostrophe is put before it: in a file, Excel's
 * quote prefix is a style flag, so an apostrophe written into the text would show as part of it.
 *
 * exceljs is given only the first finding; workbookToBuffer writes every finding in that row's
 * form into the saved sheet part (see deferred-output.ts).
 */
export function writeReportSheet(workbook: ExcelJS.Workbook, name: string, rows: readonly ReportRow[]): void {
  const ws = addOwnedSheet(workbook, name, { views: [{ state: 'frozen', ySplit: 1 }] });
  addHeaderRow(ws, REPORT_HEADERS, REPORT_WIDTHS);
  if (rows.length > 0) addReportRow(ws, rows[0]);
  deferReportRows(workbook, ws, rows);
  if (rows.length > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: REPORT_HEADERS.length } };
}

/** The report's link column (1-based) and a row's link target without its '#', for the saved part. */
export const REPORT_LINK_COLUMN = LINK_COLUMN;
export function reportLinkLocation(r: ReportRow): string {
  return cellLink(r.sheet, r.address).slice(1);
}

export function writeLogSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  earlierRows: readonly ExcelJS.CellValue[][],
  log: LogRow,
): void {
  const ws = addOwnedSheet(workbook, name, { views: [{ state: 'frozen', ySplit: 1 }] });
  addHeaderRow(ws, LOG_HEADERS, LOG_WIDTHS);
  for (const values of earlierRows) ws.addRow(values);
  ws.addRow(logRowCells(log));
}
