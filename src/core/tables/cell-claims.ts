/**
 * Columns of an action plan read from their cells or their place where no header says what they
 * hold (status words under an unknown header, dates beside the items, years of the plan, a lead
 * with no heading), and columns whose cells show they are not what their header says (a running
 * count, agenda purposes under "Status", a document's versions).
 */
import type { SheetSnapshot } from '../snapshot';
import type { LogicalColumn } from './columns';
import { NOT_USED } from './columns';
import type { ColumnRef } from './types';
import { cellAt } from './types';
import { textAt } from './layout';
import type { ColumnRead } from './read-columns';
import { ASKS_DONE } from './read-columns';
import { cellType, describeEvidence, share } from './cell-evidence';
import { namesPlanYear } from '../parse/plan-years';
import { parseDate } from '../parse/dates';
import { claim, readOf } from './assign-columns';
import { ACTION_BY_HEADING, MINUTES_HEADING, namesWhoActsBelow } from './records';
import { namesWhoActs } from '../parse/owners';

/** Lines a pair of answers must be printed on, and their share of the lines, before it is a form's choice. */
const CHOICE_LINES = 3;
const CHOICE_SHARE = 0.6;
/** The answers a form prints for ticking. */
const ANSWER = /^(?:yes|no|y|n|n\/a|na|not applicable|true|false|agree|disagree)$/;

/**
 * "Yes" in one column and "No" in the next, the same pair on most lines that have both: the
 * answers a checklist prints for ticking (the tick is lost), not the status of each line.
 */
export function printedChoice(sheet: SheetSnapshot, rows: readonly number[], column: number): boolean {
  const word = (row: number, c: number) => {
    const t = textAt(sheet, row, c).trim().toLowerCase();
    return ANSWER.test(t) ? t : '';
  };
  // The next column with anything in it on either side (spacer columns between are passed over).
  const blank = (c: number) => rows.every((row) => cellAt(sheet, row, c) === null);
  const beside = [-1, 1].map((step) => {
    let c = column + step;
    for (let hops = 0; c >= 1 && blank(c) && hops < 3; hops++) c += step;
    return c;
  });
  return beside.some((c) => {
    const pairs = rows.map((row) => [word(row, column), word(row, c)]).filter(([a, b]) => a && b);
    const counts = new Map<string, number>();
    for (const [a, b] of pairs) if (a !== b) counts.set(`${a}|${b}`, (counts.get(`${a}|${b}`) ?? 0) + 1);
    const most = Math.max(0, ...counts.values());
    return most >= CHOICE_LINES && most >= CHOICE_SHARE * pairs.length;
  });
}

/** Of a column of single letters, the share that are no rating for the letters to be a code. */
const CODE_LETTERS_SHARE = 0.25;

/**
 * "A" and "E" down a column headed "Estimate/ Actual cost?": single letters, a quarter of them no
 * rating (a "Q" among R, A and G is a slip; "E" on three lines of eight is a code of its own).
 */
export function letterCode(sheet: SheetSnapshot, rows: readonly number[], column: number): boolean {
  const letters = rows.map((row) => textAt(sheet, row, column).trim()).filter(Boolean);
  if (letters.length === 0 || !letters.every((t) => /^[A-Za-z]$/.test(t))) return false;
  const unrated = letters.filter((t) => cellType(t, null) !== 'status').length;
  return unrated >= CODE_LETTERS_SHARE * letters.length;
}

/** "Annually", "Bi-monthly", "Each meeting", "As needed": how often a thing is done, not how it stands. */
const HOW_OFTEN =
  /^(?:bi-?|twice\s+)?(?:annual(?:ly)?|yearly|half-yearly|quarterly|monthly|weekly|daily|fortnightly|termly)\b|^(?:each|every)\s+(?:meeting|month|year|quarter)\b|^as\s+(?:needed|required|necessary)\b/i;
/** Of a column's filled cells, the share saying how often that makes it a schedule (two at least). */
const HOW_OFTEN_SHARE = 0.25;

/**
 * "Reassess/carry out" over "Ongoing", "Annually", "Bi-monthly": a risk register's schedule of how
 * often each control is carried out, its "Ongoing" no status among them.
 */
export function howOften(sheet: SheetSnapshot, rows: readonly number[], column: number): boolean {
  const cells = rows.map((row) => textAt(sheet, row, column).trim()).filter(Boolean);
  const often = cells.filter((t) => HOW_OFTEN.test(t)).length;
  return often >= 2 && often >= HOW_OFTEN_SHARE * cells.length;
}

/** Columns of status words under headers Concordat does not know that make a history of ratings by period. */
const RATING_HISTORY = 3;

