/**
 * Queues Concordat's output without syncing: a flags column per table, one conditional format per
 * severity per sheet (over many areas at once), the report sheet and a log row. Each is a whole-range
 * assignment, so the number of proxies grows with tables and severities, never with rows.
 */
import { HIGHLIGHT_STYLE, highlightFormula, LogRow, ReportRow, SheetFlags } from '../core/flagplan';
import { SEVERITIES, Severity } from '../core/findings';
import { LOG_SHEET, REPORT_SHEET } from '../core/snapshot';
import { chunkAddresses } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { columnKey, Discovery, FLAGS_COLUMN_WIDTH } from './discover';
import { flagColumnGrid, logGrid, REPORT_LINK_COLUMN, reportGrid } from './grids';

/** Report sheet column widths in points: severity, rule, sheet, cell, column, value, message, fix. */
const REPORT_WIDTHS = [60, 120, 110, 50, 110, 140, 320, 260];

export function queueFlags(sheet: Excel.Worksheet, flags: SheetFlags, discovery: Discovery): void {
  const grid = flagColumnGrid(flags);
  const range = sheet.getRangeByIndexes(flags.headerRow - 1, flags.column - 1, grid.values.length, 1);
  range.numberFormat = grid.numberFormat;
  range.values = grid.values;
  sheet.getRangeByIndexes(flags.headerRow - 1, flags.column - 1, 1, 1).format.font.bold = true;
  if (discovery.ownedWidths.has(columnKey(flags))) {
    sheet.getRangeByIndexes(0, flags.column - 1, 1, 1).getEntireColumn().format.columnWidth = FLAGS_COLUMN_WIDTH;
  }
}

function styleHighlight(format: Excel.ConditionalFormat, severity: Severity): void {
  const custom = format.custom;
  custom.rule.formula = `=${highlightFormula(severity)}`;
  custom.format.fill.color = `#${HIGHLIGHT_STYLE[severity].fill}`;
  custom.format.font.color = `#${HIGHLIGHT_STYLE[severity].font}`;
}

/**
 * One conditional format per severity over all the sheet's flagged cells (ExcelApi 1.9 RangeAreas),
 * split only when the address list is long. Older hosts get one format per flagged range instead.
 */
export function queueHighlights(sheet: Excel.Worksheet, flags: SheetFlags, capabilities: ExcelCapabilities): void {
  for (const severity of SEVERITIES) {
    const addresses = flags.highlights[severity] ?? [];
    if (capabilities.rangeAreas) {
      for (const list of chunkAddresses(addresses)) {
        styleHighlight(sheet.getRanges(list).conditionalFormats.add('Custom'), severity);
      }
    } else {
      for (const address of addresses) {
        styleHighlight(sheet.getRange(address).conditionalFormats.add('Custom'), severity);
      }
    }
  }
}

/** Writes the report table onto an empty (new or cleared) sheet. */
export function queueReport(sheet: Excel.Worksheet, rows: readonly ReportRow[]): void {
  const grid = reportGrid(rows);
  const columns = grid.values[0].length;
  const table = sheet.getRangeByIndexes(0, 0, grid.values.length, columns);
  table.numberFormat = grid.numberFormat;
  table.values = grid.values;
  if (rows.length > 0) {
    sheet.getRangeByIndexes(1, REPORT_LINK_COLUMN, rows.length, 1).formulas = grid.links;
  }
  const header = sheet.getRangeByIndexes(0, 0, 1, columns);
  header.format.font.bold = true;
  header.format.fill.color = '#F3F2F1';
  REPORT_WIDTHS.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = width;
  });
  sheet.freezePanes.freezeRows(1);
}

export function reportSheet(context: Excel.RequestContext, discovery: Discovery, exists: boolean): Excel.Worksheet {
  const existing = discovery.worksheets.get(REPORT_SHEET);
  return exists && existing ? existing : context.workbook.worksheets.add(REPORT_SHEET);
}

/** Appends the run's row to the log sheet, creating the sheet with its headers when missing. */
export function queueLog(
  context: Excel.RequestContext,
  discovery: Discovery,
  log: LogRow,
  place: { exists: boolean; nextRow: number },
): void {
  const existing = discovery.worksheets.get(LOG_SHEET);
  const sheet = place.exists && existing ? existing : context.workbook.worksheets.add(LOG_SHEET);
  const withHeader = !place.exists || place.nextRow === 1;
  const grid = logGrid(log, withHeader);
  const range = sheet.getRangeByIndexes(
    place.exists ? place.nextRow - 1 : 0,
    0,
    grid.values.length,
    grid.values[0].length,
  );
  range.numberFormat = grid.numberFormat;
  range.values = grid.values;
  if (withHeader) sheet.getRangeByIndexes(0, 0, 1, grid.values[0].length).format.font.bold = true;
}
