/**
 * The sheets Concordat adds to a checked workbook, as worksheet XML: the report (one row a
 * finding, its Cell column a link to the cell), the run log, and the record (undo-state.ts), each
 * under a name the caller picked so as not to be the user's.
 *
 * Workbook text goes in as it is, in inline-string cells: Excel and LibreOffice never evaluate a
 * string cell, however it begins ("=cmd|…", "-5"). No apostrophe is put before it: in a file,
 * Excel's quote prefix is a style flag, so an apostrophe written into the text would show.
 */
import type { LogRow, ReportRow } from '../core/flagplan';
import type { OutputColumn } from '../core/output/sheets';
import {
  LINE_POINTS,
  LOG_COLUMNS,
  LOG_HEADERS,
  REPORT_COLUMNS,
  REPORT_HEADERS,
  REPORT_LINK_COLUMN,
  sheetLinkPrefix,
  logRowCells,
  reportRowCells,
  rowLines,
} from '../core/output/sheets';
import { REPORT_PRINT } from '../core/output/print';
import type { RecordCell } from '../core/owned-record';
import { columnLetters } from '../core/snapshot';
import type { StyleBook } from './package/styles';
import { XmlChunks } from './package/xml-chunks';
import { FASTEST_LEVEL } from './zip/parallel-deflate';
import type { BuiltPart } from './package/workbook-package';
import { inlineString, spacedAtEdge, startTag, xmlText } from './package/xml-text';

export const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
export const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
export const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** The report's print set-up (core/output/print.ts); its repeated header row is a defined name (apply-plan.ts). */
const FIT_TO_PAGE = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
const REPORT_PAGE =
  `<printOptions gridLines="${REPORT_PRINT.gridlines ? 1 : 0}"/>${MARGINS}` +
  `<pageSetup orientation="${REPORT_PRINT.orientation}" fitToWidth="${REPORT_PRINT.fitToPagesWide}" fitToHeight="${REPORT_PRINT.fitToPagesTall}"/>`;

export type SheetValue = string | number | boolean | null;

/** One cell: text as an inline string, numbers and true/false as values, nothing for null. */
function cell(ref: string, value: SheetValue, xf: number | undefined): string {
  const s = xf === undefined ? '' : ` s="${xf}"`;
  if (value === null || value === '') return xf === undefined ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : cell(ref, String(value), xf);
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr">${inlineString('', value)}</c>`;
}

const LETTERS = Array.from({ length: 16 }, (_, i) => columnLetters(i + 1));

export function rowXml(
  n: number,
  values: readonly SheetValue[],
  xf: (column: number) => number | undefined,
  columns?: readonly OutputColumn[],
): string {
  let cells = '';
  for (let i = 0; i < values.length; i++) cells += cell(`${LETTERS[i] ?? columnLetters(i + 1)}${n}`, values[i], xf(i));
  // A row whose long texts wrap is given the height they need (Excel and LibreOffice do not size it on opening).
  const lines = columns ? rowLines(values, columns) : 1;
  const height = lines > 1 ? ` ht="${lines * LINE_POINTS}" customHeight="1"` : '';
  return `<row r="${n}"${height}>${cells}</row>`;
}

export function colsXml(columns: readonly OutputColumn[]): string {
  return `<cols>${columns
    .map(({ width: w }, i) =>
      startTag(
        'col',
        [
          ['min', String(i + 1)],
          ['max', String(i + 1)],
          ['width', String(w)],
          ['customWidth', '1'],
        ],
        true,
      ),
    )
    .join('')}</cols>`;
}

/** Texts a report column keeps written out; a column with more holds mostly different texts (messages). */
const MOST_REMEMBERED = 1000;

/**
 * One column of the report's body, written as `cell` writes a text: `<c r="G` + row + `" s="8"
 * t="inlineStr"><is><t>` + text + `</t></is></c>`. The fixed texts are worked out once, and so is
 * each text of a column whose texts repeat (severities, rule ids, sheets, headers, hints).
 */
class ReportColumn {
  readonly open: string;
  private readonly text: string;
  private readonly spaced: string;
  private readonly empty: string;
  private remembered: Map<string, string> | null = new Map();

  constructor(letters: string, xf: number) {
    this.open = `<c r="${letters}`;
    this.text = `" s="${xf}" t="inlineStr"><is><t>`;
    this.spaced = `" s="${xf}" t="inlineStr"><is><t xml:space="preserve">`;
    this.empty = `" s="${xf}"/>`;
  }

