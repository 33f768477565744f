/**
 * The report sheet's rows, written straight into its XML part after exceljs has saved. exceljs
 * spends most of a big run building ~100k report rows (cells, shared strings, link relationships);
 * here it writes only the header and the first finding, which fixes the styles and the row form,
 * and this module writes every finding in that form: inline strings (the shared-strings part does
 * not grow) and location-only links, as internal-hyperlinks.ts leaves exceljs's.
 */
import type { ReportRow } from '../../core/flagplan';
import { reportRowCells } from '../../core/flagplan';
import { readCentralDirectory } from './central-directory';
import { readEntryText, rewriteEntries } from './rewrite-entries';

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

/** Text as XML content or an attribute value. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(NEEDS_ESCAPE, (c) => ESCAPES[c]);
}

/** The part holding a sheet ("xl/worksheets/sheet4.xml"), from workbook.xml and its relationships. */
function sheetPartName(texts: (name: string) => string | undefined, sheetName: string): string | undefined {
  const workbook = texts('xl/workbook.xml') ?? '';
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*?\/>/g)].find((m) =>
    m[0].includes(` name="${xmlText(sheetName)}"`),
  );
  const id = sheet ? /\sr:id="([^"]*)"/.exec(sheet[0])?.[1] : undefined;
  if (id === undefined) return undefined;
  const rels = texts('xl/_rels/workbook.xml.rels') ?? '';
  const rel = [...rels.matchAll(/<Relationship\b[^>]*?\/>/g)].find((m) => m[0].includes(` Id="${id}"`));
  const target = rel ? /\sTarget="([^"]*)"/.exec(rel[0])?.[1] : undefined;
  if (target === undefined) return undefined;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
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

/** A cell's inline-string XML; an empty text is a styled empty cell, as Excel saves one. */
function cellXml(ref: string, style: string, text: string): string {
  if (text === '') return `<c r="${ref}"${style}/>`;
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/**
 * The sheet's XML with every finding's row and link. `sheetXml` is what exceljs wrote: the header
 * row and the first finding, whose form (row attributes, cell styles) every row copies.
 */
export function reportSheetXml(
  sheetXml: string,
  rows: readonly ReportRow[],
  linkColumn: number,
  link: (r: ReportRow) => string,
): string | undefined {
  const start = sheetXml.indexOf('<row r="2"');
  const end = sheetXml.indexOf('</sheetData>');
  if (start < 0 || end < start) return undefined;
  const form = rowForm(sheetXml.slice(start, end));
  if (!form || form.cells.length !== reportRowCells(rows[0]).length) return undefined;
  const chunks: string[] = [];
  const links: string[] = [];
  rows.forEach((r, i) => {
    const n = String(i + 2);
    chunks.push(form.rowOpen[0], n, form.rowOpen[1]);
    reportRowCells(r).forEach((text, c) => chunks.push(cellXml(form.cells[c].column + n, form.cells[c].style, text)));
    chunks.push('</row>');
    links.push(`<hyperlink ref="${form.cells[linkColumn - 1].column}${n}" location="${xmlText(link(r))}"/>`);
  });
  const lastColumn = form.cells[form.cells.length - 1].column;
  const before = sheetXml
    .slice(0, start)
    .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${lastColumn}${rows.length + 1}"/>`);
  // exceljs wrote the first finding's link, so the element is there to replace.
  const after = sheetXml
    .slice(end)
    .replace(/<hyperlinks>.*?<\/hyperlinks>/s, () => `<hyperlinks>${links.join('')}</hyperlinks>`);
  chunks.unshift(before);
  chunks.push(after);
  return chunks.join('');
}

/**
 * The saved workbook with the named sheet holding every report row. Left as it is when the part
 * is not in the form expected (exceljs then wrote only the first finding, so this is a bug guard,
 * reported by the caller).
 */
export function writeReportRows(
  buf: Buffer,
  sheetName: string,
  rows: readonly ReportRow[],
  linkColumn: number,
  link: (r: ReportRow) => string,
): Buffer | undefined {
  const entries = readCentralDirectory(buf, Number.MAX_SAFE_INTEGER);
  const byName = new Map(entries.map((e) => [e.name, e] as const));
  const text = (name: string) => {
    const entry = byName.get(name);
    return entry ? readEntryText(buf, entry) : undefined;
  };
  const part = sheetPartName(text, sheetName);
  const sheetXml = part === undefined ? undefined : text(part);
  if (part === undefined || sheetXml === undefined) return undefined;
  const xml = reportSheetXml(sheetXml, rows, linkColumn, link);
  return xml === undefined ? undefined : rewriteEntries(buf, new Map([[part, xml]]));
}
