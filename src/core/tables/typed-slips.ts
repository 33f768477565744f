/**
 * Slips of typing anywhere on a sheet, in its titles, headings, lines and sentences, read as a
 * table of their own beside whatever else the sheet holds: years typed wrong ("for the year
 * 2014-25", "Out-turn 2015.15 Budget") and figures typed with a letter for a digit ("13,O16",
 * "£1OO", "l4.9") among other figures, and a row of year headings no table took whose years slip
 * from their run ("2017-2018 | 2017-2018 | 2019-2020"). A label a table's run of years already
 * shows slipping is left to that run; a figure a table reads is said once (see check.ts).
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { YearTypo } from '../parse/year-typos';
import { sheetSpans, yearTypos } from '../parse/year-typos';
import { MISTYPED_FIGURE } from '../parse/money';
import { writtenDates, yearApart } from '../parse/year-apart';
import { cellText } from '../parse/text';
import type { Table } from './types';
import { cellAt, lastColumnOf } from './types';
import { columnNote, lineItemsTable } from './line-items';
import type { YearRunSlip } from './year-runs';
import { sheetHeadedYearSlips, tableYearSlips } from './year-runs';

/** "2022I": a year with a footnote's mark run on, a heading, not a figure mistyped. */
const MARKED_YEAR = /^\s*(?:19|20)\d\d[Il]\s*$/;
/** Rows above and below a mistyped figure that another figure in its column may stand on. */
const FIGURES_NEAR = 2;

/** Whether `text` is a figure with a letter typed for a digit, standing among figures on its row or in its column. */
function mistypedAmongFigures(sheet: SheetSnapshot, row: number, column: number, text: string): boolean {
  if (!MISTYPED_FIGURE.test(text) || MARKED_YEAR.test(text)) return false;
  const figure = (r: number, c: number) => typeof cellAt(sheet, r, c) === 'number';
  const cells = sheet.values[row - sheet.originRow] ?? [];
  if (cells.some((v, i) => typeof v === 'number' && sheet.originCol + i !== column)) return true;
  for (let d = 1; d <= FIGURES_NEAR; d++) if (figure(row - d, column) || figure(row + d, column)) return true;
  return false;
}

/** A year in a cell: "2017-2018", "1981–82 £", "200203" (run together), 1974. */
const HAS_YEAR = /(?:19|20)\d\d/;
/** Years a row must show to head a run of them (a run needs two at least, see year-runs.ts). */
const YEARS_IN_ROW = 2;

/** The rows that show two years or more in their cells: the only ones that may head a run of years. */
function rowsOfYears(sheet: SheetSnapshot, lastRow: number, lastCol: number): number[] {
  const rows: number[] = [];
  for (let row = sheet.originRow; row <= lastRow; row++) {
    let years = 0;
    for (let column = sheet.originCol; column <= lastCol && years < YEARS_IN_ROW; column++) {
      const v = cellAt(sheet, row, column);
      if ((typeof v === 'string' || typeof v === 'number') && HAS_YEAR.test(String(v))) years += 1;
    }
    if (years >= YEARS_IN_ROW) rows.push(row);
  }
  return rows;
}

/** The slips typed on `sheet` (a row's first year typed wrong, every figure mistyped), as a table; null where none. */
export function typedSlipLines(
  sheet: SheetSnapshot,
  tables: readonly Table[],
): { table: Table; reading: TableReading } | null {
  const lastCol = lastColumnOf(sheet);
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const texts: { row: number; column: number; text: string }[] = [];
  for (let row = sheet.originRow; row <= lastRow; row++)
    for (let column = sheet.originCol; column <= lastCol; column++) {
      const v = cellAt(sheet, row, column);
      if (typeof v === 'string' && /\d/.test(v)) texts.push({ row, column, text: cellText(v) });
    }
  if (texts.length === 0) return null;
  const spans = sheetSpans(texts.map((t) => t.text));
  const typed = new Map<number, { column: number; typo: YearTypo }>();
  const figures = new Map<number, number[]>();
  let slipping: Set<string> | null = null;
  for (const { row, column, text } of texts) {
    if (mistypedAmongFigures(sheet, row, column, text)) figures.set(row, [...(figures.get(row) ?? []), column]);
    if (typed.has(row)) continue;
    const typo = yearTypos(text, spans)[0];
    if (!typo) continue;
    // (Found only where a typo is: most sheets have none.)
    slipping ??= new Set(tables.flatMap((t) => tableYearSlips(t).map((s) => `${s.row}:${s.column}`)));
    if (!slipping.has(`${row}:${column}`)) typed.set(row, { column, typo });
  }
  // (The same day printed a year apart: one of the two, where no other typo stands on its row.)
  for (const { date, typo } of yearApart(texts.flatMap((t) => writtenDates(t.row, t.column, t.text))))
    if (!typed.has(date.row)) typed.set(date.row, { column: date.column, typo });
  // (A row of years heading figures no table took, "2017-2018 | 2017-2018 | 2019-2020": its slip.)
  const headed = new Map<number, { column: number; slip: YearRunSlip }>();
  for (const row of rowsOfYears(sheet, lastRow, lastCol)) {
    if (typed.has(row)) continue;
    const slip = sheetHeadedYearSlips(sheet, row, lastCol)[0];
    if (!slip) continue;
    slipping ??= new Set(tables.flatMap((t) => tableYearSlips(t).map((s) => `${s.row}:${s.column}`)));
    if (!slipping.has(`${row}:${slip.at}`)) headed.set(row, { column: slip.at, slip });
  }
  if (typed.size === 0 && figures.size === 0 && headed.size === 0) return null;
  const rows = [...new Set([...typed.keys(), ...figures.keys(), ...headed.keys()])].sort((a, b) => a - b);
  const first =
    typed.get(rows[0])?.typo.text ??
    headed.get(rows[0])?.slip.text ??
    cellText(cellAt(sheet, rows[0], figures.get(rows[0])?.[0] ?? 0));
  const found = lineItemsTable(sheet, {
    headerRow: rows[0] - 1,
    firstColumn: sheet.originCol,
    lastColumn: lastCol,
    lastRow: rows[rows.length - 1],
    columns: {},
    items: new Map(),
    kindReason: `years typed wrong or figures typed with a letter for a digit ('${first}'): only those are checked`,
    columnReadings: [
      ...(typed.size + headed.size > 0
        ? [columnNote(sheet.originCol, '', 'year', `${typed.size + headed.size} years typed wrong`)]
        : []),
      ...(figures.size > 0
        ? [columnNote(sheet.originCol, '', 'amount', `${[...figures.values()].flat().length} figures mistyped`)]
        : []),
    ],
    skippedRows: [],
  });
  return {
    table: { ...found.table, kind: 'figures', yearTypos: typed, headedYearSlips: headed, mistypedFigures: figures },
    reading: { ...found.reading, kind: 'figures' },
  };
}
