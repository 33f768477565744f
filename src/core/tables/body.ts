/** The rows of a table below its header: items, totals and subtotals, section headings, notes and keys. */
import type { CellValue, SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { TableRow } from './types';
import { cellAt, figureAt, formatAt } from './types';
import { carriedFrom } from './merges';
import { isDateFormat } from '../parse/date-formats';
import { parseMoney } from '../parse/money';
import { parseDate } from '../parse/dates';
import { cellType } from './cell-evidence';
import type { BodyRowKind, RowShape } from './layout';
import {
  LINE_REFERENCE,
  bodyRowKind,
  isAsAtLine,
  isClosingBalance,
  isKeyLine,
  isOpeningBalance,
  isNetLine,
  isNumberedHeading,
  isNumberedSection,
  isTotalLabel,
  isWholeAreaTotal,
  letteredTerms,
  markedWith,
  nextMinutes,
  plainHeading,
  restatesHeading,
  textAt,
} from './layout';
import { typeLines } from './line-types';
import { NUMBERING } from './header-rows';
import type { HeaderBlock } from './header-blocks';

export interface Body {
  rows: TableRow[];
  skipped: TableReading['skippedRows'];
  firstColumn: number;
  lastColumn: number;
  lastRow: number;
  /** The column naming each line's type ("Gross Expenditure", "Gross Income"), where one does. */
  lineTypes?: number;
  /** Each item's update printed on the row under it ("Update 2017 | Completed 2015"), by the item's row. */
  updates?: Map<number, number>;
}

export function readBody(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock, end: number): Body {
  const headerCols = [...block.headers.keys()];
  let firstColumn = Math.min(...headerCols);
  const idx = (r: number) => r - sheet.originRow;
  const lastColumn = unheadedLast(sheet, shapes, block, end) ?? Math.max(...headerCols);
  // A blank header over the label columns: the body's cells start left of the header, next to
  // it or up to three columns left (a reference, a spacer, the label), not counting empty spacers.
  const headed = firstColumn;
  const filledLeft = new Set<number>();
  for (let r = block.bottom + 1, seen = 0; r <= end && seen < 50; r++) {
    const s = shapes[idx(r)];
    if (!s || s.filled === 0) continue;
    seen += 1;
    for (let c = Math.max(s.firstCol, headed - 6); c < headed; c++) if (cellAt(sheet, r, c) !== null) filledLeft.add(c);
  }
  let labels = 0;
  for (let c = headed - 1, empties = 0; c >= Math.max(1, headed - 6) && labels < 3; c--) {
    if (filledLeft.has(c)) [firstColumn, labels, empties] = [c, labels + 1, 0];
    // (Two empty columns right beside the header, one between label columns.)
    else if (++empties > (labels === 0 ? 2 : 1)) break;
  }
  const columns = lastColumn - firstColumn + 1;
  let lastSubstantial = block.bottom;
  for (let r = end; r > block.bottom; r--) {
    const s = shapes[idx(r)];
    if (s && s.filled >= 2 && s.firstCol <= lastColumn) {
      lastSubstantial = r;
      break;
    }
  }
  // An unanswered form ("Recommendation | Cabinet Member | Response | Timetable | Lead Officer" over
  // "a) …", "b) …" and nothing beside them): its listed lines are its items, not notes below it.
  const unanswered = lastSubstantial === block.bottom && listedAlone(sheet, shapes, block.bottom + 1, end, firstColumn);
  const secondFilled = secondFilledColumn(sheet, block.bottom + 1, end, firstColumn, lastColumn);
  const labelColumn = labelColumnOf(sheet, shapes, block.bottom + 1, end, firstColumn, secondFilled);
  // After a column that only numbers the lines, a label may start one column further on.
  const labelReach =
    labelColumn === firstColumn
      ? secondFilled
      : secondFilledColumn(sheet, block.bottom + 1, end, labelColumn, lastColumn);
  const header = printedHeader(sheet, block);
  const printedAbove = rowsAbove(sheet, shapes, block, lastColumn);
  const resumed = minutesResume(sheet, shapes, block);
  // Sections named over the headings printed again: headings for certain, whatever else the table holds.
  const reprinted = new Set<number>();
  const rows: TableRow[] = [];
  const skipped: Body['skipped'] = [];
  let lastRow = block.bottom;
  let closed = false;
  let afterBlank = false;
  // Past a break, with only lines of one cell since (titles of what follows).
  let titled = false;
  // Just past the header printed again over a new page.
  let afterRepeat = false;
  let beyond = false;
  for (let r = block.bottom + 1; r <= end; r++) {
    const s = shapes[idx(r)];
    if (!s || s.filled === 0) {
      [afterBlank, titled] = [true, true];
      continue;
    }
    // After a break, a row of words with a unit of money ("Savings in the 2017-18 budget | £m")
    // heads a table of its own: this one ends here. So does one after a break and titles, its
    // headings naming their unit ("Levy body | Net requirements 2024/25 £000" under "Internal
    // drainage boards (IDB) and Environment Agency charges").
    if (
      !closed &&
      rows.length > 0 &&
      ((afterBlank && headsFigures(sheet, s)) ||
        (titled &&
          !afterBlank &&
          (namesUnits(sheet, s) || headsWords(sheet, s, shapes[idx(r + 1)])) &&
          !repeatsHeader(sheet, header, r)))
    )
      break;
    titled &&= s.filled === 1 && s.numbers === 0;
    // ("| 31/03/2022 | 31/03/2023 | 31/03/2024": a table of figures by date of its own.)
    if (!closed && rows.length > 0 && headsByDates(sheet, s, labelColumn)) break;
    // "24/131 | Parishing Progress" after the action points minuted under 24/130: the minutes go on.
    if (resumed.includes(textAt(sheet, r, s.firstCol).trim())) break;
    // Past a break and the last row of two or more cells, a line on its own is no item of this
    // table ("Objective two" over the next objective's own table).
    if (afterBlank && r > lastSubstantial && s.filled === 1) beyond = true;
    const afterBreak = afterBlank;
    afterBlank = false;
    const lead = textAt(sheet, r, s.firstCol);
    if (closed || beyond) {
      skipped.push({ row: r, reason: isKeyLine(lead) ? 'key' : 'note', text: lead.slice(0, 80) });
      continue;
    }
    const repeated = repeatsHeader(sheet, header, r) || printedAbove.has(rowSignature(sheet, r, lastColumn));
    if (!repeated && headsSectionWithHeadings(sheet, header, r, labelColumn)) reprinted.add(r);
    const read: BodyRowKind = repeated
      ? 'repeated header'
      : reprinted.has(r)
        ? 'section heading'
        : afterRepeat && runsOn(sheet, s, labelColumn)
          ? 'continued'
          : unanswered
            ? 'item'
            : bodyRowKind(sheet, s, firstColumn, lastColumn, columns, r > lastSubstantial, labelReach);
    afterRepeat = read === 'repeated header';
    const kind =
      read === 'item' && isWholeAreaTotal(sheet, shapes, r)
        ? 'total'
        : read === 'item' && afterBreak && rows.length > 0 && namesAHeading(sheet, header, s)
          ? 'key'
          : read;
    // Below a key heading come the key's lines ("Reference: the tracker's number"), not items.
    if (kind === 'key') closed = true;
    if (kind === 'item' || kind === 'total' || kind === 'subtotal') {
      rows.push({ row: r, kind });
      lastRow = r;
      // A total followed by a break ends the table: what follows is notes, unless more lines of
      // figures lead to a further total ("Earmarked Reserves", then "Total Capital Programme").
      if (kind === 'total' && (shapes[idx(r + 1)]?.filled ?? 0) === 0 && !totalFollows(sheet, shapes, r, end))
        closed = true;
    } else if (kind === 'section heading') {
      rows.push({ row: r, kind: 'section' });
      skipped.push({ row: r, reason: kind, text: lead.slice(0, 80) });
    } else if (kind !== 'blank') {
      skipped.push({ row: r, reason: kind, text: lead.slice(0, 80) });
    }
  }
  grossLinesOpeningSections(sheet, rows, labelColumn);
  markSectionLabels(sheet, shapes, rows, skipped);
  markMergedContinuations(sheet, shapes, rows, skipped, labelColumn);
  unheadLoneLabel(sheet, rows, skipped, labelColumn, reprinted);
  markUnlabelledTotals(sheet, shapes, rows, labelColumn);
  markTotalsAmongLines(sheet, rows, firstColumn, lastColumn);
  markTotalsStatedAlone(sheet, rows, firstColumn, lastColumn);
  markSumRows(sheet, rows, firstColumn, lastColumn);
  markClosingBalances(sheet, rows, firstColumn, lastColumn);
  markCarriedTotal(sheet, shapes, rows);
  markRestatedHeading(sheet, rows, block, labelColumn);
  markRestatedOpening(sheet, rows, labelColumn);
  markLetteredSums(sheet, rows, labelColumn);
  unmarkNumberedBoxes(sheet, rows, firstColumn, lastColumn);
  const lineTypes = typeLines(sheet, rows, firstColumn, lastColumn);
  const updates = updateRows(sheet, shapes, rows, skipped);
  markMinuteHeadings(sheet, shapes, rows, skipped, firstColumn, lastColumn);
  return {
    rows,
    skipped,
    firstColumn,
    lastColumn,
    lastRow,
    ...(lineTypes === null ? {} : { lineTypes }),
    ...(updates.size === 0 ? {} : { updates }),
  };
}

/**
 * "24/130 | Action points from previous meeting." just above the header: the table is part of
 * that minute, and the minute numbered next after it ("24/131") is the minutes going on, not one
 * of its lines. Empty where no minute's number stands above the header.
 */
function minutesResume(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock): string[] {
  for (let r = block.top - 1; r >= Math.max(sheet.originRow, block.top - 2); r--) {
    const s = shapes[r - sheet.originRow];
    if (!s || s.filled === 0) continue;
    return nextMinutes(textAt(sheet, r, s.firstCol));
  }
  return [];
}

/** "a)", "(ii)", "3.", "12)": a line's place in a list, at its start. */
const LIST_MARK = /^\s*(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|\d{1,3}[.)])\s+\S/i;