/** "On Target" over R, A, G: a column of status words under a header Concordat does not know is the status. */
export function readStatus(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
  choice: (column: number) => boolean,
): void {
  if (columns.status) return;
  const candidates = reads.filter(
    (r) => r.meaning === null && r.evidence.filled >= 3 && share(r.evidence, 'status') >= 0.6 && !choice(r.column),
  );
  // Ratings in column after column ("22/23 Q1" … "24/25 Q4"): a history, of which the latest is current.
  const history = candidates.length >= RATING_HISTORY;
  const rated = history ? candidates[candidates.length - 1] : candidates[0];
  if (!rated) return;
  const percent = Math.round(share(rated.evidence, 'status') * 100);
  const status = claim(
    rated,
    'status',
    { columns, taken },
    0.5,
    history
      ? `the latest of ${candidates.length} columns of status words by period`
      : `${percent}% of its cells are status words, and no other column is the status`,
  );
  if (history) status.earlier = candidates.slice(0, -1).map((r) => r.column);
}

/**
 * "Action" over "In Progress", "Complete" on every line, beside "RBFRS action" over what was done:
 * two columns headed as the action, and the one holding status words is how each stands.
 */
export function statusHeadedAsAction(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const action = readOf(reads, columns, 'action');
  if (columns.status || !action || action.evidence.filled < 3 || share(action.evidence, 'status') < 0.6) return;
  const other = reads.find(
    (r) =>
      r !== action &&
      r.meaning === NOT_USED &&
      r.alternatives[0]?.meaning === 'action' &&
      r.alternatives[0].score >= 0.5,
  );
  if (!other) return;
  taken.delete(action.column);
  claim(
    action,
    'status',
    { columns, taken },
    0.6,
    `${action.reason}; its cells are status words, beside another action column`,
  );
  delete columns.action;
  claim(
    other,
    'action',
    { columns, taken },
    other.alternatives[0].score,
    `header word 'action'; the words of each action`,
  );
}

/** Longest cell, in words, that can be a name or two rather than a task. */
const NAME_WORDS = 6;

/**
 * A column of minutes: sentences in half its cells, or in three at least with short words between
 * ("Notice Boards:", "Planning: There were none" heading the sentences under them), half in all.
 */
function inMinutes(r: ColumnRead): boolean {
  return (
    share(r.evidence, 'prose') >= 0.5 ||
    ((r.evidence.counts.prose ?? 0) >= MINUTES_SENTENCES && share(r.evidence, 'prose', 'text') >= 0.5)
  );
}

/** Sentences a column of minutes holds at the least, where its headings are more than half of it. */
const MINUTES_SENTENCES = 3;

/**
 * "Item | Minute | Action" over the minutes' sentences and, on the few lines with one, "Chris
 * Taylor / Rachel Morgan", "Finance team": the Action column of minutes names who acts, however
 * few the lines that have one (one is enough). (Read from most of a column when three lines or
 * more have one.)
 * Says whether it was so read: then a minute naming no one records the meeting.
 */
export function whoActsInMinutes(
  sheet: SheetSnapshot,
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
  itemRows: readonly number[],
): boolean {
  const action = readOf(reads, columns, 'action');
  // (Or "ACTION FOR INFORMATION / ACTIONS": a heading that opens with the word.)
  if (columns.owner || !action || !namesWhoActsBelow(action) || action.evidence.filled < 1) return false;
  // (The minutes read as the items, or headed as what the meeting said: "Discussion" beside "Item",
  // or left unheaded between the item's name and who acts.)
  const minutes = reads.find(
    (r) =>
      r !== action &&
      r.evidence.filled >= 3 &&
      inMinutes(r) &&
      (taken.has(r.column) || MINUTES_HEADING.test(r.header) || (r.header.trim() === '' && r.column < action.column)),
  );
  // (One line naming someone is enough: people, "MP/GB", or a body, "Property & Architectural
  // Services", as a council's minutes name the service to act.)
  const who = share(action.evidence, 'person', 'body');
  if (!minutes || who < 1) return false;
  // (Posts may run longer: "Head of Community Services / Scrutiny & Democratic Officer".)
  for (const row of itemRows) {
    const text = textAt(sheet, row, action.column);
    const type = cellType(cellAt(sheet, row, action.column), null);
    if (text.split(/\s+/).length > NAME_WORDS && type !== 'person' && type !== 'body') return false;
  }
  taken.delete(action.column);
  delete columns.action;
  const why = describeEvidence(action.evidence, ['person', 'body'], 'people or bodies');
  claim(
    action,
    'owner',
    { columns, taken },
    0.6,
    `${action.reason}; beside the minutes in '${minutes.header}', ${why}: who acts`,
  );
  return true;
}

/** Of an "Action" column's cells, the share naming who acts for it to be read as who acts. */
const NAMES_WHO_SHARE = 0.8;
/** Of the unheaded column beside it, the share in words for it to be the items. */
const ITEM_WORDS_SHARE = 0.6;

