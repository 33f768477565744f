/**
 * Concordat's output as write pieces (writePlan.ts): a flags column per table, one conditional
 * format per severity per sheet (over many areas at once), the report sheet and a log row. Each is
 * a whole-range assignment, so the number of proxies grows with tables, severities and 5 MB
 * batches, never with rows.
 */
import { HIGHLIGHT_STYLE, highlightFormula, LogRow, ReportRow, SheetFlags } from '../core/flagplan';
import { SEVERITIES, Severity } from '../core/findings';
import { chunkAddresses } from './addresses';
import type { ExcelCapabilities } from './capabilities';
import { columnKey, Discovery, FLAGS_COLUMN_WIDTH } from './discover';
import { flagColumnGrid, logGrid, REPORT_LINK_COLUMN, reportGrid } from './grids';
import { fixedPiece, gridPiece, jsonBytes, WritePiece } from './writePlan';

/** Report sheet column widths in points: severity, rule, sheet, cell, column, value, message, fix. */
const REPORT_WIDTHS = [60, 120, 110, 50, 110, 140, 320, 260];

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
      sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = FLAGS_COLUMN_WIDTH;
    }
  });
  return [texts, header, ...highlightPieces(sheet, flags, capabilities)];
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

/** The report table onto an empty (new or cleared) sheet: values, then the Cell column's links. */
export function reportPieces(sheet: Excel.Worksheet, rows: readonly ReportRow[]): WritePiece[] {
  const grid = reportGrid(rows);
  const columns = grid.values[0].length;
  const table = gridPiece(grid, (start, end, slice) => {
    const range = sheet.getRangeByIndexes(start, 0, end - start, columns);
    range.numberFormat = slice.numberFormat;
    range.values = slice.values;
  });
  const links: WritePiece = {
    rowBytes: grid.links.map((link) => jsonBytes(link) + 1),
    queue: (start, end) => {
      sheet.getRangeByIndexes(1 + start, REPORT_LINK_COLUMN, end - start, 1).formulas = grid.links.slice(start, end);
    },
  };
  const layout = fixedPiece(4 + REPORT_WIDTHS.length * 2, 0, () => {
    const header = sheet.getRangeByIndexes(0, 0, 1, columns);
    header.format.font.bold = true;
    header.format.fill.color = '#F3F2F1';
    REPORT_WIDTHS.forEach((width, column) => {
      sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = width;
    });
    sheet.freezePanes.freezeRows(1);
  });
  return [table, links, layout];
}

/** The report sheet to write on; a new one is queued at once (under `name`), so it goes with the first request. */
export function reportSheet(context: Excel.RequestContext, discovery: Discovery, name: string): Excel.Worksheet {
  return discovery.worksheets.get(name) ?? context.workbook.worksheets.add(name);
}

/** The run's row for the log sheet, creating the sheet with its headers when missing. */
export function logPiece(
  context: Excel.RequestContext,
  discovery: Discovery,
  log: LogRow,
  place: { name: string; exists: boolean; nextRow: number },
): WritePiece {
  const withHeader = !place.exists || place.nextRow === 1;
  const grid = logGrid(log, withHeader);
  return fixedPiece(5, jsonBytes(grid), () => {
    const existing = discovery.worksheets.get(place.name);
    const sheet = place.exists && existing ? existing : context.workbook.worksheets.add(place.name);
    const range = sheet.getRangeByIndexes(
      place.exists ? place.nextRow - 1 : 0,
      0,
      grid.values.length,
      grid.values[0].length,
    );
    range.numberFormat = grid.numberFormat;
    range.values = grid.values;
    if (withHeader) sheet.getRangeByIndexes(0, 0, 1, grid.values[0].length).format.font.bold = true;
  });
}
