/**
 * Finds the tables on a sheet as a reader would: each header (below titles, stacked over up to
 * four rows, with a blank label header allowed), what each column means and why, the partners,
 * which rows are items, totals, section headings, notes or keys, and whether the table is an action
 * plan, a savings tracker or cost-sharing schedule, or neither (then it is left alone, with the reason).
 * One pass over the rows for the layout; column evidence samples the first rows.
 */
import { recordTable } from './record-blocks';
import { actionColumnMinutes, minutesTable } from './minutes';
import type { SheetSnapshot } from '../snapshot';
import { a1, columnLetters } from '../snapshot';
import type { ColumnReading, TableReading } from '../reading';
import type { LogicalColumn } from './columns';
import { NOT_USED } from './columns';
import type { ColumnRef, PartnerColumns, Table } from './types';
import { cellAt, columnName, formatAt } from './types';
import { plannedSavingByYear } from './savings-plan';
import { headerMoneyScale } from '../parse/money';
import { headerYear } from './header-words';
import type { RowShape } from './layout';
import { rowShape, textAt } from './layout';
import type { ColumnRead } from './read-columns';
import { ASKS_DONE, readColumn } from './read-columns';
import { isPartnerLabel, knownPartnerIn, namesInSplitHeader } from './partners';
import type { PartnerNames } from './partners';
import { cellType, describeEvidence, share } from './cell-evidence';
import { namesPlanYear, planPeriod } from '../parse/plan-years';
import { groupLeads } from './groups';
import { parseSplit, sharesSum } from '../parse/shares';
import { groupDates } from './group-dates';
import { headNumberedParents } from './sub-items';
import { skipContextLines, skipNothingAsked, skipRecordedDecisions } from './records';
import { targetByVariance } from './variance';
import { toDatePair } from './to-date';
import { yearPairs } from './year-pairs';
import { AMOUNTS_BY_ITEM, columnsFound, kindOf } from './kind';
import { acrossTotal, balanceSteps, relatedFigures, totalledColumns } from './figure-columns';
import type { HeaderBlock } from './header-blocks';
import { figureBlocks, findHeaders, gridBlocks, listBlocks } from './header-blocks';
import { readBody } from './body';
import type { PartnerColumn } from './partner-columns';
import { orderPartners, partnerColumn, partnersLineTotal, percentSplitColumns } from './partner-columns';
import { TableReader } from './reader';

export { TableReader };

export interface SheetTables {
  tables: Table[];
  readings: TableReading[];
}

function ref(read: ColumnRead): ColumnRef {
  return { column: read.column, header: read.header };
}

function moneyScales(
  sheet: SheetSnapshot,
  titleFrom: number,
  block: HeaderBlock,
  reads: ColumnRead[],
): Map<number, number> {
  let tableScale = 1;
  for (let r = titleFrom; r < block.top; r++) {
    for (const v of sheet.values[r - sheet.originRow] ?? []) {
      if (typeof v === 'string' && v.length < 200 && headerMoneyScale(v) !== 1) tableScale = headerMoneyScale(v);
    }
  }
  const scales = new Map<number, number>();
  for (const read of reads) {
    const own = headerMoneyScale(read.header);
    // A title's "£000s" is the unit of the money, not of the activity figures beside it.
    scales.set(read.column, own !== 1 || read.meaning === 'drivers' ? own : tableScale);
  }
  return scales;
}

/** The words of the title rows above a table's header. */
function titleWords(sheet: SheetSnapshot, titleFrom: number, block: HeaderBlock): string {
  const words: string[] = [];
  for (let row = titleFrom; row < block.top; row++)
    for (const v of sheet.values[row - sheet.originRow] ?? [])
      if (typeof v === 'string' && v.length < 300) words.push(v);
  return words.join(' ');
}

function contextYear(sheet: SheetSnapshot, titleFrom: number, block: HeaderBlock, reads: ColumnRead[]): string | null {
  for (const r of reads)
    if ((r.meaning === 'target' || r.meaning === 'achieved' || r.meaning === 'cost') && r.words.year)
      return r.words.year;
  for (let row = titleFrom; row < block.top; row++) {
    for (const v of sheet.values[row - sheet.originRow] ?? []) {
      if (typeof v === 'string' && v.length < 300) {
        const y = headerYear(v);
        if (y) return y;
      }
    }
  }
  return headerYear(sheet.name);
}

/** A date column's header that says each item is due by it: "Expected completion date", "Due date". */
const DUE_HEAD = /\b(?:completion|complete by|due|deadline|target date|by when)\b/i;
/** A date column's header that says it holds the date first set. */
const ORIGINAL = /\b(?:original|originally|initial|baseline|at outset)\b/i;
/** A date column's header that says when it was done: "Actual completion date", "Date completed". */
const DONE_HEAD = /\b(?:actual|actually|closed|completed)\b/i;
/** A date column's header that says it holds a date still to come, not when it was done. */
const PLANNED = /\b(?:original|originally|planned|target|expected|forecast|estimated|anticipated|revised)\b/i;

/**
 * One column per meaning, the most confident first: a second column that wants a meaning already
 * taken is left unused, with the reason (a second deadline that speaks of completion is the
 * completion date).
 */