/**
 * "(blank) | Action | By When" over the items and, under Action, "Mrs Lown", "SLT to discuss and
 * set up", "Keir & Elizabeth to draw up a budget sheet": who acts on each item (and what they are
 * to do), the items in the unheaded column beside them.
 */
export function actionNamesWho(
  sheet: SheetSnapshot,
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
  itemRows: readonly number[],
): void {
  const action = readOf(reads, columns, 'action');
  if (columns.owner || !action || !ACTION_BY_HEADING.test(action.header)) return;
  // (The items' column may have been read as the lines' labels.)
  const items = reads.find(
    (r) =>
      r.column < action.column &&
      r.header.trim() === '' &&
      (!taken.has(r.column) || taken.get(r.column) === 'service') &&
      r.evidence.filled >= 3 &&
      share(r.evidence, 'prose', 'text') >= ITEM_WORDS_SHARE,
  );
  const said = itemRows.map((row) => cellAt(sheet, row, action.column)).filter((v) => v !== null && v !== '');
  const who = said.filter(namesWhoActs).length;
  if (!items || said.length < 3 || who < NAMES_WHO_SHARE * said.length) return;
  taken.delete(action.column);
  delete columns.action;
  if (taken.get(items.column) === 'service') delete columns.service;
  claim(
    action,
    'owner',
    { columns, taken },
    0.6,
    `header word 'action', but ${who} of ${said.length} cells name who acts`,
  );
  claim(items, 'action', { columns, taken }, 0.5, 'blank header over the items, beside who acts on each');
}

/**
 * "Activity | Date | By": a bare "By" with no dates under it, beside a column of dates headed as
 * dates, asks by whom; the dates are by when. (Left blank on every line, the plan names nobody.)
 */
export function byWhomBesideDates(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const by = readOf(reads, columns, 'deadline');
  if (!by || columns.owner || !/^by$/i.test(by.header.trim()) || share(by.evidence, 'date', 'vagueDate') >= 0.5) return;
  const dated = reads.find(
    (r) =>
      r !== by &&
      (r.meaning === null || r.meaning === NOT_USED) &&
      /\b(?:dates?|when)\b/i.test(r.header) &&
      r.evidence.filled >= 3 &&
      share(r.evidence, 'date', 'vagueDate') >= 0.6,
  );
  if (!dated) return;
  taken.delete(by.column);
  delete columns.deadline;
  claim(dated, 'deadline', { columns, taken }, 0.7, `${dated.reason}; its cells are dates, beside 'By' with none`);
  claim(by, 'owner', { columns, taken }, 0.6, `header 'By' beside the dates in '${dated.header}': by whom`);
}

/** "Input / service area(s)", "Lead Dept/Service": a heading over the services that act. */
const ACTING_SERVICES = /\b(?:input|lead|responsib\w*|by)\b/i;

/**
 * "Ref | Details | Action(s) | Input / service area(s) | Due by": services named right of the
 * actions, with no column of who leads, are who acts on each, where the heading says they act
 * ("Input", "Lead") and most of its cells name people or bodies. (The services a savings tracker
 * lists its lines by stand left of everything, its labels.)
 */
export function servicesActing(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const service = readOf(reads, columns, 'service');
  const asked = columns.action ?? columns.recommendation;
  if (!service || columns.owner || !asked || asked.column > service.column) return;
  if (!ACTING_SERVICES.test(service.header) || share(service.evidence, 'person', 'body') < 0.5) return;
  taken.delete(service.column);
  delete columns.service;
  claim(
    service,
    'owner',
    { columns, taken },
    0.6,
    `${service.reason}; right of the actions, the services that act on them`,
  );
}

/**
 * "Target" over "March 2024" and no figure at all: the date each task is to be met by. Over words
 * and no figure, beside actions with who leads them or how they stand, what each aims at: no sum.
 */
export function targetsWithNoFigures(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const aimed = readOf(reads, columns, 'target');
  if (!aimed || aimed.words.money || aimed.evidence.filled === 0) return;
  if (share(aimed.evidence, 'money', 'number', 'percent') > 0) return;
  if (!columns.deadline && share(aimed.evidence, 'date', 'vagueDate') > 0) {
    claim(aimed, 'deadline', { columns, taken }, 0.6, `${aimed.reason}; dates and no figures: when each item is due`);
    delete columns.target;
  } else if (columns.action && (columns.owner || columns.status)) {
    aimed.meaning = NOT_USED;
    aimed.reason += '; words and no figures beside the actions: what each aims at, not a sum to save';
    taken.delete(aimed.column);
    delete columns.target;
  }
}

/** Headers over what a plan sets out to achieve, one per line: "Target", "Objectives", "Milestone". */
const AIMS = /^(?:targets?|objectives?|milestones?|commitments?|outcomes?)$/;

