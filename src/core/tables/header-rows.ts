/**
 * The rows just under a header, read as more of it or as the table's own: dates, periods and units
 * printed under the headings, a heading's words running on, a label that opens each section, the
 * same headings printed again.
 */
import type { SheetSnapshot } from '../snapshot';
import type { RowShape } from './layout';
import { MAX_HEADER_ROWS, plainHeading, textAt } from './layout';
import type { TableReader } from './reader';
import type { HeaderBlock } from './header-blocks';
import { cellAt, formatAt } from './types';
import { headerWords } from './header-words';
import { isDateFormat } from '../parse/date-formats';

/** Cells of the row that hold dates: numbers shown as dates. */
export function datedCells(sheet: SheetSnapshot, s: RowShape): number {
  if (s.numbers === 0) return 0;
  let dated = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++)
    if (typeof cellAt(sheet, s.row, c) === 'number' && isDateFormat(formatAt(sheet, s.row, c))) dated += 1;
  return dated;
}

/** Whether every heading of `block` is one of `last`'s, as printed (case and marks aside). */
export function sameHeadings(block: HeaderBlock, last: HeaderBlock): boolean {
  const before = new Set([...last.headers.values()].map(plainHeading));
  // ("167 a. | Action | Who | Deadline" under "165 a. | …": the minute's number is no heading.)
  return [...block.headers.values()].every((h) => !h || before.has(plainHeading(h)) || NUMBERING.test(h));
}

/** "165 a.", "12.", "3.1": a minute's or line's number where a heading stands. */
export const NUMBERING = /^\s*\d{1,4}(?:\.\d{1,3})*\s*[a-z]?\.?\s*$/i;

/** Rows of dates and periods under the headings, and how near the figures they must end. */
const DATED_HEADING_ROWS = 3;

/**
 * "BUDGET | ACTUAL TO | TARGET TO" over "2001/2002 | 03.06.2001 | 03.06.2001 | +/- | YEAR-END", then
 * "2001/2002" under the last, then "£" under each: the period each heading covers, printed on rows
 * of their own before the figures begin. Each cell sits under a heading and is short; any figure is
 * a date or a year; the figures follow within a few rows. Headings under group labels, in columns
 * the header left blank ("Description | Actual | Budget" under "P12 - August"), are such rows too
 * where two of them or more read as headings.
 */
export function datesUnderHeadings(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  header: HeaderBlock,
  row: number,
): boolean {
  const s = shapes[row - sheet.originRow];
  if (!s || s.filled === 0 || row - header.bottom > DATED_HEADING_ROWS) return false;
  const labelHeading = headsLabelColumn(sheet, header, s);
  if (s.longest > CONTINUED_LENGTH && !labelHeading) return false;
  const span = [...header.headers.keys()];
  const [first, last] = [Math.min(...span), Math.max(...span)];
  let unheaded = 0;
  let headingWords = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, row, c);
    if (v === null || v === '') continue;
    // (A last heading may stand beyond the header's own, a spacer column between.)
    if ((c < first && !(labelHeading && c === s.firstCol)) || c > last + 2) return false;
    if (!header.headers.get(c)) unheaded += 1;
    if (
      typeof v === 'number' &&
      !isDateFormat(formatAt(sheet, row, c)) &&
      !(Number.isInteger(v) && v >= 1990 && v <= 2100)
    )
      return false;
    const top = typeof v === 'string' ? reader.vocabulary.read(headerWords(v, reader.partnerWords))[0] : undefined;
    if (top && top.score >= 0.5) headingWords += 1;
  }
  // ("Description | Actual | Budget | Variance" under "P12 - August" and "Year to date": headings
  // under the group labels, in columns of their own, read as headings two times or more.)
  if (unheaded > 0 && headingWords < 2) return false;
  // (A section's heading, "Income", and blank rows may stand between them and the first figures.)
  for (let k = row + 1, seen = 0; k - sheet.originRow < shapes.length && seen <= DATED_HEADING_ROWS; k++) {
    const next = shapes[k - sheet.originRow];
    if (next.filled === 0) continue;
    seen += 1;
    // (Anything in the items' label column makes it a line or a heading over them: "10 March 2004"
    // alone over a forward plan's items, "Gliding & Karting | Margaret" over a portfolio's actions.)
    // (Headings under group labels name the label column too: "Description".)
    // (Under headings that name the label column too, lines of one figure each: "Car Parks | | -63,000".)
    if (next.numbers >= (unheaded > 0 ? 1 : 2) && next.numbers > datedCells(sheet, next))
      return unheaded > 0 || cellAt(sheet, row, labelColumnOf(sheet, next)) === null;
  }
  return false;
}

