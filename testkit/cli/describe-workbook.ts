/**
 * Everything about a workbook that "never lose the user's work" promises to keep, as plain data
 * for toEqual: every cell's value, formula, style and note, merges, validations, column widths,
 * hidden rows, views, defined names and conditional formats.
 */
import type * as ExcelJS from 'exceljs';

interface SheetDescription {
  name: string;
  state: string;
  views: unknown;
  merges: string[];
  validations: unknown;
  conditionalFormats: unknown;
  columns: { index: number; width: number | undefined; hidden: boolean; style: unknown }[];
  rows: { index: number; hidden: boolean; height: number | undefined }[];
  cells: { address: string; value: unknown; style: unknown; note: unknown }[];
}

export interface WorkbookDescription {
  sheetOrder: string[];
  date1904: boolean;
  definedNames: unknown;
  sheets: SheetDescription[];
}

function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

export interface DescribeOptions {
  /** Cells (A1 on a sheet) left out: the flags column Concordat owns, when comparing a checked copy. */
  skipCells?: (sheet: string, address: string, column: number) => boolean;
  skipColumn?: (sheet: string, column: number) => boolean;
  /** Leave Concordat's own conditional formats out (when comparing a checked copy). */
  formatFilter?: (cf: ExcelJS.ConditionalFormattingOptions) => boolean;
  sheets?: (name: string) => boolean;
  /**
   * Compare what a reader sees rather than how it is written: style properties at their default
   * (general alignment, no indent, "General" number format) are dropped, and notes compare by text.
   * exceljs writes such defaults out of a file another program saved, so they differ after any
   * exceljs round trip without anything visible changing.
   */
  visibleOnly?: boolean;
  /** The area compared on every sheet (the same on both sides, so an added column shows up as a difference). */
  area?: { rows: number; columns: number };
}

export function describeWorkbook(wb: ExcelJS.Workbook, options: DescribeOptions = {}): WorkbookDescription {
  const keepSheet = options.sheets ?? (() => true);
  const sheets = wb.worksheets.filter((ws) => keepSheet(ws.name));
  return {
    sheetOrder: sheets.map((ws) => ws.name),
    date1904: wb.properties.date1904 === true,
    definedNames: plain(wb.definedNames.model),
    sheets: sheets.map((ws) => describeSheet(ws, options)),
  };
}

const DEFAULT_ALIGNMENT: Record<string, unknown> = {
  horizontal: 'general',
  indent: 0,
  shrinkToFit: false,
  textRotation: 0,
  wrapText: false,
};

function visibleStyle(style: unknown): unknown {
  const copy = plain(style) as Record<string, unknown> | undefined;
  if (!copy) return copy;
  if (copy.numFmt === 'General') delete copy.numFmt;
  const alignment = copy.alignment as Record<string, unknown> | undefined;
  if (alignment) {
    for (const [key, value] of Object.entries(DEFAULT_ALIGNMENT)) if (alignment[key] === value) delete alignment[key];
    if (Object.keys(alignment).length === 0) delete copy.alignment;
  }
  return copy;
}

/** Drops flags written at their default (false, rank 0): LibreOffice writes them out, exceljs leaves them out. */
function withoutDefaultFlags(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaultFlags);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === false || (key === 'rank' && v === 0)) continue;
    out[key] = withoutDefaultFlags(v);
  }
  return out;
}

function noteText(note: unknown): unknown {
  if (note === undefined || typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts ?? [];
  return texts.map((t) => t.text).join('');
}

function describeSheet(ws: ExcelJS.Worksheet, options: DescribeOptions): SheetDescription {
  const area = options.area ?? { rows: 24, columns: 14 };
  if (ws.rowCount > area.rows || ws.columnCount > area.columns) {
    throw new Error(`${ws.name} uses ${ws.rowCount} rows and ${ws.columnCount} columns, more than the compared area`);
  }
  const maxRow = area.rows;
  const maxCol = area.columns;
  const visible = (v: unknown) => (options.visibleOnly ? withoutDefaultFlags(v) : v);
  const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  const description: SheetDescription = {
    name: ws.name,
    state: ws.state,
    views: plain(ws.views),
    merges: [...(ws.model.merges ?? [])].sort(),
    validations: visible(plain((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model)),
    conditionalFormats: visible(plain(formats.filter(options.formatFilter ?? (() => true)))),
    columns: [],
    rows: [],
    cells: [],
  };
  for (let c = 1; c <= maxCol; c++) {
    if (options.skipColumn?.(ws.name, c)) continue;
    const col = ws.getColumn(c);
    const style = options.visibleOnly ? visibleStyle(col.style) : plain(col.style);
    description.columns.push({ index: c, width: col.width, hidden: col.hidden, style });
  }
  for (let r = 1; r <= maxRow; r++) {
    const row = ws.getRow(r);
    description.rows.push({ index: r, hidden: row.hidden, height: row.height });
    for (let c = 1; c <= maxCol; c++) {
      const cell = row.getCell(c);
      if (options.skipCells?.(ws.name, cell.address, c)) continue;
      const style = (cell as unknown as { style: unknown }).style;
      description.cells.push({
        address: cell.address,
        value: plain(cell.value),
        style: options.visibleOnly ? visibleStyle(style) : plain(style),
        note: options.visibleOnly ? noteText(cell.note) : plain(cell.note),
      });
    }
  }
  return description;
}
