/**
 * Where tables sit on a sheet, found three ways: a header row Concordat can read (below titles,
 * stacked up to four rows, in the first rows or after a break); a totals row with figures above it;
 * and a grid of figures under a row of headings. Each gives a header block: its rows and the text
 * of each column's header.
 */
import { isDateHeading } from './group-dates';
import type { SheetSnapshot } from '../snapshot';
import { NOT_USED } from './columns';
import { headerWords } from './header-words';
import { PAGE_NUMBER_ALONE, type RowShape } from './layout';
import {
  FIELD_LABEL,
  isWholeAreaTotal,
  HEADER_SEARCH_ROWS,
  MAX_HEADER_ROWS,
  MONEY_TEXT,
  headerLike,
  isTotalLabel,
  isAsAtLine,
  isClosingBalance,
  isGapLine,
  isMinuteNumber,
  nextMinutes,
  isNumberedHeading,
  isOpeningBalance,
  plainHeading,
  totalNamedByHeading,
  rowShape,
  textAt,
} from './layout';
import { councilNameIn, knownPartnerIn } from './partners';
import { cellType } from './cell-evidence';
import type { TableReader } from './reader';
import { cellAt, formatAt } from './types';
import { ACTION_BY_HEADING } from './records';
import { normaliseQuotes } from '../parse/text';
import { carriedFrom, groupAreasOn } from './merges';
import { leadIn, timetableColumn } from './timetable-lists';
import { vatColumns } from './line-relations';
import { continuesHeadings, datedCells, datesUnderHeadings, marksSection, sameHeadings } from './header-rows';

export interface HeaderBlock {
  top: number;
  bottom: number;
  /** For a table found from its totals row: its last row (the last total in the run of figures). */
  end?: number;
  headers: Map<number, string>;
  score: number;
  /** For a numbered list with no header: the column that says who acts on each item. */
  owner?: number;
  /** For a timetable with no header: the column of when each stage is due. */
  dates?: number;
}

/** Rows of headings a table found by its lines (years, bands) may stack just above them. */
const HEADINGS_ABOVE = 2;

/**
 * The top row of the headings just above `row` (rows of two cells or more that read as headings,
 * claimed by no other table), or `row` itself where there are none.
 */
export function headingsAbove(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  row: number,
  covered: (row: number) => boolean,
): number {
  let top = row;
  while (top - 1 >= sheet.originRow && row - top < HEADINGS_ABOVE && !covered(top - 1)) {
    const up = shapes[top - 1 - sheet.originRow];
    // ("£", "£ million" alone over the lines: the unit of every figure below, their heading.)
    const unit = up?.filled === 1 && top === row && isMoneyUnit(textAt(sheet, up.row, up.firstCol));
    if (!up || ((up.filled < 2 || !headerLike(up)) && !unit)) break;
    top -= 1;
  }
  return top;
}

/** The header rows `top` to `bottom` over lines to `end`, a heading (blank or not) over every column they fill. */
export function blockSpanning(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  { top, bottom, end }: { top: number; bottom: number; end: number },
): HeaderBlock {
  let [first, last] = [Infinity, -Infinity];
  for (let k = top; k <= end; k++) {
    const shape = shapes[k - sheet.originRow];
    if (shape.filled === 0) continue;
    first = Math.min(first, shape.firstCol);
    last = Math.max(last, shape.lastCol);
  }
  const headers = stackedHeaders(sheet, top, bottom, first, last);
  for (let c = first; c <= last; c++) if (!headers.has(c)) headers.set(c, '');
  return { top, bottom, end, headers, score: 0 };
}

/** Column texts of a stacked header: a group label over several columns reaches each of them. */
/** "Table 1", "Table 2a:": a table's caption, naming no column. */
export const TABLE_CAPTION = /^\s*table\s+[a-z]?\d+[a-z]?\s*:?\s*$/i;

/** A heading's text: a year typed as a number heads its column ("1985"), however long ago. */
function headingAt(sheet: SheetSnapshot, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100 ? String(v) : textAt(sheet, row, col);
}

export function stackedHeaders(
  sheet: SheetSnapshot,
  top: number,
  bottom: number,
  first: number,
  last: number,
): Map<number, string> {
  const parts = new Map<number, string[]>();
  const hasBelow = (col: number, row: number) => {
    for (let r = row + 1; r <= bottom; r++) if (textAt(sheet, r, col)) return true;
    return false;
  };
  // A label on a row above starts a group of its own there: a lower group label stops at it.
  const startsAbove = (col: number, row: number) => {
    for (let r = top; r < row; r++) if (textAt(sheet, r, col)) return true;
    return false;
  };
  // "Unrestricted | Restricted | Designated", each over its own "Funds": labels side by side that
  // each head one column, so the last heads one too ("Total 2023" beside it is no designated fund's).
  const besideOthers = (col: number, row: number) =>
    [1, 2].every((k) => col - k >= first && headingAt(sheet, row, col - k) !== '' && hasBelow(col - k, row));
  for (let r = top; r <= bottom; r++) {
    let group = '';
    for (let c = first; c <= last; c++) {
      // (A caption above the headings, "Table 1", heads no column.)
      const t = r < bottom && TABLE_CAPTION.test(textAt(sheet, r, c)) ? '' : headingAt(sheet, r, c);
      if (!t && group && startsAbove(c, r)) group = '';
      if (t) {
        group = r < bottom && !besideOthers(c, r) ? t : '';
        const above = parts.get(c) ?? [];
        // A header merged down over two rows reaches the lower one too; it is still one header.
        if (above[above.length - 1] !== t) parts.set(c, [...above, t]);
      } else if (group && hasBelow(c, r)) parts.set(c, [...(parts.get(c) ?? []), group]);
    }
  }
  const out = new Map<number, string>();
  for (const [c, p] of parts) out.set(c, p.join(' '));
  return out;
}

/** "£", "£000", "(£k)", "%", "Per cent.": units of money or shares under a heading. */
const MONEY_UNITS = String.raw`£|%|\(?per\s?cent\.?\)?|\(?£\s*'?0{3}s?\)?|'?0{3}s?|£\s*[km]|\(?£[km]?\)?|£\s*'?000`;
/** Units, years and periods that may fill a row under the headings ("£000", "2024/25", "2022/23 £", "Q3"). */
const UNIT_CELL = new RegExp(
  String.raw`^(?:${MONEY_UNITS}|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?(?:\s+(?:${MONEY_UNITS}))?|fy\s*\d{2}.*|q[1-4].*|no\.?|nos\.?)$`,
  'i',
);
/** "£000" alone: a unit under one heading ("SAVINGS"), not a year or quarter heading what follows. */
const MONEY_UNIT_CELL = new RegExp(`^(?:${MONEY_UNITS})$`, 'i');

/** "£000", "(£k)", "‘000s": a cell naming the unit of the figures below it, and no figure. */
export function isMoneyUnit(text: string): boolean {
  return MONEY_UNIT_CELL.test(normaliseQuotes(text.trim()));
}

/** "Balances £", "2019/20 £000": a heading that ends in its unit of money. */
const IN_POUNDS = /\S\s+\(?£\s*(?:'?0{3}s?|k|m|bn)?\)?\s*$/i;

/** A row whose every heading ends in its unit of money ("Balances £"): a header, however short. */
function headsInPounds(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.filled === 0 || s.numbers > 0 || s.longest > 60) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t && !IN_POUNDS.test(plainHeading(t))) return false;
  }
  return true;
}

/** Rows of headings a header's unit row may stand above the first figures. */
const UNIT_ROW_REACH = 3;

export function unitRow(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.numbers > 0 || s.filled === 0) return false;
  // ("‘000s" with a curly quote is "'000s".)
  if (s.filled === 1) return isMoneyUnit(textAt(sheet, s.row, s.firstCol));
  let [units, scanned, notes] = [0, 0, 0];
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = normaliseQuotes(textAt(sheet, s.row, c));
    if (!t) continue;
    if (t.length > 25) return false;
    if (UNIT_CELL.test(t)) units += 1;
    if (SCANNED_POUND.test(t)) scanned += 1;
    if (NOTES_HEADING.test(t)) notes += 1;
  }
  // ("Notes | E | E | E": a scan's pound signs over each column of accounts, all of them.)
  if (scanned >= SCANNED_POUNDS && scanned + notes === s.filled) return true;
  return units >= Math.max(1, Math.ceil(s.filled / 2));
}

/** "E", "f": a pound sign as a scan of printed accounts reads it, alone in its cell (or "£" among them). */
const SCANNED_POUND = /^[Ef£]$/;
/** Pound signs read so that make a row of units: two at least, nothing else beside them but "Notes". */
const SCANNED_POUNDS = 2;
const NOTES_HEADING = /^notes?$/i;

/** "Action By: All", "Owner: Jane Smith": a label, a colon and a value after it. */
const LABELLED_VALUE = /^[^:()\n]{2,30}:\s*[A-Za-z0-9]/;

/** Headings naming a unit of money that make a header of their own, where asked for, and what each counts. */
const MONEY_HEADINGS = 3;
const MONEY_HEADING_SCORE = 0.5;
/** What a net, a VAT and a gross heading side by side count for: a header by themselves. */
const VAT_HEADINGS_SCORE = 2;