/** The longest a heading over the label column runs ("Description of Major Variances"). */
const LABEL_HEADING_LENGTH = 40;

/**
 * Only the first cell runs long, in a column the header left blank: the heading of the lines'
 * labels, printed on the header's last row beside the last words of the others.
 */
function headsLabelColumn(sheet: SheetSnapshot, header: HeaderBlock, s: RowShape): boolean {
  if (header.headers.get(s.firstCol) || textAt(sheet, s.row, s.firstCol).length > LABEL_HEADING_LENGTH) return false;
  for (let c = s.firstCol + 1; c <= s.lastCol; c++) if (textAt(sheet, s.row, c).length > CONTINUED_LENGTH) return false;
  return true;
}

/** The column of an item's label: its first cell of words (after any column of numbers). */
function labelColumnOf(sheet: SheetSnapshot, item: RowShape): number {
  let label = item.firstCol;
  while (label < item.lastCol && typeof cellAt(sheet, item.row, label) !== 'string') label += 1;
  return label;
}

/** The longest the words of a heading run on the row under it. */
const CONTINUED_LENGTH = 20;

/**
 * "Action | … | Lead" over "Plan Ref. | … | Authority /" over "Group": headings whose words run on
 * to the rows under them, each in its own column, on rows far emptier than the items below (which
 * fill the table across). A lone line in the first column is a section heading, and a year alone
 * heads the lines after it: neither is such words.
 */
export function continuesHeadings(sheet: SheetSnapshot, shapes: RowShape[], header: HeaderBlock, i: number): boolean {
  const s = shapes[i];
  if (s.numbers > 0 || s.filled === 0 || s.longest > CONTINUED_LENGTH) return false;
  if (header.bottom - header.top + 1 >= MAX_HEADER_ROWS) return false;
  const headed = [...header.headers].filter(([, t]) => t !== '').map(([c]) => c);
  if (s.filled * 2 > headed.length) return false;
  // (Words: "2002/03" alone under a heading is the year of the lines that follow.)
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t && (!headed.includes(c) || !/[a-z]{2}/i.test(t))) return false;
  }
  if (s.filled === 1 && s.firstCol === Math.min(...header.headers.keys())) return false;
  for (let k = i + 1; k < shapes.length && k <= i + MAX_HEADER_ROWS; k++) {
    if (shapes[k].filled < Math.max(3, 2 * s.filled)) continue;
    // (A lone line in the items' label column, after a column of their numbers, is a section heading.)
    return !(s.filled === 1 && s.firstCol === labelColumnOf(sheet, shapes[k]));
  }
  return false;
}

/** Rows below a header row looked through for the same label opening another section. */
const SECTION_MARK_REACH = 60;

/**
 * "LBAP Ref. | A | Policy and legislation" under the headings, and "LBAP Ref. | B | Site safeguard"
 * further down: a label that opens each section of the table, not more words of its headings.
 */
export function marksSection(sheet: SheetSnapshot, shapes: RowShape[], i: number): boolean {
  const s = shapes[i];
  const label = textAt(sheet, s.row, s.firstCol);
  if (!label || s.filled < 2) return false;
  // (As printed again after a page break, marks and case aside, the same headings are no section.)
  const rest = (k: number) => {
    const cells: string[] = [];
    for (let c = shapes[k].firstCol + 1; c <= shapes[k].lastCol; c++)
      cells.push(plainHeading(textAt(sheet, shapes[k].row, c)));
    return cells.join('|');
  };
  for (let k = i + 1; k < shapes.length && k <= i + SECTION_MARK_REACH; k++) {
    const t = shapes[k];
    if (t.filled >= 2 && t.firstCol === s.firstCol && textAt(sheet, t.row, t.firstCol) === label)
      return rest(k) !== rest(i);
  }
  return false;
}
