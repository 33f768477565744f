/**
 * A lead named once for a group of actions: a row that gives the group's name and its lead but no
 * date or status, over numbered actions whose lead cells are blank ("Gliding & Karting | Margaret"
 * over six karting actions). A reader takes the lead as each action's, as if the cell were merged
 * down; the group's row is a heading, not an action with no deadline.
 */
import type { SheetSnapshot } from '../snapshot';
import type { Body } from './body';
import type { LogicalColumn } from './columns';
import type { ColumnRef } from './types';
import { cellAt } from './types';
import { cellText } from '../parse/text';

type Columns = Partial<Record<LogicalColumn, ColumnRef>>;

/** What makes a row an action of its own: a date to meet or a status. */
const ACTION_CELLS: readonly LogicalColumn[] = ['deadline', 'revisedDeadline', 'completedDate', 'status'];
/** A group has at least this many actions under its lead. */
const MIN_GROUP = 2;

/** The heading row whose lead each action below it takes, by the action's row. */
export function groupLeads(sheet: SheetSnapshot, body: Body, columns: Columns): Map<number, number> {
  const leads = new Map<number, number>();
  const owner = columns.owner;
  if (!owner || !ACTION_CELLS.some((c) => columns[c])) return leads;
  const text = (row: number, ref: ColumnRef | undefined) =>
    ref ? cellText(cellAt(sheet, row, ref.column)).trim() : '';
  const acts = (row: number) => ACTION_CELLS.some((c) => text(row, columns[c]) !== '');
  const label = columns.service;
  const { rows } = body;
  for (let i = 0; i < rows.length; i++) {
    const head = rows[i];
    if (head.kind !== 'item' || !text(head.row, owner) || acts(head.row)) continue;
    let end = i + 1;
    // The group's actions: each with a date or status, and no lead or group name of its own.
    while (
      end < rows.length &&
      rows[end].kind === 'item' &&
      acts(rows[end].row) &&
      !text(rows[end].row, owner) &&
      !text(rows[end].row, label)
    )
      end += 1;
    if (end - i - 1 < MIN_GROUP) continue;
    rows[i] = { row: head.row, kind: 'section' };
    const name = [label, columns.action ?? columns.recommendation]
      .map((ref) => text(head.row, ref))
      .filter(Boolean)
      .join(': ');
    body.skipped.push({ row: head.row, reason: 'section heading', text: name.slice(0, 80) });
    for (let j = i + 1; j < end; j++) leads.set(rows[j].row, head.row);
    i = end - 1;
  }
  body.skipped.sort((a, b) => a.row - b.row);
  return leads;
}
