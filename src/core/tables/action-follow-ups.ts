/**
 * A parish's minutes taking up the last meeting's actions under a minute of their own ("19/178.
 * Action points from Feb 2020."), a line each with no header: the minute the action was set at,
 * what it asked, and how it stands ("19/62 | Get green waste leaflet from SBC | ONGOING"). Lines
 * naming who leads the actions below them ("Clerk", "Cllr Walton & Cllr Clarke") may stand between.
 * The list ends at the next minute of this meeting: a number later than the heading's own.
 */
import type { SheetSnapshot } from '../snapshot';
import type { LogicalColumn } from './columns';
import type { TableReading } from '../reading';
import type { Table } from './types';
import { columnNote, lineItemsTable } from './line-items';
import { parseOwner } from '../parse/owners';
import { filledCells } from './layout';

/** "Action points from Feb 2020.", "Actions from last meeting", "Matters arising": a minute taking up actions. */
const TAKES_UP_ACTIONS =
  /\baction\s+points?\b|\bactions?\s+(?:from|arising)\b|\bmatters\s+arising\b|\boutstanding\s+actions?\b/i;
/** "19/62", "21/106.", "17/97 –": a minute's year and its number, as parish minutes number them. */
const MINUTE_REF = /^\s*(\d{1,3})\/(\d{1,4})[.:]?\s*[–-]?\s*$/;
/** Fewest actions taken up for the lines to be read so. */
const MIN_ACTIONS = 3;
/** Lines of the minute's words its list of actions may follow. */
const PREAMBLE_LINES = 4;
/** The most words a line naming who leads the actions below it runs to. */
const LEAD_WORDS = 8;

/**
 * "Clerk to deal with …", "Cllr Rawlings will …", "JB to send …": an action's words opening with a
 * post, a councillor or initials, then what they are to do. ("Get Grass Valet to re-visit" is a task.)
 */
const OWN_WHO =
  /^((?:[Tt]he\s+)?(?:[Cc]lerk|CLERK|[Cc]hair(?:man)?|RFO|Cllrs?\.?\s+[A-Z][\w'’-]+(?:\s*(?:&|and)\s*(?:Cllr\.?\s+)?[A-Z][\w'’-]+)?|[A-Z]{2,4}(?:\s*(?:\/|&|and)\s*[A-Z]{2,4})*))\s+(?:to|will)\s+[a-z]/;

/** A minute's number as [year, number], or null. */
function minuteRef(text: string): [number, number] | null {
  const m = MINUTE_REF.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const before = (a: [number, number], b: [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

/** The filled cells of a row, by column, as trimmed text. */
function textCells(sheet: SheetSnapshot, row: number): [number, string][] {
  return filledCells(sheet, row)
    .map(([c, v]) => [c, String(v).trim()] as [number, string])
    .filter(([, v]) => v !== '');
}

/** Who a line alone names as leading the actions below it ("Clerk", "Planning Committee"), or null. */
function leadOf(cells: [number, string][]): string | null {
  if (cells.length !== 1) return null;
  const text = cells[0][1].replace(/[.:]$/, '');
  if (/\d/.test(text) || text.split(/\s+/).length > LEAD_WORDS) return null;
  return parseOwner(text).kind === 'blank' ? null : text;
}

/** The actions the first such minute takes up, as an action plan; null where there are none. */
export function followedUpActions(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  for (let h = sheet.originRow; h < lastRow; h++) {
    const heading = textCells(sheet, h);
    const own = heading.length > 0 ? minuteRef(heading[0][1]) : null;
    if (!own || heading.length !== 2 || !TAKES_UP_ACTIONS.test(heading[1][1])) continue;
    const [refColumn, textColumn] = [heading[0][0], heading[1][0]];
    const lines: number[] = [];
    const leads = new Map<number, string>();
    let lead: string | null = null;
    let statusColumn = 0;
    let preamble = 0;
    for (let r = h + 1; r <= lastRow; r++) {
      const cells = textCells(sheet, r);
      if (cells.length === 0) continue;
      const ref = cells[0][0] === refColumn ? minuteRef(cells[0][1]) : null;
      // (A line under the last, its reference not printed again, with how it stands: "| Add
      // Correspondence to the Feb agenda. | DONE" under "19/120 | Items for future agendas".)
      const under = !ref && lines.length > 0 && statusColumn > 0 && cells.length === 2 && cells[0][0] === textColumn;
      if (!ref && !under) {
        const alone = cells.length === 1 && cells[0][0] === textColumn;
        // ("Matters arising:", "Action Points:": the minute's own headings over its parts.)
        if (alone && TAKES_UP_ACTIONS.test(cells[0][1])) continue;
        const named = leadOf(cells);
        // (Words alone under an action, "Cllrs Harris, Rogers … have completed their training",
        // go on with its update; the list goes on below them. Before the first, a few lines of
        // the matters arising may come first: "New Road parking – there is verge damage …".)
        if (named === null && alone && (lines.length > 0 || ++preamble <= PREAMBLE_LINES)) continue;
        if (named === null) break;
        lead = named;
        continue;
      }
      // (A minute of this meeting, numbered after the heading's own, ends the list.)
      if (ref && (!before(ref, own) || cells[1]?.[0] !== textColumn || cells.length > 3)) break;
      if (under && cells[1][0] !== statusColumn) break;
      if (ref && cells[2]) statusColumn ||= cells[2][0];
      lines.push(r);
      if (lead !== null) leads.set(r, lead);
    }
    // (Where some lines are led, a line above the first lead names no one, unless its own words
    // say who acts: "Clerk to deal with H&S issues arising from tree survey report".)
    if (leads.size > 0)
      for (const r of lines) {
        const text = textCells(sheet, r).find(([c]) => c === textColumn)?.[1] ?? '';
        if (!leads.has(r)) leads.set(r, OWN_WHO.exec(text)?.[1] ?? '');
      }
    if (lines.length < MIN_ACTIONS) continue;
    const items = new Map<number, Map<LogicalColumn, number>>();
    for (const r of lines) {
      const fields = new Map<LogicalColumn, number>([
        ['id', r],
        ['action', r],
      ]);
      if (statusColumn) fields.set('status', r);
      if (leads.size > 0) fields.set('owner', r);
      items.set(r, fields);
    }
    const title = heading[1][1];
    const read = lineItemsTable(sheet, {
      headerRow: h,
      firstColumn: refColumn,
      lastColumn: Math.max(textColumn, statusColumn),
      lastRow: lines[lines.length - 1],
      columns: {
        id: { column: refColumn, header: '' },
        action: { column: textColumn, header: '' },
        ...(statusColumn ? { status: { column: statusColumn, header: '' } } : {}),
        ...(leads.size > 0 ? { owner: { column: textColumn, header: '' } } : {}),
      },
      items,
      kindReason: `the actions taken up under '${title}', a line each: the minute that set it, what it asked and how it stands`,
      columnReadings: [
        columnNote(refColumn, '', 'id', 'the minute each action was set at'),
        columnNote(textColumn, '', 'action', 'what each action asked'),
        ...(statusColumn ? [columnNote(statusColumn, '', 'status', 'how each action stands')] : []),
        ...(leads.size > 0
          ? [columnNote(textColumn, '', 'owner', 'the line naming who leads the actions below it')]
          : []),
      ],
      skippedRows: [],
      ...(leads.size > 0 ? { fieldTexts: new Map([['owner', leads]]) } : {}),
    });
    // (How each stands is said in words of the clerk's own, "CHASED WITH WARD CLLRS": an update.)
    if (statusColumn) read.table.statusIsUpdates = true;
    return read;
  }
  return null;
}
