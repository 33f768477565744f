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
import { LOG_HEADERS, REPORT_CELL_COLUMN, REPORT_HEADERS, logRowCells, reportRowCells } from '../core/flagplan';
import type { RecordCell } from '../core/owned-record';
import { columnLetters } from '../core/snapshot';
import type { StyleBook } from './package/styles';
import { inlineString, startTag, xmlText } from './package/xml-text';

const REPORT_WIDTHS = [10, 22, 22, 8, 22, 28, 60, 60];
const LOG_WIDTHS = [24, 12, 36, 68, 8, 10, 8, 14];

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
const MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** A sheet name as a formula or link reference writes it: always quoted, quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Link target of a cell in this workbook (Excel's "Place in This Document" form). */
export function cellLink(sheet: string, address: string): string {
  return `#${quoteSheetName(sheet)}!${address}`;
}

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

function rowXml(n: number, values: readonly SheetValue[], xf: (column: number) => number | undefined): string {
  let cells = '';
  values.forEach((value, i) => {
    cells += cell(`${LETTERS[i] ?? columnLetters(i + 1)}${n}`, value, xf(i));
  });
  return `<row r="${n}">${cells}</row>`;
}

function colsXml(widths: readonly number[]): string {
  return `<cols>${widths
    .map((w, i) =>
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

export function reportSheetXml(rows: readonly ReportRow[], styles: StyleBook): string {
  const header = styles.derive(0, 'bold');
  const body = styles.derive(0, 'wrap');
  const link = styles.derive(0, 'link');
  const parts: string[] = [HEAD, FROZEN_HEADER, colsXml(REPORT_WIDTHS), '<sheetData>'];
  parts.push(rowXml(1, REPORT_HEADERS, () => header));
  rows.forEach((r, i) => parts.push(rowXml(i + 2, reportRowCells(r), (c) => (c === REPORT_CELL_COLUMN ? link : body))));
  parts.push('</sheetData>');
  const last = columnLetters(REPORT_HEADERS.length);
  if (rows.length > 0) parts.push(`<autoFilter ref="A1:${last}${rows.length + 1}"/>`);
  if (rows.length > 0) {
    const letters = columnLetters(REPORT_CELL_COLUMN + 1);
    parts.push('<hyperlinks>');
    rows.forEach((r, i) => {
      parts.push(
        `<hyperlink ref="${letters}${i + 2}" location="${xmlText(cellLink(r.sheet, r.address).slice(1))}" display="${xmlText(r.address)}"/>`,
      );
    });
    parts.push('</hyperlinks>');
  }
  parts.push(MARGINS, '</worksheet>');
  return parts.join('');
}

export function logSheetXml(earlierRows: readonly SheetValue[][], log: LogRow, styles: StyleBook): string {
  const header = styles.derive(0, 'bold');
  const parts: string[] = [HEAD, FROZEN_HEADER, colsXml(LOG_WIDTHS), '<sheetData>'];
  parts.push(rowXml(1, LOG_HEADERS, () => header));
  [...earlierRows, logRowCells(log)].forEach((values, i) => parts.push(rowXml(i + 2, values, () => undefined)));
  parts.push('</sheetData>', MARGINS, '</worksheet>');
  return parts.join('');
}

/** The record's sheet: its rows as they are, text and numbers only. */
export function recordSheetXml(rows: readonly RecordCell[][]): string {
  const body = rows.map((values, i) => rowXml(i + 1, values, () => undefined)).join('');
  return `${HEAD}<sheetData>${body}</sheetData>${MARGINS}</worksheet>`;
}