/**
 * Who leads each row and by when (or how it stands), beside a column of words under a header
 * Concordat does not know ("Nature of the Decision to be Taken"): those words are the items. With
 * no lead named, a column headed as what is to be achieved, each with its date ("Target | Target date").
 */
export function readItemWords(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const labelled = columns.recommendation ?? columns.action ?? columns.service ?? columns.id ?? columns.response;
  // (Who leads alone will do where the items' own heading was lost: the words are under no heading.)
  const headingLost = (r: ColumnRead) => r.header.trim() === '' && columns.owner !== undefined;
  if (labelled || !(columns.deadline || columns.owner)) return;
  // Titles in capitals ("Voluntary Sector Compact") pass for names at a glance: words all the same.
  const WORDS = ['text', 'prose', 'person'] as const;
  const unclaimed = (r: ColumnRead) =>
    r.meaning === null ||
    (r.meaning === NOT_USED && !r.alternatives.some((a) => a.meaning === NOT_USED && a.score >= 0.5));
  // With no lead named, only a column headed as what is to be achieved ("Target | Target date").
  const words = reads.find(
    (r) =>
      unclaimed(r) &&
      r.evidence.filled >= 2 &&
      share(r.evidence, ...WORDS) >= 0.6 &&
      (columns.deadline || columns.status || headingLost(r)) &&
      (columns.owner !== undefined || AIMS.test(r.words.words.join(' '))),
  );
  if (!words) return;
  const percent = Math.round(share(words.evidence, ...WORDS) * 100);
  claim(
    words,
    'action',
    { columns, taken },
    0.5,
    columns.owner
      ? `${percent}% of its cells are words, beside who leads each row: the items`
      : `${percent}% of its cells are words, each with a date to meet: the items`,
  );
}

/**
 * A plan's column with no heading whose cells name people or bodies ("LG, DG, Executive, CJ"):
 * who leads each action, where no other column says so.
 */
export function readUnheadedLead(
  sheet: SheetSnapshot,
  itemRows: readonly number[],
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  if (columns.owner || !(columns.action || columns.recommendation) || !columns.deadline) return;
  // (In a list with no header row at all, every heading is blank: who leads is read otherwise.)
  if (reads.every((r) => r.header.trim() === '')) return;
  const lead = reads.find(
    (r) =>
      r.meaning === null &&
      r.header.trim() === '' &&
      r.evidence.filled >= 2 &&
      share(r.evidence, 'person', 'body') >= LEAD_SHARE &&
      share(r.evidence, 'person') >= PEOPLE_SHARE &&
      // ("View" on every line, a link the copy kept, names nobody.)
      !itemRows.every((row) => LINK_TEXT.test(textAt(sheet, row, r.column)) || textAt(sheet, row, r.column) === ''),
  );
  if (!lead) return;
  const percent = Math.round(share(lead.evidence, 'person', 'body') * 100);
  claim(
    lead,
    'owner',
    { columns, taken },
    0.5,
    `blank header over people or bodies (${percent}% of its cells): who leads each action`,
  );
}

/** "View", "Details", "Read more": a link's words kept in the copy of a web page's table. */
const LINK_TEXT = /^\s*(?:view|link|details|more|read more|click here|download|open)\s*$/i;

/** Share of a column's cells that must name people or bodies for it to be read as the lead, and people. */
const LEAD_SHARE = 0.8;
const PEOPLE_SHARE = 0.5;

/** A header about a date: "Date", "Earliest date", "Dates". */
const DATE_HEAD = /(?:^|\s)dates?$/;
/** Dates that record what happened, not what is to come. */
const PAST_DATE =
  /\b(?:raised|added|opened|logged|identified|received|created|meeting|issued|completed|closed|actual|last|agreed|approved|reviewed|checked|inspected|updated|registered|recorded|reported|entered|submitted|started|commenced|start)\b/i;

/**
 * The share of times in words ("Spring 2018", or "Ongoing", which reads as a status too) that,
 * with one of them a time, makes a completion date column the deadline.
 */
const TIMES_TO_COME = 1 / 2;

/** An unheaded timetable's cells: half of them dates or times in words, a quarter dates. */
const TIMETABLE_TIMES = 0.5;
const TIMETABLE_DATES = 0.25;

/**
 * The date a tracker's items are to be met by, where no column is headed as the deadline: the
 * only date it gives ("Requested extension", "Revised date"), else an unnamed column of dates
 * beside the items (dates, not frequencies: "Annual" and "Quarterly" say how often, not by when).
 */
