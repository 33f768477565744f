/**
 * Column widths, read so that Concordat sizes only columns the user has not sized: a flags
 * column gets Concordat's width if it is at the standard width (or already at Concordat's), and
 * goes back to the standard width on clear only if it is still at Concordat's.
 */
import { FLAGS_COLUMN_WIDTH } from '../core/output/flags-column';
import { charsToPoints } from '../core/output/widths';

/** The core's flags column width, in the points Office.js sets widths in. */
export const FLAGS_COLUMN_POINTS = charsToPoints(FLAGS_COLUMN_WIDTH);

export interface ColumnRef {
  sheet: string;
  /** 1-based column. */
  column: number;
}

export interface ColumnWidths {
  /** Columns (by columnKey) whose width Excel has reported. */
  measured: Set<string>;
  /** Of those, the ones Concordat may size. */
  owned: Set<string>;
  /** Each measured column's width in points, for the record. */
  points: Map<string, number>;
}

export interface PendingWidths {
  resolve(): ColumnWidths;
}

export function columnKey(ref: ColumnRef): string {
  return `${ref.sheet}\u0000${ref.column}`;
}

export function emptyWidths(): ColumnWidths {
  return { measured: new Set(), owned: new Set(), points: new Map() };
}

function isOurs(useStandardWidth: boolean | undefined, width: number | undefined): boolean {
  // Excel rounds widths to whole pixels, so a width we set reads back slightly different.
  return useStandardWidth === true || (width !== undefined && Math.abs(width - FLAGS_COLUMN_POINTS) < 2);
}

/** One small proxy per column: for hosts without getColumnProperties, or columns the read missed. */
export function queueColumnWidths(
  worksheets: ReadonlyMap<string, Excel.Worksheet>,
  columns: readonly ColumnRef[],
): PendingWidths {
  const loaded = columns.flatMap((ref) => {
    const sheet = worksheets.get(ref.sheet);
    if (!sheet) return [];
    const format = sheet.getRangeByIndexes(0, ref.column - 1, 1, 1).format;
    format.load('useStandardWidth,columnWidth');
    return [{ ref, format }];
  });
  return {
    resolve: () => {
      const widths = emptyWidths();
      for (const { ref, format } of loaded) {
        widths.measured.add(columnKey(ref));
        if (format.columnWidth !== undefined) widths.points.set(columnKey(ref), format.columnWidth);
        if (isOurs(format.useStandardWidth, format.columnWidth)) widths.owned.add(columnKey(ref));
      }
      return widths;
    },
  };
}

/** All but the sheet's last column (XFD), which has no column after it. */
const BEFORE_LAST_COLUMN = 'A:XFC';

/**
 * Columns A to one past the used range, stopping at the sheet's last column: the used range reaching
 * XFD has no column after it, and asking for one would fail the whole request. (Column properties
 * are one entry per column, so the rows the range spans cost nothing.)
 */
function usedColumnsAndNext(sheet: Excel.Worksheet): Excel.Range {
  // getUsedRange (not …OrNullObject) gives A1 for a blank sheet, so the chain never starts from a null object.
  return sheet
    .getRange('A1')
    .getBoundingRect(sheet.getUsedRange(true).getRow(0))
    .getIntersection(sheet.getRange(BEFORE_LAST_COLUMN))
    .getResizedRange(0, 1);
}

/**
 * Every column a flags column can land in, without knowing the sheets' sizes yet (ExcelApi 1.9):
 * the used range's columns and the one after it, one entry per column whatever the row count.
 */
export function queueUsedColumnWidths(worksheets: ReadonlyMap<string, Excel.Worksheet>): PendingWidths {
  const results = [...worksheets].map(([name, sheet]) => ({
    name,
    properties: usedColumnsAndNext(sheet).getColumnProperties({
      columnIndex: true,
      format: { columnWidth: true, useStandardWidth: true },
    }),
  }));
  return {
    resolve: () => {
      const widths = emptyWidths();
      for (const { name, properties } of results) {
        for (const column of properties.value) {
          if (column.columnIndex === undefined) continue;
          const key = columnKey({ sheet: name, column: column.columnIndex + 1 });
          widths.measured.add(key);
          if (column.format?.columnWidth !== undefined) widths.points.set(key, column.format.columnWidth);
          if (isOurs(column.format?.useStandardWidth, column.format?.columnWidth)) widths.owned.add(key);
        }
      }
      return widths;
    },
  };
}
