/**
 * Turns an exceljs Workbook into the core's WorkbookSnapshot: each sheet's used area as a grid
 * of values the way Excel would hand them to an add-in (dates as serials, formulas as results).
 */
import type * as ExcelJS from 'exceljs';
import type { CellValue, OwnedOutput, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { a1 } from '../core/snapshot';
import { InputError } from './input-error';
import { MAX_CELLS } from './limits';
import { ownedOutput } from './clear';
import { isRecordSheet } from './undo-state';

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system; the 1904 system starts 1462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/** Inverse of exceljs's own serial → Date conversion, so values survive the round trip exactly. */
export function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

function richTextToString(runs: readonly { text: string }[]): string {
  return runs.map((run) => run.text).join('');
}

/** A hyperlink's text is typed as a string, but exceljs gives rich text when the link was formatted. */
function hyperlinkText(text: unknown, target: string): string {
  if (typeof text === 'string') return text;
  const runs = (text as { richText?: unknown } | null)?.richText;
  return Array.isArray(runs) ? richTextToString(runs as { text: string }[]) : target;
}

/** One exceljs value as the snapshot holds it. */
export function snapshotValue(value: ExcelJS.CellValue | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richTextToString(value.richText);
  if ('hyperlink' in value) return hyperlinkText(value.text, value.hyperlink);
  // A formula Excel never calculated (no cached result) reads as blank, as in a fresh add-in read.
  if ('formula' in value || 'sharedFormula' in value) return snapshotValue(value.result, date1904);
  return null;
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The bounds of the sheet's cells that hold something (exceljs's own dimensions: one pass, no callbacks). */
function usedBounds(ws: ExcelJS.Worksheet): Bounds | null {
  const { top, left, bottom, right } = (ws.dimensions as unknown as { model: Bounds }).model;
  return top > 0 && left > 0 ? { top, left, bottom, right } : null;
}

function sheetSnapshot(ws: ExcelJS.Worksheet, bounds: Bounds, date1904: boolean): SheetSnapshot {
  const width = bounds.right - bounds.left + 1;
  const height = bounds.bottom - bounds.top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const formats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  let anyFormat = false;
  const hiddenRows: number[] = [];
  const merges = new Map<string, { row: number; col: number }>();
  ws.eachRow((row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell((cell, colNumber) => {
      const r = rowNumber - bounds.top;
      const c = colNumber - bounds.left;
      // exceljs repeats a merged range's value in every cell; Excel gives it only to the top-left one.
      if (cell.isMerged && cell.master.address !== cell.address) {
        const far = merges.get(cell.master.address) ?? { row: rowNumber, col: colNumber };
        merges.set(cell.master.address, { row: Math.max(far.row, rowNumber), col: Math.max(far.col, colNumber) });
        return;
      }
      values[r][c] = snapshotValue(cell.value, date1904);
      const numFmt = cell.numFmt;
      if (typeof numFmt === 'string' && numFmt !== '' && numFmt !== 'General') {
        formats[r][c] = numFmt;
        anyFormat = true;
      }
    });
  });
  const sheet: SheetSnapshot = { name: ws.name, originRow: bounds.top, originCol: bounds.left, values };
  if (anyFormat) sheet.numberFormats = formats;
  if (hiddenRows.length > 0) sheet.hiddenRows = hiddenRows;
  if (merges.size > 0) sheet.merges = [...merges].map(([master, far]) => `${master}:${a1(far.row, far.col)}`);
  return sheet;
}

/**
 * `owned` is what of the workbook is Concordat's output; by default what its record says (a
 * workbook already cleared of its output says so itself).
 */
export function snapshotFromWorkbook(
  workbook: ExcelJS.Workbook,
  maxCells: number = MAX_CELLS,
  owned: OwnedOutput = ownedOutput(workbook),
): WorkbookSnapshot {
  const date1904 = workbook.properties?.date1904 === true;
  const sheets: SheetSnapshot[] = [];
  let cells = 0;
  for (const ws of workbook.worksheets) {
    if (isRecordSheet(ws)) continue;
    const bounds = usedBounds(ws);
    if (!bounds) {
      sheets.push({ name: ws.name, originRow: 1, originCol: 1, values: [] });
      continue;
    }
    const area = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
    cells += area;
    if (cells > maxCells) {
      const range = `${a1(bounds.top, bounds.left)}:${a1(bounds.bottom, bounds.right)}`;
      throw new InputError(
        `sheet '${ws.name}' uses ${range} (${area.toLocaleString('en-GB')} cells), which takes the workbook over the ${maxCells.toLocaleString('en-GB')}-cell limit; delete stray content far from the table`,
      );
    }
    sheets.push(sheetSnapshot(ws, bounds, date1904));
  }
  return { sheets, date1904, owned };
}