export function readDeadline(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  if (columns.deadline) return;
  // "Date completed" over "Spring 2018", "July 2018", "Ongoing" with no deadline beside it: times
  // to come, in words as often as not, are when each is to be done, not when it was.
  const done = columns.completedDate;
  const doneRead = done && reads.find((r) => r.column === done.column);
  const timesToCome =
    doneRead !== undefined &&
    doneRead.evidence.filled >= 2 &&
    (doneRead.evidence.counts.vagueDate ?? 0) > 0 &&
    share(doneRead.evidence, 'vagueDate', 'status') >= TIMES_TO_COME;
  if (done && doneRead && timesToCome) {
    columns.deadline = done;
    delete columns.completedDate;
    taken.set(done.column, 'deadline');
    doneRead.meaning = 'deadline';
    doneRead.reason += `; but ${describeEvidence(doneRead.evidence, ['vagueDate'], 'times in words')}: when each is to be done`;
    return;
  }
  const moved = columns.revisedDeadline;
  const movedRead = moved && reads.find((r) => r.column === moved.column);
  // A column the profile names as the revised date stays that (its wordings score above 1).
  const named = movedRead?.alternatives.some((a) => a.meaning === 'revisedDeadline' && a.score > 1);
  if (moved && !named) {
    columns.deadline = moved;
    delete columns.revisedDeadline;
    taken.set(moved.column, 'deadline');
    if (movedRead) {
      movedRead.meaning = 'deadline';
      movedRead.reason += '; the only date the table gives, so the one to meet';
    }
    return;
  }
  if (moved) return;
  // A "Date" after the items of a tracker (someone answers for each, or each has a status, or the
  // items are headed as actions) is when each is to be done, and "Continuing" or "Summer 2010" there a deadline in words; before
  // the items it is when each was raised (the meeting's date), and so is a date said to be past.
  const item = columns.status || columns.owner ? (columns.action ?? columns.recommendation) : columns.action;
  // Beside "Completed?" a "Date" is when each is due, wherever the items' names are.
  const asksDone = columns.status !== undefined && ASKS_DONE.test(columns.status.header);
  const dueDate = (r: ColumnRead) =>
    ((item !== undefined && r.column > item.column) || asksDone) &&
    (r.meaning === null || r.meaning === NOT_USED) &&
    DATE_HEAD.test(r.words.words.slice(0, r.words.mainEnd).join(' ')) &&
    !PAST_DATE.test(r.header) &&
    share(r.evidence, 'date', 'vagueDate', 'status') >= 0.6;
  // (A table of one action has one date to go by.)
  const fewest = Math.min(2, Math.max(...reads.map((r) => r.evidence.filled)));
  // ("" over "31 August (annually)", "April – June 2023", "Within six months of new Council." beside
  // who leads each measure: the timetable, its heading lost, in dates and times in words alike.)
  const timetable = (r: ColumnRead) =>
    columns.owner !== undefined &&
    r.header.trim() === '' &&
    r.column > columns.owner.column &&
    share(r.evidence, 'date', 'vagueDate') >= TIMETABLE_TIMES &&
    share(r.evidence, 'date') >= TIMETABLE_DATES;
  const dates = reads.find(
    (r) =>
      r.evidence.filled >= fewest &&
      (dueDate(r) ||
        ((r.meaning === null || (r.meaning === NOT_USED && r.confidence === 0)) &&
          !PAST_DATE.test(r.header) &&
          (share(r.evidence, 'date') >= 0.6 || timetable(r)))),
  );
  if (!dates) return;
  const percent = Math.round(share(dates.evidence, 'date') * 100);
  claim(
    dates,
    'deadline',
    { columns, taken },
    0.5,
    `${percent}% of its cells are dates, and no other column is the deadline`,
  );
}

/** A header naming a document's versions: "Version", "Version No.", "Issue", "Rev". */
const VERSION_HEAD = /^\s*(?:version|issue|rev(?:ision)?)\s*(?:no\.?|number)?\s*$/i;
/** "0.1", "1.0", "v2", "V1.3": a version number. */
const VERSION_NUMBER = /^\s*v?\d{1,2}(?:\.\d{1,2}){0,2}\s*$/i;

/**
 * "Version | Date | Issued by | Reason for circulation" over 0.1, 0.2 … at the head of a business
 * case: when each draft went out and to whom, every date past. Its dates are records, not deadlines.
 */
export function versionColumn(
  sheet: SheetSnapshot,
  headerRow: number,
  reads: readonly ColumnRead[],
  itemRows: readonly number[],
): ColumnRead | undefined {
  return reads.find((r) => {
    // (A list read with no header keeps the row above it as printed.)
    const header = r.header || textAt(sheet, headerRow, r.column);
    if (!VERSION_HEAD.test(header) || itemRows.length === 0) return false;
    const versions = itemRows.filter((row) => VERSION_NUMBER.test(String(cellAt(sheet, row, r.column) ?? '')));
    return versions.length >= 0.8 * itemRows.length;
  });
}

/** "For decision", "To note", "For information": what an agenda item comes to the meeting for. */
const AGENDA_PURPOSE =
  /^\s*(?:(?:for|to)\s+)?(?:decision|information|note|noting|approval|approve|discussion|consideration|consider|agreement|agree|comment|ratification|ratify|endorsement|endorse|record|receive|declare|assurance)\s*$/i;

