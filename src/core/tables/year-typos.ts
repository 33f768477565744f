/**
 * Years typed wrong anywhere on a sheet, in its titles, headings, lines and sentences, read as a
 * table of their own beside whatever else the sheet holds ("for the year 2014-25", "Out-turn
 * 2015.15 Budget"). A label a table's run of years already shows slipping is left to that run.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { YearTypo } from '../parse/year-typos';
import { sheetSpans, yearTypos } from '../parse/year-typos';
import { cellText } from '../parse/text';
import type { Table } from './types';
import { cellAt, lastColumnOf } from './types';
import { columnNote, lineItemsTable } from './line-items';
import { tableYearSlips } from './year-runs';

/** The years typed wrong on `sheet`, by row (the first in each row), as a table; null where none. */
export function yearTypoLines(
  sheet: SheetSnapshot,
  tables: readonly Table[],
): { table: Table; reading: TableReading } | null {
  const lastCol = lastColumnOf(sheet);
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const texts: { row: number; column: number; text: string }[] = [];
  for (let row = sheet.originRow; row <= lastRow; row++)
    for (let column = sheet.originCol; column <= lastCol; column++) {
      const v = cellAt(sheet, row, column);
      if (typeof v === 'string' && /\d{4}/.test(v)) texts.push({ row, column, text: cellText(v) });
    }
  if (texts.length === 0) return null;
  const spans = sheetSpans(texts.map((t) => t.text));
  const typed = new Map<number, { column: number; typo: YearTypo }>();
  let slipping: Set<string> | null = null;
  for (const { row, column, text } of texts) {
    if (typed.has(row)) continue;
    const typo = yearTypos(text, spans)[0];
    if (!typo) continue;
    // (Found only where a typo is: most sheets have none.)
    slipping ??= new Set(tables.flatMap((t) => tableYearSlips(t).map((s) => `${s.row}:${s.column}`)));
    if (!slipping.has(`${row}:${column}`)) typed.set(row, { column, typo });
  }
  if (typed.size === 0) return null;
  const rows = [...typed.keys()].sort((a, b) => a - b);
  const found = lineItemsTable(sheet, {
    headerRow: rows[0] - 1,
    firstColumn: sheet.originCol,
    lastColumn: lastCol,
    lastRow: rows[rows.length - 1],
    columns: {},
    items: new Map(),
    kindReason: `years typed wrong ('${typed.get(rows[0])?.typo.text}'): only those are checked`,
    columnReadings: [columnNote(sheet.originCol, '', 'year', `${rows.length} years typed wrong`)],
    skippedRows: [],
  });
  return {
    table: { ...found.table, kind: 'figures', yearTypos: typed },
    reading: { ...found.reading, kind: 'figures' },
  };
}