/** Two lines or more from `from`, to a blank row, each alone in the first column and marked as listed. */
function listedAlone(sheet: SheetSnapshot, shapes: RowShape[], from: number, end: number, column: number): boolean {
  let lines = 0;
  for (let r = from; r <= end; r++) {
    const s = shapes[r - sheet.originRow];
    if (!s || s.filled === 0) break;
    if (s.filled !== 1 || s.firstCol !== column || !LIST_MARK.test(textAt(sheet, r, column))) return false;
    lines += 1;
  }
  return lines >= 2;
}

/** Columns a heading leaves blank that its actions fill (their status, owner…). */
const MIN_BLANK_AFTER = 2;

/**
 * "7. | Question and Answer Session with the Mayor's Office" and nothing more, over actions whose
 * reference cell is blank: the minute the actions below come from, not an action missing its
 * owner and status. Read as a heading where every row under it, up to the next reference, fills
 * the cells it leaves blank.
 */
function markMinuteHeadings(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  skipped: Body['skipped'],
  firstColumn: number,
  lastColumn: number,
): void {
  const shape = (row: number) => shapes[row - sheet.originRow];
  for (let k = 0; k + 1 < rows.length; k++) {
    const { row, kind } = rows[k];
    const s = shape(row);
    // A reference and a subject, with two columns or more of the table's left blank.
    if (kind !== 'item' || s.numbers > 0 || s.filled !== 2 || s.firstCol !== firstColumn) continue;
    if (lastColumn - s.lastCol < MIN_BLANK_AFTER || !textAt(sheet, row, s.lastCol)) continue;
    const under = rows.slice(k + 1).findIndex((r) => r.kind !== 'item' || cellAt(sheet, r.row, firstColumn) !== null);
    const actions = rows.slice(k + 1, under === -1 ? rows.length : k + 1 + under);
    if (actions.length === 0 || actions[0].row !== row + 1) continue;
    if (!actions.every((r) => shape(r.row).lastCol > s.lastCol)) continue;
    rows[k] = { row, kind: 'section' };
    skipped.push({ row, reason: 'section heading', text: textAt(sheet, row, firstColumn + 1).slice(0, 80) });
  }
  skipped.sort((a, b) => a.row - b.row);
}

/** "Update 2017", "Progress update:", "Position at Q2": a row's first words naming it an update. */
const UPDATE_LABEL = /^\s*(?:(?:progress\s+)?update|progress|position|latest position)\b[^.;]{0,20}$/i;
/** "PROGRESS\nSelf assessment questionnaires all distributed…", "Update: …": the label and the update in one cell. */
const UPDATE_CELL = /^\s*(?:(?:progress\s+)?update|progress|latest position)\s*(?::\s*|[-–]\s+|\n\s*)\S/i;

/**
 * "Update 2017 | Completed 2015" (or "PROGRESS" and the words in one cell) on the row straight under
 * an action, with nothing else in it: the action's update printed beneath it, not an action of its own. Taken out of the items, each is
 * kept by the row of the item it updates.
 */
