/**
 * The core's WorkbookSnapshot from a workbook read by workbook-read.ts: each sheet's used area as
 * a grid of values the way Excel hands them to an add-in (dates as serials, formulas as their
 * cached results, a merged area's value in its top-left cell only).
 */
import type { CellValue, OwnedOutput, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { a1 } from '../../core/snapshot';
import { ownedOutput } from '../clear';
import { InputError } from '../input-error';
import { MAX_CELLS } from '../limits';
import { isRecordSheet } from '../undo-state';
import type { MergedArea } from './sheet-read';
import type { ReadSheet, ReadWorkbook } from './workbook-read';

const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The cells of a merged area other than its top-left one, as a box; undefined for a single cell. */
function coveredBox(m: MergedArea): Bounds | undefined {
  if (m.right > m.left) return { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
  if (m.bottom > m.top) return { top: m.top + 1, left: m.left, bottom: m.bottom, right: m.right };
  return undefined;
}

/**
 * The area of the cells that hold something, with the merged areas in it. An area merged to the
 * sheet's last row or column (a whole column merged) stretches it only as far as the values go.
 */
function usedBounds(sheet: ReadSheet): Bounds | null {
  let b: Bounds | null = null;
  const take = (top: number, left: number, bottom: number, right: number) => {
    if (!b) b = { top, left, bottom, right };
    else {
      b.top = Math.min(b.top, top);
      b.left = Math.min(b.left, left);
      b.bottom = Math.max(b.bottom, bottom);
      b.right = Math.max(b.right, right);
    }
  };
  for (const row of sheet.rows) {
    let min = 0;
    let max = 0;
    row.values.forEach((value, i) => {
      if (value === undefined) return;
      const c = row.columns[i];
      if (!min || c < min) min = c;
      if (c > max) max = c;
    });
    if (min > 0) take(row.number, min, row.number, max);
  }
  const values: Bounds | null = b;
  for (const m of sheet.merges) {
    const box = coveredBox(m);
    if (!box) continue;
    const { top, left } = box;
    const bottom = box.bottom === LAST_ROW ? Math.max(top, (values as Bounds | null)?.bottom ?? top) : box.bottom;
    const right = box.right === LAST_COLUMN ? Math.max(left, (values as Bounds | null)?.right ?? left) : box.right;
    take(top, left, bottom, right);
  }
  return b;
}

/** Merged areas as A1 ranges, in the order a reader going row by row first meets a cell they cover. */
function mergeRanges(merges: readonly MergedArea[]): string[] {
  const covered = merges
    .map((m) => ({ m, first: m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left] }))
    .filter(({ m }) => m.right > m.left || m.bottom > m.top);
  covered.sort((x, y) => x.first[0] - y.first[0] || x.first[1] - y.first[1]);
  return covered.map(({ m }) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
}

function hasCovered(merges: readonly MergedArea[], row: number): boolean {
  return merges.some(
    (m) => coveredBox(m) !== undefined && row >= m.top && row <= m.bottom && (row > m.top || m.right > m.left),
  );
}

function sheetSnapshot(sheet: ReadSheet, bounds: Bounds, formats: readonly (string | undefined)[]): SheetSnapshot {
  const width = bounds.right - bounds.left + 1;
  const height = bounds.bottom - bounds.top + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const grid: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  let anyFormat = false;
  const hidden = new Set<number>();
  for (const row of sheet.rows) {
    const r = row.number - bounds.top;
    let held = false;
    row.values.forEach((value, i) => {
      if (value === undefined) return;
      held = true;
      const c = row.columns[i] - bounds.left;
      values[r][c] = value;
      const format = row.xfs[i] ? formats[row.xfs[i]] : undefined;
      grid[r][c] = format !== undefined && format !== '' && format !== 'General' ? format : null;
      anyFormat ||= grid[r][c] !== null;
    });
    if (row.hidden && (held || hasCovered(sheet.merges, row.number))) hidden.add(row.number);
    else if (!row.hidden) hidden.delete(row.number);
  }
  // Only a merged area's top-left cell holds its value.
  for (const m of sheet.merges) {
    for (let row = Math.max(m.top, bounds.top); row <= Math.min(m.bottom, bounds.bottom); row++) {
      for (let col = Math.max(m.left, bounds.left); col <= Math.min(m.right, bounds.right); col++) {
        if (row === m.top && col === m.left) continue;
        values[row - bounds.top][col - bounds.left] = null;
        grid[row - bounds.top][col - bounds.left] = null;
      }
    }
  }
  const snapshot: SheetSnapshot = { name: sheet.name, originRow: bounds.top, originCol: bounds.left, values };
  if (anyFormat && grid.some((row) => row.some((f) => f !== null))) snapshot.numberFormats = grid;
  if (hidden.size > 0) snapshot.hiddenRows = [...hidden].sort((a, b) => a - b);
  const merges = mergeRanges(sheet.merges);
  if (merges.length > 0) snapshot.merges = merges;
  return snapshot;
}

/**
 * The snapshot of every worksheet but Concordat's record. `owned` is what of the workbook is
 * Concordat's output; by default what its record says (a workbook already cleared of its output
 * says so itself). Refuses a workbook whose used areas together pass the cell limit.
 */
export function snapshotOf(
  read: ReadWorkbook,
  owned: OwnedOutput = ownedOutput(read),
  maxCells: number = MAX_CELLS,
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  let cells = 0;
  for (const sheet of read.sheets) {
    if (isRecordSheet(sheet)) continue;
    const bounds = usedBounds(sheet);
    if (!bounds) {
      sheets.push({ name: sheet.name, originRow: 1, originCol: 1, values: [] });
      continue;
    }
    const area = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
    cells += area;
    if (cells > maxCells) {
      const range = `${a1(bounds.top, bounds.left)}:${a1(bounds.bottom, bounds.right)}`;
      throw new InputError(
        'limit.cells',
        `sheet '${sheet.name}' uses ${range} (${area.toLocaleString('en-GB')} cells), which takes the workbook over the ${maxCells.toLocaleString('en-GB')}-cell limit`,
      );
    }
    sheets.push(sheetSnapshot(sheet, bounds, read.formats));
  }
  return { sheets, date1904: read.date1904, owned };
}
