/** Facts about each row of an action plan or recommendation tracker. */
import { namesPlanYear, planYearEnd } from '../parse/plan-years';
import type { Table, TableRow } from '../tables/types';
import type { LogicalColumn } from '../tables/columns';
import type { ColumnRef } from '../tables/types';
import { cellAt, formatAt, headerOf } from '../tables/types';
import { textAt } from '../tables/layout';
import type { FactContext, StageFacts } from './context';
import type { CellValue } from '../snapshot';
import { lineOf, logicalCell, logicalFormat, noteErrorCells, noteUnreadable, pauseAt, checkTime } from './context';
import {
  agencyOwner,
  initialsNamedIn,
  ownerAbsence,
  ownerByInitials,
  ownerNames,
  ownerText,
  ownsByAgency,
  sharedTeam,
  withoutTeam,
} from './owner';
import type { FactValue, Subject } from './subject';
import { daysBetween, parseDate, resolveYear } from '../parse/dates';
import { timePhrase } from '../parse/vague-dates';
import { parseOwner } from '../parse/owners';
import { classifyStatus, isNarrativeStatus, narrativeSaysClosed, narrativeSaysDone } from '../parse/status';
import { cellLines, cellText, isDitto } from '../parse/text';
import type { DateParse, UnderstoodDate } from '../parse/types';
import { references } from './references';
import { sheetShowsYear } from './sheet-year';
import { headerWords } from '../tables/header-words';
import { ACTION_OPENING, followsUpAction } from '../tables/records';
import { headingWho } from '../tables/groups';
import { dateInTarget, holdsTargets } from './target-measures';

/**
 * A deadline cell that opens, or has a line that opens, by saying the action is done ("Oct, 2008\nCompleted",
 * "Decision taken to go for stock transfer – Full Council 10 January 2005"),
 * or a line that ends saying so ("Held Annually in September Complete"), though not that it is yet
 * to be ("To be completed", "Not complete").
 */
const DONE_WORDS = /^\s*(?:done|completed?|achieved|implemented|closed|delivered|decision\s+(?:taken|made))\b/im;
/** (The cell's last words only: "Phase 1 completed\nPhase 2" has a phase still to do.) */
const ENDS_DONE =
  /(?<!\b(?:to|will|must|should|can|be|not|until|when|once|if)\s+(?:be\s+)?)\b(?:completed?|done)\.?\s*$/i;
const saysDone = (text: string) => DONE_WORDS.test(text) || ENDS_DONE.test(text);

/** "The update … be noted", "The teams be thanked": a resolution to note or thank asks nothing to be done. */
const NOTING = /\bbe (?:noted|thanked|welcomed|received|congratulated)\b/i;
/** …unless it asks for something besides ("be noted and a report be brought back"). */
const ASKING =
  /\bbe (?:asked|requested|invited|instructed|given|provided|made|produced|prepared|reviewed|circulated|reported|brought|submitted|presented|considered|developed|undertaken|implemented|updated|added|sent|amended)\b|\breports? back\b|\bto (?:report|provide|review|prepare|bring|circulate|consider|develop|ensure|investigate)\b/i;

/** The item only resolves that something be noted or someone thanked: no deadline is wanted. */
function asksOnlyToNote(table: Table, row: number): boolean {
  const text = cellText(logicalCell(table, row, table.columns.recommendation ? 'recommendation' : 'action'));
  return NOTING.test(text) && !ASKING.test(text);
}

/** "Accept (Y/N)", "Accepted?", "Agreed Y/N": the status column asks whether a recommendation was taken up. */
const ACCEPTANCE_QUESTION = /^\s*(?:accept(?:ed)?|agreed?)\b.*(?:\?|\by\s*\/\s*n\b|\byes\s*\/\s*no\b)/i;
/** "Completed Y/N", "Done?", "Implemented (Yes/No)": the status column asks whether the action is done. */
const DONE_QUESTION = /^\s*(?:complete[d]?|done|implemented|achieved)\b.*(?:\?|\by\s*\/\s*n\b|\byes\s*\/\s*no\b)/i;
const YES = /^\s*(?:yes|y)\.?\s*$/i;
const NO = /^\s*(?:no|n)\.?\s*$/i;

/**
 * "No" under "Accept (Y/N)": the recommendation was turned down, and nothing is asked of anyone;
 * "Yes", taken up and not yet begun. "Y" under "Completed Y/N": done; "N", not yet. Null where the
 * column asks something else.
 */
function answered(table: Table, text: string): 'closed' | 'notStarted' | 'complete' | 'in-progress' | null {
  const header = table.columns.status?.header ?? '';
  if (DONE_QUESTION.test(header)) return YES.test(text) ? 'complete' : NO.test(text) ? 'in-progress' : null;
  if (!ACCEPTANCE_QUESTION.test(header)) return null;
  if (NO.test(text) || /^\s*(?:not accepted|rejected)\.?\s*$/i.test(text)) return 'closed';
  if (YES.test(text) || /^\s*accepted\.?\s*$/i.test(text)) return 'notStarted';
  return null;
}