function updateRows(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  skipped: Body['skipped'],
): Map<number, number> {
  const updates = new Map<number, number>();
  for (let k = rows.length - 1; k >= 1; k--) {
    const { row, kind } = rows[k];
    const above = rows[k - 1];
    const s = shapes[row - sheet.originRow];
    if (kind !== 'item' || above.kind !== 'item' || above.row !== row - 1 || s.numbers > 0) continue;
    const label = textAt(sheet, row, s.firstCol);
    const labelled = s.filled === 2 && UPDATE_LABEL.test(label) && textAt(sheet, row, s.lastCol) !== '';
    // (Merged across the table, the one cell shows in each column it spans.)
    const oneCell = s.filled === 1 || textAt(sheet, row, s.lastCol) === label;
    // (Read as typed: the line break after the label is what sets it apart from a sentence.)
    const raw = cellAt(sheet, row, s.firstCol);
    if (!labelled && !(oneCell && typeof raw === 'string' && UPDATE_CELL.test(raw))) continue;
    updates.set(above.row, row);
    rows.splice(k, 1);
    skipped.push({ row, reason: 'update', text: label.slice(0, 80) });
  }
  skipped.sort((a, b) => a.row - b.row);
  return updates;
}

/** Lines numbered 1, 2, 3… with no gap or repeat, this many at least, number the boxes of a form. */
const MIN_BOXES = 4;

/**
 * A form's boxes numbered one after another ("2 Precept", "3 Total Other Receipts", "4 Staff
 * Costs") are each a figure of their own, whatever their names: a total is not numbered in the run
 * of the lines it adds up.
 */
function unmarkNumberedBoxes(sheet: SheetSnapshot, rows: TableRow[], firstColumn: number, lastColumn: number): void {
  const numbered = rows.filter((r) => r.kind !== 'section');
  if (numbered.length < MIN_BOXES || !numbered.some((r) => r.kind !== 'item')) return;
  const numbers = numbered.map((r) => boxNumber(sheet, r.row, firstColumn, lastColumn));
  if (!numbers.every((n, i) => n !== null && n === (i === 0 ? n : (numbers[i - 1] as number) + 1))) return;
  if (!Number.isInteger(numbers[0])) return;
  for (const r of numbered) r.kind = 'item';
}

/** "Box 7:", "Box 7": a form's box named in a cell of its own beside the line. */
const BOX_CELL = /^\s*box\s*(\d{1,2})\s*[:.]?\s*$/i;

/** The number of the form's box a line is: a number in the first column, or "Box 7:" in a cell of its own. */
function boxNumber(sheet: SheetSnapshot, row: number, firstColumn: number, lastColumn: number): number | null {
  const first = cellAt(sheet, row, firstColumn);
  if (typeof first === 'number') return first;
  for (let c = firstColumn; c <= lastColumn; c++) {
    const m = BOX_CELL.exec(textAt(sheet, row, c));
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * "Gross Direct Costs", "Gross Direct Income" first under a service's name, before any other line:
 * figures of their own that the "Net Expenditure" below adds in, not subtotals of nothing.
 */
function grossLinesOpeningSections(sheet: SheetSnapshot, rows: TableRow[], labelColumn: number): void {
  let sawLine = false;
  for (const [i, r] of rows.entries()) {
    if (r.kind === 'section') sawLine = false;
    else if (r.kind === 'item' || r.kind === 'total') sawLine = true;
    else if (r.kind === 'subtotal' && !sawLine && isNetLine(textAt(sheet, r.row, labelColumn)))
      rows[i] = { row: r.row, kind: 'item' };
    else sawLine = true;
  }
}

/**
 * The column naming the lines: the first, unless it only numbers them ("No." over 1, 2, 3, or
 * "1.", "1.2") and the second column with anything in it holds the names.
 */
function labelColumnOf(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  top: number,
  end: number,
  firstColumn: number,
  labelReach: number,
): number {
  let numbers = 0;
  let names = 0;
  for (let r = top; r <= end; r++) {
    const s = shapes[r - sheet.originRow];
    if (!s || s.filled === 0) continue;
    const v = cellAt(sheet, r, firstColumn);
    if (typeof v === 'number' || (typeof v === 'string' && LINE_REFERENCE.test(v))) numbers += 1;
    else if (typeof v === 'string' && v.trim()) names += 1;
  }
  return numbers > 0 && names === 0 ? labelReach : firstColumn;
}

/**
 * The second column from the left with anything in it below the header: where a row's label may
 * still start ("GC0101 | Chief Executive"), empty spacer columns between them skipped.
 */
function secondFilledColumn(
  sheet: SheetSnapshot,
  top: number,
  end: number,
  firstColumn: number,
  lastColumn: number,
): number {
  let seen = 0;
  for (let c = firstColumn; c <= lastColumn; c++) {
    let filled = false;
    for (let r = top; r <= end && !filled; r++) filled = textAt(sheet, r, c) !== '' || cellAt(sheet, r, c) !== null;
    if (filled && ++seen === 2) return c;
  }
  return firstColumn + 1;
}

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
function rowSignature(sheet: SheetSnapshot, row: number, lastColumn: number): string {
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
function rowsAbove(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock, lastColumn: number): Set<string> {
  const out = new Set<string>();
  for (let r = Math.max(sheet.originRow, block.top - TITLE_ROWS); r <= block.bottom; r++) {
    if (!shapes[r - sheet.originRow]?.filled) continue;
    const signature = rowSignature(sheet, r, lastColumn);
    if (signature.length >= SIGNATURE_MIN) out.add(signature);
  }
  return out;
}

/**
 * Past a blank row or two after the total on `row`, lines of figures and then another total, or a
 * total straight away ("Total Cash and Investments" under "Total Treasury Investments"), before `end`.
 */
function totalFollows(sheet: SheetSnapshot, shapes: RowShape[], row: number, end: number): boolean {
  let k = row + 1;
  let blanks = 0;
  const at = (r: number) => shapes[r - sheet.originRow];
  for (; k <= end && (at(k)?.filled ?? 0) === 0; k++) if (++blanks > 2) return false;
  // ("EXPENDITURE" alone over the next section's lines, as "INCOME" headed the first.)
  const heading = at(k);
  if (heading?.filled === 1 && heading.numbers === 0 && heading.longest <= 40) k += 1;
  let lines = 0;
  for (; k <= end && lines <= 12; k++) {
    const s = at(k);
    // (Lines spaced a blank row apart, as the account above them may be: "Corporation Tax", blank, "Surplus after tax".)
    if (s?.filled === 0 && lines > 0 && blanks < 2 && (at(k + 1)?.numbers ?? 0) > 0) {
      blanks += 1;
      continue;
    }
    if (!s || s.filled === 0 || s.numbers === 0) return false;
    if (isTotalLabel(rowLabelText(sheet, k, s.firstCol, s.lastCol))) return true;
    lines += 1;
  }
  return false;
}

/**
 * A blank header over the column right of the last heading, with something in it on most rows
 * ("Corporate Governance Area | Lead Officer | " over the updates): the table's last column.
 */
function unheadedLast(sheet: SheetSnapshot, shapes: RowShape[], block: HeaderBlock, end: number): number | null {
  const last = Math.max(...block.headers.keys());
  // (An empty spacer column may stand between, as the table's other columns are spaced.)
  for (const next of [last + 1, last + 2]) {
    let rows = 0;
    let there = 0;
    for (let r = block.bottom + 1; r <= end && rows < 50; r++) {
      const s = shapes[r - sheet.originRow];
      if (!s || s.filled < 2) continue;
      rows += 1;
      if (textAt(sheet, r, next) || typeof cellAt(sheet, r, next) === 'number') there += 1;
    }
    if (rows >= 2 && there / rows >= 0.6) return next;
    if (there > 0) return outerTotals(sheet, shapes, block, end, next) ? next : null;
  }
  return null;
}

/**
 * "sub total | (blank) | 48,971" beside lines whose figures stand in the column before it: a column
 * holding only figures, each on a line that leaves the column before it blank, two of them at least,
 * one a total by its label: the outer column of accounts printed in two columns.
 */
function outerTotals(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  block: HeaderBlock,
  end: number,
  column: number,
): boolean {
  let figures = 0;
  let totalled = false;
  for (let r = block.bottom + 1; r <= end; r++) {
    const s = shapes[r - sheet.originRow];
    const v = cellAt(sheet, r, column);
    if (!s || v === null || v === '') continue;
    if (typeof v !== 'number' || cellAt(sheet, r, column - 1) !== null) return false;
    figures += 1;
    totalled ||= isTotalLabel(textAt(sheet, r, s.firstCol));
  }
  return figures >= 2 && totalled;
}

const UNIT_ONLY = /^\s*\(?£\s*'?(?:m|k|bn|0{3}s?|'0{3}s?|million|thousands?)?\)?\s*$/i;

/** A row of dates alone, right of the label column: the header of a table of figures by date. */
function headsByDates(sheet: SheetSnapshot, s: RowShape, labelColumn: number): boolean {
  if (s.filled < 2 || s.firstCol <= labelColumn) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, s.row, c);
    if (v === null) continue;
    const d = parseDate(v, { date1904: false, numberFormat: formatAt(sheet, s.row, c) });
    if (d.kind !== 'date' || d.precision !== 'day' || d.note !== undefined || d.inPhrase) return false;
  }
  return true;
}

