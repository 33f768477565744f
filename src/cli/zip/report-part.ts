/**
 * The report sheet's rows, written straight into its XML part after exceljs has saved. exceljs
 * spends most of a big run building ~100k report rows (cells, shared strings, link relationships);
 * here it writes only the header and the first finding, which fixes the styles and the row form,
 * and this module writes every finding in that form: inline strings (the shared-strings part does
 * not grow) and location-only links, as internal-hyperlinks.ts leaves exceljs's.
 */
import type { ReportRow } from '../../core/flagplan';
import { reportRowCells } from '../../core/flagplan';
import { ByteWriter } from './byte-writer';
import type { ZipParts } from './zip-parts';
import { sheetPartName } from './sheet-parts';

/** Characters XML 1.0 does not allow at all, even escaped (lone surrogates included). */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const NEEDS_ESCAPE = /[&<>"']/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text that needs neither: checked first, since nearly every text is plain. */
const PLAIN = /^[\t\n\r\x20\x21\x23-\x25\x28-\x3b\x3d\x3f-\uD7FF\uE000-\uFFFD]*$/;

/** Text as XML content or an attribute value. */
export function xmlText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(NOT_XML, '').replace(NEEDS_ESCAPE, (c) => ESCAPES[c]);
}

interface RowForm {
  /** The `<row …>` opening tag of the first finding, split around its row number. */
  rowOpen: [string, string];
  /** Each column's letters and its ` s="…"` attribute (or ''), as exceljs wrote them. */
  cells: { column: string; style: string }[];
}

function rowForm(rowXml: string): RowForm | undefined {
  const open = /^<row r="2"([^>]*)>/.exec(rowXml);
  if (!open) return undefined;
  const cells = [...rowXml.matchAll(/<c r="([A-Z]+)2"(\s+s="\d+")?/g)].map((m) => ({
    column: m[1],
    style: m[2] ?? '',
  }));
  return { rowOpen: ['<row r="', `"${open[1]}>`], cells };
}

/** What follows a cell's reference in its inline-string XML. */
function cellTail(style: string, text: string): string {
  if (text === '') return `"${style}/>`;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const space = first <= 0x20 || last <= 0x20 ? ' xml:space="preserve"' : '';
  return `"${style} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/** A cell's inline-string XML; an empty text is a styled empty cell, as Excel saves one. */
export function cellXml(ref: string, style: string, text: string): string {
  return `<c r="${ref}${cellTail(style, text)}`;
}

/** Distinct texts remembered per column: severities, rule ids, sheets, headers and advice repeat. */
const MOST_TAILS = 2000;

/** A report column's cells: the tail of each distinct text is built once. */
class ColumnCells {
  private readonly tails = new Map<string, string>();
  constructor(
    private readonly open: string,
    private readonly style: string,
  ) {}

  xml(n: string, text: string): string {
    let tail = this.tails.get(text);
    if (tail === undefined) {
      tail = cellTail(this.style, text);
      if (this.tails.size < MOST_TAILS) this.tails.set(text, tail);
    }
    return this.open + n + tail;
  }
}

/**
 * Writes the sheet's XML with every finding's row and link to `out`; false (and nothing written)
 * when `sheetXml` is not in the form expected. `sheetXml` is what exceljs wrote: the header row
 * and the first finding, whose form (row attributes, cell styles) every row copies.
 */
export function reportSheetXml(
  sheetXml: string,
  rows: readonly ReportRow[],
  linkColumn: number,
  link: (r: ReportRow) => string,
  out: { write(text: string): void },
): boolean {
  const start = sheetXml.indexOf('<row r="2"');
  const end = sheetXml.indexOf('</sheetData>');
  if (start < 0 || end < start) return false;
  const form = rowForm(sheetXml.slice(start, end));
  if (!form || form.cells.length !== reportRowCells(rows[0]).length) return false;
  // exceljs wrote the first finding's link, so the element is there to replace.
  const after = sheetXml.slice(end);
  const links = /<hyperlinks>.*?<\/hyperlinks>/s.exec(after);
  if (!links) return false;
  const lastColumn = form.cells[form.cells.length - 1].column;
  const linkLetters = form.cells[linkColumn - 1].column;
  out.write(
    sheetXml
      .slice(0, start)
      .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${lastColumn}${rows.length + 1}"/>`),
  );
  const columns = form.cells.map((cell) => new ColumnCells(`<c r="${cell.column}`, cell.style));
  rows.forEach((r, i) => {
    const n = String(i + 2);
    let row = form.rowOpen[0] + n + form.rowOpen[1];
    reportRowCells(r).forEach((text, c) => {
      row += columns[c].xml(n, text);
    });
    out.write(`${row}</row>`);
  });
  out.write(after.slice(0, links.index));
  out.write('<hyperlinks>');
  rows.forEach((r, i) => out.write(`<hyperlink ref="${linkLetters}${i + 2}" location="${xmlText(link(r))}"/>`));
  out.write('</hyperlinks>');
  out.write(after.slice(links.index + links[0].length));
  return true;
}

/**
 * Puts every report row into the named sheet's part. False when the part is not in the form
 * expected (exceljs then wrote only the first finding, so this is a bug guard, reported by the
 * caller).
 */
export function writeReportRows(
  zip: ZipParts,
  sheetName: string,
  rows: readonly ReportRow[],
  linkColumn: number,
  link: (r: ReportRow) => string,
): boolean {
  const part = sheetPartName(zip, sheetName);
  const sheetXml = part === undefined ? undefined : zip.text(part);
  if (part === undefined || sheetXml === undefined) return false;
  const out = new ByteWriter(sheetXml.length + rows.length * 800);
  if (!reportSheetXml(sheetXml, rows, linkColumn, link, out)) return false;
  zip.replace(part, out.finish());
  return true;
}