function blockScore(reader: TableReader, headers: Map<number, string>, moneyHeads = false): number {
  const best = new Map<string, number>();
  let partnerCols = 0;
  for (const written of headers.values()) {
    // A sentence is data, not a header; but a heading may run on to guidance in brackets after it
    // ("Detailed explanation of variance (for each reason noted please include …)").
    const h = written.length > 90 ? written.replace(/\s*\(.*$/s, '') : written;
    if (h.length > 90) continue;
    // ("Action By: All": a label and its value, as minutes print who acts, not a heading.)
    if (LABELLED_VALUE.test(h)) continue;
    if (knownPartnerIn(h, reader.partners) || councilNameIn(h)) {
      partnerCols += 1;
      continue;
    }
    const top = reader.vocabulary.read(headerWords(h, reader.partnerWords))[0];
    if (!top || top.meaning === NOT_USED || top.score < 0.5) continue;
    best.set(top.meaning, Math.max(best.get(top.meaning) ?? 0, top.score));
  }
  const strong = [...best.values()].filter((s) => s >= 0.75).length;
  // ("Budget 2003-2004 £ | To Date 30.9.2003 £ | Unspent Budget £": three columns of money or more,
  // by their unit, head a table of figures whatever their words.)
  const money = moneyHeads ? [...headers.values()].filter((h) => h.length <= 90 && headerWords(h).money).length : 0;
  // ("Charge | VAT 20% | Charge per day": a net, its tax and the two together head a fee list.)
  const taxed = vatColumns([...headers].map(([column, header]) => ({ column, header }))).length > 0;
  const sum =
    [...best.values()].reduce((a, b) => a + b, 0) +
    0.7 * Math.min(partnerCols, 6) +
    (money >= MONEY_HEADINGS ? MONEY_HEADING_SCORE * money : 0) +
    (taxed ? VAT_HEADINGS_SCORE : 0);
  return strong >= 2 || sum >= 2 ? sum : 0;
}

/**
 * A taller header is kept while it reads at least this well against the best shorter one: a
 * group label can blur a header a little ("Gross savings achieved"), a title row over every
 * column blurs them all.
 */
const TALLER_HEADER_FLOOR = 0.9;

/** Whether a row holds only a field's label and its value beside it ("Decision status: | Approved"). */
function fieldLine(sheet: SheetSnapshot, s: RowShape): boolean {
  return (
    s.filled === 2 &&
    FIELD_LABEL.test(textAt(sheet, s.row, s.firstCol)) &&
    !FIELD_LABEL.test(textAt(sheet, s.row, s.lastCol))
  );
}

/** Whether a row has a field's label in `column`, the first it fills. */
function fieldLabelIn(sheet: SheetSnapshot, s: RowShape | undefined, column: number): boolean {
  return s !== undefined && s.filled >= 1 && s.firstCol === column && FIELD_LABEL.test(textAt(sheet, s.row, column));
}

/** "6.", "12", "3)": the number of an item, typed as text. */
const ITEM_NUMBER = /^\s*\d{1,3}[.)]?\s*$/;

/** The header block whose last row is `row`, with any group rows above it. */
function blockAt(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  row: number,
  floor: number,
  moneyHeads = false,
): HeaderBlock | null {
  const idx = (r: number) => r - sheet.originRow;
  const s = shapes[idx(row)];
  if (!s || !(headerLike(s) || numberedUnderGroup(sheet, s))) return null;
  if (s.filled < 2) return headingsLost(sheet, reader, shapes, row);
  // "6. | Areas of work in village | Agreed to…": a row that starts with an item's number is an item.
  if (ITEM_NUMBER.test(textAt(sheet, row, s.firstCol)) || isMinuteNumber(textAt(sheet, row, s.firstCol))) return null;
  // "Explanation of anticipated restriction: | No" under "Anticipated restriction: | Open": a
  // record's fields, a line each, not a header.
  if (fieldLine(sheet, s) && [row - 1, row + 1].some((r) => fieldLabelIn(sheet, shapes[idx(r)], s.firstCol)))
    return null;
  // ("Executive Portfolio Holder | Robin Munday" over "Head of Service: | …" and "Lead Officer: | …":
  // the first of a report's fields, its colon left off.)
  const fieldUnder = (r: number) => {
    const below = shapes[idx(r)];
    return below !== undefined && below.firstCol === s.firstCol && fieldLine(sheet, below);
  };
  if (s.filled === 2 && fieldUnder(row + 1) && fieldUnder(row + 2)) return null;
  const stackFrom = (top: number) => {
    // (Every row between counts: years over the figures alone, headings under them across.)
    let first = s.firstCol;
    let last = s.lastCol;
    for (let r = top; r <= row; r++) {
      const shape = shapes[idx(r)];
      if (shape.filled === 0) continue;
      first = Math.min(first, shape.firstCol);
      last = Math.max(last, shape.lastCol);
    }
    const headers = stackedHeaders(sheet, top, row, first, last);
    return { top, headers, score: blockScore(reader, headers, moneyHeads) };
  };
  let block = stackFrom(row);
  let best = block;
  while (block.top - 1 >= floor && row - block.top + 1 < MAX_HEADER_ROWS) {
    const above = block.top - 1;
    const up = shapes[idx(above)];
    if (!up || up.filled === 0 || !headerLike(up) || up.longest > 60) break;
    // A lone title over the header's first or second label (whatever sits far to its right: a
    // date) is a title, not a group label: a numbered list may keep its title over the items' names.
    let within = 0;
    const labels: number[] = [];
    for (let c = s.firstCol; c <= s.lastCol; c++) {
      if (textAt(sheet, above, c)) within += 1;
      if (textAt(sheet, row, c)) labels.push(c);
    }
    // (A full header row over a narrow row of sub-headings, "L S RAG" under "Risk rating", is no title.)
    if (within < 2 && up.firstCol <= (labels[1] ?? s.firstCol) && up.filled <= 2) break;
    block = stackFrom(above);
    // Group labels say more about the columns under them ("Savings target" over the years); rows
    // that make the headers read clearly worse ("VALUE", a list of names) are titles above the table.
    if (block.score >= TALLER_HEADER_FLOOR * best.score) best = block;
  }
  if (best.score === 0 && best.top === row) best.score = actionsByDate(sheet, reader, shapes, row, best.headers);
  if (best.score === 0 && balancesOnDates(best.headers)) best.score = 2;
  if (best.score === 0 && best.top === row) return headingsLost(sheet, reader, shapes, row);
  return best.score > 0 ? { top: best.top, bottom: row, headers: best.headers, score: best.score } : null;
}

/** "Balance at 1/4/2012", "Balance b/f", "Closing balance 31 March 2014": a balance held on a date. */
const BALANCE_ON_DATE =
  /\bbalances?\b.*\b(?:at|as at)\b|\bb\/f(?:wd)?\b|\bc\/f(?:wd)?\b|\bbrought\s+forward\b|\bcarried\s+forward\b/i;

/**
 * "Reserve | Purpose | Balance at 1/4/2012 | Movement 2012/13 | Balance at 31/3/2013": two balances
 * on dates and more besides head a reserves statement, whatever else the headings say.
 */
function balancesOnDates(headers: Map<number, string>): boolean {
  const texts = [...headers.values()].filter((h) => h.trim() !== '');
  return texts.length >= 3 && texts.filter((h) => h.length <= 60 && BALANCE_ON_DATE.test(h)).length >= 2;
}

/** Who leads, by when, how it stands: a heading that, with the items' own headings lost, still heads a plan. */
const ACCOUNTABLE_HEADINGS = new Set(['owner', 'deadline', 'revisedDeadline', 'status']);
/** Lines under such a heading, the share of them its column and the first column fill, and how long the items run. */
const LOST_LINES = 2;
const LOST_FILLED = 0.5;
const ITEM_LENGTH = 30;

/**
 * "(blank) | (blank) | Responsible Team" over objectives, measures and the team for each: a plan
 * whose first headings were lost in the copy (printed as images, or merged into the title). The
 * headings left must be short and say who leads, by when or how it stands; the columns to their
 * left, headed by nothing, must hold the items in words on most lines. Scored as two headings read
 * for certain, like a plan headed only "Action | Date".
 */
function headingsLost(sheet: SheetSnapshot, reader: TableReader, shapes: RowShape[], row: number): HeaderBlock | null {
  const s = shapes[row - sheet.originRow];
  if (s.filled > 3 || s.longest > 40) return null;
  let accountable = false;
  let byWhen = false;
  // (A heading Concordat does not know, kept over a column the copy lost, "Cabinet Member" over
  // nothing, says nothing either way; the others must head their columns' cells.)
  const known: number[] = [];
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, row, c);
    const top = t ? reader.vocabulary.read(headerWords(t, reader.partnerWords))[0] : undefined;
    if (top && ACCOUNTABLE_HEADINGS.has(top.meaning) && top.score >= 0.75) accountable = true;
    if (top && (top.meaning === 'deadline' || top.meaning === 'revisedDeadline') && top.score >= 0.75) byWhen = true;
    if (t && !(top === undefined || top.meaning === NOT_USED || top.score < 0.5)) known.push(c);
  }
  if (!accountable) return null;
  const lines: RowShape[] = [];
  // (One blank row may stand between the headings and the first item.)
  const start = shapes[row + 1 - sheet.originRow]?.filled === 0 ? row + 2 : row + 1;
  for (let r = start; r - sheet.originRow < shapes.length && shapes[r - sheet.originRow].filled > 0; r++)
    lines.push(shapes[r - sheet.originRow]);
  const first = Math.min(...lines.map((l) => l.firstCol));
  // (A heading alone on its line, "Clearance procedures" over its items, is no item.)
  const itemLines = lines.filter((l) => l.filled > 1);
  if (itemLines.length < LOST_LINES || first >= s.firstCol) return null;
  const filledShare = (c: number) => itemLines.filter((l) => textAt(sheet, l.row, c) !== '').length / itemLines.length;
  const length = (c: number) =>
    itemLines.reduce((sum, l) => sum + textAt(sheet, l.row, c).length, 0) / itemLines.length;
  // ("Action By" over minutes: most minutes ask nothing of anyone, so most of its cells are blank,
  // and their numbers, "22/09", stand left of them on their first lines only.)
  const minutes = known.length === 1 && ACTION_BY_HEADING.test(textAt(sheet, row, known[0]));
  // The items' words fill a column on every line: the first, or past the minutes' numbers, or,
  // under a heading saying by when, past a short title before each ("Delays and bottlenecks | Seek
  // a reduction in …"; a title alone over "Responsible Team" is no item).
  const words = (c: number) => filledShare(c) === 1 && length(c) >= ITEM_LENGTH;
  let items = first;
  while ((minutes || byWhen) && items < s.firstCol - 1 && !words(items)) items += 1;
  if (!words(items)) return null;
  if (!minutes && known.some((c) => filledShare(c) < LOST_FILLED)) return null;
  const headers = blankHeaders(first, Math.max(s.lastCol, ...lines.map((l) => l.lastCol)));
  for (let c = s.firstCol; c <= s.lastCol; c++) headers.set(c, textAt(sheet, row, c));
  return { top: row, bottom: row, headers, score: 2 };
}

