/**
 * A generated action plan / recommendation tracker: title rows above the header, then items whose
 * owners, deadlines and statuses are as mixed as in real trackers (mostly fine, some not).
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import type { Cell, Ymd } from './cells';
import { addDays, dayBetween, financialYear, monthOnlyText, serialCell, ukDateText } from './cells';
import type { Random } from './random';
import {
  ACTIONS,
  BODIES,
  KNOWN_STATUSES,
  OFFICERS,
  POSTS,
  PROGRESS_NOTES,
  RECOMMENDATIONS,
  UNKNOWN_STATUSES,
  UNREADABLE_TEXT,
  VAGUE_DEADLINES,
} from './vocabulary';

export const ACTION_PLAN_HEADER = [
  'No.',
  'Recommendation',
  'Priority',
  'Action to be taken',
  'Officer responsible',
  'Implement by when',
  'Revised date',
  'Status',
  'Date completed',
  'Progress update',
];

const EARLIEST: Ymd = { year: 2009, month: 6, day: 1 };
const LATEST: Ymd = { year: 2011, month: 12, day: 31 };

/** Blank, one officer, a post, two names run together, two names with a separator, or a committee. */
export function ownerCell(rnd: Random): CellValue {
  switch (rnd.weighted({ person: 62, post: 10, runTogether: 6, separated: 4, body: 6, blank: 12 })) {
    case 'person':
      return rnd.pick(OFFICERS);
    case 'post':
      return rnd.pick(POSTS);
    case 'runTogether':
      return `${rnd.pick(OFFICERS)} ${rnd.pick(OFFICERS)}`;
    case 'separated':
      return `${rnd.pick(OFFICERS)} / ${rnd.pick(OFFICERS)}`;
    case 'body':
      return rnd.pick(BODIES);
    default:
      return null;
  }
}

function deadlineCell(rnd: Random, due: Ymd): Cell {
  switch (
    rnd.weighted({ serial: 45, ukText: 14, monthOnly: 10, financialYear: 4, vague: 10, unreadable: 2, blank: 15 })
  ) {
    case 'serial':
      return serialCell(due, rnd);
    case 'ukText':
      return { value: ukDateText(due, rnd) };
    case 'monthOnly':
      return { value: monthOnlyText(due) };
    case 'financialYear':
      return { value: financialYear(due.month >= 4 ? due.year : due.year - 1) };
    case 'vague':
      return { value: rnd.pick(VAGUE_DEADLINES) };
    case 'unreadable':
      return { value: rnd.pick(UNREADABLE_TEXT) };
    default:
      return { value: null };
  }
}

function statusCell(rnd: Random): CellValue {
  switch (rnd.weighted({ known: 82, unknown: 6, blank: 12 })) {
    case 'known':
      return rnd.pick(KNOWN_STATUSES);
    case 'unknown':
      return rnd.pick(UNKNOWN_STATUSES);
    default:
      return null;
  }
}

function priorityCell(rnd: Random): CellValue {
  switch (rnd.weighted({ number: 50, word: 40, blank: 10 })) {
    case 'number':
      return rnd.int(1, 3);
    case 'word':
      return rnd.pick(['High', 'Medium', 'Low']);
    default:
      return null;
  }
}

/** An item's id: mostly R1, R2…; now and then blank, or a copy of an earlier id. */
function idCell(rnd: Random, index: number, earlier: CellValue[]): CellValue {
  const kind = rnd.weighted({ own: 96, duplicate: 1.5, blank: 2.5 });
  if (kind === 'duplicate' && earlier.length > 0) return rnd.pick(earlier);
  if (kind === 'blank') return null;
  return `R${index + 1}`;
}

export function actionPlanSheet(name: string, items: number, rnd: Random): SheetSnapshot {
  const values: CellValue[][] = [
    ['Appendix 1 – Shared Services Review: Action Plan'],
    ['Bromsgrove District Council and Redditch Borough Council, February 2010'],
    [],
  ];
  const formats: (string | null)[][] = [[], [], []];
  values.push([...ACTION_PLAN_HEADER]);
  formats.push([]);
  const ids: CellValue[] = [];
  for (let i = 0; i < items; i++) {
    const due = dayBetween(rnd, EARLIEST, LATEST);
    const deadline = deadlineCell(rnd, due);
    const revised: Cell = rnd.chance(0.1) ? serialCell(addDays(due, rnd.int(-30, 180)), rnd) : { value: null };
    const status = statusCell(rnd);
    const done = status === 'Complete' || status === 'Completed';
    const completed: Cell = done && rnd.chance(0.7) ? serialCell(addDays(due, rnd.int(-60, 45)), rnd) : { value: null };
    const id = idCell(rnd, i, ids);
    if (id !== null) ids.push(id);
    values.push([
      id,
      rnd.pick(RECOMMENDATIONS),
      priorityCell(rnd),
      rnd.pick(ACTIONS),
      ownerCell(rnd),
      deadline.value,
      revised.value,
      status,
      completed.value,
      rnd.pick(PROGRESS_NOTES) || null,
    ]);
    formats.push([
      null,
      null,
      null,
      null,
      null,
      deadline.format ?? null,
      revised.format ?? null,
      null,
      completed.format ?? null,
      null,
    ]);
  }
  return { name, originRow: 1, originCol: 1, values, numberFormats: formats };
}
