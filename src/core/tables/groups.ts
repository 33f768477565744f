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
import { textAt } from './layout';
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

/**
 * "Clerk:", "Cllr Whitehead", "Ward Cllrs Hopkins and Elliott": a heading that names who acts, by a
 * title before a name or a parish council's post. (Not a topic: "Allotments", "Village Hall".)
 */
const WHO_HEADING =
  /^(?:(?:ward|county|district|borough|town|parish)\s+)?(?:cllrs?|councillors?|mrs?|ms|miss|dr)\.?\s+[A-Z]|^(?:the\s+)?(?:(?:town|parish|deputy|assistant)\s+)?(?:clerk|rfo|chair(?:man|person)?|vice[- ]chair(?:man)?|mayor)$/i;
/** The longest heading read as who acts. */
const WHO_HEADING_CHARS = 60;

/**
 * Actions listed under who is to do them, where the list has no column for it ("Clerk:" over the
 * clerk's actions, "Cllr Whitehead" over his): each item's lead is the heading over it. Every heading
 * among the items must name someone, or the headings are topics; an item above the first names no one.
 */
export function headingOwners(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
): Map<number, { row: number; column: number }> {
  const owners = new Map<number, { row: number; column: number }>();
  if (columns.owner || !(columns.action || columns.recommendation)) return owners;
  const headingAt = (row: number) => {
    for (let c = body.firstColumn; c <= body.lastColumn; c++) if (textAt(sheet, row, c)) return c;
    return null;
  };
  const names = (row: number, column: number) => {
    const text = headingWho(sheet, { row, column });
    return text.length <= WHO_HEADING_CHARS && WHO_HEADING.test(text);
  };
  const sections = body.rows.filter((r) => r.kind === 'section');
  if (sections.length === 0) return owners;
  for (const { row } of sections) {
    const column = headingAt(row);
    if (column === null || !names(row, column)) return owners;
  }
  let current: { row: number; column: number } | null = null;
  for (const { row, kind } of body.rows) {
    if (kind === 'section') current = { row, column: headingAt(row) ?? body.firstColumn };
    else if (kind === 'item' && current) owners.set(row, current);
  }
  return owners;
}

/** Who a heading over actions names, without the colon after it: "Clerk:" is the clerk. */
export function headingWho(sheet: SheetSnapshot, at: { row: number; column: number }): string {
  return textAt(sheet, at.row, at.column).replace(/:\s*$/, '').trim();
}