/**
 * "Meets Objective No." merged over "02 | 03 | 04 …" beside headings in words: numbered sub-headings
 * under a group label, every number under the label's merged area.
 */
function numberedUnderGroup(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.numbers === 0 || s.numbers >= s.filled || s.longest > 160) return false;
  const areas = groupAreasOn(sheet, s.row - 1);
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, s.row, c);
    if (typeof v !== 'number') continue;
    if (!Number.isInteger(v) || v < 0 || v > 9999 || !areas.some(([a, b]) => c >= a && c <= b)) return false;
  }
  return true;
}

/** "n/a", "NA": a cell with nothing to show ("Nil" and "-" show a nought). */
const NOTHING = /^\s*n\/?a\s*$/i;

/** Cells of a row with something in them, "n/a" aside. */
function shownCells(sheet: SheetSnapshot, s: RowShape): number {
  let filled = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, s.row, c);
    if (v !== null && v !== '' && !(typeof v === 'string' && NOTHING.test(v))) filled += 1;
  }
  return filled;
}

/** Rows under a header looked at for the dates that make a bare "Date" the actions' own. */
const DATED_ROWS = 5;

/**
 * "Action | Sub action(s) | Date" over actions with a date each: the only heading Concordat knows
 * is the action, but a column of dates after it says when each is to be done, and together they
 * head a plan (scored as two headings read for certain).
 */
function actionsByDate(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  row: number,
  headers: Map<number, string>,
): number {
  let action: number | null = null;
  let dated: number | null = null;
  for (const [c, h] of headers) {
    const top = reader.vocabulary.read(headerWords(h, reader.partnerWords))[0];
    if (action === null && top && top.meaning === 'action' && top.score >= 0.75) action = c;
    else if (action !== null && dated === null && DATE_HEADING.test(plainHeading(h))) dated = c;
  }
  if (action === null || dated === null) return 0;
  let rows = 0;
  let dates = 0;
  for (let r = row + 1; r - sheet.originRow < shapes.length && rows < DATED_ROWS; r++) {
    // (One blank row may stand between the headings and the first action.)
    if (shapes[r - sheet.originRow].filled === 0) {
      if (rows === 0 && r === row + 1) continue;
      break;
    }
    rows += 1;
    const t = cellType(cellAt(sheet, r, dated), formatAt(sheet, r, dated));
    if (t === 'date' || t === 'vagueDate') dates += 1;
  }
  return rows >= 2 && dates >= 0.6 * rows ? 2 : 0;
}

/** A heading that is only a date ("Date", "Dates"), as plainHeading leaves it. */
const DATE_HEADING = /^dates?$/;

/**
 * Row `i` only finishes the header above it: a few short words, no figures, each under a header
 * cell, and unlike the row after it (a first data row looks like the rows that follow it).
 */
function finishesHeader(shapes: RowShape[], i: number, header: HeaderBlock): boolean {
  const s = shapes[i];
  const next = shapes[i + 1];
  const below = shapes[i - 1];
  if (!s || !below || s.numbers > 0 || s.filled === 0 || s.filled > below.filled || s.longest > 15) return false;
  if (s.firstCol < Math.min(...header.headers.keys())) return false;
  return !next || next.filled !== s.filled || next.numbers > 0;
}

/** "7.", "(b)", "3a": a box's or line's number in a column of its own, before its name. */
const LINE_NUMBER = /^\s*\(?(?:\d{1,2}[a-z]?|[a-z])[.)]?\s*$/i;

/** A row's label: its first words, which may stand after a column of last year's figures. */
function rowLabel(sheet: SheetSnapshot, s: RowShape): string {
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t && !MONEY_TEXT.test(t) && !(c < s.lastCol && LINE_NUMBER.test(t))) return t;
  }
  return '';
}

/** A header row met inside a table must read at least this well to start a table of its own. */
const NESTED_HEADER_SCORE = 2.5;

/**
 * A row of headings after a break in the last table's columns, with at least two of its headings
 * word for word and another worded otherwise ("No. | Sources of finance | 2023 to 2024 budget £m"
 * after "No. | Area of spend | 2023 to 2024 budget £m"): a second table laid out like the first.
 */
function echoesHeader(sheet: SheetSnapshot, last: HeaderBlock, s: RowShape): boolean {
  if (s.numbers > 0 || s.filled < 3 || !headerLike(s)) return false;
  let same = 0;
  let other = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (!t) continue;
    if (!last.headers.has(c)) return false;
    if (plainHeading(t) === plainHeading(textAt(sheet, last.bottom, c))) same += 1;
    else other += 1;
  }
  return same >= 2 && other >= 1;
}

/**
 * Row `i` comes a single blank row after an item of the table above (not its total) and within that
 * table's columns: items spaced a blank row apart, as pasted papers often are. Such a row starts a
 * table of its own only if it reads as a header would inside a table, with no sentence in it.
 */
function spacedItem(sheet: SheetSnapshot, shapes: RowShape[], i: number, last: HeaderBlock): boolean {
  if (i < 2 || shapes[i - 1].filled !== 0) return false;
  const before = shapes[i - 2];
  if (before.filled < 2 || before.row <= last.bottom) return false;
  const cols = [...last.headers.keys()];
  const s = shapes[i];
  if (s.firstCol < Math.min(...cols) || s.lastCol > Math.max(...cols)) return false;
  return !isTotalLabel(rowLabel(sheet, before));
}

/** A header of one heading, in the first column of a header of several, that is a lone row: a section heading. */
function sectionOf(last: HeaderBlock, candidate: HeaderBlock, s: RowShape): boolean {
  const headed = [...candidate.headers.values()].filter((h) => h !== '').length;
  return (
    candidate.top === candidate.bottom &&
    s.filled === 1 &&
    headed === 1 &&
    last.headers.size >= 3 &&
    s.firstCol === Math.min(...last.headers.keys())
  );
}

/** Whether a row says something in sentences ("In Progress. CW to submit"), as items do and headings do not. */
function hasProse(sheet: SheetSnapshot, s: RowShape): boolean {
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t.length > 60 || /[a-z][.;]\s+\S/.test(t)) return true;
  }
  return false;
}

/**
 * Row `s` is where two or more of the header's cells are merged down to, or it holds the
 * sub-headings under a group label merged across columns, and it holds no figures: the header
 * runs over both rows.
 */
/** The longest a sub-heading under a group label runs. */
const SUB_HEADING_LENGTH = 30;

function mergedDownInto(sheet: SheetSnapshot, header: HeaderBlock, s: RowShape): boolean {
  if (s.numbers > 0 || s.filled === 0 || header.bottom - header.top + 1 >= MAX_HEADER_ROWS) return false;
  let merged = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const from = carriedFrom(sheet, s.row, c);
    if (from !== undefined && from >= header.top && from <= header.bottom) merged += 1;
  }
  if (merged >= 2) return true;
  // "Year to date" merged over three columns, "Actual | Budget | Variance" under it: its sub-headings
  // (short words, as headings are: "1.6F | Improve understanding of …" under "Action" is an item;
  // with a heading merged down beside them, "Authority" over two rows, they may run longer).
  if (!headerLike(s) || (s.longest > SUB_HEADING_LENGTH && merged === 0)) return false;
  // ("08/001 | Apologies:" under "Agenda Items & Action Points" merged over two columns: a minute.)
  const lead = textAt(sheet, s.row, s.firstCol);
  if (ITEM_NUMBER.test(lead) || nextMinutes(lead).length > 0) return false;
  return groupAreasOn(sheet, header.bottom).some(([left, right]) => {
    let under = 0;
    for (let c = left; c <= right; c++) if (textAt(sheet, s.row, c)) under += 1;
    return under >= 2;
  });
}

/** Initials, as an action's owner is often given: "KMD", "JP". */
const INITIALS = /^\s*[A-Z]{2,4}\s*$/;
/** Words in a cell that make it an item's words rather than a heading: "Terms of Reference to be distributed …". */
const ITEM_WORDS = 6;

/**
 * "Action(s) | Terms of Reference to be distributed | KMD" under "By Who | Deadline": initials
 * under the heading of who acts, or a date under the heading of by when, are an item's values, not
 * more words of the header, however well the two rows read together.
 */
