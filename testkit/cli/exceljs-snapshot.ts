/**
 * The snapshot as exceljs's object model gives it, the way the command line read workbooks before
 * it had its own reader: the reference src/cli/read is held to. One difference is deliberate:
 * exceljs drops a formula's cached result of 0 or FALSE from the cell's value; Excel hands the
 * add-in 0 and FALSE, and so does the streaming reader, so the reference takes the result the
 * cell's model holds.
 */
import * as ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { a1 } from '../../src/core/snapshot';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

const joined = (runs: readonly { text?: string }[]) => runs.map((run) => run.text ?? '').join('');

function plain(value: ExcelJS.CellValue | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return joined(value.richText);
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    const runs = (text as { richText?: unknown } | null)?.richText;
    return Array.isArray(runs) ? joined(runs as { text?: string }[]) : value.hyperlink;
  }
  return null;
}

function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = (cell.model as { result?: ExcelJS.CellValue }).result;
    return plain(result, date1904);
  }
  return plain(cell.value, date1904);
}

function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const { top, left, bottom, right } = (ws.dimensions as unknown as { model: Record<string, number> }).model;
  if (!(top > 0 && left > 0)) return { name: ws.name, originRow: 1, originCol: 1, values: [] };
  const width = right - left + 1;
  const height = bottom - top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  let anyFormat = false;
  const hiddenRows: number[] = [];
  const merges = new Map<string, { row: number; col: number }>();
  ws.eachRow((row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell((cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) {
        const far = merges.get(cell.master.address) ?? { row: rowNumber, col: colNumber };
        merges.set(cell.master.address, { row: Math.max(far.row, rowNumber), col: Math.max(far.col, colNumber) });
        return;
      }
      values[rowNumber - top][colNumber - left] = cellValue(cell, date1904);
      const numFmt = cell.numFmt;
      if (typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General') {
        formats[rowNumber - top][colNumber - left] = numFmt;
        anyFormat = true;
      }
    });
  });
  const sheet: SheetSnapshot = { name: ws.name, originRow: top, originCol: left, values };
  if (anyFormat) sheet.numberFormats = formats;
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  if (merges.size > 0) sheet.merges = [...merges].map(([master, far]) => `${master}:${a1(far.row, far.col)}`);
  return sheet;
}

/** Every worksheet's snapshot, as exceljs reads the file (Concordat's record sheets included). */
export async function exceljsSnapshot(bytes: Buffer): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const date1904 = workbook.properties?.date1904 === true;
  return {
    sheets: workbook.worksheets.map((ws) => sheetSnapshot(ws, date1904)),
    date1904,
    owned: { sheets: [], flagColumns: [] },
  };
}
