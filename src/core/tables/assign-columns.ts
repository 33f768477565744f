/**
 * Gives each column of a table one meaning: the most confident reading wins, a second column that
 * wants a meaning already taken is left unused with the reason, and a column read from its cells or
 * its place rather than its header is claimed with the reason.
 */
import { columnLetters } from '../snapshot';
import type { LogicalColumn } from './columns';
import { NOT_USED } from './columns';
import type { ColumnRef } from './types';
import type { ColumnRead } from './read-columns';
import type { PartnerColumn } from './partner-columns';
import { share } from './cell-evidence';
import type { CellType } from './cell-evidence';

export function ref(read: ColumnRead): ColumnRef {
  return { column: read.column, header: read.header };
}

/** The read of the column taken as `name`, where one was. */
export function readOf(
  reads: readonly ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  name: LogicalColumn,
): ColumnRead | undefined {
  const taken = columns[name];
  return taken && reads.find((r) => r.column === taken.column);
}

/** A date column's header that says each item is due by it: "Expected completion date", "Due date". */
export const DUE_HEAD = /\b(?:completion|complete by|due|deadline|target date|by when)\b/i;
/** A date column's header that says it holds the date first set. */
const ORIGINAL = /\b(?:original|originally|initial|baseline|at outset)\b/i;
/** A date column's header that says when it was done: "Actual completion date", "Date completed". */
const DONE_HEAD = /\b(?:actual|actually|closed|completed)\b/i;
/** A date column's header that says it holds a date still to come, not when it was done. */
const PLANNED = /\b(?:original|originally|planned|target|expected|forecast|estimated|anticipated|revised)\b/i;

/** Each logical column's reference, and the meaning each column was given. */
export interface Assignment {
  columns: Partial<Record<LogicalColumn, ColumnRef>>;
  taken: Map<number, LogicalColumn>;
}

/**
 * How far a column whose cells contradict its heading (a deadline with no dates, an owner over
 * sentences, a status with no status words) falls behind a rival whose cells bear it out.
 */
const CONTRADICTED = 0.5;

/** The cells that bear out an owner or status column's header: names, and status words. */
const CELLS_OF: Record<'owner' | 'status', CellType[]> = { owner: ['person', 'body'], status: ['status'] };

/** "Progress to date", "Update", "Latest position": a column named for how the work is going. */
const PROGRESS_NAMED = /\b(?:progress|updates?|position)\b/i;

/** A lead column for the councillor: "Lead Member", "Portfolio Holder", "Lead Councillor", "Cabinet Member". */
const POLITICAL_LEAD = /\b(?:members?|councillors?|cllrs?|portfolio|cabinet)\b/i;

/**
 * One column per meaning, the most confident first: a second column that wants a meaning already
 * taken is left unused, with the reason (a second deadline that speaks of completion is the
 * completion date).
 */
export function assignColumns(reads: ColumnRead[], partnerCols: Map<number, PartnerColumn>): Assignment {
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
  // "Lead Member" beside "Lead Officer": the councillor answers politically, the officer delivers.
  const political = (r: ColumnRead) => (r.meaning === 'owner' && POLITICAL_LEAD.test(r.header) ? 1 : 0);
  // "Measures/ Initiatives and Completion Date" over sentences beside "Timescales of Tasks" over
  // "Nov 2005": of two columns headed as the deadline, one with dates beats one with none.
  const dated = (r: ColumnRead) => {
    if (r.meaning !== 'deadline' || r.evidence.filled === 0) return 0;
    const times = share(r.evidence, 'date', 'vagueDate');
    return times >= 0.5 ? 1 : times === 0 ? -1 : 0;
  };
  const datedRival = reads.some((r) => dated(r) === 1);
  // "Responsible Member" over two names beside a column whose header is a sentence ending "referred
  // to" over prose: of two columns headed as the owner, one naming people beats one naming nobody.
  // So too "Completed/ On Target/ Overdue" over status words beside "Progress" over dates and notes.
  // (An owner column contradicts its heading only over sentences: "JOHN LAWSON 823207" in capitals
  // may be a name the cells' reading does not know.)
  const agreeing = (r: ColumnRead) => {
    const kinds = r.meaning === 'owner' ? CELLS_OF.owner : r.meaning === 'status' ? CELLS_OF.status : null;
    if (!kinds || r.evidence.filled === 0) return 0;
    const held = share(r.evidence, ...kinds);
    const otherwise = r.meaning !== 'owner' || share(r.evidence, 'prose') >= 0.5;
    return held >= 0.5 ? 1 : held === 0 && otherwise ? -1 : 0;
  };
  const agreedBy = new Set(reads.filter((r) => agreeing(r) === 1).map((r) => r.meaning));
  const contradicted = (r: ColumnRead) => Number(agreedBy.has(r.meaning) && agreeing(r) === -1);
  // (Both fall behind in rank too, so that columns of other meanings sort between them consistently.)
  const rank = (r: ColumnRead) =>
    r.confidence - (datedRival && dated(r) === -1 ? CONTRADICTED : 0) - (contradicted(r) ? CONTRADICTED : 0);
  // "Progress to date" beside "Comments": the column named for progress holds it; the other remarks on it.
  const namedProgress = (r: ColumnRead) => (r.meaning === 'progress' && PROGRESS_NAMED.test(r.header) ? 1 : 0);
  const byConfidence = reads
    .filter((r) => r.meaning && !partnerCols.has(r.column))
    .sort(
      (a, b) =>
        // (An empty column takes a meaning only where no column with anything in it claims it.)
        Number(b.evidence.filled > 0) - Number(a.evidence.filled > 0) ||
        (a.meaning === b.meaning ? contradicted(a) - contradicted(b) : 0) ||
        (a.meaning === b.meaning ? political(a) - political(b) : 0) ||
        rank(b) - rank(a) ||
        (a.meaning === b.meaning ? statusLike(b) - statusLike(a) : 0) ||
        (a.meaning === b.meaning ? colourRating(a) - colourRating(b) : 0) ||
        (a.meaning === b.meaning ? namedProgress(b) - namedProgress(a) : 0) ||
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
      dated(read) !== -1 &&
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

/** A column given its meaning from its cells or its place, not its header's words, with the reason. */
export function claim(
  read: ColumnRead,
  meaning: LogicalColumn,
  to: Assignment,
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