function valuesUnder(sheet: SheetSnapshot, reader: TableReader, header: HeaderBlock, s: RowShape): boolean {
  // (Initials only beside an item's words: "DEPT" under "LEAD" in a header typed in capitals is a heading.)
  let worded = false;
  for (let c = s.firstCol; c <= s.lastCol; c++) worded ||= textAt(sheet, s.row, c).split(/\s+/).length >= ITEM_WORDS;
  for (const [c, heading] of header.headers) {
    if (!heading || c < s.firstCol || c > s.lastCol) continue;
    const meaning = reader.vocabulary.read(headerWords(heading, reader.partnerWords))[0]?.meaning;
    const value = cellAt(sheet, s.row, c);
    if (meaning === 'owner' && worded && typeof value === 'string' && INITIALS.test(value)) return true;
    if (meaning === 'deadline' && cellType(value, formatAt(sheet, s.row, c)) === 'date') return true;
  }
  return false;
}

/** The header block, stacked over the rows from `i` down, whose headings read from a lower row. */
function stackedBelowBreak(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  i: number,
  last: HeaderBlock,
): HeaderBlock | null {
  // As well as the table's own header reads, or as a nested header must.
  const floorScore = Math.min(NESTED_HEADER_SCORE, last.score);
  const row = sheet.originRow + i;
  // (The row after the break must read as headings too: a line of prose there is an item.)
  const first = shapes[i];
  if (first.numbers > 0 || !headerLike(first) || first.longest > 60) return null;
  for (let k = 1; k < MAX_HEADER_ROWS && i + k < shapes.length; k++) {
    const below = shapes[i + k];
    if (below.filled === 0 || below.numbers > 0 || !headerLike(below)) return null;
    const block = blockAt(sheet, reader, shapes, row + k, row);
    // (The table's own headings printed again under a section's name are read with its body.)
    if (block && block.score >= floorScore) return sameHeadings(block, last) ? null : block;
  }
  return null;
}

/**
 * Row `i` prints the table's headings again straight after a page's number, the table's lines
 * running up to it ("… W Taylor." is the minute going on over the page): the page turned inside
 * the table, no break after which another table starts.
 */
function pageTurned(sheet: SheetSnapshot, shapes: RowShape[], i: number, last: HeaderBlock | undefined): boolean {
  if (!last || i < 2 || shapes[i - 2].filled === 0 || shapes[i - 2].row <= last.bottom) return false;
  const page = shapes[i - 1];
  if (!PAGE_NUMBER_ALONE.test(textAt(sheet, page.row, page.firstCol))) return false;
  const s = shapes[i];
  let same = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (!t) continue;
    if (plainHeading(t) !== plainHeading(textAt(sheet, last.bottom, c))) return false;
    same += 1;
  }
  return same >= 2;
}

/** Where each table's header is: the first 40 rows, and rows after a break (a blank or a totals row). */
export function findHeaders(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  { moneyHeads = false }: { moneyHeads?: boolean } = {},
): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  let floor = sheet.originRow;
  let pending: HeaderBlock | null = null;
  for (let i = 0; i < shapes.length; i++) {
    const row = sheet.originRow + i;
    const s = shapes[i];
    // A wider row of headings inside a table ("Specific improvement tasks | Responsibility | Date |
    // Progress" under an issue) starts a table of its own: the items below answer to it.
    const lastBlock: HeaderBlock | undefined = blocks[blocks.length - 1];
    // A forward plan's date heading ("Anticipated date of the decision 21 April 2004") heads the
    // items below it inside the table; it is no break after which a new table could start.
    const dateHeading = (r: number) =>
      lastBlock !== undefined &&
      isDateHeading(sheet, r, Math.min(...lastBlock.headers.keys()), Math.max(...lastBlock.headers.keys()));
    const afterBreak =
      i === 0 ||
      shapes[i - 1].filled === 0 ||
      (shapes[i - 1].filled === 1 && !dateHeading(row - 1) && !pageTurned(sheet, shapes, i, lastBlock));
    // Inside a table, only a row after a break can start another table.
    const searching = blocks.length === 0 ? i < HEADER_SEARCH_ROWS : false;
    const wider: boolean =
      !searching &&
      !afterBreak &&
      pending === null &&
      lastBlock !== undefined &&
      s.numbers === 0 &&
      s.filled > lastBlock.headers.size;
    let candidate: HeaderBlock | null =
      searching || afterBreak || pending !== null || wider
        ? blockAt(sheet, reader, shapes, row, floor, moneyHeads)
        : null;
    // After a break inside a table, a header stacked over rows ("MANAGERIAL | POLICY" over "2019-20"
    // over "Target | Delivered | Variance") reads only from its last row: a table of its own.
    if (!candidate && afterBreak && !searching && pending === null && lastBlock)
      candidate = stackedBelowBreak(sheet, reader, shapes, i, lastBlock);
    if (!candidate && afterBreak && pending === null && lastBlock && echoesHeader(sheet, lastBlock, s))
      candidate = {
        top: row,
        bottom: row,
        headers: stackedHeaders(sheet, row, row, s.firstCol, s.lastCol),
        score: lastBlock.score,
      };
    if (wider && !(searching || afterBreak) && candidate && candidate.score < NESTED_HEADER_SCORE) candidate = null;
    // Just past a section's heading inside a table ("A OPEN AGENDA"), a row further down that reads
    // no better than the table's own header, with only lines of the table before it, is one of its
    // items, not the header of another table. (After a blank row another table may start.)
    if (
      candidate &&
      !searching &&
      lastBlock &&
      shapes[i - 1]?.filled === 1 &&
      candidate.top > row &&
      candidate.score <= lastBlock.score &&
      shapes.slice(i, candidate.top - sheet.originRow).every((line) => line.filled >= 2)
    )
      candidate = null;
    // "EXPENDITURE" alone after "TOTAL INCOME" and a break, in the label column of a table of
    // several columns: the heading of its next section, as "INCOME" headed the first.
    if (candidate && lastBlock && pending === null && sectionOf(lastBlock, candidate, s)) candidate = null;
    // The first line under a header and a blank row, in sentences, is the table's first item.
    if (candidate && lastBlock && lastBlock.bottom + 2 === row && s.longest > 60 && hasProse(sheet, s))
      candidate = null;
    if (
      candidate &&
      !searching &&
      lastBlock &&
      spacedItem(sheet, shapes, i, lastBlock) &&
      (candidate.score < NESTED_HEADER_SCORE || hasProse(sheet, s))
    )
      candidate = null;
    // Headings merged down into this row ("Risk ID" over two rows, "Cause | Event" under
    // "Description" beside it): the header's second row, however it reads on its own.
    const open = pending as HeaderBlock | null;
    if (
      open !== null &&
      row === open.bottom + 1 &&
      (mergedDownInto(sheet, open, s) || continuesHeadings(sheet, shapes, open, i))
    ) {
      const first = Math.min(...open.headers.keys(), s.firstCol);
      const last = Math.max(...open.headers.keys(), s.lastCol);
      const headers = stackedHeaders(sheet, open.top, row, first, last);
      pending = { ...open, bottom: row, headers, score: Math.max(open.score, blockScore(reader, headers, moneyHeads)) };
      continue;
    }
    if (candidate && pending && candidate.bottom === row && marksSection(sheet, shapes, i)) candidate = null;
    if (candidate && (!pending || candidate.top <= pending.bottom + 1)) {
      // Overlapping readings of one header: a lower row joins only if it reads better (a units row
      // does not), or as well when it only finishes the words above it ("Cost" over "Centre").
      const finishes = pending !== null && candidate.score >= pending.score && finishesHeader(shapes, i, pending);
      const itemUnder = pending !== null && candidate.bottom > pending.bottom && valuesUnder(sheet, reader, pending, s);
      if (!pending || ((candidate.score > pending.score || finishes) && !itemUnder)) pending = candidate;
      continue;
    }
    if (pending) {
      let bottom = pending.bottom;
      const headed = pending;
      const under = (r: number) =>
        r - sheet.originRow < shapes.length &&
        (unitRow(sheet, shapes[r - sheet.originRow]) || datesUnderHeadings(sheet, reader, shapes, headed, r));
      while (under(bottom + 1)) bottom += 1;
      if (bottom !== pending.bottom) {
        // (With the label column's heading, where the last rows print it: "Description of Major Variances".)
        const added = shapes.slice(pending.bottom + 1 - sheet.originRow, bottom + 1 - sheet.originRow);
        const first = Math.min(
          ...[...pending.headers.keys()],
          ...added.filter((a) => a.filled > 0).map((a) => a.firstCol),
        );
        const last = Math.max(...[...pending.headers.keys()], shapes[bottom - sheet.originRow].lastCol);
        pending = { ...pending, bottom, headers: stackedHeaders(sheet, pending.top, bottom, first, last) };
      }
      blocks.push(pending);
      floor = pending.bottom + 1;
      pending = null;
      if (row < floor) i = floor - sheet.originRow - 1;
    }
    void s;
  }
  if (pending) blocks.push(pending);
  return blocks;
}

/**
 * Where a total has one figure, a line above it whose only figure in that column is a whole number
 * like a year ("14 May 2018 | Village Day | Contribution to the summer event | 2000"), or a name and
 * such a figure with another line's figure above it: a line of words and an amount, which a row of
 * years heading columns never is (it has no words beside them, and no figures above).
 */