/** A row of words, one of them only a unit of money: the header of a table of figures. */
/** A money unit inside a heading: "Net requirements 2024/25 £000", "Budget (£m)". */
const NAMES_UNIT = /£\s*(?:'?000s?|m|k|bn)?(?![\d,.])/i;

/** A row of two headings or more, words only, one naming the unit of the figures under it. */
function namesUnits(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.numbers > 0 || s.filled < 2 || s.longest > 60) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) if (NAMES_UNIT.test(textAt(sheet, s.row, c))) return true;
  return false;
}

/** The most words, and characters, in a heading of a table of words. */
const HEADING_WORDS = 3;
const HEADING_CHARS = 30;

/**
 * "Indicator Type | Indicator | Reporting Measure" after a break and a title, over longer words:
 * three headings or more, each a few words with no date, status or figure in it, over a row whose
 * cells run longer: the header of a table of words of its own.
 */
function headsWords(sheet: SheetSnapshot, s: RowShape, next: RowShape | undefined): boolean {
  if (s.numbers > 0 || s.filled < 3 || !next || next.filled < 2 || next.numbers > 0) return false;
  const words = (row: number, from: number, to: number) => {
    const counts: number[] = [];
    for (let c = from; c <= to; c++) {
      const t = textAt(sheet, row, c);
      if (t) counts.push(t.split(/\s+/).length);
    }
    return counts;
  };
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, s.row, c);
    if (v === null) continue;
    const t = textAt(sheet, s.row, c);
    const type = cellType(v, formatAt(sheet, s.row, c));
    if (!t || t.length > HEADING_CHARS || t.split(/\s+/).length > HEADING_WORDS) return false;
    if (type === 'date' || type === 'vagueDate' || type === 'status' || type === 'year') return false;
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return mean(words(next.row, next.firstCol, next.lastCol)) > 2 * mean(words(s.row, s.firstCol, s.lastCol));
}

function headsFigures(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.numbers > 0 || s.filled < 2) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++)
    if (UNIT_ONLY.test(textAt(sheet, s.row, c)) && textAt(sheet, s.row, c)) return true;
  return false;
}

/** The most cells a section's opening line fills, and the longest its title runs. */
const SECTION_LINE_CELLS = 3;
const SECTION_TITLE_LENGTH = 60;

/**
 * "LBAP Ref. | A | Policy and legislation" and, further down, "LBAP Ref. | B | Site safeguard": a
 * label that opens each section, on short lines among items that fill twice as many cells. Two
 * such lines with the same label and different words after it are headings, not items.
 */
function markSectionLabels(sheet: SheetSnapshot, shapes: RowShape[], rows: TableRow[], skipped: Body['skipped']): void {
  const filled = (row: number) => shapes[row - sheet.originRow]?.filled ?? 0;
  const lead = (row: number) => {
    const s = shapes[row - sheet.originRow];
    return s ? textAt(sheet, row, s.firstCol) : '';
  };
  // (Words only, and short: "Update 2010 | The principles have been used…" is an update, "1 | …" a numbered line.)
  const opens = (r: TableRow) => {
    const s = shapes[r.row - sheet.originRow];
    const label = lead(r.row);
    return (
      r.kind === 'item' &&
      s.filled >= 2 &&
      s.filled <= SECTION_LINE_CELLS &&
      s.numbers === 0 &&
      s.longest <= SECTION_TITLE_LENGTH &&
      /[a-z]{2}/i.test(label) &&
      !LINE_REFERENCE.test(label)
    );
  };
  const short = rows.filter(opens);
  const fullest = Math.max(0, ...rows.filter((r) => r.kind === 'item').map((r) => filled(r.row)));
  const byLabel = new Map<string, TableRow[]>();
  for (const r of short) if (lead(r.row)) byLabel.set(lead(r.row), [...(byLabel.get(lead(r.row)) ?? []), r]);
  for (const [label, opening] of byLabel) {
    const rests = new Set(opening.map((r) => rowSignature(sheet, r.row, shapes[r.row - sheet.originRow].lastCol)));
    if (opening.length < 2 || rests.size < opening.length) continue;
    if (opening.some((r) => 2 * filled(r.row) > fullest)) continue;
    for (const r of opening) {
      rows[rows.indexOf(r)] = { row: r.row, kind: 'section' };
      skipped.push({ row: r.row, reason: 'section heading', text: label.slice(0, 80) });
    }
  }
  skipped.sort((a, b) => a.row - b.row);
}