function assignColumns(
  reads: ColumnRead[],
  partnerCols: Map<number, PartnerColumn>,
): { columns: Partial<Record<LogicalColumn, ColumnRef>>; taken: Map<number, LogicalColumn> } {
  const columns: Partial<Record<LogicalColumn, ColumnRef>> = {};
  // The leftmost column wins a tie, except for figures and ratings by period (Q1 … Q4 BRAG, achieved at month 2 … 9), where the latest is current.
  const latestWins = (r: ColumnRead) => r.meaning === 'status' || r.meaning === 'progress' || r.meaning === 'achieved';
  // Of two columns headed as the status ("Completed", "Outcome"), the one holding status words and
  // dates is it; the other holds prose.
  const statusLike = (r: ColumnRead) =>
    r.meaning === 'status' ? Math.round(share(r.evidence, 'status', 'date', 'vagueDate') * 4) : 0;
  // A status in words beats a colour rating beside it ("Overall Status: In Progress", "BRAG: Blue"):
  // the colour summarises the words.
  const colourRating = (r: ColumnRead) => (r.meaning === 'status' && /\bb?rag\b/i.test(r.header) ? 1 : 0);
  const byConfidence = reads
    .filter((r) => r.meaning && !partnerCols.has(r.column))
    .sort(
      (a, b) =>
        // (An empty column takes a meaning only where no column with anything in it claims it.)
        Number(b.evidence.filled > 0) - Number(a.evidence.filled > 0) ||
        b.confidence - a.confidence ||
        (a.meaning === b.meaning ? statusLike(b) - statusLike(a) : 0) ||
        (a.meaning === b.meaning ? colourRating(a) - colourRating(b) : 0) ||
        (latestWins(a) && a.meaning === b.meaning ? b.column - a.column : a.column - b.column),
    );
  const taken = new Map<number, LogicalColumn>();
  for (const read of byConfidence) {
    let meaning = read.meaning as LogicalColumn | typeof NOT_USED;
    if (meaning === NOT_USED) continue;
    // "Original planned completion date" and "Expected completion date": the deadline first set and
    // the date now expected, as a revised date column would give it.
    const first = columns.deadline;
    const original = ORIGINAL.test(read.header);
    if (
      meaning === 'deadline' &&
      first &&
      !columns.revisedDeadline &&
      ORIGINAL.test(first.header) !== original &&
      !DONE_HEAD.test(original ? first.header : read.header)
    ) {
      if (original) {
        columns.revisedDeadline = first;
        columns.deadline = undefined;
        taken.set(first.column, 'revisedDeadline');
        const firstRead = reads.find((r) => r.column === first.column);
        if (firstRead) firstRead.meaning = 'revisedDeadline';
      } else meaning = 'revisedDeadline';
    } else if (
      columns[meaning] &&
      meaning === 'deadline' &&
      !columns.completedDate &&
      /complet|actual|closed/i.test(read.header) &&
      !PLANNED.test(read.header)
    )
      meaning = 'completedDate';
    if (columns[meaning]) {
      read.reason += `; column ${columnLetters(columns[meaning]?.column ?? 0)} was taken as ${meaning}`;
      read.meaning = NOT_USED;
      continue;
    }
    columns[meaning] = ref(read);
    read.meaning = meaning;
    taken.set(read.column, meaning);
  }
  swapStatusAndProgress(reads, columns, taken);
  return { columns, taken };
}

/**
 * "Update" holding "Completed." and "Commenced and ongoing." beside "Progress" holding sentences:
 * the status words are the status, and the sentences the progress, whatever the headings say.
 */
function swapStatusAndProgress(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const status = reads.find((r) => r.column === columns.status?.column);
  const progress = reads.find((r) => r.column === columns.progress?.column);
  if (!status || !progress) return;
  if (share(progress.evidence, 'status') < 0.5 || share(status.evidence, 'status') > 0.25) return;
  [status.meaning, progress.meaning] = ['progress', 'status'];
  [columns.status, columns.progress] = [ref(progress), ref(status)];
  taken.set(progress.column, 'status');
  taken.set(status.column, 'progress');
  progress.reason += '; its cells are status words, and the status column holds sentences: it is the status';
}

const PARTNER_LABEL_HEADER = /\b(?:councils?|authority|authorities|partners?|members?|constituent|preceptors?)\b/i;

/** A column of percentages beside partners' rows that adds up to about 100%: each one's share. */
function sharesDownTheRows(sheet: SheetSnapshot, reads: ColumnRead[], itemRows: number[]): ColumnRead | undefined {
  return reads.find((r) => (r.meaning === null || r.meaning === NOT_USED) && addsUpDown(sheet, r, itemRows));
}

/** A share printed at the end of a name, in brackets: "Maidstone Borough Council (40%)". */
const SHARE_IN_NAME = /\(\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)\s*$/;

/** Each row's share from its name, when every row's name carries one. */
function sharesInLabels(sheet: SheetSnapshot, itemRows: readonly number[], column: number): Map<number, number> | null {
  const shares = new Map<number, number>();
  for (const row of itemRows) {
    const m = SHARE_IN_NAME.exec(textAt(sheet, row, column));
    if (!m) return null;
    shares.set(row, Number(m[1]) / 100);
  }
  return shares.size >= 2 ? shares : null;
}

/** A column of percentages that adds up to about 100% down the rows. */
function addsUpDown(sheet: SheetSnapshot, r: ColumnRead, itemRows: number[]): boolean {
  if (share(r.evidence, 'percent') < 0.6) return false;
  let sum = 0;
  for (const row of itemRows) {
    const v = cellAt(sheet, row, r.column);
    const f = formatAt(sheet, row, r.column);
    if (typeof v === 'number' && f?.includes('%')) sum += v;
  }
  return sum >= 0.9 && sum <= 1.1;
}