/** "For discussion and APPROVAL", "To confirm the minutes": a purpose opening the cell, words after it. */
const AGENDA_PURPOSE_OPENS =
  /^\s*(?:for\s+(?:decision|information|note|noting|approval|discussion|consideration|agreement|comment|ratification|endorsement|assurance)|to\s+(?:note|receive|approve|agree|discuss|consider|confirm|open|ratify|endorse))\b/i;
/** Items, and the share of them, whose purpose must open so for the column to say what each item is for. */
const AGENDA_ITEMS = 4;
const AGENDA_SHARE = 0.75;

/**
 * "Item no. | Agenda Item | Details | Status" with "For decision" under Status, and no one or date
 * beside the items: the business of a meeting, not actions to chase. The column that says so and
 * its first purpose, or null.
 */
export function agendaPurpose(
  sheet: SheetSnapshot,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  itemRows: readonly number[],
): { column: ColumnRef; said: string } | null {
  if (columns.deadline) return null;
  // (Or "Action Required" over "Record", "Approve", "Information", which a glance took for names;
  // or "Lead | Primary Action" over "To receive", "To approve": who presents each item, and why.)
  const purposes = [columns.status && columns.owner ? undefined : (columns.status ?? columns.owner), columns.action];
  for (const purpose of purposes) {
    if (!purpose) continue;
    const said = itemRows.map((row) => textAt(sheet, row, purpose.column)).filter((t) => t !== '');
    if (said.length > 0 && said.every((t) => AGENDA_PURPOSE.test(t))) return { column: purpose, said: said[0] };
    // ("For discussion and APPROVAL", "To open the meeting", "To confirm the minutes": three in
    // four opening so, over four items at least.)
    // (Not where the rest say how an item stands: "Complete" among "For decision" is a status.)
    const opening = said.filter((t) => AGENDA_PURPOSE_OPENS.test(t));
    const stands = said.some((t) => !AGENDA_PURPOSE_OPENS.test(t) && cellType(t, null) === 'status');
    if (said.length >= AGENDA_ITEMS && opening.length >= AGENDA_SHARE * said.length && !stands)
      return { column: purpose, said: opening[0] };
  }
  return null;
}

/** "09:00", "9.10am", "10:00 – 10:30": the time an item is taken at a meeting (its start where a span). */
const CLOCK_TIME = /^\s*(\d{1,2})[:.](\d{2})\s*(am|pm)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?\s*$/i;
/** "12noon", "Noon", "12 midday": a time an agenda gives in words. */
const NOON = /^\s*(?:12\s*)?(?:noon|midday)\s*$/i;
/** A blank or a dash where an agenda's time goes. */
const NO_TIME = /^\s*[-–—]?\s*$/;
/** Fewest items given a time for the times to say the table is a meeting's timetable. */
const TIMED_ITEMS = 3;

/** Minutes past midnight of a time written in a cell, or null where the cell is no time of day. */
function minuteOfDay(value: unknown): number | null {
  if (typeof value === 'string' && NOON.test(value)) return 12 * 60;
  const m = typeof value === 'string' ? CLOCK_TIME.exec(value) : null;
  if (!m) return null;
  const [hour, minute] = [Number(m[1]), Number(m[2])];
  if (hour > 23 || minute > 59 || (m[3] && (hour === 0 || hour > 12))) return null;
  const pm = m[3]?.toLowerCase() === 'pm' && hour !== 12;
  return (pm ? hour + 12 : hour) * 60 + minute;
}

/**
 * "Item | Time | Owner | Subject | Presenter" with 09:00, 09:10, 09:12 down the Time column: a
 * meeting's agenda, who brings each item to it and when, not actions to chase (a plan's items
 * have no time of day, and none in the order they are taken). The column's heading, or null.
 */
export function agendaTimes(
  sheet: SheetSnapshot,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  reads: readonly ColumnRead[],
  itemRows: readonly number[],
): string | null {
  if (columns.status || columns.progress) return null;
  const timed = (r: ColumnRead) => {
    // ("-" where an item has no time of its own, "Review of meeting effectiveness": no time to read.)
    const times = itemRows
      .map((row) => cellAt(sheet, row, r.column))
      .filter((v) => v !== null && !NO_TIME.test(String(v)));
    if (times.length < TIMED_ITEMS) return false;
    const minutes = times.map(minuteOfDay);
    return minutes.every((m, i) => m !== null && (i === 0 || m >= (minutes[i - 1] ?? 0)));
  };
  // ("TIMING" over 2:00pm, 2:05pm, 2:10pm: a heading taken for when each is due, over times of day.)
  const deadline = columns.deadline && reads.find((r) => r.column === columns.deadline?.column);
  if (columns.deadline) return deadline && timed(deadline) ? deadline.header || 'times' : null;
  for (const r of reads) if ((r.meaning === null || r.meaning === NOT_USED) && timed(r)) return r.header || 'times';
  return null;
}

