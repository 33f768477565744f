/**
 * One answer per column: what it means, how sure, and why — from the header's words first, then
 * what its cells hold, which can confirm a reading, choose between two, or overturn one.
 */
import type { SheetSnapshot } from '../snapshot';
import { cellAt } from './types';
import type { HeaderCandidate, HeaderMeaning, LogicalColumn, Vocabulary } from './columns';
import { NOT_USED } from './columns';
import type { CellType, ColumnEvidence } from './cell-evidence';
import { columnEvidence, describeEvidence, share } from './cell-evidence';
import type { HeaderWords } from './header-words';
import { headerWords } from './header-words';

export interface ColumnRead {
  column: number;
  header: string;
  words: HeaderWords;
  evidence: ColumnEvidence;
  meaning: HeaderMeaning | null;
  confidence: number;
  reason: string;
  /** The other readings the header allowed, best first (used when two columns want one meaning). */
  alternatives: HeaderCandidate[];
}

/** Cell types that, in most of a column, say the header's reading is wrong, and what to call them. */
type Against = { types: CellType[]; noun: string };

const NOT_DATES: Against = { types: ['number', 'money', 'percent', 'split'], noun: 'figures, not dates' };
const NOT_MONEY: Against = {
  types: ['text', 'prose', 'person', 'body', 'status', 'date', 'vagueDate', 'percent', 'split'],
  noun: 'words or dates, not figures',
};
const NOT_TEXT: Against = { types: ['number', 'money', 'percent'], noun: 'figures, not text' };

const AGAINST: Partial<Record<LogicalColumn, Against>> = {
  deadline: NOT_DATES,
  revisedDeadline: NOT_DATES,
  completedDate: NOT_DATES,
  target: NOT_MONEY,
  achieved: NOT_MONEY,
  cost: NOT_MONEY,
  amount: NOT_MONEY,
  split: { types: ['prose', 'person', 'date', 'status'], noun: 'words or dates, not shares' },
  owner: { types: ['date', 'number', 'money', 'percent', 'split'], noun: 'dates or figures, not people' },
  // A status may be a figure: "Progress %" of 100 is complete.
  status: { types: ['money', 'date'], noun: 'amounts or dates, not statuses' },
  id: { types: ['prose', 'text'], noun: 'words, not references' },
  priority: { types: ['prose', 'date', 'money'], noun: 'prose or dates, not priorities' },
  recommendation: NOT_TEXT,
  action: NOT_TEXT,
  response: NOT_TEXT,
  service: { types: ['money', 'percent', 'number'], noun: 'figures, not labels' },
};

const TEXT_MEANINGS: ReadonlySet<HeaderMeaning> = new Set(['action', 'response', 'progress']);

/** "Clerk", "Cllr Stanley + Clerk": names only. "Council to review", "Clerk to send invoice" are actions. */
function namesOnly(sheet: SheetSnapshot, column: number, rows: readonly number[]): boolean {
  for (const row of rows.slice(0, 80)) {
    const v = cellAt(sheet, row, column);
    if (typeof v === 'string' && (/\bto\b/i.test(v) || v.trim().split(/\s+/).length > 6)) return false;
  }
  return true;
}

/**
 * Text with no digit in nearly every cell: no figure to read, whatever the header promises.
 * ("Access to Walpole Ward Forum £1,000 grant facilitated" among the activities is still words.)
 */
function mostlyWords(sheet: SheetSnapshot, column: number, rows: readonly number[]): boolean {
  let filled = 0;
  let words = 0;
  for (const row of rows.slice(0, 80)) {
    const v = cellAt(sheet, row, column);
    if (v === null) continue;
    filled += 1;
    if (typeof v === 'string' && !/\d/.test(v)) words += 1;
  }
  return filled > 0 && words >= MOSTLY_WORDS * filled;
}
/** The share of a column's cells with no digit that makes it words. */
const MOSTLY_WORDS = 0.8;

/** "By" alone: by whom or by when, as the cells under it say. */
const BARE_BY = /^\s*by\s*:?\s*$/i;

/** A reading is overturned when most of the column's cells are of a kind it cannot hold. */
const OVERTURN_SHARE = 0.6;
/** Too few cells say nothing either way. */
const MIN_CELLS = 3;
/** "Name", "NAMES": a heading of the one word. */
const BARE_NAME = /^\s*names?\s*:?\s*$/i;
/** Unless every one is a sentence where a figure should be. */
const MIN_PROSE_CELLS = 2;

