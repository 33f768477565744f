/**
 * Grants listed with each award in words and its yearly parts beside it ("Baytree Centre | £108,900
 * over three years (3 x £36,300) towards …"): no table of figures, but each award states a sum and
 * what it is paid as, which a finance officer would add up. The column of such awards is read for
 * them alone.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { Table } from './types';
import { lastColumnOf } from './types';
import { textAt } from './layout';
import { statedSumsTable } from './line-items';
import { statedBreakdown } from '../parse/breakdowns';

/** Awards stating their parts a column needs before it is read for them: one may be a sentence's aside. */
const MIN_AWARDS = 2;

export function statedAwards(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const byColumn = new Map<number, number[]>();
  const [lastRow, lastCol] = [sheet.originRow + sheet.values.length - 1, lastColumnOf(sheet)];
  for (let r = sheet.originRow; r <= lastRow; r++)
    for (let c = sheet.originCol; c <= lastCol; c++)
      if (statedBreakdown(textAt(sheet, r, c))) byColumn.set(c, [...(byColumn.get(c) ?? []), r]);
  const [column, rows] = [...byColumn].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  if (rows.length < MIN_AWARDS) return null;
  const found = statedSumsTable(sheet, {
    rows,
    column,
    lastColumn: column,
    kindReason: "grants whose awards state their yearly parts ('£108,900 over three years (3 x £36,300)')",
    evidence: `${rows.length} awards stating their yearly parts`,
  });
  return { table: { ...found.table, breakdownColumn: column }, reading: found.reading };
}
