/**
 * A1 addresses as the fake Excel takes and gives them: 0-based rectangles in, "C3:E9" out, and the
 * sheet-qualified form Excel reports for a range ("'Action plan'!C3:E9").
 */
import { officeError } from './office-errors';

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** A block of cells by 0-based position and size. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
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

/** 0-based position (and size) → "C3" or "C3:E9". */
export function a1(row: number, column: number, rows = 1, columns = 1): string {
  const start = `${columnName(column)}${row + 1}`;
  return rows === 1 && columns === 1 ? start : `${start}:${columnName(column + columns - 1)}${row + rows}`;
}

/** A sheet name as Excel writes it in an address: quoted (quotes doubled) unless it is a plain word. */
export function qualified(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

/** 'E7', 'A1:C3', 'E:F' or '3:5' (with or without $) → 0-based rectangle; anything else is InvalidArgument. */
export function parseAddress(address: string): Rect {
  const [start, end = start, extra] = address.replace(/\$/g, '').split(':');
  const whole = address.includes(':') && extra === undefined;
  if (whole && /^[A-Z]{1,3}$/i.test(start.trim()) && /^[A-Z]{1,3}$/i.test(end.trim())) {
    const columns = parseAddress(`${start.trim()}1:${end.trim()}1`);
    return { ...columns, row: 0, rows: SHEET_ROWS };
  }
  if (whole && /^\d{1,7}$/.test(start.trim()) && /^\d{1,7}$/.test(end.trim())) {
    const rows = parseAddress(`A${start.trim()}:A${end.trim()}`);
    return { ...rows, column: 0, columns: SHEET_COLUMNS };
  }
  const point = (text: string): [number, number] => {
    const match = /^([A-Z]{1,3})(\d{1,7})$/i.exec(text.trim());
    const column = match ? [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    const row = match ? Number(match[2]) : 0;
    if (!match || extra !== undefined || row < 1 || row > SHEET_ROWS || column > SHEET_COLUMNS)
      throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address}`);
    return [row - 1, column - 1];
  };
  const [r1, c1] = point(start);
  const [r2, c2] = point(end);
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

/** "A1, C3:C5" → its rectangles. */
export function parseAreas(addresses: string): Rect[] {
  return addresses.split(',').map(parseAddress);
}

export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}
