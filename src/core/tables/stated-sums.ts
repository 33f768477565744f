/**
 * A report in words whose sentences state sums of their own figures ("£16,000 allocated plus
 * £11,915 unallocated = Total £27,915", "a balance of £651.50, compared to £1,489.18 …, a loss of
 * £837.68"): no table of figures, but sums a finance officer would add up again. The lines
 * stating them are read for that alone.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { Table } from './types';
import { cellAt, lastColumnOf } from './types';
import { statedSumsTable } from './line-items';
import { statedSums, type StatedSum } from '../parse/stated-sums';

/** The statement a cell is checked for: the first whose figures disagree, else the first. */
function statementOf(text: string): StatedSum | null {
  const found = statedSums(text);
  return found.find((s) => Math.abs(s.stated.value - s.made) > s.tolerance) ?? found[0] ?? null;
}

export function statedSumLines(
  sheet: SheetSnapshot,
  /** Rows another table holds: their words are read with it. */
  taken: (row: number) => boolean = () => false,
): { table: Table; reading: TableReading } | null {
  const byColumn = new Map<number, Map<number, StatedSum>>();
  const [lastRow, lastCol] = [sheet.originRow + sheet.values.length - 1, lastColumnOf(sheet)];
  for (let r = sheet.originRow; r <= lastRow; r++)
    for (let c = sheet.originCol; c <= lastCol && !taken(r); c++) {
      const v = cellAt(sheet, r, c);
      const stated = typeof v === 'string' ? statementOf(v) : null;
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