/** "Rejected", "Not agreed", "Withdrawn", "Superseded": never taken up, or dropped; no one is to act. */
const DECLINED =
  /^\s*(?:rejected|not\s+(?:agreed|accepted|supported|required)|declined|withdrawn|cancell?ed|abandoned|superseded|no\s+longer\s+(?:required|applicable))\b/i;

/** "Noted": received, and nothing asked of anyone. */
const NOTED_ONLY = /^\s*noted\.?\s*$/i;

/**
 * "No action required at present.", "Not thought to be needed.": the action to be taken is none,
 * so no one is to act.
 */
const NOTHING_TO_DO =
  /^\s*(?:no\s+(?:further\s+)?action\s+(?:is\s+)?(?:required|needed|necessary)|not\s+(?:thought\s+to\s+be\s+)?(?:needed|required|necessary))\b/i;

/** "Update 1", "Q3 review", "Board, June": short words naming when an item was closed, with no denial in them. */
function closedAt(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length <= 4 && /^[A-Z0-9]/.test(t) && !NOT_CLOSED.test(t);
}

/** "Not yet", "Ongoing", "Open", "TBC": a completion cell saying the item is not closed. */
const NOT_CLOSED = /\b(?:not|no|ongoing|open|tbc|tba|pending|n\/a)\b/i;

/** Columns read as text, whose Excel errors are reported by `noteErrorCells`. */
const TEXT_COLUMNS = ['id', 'recommendation', 'priority', 'action', 'response', 'owner', 'status', 'progress'] as const;

/** Longer than this, a vague deadline is quoted by the words in it that say when. */
const QUOTE_CHARS = 80;

/** The deadline as a message quotes it: a long sentence by its words that say when ("…within the next eight weeks"). */
function deadlineQuote(deadline: DateParse): string {
  if (deadline.kind === 'blank') return '';
  if (deadline.kind !== 'vague' || deadline.text.length <= QUOTE_CHARS) return deadline.text;
  const when = timePhrase(deadline.text);
  return when ? `…${when}…` : deadline.text;
}

/** The column a finding lands on when the sheet lacks the column it is about. */
function defaultAnchor(table: Table): ColumnRef {
  const c = table.columns;
  return c.recommendation ?? c.action ?? c.id ?? { column: table.firstColumn, header: '' };
}

function anchors(table: Table): Record<string, ColumnRef> {
  const out: Record<string, ColumnRef> = { default: defaultAnchor(table) };
  for (const [name, ref] of Object.entries(table.columns)) if (ref) out[name] = ref;
  return out;
}

/** Who the heading over an item names ("Clerk:" is the clerk); null under none. */
function headingOwner(table: Table, row: number): string | null {
  const at = table.headingOwners?.get(row);
  return at ? headingWho(table.sheet, at) : null;
}

/** The label on a record's line, left of its value (past a spacer column): "Decision due". */
function recordLabel(table: Table, line: number, valueColumn: number): string {
  for (let c = valueColumn - 1; c >= Math.max(table.firstColumn, valueColumn - 3); c--) {
    const text = textAt(table.sheet, line, c);
    if (text) return text.replace(/:$/, '');
  }
  return '';
}

/** An item printed as a record: each field's finding goes on that field's line (the item's first when it has none). */
function fieldAnchors(table: Table, row: number, all: Record<string, ColumnRef>): Record<string, ColumnRef> {
  const out: Record<string, ColumnRef> = {};
  for (const [name, ref] of Object.entries(all)) {
    const line = name === 'default' ? row : lineOf(table, row, name as LogicalColumn);
    // The label as this item's line has it: "Decision due" where another item has "Originally due".
    const label = line === null ? '' : recordLabel(table, line, ref.column);
    out[name] = { ...ref, header: label || ref.header, row: line ?? row };
  }
  return out;
}

/** "R1", or the first words of the recommendation, so a message says which item it means. */
function rowLabel(table: Table, row: number, idText: string): string {
  if (idText) return idText;
  const rec = cellText(logicalCell(table, row, 'recommendation') ?? logicalCell(table, row, 'action'));
  const lead = /^\s*(R\d+|RECOMMENDATION\s+\d+|Rec(?:ommendation)?\.?\s*\d+)\b/i.exec(rec);
  if (lead) return lead[1];
  return rec.length > 40 ? `${rec.slice(0, 40).trimEnd()}…` : rec || `row ${row}`;
}

/** Where the deadline is the minute's own words, the date the words that say when give, or null. */
function dateInWords(table: Table, column: string, value: CellValue): DateParse | null {
  const words = table.columns.action ?? table.columns.recommendation;
  if (column !== 'deadline' || typeof value !== 'string' || words?.column !== table.columns.deadline?.column)
    return null;
  const when = timePhrase(value);
  const phrase = when?.replace(/^(?:by|before|no later than)\s+/i, '');
  const parsed = phrase ? parseDate(phrase, { date1904: false }) : null;
  return parsed?.kind === 'date' ? { ...parsed, text: when as string } : null;
}

/**
 * "by 31st August 2011", "by 20/4/16", "no later than 1 March 2013": a day the words set. ("By June
 * 2008" in a plan's milestone is when it was planned for, and such plans report progress in words.)
 */
