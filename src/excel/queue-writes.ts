/**
 * Concordat's output as write pieces (writePlan.ts): a flags column per table, one conditional
 * format per severity per sheet (over many areas at once), the report sheet and a log row. Each is
 * a whole-range assignment, so the number of proxies grows with tables, severities and 5 MB
 * batches, never with rows.
 */
import { LogRow, ReportRow, SheetFlags } from '../core/flagplan';
import { REPORT_PRINT } from '../core/output/print';
import { LOG_COLUMNS, type OutputColumn, REPORT_COLUMNS, REPORT_LINK_COLUMN } from '../core/output/sheets';
import { HEADER_FILL, HIGHLIGHT_STYLE, MUTED_COLOUR, highlightFormula } from '../core/output/styles';
import { charsToPoints } from '../core/output/widths';
import { SEVERITIES, Severity } from '../core/findings';
import { chunkAddresses } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { columnKey, Discovery, FLAGS_COLUMN_POINTS } from './discover';
import { flagColumnGrid, logGrid, reportGrid } from './grids';
import { ACTION_BYTES, fixedPiece, gridPiece, jsonBytes, WritePiece } from './write-plan';

export function flagPieces(
  sheet: Excel.Worksheet,
  flags: SheetFlags,
  discovery: Discovery,
  capabilities: ExcelCapabilities,
): WritePiece[] {
  const top = flags.headerRow - 1;
  const column = flags.column - 1;
  const texts = gridPiece(flagColumnGrid(flags), (start, end, rows) => {
    const range = sheet.getRangeByIndexes(top + start, column, end - start, 1);
    range.numberFormat = rows.numberFormat;
    range.values = rows.values;
  });
  const header = fixedPiece(4, 0, () => {
    sheet.getRangeByIndexes(top, column, 1, 1).format.font.bold = true;
    if (discovery.widths.owned.has(columnKey(flags))) {
      sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = FLAGS_COLUMN_POINTS;
    }
  });
  // A flag of accepted findings only is grey; clearing the column ('All') takes the colour away with it.
  const muted = flags.muted.map((row) =>
    fixedPiece(2, 0, () => {
      sheet.getRangeByIndexes(row - 1, column, 1, 1).format.font.color = `#${MUTED_COLOUR}`;
    }),
  );
  return [texts, header, ...muted, ...highlightPieces(sheet, flags, capabilities)];
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
function highlightPieces(sheet: Excel.Worksheet, flags: SheetFlags, capabilities: ExcelCapabilities): WritePiece[] {
  return SEVERITIES.flatMap((severity) => {
    const addresses = flags.highlights[severity] ?? [];
    const lists = capabilities.rangeAreas ? chunkAddresses(addresses) : addresses;
    return lists.map((list) =>
      fixedPiece(6, jsonBytes(list) + jsonBytes(highlightFormula(severity)), () => {
        const target = capabilities.rangeAreas ? sheet.getRanges(list) : sheet.getRange(list);
        styleHighlight(target.conditionalFormats.add('Custom'), severity);
      }),
    );
  });
}

/** A header row and column widths as the core's output model has them (header on grey, widths in points). */
function layColumns(sheet: Excel.Worksheet, columns: readonly OutputColumn[], rows: number): void {
  const header = sheet.getRangeByIndexes(0, 0, 1, columns.length);
  header.format.font.bold = true;
  header.format.fill.color = `#${HEADER_FILL}`;
  const table = sheet.getRangeByIndexes(0, 0, rows, columns.length);
  table.format.verticalAlignment = 'Top';
  columns.forEach((column, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = charsToPoints(column.width);
    if (column.wrap) sheet.getRangeByIndexes(0, i, rows, 1).format.wrapText = true;
  });
  sheet.freezePanes.freezeRows(1);
}

/** The report's print set-up (ExcelApi 1.9's page layout; older hosts print it as Excel's defaults). */
function layPage(sheet: Excel.Worksheet): void {
  const page = sheet.pageLayout;
  page.orientation = REPORT_PRINT.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.zoom = { horizontalFitToPages: REPORT_PRINT.fitToPagesWide, verticalFitToPages: REPORT_PRINT.fitToPagesTall };
  page.printGridlines = REPORT_PRINT.gridlines;
  page.setPrintTitleRows(REPORT_PRINT.titleRows);
}

/** The report table onto an empty (new or cleared) sheet: values, the Cell column's links, layout and print set-up. */
export function reportPieces(
  sheet: Excel.Worksheet,
  rows: readonly ReportRow[],
  capabilities: ExcelCapabilities,
): WritePiece[] {
  const grid = reportGrid(rows);
  const columns = grid.values[0].length;
  const table = gridPiece(grid, (start, end, slice) => {
    const range = sheet.getRangeByIndexes(start, 0, end - start, columns);
    range.numberFormat = slice.numberFormat;
    range.values = slice.values;
  });
  // A hyperlink is set cell by cell: one small proxy per report row.
  const links: WritePiece = {
    rowBytes: grid.links.map((link) => (link ? 2 * ACTION_BYTES + jsonBytes(link) : 0)),
    queue: (start, end) => {
      for (let i = start; i < end; i++) {
        const link = grid.links[i];
        if (link) sheet.getRangeByIndexes(1 + i, REPORT_LINK_COLUMN, 1, 1).hyperlink = link;
      }
    },
  };
  const layout = fixedPiece(8 + REPORT_COLUMNS.length * 3, 0, () => {
    layColumns(sheet, REPORT_COLUMNS, grid.values.length);
    sheet.getRangeByIndexes(0, 0, grid.values.length, columns).format.autofitRows();
    if (capabilities.pageLayout) layPage(sheet);
  });
  return [table, links, layout];
}

/** The report sheet to write on; a new one is queued at once (under `name`), so it goes with the first request. */
export function reportSheet(context: Excel.RequestContext, discovery: Discovery, name: string): Excel.Worksheet {
  return discovery.worksheets.get(name) ?? context.workbook.worksheets.add(name);
}

/**
 * The run's row for the log sheet, creating the sheet when missing. The header row is written
 * every run, as the command line does, so a log begun by an older version gains the new columns.
 */
export function logPiece(
  context: Excel.RequestContext,
  discovery: Discovery,
  log: LogRow,
  place: { name: string; exists: boolean; nextRow: number },
): WritePiece {
  const empty = !place.exists || place.nextRow === 1;
  const grid = logGrid(log);
  return fixedPiece(10 + LOG_COLUMNS.length * 3, jsonBytes(grid), () => {
    const existing = discovery.worksheets.get(place.name);
    const sheet = place.exists && existing ? existing : context.workbook.worksheets.add(place.name);
    const columns = grid.values[0].length;
    const rowIndex = empty ? 1 : place.nextRow - 1;
    const header = sheet.getRangeByIndexes(0, 0, 1, columns);
    header.numberFormat = [grid.numberFormat[0]];
    header.values = [grid.values[0]];
    const row = sheet.getRangeByIndexes(rowIndex, 0, 1, columns);
    row.numberFormat = [grid.numberFormat[1]];
    row.values = [grid.values[1]];
    layColumns(sheet, LOG_COLUMNS, rowIndex + 1);
  });
}
