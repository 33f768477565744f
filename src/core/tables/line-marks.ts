/**
 * Cells that each open with their line's number: "3.1a Copy of email to be sent" | "3.1a JW" |
 * "3.1a May 2012", where a template printed each action's parts in cells of their own and kept
 * its number before every one.
 */
import type { SheetSnapshot } from '../snapshot';
import type { LogicalColumn } from './columns';
import type { ColumnRef } from './types';
import { textAt } from './layout';

/** "3.1a", "2.4", "7b": the number an action's cells may each open with, before what they say. */
const LINE_MARK = /^\s*(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)[.)]?\s+(?=\S)/;

/** The fields read from a cell that may carry the line's number before them. */
const MARKED: readonly LogicalColumn[] = ['owner', 'deadline', 'revisedDeadline', 'status', 'completedDate'];

/**
 * What each of an item's owner, date and status cells says after the number its action opens with
 * (by field, then row); cells that do not repeat the action's number are left as they are.
 */
export function lineMarkedCells(
  sheet: SheetSnapshot,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
  itemRows: readonly number[],
): Map<LogicalColumn, Map<number, string>> {
  const marked = new Map<LogicalColumn, Map<number, string>>();
  const label = columns.action ?? columns.recommendation;
  if (!label) return marked;
  for (const field of MARKED) {
    const ref = columns[field];
    if (!ref || ref.column === label.column) continue;
    for (const row of itemRows) {
      const mark = LINE_MARK.exec(textAt(sheet, row, label.column))?.[1];
      const text = textAt(sheet, row, ref.column);
      const cell = LINE_MARK.exec(text);
      if (!mark || !cell || cell[1] !== mark) continue;
      if (!marked.has(field)) marked.set(field, new Map());
      marked.get(field)?.set(row, text.slice(cell[0].length).trim());
    }
  }
  return marked;
}