const BY_DATE =
  /\b(?:by|before|no later than)\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+(?:19|20)?\d\d)?\b|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b)/i;

/** Where a deadline is set in words: the action's, or the recommendation's. */
const SETTING_COLUMNS = ['action', 'recommendation'] as const;

/**
 * A table with no column for a deadline, where the action's words set one ("Chair to write to the
 * CAs … by 31st August 2011"): that date, or null.
 */
function dateSetInWords(ctx: FactContext, table: Table, row: number): UnderstoodDate | null {
  for (const column of SETTING_COLUMNS) {
    const value = logicalCell(table, row, column);
    if (typeof value !== 'string') continue;
    const by = BY_DATE.exec(value);
    if (!by) continue;
    const parsed = parseDate(by[1], { date1904: ctx.date1904 });
    if (parsed.kind === 'date' && parsed.precision === 'day') return { ...resolveYear(parsed, ctx.asOf), text: by[0] };
  }
  return null;
}

function readDate(
  ctx: FactContext,
  unreadable: Subject[],
  table: Table,
  row: number,
  column: 'deadline' | 'revisedDeadline' | 'completedDate',
): DateParse {
  const ref = table.columns[column];
  if (!ref) return { kind: 'blank' };
  const value = logicalCell(table, row, column);
  const whole = parseDate(value, { date1904: ctx.date1904, numberFormat: logicalFormat(table, row, column) });
  // Minutes whose words say when ("HC to contact Ailsa Andrews again by 30th November 2022."): the
  // date in the words that say when, where the deadline is read from the minute itself.
  const parsed = whole.kind === 'date' ? whole : (dateInWords(table, column, value) ?? whole);
  // "Done (March 2004)": a statement that the action is done, not a date to read.
  if (parsed.kind === 'unreadable' && saysDone(parsed.text)) return { kind: 'vague', text: parsed.text };
  // "Linked decision", "Subject to funding": words with no date in them, where a date should be.
  // ("#########" is a date too wide for its column, printed so: unreadable, not words.)
  if (
    parsed.kind === 'unreadable' &&
    column === 'deadline' &&
    typeof value === 'string' &&
    !/\d/.test(value) &&
    !/^#+$/.test(value.trim())
  )
    return { kind: 'vague', text: parsed.text };
  // "1" under "Year to Action", "Year 1 then ongoing": a year of the plan, which names no date,
  // unless the title gives the plan's years ("Three-Year Action Plan (2014/15 to 2016/17)").
  if (column === 'deadline' && parsed.kind !== 'date' && parsed.kind !== 'blank' && namesPlanYear(value, ref.header)) {
    const end = table.planPeriod ? planYearEnd(value, table.planPeriod) : null;
    if (end) return { kind: 'date', iso: end, precision: 'year', text: parsed.text };
    if (parsed.kind === 'unreadable') return { kind: 'vague', text: parsed.text };
  }
  // "Update 1" under "Closed": when the item was closed, named without a date; it says it was.
  if (parsed.kind === 'unreadable' && column === 'completedDate' && typeof value === 'string') {
    if (closedAt(value)) return { kind: 'vague', text: parsed.text };
    // ("Not yet", "Ongoing": not closed, in words.)
    if (NOT_CLOSED.test(value)) return { kind: 'blank' };
  }
  if (parsed.kind === 'unreadable')
    noteUnreadable(
      unreadable,
      table,
      lineOf(table, row, column) ?? row,
      ref.column,
      ref.header,
      value,
      parsed.expected,
    );
  // "End June" on a sheet that names no year anywhere: which June is not said.
  if (parsed.kind === 'date' && parsed.yearless && column !== 'completedDate' && !sheetShowsYear(table.sheet))
    return { kind: 'vague', text: parsed.text };
  return parsed.kind === 'date' ? resolveYear(parsed, ctx.asOf) : parsed;
}

/**
 * The deadline a target column gives the row: its date, read as a date or from within its words;
 * null for a measure that names no date; undefined for a blank cell (blank as in any deadline column).
 */
function targetDate(ctx: FactContext, table: Table, row: number): DateParse | null | undefined {
  const value = logicalCell(table, row, 'deadline');
  const text = cellText(value).trim();
  if (!text) return undefined;
  const parsed = parseDate(value, { date1904: ctx.date1904, numberFormat: logicalFormat(table, row, 'deadline') });
  const date = parsed.kind === 'date' ? parsed : dateInTarget(text, ctx.date1904);
  return date && date.kind === 'date' ? resolveYear(date, ctx.asOf) : null;
}

/** Whether the update printed under the item ("Completed 2015") says it is done. */
function updateSaysDone(table: Table, row: number, ctx: FactContext): boolean {
  const line = table.updateRows?.get(row);
  if (line === undefined) return false;
  let text = '';
  for (let c = table.lastColumn; c >= table.firstColumn && !text; c--) text = textAt(table.sheet, line, c);
  return saysDoneIn(text, ctx);
}

/** "agenda", "On next agenda": in an action's status cell, put on a meeting's agenda, so still open. */
const ON_AGENDA = /^\s*(?:(?:on|to|for)\s+(?:the\s+)?)?(?:next\s+)?agenda\s*$/i;