function yearLikeLine(sheet: SheetSnapshot, total: RowShape): (s: RowShape) => boolean {
  const columns: number[] = [];
  for (let c = total.firstCol; c <= total.lastCol; c++)
    if (typeof cellAt(sheet, total.row, c) === 'number') columns.push(c);
  if (columns.length === 0) return () => false;
  if (columns.length > 1) {
    const figured = (row: number) =>
      columns.every((c) => {
        const v = cellAt(sheet, row, c);
        // ("2.078" typed for 2,078 is a figure too, if not one that can be read as printed.)
        return typeof v === 'number' || (typeof v === 'string' && /^\s*\(?-?\d[\d,.]*\)?\s*$/.test(v));
      });
    // ("6. (-) All other payments | 2065 | 2078" under "5. Loan interest | 0 | 0": a line among
    // lines, its figures read as years at a glance; the line above has figures that are not.)
    return (s) => s.numbers === 0 && figured(s.row) && figured(s.row - 1) && rowShape(sheet, s.row - 1).numbers > 0;
  }
  const [column] = columns;
  const amount = (row: number) => typeof cellAt(sheet, row, column) === 'number';
  // ("Memorial Hall | 2000" first under its heading, the total 2,000 more than the lines below it.)
  const completesTotal = (row: number) => {
    let sum = 0;
    for (let r = row; r < total.row; r++) {
      const v = cellAt(sheet, r, column);
      if (typeof v === 'number') sum += v;
    }
    const printed = cellAt(sheet, total.row, column) as number;
    return sum !== 0 && Math.abs(sum - printed) < 0.5;
  };
  // ("Equipment Purchase & Maint | 2000" with "Maintenance | 4000" above it: a line among lines.)
  return (s) =>
    s.numbers === 0 &&
    amount(s.row) &&
    (s.texts >= 3 || (s.texts >= 2 && (amount(s.row - 1) || completesTotal(s.row))));
}

/** Lines a bare figure must stand under, and how near their sum it must be, to be read as their total. */
const BARE_SUM_LINES = 3;

/** The widest step between years heading columns ("1984 | 1982"). */
const YEARS_STEP = 5;

/**
 * "County | 1985 | 1984 | 1983", the years typed as numbers: a row of words and two years or more,
 * evenly stepped, a few years apart at most.
 */
function yearsAcross(sheet: SheetSnapshot, s: RowShape): boolean {
  const years: number[] = [];
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, s.row, c);
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v < 1900 || v > 2100) return false;
      years.push(v);
    }
  }
  if (years.length < 2 || s.texts === 0) return false;
  const step = years[1] - years[0];
  return step !== 0 && Math.abs(step) <= YEARS_STEP && years.every((y, i) => i === 0 || y - years[i - 1] === step);
}

/**
 * "Net decrease in budget" under three lines of figures or more, whose label column is headed "Net
 * decrease in budget during the last quarter" (a row of units between allowed): a total named by
 * what its lines make up.
 */
function totalRestatesHeading(sheet: SheetSnapshot, shapes: RowShape[], row: number): boolean {
  const s = shapes[row - sheet.originRow];
  const label = plainHeading(rowLabel(sheet, s));
  if (s.numbers === 0) return false;
  let lines = 0;
  for (let r = row - 1; r >= sheet.originRow; r--) {
    const up = shapes[r - sheet.originRow];
    if (!up || up.filled === 0) return false;
    if (up.numbers > 0) lines += 1;
    else if (!unitRow(sheet, up)) {
      const heading = plainHeading(textAt(sheet, r, s.firstCol));
      return lines >= BARE_SUM_LINES && totalNamedByHeading(label, heading);
    }
  }
  return false;
}

const BARE_SUM_SHARE = 0.05;

/**
 * A row of figures with no words under three labelled lines of figures or more, each figure within
 * 5% of the sum of the figures above it in its column ("", 1,541,198 under the years' grants): a
 * total with its label lost, which the totals check then holds to its lines exactly.
 */
function bareSum(sheet: SheetSnapshot, shapes: RowShape[], row: number): boolean {
  const idx = (r: number) => r - sheet.originRow;
  const s = shapes[idx(row)];
  if (s.texts > 0 || s.numbers === 0) return false;
  // (A line of 2,000 reads as a year at a glance; under the total's figures it is a figure.)
  const figured = (r: number) => {
    for (let c = s.firstCol; c <= s.lastCol; c++) if (typeof cellAt(sheet, r, c) === 'number') return true;
    return false;
  };
  const lines: number[] = [];
  for (let r = row - 1; r >= sheet.originRow; r--) {
    const up = shapes[idx(r)];
    if (!up || up.texts === 0 || (up.numbers === 0 && !figured(r))) break;
    lines.push(r);
  }
  if (lines.length < BARE_SUM_LINES) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== 'number') continue;
    const sum = lines.reduce((a, r) => {
      const x = cellAt(sheet, r, c);
      return a + (typeof x === 'number' ? x : 0);
    }, 0);
    // (A column left empty above, "Your Contribution" with £0.00 at its foot, says nothing.)
    if (v === 0 && sum === 0) continue;
    if (sum <= 0 || Math.abs(v - sum) > BARE_SUM_SHARE * sum) return false;
  }
  return true;
}

/** The longest group label printed alone over one heading ("Over/(Under)" over "spend"). */
const GROUP_LABEL_CHARS = 30;
/** What a lone cell over a header names when it is the page's, not a column's: "Appendix 2", "Table 3". */
const PAGE_LABEL = /^\s*(?:appendix|annex|annexe|table|page|schedule)\b/i;

/**
 * A lone short cell over one of the header's headings right of its second ("Over/(Under)" over
 * "spend" beside "Budget | Actual"): the first words of that heading, broken over two rows; a
 * title over the first labels, or a page's own label, is not.
 */
function groupLabelOver(sheet: SheetSnapshot, up: RowShape, head: RowShape | undefined): boolean {
  if (!head || up.filled !== 1 || up.longest > GROUP_LABEL_CHARS) return false;
  const labels: number[] = [];
  for (let c = head.firstCol; c <= head.lastCol; c++) if (textAt(sheet, head.row, c)) labels.push(c);
  const text = textAt(sheet, up.row, up.firstCol);
  return labels.length >= 3 && up.firstCol > labels[1] && labels.includes(up.firstCol) && !PAGE_LABEL.test(text);
}

/**
 * Tables with no header Concordat knows but a totals row ("Total levy", "Total income"): the rows
 * of figures above it, with any section headings among them, are its items, and the text row above
 * those its header (blank when a break stands there instead).
 */
