/**
 * Lines that ask nothing of anyone. A decision and action log mixes actions with decisions
 * recorded for the minutes ("Decision – locality meetings will continue twice yearly"); a risk
 * register lists risks with the further action each needs, and a risk that needs none has no one
 * to act, no date and no status. Neither is checked as an action.
 */
import type { SheetSnapshot } from '../snapshot';
import type { Body } from './body';
import type { LogicalColumn } from './columns';
import type { ColumnRef } from './types';
import { cellAt } from './types';
import { cellText } from '../parse/text';

const RECORDED = /^\s*(?:decision|resolved|noted|information|for information|message)\s*[-–—:]/i;

/** Cells that would make the line an action after all. */
const ASKS: readonly LogicalColumn[] = ['owner', 'deadline', 'revisedDeadline', 'status'];

export function skipRecordedDecisions(
  sheet: SheetSnapshot,
  body: Body,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
): void {
  const label = columns.action ?? columns.recommendation;
  if (!label) return;
  const text = (ref: ColumnRef | undefined, row: number) =>
    ref ? cellText(cellAt(sheet, row, ref.column)).trim() : '';
  const kept = body.rows.filter((r) => {
    if (r.kind !== 'item') return true;
    const line = text(label, r.row);
    if (!RECORDED.test(line) || ASKS.some((c) => text(columns[c], r.row))) return true;
    body.skipped.push({ row: r.row, reason: 'decision', text: line.slice(0, 80) });
    return false;
  });
  body.rows.splice(0, body.rows.length, ...kept);
  body.skipped.sort((a, b) => a.row - b.row);
}

/**
 * A risk or recommendation whose further-action cell is blank, as are who, by when and status:
 * nothing is asked, so nothing is missing. Only where the action is a column of its own beside
 * the item it answers.
 */
export function skipNothingAsked(
  sheet: SheetSnapshot,
  body: Body,
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
): void {
  const item = columns.recommendation ?? columns.service;
  const action = columns.action;
  if (!item || !action || item.column === action.column || !columns.owner) return;
  const text = (ref: ColumnRef | undefined, row: number) =>
    ref ? cellText(cellAt(sheet, row, ref.column)).trim() : '';
  const kept = body.rows.filter((r) => {
    if (r.kind !== 'item' || !text(item, r.row) || text(action, r.row)) return true;
    if (ASKS.some((c) => text(columns[c], r.row))) return true;
    body.skipped.push({ row: r.row, reason: 'nothing asked', text: text(item, r.row).slice(0, 80) });
    return false;
  });
  body.rows.splice(0, body.rows.length, ...kept);
  body.skipped.sort((a, b) => a.row - b.row);
}
