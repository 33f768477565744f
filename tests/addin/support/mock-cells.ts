/**
 * What the mock Excel does to a sheet's cells: A1 addresses, Excel's errors, the JSON size of a
 * payload, and what a write of values, formulas, number formats, bold or widths leaves behind.
 */
import { MockCell, MockSheet, toMockCell } from './mock-workbook';

/** Bold written over more cells than this is not stored (whole columns are made bold only in the report). */
const MAX_MATERIALISED_CELLS = 500_000;

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function a1(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnName(column)}${row + 1}`;
  return rows === 1 && columns === 1 ? start : `${start}:${columnName(column + columns - 1)}${row + rows}`;
}

/** `range.clear()`: everything by default, or (`Contents`) the values and formulas, keeping formats. */
export function clearCells(
  sheet: MockSheet,
  { row, column, rows, columns }: Rect,
  applyTo: 'All' | 'Contents' | 'Formats' = 'All',
): void {
  for (const [key, cell] of [...sheet.cells]) {
    const [r, c] = key.split(',').map(Number);
    if (r < row || r >= row + rows || c < column || c >= column + columns) continue;
    if (applyTo === 'Contents') {
      const kept: MockCell = { ...cell, value: '', type: 'Empty' };
      delete kept.formula;
      sheet.set(r, c, kept);
    } else sheet.cells.delete(key);
  }
}

/** A look written over a block of cells (bold, a fill, wrapping): kept cell by cell, for small blocks. */
function styleCells(sheet: MockSheet, { row, column, rows, columns }: Rect, look: Partial<MockCell>): void {
  if (rows * columns > MAX_MATERIALISED_CELLS) return;
  for (let r = row; r < row + rows; r++) {
    for (let c = column; c < column + columns; c++)
      sheet.set(r, c, { ...(sheet.get(r, c) ?? toMockCell(null)), ...look });
  }
}

/** Applies one property assigned on a range proxy (`values`, `format.columnWidth`, …) to the sheet. */
export function writeRange(sheet: MockSheet, { row, column, rows, columns }: Rect, path: string, value: unknown): void {
  if (path === 'format.columnWidth' || path === 'format.useStandardWidth') {
    for (let c = column; c < column + columns; c++) {
      if (path === 'format.columnWidth') sheet.widths.set(c, Number(value));
      else if (value === true) sheet.widths.delete(c);
    }
    return;
  }
  const rect = { row, column, rows, columns };
  if (path === 'format.font.bold') return styleCells(sheet, rect, { bold: value === true });
  if (path === 'format.font.color') return styleCells(sheet, rect, { colour: String(value) });
  if (path === 'format.fill.color') return styleCells(sheet, rect, { fill: String(value) });
  if (path === 'format.wrapText') return styleCells(sheet, rect, { wrap: value === true });
  if (path === 'format.verticalAlignment') return;
  if (path === 'hyperlink') {
    const link = value as Excel.RangeHyperlink;
    return styleCells(sheet, rect, { hyperlink: link.documentReference });
  }
  if (!Array.isArray(value)) throw excelError('InvalidArgument', `${path} must be a 2-D array`);
  if (value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== columns)) {
    throw excelError('InvalidArgument', `${path} does not match the size of ${a1(row, column, rows, columns)}`);
  }
  (value as unknown[][]).forEach((line, r) =>
    line.forEach((input, c) => {
      const current = sheet.get(row + r, column + c) ?? toMockCell(null);
      sheet.set(row + r, column + c, writeCell(current, path, input));
    }),
  );
}

/** What Excel stores when a value, formula or number format is written into a cell. */
function writeCell(current: MockCell, path: string, input: unknown): MockCell {
  if (path === 'numberFormat') return { ...current, format: String(input) };
  if (path === 'formulas' && typeof input === 'string' && input.startsWith('=')) {
    const shown = /^=HYPERLINK\(".*","(.*)"\)$/.exec(input);
    return { ...current, formula: input, value: shown ? shown[1] : '', type: 'String' };
  }
  const rest: MockCell = { ...current };
  delete rest.formula;
  if (typeof input === 'string') {
    // A leading apostrophe is Excel's text prefix: it is not part of the stored value.
    const text = input.startsWith("'") ? input.slice(1) : input;
    return { ...rest, value: text, type: text === '' ? 'Empty' : 'String' };
  }
  if (typeof input === 'number') return { ...rest, value: input, type: 'Double' };
  if (typeof input === 'boolean') return { ...rest, value: input, type: 'Boolean' };
  return { ...rest, value: '', type: 'Empty' };
}