export function figureBlocks(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  covered: (row: number) => boolean,
): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const idx = (r: number) => r - sheet.originRow;
  let floor = sheet.originRow;
  for (let i = 0; i < shapes.length; i++) {
    const row = sheet.originRow + i;
    const s = shapes[i];
    const totals =
      isTotalLabel(rowLabel(sheet, s)) ||
      isWholeAreaTotal(sheet, shapes, row) ||
      bareSum(sheet, shapes, row) ||
      totalRestatesHeading(sheet, shapes, row) ||
      closesBalance(sheet, shapes, row, floor);
    if (row < floor || covered(row) || s.numbers === 0 || !totals) continue;
    let first = row;
    let figures = 0;
    const yearLike = yearLikeLine(sheet, s);
    while (first - 1 >= floor && !covered(first - 1)) {
      const up = shapes[idx(first - 1)];
      // (2,000 granted in a column of amounts reads as a year to a glance: among lines, it is a line.)
      if (up && yearLike(up)) {
        figures += 1;
        first -= 1;
        continue;
      }
      // ("Treasury Investments | n/a": a heading with nothing to show beside it.)
      const heading = up && up.numbers === 0 && up.longest <= 80 && shownCells(sheet, up) === 1;
      // A header printed again at a page break sits among the figures, not above them.
      if (up && up.numbers === 0 && figures > 0 && printedAgain(sheet, shapes, first - 1, floor)) {
        first -= 1;
        continue;
      }
      // A blank row between lines of figures ("…, blank, Total", or lines spaced apart) is a gap, not the end.
      const beyond = shapes[idx(first - 2)];
      if (up && up.filled === 0 && first - 2 >= floor && !covered(first - 2) && beyond && beyond.numbers > 0) {
        first -= 1;
        continue;
      }
      // (So are two blank rows straight above the total: "Directorate | 3,791,418", two blanks, "Total";
      // or above the next numbered section's heading: "Other Children and Family Services | 1,905",
      // two blanks, "2. ADULT SERVICES".)
      const further = shapes[idx(first - 3)];
      const nextSection = isNumberedHeading(textAt(sheet, first, shapes[idx(first)]?.firstCol ?? 0));
      if (
        (figures === 0 || nextSection) &&
        up?.filled === 0 &&
        beyond?.filled === 0 &&
        first - 3 >= floor &&
        !covered(first - 3) &&
        further !== undefined &&
        further.numbers > 0
      ) {
        first -= 2;
        continue;
      }
      // ("e.g.: Bishops Meadow, Allotments, …" under "Village Amenities | 54,465": what the line
      // above it covers, among the lines.)
      if (up && up.numbers === 0 && figures > 0 && explainsLineAbove(sheet, shapes, first - 1)) {
        first -= 1;
        continue;
      }
      // ("Parking at the school | | | ?": a line whose figure is not yet known, among the lines.)
      if (up && up.numbers === 0 && figures > 0 && awaitsFigures(sheet, up)) {
        first -= 1;
        continue;
      }
      if (!up || up.filled === 0 || (up.numbers === 0 && !heading)) break;
      if (heading && figures === 0) break;
      // ("County | 1985 | 1984 | … | 1979" typed as numbers: the years heading the columns, not a line.)
      if (figures > 0 && yearsAcross(sheet, up)) break;
      if (up.numbers > 0) figures += 1;
      first -= 1;
    }
    // Section headings above the first figures belong to the header, not the items.
    while (first < row && shapes[idx(first)].numbers === 0 && !yearLike(shapes[idx(first)])) first += 1;
    if (figures === 0) {
      const block = totalOverLines(sheet, shapes, row, floor, covered);
      if (block) {
        blocks.push(block);
        floor = (block.end ?? row) + 1;
      }
      continue;
    }
    let bottom = first - 1;
    // "Regional Councils" alone under a header of two rows or more ("£ million" under the years):
    // the first section's heading, which the body reads as one, not the header's last row.
    // (A blank row may stand between the header and the heading.)
    const lone = shapes[idx(bottom)];
    const headerEnd = shapes[idx(bottom - 1)]?.filled === 0 ? bottom - 2 : bottom - 1;
    const over = shapes[idx(headerEnd)];
    const overTwo = shapes[idx(headerEnd - 1)];
    if (
      lone?.filled === 1 &&
      lone.numbers === 0 &&
      lone.firstCol === shapes[idx(row)].firstCol &&
      // (Or a heading's last word alone under its column, "BUDGET" under "LATEST | REVISED".)
      (over?.filled >= 2 || (over?.filled === 1 && over.firstCol > lone.firstCol)) &&
      headerLike(over) &&
      overTwo?.filled >= 2 &&
      headerLike(overTwo) &&
      headerEnd - 1 >= floor &&
      !covered(headerEnd - 1)
    )
      bottom = headerEnd;
    // One blank row between the headings and the figures still leaves them the table's header, as
    // it does between a lone heading under them ("Expenditure") and the figures.
    const gap = shapes[idx(bottom)];
    const above = shapes[idx(bottom - 1)];
    const twoUp = shapes[idx(bottom - 2)];
    const headings = (s: RowShape | undefined) => s !== undefined && s.filled >= 2 && headerLike(s);
    const loneHeading =
      above?.filled === 1 && above.numbers === 0 && bottom - 2 >= floor && !covered(bottom - 2) && headings(twoUp);
    if (
      gap &&
      gap.filled === 0 &&
      above &&
      bottom - 1 >= floor &&
      !covered(bottom - 1) &&
      (headings(above) || loneHeading)
    )
      bottom -= 1;
    // Headings of the first lines ("GC0101 | Chief Executive", "Expenditure", "Employees") may stand
    // between the figures and a header whose last row gives their unit ("£" under each column).
    const under = shapes[idx(bottom)];
    // (A full row of headings there, "| 2000–01 | 2001–02 | … | Total", is the header's last row itself.)
    const unitsAlready = under !== undefined && (unitRow(sheet, under) || (under.filled > 2 && headerLike(under)));
    // (A blank row under the header is no row of headings: it does not count against the reach.)
    let reach = UNIT_ROW_REACH;
    for (let r = bottom - 1; !unitsAlready && r >= Math.max(floor, bottom - reach); r--) {
      const up = shapes[idx(r)];
      if (!up || covered(r) || up.numbers > 0) break;
      if (up.filled === 0) reach += 1;
      if ((up.filled >= 2 && unitRow(sheet, up)) || headsInPounds(sheet, up)) {
        bottom = r;
        break;
      }
      if (up.filled > 2) break;
    }
    const head = shapes[idx(bottom)];
    const headed = head && head.filled > 0 && (headerLike(head) || yearsAcross(sheet, head)) && !covered(bottom);
    let top = bottom;
    while (headed && top - 1 >= floor && bottom - top + 1 < MAX_HEADER_ROWS && !covered(top - 1)) {
      const up = shapes[idx(top - 1)];
      if (!up || !headerLike(up) || up.longest > 60) break;
      if (
        up.filled < 2 &&
        !groupLabelOver(sheet, up, shapes[idx(top)]) &&
        !finishesHeadingAbove(sheet, shapes, top - 1)
      )
        break;
      top -= 1;
    }
    let firstCol = shapes[idx(row)].firstCol;
    let lastCol = shapes[idx(row)].lastCol;
    for (let r = headed ? top : first; r <= row; r++) {
      const sh = shapes[idx(r)];
      if (sh.filled === 0) continue;
      firstCol = Math.min(firstCol, sh.firstCol);
      lastCol = Math.max(lastCol, sh.lastCol);
    }
    const headers = headed ? stackedHeaders(sheet, top, bottom, firstCol, lastCol) : new Map<number, string>();
    for (let c = firstCol; c <= lastCol; c++) if (!headers.has(c)) headers.set(c, '');
    // Figures after the total that lead to another ("Net use of reserves", "Total levy") belong to
    // it, as do further sections under their headings ("Welsh forces" … "Welsh total", "Total").
    let end = row;
    for (let k = row + 1; k - sheet.originRow < shapes.length && !covered(k); k++) {
      const next = shapes[idx(k)];
      const heading = next.filled === 1 && next.numbers === 0 && next.longest <= 80;
      // (A blank row just above a line of figures is a gap, as above the total; so is one above the
      // next section's heading, "EXPENDITURE" under "TOTAL INCOME".)
      const gap = next.filled === 0 && ((shapes[idx(k + 1)]?.numbers ?? 0) > 0 || sectionToTotal(sheet, shapes, k + 1));
      if (next.numbers === 0 && !heading && !gap) break;
      // ("Balance Remaining" under "Total Expenditure": where the movements leave the balance. A
      // line of figures with no words, under "Expenditure:" and its lines, is their total unlabelled.)
      const unlabelled = next.texts === 0 && next.numbers >= 2;
      const label = rowLabel(sheet, next);
      // (So is "Draft budget gap for 2016/17" closing the changes since "Subtotal".)
      if (next.numbers > 0 && (isTotalLabel(label) || isClosingBalance(label) || isGapLine(label) || unlabelled))
        end = k;
    }
    blocks.push({ top: headed ? top : first - 1, bottom, end, headers, score: 0 });
    floor = end + 1;
  }
  return blocks;
}

/**
 * "Year -End Figure" alone on its row, under "Type Of Work | Reported Budget | Provisional |
 * Adjustment": the rest of a heading that ran onto a second line, under the heading it finishes.
 */
function finishesHeadingAbove(sheet: SheetSnapshot, shapes: RowShape[], row: number): boolean {
  const here = shapes[row - sheet.originRow];
  const above = shapes[row - 1 - sheet.originRow];
  if (!here || here.filled !== 1 || !above || above.filled < 3 || above.numbers > 0 || !headerLike(above)) return false;
  return textAt(sheet, row - 1, here.firstCol).trim() !== '';
}

/** "EXPENDITURE" alone, then lines of figures down to "TOTAL EXPENDITURE": a section of the table above. */
function sectionToTotal(sheet: SheetSnapshot, shapes: RowShape[], row: number): boolean {
  const heading = shapes[row - sheet.originRow];
  if (heading?.filled !== 1 || heading.numbers > 0 || heading.longest > 40) return false;
  for (let k = row + 1, lines = 0, blanks = 0; k - sheet.originRow < shapes.length; k++, lines++) {
    const s = shapes[k - sheet.originRow];
    // (One blank row may stand between the lines and their total: "Support Services", blank, "Total Expenditure".)
    if (s.filled === 0 && lines > 0 && blanks++ === 0 && (shapes[k + 1 - sheet.originRow]?.numbers ?? 0) > 0) {
      lines -= 1;
      continue;
    }
    if (s.numbers === 0) return false;
    if (isTotalLabel(rowLabel(sheet, s))) return lines >= 2;
  }
  return false;
}

/** Lines of figures a total printed above them must head before it is read as theirs. */
const LINES_UNDER_TOTAL = 2;

/**
 * "Budgeted amount" over "TOTAL | 8,950", then the lines it totals ("Planting | 500", "Village
 * Green | 800" …) down to a break: a total printed above its lines, as a budget by category may
 * lay each category out. The row of words over the total is the table's header.
 */
function totalOverLines(
  sheet: SheetSnapshot,
  shapes: RowShape[],
  row: number,
  floor: number,
  covered: (row: number) => boolean,
): HeaderBlock | null {
  const idx = (r: number) => r - sheet.originRow;
  const total = shapes[idx(row)];
  if (!isTotalLabel(rowLabel(sheet, total))) return null;
  const figureColumns: number[] = [];
  for (let c = total.firstCol + 1; c <= total.lastCol; c++)
    if (typeof cellAt(sheet, row, c) === 'number') figureColumns.push(c);
  if (figureColumns.length === 0) return null;
  // Each line named, and of the total's sign: "LESS: …" or a bare difference under it is a calculation.
  const sign = Math.sign(cellAt(sheet, row, figureColumns[0]) as number);
  const line = (k: number) =>
    textAt(sheet, k, total.firstCol) !== '' &&
    !/^\s*less\b/i.test(textAt(sheet, k, total.firstCol)) &&
    figureColumns.every((c) => {
      const v = cellAt(sheet, k, c);
      return typeof v !== 'number' || v === 0 || Math.sign(v) === sign;
    });
  let end = row;
  for (let k = row + 1; k - sheet.originRow < shapes.length && !covered(k); k++) {
    const next = shapes[idx(k)];
    if (next.numbers === 0 || isTotalLabel(rowLabel(sheet, next))) break;
    if (!line(k)) return null;
    end = k;
  }
  // (Its lines run to a break: a total further down makes the first an opening figure they move on from.)
  const after = shapes[idx(end + 1)];
  if (end - row < LINES_UNDER_TOTAL || (after !== undefined && after.filled > 0)) return null;
  // Over it, headings over its figures only ("| Budgeted amount"): a heading beside it in the label
  // column ("Adult Education") names a section of a table above, whose total this is.
  const head = row - 1 >= floor && !covered(row - 1) ? shapes[idx(row - 1)] : undefined;
  if (head === undefined || head.filled === 0 || head.numbers > 0) return null;
  for (let c = head.firstCol; c <= head.lastCol; c++)
    if (textAt(sheet, row - 1, c) && !figureColumns.includes(c)) return null;
  let [firstCol, lastCol] = [Infinity, 0];
  for (let r = row - 1; r <= end; r++) {
    const sh = shapes[idx(r)];
    if (sh.filled === 0) continue;
    [firstCol, lastCol] = [Math.min(firstCol, sh.firstCol), Math.max(lastCol, sh.lastCol)];
  }
  const headers = stackedHeaders(sheet, row - 1, row - 1, firstCol, lastCol);
  for (let c = firstCol; c <= lastCol; c++) if (!headers.has(c)) headers.set(c, '');
  return { top: row - 1, bottom: row - 1, end, headers, score: 0 };
}

