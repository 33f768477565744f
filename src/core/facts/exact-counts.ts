/**
 * Tables that count things ("Outcome | … | Total" over 0, 3, 1, 2; recommendations by priority):
 * whole numbers nobody rounded, so a total one out is wrong, where a pound one out is rounding.
 */
import type { ColumnRef, Table } from '../tables/types';
import { cellAt, formatAt } from '../tables/types';
import { cellText } from '../parse/text';

/** The most a count in such a table reaches: past it, whole figures are as likely pounds. */
const MOST_COUNTED = 999;
/** Figures enough to tell counts from a few round sums. */
const FEWEST_FIGURES = 6;
/** Rows above the header that title the table and may name its unit. */
const TITLE_ROWS = 3;
/** The longest title: past it, a line above the table is a paragraph of the paper. */
const TITLE_CHARS = 120;
/** A unit of money, or the words money tables are headed with. */
const MONEY_WORDS =
  /£|\$|€|'000|\b000s\b|\b(?:costs?|budgets?|spend|spending|expenditure|income|funding|grants?|savings?|precept|pounds|variance|outturn|forecast|balances?|reserves?|payments?|contributions?|allocations?|value|price|fees?)\b/i;

/**
 * Every figure of the table's columns a whole number from 0 to 999 (six at least), none formatted
 * as money, a percentage or a decimal, and no unit or word of money in its headings or title.
 */
export function countsExactly(table: Table, columns: readonly ColumnRef[]): boolean {
  if (columns.length === 0) return false;
  const first = Math.max(1, table.firstHeaderRow - TITLE_ROWS);
  for (let row = first; row <= table.headerRow; row++)
    for (let column = table.firstColumn; column <= table.lastColumn; column++) {
      const text = cellText(cellAt(table.sheet, row, column));
      // (A paragraph above the table, "The total cost of running the network is £4,684,000", is
      // no title: it gives the table's counts no unit.)
      if (row < table.firstHeaderRow && text.length > TITLE_CHARS) continue;
      if (MONEY_WORDS.test(text)) return false;
    }
  let figures = 0;
  for (const { row } of table.rows)
    for (const { column } of columns) {
      const value = cellAt(table.sheet, row, column);
      const format = formatAt(table.sheet, row, column) ?? '';
      if (typeof value === 'string' && /[£%.]/.test(value)) return false;
      if (typeof value !== 'number') continue;
      if (!Number.isInteger(value) || value < 0 || value > MOST_COUNTED || /[£$€%]|0\.0/.test(format)) return false;
      figures += 1;
    }
  return figures >= FEWEST_FIGURES;
}
