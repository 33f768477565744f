/**
 * Lines that ask nothing of anyone. A decision and action log mixes actions with decisions
 * recorded for the minutes ("Decision – locality meetings will continue twice yearly"); a risk
 * register lists risks with the further action each needs, and a risk that needs none has no one
 * to act, no date and no status. Neither is checked as an action.
 */
import type { SheetSnapshot } from '../snapshot';
import type { SkippedRowReason } from '../reading';
import type { Body } from './body';
import type { LogicalColumn } from './columns';
import type { ColumnRef } from './types';
import { cellAt } from './types';
import { cellText } from '../parse/text';

const RECORDED = /^\s*(?:decision|resolved|noted|information|for information|message)\s*[-–—:]/i;

/** Cells that would make the line an action after all. */
const ASKS: readonly LogicalColumn[] = ['owner', 'deadline', 'revisedDeadline', 'status'];

type Columns = Partial<Record<LogicalColumn, ColumnRef>>;

/** Items the test says ask nothing come out of the rows, into the rows skipped with its reason. */
function skipItems(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
  asksNothing: (text: (ref: ColumnRef | undefined) => string) => { reason: SkippedRowReason; text: string } | null,
): void {
  const kept = body.rows.filter((r) => {
    if (r.kind !== 'item') return true;
    const text = (ref: ColumnRef | undefined) => (ref ? cellText(cellAt(sheet, r.row, ref.column)).trim() : '');
    if (ASKS.some((c) => text(columns[c]))) return true;
    const skip = asksNothing(text);
    if (skip) body.skipped.push({ row: r.row, reason: skip.reason, text: skip.text.slice(0, 80) });
    return skip === null;
  });
  body.rows.splice(0, body.rows.length, ...kept);
  body.skipped.sort((a, b) => a.row - b.row);
}

export function skipRecordedDecisions(sheet: SheetSnapshot, body: Body, columns: Columns): void {
  const label = columns.action ?? columns.recommendation;
  if (!label) return;
  skipItems(sheet, body, columns, (text) =>
    RECORDED.test(text(label)) ? { reason: 'decision', text: text(label) } : null,
  );
}

/**
 * A risk or recommendation whose further-action cell is blank, as are who, by when and status:
 * nothing is asked, so nothing is missing. Only where the action is a column of its own beside
 * the item it answers.
 */
export function skipNothingAsked(sheet: SheetSnapshot, body: Body, columns: Columns): void {
  const item = columns.recommendation ?? columns.service;
  const action = columns.action;
  if (!item || !action || item.column === action.column || !columns.owner) return;
  skipItems(sheet, body, columns, (text) =>
    text(item) && !text(action) ? { reason: 'nothing asked', text: text(item) } : null,
  );
}