/** "?", "tbc", "n/a", "-", "Not yet published": a cell where a figure goes, not yet given. */
const FIGURE_PLACEHOLDER =
  /^\s*(?:\?+|tbc|tba|n\/?a|[-–—]+|not\s+(?:yet\s+)?(?:published|available|known)|awaited|to\s+follow)\s*$/i;

/** A line's label and, where its figures go, only placeholders. */
function awaitsFigures(sheet: SheetSnapshot, s: RowShape): boolean {
  const cells: string[] = [];
  for (let c = s.firstCol + 1; c <= s.lastCol; c++) {
    const t = textAt(sheet, s.row, c);
    if (t) cells.push(t);
  }
  return textAt(sheet, s.row, s.firstCol) !== '' && cells.length > 0 && cells.every((t) => FIGURE_PLACEHOLDER.test(t));
}

/** Rows above a closing balance looked through for the balance it moves on from. */
const BALANCE_REACH = 40;

/**
 * "Budget as at 31 January 2020" (or "Balance remaining") with figures, under lines of figures,
 * headings and single blank rows that run up to "Budget approved as at 30 November 2019" (or a
 * balance brought forward): where a statement of movements closes.
 */
function closesBalance(sheet: SheetSnapshot, shapes: RowShape[], row: number, floor: number): boolean {
  const label = rowLabel(sheet, shapes[row - sheet.originRow]);
  if (!isAsAtLine(label) && !isClosingBalance(label)) return false;
  for (let r = row - 1; r >= Math.max(floor, row - BALANCE_REACH); r--) {
    const up = shapes[r - sheet.originRow];
    if (up.filled === 0) {
      if ((shapes[r - 1 - sheet.originRow]?.filled ?? 0) === 0) return false;
      continue;
    }
    const text = rowLabel(sheet, up);
    if (up.numbers > 0 && (isAsAtLine(text) || isOpeningBalance(text))) return true;
    if (up.numbers === 0 && up.filled > 1) return false;
  }
  return false;
}

/** "e.g.: …", "i.e. …", "including …", "(includes …)": words saying what a line covers. */
const EXPLAINING = /^\s*\(?\s*(?:e\.?\s?g\b\.?|i\.?\s?e\b\.?|incl\b\.?|including\b|includes\b)/i;

/** A row of one cell explaining what the line of figures above it covers ("e.g.: Bishops Meadow, Allotments"). */
function explainsLineAbove(sheet: SheetSnapshot, shapes: RowShape[], row: number): boolean {
  const here = shapes[row - sheet.originRow];
  const above = shapes[row - 1 - sheet.originRow];
  if (!here || here.filled !== 1 || here.numbers > 0 || !above || above.numbers === 0) return false;
  return EXPLAINING.test(textAt(sheet, row, here.firstCol));
}

/** Row `row` repeats, cell for cell, a row of headings further up (a header printed again at a page break). */
function printedAgain(sheet: SheetSnapshot, shapes: RowShape[], row: number, floor: number): boolean {
  const s = shapes[row - sheet.originRow];
  if (s.filled < 2 || !headerLike(s)) return false;
  const plain = (r: number, c: number) => plainHeading(textAt(sheet, r, c));
  const texts: string[] = [];
  for (let c = s.firstCol; c <= s.lastCol; c++) texts.push(plain(row, c));
  for (let r = row - 1; r >= floor; r--) {
    const up = shapes[r - sheet.originRow];
    if (up.filled !== s.filled || up.firstCol !== s.firstCol || up.lastCol !== s.lastCol) continue;
    if (texts.every((t, i) => plain(r, s.firstCol + i) === t)) return true;
  }
  return false;
}

/** "NIL": a figure written as nothing, where a line's figures go. (A dash alone may be a timetable's gap.) */
const NIL_FIGURE = /^\s*nil\s*$/i;

function nilFigures(sheet: SheetSnapshot, s: RowShape): number {
  let count = 0;
  for (let c = s.firstCol; c <= s.lastCol; c++) if (NIL_FIGURE.test(textAt(sheet, s.row, c))) count += 1;
  return count;
}

/** The longest a grid's heading runs ("New construction, conversions, enhancement to existing buildings"). */
const GRID_HEADING_CHARS = 100;

/**
 * Whether a row's cells read as a grid's headings: short, or longer where they are a statistics
 * table's names for what each column counts, in no sentences ("… works. Figures are …").
 */
function gridHeadings(sheet: SheetSnapshot, s: RowShape): boolean {
  if (s.longest <= 60) return true;
  if (s.longest > GRID_HEADING_CHARS) return false;
  for (let c = s.firstCol; c <= s.lastCol; c++) if (/[a-z][.;:]\s+\S/.test(textAt(sheet, s.row, c))) return false;
  return true;
}

/**
 * Grids of figures under a row of headings that name nothing Concordat knows and have no totals
 * row: read only for what their figures show (shares that add up to 100 across each row).
 */
export function gridBlocks(sheet: SheetSnapshot, shapes: RowShape[], covered: (row: number) => boolean): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  const idx = (r: number) => r - sheet.originRow;
  for (let i = 0; i < shapes.length; i++) {
    const row = sheet.originRow + i;
    const head = shapes[i];
    if (covered(row) || head.filled < 2 || head.numbers > 0 || !headerLike(head) || !gridHeadings(sheet, head))
      continue;
    // A row of units may stand under the headings ("£000" under each year).
    let bottom = row;
    while (bottom + 1 - sheet.originRow < shapes.length && unitRow(sheet, shapes[idx(bottom + 1)])) bottom += 1;
    // The figures, with section headings and single blank rows among them ("SAVINGS PROPOSALS").
    let end = bottom;
    let lines = 0;
    for (let k = bottom + 1; k - sheet.originRow < shapes.length && !covered(k); k++) {
      const s = shapes[idx(k)];
      // (Once the figures have begun, a line may give only one of them: "-40" in its first year.)
      // ("Loan interest | NIL | NIL | NIL": a line whose figures are written as nothing.)
      const isLine = (line: RowShape) => {
        const figures = line.numbers + nilFigures(sheet, line);
        return figures >= 2 || (lines >= 3 && figures >= 1 && line.filled >= 2);
      };
      if (isLine(s)) {
        lines += 1;
        end = k;
        continue;
      }
      // ("Mar 2018 | Not yet published | …": a line whose figures are still to come.)
      if (s.filled >= 2 && awaitsFigures(sheet, s)) {
        end = k;
        continue;
      }
      const next = shapes[idx(k + 1)];
      // (Two blank rows straight under the headings, before the first line, are a gap too.)
      const after = shapes[idx(k + 2)];
      if (lines === 0 && s.filled === 0 && next?.filled === 0 && after && isLine(after) && !covered(k + 2)) continue;
      const between = s.filled === 0 || (s.filled === 1 && s.numbers === 0 && s.longest <= 80);
      if (!between || !next || covered(k + 1) || !(isLine(next) || (next.filled === 1 && next.numbers === 0))) break;
    }
    if (lines < 3) continue;
    // Group labels over the headings ("Expenditure and | Income | Net" over "Budget | To Date"):
    // rows of a few words above them, no figures, fewer cells than the headings.
    let top = row;
    while (
      top - 1 >= sheet.originRow &&
      bottom - top + 1 < MAX_HEADER_ROWS &&
      !covered(top - 1) &&
      shapes[idx(top - 1)].filled > 0 &&
      shapes[idx(top - 1)].filled < head.filled &&
      shapes[idx(top - 1)].numbers === 0 &&
      shapes[idx(top - 1)].longest <= SUB_HEADING_LENGTH &&
      // (A title alone over the first column, "Annex A", heads the table, not its columns.)
      (shapes[idx(top - 1)].filled >= 2 || shapes[idx(top - 1)].firstCol > head.firstCol)
    )
      top -= 1;
    const headers = stackedHeaders(sheet, top, bottom, head.firstCol, head.lastCol);
    let firstCol = head.firstCol;
    for (let r = bottom + 1; r <= end; r++)
      if (shapes[idx(r)].filled > 0) firstCol = Math.min(firstCol, shapes[idx(r)].firstCol);
    for (let c = firstCol; c <= head.lastCol; c++) if (!headers.has(c)) headers.set(c, '');
    blocks.push({ top, bottom, end, headers, score: 0 });
    i = end - sheet.originRow;
  }
  return blocks;
}

/** Fewest lines a list with no header must have, and the share of them its status column rates. */
const LIST_LINES = 3;
const LIST_STATUS_SHARE = 0.6;

/**
 * Lists with no header row at all ("AAP-J A 01 We will … | On track | The programme …"): runs of
 * rows of words, one column of which holds status words on most lines. The row above the run (a
 * heading or a break) stands for the header; every column's header is blank.
 */
