/**
 * A date printed once over the items it belongs to, as forward plans print the dates of decision:
 * a heading row "10 March 2004", or "Anticipated Date of Decision | Wednesday, 12 January 2005",
 * over the items to be decided that day. A person reads each item's date from the heading above it;
 * so does the reader, where no column gives the items a date of their own.
 *
 * What the date means is in the heading's words: "Decision not to be taken before | 4 July 2005"
 * is the earliest day, not a deadline, and "Meeting of 12 March 2024" over an action log is when the
 * actions were raised. A bare date is a deadline only where the table is about decisions to be taken.
 */
import type { SheetSnapshot } from '../snapshot';
import type { Body } from './body';
import type { HeaderBlock } from './header-blocks';
import { cellAt, formatAt } from './types';
import { isDateFormat } from '../parse/date-formats';
import { parseDate } from '../parse/dates';
import { textAt } from './layout';

/** Where an item's date is: the heading cell over it. */
export interface HeadingDate {
  row: number;
  column: number;
}

/** A heading's date is when the items fall due, the earliest they may be done, or neither. */
type HeadingUse = 'due' | 'earliest' | 'other';

/** "Decision not to be taken before", "No earlier than": the first day, not the last. */
const EARLIEST_WORDS = /\b(?:not\s+(?:to\s+be\s+(?:taken|made)\s+)?before|no\s+earlier\s+than|earliest)\b/i;
/** "Anticipated Date of Decision", "Decision due", "Target date", "To be completed by". */
const DUE_WORDS =
  /\b(?:date\s+of\s+(?:the\s+)?decision|decision\s+(?:date|due)|due|deadline|target\s+date|(?:anticipated|expected|planned)\s+date|to\s+be\s+(?:taken|decided|made|completed)\s+(?:by|on))\b/i;
/** A title or header about decisions to come: bare dates over its items are when each is decided. */
const DECISION_CONTEXT = /\bdecisions?\b|\bforward\s+plan\b/i;
/** A heading's label is short words, not a sentence. */
const LABEL_LENGTH = 60;

/** A date heading: the cell holding the date, and the words that say what the date is. */
interface Heading {
  column: number;
  label: string;
}

