/**
 * Minutes kept as lines of text, one a row, where each agreed action ends with a line naming who
 * acts: "Action SH", "Action CB, NT, JH", or the initials alone ("SH and BE"). Each such line is
 * an action: its owner is on that line, its words are the lines above it (back to the item's
 * heading, a blank line or the last action), and its deadline is where those words give one
 * ("by the end of the month", "within the next eight weeks").
 */
import type { SheetSnapshot } from '../snapshot';
import type { LogicalColumn } from './columns';
import { textAt } from './layout';
import type { TableReading } from '../reading';
import type { Table } from './types';
import { columnNote, lineItemsTable } from './line-items';
import { timePhrase } from '../parse/vague-dates';

/** "Action SH", "Action: CB, NT", "Actions ALL". */
const ACTION_LINE = /^(?:[Aa]ctions?|ACTIONS?)\s*(?:by\s*)?[:\-–]?\s*(.{2,40})$/;
/** Who may be named on an action line: initials, everyone, or a post a parish has one of. */
const WHO = /^(?:[A-Z]{2,4}|ALL|All|Clerk|Chair|Chairman|RFO|Mayor)$/;
/** "4) Recruitment of replacement clerk", "12. Finance": an item of the agenda. */
const AGENDA_ITEM = /^\s*\d{1,2}\s*[.)]\s+\S/;
/** Lines an action's words may run over, above its action line. */
const MAX_WORDS_LINES = 6;
/** Action lines a sheet needs to be read as minutes with actions. */
const MIN_ACTIONS = 2;

/** The names on a line that names only who acts ("CB, NT, JH", "SH and BE"), or null. */
function namesOnly(text: string): string[] | null {
  const parts = text
    .replace(/\.$/, '')
    .split(/\s*(?:,|&|\/|\band\b)\s*/i)
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => WHO.test(p)) ? parts : null;
}

/** The lines of a sheet kept as one column of text: that column, or null. */
function lineColumn(sheet: SheetSnapshot): number | null {
  const counts = new Map<number, number>();
  let lines = 0;
  for (const row of sheet.values) {
    const filled = row.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
    if (filled.length === 0) continue;
    lines += 1;
    if (filled.length === 1 && typeof row[filled[0]] === 'string') {
      const c = sheet.originCol + filled[0];
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  for (const [c, n] of counts) if (n >= 0.8 * lines) return c;
  return null;
}

/** Minutes whose actions end in a line naming who acts, read as an action plan; null otherwise. */
export function minutesTable(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const column = lineColumn(sheet);
  if (column === null) return null;
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const text = (r: number) => textAt(sheet, r, column);
  const actionLines: number[] = [];
  let prefixed = 0;
  for (let r = sheet.originRow; r <= lastRow; r++) {
    const t = text(r);
    const m = ACTION_LINE.exec(t);
    if (m && namesOnly(m[1])) {
      actionLines.push(r);
      prefixed += 1;
    } else if ((namesOnly(t)?.length ?? 0) >= 2) actionLines.push(r);
  }
  if (actionLines.length < MIN_ACTIONS || prefixed === 0) return null;

  const items = new Map<number, Map<LogicalColumn, number>>();
  let after = sheet.originRow - 1;
  for (const line of actionLines) {
    const words: number[] = [];
    for (let r = line - 1; r > after && words.length < MAX_WORDS_LINES; r--) {
      const t = text(r);
      if (!t || AGENDA_ITEM.test(t)) break;
      words.unshift(r);
    }
    after = line;
    const fields = new Map<LogicalColumn, number>([['owner', line]]);
    if (words.length > 0) fields.set('action', words[0]);
    const due = words.find((r) => timePhrase(text(r)) !== null);
    if (due !== undefined) fields.set('deadline', due);
    items.set(line, fields);
  }
  // (A loop, not a spread: minutes may hold more actions than a call takes arguments.)
  let first = actionLines[0];
  for (const fields of items.values()) first = Math.min(first, fields.get('action') ?? first);
  return lineItemsTable(sheet, {
    headerRow: first - 1,
    firstColumn: column,
    lastColumn: column,
    lastRow: actionLines[actionLines.length - 1],
    columns: {
      action: { column, header: '' },
      owner: { column, header: 'Action' },
      deadline: { column, header: '' },
    },
    items,
    kindReason: "minutes whose actions each end in a line naming who acts ('Action SH')",
    columnReadings: [
      columnNote(column, '', 'action', 'the lines above each action line'),
      columnNote(column, '', 'owner', `${actionLines.length} lines naming who acts`),
      columnNote(column, '', 'deadline', "words such as 'by the end of the month' in an action's lines"),
    ],
    skippedRows: [],
  });
}