/**
 * A status no vocabulary knows that says the action is on an agenda is in progress. (Only in a
 * status cell: "Agenda" elsewhere heads a meeting's business, no status of anything.)
 */
function onAgenda(status: ReturnType<typeof classifyStatus>): ReturnType<typeof classifyStatus> {
  return status.kind === 'status' && status.class === 'unknown' && ON_AGENDA.test(status.text)
    ? { ...status, class: 'in-progress' }
    : status;
}

/** Whether words standing for an action's status say it is done: a status word, or prose saying so. */
function saysDoneIn(text: string, ctx: FactContext): boolean {
  const status = classifyStatus(text, ctx.statuses);
  return status.kind !== 'blank' && (status.class === 'complete' || narrativeSaysDone(text));
}

/**
 * "Progress to date", "Latest Note", "Update": a column saying how the work has gone so far, not
 * the outcome or evidence it is meant to produce ("Outcomes / Deliverables": "New habitat
 * features installed …" is the aim).
 */
const PROGRESS_SO_FAR = /\b(?:progress|update|latest|notes?|position)\b/i;
const PROGRESS_AIMED = /\b(?:outcomes?|deliverables?|evidence|measures?|success|targets?|milestones?)\b/i;

/** Whether the action's progress so far says it is done. */
function progressSaysDone(table: Table, row: number, ctx: FactContext): boolean {
  const header = table.columns.progress?.header ?? '';
  if (!PROGRESS_SO_FAR.test(header) || PROGRESS_AIMED.test(header)) return false;
  return saysDoneIn(cellText(logicalCell(table, row, 'progress')).trim(), ctx);
}

/** "Revised target date", "New date:", "Extended to": words before a date a deadline was moved to. */
const REVISED_LEAD =
  /^\s*(?:revised|new|amended|extended|updated|rescheduled)(?:\s+(?:target|implementation|completion|due))?(?:\s+(?:date|deadline))?\s*(?:to\b|:|-|–)?\s*/i;

