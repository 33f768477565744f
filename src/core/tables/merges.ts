/**
 * Merged cells as a reader sees them. A host gives a merged area's value to its top-left cell
 * only, but a person reads an owner, a deadline or a recommendation merged down over several
 * rows as belonging to each of those rows. So, before tables are read, such a value is carried
 * down its column into every row of the area that has content of its own.
 *
 * Plain numbers are not carried: a target merged over two actions is one target, and copying
 * it would count it twice in every total. Areas one row high (a heading across the table, a
 * group label over partner columns) are left as they are: the header reader spreads group labels.
 */
import { isDateFormat } from '../parse/date-formats';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { columnNumber } from '../snapshot';
import { cellAt } from './types';

interface Area {
  top: number;
  left: number;
  bottom: number;
}

const RANGE = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/;

/**
 * The most rows a label merged down may span and still be each row's own ("Total" over its
 * revenue, capital and overall lines); merged over more, beside words of each row's own, it names
 * the group those rows make up ("Total Unitary Authorities" down beside each authority).
 */
const MAX_LINE_MERGE = 3;

/** Whether the cell is such a group's name: merged down over more than three rows, words after it in the row. */
export function namesAGroup(sheet: SheetSnapshot, row: number, col: number, lastCol: number): boolean {
  if (typeof cellAt(sheet, row, col) !== 'string' || tallMergeRows(sheet, row, col) <= MAX_LINE_MERGE) return false;
  for (let c = col + 1; c <= lastCol; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v === 'string' && /\p{L}/u.test(v)) return true;
  }
  return false;
}

/** A merged area more than one row high, from its A1 range; null for anything else. */
function tallArea(range: string): Area | null {
  const m = RANGE.exec(range.trim().toUpperCase());
  if (!m || m[3] === undefined) return null;
  const rows = [Number(m[2]), Number(m[4])];
  const cols = [columnNumber(m[1]), columnNumber(m[3])];
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  return bottom > top ? { top, left: Math.min(...cols), bottom } : null;
}

/** Merged areas one row high on `row` and two columns wide or more ("Year to date" over three columns), as [left, right]. */
export function groupAreasOn(sheet: SheetSnapshot, row: number): [number, number][] {
  const out: [number, number][] = [];
  for (const range of sheet.merges ?? []) {
    const m = RANGE.exec(range.trim().toUpperCase());
    if (!m || m[3] === undefined || Number(m[2]) !== row || Number(m[4]) !== row) continue;
    const [a, b] = [columnNumber(m[1]), columnNumber(m[3])];
    if (Math.abs(a - b) >= 1) out.push([Math.min(a, b), Math.max(a, b)]);
  }
  return out;
}

/** Each column's merged areas more than one row high, as [top, bottom], by sheet. */
const tallByColumn = new WeakMap<SheetSnapshot, Map<number, [number, number][]>>();

/**
 * Whether the cell lies in a merged area more than one row high: a figure shared by the rows it
 * spans ("Hackney" and "Islington" given one total between them), no one row's own.
 */
export function inTallMerge(sheet: SheetSnapshot, row: number, col: number): boolean {
  return tallMergeRows(sheet, row, col) > 0;
}

/** How many rows the merged area holding the cell spans, where it spans more than one; else 0. */
export function tallMergeRows(sheet: SheetSnapshot, row: number, col: number): number {
  let byColumn = tallByColumn.get(sheet);
  if (!byColumn) {
    byColumn = new Map();
    for (const range of sheet.merges ?? []) {
      const m = RANGE.exec(range.trim().toUpperCase());
      if (!m || m[3] === undefined) continue;
      const [top, bottom] = [Math.min(Number(m[2]), Number(m[4])), Math.max(Number(m[2]), Number(m[4]))];
      const [left, right] = [
        Math.min(columnNumber(m[1]), columnNumber(m[3])),
        Math.max(columnNumber(m[1]), columnNumber(m[3])),
      ];
      // (Only the columns a table could have: a hostile area a million columns wide is cut short.)
      if (bottom > top)
        for (let c = left; c <= Math.min(right, left + MAX_MERGE_COLUMNS); c++)
          byColumn.set(c, [...(byColumn.get(c) ?? []), [top, bottom]]);
    }
    tallByColumn.set(sheet, byColumn);
  }
  const area = (byColumn.get(col) ?? []).find(([top, bottom]) => row >= top && row <= bottom);
  return area ? area[1] - area[0] + 1 : 0;
}

/** The widest merged area whose columns are each looked up. */
const MAX_MERGE_COLUMNS = 256;

/** Cells given their value by a merge above them, by filled sheet: "row:column" → the area's top row. */
const carried = new WeakMap<SheetSnapshot, Map<string, number>>();

/** The top row of the merged area whose value `row`, `col` shows, when it was carried down to it. */
export function carriedFrom(sheet: SheetSnapshot, row: number, col: number): number | undefined {
  return carried.get(sheet)?.get(`${row}:${col}`);
}

function worthCarrying(value: CellValue, format: string | null | undefined): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return typeof value === 'number' && format !== null && format !== undefined && isDateFormat(format);
}

function hasOwnContent(row: readonly CellValue[] | undefined): boolean {
  return row?.some((v) => v !== null && v !== '') ?? false;
}

/**
 * The sheet with merged values carried down (a new snapshot; the host's is not changed), or the
 * sheet itself when it has no merge taller than a row. Each cell is visited at most once per
 * column however the areas overlap, so a hostile list of merges costs no more than the grid.
 */
export function withMergesCarried(sheet: SheetSnapshot): SheetSnapshot {
  const areas = (sheet.merges ?? []).map(tallArea).filter((a): a is Area => a !== null);
  if (areas.length === 0) return sheet;
  areas.sort((a, b) => a.left - b.left || a.top - b.top);
  const values = sheet.values.map((row) => row.slice());
  const formats = sheet.numberFormats?.map((row) => row.slice());
  const from = new Map<string, number>();
  const lastRow = sheet.originRow + sheet.values.length - 1;
  let column = -1;
  let doneTo = 0; // rows of `column` already carried into
  for (const area of areas) {
    if (area.left !== column) [column, doneTo] = [area.left, 0];
    const c = area.left - sheet.originCol;
    const r0 = area.top - sheet.originRow;
    const value = sheet.values[r0]?.[c];
    const format = sheet.numberFormats?.[r0]?.[c];
    const start = Math.max(area.top + 1, doneTo + 1);
    const end = Math.min(area.bottom, lastRow);
    if (c < 0 || r0 < 0 || value === undefined || !worthCarrying(value, format)) continue;
    for (let row = start; row <= end; row++) {
      const r = row - sheet.originRow;
      // A row that is blank but for the merge is still blank: a spacer, not another item.
      if (!hasOwnContent(sheet.values[r]) || (values[r][c] ?? null) !== null) continue;
      while (values[r].length < c) values[r].push(null);
      values[r][c] = value;
      if (formats?.[r]) formats[r][c] = format ?? null;
      from.set(`${row}:${area.left}`, area.top);
    }
    doneTo = Math.max(doneTo, end);
  }
  if (from.size === 0) return sheet;
  const filled: SheetSnapshot = { ...sheet, values };
  if (formats) filled.numberFormats = formats;
  carried.set(filled, from);
  return filled;
}