/** "Date of Meeting", "Meeting date": the meeting each item goes to. */
const MEETING_DATE = /\b(?:date\s+of\s+(?:the\s+)?meeting|meeting\s+dates?|committee\s+dates?)\b/i;

/**
 * "Date of Meeting | Topic | Officer/Portfolio Holder | Priority | … | How/where/when": a forward
 * work programme, the topics each meeting takes and who attends, with no date an item is due by,
 * no status and nothing headed plainly as an action (an action log has those). The meeting
 * column's heading, or null.
 */
export function workProgramme(
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  reads: readonly ColumnRead[],
): string | null {
  const tracked = [
    'deadline',
    'revisedDeadline',
    'completedDate',
    'status',
    'progress',
    'response',
    'recommendation',
  ] as const;
  if (tracked.some((name) => columns[name])) return null;
  const action = readOf(reads, columns, 'action');
  if (action && action.confidence > 0.5) return null;
  const meeting = reads.find((r) => r.meaning === NOT_USED && MEETING_DATE.test(r.header));
  return meeting ? meeting.header : null;
}

/** "Para Ref", "Paragraph", "Ref (to CPA Report)": a reference into another paper, not the line's own. */
const CROSS_REFERENCE = /\bpara(?:graph)?s?\b|\bto\s+(?:the\s+)?[\w\s]{0,20}\breport\b/i;

/** Fewest lines numbered 1, 2, 3… for their numbers to be a running count rather than references. */
const RUNNING_COUNT_LINES = 3;

/** Whether a column's cells count the lines off one by one (1, 2, 3 … or 4, 5, 6 …). */
export function isRunningCount(sheet: SheetSnapshot, column: number, itemRows: readonly number[]): boolean {
  let previous: number | null = null;
  let counted = 0;
  for (const row of itemRows) {
    const v = cellAt(sheet, row, column);
    if (v === null || v === '') continue;
    const n = typeof v === 'number' ? v : /^\s*\d{1,4}\.?\s*$/.test(String(v)) ? Number.parseInt(String(v), 10) : NaN;
    if (!Number.isInteger(n) || (previous !== null && n !== previous + 1)) return false;
    previous = n;
    counted += 1;
  }
  return counted >= RUNNING_COUNT_LINES;
}

/**
 * Whether a column holds only item numbers, no more different ones than half its filled lines:
 * "Ref." over 9, 9, 9, 9, 13 beside actions numbered 1 to 5 names the agenda item each arose
 * under. (Codes shared by several lines, "HRP1", "1.1.1", are references used more than once.)
 */
function agendaItems(sheet: SheetSnapshot, column: number, itemRows: readonly number[]): boolean {
  const values = itemRows.map((row) => String(cellAt(sheet, row, column) ?? '').trim()).filter((v) => v !== '');
  return values.every((v) => /^\d{1,3}\.?$/.test(v)) && new Set(values).size * 2 <= values.length;
}

/**
 * "No." over 1, 2, 3… beside the sheet's own "Ref": a count of the lines, which can never repeat,
 * is no reference to check; the other column is.
 */
export function leaveRunningCounts(sheet: SheetSnapshot, reads: ColumnRead[], itemRows: readonly number[]): void {
  const ids = reads.filter((r) => r.meaning === 'id');
  if (ids.length < 2) return;
  const counts = ids.filter((r) => isRunningCount(sheet, r.column, itemRows));
  if (counts.length === 0 || counts.length === ids.length) return;
  // ("Para Ref (to CPA Report)": where each line comes from in another paper, which several lines
  // may share; the count is then the lines' own reference.)
  const others = ids.filter((r) => !counts.includes(r));
  if (others.every((r) => CROSS_REFERENCE.test(r.header) || agendaItems(sheet, r.column, itemRows))) {
    for (const read of others) {
      read.meaning = NOT_USED;
      read.confidence = 0.6;
      read.reason += CROSS_REFERENCE.test(read.header)
        ? "; it points into another paper, which several lines may share: the count is the lines' reference"
        : "; its few item numbers are shared among the lines (the items they arose under): the count is the lines' reference";
    }
    return;
  }
  for (const read of counts) {
    read.meaning = NOT_USED;
    read.confidence = 0.6;
    read.reason += '; its cells count the lines 1, 2, 3…, so the other reference column is the reference';
  }
}

/** Share of a column's cells that must say when in years of the plan or in words to make it the deadline. */
const PLAN_YEAR_SHARE = 0.6;

/**
 * "Year 1-5" over "Year 1", "Year 1- 2", "Ongoing" after the actions of a plan (someone leads each,
 * or each has a status, a priority or an update): when each is to be done, counted in years of the
 * plan, not the year a figure belongs to.
 */
