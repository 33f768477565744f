/**
 * The 2-D arrays the adapter writes: flags column, report sheet and log row, each built whole so
 * that one range assignment writes it. Every text passes through neutraliseFormulaText, and text
 * cells get the Text number format so Excel keeps "1 March 2010" or "0012" exactly as written.
 */
import { LogRow, neutraliseFormulaText, ReportRow, SheetFlags } from '../core/flagplan';
import { cellLinkTarget, LOG_HEADERS, logRowCells, REPORT_HEADERS, reportRowCells } from '../core/output/sheets';

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

export interface ReportGrid extends Grid {
  /** Each report row's link (header excluded), for the Cell column: `range.hyperlink`'s document reference. */
  links: (Excel.RangeHyperlink | null)[];
}

export function reportGrid(rows: readonly ReportRow[]): ReportGrid {
  const values = [[...REPORT_HEADERS], ...rows.map(reportRowCells)].map((cells) => cells.map(neutraliseFormulaText));
  const numberFormat = values.map((cells) => cells.map(() => TEXT_FORMAT));
  // A finding resolved since the last check has no cell to go to.
  const links = rows.map((row) =>
    row.address === ''
      ? null
      : { documentReference: cellLinkTarget(row.sheet, row.address), textToDisplay: row.address },
  );
  return { values, numberFormat, links };
}

/** The log's header row, then the run's row. */
export function logGrid(log: LogRow): Grid {
  const row: (string | number)[] = logRowCells(log).map((cell) =>
    typeof cell === 'string' ? neutraliseFormulaText(cell) : cell,
  );
  const rowFormat = row.map((cell) => (typeof cell === 'string' ? TEXT_FORMAT : GENERAL_FORMAT));
  const header = [...LOG_HEADERS].map(neutraliseFormulaText);
  return { values: [header, row], numberFormat: [header.map(() => TEXT_FORMAT), rowFormat] };
}