function fits(meaning: HeaderMeaning, e: ColumnEvidence): { ok: boolean; why: string } {
  if (meaning === NOT_USED) return { ok: true, why: '' };
  const against = AGAINST[meaning];
  // (Two sentences under "Target" are enough: no figure is ever written as a sentence.)
  const few = e.filled >= MIN_PROSE_CELLS && against === NOT_MONEY && share(e, 'prose') === 1;
  if (!against || (e.filled < MIN_CELLS && !few)) return { ok: true, why: '' };
  const s = share(e, ...against.types);
  return { ok: s < OVERTURN_SHARE, why: describeEvidence(e, against.types, against.noun) };
}

/** Dates among a target column's measures enough to read it as a plan's targets. */
const TARGET_DATES_SHARE = 0.3;

/** Readings the cells can justify when the header's own reading is overturned. */
function fromCells(meaning: HeaderMeaning, e: ColumnEvidence, header: string): LogicalColumn | null {
  if (e.filled < MIN_CELLS) return null;
  // "Item" over sentences: the item itself, not its reference.
  if (meaning === 'id' && share(e, 'prose', 'text') >= OVERTURN_SHARE) return 'recommendation';
  // "Minute" over 25055, 25056…, "Action" over 1, 2, 3: the numbers of the minutes or actions,
  // not their words. ("Risk level 1-9" over 3, 1, 1 is a rating.)
  if (
    (meaning === 'recommendation' || meaning === 'action') &&
    /^\s*(?:minutes?|items?|actions?)\b/i.test(header) &&
    share(e, 'number') >= OVERTURN_SHARE
  )
    return 'id';
  // ("Allocation" over sums: the amount allocated to each.)
  if (meaning === 'split' && share(e, 'number', 'money') >= OVERTURN_SHARE) return 'amount';
  const dates = share(e, 'date', 'vagueDate');
  if ((meaning === 'target' || meaning === 'achieved' || meaning === 'priority') && dates >= OVERTURN_SHARE)
    return 'deadline';
  // "Deliverable" over "Publish a research report on …": what is to be delivered, not a sum delivered.
  if (meaning === 'achieved' && /\bdeliverables?\b/i.test(header) && share(e, 'prose', 'text') >= OVERTURN_SHARE)
    return 'action';
  // "Performance Target" over measures, some of them dates ("June 2016") and no figures: the
  // targets of a plan, the dated ones its deadlines.
  if (meaning === 'target' && share(e, 'date') >= TARGET_DATES_SHARE && share(e, 'number', 'money') === 0)
    return 'deadline';
  return null;
}

/** "As percentage of bid", "as a % of budget": a ratio of two figures on each line. */
const RATIO_HEADER = /\bas\s+(?:a\s+)?(?:percentage|%|proportion)\s+of\b/i;

/** The years a bare whole number under a deadline heading may be ("2021"): a plan's, not a sum. */
const [FIRST_PLAN_YEAR, LAST_PLAN_YEAR] = [1990, 2100];

/** Some figures in the column, every one a whole year a plan may run to. */
function yearsOnly(sheet: SheetSnapshot, column: number, rows: readonly number[]): boolean {
  const figures = rows.map((row) => cellAt(sheet, row, column)).filter((v): v is number => typeof v === 'number');
  return figures.length > 0 && figures.every((v) => Number.isInteger(v) && v >= FIRST_PLAN_YEAR && v <= LAST_PLAN_YEAR);
}

/** Most of a column's figures above 100: sums, where shares are fractions or percentages. */
function sumsOverShares(sheet: SheetSnapshot, column: number, rows: readonly number[]): boolean {
  const figures = rows.map((row) => cellAt(sheet, row, column)).filter((v): v is number => typeof v === 'number');
  return figures.length * 2 > rows.length && figures.filter((v) => Math.abs(v) > 100).length * 2 > figures.length;
}

/** "5/9", "13/9": a fraction, its numerator over its denominator. */
const FRACTION = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/;
/** Fractions a column must hold, over one denominator, to be read as fractions rather than splits. */
const MIN_FRACTIONS = 3;

/**
 * "5/9", "6/9" … "18/9" down a "Proportion to Band D" column: fractions of one whole, each over
 * the same denominator, where a split's two parts ("60/40", "75/25") come to a hundred.
 */
function fractionsOverOne(sheet: SheetSnapshot, column: number, rows: readonly number[]): boolean {
  const fractions = rows.flatMap((row) => {
    const v = cellAt(sheet, row, column);
    const m = typeof v === 'string' ? FRACTION.exec(v) : null;
    return m ? [[Number(m[1]), Number(m[2])]] : [];
  });
  return (
    fractions.length >= MIN_FRACTIONS &&
    new Set(fractions.map(([, d]) => d)).size === 1 &&
    fractions.every(([n, d]) => n + d !== 100)
  );
}

