/**
 * Accounts printed in two columns of figures, as small councils' year-end statements are: the
 * lines in the inner column, and where each run of them ends, its total in the outer column beside
 * it ("Precept 17,935 … Interest 18" in the first, "21,506" in the second under the last of them),
 * or the total before it carried forward with them. The outer column's figures with no lines since
 * the one before carry balances forward (the balance less the payments): they are left.
 */
import type { Table, ColumnRef } from '../tables/types';
import { cellAt } from '../tables/types';
import { pastSpacers } from '../tables/figure-columns';
import { plainHeading, textAt } from '../tables/layout';
import { asThousands } from './dotted-thousands';

export interface OffsetPair {
  inner: ColumnRef;
  outer: ColumnRef;
}

/** Lines of the inner column a run needs before the figure beside its end is its total. */
const RUN_LINES = 2;
/** The most outer figures that may stand one under another (a total, then the balance it moves). */
const OUTER_RUN = 2;

const isFigure = (table: Table, row: number, column: number) => typeof cellAt(table.sheet, row, column) === 'number';
/** A line's figure, or "12.097" struck with a full stop for its thousands comma, which stands for one. */
const isLine = (table: Table, row: number, column: number) =>
  isFigure(table, row, column) || asThousands(cellAt(table.sheet, row, column)) !== null;

/**
 * Each figure column whose neighbour on the left holds the lines: headed the same ("£" and "£",
 * or both blank), never a figure in both on one row, the inner holding lines and the outer only
 * figures standing alone or in pairs.
 */
export function offsetPairs(table: Table, columns: readonly ColumnRef[]): OffsetPair[] {
  const out: OffsetPair[] = [];
  const heading = (c: number) => plainHeading(textAt(table.sheet, table.headerRow, c));
  for (const outer of columns) {
    // (Past empty spacer columns: "£'000 | | £'000" spaced out for print.)
    const column = pastSpacers(table.sheet, table.rows, outer.column - 1, -1);
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
    if (isLine(table, row, inner.column)) lines = kind === 'item' ? [...lines, row] : [row];
    else if (isFigure(table, row, outer.column)) {
      if (lines.length >= RUN_LINES) out.push({ row, lines, before });
      [lines, before] = [[], row];
    }
  }
  return out;
}

/** Groups a table must show, each its parts and its sum beside the last, before the layout is read so. */
const BESIDE_LAST_GROUPS = 2;

/**
 * "Education and Science grants | 8,450,508 |" then "payments | 9,638,571 | 18,089,079": a group's
 * parts in the inner column and its sum in the outer beside the last of them, the outer column
 * otherwise holding lines that stand alone ("Employment | | 30,316,000"), the inner no figure on a
 * totals row. Each such group, where every run of inner figures ends so (two groups at least): the
 * row of its sum and its parts' rows. (The caller asks that one group at least adds up.)
 */
export function besideLastRuns(table: Table, { inner, outer }: OffsetPair): { row: number; lines: number[] }[] {
  const out: { row: number; lines: number[] }[] = [];
  let lines: number[] = [];
  // (The outer column holds lines of its own, standing alone; the inner is no column a total adds.)
  const alone = table.rows.filter(
    (r) => r.kind === 'item' && isFigure(table, r.row, outer.column) && !isFigure(table, r.row, inner.column),
  ).length;
  const totalled = table.rows.some((r) => r.kind !== 'item' && isFigure(table, r.row, inner.column));
  if (alone < BESIDE_LAST_GROUPS || totalled) return [];
  for (const { row, kind } of table.rows) {
    // (A heading may stand over a group's parts; a total may not break into them.)
    if (kind === 'section') continue;
    if (kind !== 'item') {
      if (lines.length > 0) return [];
      continue;
    }
    const inside = isFigure(table, row, inner.column);
    const beside = isFigure(table, row, outer.column);
    if (inside) lines.push(row);
    if (inside && beside) {
      if (lines.length < RUN_LINES) return [];
      out.push({ row, lines });
      lines = [];
    } else if (!inside && lines.length > 0) return [];
  }
  return lines.length === 0 && out.length >= BESIDE_LAST_GROUPS ? out : [];
}
