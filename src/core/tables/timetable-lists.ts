/**
 * A timetable printed as lines with no header under a sentence that names it ("The revised
 * timescale for the Local Plan is:"): each line a stage and, last, when it is due ("June 2017",
 * "Summer/Autumn 2017", "early 2018"). The stages are the plan's actions and the last column its
 * deadlines.
 */
import type { SheetSnapshot } from '../snapshot';
import { cellType } from './cell-evidence';
import type { RowShape } from './layout';
import { cellAt, formatAt } from './types';
import { timePhrase } from '../parse/vague-dates';

/** A sentence introducing a timetable; a calendar of meetings is no plan to meet. */
const NAMES_TIMETABLE = /\b(?:timetable|timescales?|milestones|key dates|programme|timeline)\b/i;
const NAMES_MEETINGS = /\bmeetings?\b/i;
/** "The Programme was reported to each partner … on the following dates:": when things were done, no plan. */
const DONE_ON_DATES = /\b(?:was|were)\b[^.]*\bon\s+the\s+following\s+dates?\b/i;

/** Rows above the first line the introducing sentence may stand (a blank row or two between). */
const LEAD_IN_REACH = 3;

/** Share of the last column's filled cells that must read as times for it to be the deadlines. */
const TIMES_SHARE = 0.75;

/**
 * The column of when each line is due (0 where the lines are no timetable), and whether the first
 * line is the timetable's own header: words over the times that read as a deadline in words but
 * name no time ("Fire and Rescue Authority | Control room functions cut-over").
 */
export function timetableColumn(
  sheet: SheetSnapshot,
  rows: readonly RowShape[],
  firstCol: number,
  lastCol: number,
  minLines: number,
): { column: number; headed: boolean } {
  const none = { column: 0, headed: false };
  if (rows.length < minLines || lastCol <= firstCol || !introduced(sheet, rows[0].row)) return none;
  const typeAt = (row: number) => cellType(cellAt(sheet, row, lastCol), formatAt(sheet, row, lastCol));
  // ("Stage | Dates" first is a header of words: the table has one, and is read by it.)
  if (!isTime(typeAt(rows[0].row))) return none;
  const first = rows[0];
  const headed =
    typeAt(first.row) === 'vagueDate' &&
    timePhrase(String(cellAt(sheet, first.row, lastCol))) === null &&
    first.filled >= 2 &&
    first.numbers === 0;
  let [filled, times] = [0, 0];
  for (const r of headed ? rows.slice(1) : rows) {
    const type = typeAt(r.row);
    if (!type) continue;
    filled += 1;
    if (isTime(type)) times += 1;
  }
  return filled >= minLines - 1 && times >= TIMES_SHARE * filled ? { column: lastCol, headed } : none;
}

const isTime = (type: string | null) => type === 'date' || type === 'vagueDate';

function introduced(sheet: SheetSnapshot, firstRow: number): boolean {
  const text = leadIn(sheet, firstRow);
  return text !== null && NAMES_TIMETABLE.test(text) && !NAMES_MEETINGS.test(text) && !DONE_ON_DATES.test(text);
}

/** The line just above a list's first (a blank row or two between), or null where there is none. */
export function leadIn(sheet: SheetSnapshot, firstRow: number): string | null {
  for (let r = firstRow - 1; r >= Math.max(sheet.originRow, firstRow - LEAD_IN_REACH); r--) {
    const cells = (sheet.values[r - sheet.originRow] ?? []).filter((v) => v !== null && v !== '');
    if (cells.length > 0) return cells.map(String).join(' ');
  }
  return null;
}