/** "Wednesday,", "(Continued)": words around a heading's date that say nothing of what it is. */
const HEADING_NOISE =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?|\(\s*cont(?:inued|'d|d)?\.?\s*\)|\bcontinued\b|[,:;–—-]+\s*$/gi;

function isLabel(text: string): boolean {
  return text !== '' && text.length <= LABEL_LENGTH && !/\d/.test(text);
}

/**
 * The row as a date heading: a date alone; a short label and a date ("Anticipated Date of Decision
 * | Wednesday, 12 January 2005"); or both in one cell ("Anticipated date of the decision 21 April
 * 2004"), where the label must say what the date is. The heading starts in the label columns.
 */
function readHeading(sheet: SheetSnapshot, row: number, first: number, last: number): Heading | null {
  const filled: number[] = [];
  for (let c = first; c <= last; c++) {
    const v = cellAt(sheet, row, c);
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) filled.push(c);
    if (filled.length > 2) return null;
  }
  // An empty spacer column may stand between label and date.
  if (filled.length === 0 || filled[0] > first + 1) return null;
  const at = filled[filled.length - 1];
  if (filled.length === 2) {
    const label = textAt(sheet, row, filled[0]);
    return isDate(sheet, row, at) && isLabel(label) ? { column: at, label } : null;
  }
  // ("07/15 – PBC Engagement with APC – we will need to …": an earlier minute's number opening a
  // matter's words, no date heading however it parses.)
  if (isDate(sheet, row, at) && textAt(sheet, row, at).length <= LABEL_LENGTH) return { column: at, label: '' };
  const v = cellAt(sheet, row, at);
  if (typeof v !== 'string') return null;
  const parsed = parseDate(v, { date1904: false });
  if (parsed.kind !== 'date' || !parsed.inPhrase || parsed.note === undefined) return null;
  const label = parsed.note.replace(HEADING_NOISE, ' ').replace(/\s+/g, ' ').trim();
  return isLabel(label) && headingUse(label, false) !== 'other' ? { column: at, label } : null;
}

/** Whether a row inside a table is a date heading over the rows below (not a break before a new table). */
export function isDateHeading(sheet: SheetSnapshot, row: number, first: number, last: number): boolean {
  return readHeading(sheet, row, first, last) !== null;
}

function isDate(sheet: SheetSnapshot, row: number, column: number): boolean {
  const v = cellAt(sheet, row, column);
  if (typeof v === 'number') return isDateFormat(formatAt(sheet, row, column) ?? '');
  if (typeof v !== 'string') return false;
  const parsed = parseDate(v, { date1904: false });
  return parsed.kind === 'date' && !parsed.inPhrase;
}

function headingUse(label: string, decisions: boolean): HeadingUse {
  if (EARLIEST_WORDS.test(label)) return 'earliest';
  if (DUE_WORDS.test(label)) return 'due';
  return label === '' && decisions ? 'due' : 'other';
}

/** Whether the header or the title above it speaks of decisions to be taken. */
function aboutDecisions(sheet: SheetSnapshot, block: HeaderBlock, titleFrom: number): boolean {
  if ([...block.headers.values()].some((h) => DECISION_CONTEXT.test(h))) return true;
  for (let r = titleFrom; r < block.top; r++) {
    const values = sheet.values[r - sheet.originRow] ?? [];
    if (values.some((v) => typeof v === 'string' && DECISION_CONTEXT.test(v))) return true;
  }
  return false;
}

/**
 * Finds the date headings among a table's body rows, makes each a heading rather than an item, and
 * returns the heading cell whose date each item below falls due on (until the next date heading).
 * Items under an earliest-date heading, or a heading whose date is not a due date, get none.
 */
export function groupDates(
  sheet: SheetSnapshot,
  body: Body,
  block: HeaderBlock,
  titleFrom: number,
): Map<number, HeadingDate> {
  const dates = new Map<number, HeadingDate>();
  const decisions = aboutDecisions(sheet, block, titleFrom);
  // A column with a date on most items gives each item its own ("Action | Date raised"): a row
  // with only a label and that date is an item, not a heading.
  const { firstColumn, lastColumn } = body;
  const items = body.rows
    .filter((r) => r.kind === 'item' && readHeading(sheet, r.row, firstColumn, lastColumn) === null)
    .map((r) => r.row);
  const datesDown = (column: number) => items.filter((r) => isDate(sheet, r, column)).length * 2 > items.length;
  let current: HeadingDate | null = null;
  let headings = 0;
  for (let i = 0; i < body.rows.length; i++) {
    const { row, kind } = body.rows[i];
    if (kind === 'total' || kind === 'subtotal') {
      current = null;
      continue;
    }
    const heading = readHeading(sheet, row, firstColumn, lastColumn);
    if (heading && (kind === 'section' || kind === 'item') && !datesDown(heading.column)) {
      headings += 1;
      current = headingUse(heading.label, decisions) === 'due' ? { row, column: heading.column } : null;
      body.rows[i] = { row, kind: 'section' };
      const skip = body.skipped.find((s) => s.row === row);
      const text = [
        heading.column > firstColumn ? textAt(sheet, row, firstColumn) : '',
        textAt(sheet, row, heading.column),
      ]
        .filter(Boolean)
        .join(' ')
        .slice(0, 80);
      if (skip) Object.assign(skip, { reason: 'date heading', text });
      else body.skipped.push({ row, reason: 'date heading', text });
      continue;
    }
    if (kind === 'item' && current) dates.set(row, current);
  }
  body.skipped.sort((a, b) => a.row - b.row);
  return headings > 0 ? dates : new Map();
}