/** Unused columns of money between the first partner's column and the last: they share the line total too. */
function othersAmongPartners(
  reads: readonly ColumnRead[],
  partners: readonly PartnerColumns[],
  partnerCols: ReadonlyMap<number, PartnerColumn>,
): boolean {
  const columns = partners.map((p) => p.amount?.column).filter((c): c is number => c !== undefined);
  if (columns.length < 2) return false;
  const [first, last] = [Math.min(...columns), Math.max(...columns)];
  return reads.some(
    (r) =>
      r.column > first &&
      r.column < last + 2 &&
      !partnerCols.has(r.column) &&
      (r.meaning === null || r.meaning === NOT_USED) &&
      share(r.evidence, 'number', 'money') >= 0.6,
  );
}

/** A column given its meaning from its cells or its place, not its header's words, with the reason. */
function claim(
  read: ColumnRead,
  meaning: LogicalColumn,
  to: { columns: Partial<Record<LogicalColumn, ColumnRef>>; taken: Map<number, LogicalColumn> },
  confidence: number,
  reason: string,
): ColumnRef {
  const claimed = ref(read);
  to.columns[meaning] = claimed;
  to.taken.set(read.column, meaning);
  read.meaning = meaning;
  read.confidence = confidence;
  read.reason = reason;
  return claimed;
}

/** Lines a pair of answers must be printed on, and their share of the lines, before it is a form's choice. */
const CHOICE_LINES = 3;
const CHOICE_SHARE = 0.6;
/** The answers a form prints for ticking. */
const ANSWER = /^(?:yes|no|y|n|n\/a|na|not applicable|true|false|agree|disagree)$/;

/**
 * "Yes" in one column and "No" in the next, the same pair on most lines that have both: the
 * answers a checklist prints for ticking (the tick is lost), not the status of each line.
 */