/** Agreement worth saying in the explanation: "7 of 9 cells are dates". */
function support(meaning: HeaderMeaning, e: ColumnEvidence): string {
  const types: Partial<Record<string, [CellType[], string]>> = {
    deadline: [['date', 'vagueDate'], 'dates'],
    revisedDeadline: [['date', 'vagueDate'], 'dates'],
    completedDate: [['date'], 'dates'],
    target: [['number', 'money'], 'figures'],
    achieved: [['number', 'money'], 'figures'],
    cost: [['number', 'money'], 'figures'],
    amount: [['number', 'money'], 'figures'],
    split: [['split', 'percent'], 'shares'],
    owner: [['person', 'body'], 'people or bodies'],
    status: [['status'], 'status words'],
  };
  const t = types[meaning];
  return t && e.filled > 0 ? describeEvidence(e, t[0], t[1]) : '';
}

/** A header that asks a question ("Delivered?", "Achieved (Y/N)", "Implemented yes/no"). */
export const ASKS_DONE = /\?|\byes\s*\/\s*no\b|\by\s*\/\s*n\b/i;

/** Header words that name a status only when the cells below them are status words. */
const WEAK_STATUS: ReadonlySet<string> = new Set([
  'outcome',
  'position',
  'assurance',
  'delivery',
  'direction of travel',
]);