export function listBlocks(sheet: SheetSnapshot, shapes: RowShape[], covered: (row: number) => boolean): HeaderBlock[] {
  const blocks: HeaderBlock[] = [];
  // A line of words, or of words after the item's number ("1 | Village Handyman | Arranged for…").
  const numbered = (s: RowShape) => s.numbers === 1 && typeof cellAt(sheet, s.row, s.firstCol) === 'number';
  // (A date is a word of the line too: "1.1 | Develop … | Fleet | 30.09.21 | started".)
  const line = (s: RowShape | undefined) =>
    s !== undefined && !covered(s.row) && s.filled >= 2 && (s.numbers === datedCells(sheet, s) || numbered(s));
  for (let i = 1; i < shapes.length; i++) {
    if (!line(shapes[i]) || line(shapes[i - 1])) continue;
    let end = i;
    // Headings between the lines, each after a blank row or not ("002 Monitoring the counter fraud
    // partnership" over its actions), are sections of the one list.
    const opensSection = (k: number) =>
      isHeading(shapes[k], shapes[k + 1]) || (shapes[k]?.filled === 0 && isHeading(shapes[k + 1], shapes[k + 2]));
    // (Lines spaced a blank row apart are one list.)
    const spaced = (k: number) => shapes[k]?.filled === 0 && line(shapes[k + 1]);
    while (end + 1 < shapes.length && (line(shapes[end + 1]) || opensSection(end + 1) || spaced(end + 1))) end += 1;
    while (end > i && !line(shapes[end])) end -= 1;
    const rows = shapes.slice(i, end + 1).filter(line);
    if (rows.length < LIST_LINES) continue;
    const firstCol = Math.min(...rows.map((r) => r.firstCol));
    const lastCol = Math.max(...rows.map((r) => r.lastCol));
    const rated = (c: number) => {
      let filled = 0;
      let words = 0;
      for (const r of rows) {
        const t = textAt(sheet, r.row, c);
        if (!t) continue;
        filled += 1;
        if (cellType(t, null) === 'status') words += 1;
      }
      return filled >= LIST_LINES && words / filled >= LIST_STATUS_SHARE;
    };
    let statusCol = 0;
    for (let c = firstCol + 1; c <= lastCol && !statusCol; c++) if (rated(c)) statusCol = c;
    if (!statusCol) {
      // Numbered items with who acts on each in short cells ("HS", "Agenda item"), after any lines
      // above them ("Apologies | …"): an action list with no header.
      // ("CIP 001.01", "R4": the items' own references number them as well.)
      const isNumbered = (r: RowShape) => {
        const lead = textAt(sheet, r.row, r.firstCol);
        return numbered(r) || ITEM_NUMBER.test(lead) || cellType(lead, null) === 'id';
      };
      let k = rows.length;
      while (k > 0 && isNumbered(rows[k - 1])) k -= 1;
      const items = rows.slice(k);
      const numberedOwner = items.length < LIST_LINES ? 0 : ownerColumn(sheet, items, firstCol + 1, lastCol);
      // Or lines under a sentence naming who owns each, the owners last on the line.
      const owner = numberedOwner || ownedColumn(sheet, rows, lastCol);
      // Or stages under a sentence naming a timetable, with when each is due last on the line.
      const timetable = owner ? null : timetableColumn(sheet, rows, firstCol, lastCol, LIST_LINES);
      if (timetable?.column) {
        const top = timetable.headed ? rows[0].row : rows[0].row - 1;
        const headers = blankHeaders(firstCol, lastCol);
        if (timetable.headed)
          for (const [c, text] of stackedHeaders(sheet, top, top, firstCol, lastCol)) headers.set(c, text);
        blocks.push({ top, bottom: top, end: sheet.originRow + end, headers, score: 0, dates: timetable.column });
        i = end;
        continue;
      }
      if (!owner) continue;
      const top = (numberedOwner ? items : rows)[0].row - 1;
      const headers = blankHeaders(firstCol, lastCol);
      blocks.push({ top, bottom: top, end: sheet.originRow + end, headers, score: 0, owner });
      i = end;
      continue;
    }
    // A first line of short words with no status where the statuses go is the list's header
    // ("Code section | Code requirement | Comply: yes/no"), one Concordat had no words for.
    const first = rows[0];
    const headed =
      headerLike(first) && first.longest <= 60 && cellType(textAt(sheet, first.row, statusCol), null) !== 'status';
    const top = headed ? first.row : sheet.originRow + i - 1;
    const headers = blankHeaders(firstCol, lastCol);
    if (headed) for (const [c, text] of stackedHeaders(sheet, top, top, firstCol, lastCol)) headers.set(c, text);
    // Rated lines are an action list: a column of the same few short names beside them says who
    // leads each ("Fleet", "Fleet/all relevant departments"), though not all of them are people.
    const owner = headed ? 0 : ownerColumn(sheet, rows, firstCol + 1, lastCol, RATED_OWNERS);
    blocks.push({ top, bottom: top, end: sheet.originRow + end, headers, score: 0, ...(owner ? { owner } : {}) });
    i = end;
  }
  return blocks;
}

function blankHeaders(firstCol: number, lastCol: number): Map<number, string> {
  const headers = new Map<number, string>();
  for (let c = firstCol; c <= lastCol; c++) headers.set(c, '');
  return headers;
}

/** Whether at most this share of a column's cells are different: the rest repeat one of them. */
const MOST_DIFFERENT = 0.6;

function repeats(texts: readonly string[]): boolean {
  return new Set(texts.map((t) => t.toLowerCase())).size <= texts.length * MOST_DIFFERENT;
}

/**
 * What marks the column of a list with no header that says who acts on each item: its longest cell
 * (initials, a name or a short phrase) and the share of its cells that name people. A list with
 * status words is an action list already, so it needs less of the second.
 */
interface OwnerEvidence {
  chars: number;
  people: number;
}
const NUMBERED_OWNERS: OwnerEvidence = { chars: 30, people: 1 / 2 };
const RATED_OWNERS: OwnerEvidence = { chars: 40, people: 1 / 3 };

/** "Claire Tatton", "Joey Needham/Vicky Glanville": a name written out, not initials. */
export const FULL_NAME = /\b[A-Z][a-z]+\s+[A-Z][a-z]+/;
/** Of a list's lines, the share that name who acts, in a column that says so. */
const MOST_FILLED = 4 / 5;
/** "(BS)", "(Chair)", "(MG/KW)": who brings an agenda's item, in brackets. */
const BRACKETED_WHO = /^\(\s*[A-Za-z][A-Za-z .'/&-]{0,15}\)$/;
/** Of an agenda's items, the share that must name who brings them in brackets. */
const BRACKETED_FILLED = 2 / 3;

/**
 * The column of a list that says who acts on each item: filled on most lines with short cells,
 * enough of them people, the same few again and again. 0 when there is none.
 */
function ownerColumn(
  sheet: SheetSnapshot,
  rows: readonly RowShape[],
  from: number,
  to: number,
  needs: OwnerEvidence = NUMBERED_OWNERS,
): number {
  for (let c = from; c <= to; c++) {
    const texts = rows.map((r) => textAt(sheet, r.row, c)).filter(Boolean);
    // ("(BS)", "(Chair)" at the end of an agenda's items: brackets mark who brings each, so fewer
    // items need one and the names need not repeat.)
    const bracketed = texts.every((t) => BRACKETED_WHO.test(t));
    const filled = bracketed ? BRACKETED_FILLED : MOST_FILLED;
    if (texts.length / rows.length < filled || texts.some((t) => t.length > needs.chars)) continue;
    const types = texts.map((t) => cellType(t, null));
    if (types.some((t) => t !== 'person' && t !== 'text' && t !== 'body')) continue;
    const people = types.filter((t) => t === 'person').length;
    // The same few people act on many items: their names repeat down the column. (Beside status
    // words, a column where every cell names people in full says who acts though no name comes
    // twice; letters alone, "H,N", may be a grid's keys.)
    const allPeople = needs === RATED_OWNERS && people === texts.length && texts.every((t) => FULL_NAME.test(t));
    if (people >= texts.length * needs.people && (bracketed || allPeople || repeats(texts))) return c;
  }
  return 0;
}

/** A sentence saying the lines below are owned, and by whom ("The ‘ownership’ of the Strategic Risks is as follows:"). */
const NAMES_OWNERS = /\b(?:owners?|ownership|owned|responsibility|responsible|accountable|leads?)\b/i;
/** The longest an owner's cell runs to in such a list: two posts written out, a line each. */
const OWNED_CHARS = 150;

/**
 * A list with no header under a sentence naming who owns each line ("Affordable Housing |
 * Assistant Director of Customer Services"): its last column names a person or a body on every
 * line, and says who owns each. 0 when there is none.
 */
function ownedColumn(sheet: SheetSnapshot, rows: readonly RowShape[], lastCol: number): number {
  const text = leadIn(sheet, rows[0].row);
  if (rows.length < LIST_LINES || text === null || !NAMES_OWNERS.test(text)) return 0;
  // (Two posts written a line each: each line names one.)
  const names = (t: string) =>
    t.split(/\n+/).every((line) => ['person', 'body'].includes(cellType(line.trim(), null) ?? ''));
  const cells = rows.map((r) => cellAt(sheet, r.row, lastCol));
  const owned = (v: unknown) => typeof v === 'string' && v.trim() !== '' && v.length <= OWNED_CHARS && names(v);
  return cells.every(owned) ? lastCol : 0;
}

/** A lone label between lines of a list, followed by more of them: a section heading. */
function isHeading(s: RowShape | undefined, next: RowShape | undefined): boolean {
  return (
    s !== undefined && s.filled === 1 && s.numbers === 0 && s.longest <= 120 && next !== undefined && next.filled >= 2
  );
}