/** A bullet opening a cell: "• Alcohol and Substance Misuse" running on from the last page's list. */
const RUNS_ON = /^\s*[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u25e6*-]\s*\S/;

/**
 * Under the header printed again over a new page, a row of one or two cells, none its label, each
 * a bulleted list: the rest of the item whose cells the page broke.
 */
function runsOn(sheet: SheetSnapshot, s: RowShape, labelColumn: number): boolean {
  if (s.filled > 2 || s.numbers > 0 || textAt(sheet, s.row, labelColumn)) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t && !RUNS_ON.test(t)) return false;
  }
  return true;
}

/** The longest the one cell of its own a row may have and still only add to the item merged over it ("Q2"). */
const CONTINUED_CELL = 20;

/**
 * "SO1" and its action merged down over four rows, "Q1" … "Q4" beside them: the rows under the
 * first are more of the same item, not items of their own. A row whose label is merged down from
 * an item above, with one short cell of its own and no figures, is such a row; one with words or
 * figures of its own ("Review the policy" beside a merged "Housing", a year's split beside a
 * merged body's name) is an item under a merged group.
 */
function markMergedContinuations(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  rows: TableRow[],
  skipped: Body['skipped'],
  labelColumn: number,
): void {
  const items = new Set(rows.filter((r) => r.kind === 'item').map((r) => r.row));
  for (let i = rows.length - 1; i >= 0; i--) {
    const { row, kind } = rows[i];
    const from = carriedFrom(sheet, row, labelColumn);
    if (kind !== 'item' || from === undefined || from === row || !items.has(from)) continue;
    const s = shapes[row - sheet.originRow];
    if (s.numbers > 0) continue;
    let own = 0;
    for (let c = s.firstCol; c <= s.lastCol; c++) {
      if (carriedFrom(sheet, row, c) !== undefined || cellAt(sheet, row, c) === null) continue;
      own += textAt(sheet, row, c).length > CONTINUED_CELL ? 2 : 1;
    }
    if (own > 1) continue;
    rows.splice(i, 1);
    skipped.push({ row, reason: 'continued', text: textAt(sheet, row, labelColumn).slice(0, 80) });
  }
  skipped.sort((a, b) => a.row - b.row);
}

/**
 * Headings come before what they head: a table whose first row is an item has no sections, so one
 * label alone among its items ("ICT Resilience Planning" with a blank status) is an item whose
 * other cells are blank. A label written as a heading (capitals, a closing colon) stays one.
 */
function unheadLoneLabel(
  sheet: SheetSnapshot,
  rows: TableRow[],
  skipped: Body['skipped'],
  labelColumn: number,
  reprinted: ReadonlySet<number>,
): void {
  if (rows[0]?.kind !== 'item') return;
  const textOf = (row: number) => skipped.find((s) => s.row === row)?.text ?? '';
  // (Capitals set a heading apart only from items that are not in capitals themselves.)
  const capitals = (t: string) => /[A-Z]/.test(t) && t === t.toUpperCase();
  const items = rows.filter((r) => r.kind === 'item').map((r) => textAt(sheet, r.row, labelColumn));
  const itemsInCapitals = items.filter(capitals).length * 2 > items.length;
  // ("PS1.2. Regeneration DPD" over its stages is a heading by its code; it leaves the one plain
  // label among the stages, "Pre-examination meeting", an item whose date was left out.)
  const headed = (t: string) =>
    (capitals(t) && !itemsInCapitals) ||
    /:\s*$/.test(t) ||
    isNumberedSection(t) ||
    isNumberedHeading(t) ||
    CODED_TITLE.test(t);
  const sections = rows.filter((r) => r.kind === 'section' && !headed(textOf(r.row)) && !reprinted.has(r.row));
  if (sections.length !== 1) return;
  // ("Data and Intelligence" between "TF1. Foster …" and "TF2. Ensure …": items carry their codes,
  // and a label without one is the theme over them.)
  const codedItems = items.filter((t) => CODED_TITLE.test(t)).length;
  if (codedItems >= 2 && codedItems * 2 > items.length) return;
  const at = rows.indexOf(sections[0]);
  if (at === rows.length - 1) return;
  rows[at] = { row: sections[0].row, kind: 'item' };
  skipped.splice(
    skipped.findIndex((s) => s.row === sections[0].row),
    1,
  );
}

/** "PS1.2. Regeneration DPD", "3.1 Housing": a title after the code it is numbered by. */
const CODED_TITLE = /^\s*[A-Z]{0,4}\d+(?:\.\d+)*\.?\s+\S/i;

/**
 * "Balance Remaining" or "Budget as at 31 January 2020" under a balance brought forward (or one
 * "as at" an earlier date) and the movements since: where the statement closes, a total of them.
 */
function markClosingBalances(sheet: SheetSnapshot, rows: TableRow[], firstColumn: number, lastColumn: number): void {
  let opened = false;
  for (const r of rows) {
    if (r.kind !== 'item') continue;
    const label = rowLabelText(sheet, r.row, firstColumn, lastColumn);
    // (A form's numbered box "5 Balances carried forward" is a box of its own, checked as a line.)
    const boxed = boxNumber(sheet, r.row, firstColumn, lastColumn) !== null;
    if (opened && !boxed && (isClosingBalance(label) || isAsAtLine(label))) r.kind = 'total';
    else if (isOpeningBalance(label) || isAsAtLine(label)) opened = true;
  }
}

/** A row's first words: its label, wherever it starts. */
function rowLabelText(sheet: SheetSnapshot, row: number, firstColumn: number, lastColumn: number): string {
  for (let c = firstColumn; c <= lastColumn; c++) {
    const t = textAt(sheet, row, c);
    if (/\p{L}/u.test(t)) return t;
  }
  return '';
}

/**
 * "(100)", "£1,500k", "-25", "12,000": a figure typed as text, marked as one by brackets, a pound
 * sign, a scale, a sign or separated thousands. Bare digits typed as text ("2") are references.
 */