export function readPlanYears(
  sheet: SheetSnapshot,
  reads: ColumnRead[],
  itemRows: readonly number[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const item = columns.action ?? columns.recommendation;
  const planned = columns.owner || columns.status || columns.priority || columns.progress;
  if (columns.deadline || !item) return;
  const read = reads.find(
    (r) =>
      r.column > item.column &&
      (r.meaning === 'year' || r.meaning === null || r.meaning === NOT_USED) &&
      /\byears?\b/i.test(r.header),
  );
  if (!read) return;
  const cells = itemRows.map((row) => cellAt(sheet, row, read.column)).filter((v) => v !== null && v !== '');
  const when = cells.filter((v) => {
    if (namesPlanYear(v, read.header)) return true;
    // ("40% ARE Autumn 1 80% ARE Summer 2" under "Year 1 (4 pupils)": results by year group, not when.)
    if (typeof v === 'string' && v.includes('%')) return false;
    const type = cellType(v, null);
    return type === 'vagueDate' || type === 'status';
  }).length;
  // (With nothing else said of the actions, every cell must say when: "Ongoing", "Year 1".)
  if (cells.length < 2 || when < cells.length * (planned ? PLAN_YEAR_SHARE : 1)) return;
  if (columns.year?.column === read.column) delete columns.year;
  claim(
    read,
    'deadline',
    { columns, taken },
    0.5,
    `${when} of ${cells.length} cells are years of the plan or times in words ("Year 2", "Ongoing"): when each is due`,
  );
}

/** "Y/N", "Yes/No" in a heading: its cells answer it. */
const YES_NO_HEADING = /\by\s*\/\s*n\b|\byes\s*\/\s*no\b/i;

/** Below this share of status words, dates, updates or figures, a "Status" column says something else. */
const FEW_STATUSES = 0.25;

/**
 * "Status" over "For decision", "For information": what an agenda item is for, not how an action
 * stands. Left unread unless the profile has words of its own for statuses, which the cells may use.
 */
export function notStatuses(reads: ColumnRead[], profileStatuses: boolean): void {
  if (profileStatuses) return;
  for (const read of reads) {
    // ("Closed" over two cells is enough: its header asks when, where a status would be a word.)
    const closed = /^\s*closed\s*$/i.test(read.header);
    if (read.meaning !== 'status' || read.evidence.filled < (closed ? 2 : 3)) continue;
    const statusLike = share(read.evidence, 'status', 'date', 'prose', 'number', 'percent');
    // ("Completed Y/N" over "Y" and "N": answers to how each stands.)
    if (statusLike >= FEW_STATUSES || YES_NO_HEADING.test(read.header)) continue;
    const why = describeEvidence(read.evidence, ['status'], 'status words');
    // "Closed" over "Update 1", "Update 2": when each was closed, blank while it is open.
    if (closed) {
      read.meaning = 'completedDate';
      read.confidence = 0.6;
      read.reason += `; but ${why}: when each was closed`;
      continue;
    }
    read.meaning = NOT_USED;
    read.confidence = 0;
    read.reason += `; but ${why}: not how an item stands`;
  }
}

/** Cells that say when: dates, times in words ("Annually", "Q3"), years. */
const WHEN = ['date', 'vagueDate', 'year'] as const;

/** "2015", typed as a number or as text: a year. */
const YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/;

/** The share of a column's filled item cells that say when: a date, a time in words, or a year. */
function timesShare(sheet: SheetSnapshot, itemRows: readonly number[], column: number): number {
  const cells = itemRows.map((row) => cellAt(sheet, row, column)).filter((v) => v !== null && v !== '');
  const when = cells.filter((v) => {
    if (YEAR_CELL.test(String(v))) return true;
    const kind = parseDate(v, { date1904: false }).kind;
    return kind === 'date' || kind === 'vague';
  });
  return cells.length === 0 ? 0 : when.length / cells.length;
}

/**
 * "Targets and Timescales" merged over the targets in words and, beside them under no heading of
 * their own, the times ("2015", "Annually"): the heading spans both, and the times are the deadline.
 */
export function timesBesideTargets(sheet: SheetSnapshot, reads: ColumnRead[], itemRows: readonly number[]): void {
  for (let i = 0; i + 1 < reads.length; i++) {
    const [named, beside] = [reads[i], reads[i + 1]];
    if (named.meaning !== 'deadline' || beside.header || (beside.meaning && beside.meaning !== NOT_USED)) continue;
    if (share(named.evidence, ...WHEN) >= 0.3 || timesShare(sheet, itemRows, beside.column) < 0.6) continue;
    beside.meaning = 'deadline';
    beside.confidence = named.confidence;
    beside.reason = `'${named.header}' heads this column and the one before it; these are its times`;
    named.meaning = NOT_USED;
    named.reason += `; its cells are words, and the times are in the column beside it`;
  }
}