/** "2013-2016": a phase of a programme, several years long, not a date a deadline was moved to. */
function isPhase(line: string): boolean {
  const span = /^\s*((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\s*$/.exec(line);
  return span !== null && Number(span[2]) - Number(span[1]) >= 2;
}

/**
 * "13.09.2023" then "08.11.2023" on the lines of one deadline cell: the first date agreed and the
 * one it was moved to, as trackers with no revised-date column record a new date.
 */
function movedDeadline(ctx: FactContext, table: Table, row: number): { original: DateParse; latest: DateParse } | null {
  const value = logicalCell(table, row, 'deadline');
  if (typeof value !== 'string') return null;
  const lines = cellLines(value);
  if (lines.length < 2 || lines.every(isPhase)) return null;
  // ("Revised target date June 2019" on the last line: the words say what the date is.)
  const dates = lines.map((line) => parseDate(line.replace(REVISED_LEAD, ''), { date1904: ctx.date1904 }));
  // ("Report to June 2019 board" under a date: a date with more to say is no revision of it.)
  // ("Establish Dec 21" then "Report April 22": a step and the next, each dated; not one date moved.)
  if (!dates.every((d, i) => d.kind === 'date' && (i === 0 ? !d.inPhrase : !d.note))) return null;
  const [first, last] = [dates[0], dates[dates.length - 1]].map((d) => resolveYear(d as UnderstoodDate, ctx.asOf));
  return { original: first, latest: last };
}

/** The item's date from the date heading over it, where a forward plan dates its items so. */
function headingDate(ctx: FactContext, table: Table, row: number): DateParse {
  const at = table.groupDates?.get(row);
  if (!at) return { kind: 'blank' };
  const numberFormat = formatAt(table.sheet, at.row, at.column);
  const parsed = parseDate(cellAt(table.sheet, at.row, at.column), { date1904: ctx.date1904, numberFormat });
  return parsed.kind === 'date' ? resolveYear(parsed, ctx.asOf) : parsed;
}

/** "Slipped from 25 February in order to…", "Deferred from 1 December": the date an item had before. */
const MOVED_FROM =
  /\b(?:slipped|deferred|postponed|moved|put back|pushed back|rescheduled|delayed|carried (?:forward|over))\s+from\s+(?:the\s+)?/i;
/** Words after "from" tried as the date: "Wednesday, 12 January 2005" is four. */
const MOVED_FROM_WORDS = 4;

/**
 * Where a cell of the row says the date moved ("Slipped from 1 December for further consultation"),
 * the date it moved from, read in the year nearest the date it has now, and the cell's column.
 */
function slippedFrom(
  ctx: FactContext,
  table: Table,
  row: number,
  now: UnderstoodDate,
): { original: UnderstoodDate; column: number } | null {
  for (let c = table.firstColumn; c <= table.lastColumn; c++) {
    const v = cellAt(table.sheet, row, c);
    if (typeof v !== 'string') continue;
    // "PAPER CSlipped from…": words run together where a text box met the cell in a copy.
    const text = v.replace(/([A-Za-z])([A-Z][a-z])/g, '$1 $2');
    const m = MOVED_FROM.exec(text);
    if (!m) continue;
    const words = text
      .slice(m.index + m[0].length)
      .split(/\s+/)
      .slice(0, MOVED_FROM_WORDS);
    for (let n = words.length; n >= 2; n--) {
      const d = parseDate(
        words
          .slice(0, n)
          .join(' ')
          .replace(/[,.;:-]+$/, ''),
        { date1904: ctx.date1904 },
      );
      if (d.kind === 'date' && !d.inPhrase) return { original: resolveYear(d, now.iso), column: c };
    }
  }
  return null;
}

/** "Completed Activities", "Closed actions", "Actions completed": a heading over what is already done. */
const DONE_HEADING =
  /^\s*(?:completed|closed|finished|achieved)\s+(?:actions?|activities|items?|recommendations?|tasks?)\s*:?\s*$|^\s*(?:actions?|activities|items?|recommendations?|tasks?)\s+(?:completed|closed|implemented)\s*:?\s*$/i;

/**
 * Whether the heading an item stands under says it is done: the last section heading above it in
 * the table, or, with none, the line just above the table's header ("Completed Activities" over
 * "Timeline Item").
 */
function headingSaysDone(table: Table, row: number): boolean {
  const section = table.rows.filter((r) => r.kind === 'section' && r.row < row).pop();
  const line = section ? section.row : table.firstHeaderRow - 1;
  const words = [];
  for (let c = table.firstColumn; c <= table.lastColumn; c++) words.push(textAt(table.sheet, line, c));
  return DONE_HEADING.test(words.filter(Boolean).join(' '));
}

/** Words that say an action was done. */
const DONE_STATEMENT = /\b(?:approved|adopted|published|presented|completed|implemented|signed off|issued|agreed)\b/i;

/** A month and year, or a day, month and year, inside a phrase: "Approved in January 2015". */
const MONTH_YEAR_WITHIN =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b/i;

/** Words in a dated status that say the work is still going on: a draft, a start, fieldwork. */
const STILL_GOING =
  /\b(?:draft|starts?|started|starting|commenced|commences|begins|began|begun|fieldwork|under ?way|in progress|ongoing)\b/i;

/**
 * "February 2015", "Presented and approved by Full Council 15/12/15", "Approved in January 2015":
 * a date where the status goes says when the action was done — or, still to come, that it is under
 * way. Null where the cell gives no date.
 */
function datedStatus(ctx: FactContext, table: Table, row: number): 'complete' | 'in-progress' | null {
  const value = logicalCell(table, row, 'status');
  let parsed = parseDate(value, { date1904: ctx.date1904, numberFormat: logicalFormat(table, row, 'status') });
  if (parsed.kind !== 'date' && typeof value === 'string') {
    // "February 15" where the status goes: when it was done, a month and its year.
    const within = MONTH_YEAR_WITHIN.exec(value) ?? /^\s*[a-z]+\.? \d{2}\s*$/i.exec(value);
    if (within) parsed = parseDate(`end of ${within[0].trim()}`, { date1904: ctx.date1904 });
  }
  if (parsed.kind !== 'date') return null;
  // "Draft report issued 1 November 2011", "Audit fieldwork starts 14 November": the date says when
  // a step was taken, and the words that the work goes on.
  if (typeof value === 'string' && STILL_GOING.test(value)) return 'in-progress';
  // "February 15" where the status goes is when it was done: February 2015, not the 15th to come.
  const asWritten: UnderstoodDate = { ...parsed };
  delete asWritten.orDay;
  return resolveYear(asWritten, ctx.asOf).iso <= ctx.asOf ? 'complete' : 'in-progress';
}

/** "Minutes", "Minute": a heading over what a meeting said. */
const MINUTES_HEAD = /^\s*minutes?\s*:?\s*$/i;

/** "Item", "Items:": the heading over an agenda's items. */
const ITEM_HEAD = /^\s*items?\s*:?\s*$/i;

/** Whether a column of the table is headed "Item" or "Items". */
function itemHeaded(table: Table): boolean {
  for (let column = table.firstColumn; column <= table.lastColumn; column++)
    if (ITEM_HEAD.test(headerOf(table, column))) return true;
  return false;
}

/**
 * "Minute | Item | Action By", "No. | Item | Action", "Item | Minutes | Action": minutes, numbered
 * or under the agenda's items, and who acts on those that call for action.
 */
function minutesWithActions(table: Table): boolean {
  const { id, owner, recommendation } = table.columns;
  if (owner === undefined || !/\baction(?:ed)?\b/i.test(owner.header)) return false;
  if (id !== undefined && /^minutes?(?: no| number| ref)?$/.test(headerWords(id.header).words.join(' '))) return true;
  // Beside the agenda's items, with nothing else tracked ("Item | Action | Progress %" is a plan's),
  // where who acts is named on some lines but not half: the rest record discussion. (Named on none,
  // nothing shows which lines ask; named on most, the lines are a list of actions.)
  const tracked = ['revisedDeadline', 'status', 'progress'] as const;
  if (tracked.some((c) => table.columns[c])) return false;
  const items = table.rows.filter((r) => r.kind === 'item');
  const named = items.filter((r) => parseOwner(logicalCell(table, r.row, 'owner')).kind !== 'blank');
  // ("NO | Item | Action By | Date Required": the minutes' paragraphs under each numbered item, most
  // with no number of their own, and a date only where someone is named to act.)
  const namedRows = new Set(named);
  const unnamed = items.filter((r) => !namedRows.has(r));
  const paragraphs = table.rows.filter((r) => cellAt(table.sheet, r.row, table.firstColumn) === null).length;
  const paragraphed = paragraphs * 2 > table.rows.length && itemHeaded(table);
  const datedUnnamed = unnamed.some((r) => logicalCell(table, r.row, 'deadline') !== null);
  if (table.columns.deadline && (!paragraphed || datedUnnamed)) return false;
  // ("Item | Minutes | Action" where every line naming who acts opens "Action –": the minutes mark
  // their actions, so a line with neither mark nor name records the meeting, however many act.)
  const marked = named.length > 0 && named.every((r) => opensAsAction(table, r.row));
  if (recommendation && MINUTES_HEAD.test(recommendation.header) && marked) return true;
  const itemWords = recommendation !== undefined && ITEM_HEAD.test(recommendation.header);
  if (!itemWords && !paragraphed) return false;
  return named.length > 0 && named.length * 2 <= items.length;
}

/**
 * Whether a minute asks something though no one is named: it says so ("Action:", in its words or
 * where its number goes), or it follows up an earlier action.
 */
function opensAsAction(table: Table, row: number): boolean {
  for (let column = table.firstColumn; column <= table.lastColumn; column++) {
    const text = cellText(cellAt(table.sheet, row, column));
    if (ACTION_OPENING.test(text) || followsUpAction(table.sheet, row, column, table.firstColumn)) return true;
  }
  return false;
}

/** A rating cell with nothing in it but footnote marks ("*", "**"), or nothing at all. */
const unrated = (v: CellValue): boolean => v === null || (typeof v === 'string' && /^[\s*†‡]*$/.test(v));

/**
 * The row's status: its cell, or where ratings run by period and the latest period has none (a
 * risk closed, or merged into another, marked "*"), the last rating the row was given.
 */
function latestRating(table: Table, row: number): CellValue {
  const value = logicalCell(table, row, 'status');
  const earlier = table.columns.status?.earlier;
  if (!earlier || !unrated(value)) return value;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const before = cellAt(table.sheet, row, earlier[i]);
    if (!unrated(before)) return before;
  }
  return value;
}

/** Lines a "Review date" column must date, every one passed, to be read as when each was reviewed. */
const REVIEWED_LINES = 3;

function lastReviewed(ctx: FactContext, table: Table, items: readonly TableRow[]): boolean {
  const ref = table.columns.deadline;
  if (!ref || !/\breview(?:ed)?\b/i.test(ref.header) || /\b(?:next|due|target|by)\b/i.test(ref.header)) return false;
  let dated = 0;
  for (const { row } of items) {
    const d = parseDate(logicalCell(table, row, 'deadline'), {
      date1904: ctx.date1904,
      numberFormat: logicalFormat(table, row, 'deadline'),
    });
    if (d.kind === 'date') {
      if (resolveYear(d, ctx.asOf).iso > ctx.asOf) return false;
      dated += 1;
    } else if (d.kind !== 'blank') return false;
  }
  return dated >= REVIEWED_LINES;
}

/** Builds one `action` subject per item row. */
export async function actionSubjects(checked: Table, ctx: FactContext): Promise<StageFacts> {
  const items = checked.rows.filter((r) => r.kind === 'item');
  // A risk register's "Review date" that has passed on every line says when each was last
  // reviewed, not a date to meet.
  const table = lastReviewed(ctx, checked, items)
    ? { ...checked, columns: { ...checked.columns, deadline: undefined } }
    : checked;
  const tableAnchors = anchors(table);
  const team = sharedTeam(
    table,
    items.map((r) => r.row),
  );
  const byAgency = ownsByAgency(table);
  const recordsOnly = minutesWithActions(table);
  // (Read once, and only where an owner cell of capitals alone reads as nobody.)
  let named: ReadonlySet<string> | undefined;
  const initials = () => (named ??= initialsNamedIn(table.sheet));
  const refs = references(table);
  const targets = holdsTargets(
    table,
    items.map((r) => r.row),
    ctx.date1904,
  );

  const subjects: Subject[] = [];
  const unreadable: Subject[] = [];
  let previousStatus: ReturnType<typeof classifyStatus> | null = null;
  for (let k = 0; k < items.length; k++) {
    const pause = pauseAt(ctx, k);
    if (pause) await pause(k, items.length);
    const { row } = items[k];
    checkTime(ctx, k, row);
    noteErrorCells(unreadable, table, row, TEXT_COLUMNS);
    const idText = refs.idOf(row);
    const idUse = refs.useOf(row);
    // A lead named once over a group of actions is each action's lead.
    const ownerCell = withoutTeam(
      table.headingOwners ? headingOwner(table, row) : logicalCell(table, table.groupLeads?.get(row) ?? row, 'owner'),
      team,
    );
    const owner = ownerByInitials(byAgency ? agencyOwner(ownerCell) : parseOwner(ownerCell), ownerCell, initials);
    const inCell = table.columns.revisedDeadline ? null : movedDeadline(ctx, table, row);
    // A target with a date in its words is held to that date; a measure with none sets no deadline.
    const target = targets && !inCell ? targetDate(ctx, table, row) : undefined;
    const stated = inCell
      ? inCell.latest
      : target !== undefined
        ? (target ?? { kind: 'blank' as const })
        : table.columns.deadline
          ? readDate(ctx, unreadable, table, row, 'deadline')
          : table.groupDates
            ? headingDate(ctx, table, row)
            : (dateSetInWords(ctx, table, row) ?? { kind: 'blank' as const });
    // A note that the date slipped from an earlier one: that one was the original deadline.
    const slip =
      inCell || table.columns.revisedDeadline || stated.kind !== 'date' ? null : slippedFrom(ctx, table, row, stated);
    const moved = inCell ?? (slip && stated.kind === 'date' ? { original: slip.original, latest: stated } : null);
    const deadline = moved ? moved.original : stated;
    const revised = moved ? moved.latest : readDate(ctx, unreadable, table, row, 'revisedDeadline');
    // Dates from headings: an item under none (or under an earliest date) has no deadline to meet.
    // (A resolution only to note or thank, with no date given, is not waiting for one.)
    // (Nor is an item printed as a record with no deadline line: none was set for it.)
    // (In minutes, a minute that only records what was done names nobody to act, and sets no date.)
    const recordOnly = recordsOnly && owner.kind === 'blank' && !opensAsAction(table, row);
    const hasDeadline =
      !recordOnly &&
      target !== null &&
      (table.columns.deadline !== undefined || table.groupDates?.has(row) === true) &&
      !(stated.kind === 'blank' && asksOnlyToNote(table, row)) &&
      lineOf(table, row, 'deadline') !== null;
    const completed = readDate(ctx, unreadable, table, row, 'completedDate');
    const statusCell = latestRating(table, row);
    // "ditto" under a status: the status of the row above. (So is a blank update on a further
    // step under the same recommendation, its own cell left blank: the update above covers both.)
    const item = table.columns.recommendation ? 'recommendation' : table.columns.action ? 'action' : null;
    const furtherStep =
      table.statusIsUpdates === true && statusCell === null && item !== null && logicalCell(table, row, item) === null;
    const status: ReturnType<typeof classifyStatus> =
      ((typeof statusCell === 'string' && isDitto(statusCell)) || furtherStep) && previousStatus
        ? previousStatus
        : onAgenda(classifyStatus(statusCell, ctx.statuses));
    previousStatus = status;
    // A sentence of progress in the status column is an update, not a status nobody knows.
    // (Where the updates stand for the status, any words there are an update.)
    const narrative =
      status.kind !== 'blank' &&
      status.class === 'unknown' &&
      (table.statusIsUpdates === true || isNarrativeStatus(status.text));
    // A short dated statement that it was done ("Presented and approved by Full Council 15/12/15")
    // is a status, though it reads like a sentence.
    const statement = narrative && DONE_STATEMENT.test(status.text) && status.text.split(/\s+/).length <= 10;
    const dated =
      status.kind !== 'blank' && status.class === 'unknown' && (!narrative || statement)
        ? datedStatus(ctx, table, row)
        : null;
    // "All repairs … are now complete": an update that says it is done.
    // ("Audit removed from Plan after agreement…": taken off the plan, closed.)
    const update =
      narrative && narrativeSaysDone(status.text)
        ? 'complete'
        : narrative && narrativeSaysClosed(status.text)
          ? 'closed'
          : 'narrative';
    const statusText = status.kind === 'blank' ? '' : status.text;
    // ("No" under "Accept (Y/N)": the recommendation was turned down.)
    const answer = answered(table, statusText);
    const statusKind = status.kind === 'blank' ? 'blank' : (answer ?? dated ?? (narrative ? update : status.class));
    // "Done (March 2004)" where the date goes says the action is complete, whatever the status says.
    // (Or where the date now expected goes: "Completed August 2008" beside the date first set.)
    const doneInDeadline = [deadline, revised].some((d) => d.kind !== 'blank' && saysDone(d.text));
    // "Update 2017 | Completed 2015" under an action with no status of its own says it is done.
    // So does "The Waste Strategy has now been approved by Cabinet." under "Latest Note" beside it.
    const doneInUpdate =
      statusKind === 'blank' && (updateSaysDone(table, row, ctx) || progressSaysDone(table, row, ctx));
    const isComplete =
      statusKind === 'complete' ||
      completed.kind === 'date' ||
      completed.kind === 'vague' ||
      doneInDeadline ||
      doneInUpdate ||
      (statusKind === 'blank' && headingSaysDone(table, row));
    // The date that counts is the revised one when there is one: slippage is measured against it.
    const effective = revised.kind === 'date' ? revised : deadline;
    const effectiveIso = effective.kind === 'date' ? effective.iso : null;
    const daysOverdue = effectiveIso ? daysBetween(effectiveIso, ctx.asOf) : null;
    const priorityText = cellText(logicalCell(table, row, 'priority')).trim();

    const facts: Record<string, FactValue> = {
      label: rowLabel(table, row, idText),
      idText,
      idDuplicate: refs.isRepeat(row, idUse),
      idFirstRow: idUse?.first ?? null,
      ownerKind: (table.columns.owner || table.headingOwners) && !recordOnly ? owner.kind : 'absent',
      ownerText: ownerText(table, row, owner),
      ownerNames: ownerNames(owner),
      ownerColumnPresent: table.columns.owner !== undefined || table.headingOwners !== undefined,
      ownerAbsence: ownerAbsence(table, row, owner),
      deadlineKind: hasDeadline ? deadline.kind : 'absent',
      deadlineText: deadlineQuote(deadline),
      deadlineIso: deadline.kind === 'date' ? deadline.iso : null,
      deadlineColumnPresent: table.columns.deadline !== undefined || table.groupDates !== undefined,
      dueIso: effectiveIso,
      asOf: ctx.asOf,
      dueText: effective.kind === 'blank' ? '' : effective.text,
      daysOverdue,
      daysUntilDue: daysOverdue === null ? null : -daysOverdue,
      dueSoonDays: ctx.profile.dueSoonDays,
      revisedKind: table.columns.revisedDeadline || moved ? revised.kind : 'absent',
      revisedText: revised.kind === 'blank' ? '' : revised.text,
      revisedIso: revised.kind === 'date' ? revised.iso : null,
      revisedLaterByDays:
        revised.kind === 'date' && deadline.kind === 'date' ? daysBetween(deadline.iso, revised.iso) : null,
      statusKind,
      statusText,
      // (An item printed as a record with no status line is not yet decided: no status is asked of it.)
      statusColumnPresent: table.columns.status !== undefined && lineOf(table, row, 'status') !== null,
      isComplete,
      isOpen: !isComplete && statusKind !== 'closed',
      // (Turned down or dropped, or its action is none ("No action required"): nobody is to act
      // on it, so nobody need be named.)
      declined:
        (statusKind === 'closed' &&
          (answer === 'closed' || DECLINED.test(statusText) || NOTED_ONLY.test(statusText))) ||
        NOTHING_TO_DO.test(cellText(logicalCell(table, row, 'action'))),
      completedKind: completed.kind,
      completedIso: completed.kind === 'date' ? completed.iso : null,
      completedLateByDays: completed.kind === 'date' && effectiveIso ? daysBetween(effectiveIso, completed.iso) : null,
      priorityText,
      priorityColumnPresent: table.columns.priority !== undefined,
      priorityBlank: priorityText === '',
    };
    // A date moved within the deadline cell is reported on that cell; one said to have slipped, on
    // the cell that says so.
    const movedAt = slip
      ? { column: slip.column, header: textAt(table.sheet, table.headerRow, slip.column) }
      : moved && table.columns.deadline;
    const rowAnchors = movedAt
      ? { ...tableAnchors, revisedDeadline: movedAt }
      : table.recordFields
        ? fieldAnchors(table, row, tableAnchors)
        : tableAnchors;
    // (A minute read only for the date it set says nothing until that date has passed, and then
    // only that: who was to do it may be no one the minute names.)
    if (table.passedOnly?.has(row)) {
      if (!(daysOverdue !== null && daysOverdue > 0) || isComplete) continue;
      if (owner.kind === 'blank') facts.ownerKind = 'absent';
    }
    subjects.push({ kind: 'action', sheet: table.sheet.name, row, anchors: rowAnchors, facts });
  }
  // A record that uses a reference again (two minutes numbered "01/17/01") is checked for that
  // alone: it asks nothing else of anyone.
  for (const { row, first } of refs.repeatedRecords())
    subjects.push({
      kind: 'action',
      sheet: table.sheet.name,
      row,
      anchors: tableAnchors,
      facts: recordFacts(table, row, refs.idOf(row), first, ctx),
    });
  return { subjects, unreadable };
}

/** A record's facts: its reference, used before on row `first`, and nothing asked of anyone. */
function recordFacts(
  table: Table,
  row: number,
  idText: string,
  first: number,
  ctx: FactContext,
): Record<string, FactValue> {
  return {
    label: rowLabel(table, row, idText),
    idText,
    idDuplicate: true,
    idFirstRow: first,
    ownerKind: 'absent',
    ownerText: '',
    ownerNames: [],
    ownerColumnPresent: false,
    ownerAbsence: 'no-column',
    deadlineKind: 'absent',
    deadlineText: '',
    deadlineIso: null,
    deadlineColumnPresent: false,
    dueIso: null,
    asOf: ctx.asOf,
    dueText: '',
    daysOverdue: null,
    daysUntilDue: null,
    dueSoonDays: ctx.profile.dueSoonDays,
    revisedKind: 'absent',
    revisedText: '',
    revisedIso: null,
    revisedLaterByDays: null,
    statusKind: 'blank',
    statusText: '',
    statusColumnPresent: false,
    isComplete: false,
    isOpen: false,
    declined: false,
    completedKind: 'blank',
    completedIso: null,
    completedLateByDays: null,
    priorityText: '',
    priorityColumnPresent: false,
    priorityBlank: true,
  };
}