const FIGURE_TEXT =
  /^\s*(?:\(\s*£?\s*\d[\d,]*(?:\.\d+)?\s*\)|[-–]\s*£?\s*\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)?|£\s*\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)?|\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn)|\d{1,3}(?:,\d{3})+(?:\.\d+)?)\s*$/i;

/**
 * A line whose every figure is exactly the sum of the lines above it since the last total or
 * heading ("Service expenditure" under nine directorates) is a subtotal, whatever its label: sums
 * that agree in every column do not happen by chance. A line worded as such a subtotal elsewhere in
 * the table ("Expenditure" closing each cost centre's lines) is one too where most of its figures
 * agree: the column that does not holds the slip the totals check is for.
 */
function markSumRows(sheet: SheetSnapshot, rows: TableRow[], firstColumn: number, lastColumn: number): void {
  const sumWords = scanSumRows(sheet, rows, firstColumn, lastColumn, new Set());
  if (sumWords.size > 0) scanSumRows(sheet, rows, firstColumn, lastColumn, sumWords);
}

/**
 * "Precept | 265", "Total other receipts | 104", then "| 369" with no words: a line of bare figures
 * adding the lines just above it, one of them named "Total …" (all the other receipts, in one
 * line). That one is a line of the sum, not a total of its own. (The lines run unbroken from a
 * blank row or a heading to the bare line.)
 */
function markTotalsAmongLines(sheet: SheetSnapshot, rows: TableRow[], firstColumn: number, lastColumn: number): void {
  const bare = (row: number) => {
    let figures = 0;
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = cellAt(sheet, row, c);
      if (typeof v === 'string' && /\p{L}/u.test(v)) return false;
      if (figureAt(sheet, row, c) !== null) figures += 1;
    }
    return figures > 0;
  };
  rows.forEach((r, i) => {
    if (r.kind !== 'item' || !bare(r.row)) return;
    let k = i;
    while (k > 0 && rows[k - 1].row === rows[k].row - 1 && rows[k - 1].kind !== 'section') k -= 1;
    const lines = rows.slice(k, i);
    const named = lines.filter((l) => l.kind === 'total');
    if (lines.length < 2 || named.length === 0) return;
    let agreeing = 0;
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = figureAt(sheet, r.row, c);
      if (v === null || v === 0) continue;
      const sum = lines.reduce((a, l) => a + (figureAt(sheet, l.row, c) ?? 0), 0);
      if (Math.abs(v - sum) <= Math.abs(sum) * 1e-9 + 1e-6) agreeing += 1;
    }
    if (agreeing > 0) for (const l of named) l.kind = 'item';
  });
}

/**
 * "Total Fixed assets", "Total Cash & short term investments", "Total borrowings" one under another
 * after a break, under the account's bottom line and with no lines of their own: each a figure
 * stated on its own (a balance sheet in brief), not a total of the lines above the break.
 */
function markTotalsStatedAlone(sheet: SheetSnapshot, rows: TableRow[], firstColumn: number, lastColumn: number): void {
  const totalled = (r: TableRow | undefined) => r !== undefined && (r.kind === 'total' || r.kind === 'subtotal');
  for (let i = 1; i < rows.length; i++) {
    const before = rows[i - 1];
    if (!totalled(before) || rows[i].row - before.row < 2 || rows[i].kind !== 'total') continue;
    let j = i;
    while (j + 1 < rows.length && rows[j + 1].row === rows[j].row + 1 && rows[j + 1].kind === 'total') j += 1;
    const run = rows.slice(i, j + 1);
    const distinct = new Set(run.map((r) => rowWords(sheet, r.row, firstColumn, lastColumn))).size;
    if (run.length >= 2 && j === rows.length - 1 && distinct === run.length) for (const r of run) r.kind = 'item';
    i = j;
  }
}

/** A row's words, the text cells with letters in them: what it is called, wherever it is written. */
function rowWords(sheet: SheetSnapshot, row: number, firstColumn: number, lastColumn: number): string {
  const words: string[] = [];
  for (let c = firstColumn; c <= lastColumn; c++) {
    const t = textAt(sheet, row, c);
    if (/\p{L}/u.test(t)) words.push(t.trim().toLowerCase());
  }
  return words.join('|');
}