function printedChoice(sheet: SheetSnapshot, rows: readonly number[], column: number): boolean {
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

/** Columns of status words under headers Concordat does not know that make a history of ratings by period. */
const RATING_HISTORY = 3;

/** "On Target" over R, A, G: a column of status words under a header Concordat does not know is the status. */
function readStatus(
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

/** Headers over what a plan sets out to achieve, one per line: "Target", "Objectives", "Milestone". */
const AIMS = /^(?:targets?|objectives?|milestones?|commitments?|outcomes?)$/;

/**
 * Who leads each row and by when (or how it stands), beside a column of words under a header
 * Concordat does not know ("Nature of the Decision to be Taken"): those words are the items. With
 * no lead named, a column headed as what is to be achieved, each with its date ("Target | Target date").
 */
function readItemWords(
  reads: ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  taken: Map<number, LogicalColumn>,
): void {
  const labelled = columns.recommendation ?? columns.action ?? columns.service ?? columns.id ?? columns.response;
  if (labelled || !(columns.deadline || (columns.owner && columns.status))) return;
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
function readUnheadedLead(
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
      share(r.evidence, 'person') >= PEOPLE_SHARE,
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

/** Share of a column's cells that must name people or bodies for it to be read as the lead, and people. */
const LEAD_SHARE = 0.8;
const PEOPLE_SHARE = 0.5;

/** A schedule with a row per partner: the unused column of money beside the shares is each one's amount. */
function partnerAmounts(reads: ColumnRead[]): ColumnRead | undefined {
  return reads.find(
    (r) =>
      (r.meaning === null || r.meaning === NOT_USED) &&
      r.evidence.filled >= 2 &&
      share(r.evidence, 'number', 'money') >= 0.8 &&
      (r.words.money || headerMoneyScale(r.header) !== 1),
  );
}

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

/**
 * The date a tracker's items are to be met by, where no column is headed as the deadline: the
 * only date it gives ("Requested extension", "Revised date"), else an unnamed column of dates
 * beside the items (dates, not frequencies: "Annual" and "Quarterly" say how often, not by when).
 */
function readDeadline(
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
  const dates = reads.find(
    (r) =>
      r.evidence.filled >= fewest &&
      (dueDate(r) ||
        ((r.meaning === null || (r.meaning === NOT_USED && r.confidence === 0)) &&
          !PAST_DATE.test(r.header) &&
          share(r.evidence, 'date') >= 0.6)),
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
function versionColumn(
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
  /^\s*(?:for|to)\s+(?:decision|information|note|noting|approval|approve|discussion|consideration|agreement|comment|ratification|ratify|endorsement|endorse)\s*$/i;

/**
 * "Item no. | Agenda Item | Details | Status" with "For decision" under Status, and no one or date
 * beside the items: the business of a meeting, not actions to chase. The first purpose, or null.
 */
function agendaPurpose(
  sheet: SheetSnapshot,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  itemRows: readonly number[],
): string | null {
  if (!columns.status || columns.owner || columns.deadline) return null;
  const said = itemRows.map((row) => textAt(sheet, row, columns.status!.column)).filter((t) => t !== '');
  return said.length > 0 && said.every((t) => AGENDA_PURPOSE.test(t)) ? said[0] : null;
}

/** Fewest lines numbered 1, 2, 3… for their numbers to be a running count rather than references. */
const RUNNING_COUNT_LINES = 3;

/** Whether a column's cells count the lines off one by one (1, 2, 3 … or 4, 5, 6 …). */
function isRunningCount(sheet: SheetSnapshot, column: number, itemRows: readonly number[]): boolean {
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
 * "No." over 1, 2, 3… beside the sheet's own "Ref": a count of the lines, which can never repeat,
 * is no reference to check; the other column is.
 */
function leaveRunningCounts(sheet: SheetSnapshot, reads: ColumnRead[], itemRows: readonly number[]): void {
  const ids = reads.filter((r) => r.meaning === 'id');
  if (ids.length < 2) return;
  const counts = ids.filter((r) => isRunningCount(sheet, r.column, itemRows));
  if (counts.length === 0 || counts.length === ids.length) return;
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
function readPlanYears(
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

/** Below this share of status words, dates, updates or figures, a "Status" column says something else. */
const FEW_STATUSES = 0.25;

/**
 * "Status" over "For decision", "For information": what an agenda item is for, not how an action
 * stands. Left unread unless the profile has words of its own for statuses, which the cells may use.
 */
function notStatuses(reads: ColumnRead[], profileStatuses: boolean): void {
  if (profileStatuses) return;
  for (const read of reads) {
    if (read.meaning !== 'status' || read.evidence.filled < 3) continue;
    const statusLike = share(read.evidence, 'status', 'date', 'prose', 'number', 'percent');
    if (statusLike >= FEW_STATUSES) continue;
    read.meaning = NOT_USED;
    read.confidence = 0;
    read.reason += `; but ${describeEvidence(read.evidence, ['status'], 'status words')}: not how an item stands`;
  }
}

/** No two labels the same but for case; a long column of repeated labels is settled at its first repeat. */
function allDifferent(labels: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const label of labels) {
    const key = label.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** Labels of which 60% or more name councils; the count stops once the rest cannot change the answer. */
/** Points either side of 100% within which a row's shares count as adding up to the whole. */
const WHOLE_POINTS = 5;

/** Whether at least half the column's readable splits add up to about 100%. */
function mostlyWhole(sheet: SheetSnapshot, column: number, itemRows: readonly number[]): boolean {
  let splits = 0;
  let whole = 0;
  for (const row of itemRows) {
    const split = parseSplit(cellAt(sheet, row, column));
    if (split.kind !== 'split' || split.shares.length < 2) continue;
    splits += 1;
    if (Math.abs(sharesSum(split.shares) * 100 - 100) <= WHOLE_POINTS) whole += 1;
  }
  return splits === 0 || whole * 2 >= splits;
}

/** Columns of figures beside a label column that make a table of figures by line. */
const FIGURE_COLUMNS = 2;

/** A first column of words, different on every row, beside at least FIGURE_COLUMNS columns of figures. */
function labelsBesideFigures(
  sheet: SheetSnapshot,
  first: ColumnRead,
  reads: readonly ColumnRead[],
  itemRows: readonly number[],
): boolean {
  if (first.evidence.filled < 3 || share(first.evidence, 'text', 'body', 'person') < 0.9) return false;
  const labels = itemRows.map((r) => textAt(sheet, r, first.column)).filter(Boolean);
  if (labels.length !== first.evidence.filled || !allDifferent(labels)) return false;
  const figures = reads.filter((r) => r !== first && share(r.evidence, 'number', 'money', 'percent') >= 0.8);
  return figures.length >= FIGURE_COLUMNS;
}

function mostlyPartners(labels: readonly string[], names: PartnerNames): boolean {
  const enough = (named: number) => named / labels.length >= 0.6;
  let named = 0;
  for (let i = 0; i < labels.length; i++) {
    if (isPartnerLabel(labels[i], names)) named += 1;
    if (enough(named)) return true;
    if (!enough(named + labels.length - i - 1)) return false;
  }
  return enough(named);
}

/** The deadline a table has when its dates are in heading rows over the items, not in a column. */
const HEADING_DATES: ColumnRef = { column: 0, header: 'dates in the headings' };

function readTable(
  sheet: SheetSnapshot,
  reader: TableReader,
  shapes: RowShape[],
  block: HeaderBlock,
  end: number,
  titleFrom: number,
): { table: Table | null; reading: TableReading } {
  const profile = reader.profile;
  const body = readBody(sheet, shapes, block, end);
  const itemRows = body.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  const splitNames: { name: string; alias: string | null }[] = [];
  const reads: ColumnRead[] = [];
  for (let c = body.firstColumn; c <= body.lastColumn; c++) {
    const header = block.headers.get(c) ?? '';
    if (!header && !itemRows.some((r) => textAt(sheet, r, c) || typeof cellAt(sheet, r, c) === 'number')) continue;
    const read = readColumn(sheet, c, header, itemRows, reader.vocabulary, reader.partnerWords);
    if (read.meaning === 'split' && splitNames.length === 0) splitNames.push(...namesInSplitHeader(header));
    reads.push(read);
  }
  // A blank header over the first column holds the row labels.
  const first = reads[0];
  // So does a header Concordat does not know ("indicators") over names, one a row, beside columns
  // of figures: a table of figures by line (after the lines' numbers, where a column numbers them).
  const named = first?.meaning === 'id' && reads.length > 1 ? reads[1] : first;
  if (named && named !== first && !named.header && !named.meaning && share(named.evidence, 'id') < 0.6) {
    named.meaning = 'service';
    named.confidence = 0.6;
    named.reason = "blank header beside the lines' numbers, over the row labels";
  }
  if (named && named.header && !named.meaning && labelsBesideFigures(sheet, named, reads, itemRows)) {
    named.meaning = 'service';
    named.confidence = 0.5;
    named.reason = 'a different name on each row, beside columns of figures: the row labels';
  }
  if (first && !first.header && !first.meaning) {
    const ids = first.evidence.filled > 0 && share(first.evidence, 'id') >= 0.6;
    first.meaning = ids ? 'id' : 'service';
    first.confidence = 0.6;
    first.reason = ids
      ? 'blank header over the first column, whose cells are references'
      : 'blank header over the first column, which holds the row labels';
  }

  // A reference column already read, other than a "No." that only counts the lines.
  const referenced = () => reads.some((r) => r.meaning === 'id' && !isRunningCount(sheet, r.column, itemRows));

  // "Action" over codes ("1.6F", "2.3D") with a blank header beside it over the words: the heading
  // spans both, the codes are the actions' references and the words the actions.
  for (let i = 0; i + 1 < reads.length; i++) {
    const [coded, words] = [reads[i], reads[i + 1]];
    const named = coded.meaning === 'action' || coded.meaning === 'recommendation';
    if (!named || words.header || words.meaning || referenced()) continue;
    if (share(coded.evidence, 'id') < 0.6 || share(words.evidence, 'prose', 'text') < 0.8) continue;
    words.meaning = coded.meaning;
    words.confidence = coded.confidence;
    words.reason = `'${coded.header}' heads this column and the one before it; these are its words`;
    coded.meaning = 'id';
    coded.reason += '; its cells are codes: the references of the lines beside them';
  }

  // A numbered list with no header: the column its reader found says who acts on each line.
  const ownerRead = block.owner === undefined ? undefined : reads.find((r) => r.column === block.owner);
  if (ownerRead && !ownerRead.meaning) {
    ownerRead.meaning = 'owner';
    ownerRead.confidence = 0.5;
    ownerRead.reason = 'no header; the same few short names on most lines, people among them: who acts on each line';
  }

  // A timetable with no header: the column its reader found says when each stage is due.
  const datesRead = block.dates === undefined ? undefined : reads.find((r) => r.column === block.dates);
  if (datesRead && !datesRead.meaning) {
    datesRead.meaning = 'deadline';
    datesRead.confidence = 0.5;
    datesRead.reason = 'no header; under a sentence naming a timetable, when each stage is due';
    const stages = reads.find(
      (r) => r.column < datesRead.column && share(r.evidence, 'prose', 'text', 'body', 'person') >= 0.6,
    );
    if (stages && (!stages.meaning || stages.meaning === 'service')) {
      stages.meaning = 'action';
      stages.confidence = 0.5;
      stages.reason = 'no header; under a sentence naming a timetable, the stages it sets';
    }
  }

  // A blank header over a column of sentences, beside headed columns: the action it records; over a
  // column of codes ("IS2", "R1", "ED8"), the lines' references.
  for (const read of reads.slice(1)) {
    if (read.header || read.meaning || read.evidence.filled < 2) continue;
    if (share(read.evidence, 'id') >= 0.6 && !referenced()) {
      read.meaning = 'id';
      read.confidence = 0.55;
      read.reason = 'blank header over a column of references';
      continue;
    }
    if (share(read.evidence, 'prose', 'text') >= 0.8 && !reads.some((r) => r.meaning === 'action')) {
      read.meaning = 'action';
      read.confidence = 0.55;
      read.reason = 'blank header over a column of text: read as the action';
    }
  }

  notStatuses(reads, Object.keys(profile.statuses).length > 0);

  // Partner columns first: a partner's "£" column is not the table's amount.
  const partnerCols = new Map<number, PartnerColumn>();
  for (const read of reads) {
    const p = partnerColumn(reader, read);
    if (p) partnerCols.set(read.column, p);
  }
  const partnerNames = new Set([...partnerCols.values()].map((p) => p.name));
  if (partnerNames.size < 2 && reader.partners.byAlias.size === 0) partnerCols.clear();
  if (partnerNames.size < 2 && reader.partners.byAlias.size > 0) {
    for (const [c, p] of partnerCols) if (!knownPartnerIn(p.name, reader.partners)) partnerCols.delete(c);
  }

  leaveRunningCounts(sheet, reads, itemRows);
  const { columns, taken } = assignColumns(reads, partnerCols);
  targetByVariance(sheet, reads, itemRows, { columns, taken });
  readDeadline(reads, columns, taken);
  readPlanYears(sheet, reads, itemRows, columns, taken);
  readStatus(reads, columns, taken, (column) => printedChoice(sheet, itemRows, column));
  readItemWords(reads, columns, taken);
  readUnheadedLead(reads, columns, taken);
  const planned = plannedSavingByYear(sheet, titleFrom, block, reads, columns);
  if (planned) {
    const over = planned.words.year
      ? `a year over figures on a savings sheet: the savings planned for ${planned.words.year}`
      : 'a unit of money over figures on a savings sheet: the saving each line is to make';
    claim(planned, 'target', { columns, taken }, 0.6, over);
  }

  const partnersMap = new Map<string, PartnerColumns>();
  for (const p of partnerCols.values()) {
    const read = reads.find((r) => r.column === p.column) as ColumnRead;
    const entry = partnersMap.get(p.name) ?? { name: p.name };
    if (!entry[p.role]) entry[p.role] = ref(read);
    partnersMap.set(p.name, entry);
  }
  let partners = orderPartners([...partnersMap.values()], profile);
  if (partners.length < 2 && !columns.split) {
    const split = percentSplitColumns(sheet, reads, itemRows, taken);
    if (split.length >= 2) {
      partners = split.map((read) => ({
        name: read.header || columnLetters(read.column),
        share: ref(read),
        sharePoints: true,
      }));
      for (const read of split) {
        partnerCols.set(read.column, { column: read.column, name: read.header, role: 'share' });
        read.reason = `its figures and the others' add up to 100 on most rows: a share of each row`;
      }
    }
  }

  if (!columns.cost && !columns.target && !columns.amount) {
    const total = partnersLineTotal(sheet, reads, partners, itemRows, partnerCols);
    if (total) {
      claim(
        total,
        'amount',
        { columns, taken },
        0.6,
        `${total.reason}; the partners' amounts add up to it: the line total they split`,
      );
    }
  }

  let splitPartners: string[] = [];
  if (columns.split) {
    splitPartners =
      splitNames.length >= 2
        ? splitNames.map((n) => knownPartnerIn(n.name, reader.partners)?.name ?? n.name)
        : profile.partners.map((p) => p.name);
  }

  // One share per row (25%, not 75%/25%) beside partner names: a schedule with a row per partner.
  const labelRef = columns.service ?? columns.recommendation;
  const labels = labelRef ? itemRows.map((r) => textAt(sheet, r, labelRef.column)).filter(Boolean) : [];
  // Each partner has one row: labels that repeat ("HSGEN" on nine lines) are codes, not councils.
  const distinct = allDifferent(labels);
  // A label column headed "Council" or "Authority" names the partners, whatever their names.
  // (Beside shares adding up to 100%: a column of authorities with their statistics shares nothing.)
  const partnerHeader = labelRef !== undefined && PARTNER_LABEL_HEADER.test(labelRef.header);
  let partnerLabels = labels.length >= 2 && distinct && mostlyPartners(labels, reader.partners);
  // Activity figures beside the shares (population, dwellings, tonnage) say the shares apportion
  // something between the rows, whatever the rows' names.
  const apportioned = columns.drivers !== undefined;
  if (
    !columns.split &&
    labels.length >= 2 &&
    distinct &&
    (partnerLabels || partnerHeader || apportioned) &&
    partners.length === 0
  ) {
    const shares = sharesDownTheRows(sheet, reads, itemRows);
    if (shares) {
      columns.split = ref(shares);
      shares.meaning = 'split';
      shares.reason += "; each partner's percentage, adding up to about 100 down the rows: their shares";
      partnerLabels = true;
    }
  }
  // "Central Government (50%)", "Kent County Council (9%)": each partner's share printed in its name.
  const labelShares =
    !columns.split && labelRef && labels.length >= 2 && distinct && (partnerLabels || partnerHeader)
      ? sharesInLabels(sheet, itemRows, labelRef.column)
      : null;
  if (labelShares) partnerLabels = true;
  const splitRead = columns.split ? reads.find((r) => r.column === columns.split?.column) : undefined;
  // "Share" over each row's percentage, beside the activity it follows or under an "Authority"
  // heading, adding up to about 100% down the rows: the rows are the partners.
  const partnerish = partnerLabels || partnerHeader || apportioned;
  if (splitRead && partnerish && labels.length >= 2 && distinct && addsUpDown(sheet, splitRead, itemRows))
    partnerLabels = true;
  // "6/9", "11/9" under "Proportion of Band D": fractions, not partners' shares. A split column
  // has shares adding up to about 100 on most of its rows.
  if (splitRead && !partnerish && !mostlyWhole(sheet, splitRead.column, itemRows)) {
    splitRead.meaning = NOT_USED;
    splitRead.reason += '; its figures add up to 100% on too few rows: not a split between partners';
    taken.delete(splitRead.column);
    delete columns.split;
  }
  const singleShares = !splitRead || share(splitRead.evidence, 'percent', 'number') >= 0.6;
  if (splitRead && singleShares && partners.length === 0 && !partnerLabels) {
    // A share of something by row (a candidate's share of the vote) splits nothing between partners.
    splitRead.meaning = NOT_USED;
    splitRead.reason += '; one share a row and no partners named: not a split';
    delete columns.split;
  }
  // "Target" over 100%, 55%, 35 and "9 per day": a performance target, not a sum to save.
  const targetRead = columns.target ? reads.find((r) => r.column === columns.target?.column) : undefined;
  if (targetRead && !targetRead.words.money && share(targetRead.evidence, 'percent') >= 0.25 && !planned) {
    targetRead.meaning = NOT_USED;
    targetRead.reason += '; percentages among its figures: a performance target, not a saving';
    taken.delete(targetRead.column);
    delete columns.target;
  }
  // Forward plans date their items in heading rows over them, not in a column.
  const dated = columns.deadline ? undefined : groupDates(sheet, body, block, titleFrom);
  const datedMostly = (ref: ColumnRef | undefined) => {
    const read = ref && reads.find((r) => r.column === ref.column);
    return read !== undefined && share(read.evidence, 'date', 'vagueDate') >= 0.6;
  };
  const kind = kindOf(dated?.size ? { ...columns, deadline: HEADING_DATES } : columns, partners, {
    plannedAndExpected: datedMostly(columns.deadline) && datedMostly(columns.revisedDeadline),
    dueDates: datedMostly(columns.deadline) && DUE_HEAD.test(columns.deadline?.header ?? ''),
  });
  if (dated?.size && kind.kind === 'action-plan') kind.reason += ' (the dates in the headings over the items)';
  const version = kind.kind === 'action-plan' ? versionColumn(sheet, block.top, reads, itemRows) : undefined;
  if (version) {
    kind.kind = null;
    kind.reason = `a document's version history ('${version.header || textAt(sheet, block.top, version.column)}' over version numbers): a record of issues, not a plan`;
  }
  const purpose = kind.kind === 'action-plan' ? agendaPurpose(sheet, columns, itemRows) : null;
  if (purpose) {
    kind.kind = null;
    kind.reason = `a meeting's agenda ('${columns.status?.header}' says what each item is for: '${purpose}'), not a plan`;
  }
  if (labelShares && partners.length === 0 && (kind.kind === null || kind.reason === AMOUNTS_BY_ITEM)) {
    kind.kind = 'savings';
    kind.reason = "a row per partner, each one's share printed in its name";
  }
  const partnerRows = kind.kind === 'savings' && partners.length === 0 && singleShares && partnerLabels;
  // No status column, but updates on each item: the updates say how each stands, and an item with
  // none has no status.
  const statusIsUpdates =
    kind.kind === 'action-plan' &&
    !columns.status &&
    columns.progress !== undefined &&
    /\b(?:updates?|progress|done so far|what (?:we have|has been) done)\b/i.test(columns.progress.header);
  if (statusIsUpdates) {
    columns.status = columns.progress;
    delete columns.progress;
    const updates = reads.find((r) => r.column === columns.status?.column);
    if (updates) {
      updates.meaning = 'status';
      updates.reason += '; no status column, so the updates stand for it';
    }
  }
  if (kind.kind === 'action-plan' && !columns.recommendation && !columns.action && columns.service) {
    columns.recommendation = columns.service;
    delete columns.service;
  }
  if (kind.kind === 'savings' && !columns.service && (columns.recommendation || columns.action)) {
    columns.service = columns.recommendation ?? columns.action;
  }
  if (partnerRows) {
    partners = [];
    if (!columns.amount && !columns.cost && !columns.target) {
      const amounts = partnerAmounts(reads);
      if (amounts) {
        claim(
          amounts,
          'amount',
          { columns, taken },
          0.6,
          `${amounts.reason}; the figures beside each partner's share: its amount`,
        );
      }
    }
  }
  let leads: Map<number, number> | undefined;
  if (kind.kind === 'action-plan') {
    headNumberedParents(sheet, body, columns);
    leads = groupLeads(sheet, body, columns);
    skipRecordedDecisions(sheet, body, columns);
    skipNothingAsked(sheet, body, columns);
    skipContextLines(sheet, body, columns);
  }
  const hasTotal = body.rows.some((r) => r.kind === 'total' || r.kind === 'subtotal');
  if (kind.kind === 'savings' && kind.reason === AMOUNTS_BY_ITEM && !partnerRows) kind.kind = null;
  // Every column of figures the totals row totals is checked, not only those read as money.
  let figureColumns: ColumnRef[] | undefined =
    kind.kind === 'savings' && hasTotal ? totalledColumns(sheet, body.rows, reads) : undefined;
  if (!kind.kind && hasTotal) {
    figureColumns = totalledColumns(sheet, body.rows, reads);
    if (figureColumns.length > 0) {
      kind.kind = 'figures';
      kind.reason = `a table of figures with a totals row (${columnsFound(columns)}): only its totals are checked`;
    }
  }
  const across = kind.kind === 'action-plan' ? null : acrossTotal(sheet, body.rows, reads);
  if (across && !kind.kind) {
    figureColumns = across.figures;
    kind.kind = 'figures';
    kind.reason = `a table of figures with a total across each line ('${columnName(across.total)}'): only its totals are checked`;
  }
  // "Balance at 1/4/2012 | Outturn 2012/13 | Balance at 31/3/2013": each balance the one before moved.
  const steps = kind.kind === 'action-plan' ? [] : balanceSteps(sheet, body.rows, reads);
  if (steps.length > 0 && !kind.kind) {
    figureColumns = [...new Set(steps.flatMap((st) => [st.from, ...st.moves.map((m) => m.ref), st.to]))];
    kind.kind = 'figures';
    kind.reason = `a statement of balances, each the one before moved across the line ('${steps[0].to.header}'): only its totals are checked`;
  }
  // "Expenditure | Income | Net … | Variance" by service with no totals row: cross-cast on each line.
  const related = kind.kind ? [] : relatedFigures(sheet, body.rows, reads);
  if (related.length > 0) {
    figureColumns = related;
    kind.kind = 'figures';
    kind.reason =
      'a table of figures whose net or variance columns follow from the others on each line: only those are checked';
  }
  // (A last column with no heading totals each line whatever else the table is.)
  const unlabelledTotal = kind.kind && across && !across.total.header.trim() ? across.total.column : undefined;

  const toDate = kind.kind === 'savings' ? toDatePair(reads, columns) : undefined;
  const lastRow = Math.max(body.lastRow, block.bottom);
  const reading: TableReading = {
    sheet: sheet.name,
    range: `${a1(block.top, body.firstColumn)}:${a1(lastRow, body.lastColumn)}`,
    headerRows: [block.top, block.bottom],
    kind: kind.kind ?? 'skipped',
    kindReason: kind.reason,
    columns: reads.map((r) => columnReading(r, partnerCols.get(r.column))),
    partners: partnerRows
      ? itemRows.map((r) => textAt(sheet, r, (columns.service ?? columns.recommendation)?.column ?? body.firstColumn))
      : columns.split
        ? splitPartners
        : partners.map((p) => p.name),
    partnerLayout: partnerRows ? 'rows' : columns.split ? 'split cell' : partners.length ? 'columns' : 'none',
    contextYear: null,
    itemRows: body.rows.filter((r) => r.kind === 'item').length,
    totalsRows: body.rows.filter((r) => r.kind === 'total').map((r) => r.row),
    subtotalRows: body.rows.filter((r) => r.kind === 'subtotal').map((r) => r.row),
    skippedRows: body.skipped,
  };
  if (!kind.kind) return { table: null, reading };
  const year = columns.year ? null : contextYear(sheet, titleFrom, block, reads);
  reading.contextYear = year;
  const table: Table = {
    sheet,
    kind: kind.kind,
    headerRow: block.bottom,
    firstHeaderRow: block.top,
    firstColumn: body.firstColumn,
    lastColumn: body.lastColumn,
    columns,
    partners,
    splitPartners,
    moneyScale: moneyScales(sheet, titleFrom, block, reads),
    rows: body.rows,
    partnerRows,
    contextYear: year,
    figureColumns,
  };
  if (statusIsUpdates) table.statusIsUpdates = true;
  // (Or the sheet's own title, above an earlier table: a plan printed over pages repeats its header.)
  const period =
    planPeriod(titleWords(sheet, titleFrom, block)) ?? planPeriod(titleWords(sheet, sheet.originRow, block));
  if (period) table.planPeriod = period;
  if (body.lineTypes !== undefined) table.lineTypeColumn = body.lineTypes;
  if (body.updates !== undefined) table.updateRows = body.updates;
  if (labelShares && partnerRows) table.labelShares = labelShares;
  if (leads && leads.size > 0) table.groupLeads = leads;
  if (dated?.size && kind.kind === 'action-plan') table.groupDates = dated;
  if (toDate) table.toDate = toDate;
  if (unlabelledTotal !== undefined) table.acrossTotalColumn = unlabelledTotal;
  if (kind.kind && steps.length > 0) table.balanceSteps = steps;
  const byYear = kind.kind === 'savings' && !partnerRows && !toDate ? yearPairs(reads) : [];
  if (byYear.length > 0) table.yearPairs = byYear;
  if (othersAmongPartners(reads, partners, partnerCols)) table.othersShareTotal = true;
  return { table, reading };
}

function columnReading(read: ColumnRead, partner: PartnerColumn | undefined): ColumnReading {
  const meaning = partner
    ? `partner ${partner.role}: ${partner.name}`
    : !read.meaning || read.meaning === NOT_USED
      ? 'not used'
      : read.meaning;
  return {
    column: read.column,
    letter: columnLetters(read.column),
    header: read.header,
    meaning,
    confidence: partner ? 0.8 : Math.round(read.confidence * 100) / 100,
    evidence: partner ? `header names the partner ${partner.name}` : read.reason,
  };
}

function rangeRows(range: string): [number, number] {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(range);
  return m ? [Number(m[1]), Number(m[2])] : [0, -1];
}

/** Every table on one sheet, with how each was read; tables that are neither kind are only read. */
export function detectTables(sheet: SheetSnapshot, reader: TableReader): SheetTables {
  const shapes: RowShape[] = [];
  for (let i = 0; i < sheet.values.length; i++) shapes.push(rowShape(sheet, sheet.originRow + i));
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const read = (blocks: HeaderBlock[], limit: (i: number) => number) => {
    const out: { table: Table | null; reading: TableReading }[] = [];
    let titleFrom = sheet.originRow;
    blocks.forEach((block, i) => {
      const end = limit(i);
      out.push(readTable(sheet, reader, shapes, block, end, titleFrom));
      titleFrom = end + 1;
    });
    return out;
  };
  const headed = findHeaders(sheet, reader, shapes);
  const found = read(headed, (i) => (i + 1 < headed.length ? headed[i + 1].top - 1 : lastRow));
  const headedRanges = found.map((f) => rangeRows(f.reading.range));
  const headedRange = (row: number) => headedRanges.some(([a, b]) => row >= a && row <= b);
  // Only tables Concordat checks claim their rows; a left-alone table's totals may still be checked.
  const claimed = found.filter((f) => f.table).map((f) => rangeRows(f.reading.range));
  const covered = (row: number) => claimed.some(([a, b]) => row >= a && row <= b);
  const figures = figureBlocks(sheet, shapes, covered);
  const more = read(figures, (i) => figures[i].end ?? figures[i].bottom);
  const claimedToo = [...claimed, ...more.map((f) => rangeRows(f.reading.range))];
  const grids = gridBlocks(
    sheet,
    shapes,
    (row) => claimedToo.some(([a, b]) => row >= a && row <= b) || headedRange(row),
  );
  const shares = read(grids, (i) => grids[i].end ?? grids[i].bottom).filter((f) => f.table);
  more.push(...shares);
  const claimedThree = [...claimedToo, ...shares.map((f) => rangeRows(f.reading.range))];
  const lists = listBlocks(
    sheet,
    shapes,
    (row) => claimedThree.some(([a, b]) => row >= a && row <= b) || headedRange(row),
  );
  more.push(...read(lists, (i) => lists[i].end ?? lists[i].bottom).filter((f) => f.table));
  const all = [...found.filter((f) => f.table || !more.some((m) => overlaps(m.reading, f.reading))), ...more];
  // No table in rows and columns: the items may be printed as records, a line a field, or as minutes.
  if (!all.some((f) => f.table)) {
    const lines = recordTable(sheet, reader) ?? minutesTable(sheet) ?? actionColumnMinutes(sheet);
    if (lines) return { tables: [lines.table], readings: [lines.reading] };
  }
  all.sort((a, b) => a.reading.headerRows[0] - b.reading.headerRows[0]);
  return {
    tables: all.filter((f) => f.table).map((f) => f.table as Table),
    readings: all.map((f) => f.reading),
  };
}

function overlaps(a: TableReading, b: TableReading): boolean {
  const [a1r, a2r] = rangeRows(a.range);
  const [b1r, b2r] = rangeRows(b.range);
  return a1r <= b2r && b1r <= a2r;
}
