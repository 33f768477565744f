/** A table's header as printed, and the lines that print it again or name its headings. */
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { TableRow } from './types';
import { cellAt, cellsOf } from './types';
import type { RowShape } from './layout';
import { plainHeading, textAt, totalNamedByHeading } from './layout';
import { NUMBERING } from './header-rows';
import type { HeaderBlock } from './header-blocks';

/** Letters and figures a row's signature keeps: enough to know a title or a header line again. */
const SIGNATURE_CHARS = 300;

/** Shorter than this, a row is too plain to be known again ("Total expenditure", a section's name). */
const SIGNATURE_MIN = 20;

/** Rows above the header a page's title may stand on. */
const TITLE_ROWS = 6;

/**
 * A row's letters and figures, lower-case, without spaces or punctuation: "Annex 1 – Orkney…" and
 * "Annex 1 Orkney…" are the one title, printed again over a new page.
 */
export function rowSignature(sheet: SheetSnapshot, row: number, lastColumn: number): string {
  let out = '';
  for (let c = sheet.originCol; c <= lastColumn && out.length < SIGNATURE_CHARS; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v === 'string')
      out += v
        .slice(0, SIGNATURE_CHARS)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '');
    else if (typeof v === 'number') out += String(v);
  }
  return out.slice(0, SIGNATURE_CHARS);
}

/** The title and header lines over the table, as signatures: a page break prints them again. */
export function rowsAbove(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  block: HeaderBlock,
  lastColumn: number,
): Set<string> {
  const out = new Set<string>();
  for (let r = Math.max(sheet.originRow, block.top - TITLE_ROWS); r <= block.bottom; r++) {
    if (!shapes[r - sheet.originRow]?.filled) continue;
    const signature = rowSignature(sheet, r, lastColumn);
    if (signature.length >= SIGNATURE_MIN) out.add(signature);
  }
  return out;
}

/** The header's columns, and its bottom row's headings by column (those with text), as printed: read once a table. */
interface PrintedHeader {
  columns: number[];
  headings: [number, string][];
}

export function printedHeader(sheet: SheetSnapshot, block: HeaderBlock): PrintedHeader {
  const columns = [...block.headers.keys()];
  const headings = columns
    .filter((c) => textAt(sheet, block.bottom, c))
    .map((c): [number, string] => [c, plainHeading(textAt(sheet, block.bottom, c))]);
  return { columns, headings };
}

/** The footnote marks plainHeading sets aside. */
const FOOTNOTE_MARK = /[*†‡¹²³⁴⁵⁶⁷⁸⁹]/;

/**
 * Whether a cell can read as `heading` (a heading as plainHeading gives it): the first character
 * the cell keeps once spaces and footnote marks are set aside, lower-cased, must begin it. Most
 * cells fail on that one character, without folding the text; the rest are read in full.
 */
function mayRead(value: CellValue, heading: string): boolean {
  // A blank heading is read from blank cells and from figures; a year is written as a number.
  if (heading === '' || typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2a) continue;
      return heading.charCodeAt(0) === (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
    }
    const char = String.fromCodePoint(value.codePointAt(i) as number);
    if (!/\s/.test(char) && !FOOTNOTE_MARK.test(char)) return heading.startsWith(char.toLowerCase());
    i += char.length - 1;
  }
  return false;
}

/**
 * "Lead Department/Service/Outcomes" printed again over "Lead Dept/Service/Outcomes": the same
 * heading with a word shortened, each word the same or one the start of the other.
 */
function abbreviatedAlike(a: string, b: string): boolean {
  const [x, y] = [a.split(/[^a-z0-9]+/).filter(Boolean), b.split(/[^a-z0-9]+/).filter(Boolean)];
  if (x.length < 2 || x.length !== y.length || a === b) return false;
  return x.every((w, i) => w === y[i] || shortens(w, y[i]) || shortens(y[i], w));
}