/** Marks the sum rows as subtotals, those worded as in `sumWords` on most figures; returns the words of those marked. */
function scanSumRows(
  sheet: SheetSnapshot,
  rows: TableRow[],
  firstColumn: number,
  lastColumn: number,
  sumWords: ReadonlySet<string>,
): Set<string> {
  const marked = new Set<string>();
  const width = lastColumn - firstColumn + 1;
  // One row's figures at a time, by column (null where it has none), and the sums since the last total or heading.
  const values = new Array<number | null>(width).fill(null);
  const sums = new Array<number>(width).fill(0);
  let count = 0;
  const readFigures = (row: number) => {
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = cellAt(sheet, row, c);
      const format = formatAt(sheet, row, c);
      // Dates and percentages are numbers too, but they are not added up.
      const figure =
        typeof v === 'number' && Number.isFinite(v) && !(format && (isDateFormat(format) || format.includes('%')));
      // "(100)", "£45k": a figure typed as text is added up like the others.
      const typed = typeof v === 'string' && FIGURE_TEXT.test(v) ? parseMoney(v) : null;
      values[c - firstColumn] = figure ? (v as number) : typed?.kind === 'amount' ? typed.value : null;
    }
  };
  /** A row of figures with no words at all: nothing says what it is but its figures. */
  const unlabelled = (row: number) => {
    for (let c = firstColumn; c <= lastColumn; c++) {
      const v = cellAt(sheet, row, c);
      if (typeof v === 'string' && v.trim() !== '' && !FIGURE_TEXT.test(v)) return false;
    }
    return true;
  };
  const exact = (v: number, sum: number) => Math.abs(v - sum) <= Math.max(1e-6, Math.abs(sum) * 1e-9);
  // Columns holding only small whole numbers so far (priorities 1 to 3, scores): their sums agree by chance.
  const ratings = new Array<boolean>(width).fill(true);
  // The last line of items: a line closing the table that sums most of its figures is its total.
  const lastItem = rows.reduce((last, r, i) => (r.kind === 'item' ? i : last), -1);
  /** Whether the row just read adds up to `against`, the sums of its `lines` lines above; its words marked if so. */
  const addsUpTo = (row: number, index: number, against: readonly number[], lines: number): boolean => {
    // The row's figures against the sums above them: how many there are, whether any is not
    // zero, whether all agree, how many non-zero ones agree, and the column of a lone one.
    let present = 0;
    let nonZero = false;
    let allExact = true;
    let agreeing = 0;
    let nonZeros = 0;
    // Small whole numbers alone (priorities, scores, the lines' own numbers 1, 2 then 3) agree by chance.
    let byChance = true;
    for (let i = 0; i < width; i++) {
      const v = values[i];
      if (v === null) continue;
      present += 1;
      byChance &&= ratings[i];
      if (v !== 0) [nonZero, nonZeros] = [true, nonZeros + (ratings[i] ? 0 : 1)];
      const agrees = exact(v, against[i]);
      if (!agrees) allExact = false;
      else if (v !== 0 && !ratings[i]) agreeing += 1;
    }
    // A labelled line must agree in every column; a line of bare figures under the items, in one
    // of figures (the others may hold the slip a check is for; "3" under years 1 and 2 is no sum).
    const words = sumWords.size > 0 || allExact ? rowWords(sheet, row, firstColumn, lastColumn) : '';
    const mostAgree = agreeing >= 2 && agreeing * 2 > nonZeros;
    const worded = words !== '' && sumWords.has(words) && mostAgree;
    const adds =
      lines >= 2 &&
      present > 0 &&
      nonZero &&
      ((!byChance && allExact) || (agreeing > 0 && unlabelled(row)) || worded || (index === lastItem && mostAgree));
    if (adds && words !== '') marked.add(words);
    return adds;
  };
  // The sums since the last total, through the section headings since ("Expenditure:", its lines,
  // "Running Costs:", theirs, then a line of bare figures adding all of them).
  const sinceTotal = new Array<number>(width).fill(0);
  let countSinceTotal = 0;
  let headedSinceTotal = false;
  for (const [index, r] of rows.entries()) {
    if (r.kind !== 'item') {
      sums.fill(0);
      count = 0;
      if (r.kind === 'section') headedSinceTotal = true;
      else {
        sinceTotal.fill(0);
        [countSinceTotal, headedSinceTotal] = [0, false];
      }
      continue;
    }
    readFigures(r.row);
    const adds =
      addsUpTo(r.row, index, sums, count) ||
      (headedSinceTotal && countSinceTotal > count && addsUpTo(r.row, index, sinceTotal, countSinceTotal));
    if (adds) {
      r.kind = 'subtotal';
      sums.fill(0);
      sinceTotal.fill(0);
      [count, countSinceTotal, headedSinceTotal] = [0, 0, false];
      continue;
    }
    // (A line with no figures, a heading the layout took for a line, adds nothing to count.)
    if (values.every((v) => v === null)) continue;
    for (let i = 0; i < width; i++) {
      const v = values[i];
      if (v === null) continue;
      sums[i] += v;
      sinceTotal[i] += v;
      if (!Number.isInteger(v) || Math.abs(v) > 10) ratings[i] = false;
    }
    count += 1;
    countSinceTotal += 1;
  }
  return marked;
}

/** The header's columns, and its bottom row's headings by column (those with text), as printed: read once a table. */
interface PrintedHeader {
  columns: number[];
  headings: [number, string][];
}

