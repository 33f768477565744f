/**
 * The 2-D arrays the adapter writes: flags column, report sheet and log row, each built whole so
 * that one range assignment writes it. Every text passes through neutraliseFormulaText, and text
 * cells get the Text number format so Excel keeps "1 March 2010" or "0012" exactly as written.
 */
import {
  LOG_HEADERS,
  LogRow,
  logRowCells,
  neutraliseFormulaText,
  REPORT_CELL_COLUMN,
  REPORT_HEADERS,
  ReportRow,
  reportRowCells,
  SheetFlags,
} from '../core/flagplan';
import { hyperlinkFormula } from './addresses';

export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';

export interface Grid {
  values: (string | number)[][];
  numberFormat: string[][];
}

export function flagColumnGrid(flags: SheetFlags): Grid {
  const texts = [flags.header, ...flags.texts].map((text) => [neutraliseFormulaText(text)]);
  return { values: texts, numberFormat: texts.map(() => [TEXT_FORMAT]) };
}

/** Index of the report's Cell column, which holds HYPERLINK formulas rather than text. */
export const REPORT_LINK_COLUMN = REPORT_CELL_COLUMN;

export interface ReportGrid extends Grid {
  /** HYPERLINK formulas for the Cell column, one per report row (header excluded). */
  links: string[][];
}

export function reportGrid(rows: readonly ReportRow[]): ReportGrid {
  const body = rows.map((row) => {
    const cells = reportRowCells(row);
    cells[REPORT_LINK_COLUMN] = ''; // the Cell column is written as formulas afterwards
    return cells;
  });
  const values = [[...REPORT_HEADERS], ...body].map((cells) => cells.map(neutraliseFormulaText));
  const numberFormat = values.map((cells) =>
    cells.map((_, column) => (column === REPORT_LINK_COLUMN ? GENERAL_FORMAT : TEXT_FORMAT)),
  );
  return { values, numberFormat, links: rows.map((row) => [hyperlinkFormula(row.sheet, row.address)]) };
}

/** One log row, with the header row first when the log sheet is new or empty. */
export function logGrid(log: LogRow, withHeader: boolean): Grid {
  const row: (string | number)[] = logRowCells(log).map((cell) =>
    typeof cell === 'string' ? neutraliseFormulaText(cell) : cell,
  );
  const rowFormat = row.map((cell) => (typeof cell === 'string' ? TEXT_FORMAT : GENERAL_FORMAT));
  const header = [...LOG_HEADERS].map(neutraliseFormulaText);
  return withHeader
    ? { values: [header, row], numberFormat: [header.map(() => TEXT_FORMAT), rowFormat] }
    : { values: [row], numberFormat: [rowFormat] };
}
