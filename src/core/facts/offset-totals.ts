/**
 * Accounts printed in two columns of figures, as small councils' year-end statements are: the
 * lines in the inner column, and where each run of them ends, its total in the outer column beside
 * it ("Precept 17,935 … Interest 18" in the first, "21,506" in the second under the last of them),
 * or the total before it carried forward with them. The outer column's figures with no lines since
 * the one before carry balances forward (the balance less the payments): they are left.
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

/**
 * Each outer figure with the inner lines since the outer figure before it (two at least), and that
 * figure: it totals those lines, or carries the one before forward with them ("TOTAL INCOME" under
 * the income subtotal and the lines of nil below it).
 */
export function offsetRuns(
  table: Table,
  { inner, outer }: OffsetPair,
): { row: number; lines: number[]; before: number | null }[] {
  const out: { row: number; lines: number[]; before: number | null }[] = [];
  let lines: number[] = [];
  let before: number | null = null;
  for (const { row, kind } of table.rows) {
    // (A subtotal in the inner column stands for the lines above it: "55,524" under the income lines.)
    if (isFigure(table, row, inner.column)) lines = kind === 'item' ? [...lines, row] : [row];
    else if (isFigure(table, row, outer.column)) {
      if (lines.length >= RUN_LINES) out.push({ row, lines, before });
      [lines, before] = [[], row];
    }
  }
  return out;
}
