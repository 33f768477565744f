/**
 * The one way both hosts take Concordat's flags out: from its record of what it wrote
 * (owned-record.ts), cell by cell, never by clearing a range. Cells the record lists as written
 * with no style of their own are emptied; cells it lists with a style get that style back; nothing
 * else in the column is touched, whatever the user has put there since. The column gets back the
 * width it had, converted to the host's unit.
 */
import type { BlankRun, ColumnShift, FlagsColumn, OwnedRecord, WidthUnit } from '../owned-record';
import type { RecordedStyle } from '../recorded-style';
import { widthIn } from './widths';

export interface ColumnClear {
  sheet: string;
  /** The column where it now is (1-based). */
  column: number;
  /** Runs of rows (first, last; 1-based, where they now are) to empty: value and format. */
  empty: [number, number][];
  /** Cells to empty and give back the style they had before the flag. */
  restyle: { row: number; style: RecordedStyle }[];
  /** The width to put back in the host's unit; null for the standard width. */
  width: number | null;
  hidden: boolean;
}

/** Runs clipped to the sheet and merged, so an edited record cannot walk past the sheet's last row. */
function rowsToEmpty(blanks: readonly BlankRun[], lastRow: number): [number, number][] {
  const runs = blanks
    .map((run): [number, number] => [run.firstRow, Math.min(run.lastRow, lastRow)])
    .filter(([first, last]) => first <= last)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && run[0] <= last[1] + 1) last[1] = Math.max(last[1], run[1]);
    else merged.push(run);
  }
  return merged;
}

/**
 * What clearing one recorded flags column does, found at `shift` from where the record has it, on a
 * sheet whose last row is now `lastRow`, for a host that sets widths in `unit`.
 */
export function columnClear(
  record: OwnedRecord,
  column: FlagsColumn,
  shift: ColumnShift,
  lastRow: number,
  unit: WidthUnit,
): ColumnClear {
  const mine = <T extends { sheet: string; column: number }>(list: readonly T[]) =>
    list.filter((c) => c.sheet === column.sheet && c.column === column.column);
  const empty = rowsToEmpty(mine(record.blanks), lastRow - shift.dRow).map(([first, last]): [number, number] => [
    first + shift.dRow,
    last + shift.dRow,
  ]);
  const restyle = mine(record.styled)
    .map((c) => ({ row: c.row + shift.dRow, style: c.style }))
    .filter((c) => c.row <= lastRow);
  return {
    sheet: column.sheet,
    column: column.column + shift.dCol,
    empty,
    restyle,
    width: column.width === null ? null : widthIn(column.width, column.widthUnit, unit),
    hidden: column.hidden,
  };
}