  /** The cell after its row number. */
  rest(value: string): string {
    const known = this.remembered?.get(value);
    if (known !== undefined) return known;
    const rest =
      value === '' ? this.empty : `${spacedAtEdge(value) ? this.spaced : this.text}${xmlText(value)}</t></is></c>`;
    if (this.remembered && this.remembered.size >= MOST_REMEMBERED) this.remembered = null;
    this.remembered?.set(value, rest);
    return rest;
  }
}

/**
 * The report and the record are most of a checked copy's bytes once there are many findings
 * (at 100,000 rows, 150 MB of XML against 38 MB of the user's sheets) and are rebuilt at every
 * check, so they are deflated at zlib's fastest level: at that size it saves about two seconds of
 * compression for a file about a quarter bigger. The user's own parts keep the default level.
 */
const OWN_SHEET_LEVEL = FASTEST_LEVEL;

/** The report sheet's part: one row a finding, so tens of megabytes for a big workbook. */
export function reportSheetPart(rows: readonly ReportRow[], styles: StyleBook): BuiltPart {
  const header = styles.derive(0, 'header');
  const link = styles.derive(0, 'link');
  const columns = REPORT_COLUMNS.map(
    (c, i) => new ReportColumn(LETTERS[i], i === REPORT_LINK_COLUMN ? link : styles.derive(0, c.wrap ? 'wrap' : 'top')),
  );
  const out = new XmlChunks(OWN_SHEET_LEVEL);
  out.add(`${HEAD}${FIT_TO_PAGE}${FROZEN_HEADER}${colsXml(REPORT_COLUMNS)}<sheetData>`);
  out.add(rowXml(1, REPORT_HEADERS, () => header, REPORT_COLUMNS));
  // A row's pieces are joined once (one copy) rather than added one to another.
  const pieces: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const n = String(i + 2);
    const values = reportRowCells(rows[i]);
    // A row whose long texts wrap is given the height they need (Excel and LibreOffice do not size it on opening).
    const lines = rowLines(values, REPORT_COLUMNS);
    pieces.length = 0;
    pieces.push(lines > 1 ? `<row r="${n}" ht="${lines * LINE_POINTS}" customHeight="1">` : `<row r="${n}">`);
    for (let c = 0; c < values.length; c++) pieces.push(columns[c].open, n, columns[c].rest(values[c]));
    pieces.push('</row>');
    out.add(pieces.join(''));
  }
  out.add('</sheetData>');
  if (rows.length > 0) {
    out.add(`<autoFilter ref="A1:${columnLetters(REPORT_HEADERS.length)}${rows.length + 1}"/><hyperlinks>`);
    const letters = columnLetters(REPORT_LINK_COLUMN + 1);
    // Each sheet's part of the link, escaped once: it ends in '!', so the address escapes on its own.
    const prefixes = new Map<string, string>();
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      // A finding resolved since the last check has no cell to go to.
      if (r.address === '') continue;
      let prefix = prefixes.get(r.sheet);
      if (prefix === undefined) prefixes.set(r.sheet, (prefix = xmlText(sheetLinkPrefix(r.sheet))));
      const address = xmlText(r.address);
      out.add(`<hyperlink ref="${letters}${i + 2}" location="${prefix}${address}" display="${address}"/>`);
    }
    out.add('</hyperlinks>');
  }
  out.add(`${REPORT_PAGE}</worksheet>`);
  return out.finish();
}

export function logSheetXml(earlierRows: readonly SheetValue[][], log: LogRow, styles: StyleBook): string {
  const header = styles.derive(0, 'header');
  const body = LOG_COLUMNS.map((c) => styles.derive(0, c.wrap ? 'wrap' : 'top'));
  const parts: string[] = [HEAD, FROZEN_HEADER, colsXml(LOG_COLUMNS), '<sheetData>'];
  parts.push(rowXml(1, LOG_HEADERS, () => header, LOG_COLUMNS));
  [...earlierRows, logRowCells(log)].forEach((values, i) =>
    parts.push(rowXml(i + 2, values, (c) => body[c], LOG_COLUMNS)),
  );
  parts.push('</sheetData>', MARGINS, '</worksheet>');
  return parts.join('');
}

/** The record's sheet: its rows as they are, text and numbers only. */
export function recordSheetPart(rows: readonly RecordCell[][]): BuiltPart {
  // A row for each finding still open, so as long as the report sheet: built and deflated in pieces.
  const out = new XmlChunks(OWN_SHEET_LEVEL);
  out.add(`${HEAD}<sheetData>`);
  for (let i = 0; i < rows.length; i++) out.add(rowXml(i + 1, rows[i], () => undefined));
  out.add(`</sheetData>${MARGINS}</worksheet>`);
  return out.finish();
}
