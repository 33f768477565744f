/**
 * A report in words whose sentences state sums of their own figures ("£16,000 allocated plus
 * £11,915 unallocated = Total £27,915", "a balance of £651.50, compared to £1,489.18 …, a loss of
 * £837.68"): no table of figures, but sums a finance officer would add up again. The lines
 * stating them are read for that alone.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { Table } from './types';
import { cellAt, formatAt, lastColumnOf } from './types';
import { statedSumsTable } from './line-items';
import {
  NET_TAX_GROSS_HEADING,
  paymentLine,
  statedOverList,
  statedSums,
  type ListedFigure,
  type StatedSum,
} from '../parse/stated-sums';

/**
 * The lines just below a row, each a label and one figure ("Lloyds Instant Savings Account |
 * £143,488.62"), up to the first that is not.
 */
function listedBelow(sheet: SheetSnapshot, row: number, lastRow: number, lastCol: number): ListedFigure[] {
  const lines: ListedFigure[] = [];
  for (let r = row + 1; r <= lastRow; r++) {
    const figures: number[] = [];
    let words = false;
    for (let c = sheet.originCol; c <= lastCol; c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === 'number') figures.push(c);
      else if (typeof v === 'string' && v.trim()) words = true;
    }
    if (figures.length !== 1 || !words) break;
    const format = formatAt(sheet, r, figures[0]) ?? '';
    const places = /\.(0+)/.exec(format)?.[1].length ?? (Number.isInteger(cellAt(sheet, r, figures[0])) ? 0 : 2);
    lines.push({ value: cellAt(sheet, r, figures[0]) as number, places });
  }
  return lines;
}

/** The statement a cell is checked for: the first whose figures disagree, else the first. */
function statementOf(text: string, listed: () => ListedFigure[]): StatedSum | null {
  const over = /:\s*$/.test(text) ? statedOverList(text, listed()) : null;
  const found = [...statedSums(text), ...(over ? [over] : [])];
  return found.find((s) => Math.abs(s.stated.value - s.made) > s.tolerance) ?? found[0] ?? null;
}

export function statedSumLines(
  sheet: SheetSnapshot,
  /** Rows another table holds: their words are read with it. */
  taken: (row: number) => boolean = () => false,
): { table: Table; reading: TableReading } | null {
  const byColumn = new Map<number, Map<number, StatedSum>>();
  const [lastRow, lastCol] = [sheet.originRow + sheet.values.length - 1, lastColumnOf(sheet)];
  // (Under "Date, Payee, Item, Chq No, Net, VAT/TAX, Gross", each payment's gross is its net and tax.)
  let payments = false;
  for (let r = sheet.originRow; r <= lastRow; r++)
    for (let c = sheet.originCol; c <= lastCol && !taken(r); c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === 'string' && v.trim()) payments = NET_TAX_GROSS_HEADING.test(v) || (payments && v.includes('£'));
      const stated =
        typeof v !== 'string'
          ? null
          : ((payments ? paymentLine(v) : null) ?? statementOf(v, () => listedBelow(sheet, r, lastRow, lastCol)));
      if (!stated) continue;
      if (!byColumn.has(c)) byColumn.set(c, new Map());
      byColumn.get(c)?.set(r, stated);
      break;
    }
  const [column, sums] = [...byColumn].sort((a, b) => b[1].size - a[1].size)[0] ?? [0, new Map<number, StatedSum>()];
  if (sums.size === 0) return null;
  const rows = [...sums.keys()].sort((a, b) => a - b);
  const found = statedSumsTable(sheet, {
    rows,
    column,
    lastColumn: column,
    kindReason:
      "a report in words stating sums of its own figures ('… plus £11,915 = Total £27,915'): each is added up again",
    evidence: `${rows.length} sentences stating a sum of their figures`,
  });
  return { table: { ...found.table, statedSums: sums }, reading: found.reading };
}
