/** What fact computation needs to know beyond the table itself. */
import type { Profile } from '../profile';
import type { StatusVocabulary } from '../parse/status';
import { DEFAULT_STATUS_VOCABULARY } from '../parse/status';
import type { CellValue } from '../snapshot';
import { isCellError } from '../snapshot';
import type { Table } from '../tables/types';
import { cellAt, columnName, formatAt } from '../tables/types';
import type { LogicalColumn } from '../tables/columns';
import type { Subject } from './subject';
import { cellText } from '../parse/text';

export interface FactContext {
  profile: Profile;
  /** YYYY-MM-DD */
  asOf: string;
  date1904: boolean;
  statuses: StatusVocabulary;
  /**
   * Called every FACTS_PAUSE_EVERY rows of a table with the rows done and the rows in all, so a
   * host can show progress and let its UI breathe in the middle of a big table.
   */
  pause?: (done: number, total: number) => void | Promise<void>;
  /** Throws once the check's run-time budget is spent (see limits.ts), naming the row reached. */
  deadline?: (row: number) => void;
}

/** What a facts stage gives back: its subjects, and a `cell` subject for each cell it could not read. */
export interface StageFacts {
  subjects: Subject[];
  unreadable: Subject[];
}

export const FACTS_PAUSE_EVERY = 5000;

/**
 * The host's pause, when row `done` ends a block of rows (see FactContext.pause). A plain call,
 * so the rows between pauses cost no promise each: `const pause = pauseAt(ctx, k); if (pause) await pause(k, n)`.
 */
export function pauseAt(ctx: FactContext, done: number): FactContext['pause'] {
  return done > 0 && done % FACTS_PAUSE_EVERY === 0 ? ctx.pause : undefined;
}

/** Rows of facts between two looks at the clock: often enough to stop near the budget, cheap enough not to show. */
const FACTS_CLOCK_EVERY = 1000;

/** Stops the check at `row` when the run-time budget is spent; looks at the clock every FACTS_CLOCK_EVERY rows. */
export function checkTime(ctx: FactContext, done: number, row: number): void {
  if (done > 0 && done % FACTS_CLOCK_EVERY === 0) ctx.deadline?.(row);
}

export function statusVocabulary(profile: Profile): StatusVocabulary {
  return {
    complete: profile.statuses.complete ?? DEFAULT_STATUS_VOCABULARY.complete,
    inProgress: profile.statuses.inProgress ?? DEFAULT_STATUS_VOCABULARY.inProgress,
    notStarted: profile.statuses.notStarted ?? DEFAULT_STATUS_VOCABULARY.notStarted,
    closed: profile.statuses.closed ?? DEFAULT_STATUS_VOCABULARY.closed,
  };
}

/**
 * The line an item's cell for `column` is on: the item's own row, or for an item printed as a
 * record the line of that field (null when the item has no such line).
 */
export function lineOf(table: Table, row: number, column: LogicalColumn): number | null {
  const fields = table.recordFields?.get(row);
  if (!fields) return row;
  // (An item's number and title are on its first line unless a field says otherwise.)
  return fields.get(column) ?? (column === 'id' || column === 'action' ? row : null);
}

/** A table's cell by logical column for one row; null when the column is absent. */
export function logicalCell(table: Table, row: number, column: LogicalColumn): CellValue {
  const said = table.fieldTexts?.get(column)?.get(row);
  if (said !== undefined) return said;
  const ref = table.columns[column];
  const line = lineOf(table, row, column);
  return ref && line !== null ? cellAt(table.sheet, line, ref.column) : null;
}

export function logicalFormat(table: Table, row: number, column: LogicalColumn): string | null {
  const ref = table.columns[column];
  const line = lineOf(table, row, column);
  return ref && line !== null ? formatAt(table.sheet, line, ref.column) : null;
}

/** Adds a cell that could not be read to the stage's `unreadable`, so the `cell.unreadable` rule can report it. */
export function noteUnreadable(
  unreadable: Subject[],
  table: Table,
  row: number,
  column: number,
  header: string,
  value: CellValue,
  expected: string,
): void {
  // (One cell is said once, whichever of a stage's readers came to it first.)
  if (unreadable.some((u) => u.sheet === table.sheet.name && u.row === row && u.facts.column === column)) return;
  unreadable.push({
    kind: 'cell',
    sheet: table.sheet.name,
    row,
    anchors: { default: { column, header } },
    // (A column with no heading is named by its letter: "in column B".)
    facts: { columnHeader: columnName({ column, header }), text: cellText(value), expected, column },
  });
}

/**
 * Excel errors (#REF!, #N/A…) in columns whose readers have no "unreadable" outcome: a broken
 * formula in an owner or status cell is reported as such, not taken for a blank.
 */
export function noteErrorCells(
  unreadable: Subject[],
  table: Table,
  row: number,
  columns: readonly LogicalColumn[],
): void {
  for (const name of columns) {
    const ref = table.columns[name];
    if (!ref) continue;
    noteErrorCell(unreadable, table, row, ref.column, ref.header);
  }
}

/** The cell, if it holds an Excel error, noted as unreadable: a broken formula, not a blank or a zero. */
export function noteErrorCell(unreadable: Subject[], table: Table, row: number, column: number, header: string): void {
  const value = cellAt(table.sheet, row, column);
  if (!isCellError(value)) return;
  const expected = `a value rather than the Excel error ${value.error} (check the formula or link behind it)`;
  noteUnreadable(unreadable, table, row, column, header, value, expected);
}