/** "Dept" of "Department", "Mgr" of "Manager": the same first letter, then the rest in order, three at least. */
function shortens(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0]) return false;
  let at = 1;
  for (const ch of short.slice(1)) {
    at = long.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Headings this short ("Cost", "Status") are words a line may use of itself. */
const MIN_NAMED_HEADING = 10;

/**
 * "Funding | How much does it cost?" past a break, under "… | HOW MUCH DOES IT COST? | …": a line
 * with no figures naming one of the table's headings in another column is a key to that column
 * (its colours or codes), not an item.
 */
export function namesAHeading(sheet: SheetSnapshot, header: PrintedHeader, s: RowShape): boolean {
  if (s.numbers > 0) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const text = textAt(sheet, s.row, c);
    if (text.length < MIN_NAMED_HEADING) continue;
    const named = plainHeading(text);
    if (header.headings.some(([at, heading]) => at !== c && heading === named)) return true;
  }
  return false;
}

/** A header printed again down the table (a page break in the paper it came from). */
export function repeatsHeader(sheet: SheetSnapshot, header: PrintedHeader, row: number): boolean {
  const { headings } = header;
  if (headings.length < 2) return false;
  let same = 0;
  let other = 0;
  for (const [c, heading] of headings)
    // ("165 a. | Action | Who | Deadline" printed again as "166 a. | …" over each minute's actions.)
    if (NUMBERING.test(heading) && NUMBERING.test(textAt(sheet, row, c))) continue;
    else if (mayRead(cellAt(sheet, row, c), heading) && plainHeading(textAt(sheet, row, c)) === heading) same += 1;
    else if (abbreviatedAlike(plainHeading(textAt(sheet, row, c)), heading)) same += 1;
    else if (textAt(sheet, row, c)) other += 1;
  // A heading worded otherwise starts a new table ("Area of spend", then "Sources of finance" over
  // the same years), unless the header is wide enough for a slip in one of every four headings.
  if (other > Math.floor((headings.length - 1) / 4)) return false;
  if (same >= Math.max(2, Math.ceil(headings.length * 0.6))) return true;
  if (same < 2) return false;
  // "Objective | Action(s)" and nothing else: the first headings printed again over a new page.
  const filled = header.columns.filter((c) => textAt(sheet, row, c)).length;
  return filled === same;
}

/**
 * "AEN Funding | | Estimated Saving" under "Proposal | Financial year | Estimated Saving": a
 * section's name where the first heading goes and the other headings printed again over its
 * lines. A heading for what follows, not an item.
 */
export function headsSectionWithHeadings(
  sheet: SheetSnapshot,
  header: PrintedHeader,
  row: number,
  labelColumn: number,
): boolean {
  const label = textAt(sheet, row, labelColumn).trim();
  if (!label || label.length > 60) return false;
  let repeated = 0;
  for (const c of header.columns) {
    if (c === labelColumn) continue;
    const v = cellAt(sheet, row, c);
    if (v === null || v === '') continue;
    const heading = header.headings.find(([hc]) => hc === c)?.[1];
    if (typeof v !== 'string' || heading === undefined || plainHeading(v) !== heading) return false;
    repeated += 1;
  }
  return repeated > 0;
}

/**
 * "Net decrease in budget during the last quarter | Total | …" over the parts of that decrease, the
 * last line "Net decrease in budget": a last line named as the label column's heading names what
 * the lines make up is their total, though no word says "total".
 */
export function markRestatedHeading(
  sheet: SheetSnapshot,
  rows: TableRow[],
  block: HeaderBlock,
  labelColumn: number,
): void {
  const last = rows[rows.length - 1];
  const heading = plainHeading(block.headers.get(labelColumn) ?? '');
  if (!heading || last?.kind !== 'item' || rows.some((r) => r.kind === 'total')) return;
  if (rows.filter((r) => r.kind === 'item').length < 3 || cellsOf(sheet, last.row).length === 0) return;
  if (totalNamedByHeading(plainHeading(textAt(sheet, last.row, labelColumn)), heading)) last.kind = 'total';
}