function printedHeader(sheet: SheetSnapshot, block: HeaderBlock): PrintedHeader {
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
function namesAHeading(sheet: SheetSnapshot, header: PrintedHeader, s: RowShape): boolean {
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
function repeatsHeader(sheet: SheetSnapshot, header: PrintedHeader, row: number): boolean {
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
function headsSectionWithHeadings(
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
 * A row of figures with no words at all, under a column of labels, is a total, as a reader sees at
 * once ("", "", 220, 190, 60 after four named savings): the last such row totals the table, others
 * their section.
 */
function markUnlabelledTotals(sheet: SheetSnapshot, shapes: RowShape[], rows: TableRow[], labelColumn: number): void {
  const items = rows.filter((r) => r.kind === 'item');
  if (items.length < 3) return;
  // ("", 7,401 … 207, "Planned underspend to offset…": a comment after a row of figures names no line.)
  const wordless = (r: TableRow) => {
    const s = shapes[r.row - sheet.originRow];
    if (s === undefined || s.numbers === 0) return false;
    if (s.texts === 0) return true;
    if (s.numbers < 2) return false;
    let lastFigure = -1;
    for (let c = s.firstCol; c <= s.lastCol; c++) if (typeof cellAt(sheet, r.row, c) === 'number') lastFigure = c;
    for (let c = s.firstCol; c < lastFigure; c++) {
      const v = cellAt(sheet, r.row, c);
      if (typeof v === 'string' && v.trim() !== '') return false;
    }
    return true;
  };
  const candidates = items.filter(wordless);
  if (candidates.length === 0 || candidates.length * 3 > items.length) return;
  const labelled = items.filter((r) => !wordless(r) && textAt(sheet, r.row, labelColumn)).length;
  if (labelled < items.length - candidates.length) return;
  const hasTotal = rows.some((r) => r.kind === 'total');
  for (const r of candidates) {
    if (r === rows[rows.length - 1] && !hasTotal && !belowALine(sheet, items, r)) r.kind = 'total';
    // Among the items, bare figures are a subtotal only where one of them sums its section: a
    // line whose name was lost ("", 531, 531, 354) is still a line.
    else if (sumsItsSection(sheet, rows, r)) r.kind = 'subtotal';
  }
  // Where bare figures total the other sections, they total a section of one line too: the same
  // figures again under it.
  if (!rows.some((r) => r.kind === 'subtotal')) return;
  for (const r of candidates) if (r.kind === 'item' && repeatsItsOneLine(sheet, rows, r)) r.kind = 'subtotal';
}

/**
 * Every figure on the row positive and smaller than the same column's figure on some line above:
 * no total of positive lines ("", 18,921 under Cardiff's 85,050 is a line whose name was lost).
 */
function belowALine(sheet: SheetSnapshot, items: readonly TableRow[], row: TableRow): boolean {
  const cells = cellsOf(sheet, row.row);
  return (
    cells.length > 0 &&
    cells.every(
      ([c, v]) =>
        v > 0 &&
        items.some((i) => {
          const above = figureAt(sheet, i.row, c);
          return i.row < row.row && above !== null && above > v;
        }),
    )
  );
}

/** The row's figures are those of the one item since the last break above it. */
function repeatsItsOneLine(sheet: SheetSnapshot, rows: TableRow[], row: TableRow): boolean {
  const at = rows.indexOf(row);
  const above = rows[at - 1];
  if (!above || above.kind !== 'item' || (at >= 2 && rows[at - 2].kind === 'item')) return false;
  const cells = cellsOf(sheet, row.row);
  return cells.length > 0 && cells.every(([c, v]) => figureAt(sheet, above.row, c) === v);
}

/** Within a unit of the last figure (£1k on a table of £k), or half a percent of a large sum. */
function nearly(value: number, sum: number): boolean {
  return Math.abs(value - sum) <= Math.max(1, Math.abs(sum) * 0.005);
}

/**
 * Some non-zero figure on the row is (about) the sum of the items since the last break above it,
 * or since the last total, across the section headings between ("Operational plan income" and
 * "Project costs recovered" under one subtotal).
 */
function sumsItsSection(sheet: SheetSnapshot, rows: TableRow[], row: TableRow): boolean {
  const at = rows.indexOf(row);
  let from = at;
  while (from > 0 && rows[from - 1].kind === 'item') from -= 1;
  let since = from;
  while (since > 0 && (rows[since - 1].kind === 'item' || rows[since - 1].kind === 'section')) since -= 1;
  const s = cellsOf(sheet, row.row);
  const sums = (items: TableRow[]) =>
    items.filter((r) => r.kind === 'item').length >= 2 &&
    s.some(
      ([c, v]) =>
        v !== 0 &&
        nearly(
          v,
          items.reduce((a, i) => a + (i.kind === 'item' ? (figureAt(sheet, i.row, c) ?? 0) : 0), 0),
        ),
    );
  return sums(rows.slice(from, at)) || (since < from && sums(rows.slice(since, at)));
}

/** The row's numeric cells as [column, value]. */
function cellsOf(sheet: SheetSnapshot, row: number): [number, number][] {
  const values = sheet.values[row - sheet.originRow] ?? [];
  const out: [number, number][] = [];
  values.forEach((v, i) => {
    if (typeof v === 'number' && Number.isFinite(v)) out.push([i + sheet.originCol, v]);
  });
  return out;
}

/**
 * "Net decrease in budget during the last quarter | Total | …" over the parts of that decrease, the
 * last line "Net decrease in budget": a last line named as the label column's heading names what
 * the lines make up is their total, though no word says "total".
 */
function markRestatedHeading(sheet: SheetSnapshot, rows: TableRow[], block: HeaderBlock, labelColumn: number): void {
  const last = rows[rows.length - 1];
  const heading = plainHeading(block.headers.get(labelColumn) ?? '');
  if (!heading || last?.kind !== 'item' || rows.some((r) => r.kind === 'total')) return;
  if (rows.filter((r) => r.kind === 'item').length < 3 || cellsOf(sheet, last.row).length === 0) return;
  if (restatesHeading(plainHeading(textAt(sheet, last.row, labelColumn)), heading)) last.kind = 'total';
}

/** Years and periods set aside: "2022/23 Net Revenue Budget" names the budget, whatever its year. */
const YEAR_WORDS = /\b(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?\b/g;

/**
 * "2022/23 Net Revenue Budget at budget setting", the adjustments, then "2022/23 Net Revenue
 * Budget" (or the next year's): a last line naming what the first line names, without the words
 * that mark the first the opening figure, is that figure moved by the lines between, their total.
 */
function markRestatedOpening(sheet: SheetSnapshot, rows: TableRow[], labelColumn: number): void {
  const items = rows.filter((r) => r.kind === 'item');
  const [first, last] = [items[0], rows[rows.length - 1]];
  if (items.length < 4 || last !== items[items.length - 1] || rows.some((r) => r.kind === 'total')) return;
  // (One column of figures: a statement of several, balances across reserves, reads its own way.)
  const [from, to] = [cellsOf(sheet, first.row), cellsOf(sheet, last.row)];
  if (from.length !== 1 || to.length !== 1 || from[0][0] !== to[0][0]) return;
  if (isOpeningBalance(textAt(sheet, first.row, labelColumn))) return;
  const named = (row: number) =>
    plainHeading(textAt(sheet, row, labelColumn).replace(YEAR_WORDS, ' '))
      .replace(/\s+/g, ' ')
      .trim();
  // (Named alike but for their years, "Band D Council Tax 2023/24" and "… 2024/25", they may be two
  // figures of one kind; "at budget setting" after the first marks it the opening one.)
  const [opening, closing] = [named(first.row), named(last.row)];
  if (opening !== closing && restatesHeading(closing, opening)) last.kind = 'total';
}

/**
 * "Net cost (A - B)" under lines marked "Sub-total (A)" and "Net VAT (B)": a line its label says
 * is a sum of lines above, a total though no word says so, which lines below may carry on from.
 */
function markLetteredSums(sheet: SheetSnapshot, rows: TableRow[], labelColumn: number): void {
  rows.forEach((r, i) => {
    const terms = r.kind === 'item' || r.kind === 'subtotal' ? letteredTerms(textAt(sheet, r.row, labelColumn)) : null;
    if (!terms) return;
    const above = rows.slice(0, i).map((a) => textAt(sheet, a.row, labelColumn));
    if (terms.every((t) => above.some((text) => markedWith(text, t.letter)))) r.kind = 'total';
  });
}

/**
 * The last row of figures after a table's total carries it forward ("Residual risk after recovery
 * measures" under "Total"): a total of its own, checked as the total plus the lines between, where
 * some column shows it is.
 */
function markCarriedTotal(sheet: SheetSnapshot, shapes: RowShape[], rows: TableRow[]): void {
  const figures = rows.filter((r) => r.kind !== 'section');
  const lastTotal = figures.map((r) => r.kind).lastIndexOf('total');
  const last = figures[figures.length - 1];
  if (lastTotal < 0 || lastTotal === figures.length - 1 || last.kind !== 'item') return;
  // Under a heading of its own ("Corporate Management/Administration"), it is a line of that section.
  const totalRow = figures[lastTotal].row;
  if (rows.some((r) => r.kind === 'section' && r.row > totalRow && r.row < last.row)) return;
  if ((shapes[last.row - sheet.originRow]?.numbers ?? 0) < 2) return;
  // It carries the total only where some column shows it so: the total and the lines since come
  // to its figure. ("City Environmental Management" after a directorate's total, the table cut off
  // below it, is the next directorate's first line.)
  const between = figures.slice(lastTotal + 1, -1).filter((r) => r.kind === 'item');
  const carries = cellsOf(sheet, last.row).some(([c, v]) => {
    const total = figureAt(sheet, totalRow, c);
    if (total === null) return false;
    return nearly(
      v,
      between.reduce((a, r) => a + (figureAt(sheet, r.row, c) ?? 0), total),
    );
  });
  if (carries) last.kind = 'total';
}
