/**
 * "Recurrent Plan", "In Year Annual Plan", "Forecast Outturn", "Forecast Variance": two plans could
 * be the target, and the variance column says which one the forecast is measured against — the
 * one it is the difference from, row after row.
 */
import type { SheetSnapshot } from '../snapshot';
import { NOT_USED } from './columns';
import type { ColumnRead } from './read-columns';
import { figureAt } from './types';
import { share } from './cell-evidence';
import type { Assignment } from './assign-columns';

const VARIANCE = /\b(?:variance|difference|over\s*\/?\s*\(?under\)?|under\s*\/?\s*\(?over\)?)\b/i;

/** Rows where the variance is the achieved figure less the candidate, either way round. */
function explained(sheet: SheetSnapshot, rows: readonly number[], target: number, achieved: number, variance: number) {
  let agree = 0;
  let seen = 0;
  for (const row of rows) {
    const [t, a, v] = [figureAt(sheet, row, target), figureAt(sheet, row, achieved), figureAt(sheet, row, variance)];
    if (t === null || a === null || v === null) continue;
    const gap = a - t;
    // A line on plan with no variance agrees with any plan it equals: it says nothing.
    if (Math.abs(gap) <= 0.5 && Math.abs(v) <= 0.5) continue;
    seen += 1;
    if (Math.abs(gap - v) <= 0.5 || Math.abs(gap + v) <= 0.5) agree += 1;
  }
  return { agree, seen };
}

/** Most of the rows off plan agreeing decide it. */
const EXPLAINS = 0.8;

export function targetByVariance(
  sheet: SheetSnapshot,
  reads: ColumnRead[],
  itemRows: readonly number[],
  to: Assignment,
): void {
  const { columns, taken } = to;
  const target = columns.target;
  const achieved = columns.achieved;
  if (!target || !achieved) return;
  const others = reads.filter(
    (r) => r.meaning === NOT_USED && r.alternatives.some((a) => a.meaning === 'target' && a.score >= 0.5),
  );
  const variances = reads.filter((r) => VARIANCE.test(r.header) && r.column !== target.column);
  if (others.length === 0 || variances.length === 0) return;
  const share = (column: number, variance: number) => {
    const e = explained(sheet, itemRows, column, achieved.column, variance);
    return e.seen === 0 ? 0 : e.agree / e.seen;
  };
  for (const variance of variances) {
    const now = share(target.column, variance.column);
    if (now >= EXPLAINS) return;
    const better = others.find((r) => share(r.column, variance.column) >= Math.max(EXPLAINS, now + 0.2));
    if (!better) continue;
    const was = reads.find((r) => r.column === target.column);
    if (was) {
      was.meaning = NOT_USED;
      was.reason += `; the variance "${variance.header}" measures against "${better.header}" instead`;
      taken.delete(was.column);
    }
    columns.target = { column: better.column, header: better.header };
    taken.set(better.column, 'target');
    better.meaning = 'target';
    better.confidence = 0.8;
    better.reason = `${better.reason.split(';')[0]}; the variance "${variance.header}" is the achieved figure less this one`;
    return;
  }
}

/**
 * "3 years | Target | Variance" with no column headed as achieved: the figures the variance measures
 * against the target, line after line (identified proposals, a forecast), are what is achieved.
 */
export function achievedByVariance(
  sheet: SheetSnapshot,
  reads: ColumnRead[],
  itemRows: readonly number[],
  to: Assignment,
): void {
  const { columns, taken } = to;
  const target = columns.target;
  if (!target || columns.achieved) return;
  const variance = reads.find((r) => VARIANCE.test(r.header) && r.column !== target.column);
  if (!variance) return;
  const measured = reads.find((r) => {
    if (r.column === target.column || r.column === variance.column) return false;
    if (r.meaning !== null && r.meaning !== NOT_USED && r.meaning !== 'year') return false;
    if (share(r.evidence, 'number', 'money') < 0.8) return false;
    const e = explained(sheet, itemRows, target.column, r.column, variance.column);
    return e.seen >= 2 && e.agree / e.seen >= EXPLAINS;
  });
  if (!measured) return;
  if (columns.year?.column === measured.column) delete columns.year;
  columns.achieved = { column: measured.column, header: measured.header };
  taken.set(measured.column, 'achieved');
  measured.meaning = 'achieved';
  measured.confidence = 0.7;
  measured.reason = `the variance "${variance.header}" is these figures less the target "${target.header}": what is achieved`;
}

/** Words that make a target a saving's: "Savings target", "Efficiency target", "CIP plan". */
const SAVING_WORDS = /\b(?:savings?|efficienc(?:y|ies)|cip|qipp|reductions?|cuts?|mtfs)\b/i;
/** A target for a point in the year: "Target to 03.06.2001", "Target to date", "Profiled target". */
const PROFILE_WORDS = /\btarget\s+to\b|\bto\s+date\b|\bprofiled?\b/i;
/** A column of the budget itself: "Budget 2001/2002", "Revised budget", "Annual budget". */
const BUDGET_HEADER = /\bbudgets?\b/i;

/**
 * "BUDGET | ACTUAL TO | TARGET TO | VARIANCE | PROJECTED": a budget monitor, whose "target to date"
 * is the budget profiled to that date, not a saving to deliver. Beside a column of the budget, a
 * target for a point in the year that names no saving is the profile; spending under it is no
 * shortfall. ("Proposed" beside last year's budget is still the saving proposed.)
 */
export function budgetProfile(reads: ColumnRead[], to: Assignment): void {
  const { columns, taken } = to;
  const target = columns.target;
  if (!target || SAVING_WORDS.test(target.header) || !PROFILE_WORDS.test(target.header)) return;
  const budget = reads.find(
    (r) => r.column !== target.column && BUDGET_HEADER.test(r.header) && !SAVING_WORDS.test(r.header),
  );
  if (!budget) return;
  const read = reads.find((r) => r.column === target.column);
  if (read) {
    read.meaning = NOT_USED;
    read.reason += `; beside "${budget.header}" it is the budget profiled to date, not a saving to deliver`;
  }
  taken.delete(target.column);
  delete columns.target;
}
