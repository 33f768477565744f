/**
 * Accounts printed in two columns of figures, as small councils' year-end statements are: the
 * lines in the inner column, and where each run of them ends, its total in the outer column beside
 * it ("Precept 17,935 … Interest 18" in the first, "21,506" in the second under the last of them).
 * The outer column's other figures carry balances forward (the balance brought forward and the
 * receipts, the balance less the payments): what they add up to is not printed, so they are left.
 */
import type { Table, ColumnRef } from '../tables/types';
import { cellAt } from '../tables/types';
import { plainHeading, textAt } from '../tables/layout';

export interface OffsetPair {
  inner: ColumnRef;
  outer: ColumnRef;
}

/** Lines of the inner column a run needs before the figure beside its end is its total. */
const RUN_LINES = 2;
/** The most outer figures that may stand one under another (a total, then the balance it moves). */
const OUTER_RUN = 2;

const isFigure = (table: Table, row: number, column: number) => typeof cellAt(table.sheet, row, column) === 'number';

/**
 * Each figure column whose neighbour on the left holds the lines: headed the same ("£" and "£",
 * or both blank), never a figure in both on one row, the inner holding lines and the outer only
 * figures standing alone or in pairs.
 */
export function offsetPairs(table: Table, columns: readonly ColumnRef[]): OffsetPair[] {
  const out: OffsetPair[] = [];
  const heading = (c: number) => plainHeading(textAt(table.sheet, table.headerRow, c));
  for (const outer of columns) {
    const column = outer.column - 1;
    if (column < table.firstColumn || heading(column) !== heading(outer.column)) continue;
    const rows = table.rows.map((r) => r.row);
    if (rows.some((r) => isFigure(table, r, column) && isFigure(table, r, outer.column))) continue;
    let run = 0;
    let longest = 0;
    for (const r of rows) {
      run = isFigure(table, r, outer.column) && isFigure(table, r - 1, outer.column) ? run + 1 : 1;
      if (isFigure(table, r, outer.column)) longest = Math.max(longest, run);
    }
    if (longest > OUTER_RUN) continue;
    const inner: ColumnRef = { column, header: textAt(table.sheet, table.headerRow, column) };
    if (offsetRuns(table, { inner, outer }).length > 0) out.push({ inner, outer });
  }
  return out;
}

/** The outer figures straight under a run of lines in the inner column, with those lines. */
export function offsetRuns(table: Table, { inner, outer }: OffsetPair): { row: number; lines: number[] }[] {
  const out: { row: number; lines: number[] }[] = [];
  let lines: number[] = [];
  for (const { row } of table.rows) {
    if (isFigure(table, row, inner.column)) {
      lines = lines.length > 0 && lines[lines.length - 1] === row - 1 ? [...lines, row] : [row];
      continue;
    }
    if (isFigure(table, row, outer.column) && lines.length >= RUN_LINES && lines[lines.length - 1] === row - 1)
      out.push({ row, lines });
    lines = [];
  }
  return out;
}