export function readColumn(
  sheet: SheetSnapshot,
  column: number,
  header: string,
  itemRows: readonly number[],
  vocabulary: Vocabulary,
  partnerWords: readonly string[],
): ColumnRead {
  const words = headerWords(header, partnerWords);
  const evidence = columnEvidence(sheet, column, itemRows);
  const candidates = vocabulary.read(words).filter((c) => c.score >= 0.3);
  const base = { column, header, words, evidence, alternatives: candidates };
  for (const c of candidates) {
    if (c.score < 0.5 && c !== candidates[0]) break;
    // "Year ending 31 March 2019 £": the year's figures in pounds, not a column of years.
    if (c.meaning === 'year' && words.money) continue;
    // "Allocation as percentage of bid": each line's figure over another of its own, no share of a whole.
    if (c.meaning === 'split' && RATIO_HEADER.test(header)) continue;
    // "Delivered ? Yes/No", "Achieved?" over Yes / No / Partly: a question whether each is done,
    // answered or still blank.
    if (c.meaning === 'achieved' && ASKS_DONE.test(header) && share(evidence, 'number', 'money') < OVERTURN_SHARE) {
      return {
        ...base,
        meaning: 'status',
        confidence: 0.7,
        reason: `header word '${c.wording}' asked as a question: whether each is done, the status`,
      };
    }
    // ("By" over "Town Clerk", "Finance Committee": by whom, not by when.)
    if (
      c.meaning === 'deadline' &&
      BARE_BY.test(header) &&
      share(evidence, 'person', 'body') > share(evidence, 'date')
    ) {
      return {
        ...base,
        meaning: 'owner',
        confidence: 0.6,
        reason: `header word 'by', ${describeEvidence(evidence, ['person', 'body'], 'people or bodies')}: by whom`,
      };
    }
    const check = fits(c.meaning, evidence);
    // "Timeframe" over 2021, 2019, 2020: the year each is due, typed as a bare number.
    if (!check.ok && c.meaning === 'deadline' && evidence.filled >= 2 && yearsOnly(sheet, column, itemRows)) {
      check.ok = true;
    }
    // "Completed" over 12, 5, 3: how many were completed, not each one's status ("Progress %" may be).
    // "Activity" over "Clarify why a plan is needed.": the activity to carry out, not a count of one.
    if (check.ok && c.meaning === 'drivers' && evidence.filled >= MIN_CELLS && mostlyWords(sheet, column, itemRows)) {
      return {
        ...base,
        meaning: 'action',
        confidence: 0.7,
        reason: `header word '${c.wording}', but its cells are words with no figures: read as the action`,
      };
    }
    // "Allocation" over 500, 2,150, 3,400: sums allocated, not shares of a whole. (Under a header in
    // pounds, "Allocation £m" over 2.69, 3.61: figures of any size, however few, the unit says so.)
    const sums = words.money
      ? evidence.filled >= 2 && share(evidence, 'number', 'money') >= OVERTURN_SHARE
      : evidence.filled >= MIN_CELLS && sumsOverShares(sheet, column, itemRows);
    if (check.ok && c.meaning === 'split' && sums) {
      check.ok = false;
      check.why = describeEvidence(evidence, ['number', 'money'], 'sums, not shares');
    }
    if (check.ok && c.meaning === 'split' && fractionsOverOne(sheet, column, itemRows)) {
      check.ok = false;
      check.why = 'its cells are fractions over one denominator (5/9, 6/9), not shares';
    }
    // (However few: "Implemented" over 83 and 60 and nothing else counts them too.)
    if (check.ok && c.meaning === 'status' && !words.percent && evidence.filled >= 1) {
      const counts = share(evidence, 'number');
      if (counts === 1 || (evidence.filled >= MIN_CELLS && counts >= OVERTURN_SHARE)) {
        check.ok = false;
        check.why = describeEvidence(evidence, ['number'], 'counts, not statuses');
      }
    }
    // "In Progress Audits – Planned Days" over 93, 35, 20: days, not what has been done.
    if (check.ok && c.meaning === 'progress' && !words.percent && evidence.filled >= MIN_CELLS) {
      if (share(evidence, 'number', 'money') >= OVERTURN_SHARE) {
        check.ok = false;
        check.why = describeEvidence(evidence, ['number', 'money'], 'figures, not updates');
      }
    }
    // "Outcome", "Position": a status only where the cells hold status words.
    if (
      check.ok &&
      c.meaning === 'status' &&
      WEAK_STATUS.has(c.wording) &&
      evidence.filled >= 2 &&
      share(evidence, 'status') < 0.3
    ) {
      const why = describeEvidence(evidence, ['status'], 'status words');
      return {
        ...base,
        meaning: 'progress',
        confidence: 0.6,
        reason: `header word '${c.wording}', but only ${why}: read as progress`,
      };
    }
    // "Completed" over sentences of progress: still the status column (a blank there is a row with
    // no status), whose sentences are read as updates rather than as status words nobody knows.
    if (check.ok && c.meaning === 'status' && evidence.filled >= MIN_CELLS && share(evidence, 'prose') >= 0.6) {
      const why = describeEvidence(evidence, ['prose'], 'narrative updates');
      return {
        ...base,
        meaning: 'status',
        confidence: 0.7,
        reason: `header word '${c.wording}'; ${why}, read as progress where no status word is given`,
      };
    }
    // "NAME" beside "ACTION" over "Wendy", "Zoe/Wendy": whose the action is, not a service's name.
    if (
      c.meaning === 'service' &&
      BARE_NAME.test(header) &&
      evidence.filled >= MIN_CELLS &&
      share(evidence, 'person') >= 0.6 &&
      namesOnly(sheet, column, itemRows)
    ) {
      const why = describeEvidence(evidence, ['person'], 'people');
      return { ...base, meaning: 'owner', confidence: 0.7, reason: `header 'Name', ${why}: whose each line is` };
    }
    // "Action" over "Clerk", "Cllr Stanley + Clerk": the column says who acts.
    // ("Milestone" over "Cabinet", "Full Council": the meetings are the stages, not who acts.)
    if (
      check.ok &&
      TEXT_MEANINGS.has(c.meaning) &&
      !/^(?:key )?milestones?$/.test(c.wording) &&
      evidence.filled >= MIN_CELLS &&
      share(evidence, 'person', 'body') >= 0.6 &&
      namesOnly(sheet, column, itemRows)
    ) {
      const why = describeEvidence(evidence, ['person', 'body'], 'people or bodies');
      return {
        ...base,
        meaning: 'owner',
        confidence: 0.7,
        reason: `header word '${c.wording}', but ${why}: read as the owner`,
      };
    }
    // "By" over "JB", "MF", "Julia and Mike": by whom, not by when. So is "To be completed by:" over
    // "Ms Beattie" (two lines will do there, where every one names a person).
    const bareBy = /^\s*by\s*:?\s*$/i.test(header);
    const endsBy = /\bby\s*:?\s*$/i.test(header) && evidence.filled >= 2 && share(evidence, 'person') === 1;
    if (
      check.ok &&
      c.meaning === 'deadline' &&
      ((bareBy && evidence.filled >= MIN_CELLS) || endsBy) &&
      share(evidence, 'person', 'body') >= OVERTURN_SHARE &&
      share(evidence, 'date', 'vagueDate') === 0
    ) {
      const why = describeEvidence(evidence, ['person', 'body'], 'people or bodies');
      return { ...base, meaning: 'owner', confidence: 0.7, reason: `header 'By', but ${why}: by whom` };
    }
    if (check.ok) {
      const why = [
        `header word${c.wording.includes(' ') ? 's' : ''} '${c.wording}'`,
        support(c.meaning, evidence),
      ].filter(Boolean);
      return { ...base, meaning: c.meaning, confidence: Math.min(1, c.score), reason: why.join('; ') };
    }
    const instead = fromCells(c.meaning, evidence, header);
    if (instead) {
      return {
        ...base,
        meaning: instead,
        confidence: 0.7,
        reason: `header word '${c.wording}', but ${check.why}: read as ${instead}`,
      };
    }
    if (c === candidates[0] && c.score >= 0.5) {
      return { ...base, meaning: null, confidence: 0, reason: `header word '${c.wording}', but ${check.why}` };
    }
  }
  return {
    ...base,
    meaning: null,
    confidence: 0,
    reason: header.trim() ? 'no wording Concordat knows' : 'blank header',
  };
}
