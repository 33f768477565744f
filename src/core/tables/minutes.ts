/**
 * Minutes kept as lines of text, one a row, where each agreed action ends with a line naming who
 * acts: "Action SH", "Action CB, NT, JH", or the initials alone ("SH and BE"). Each such line is
 * an action: its owner is on that line, its words are the lines above it (back to the item's
 * heading, a blank line or the last action), and its deadline is where those words give one
 * ("by the end of the month", "within the next eight weeks").
 */
import type { SheetSnapshot } from '../snapshot';
import type { LogicalColumn } from './columns';
import { filledCells, plainHeading, textAt } from './layout';
import type { TableReading } from '../reading';
import type { Table } from './types';
import { cellAt, lastColumnOf } from './types';
import { columnNote, lineItemsTable } from './line-items';
import { timePhrase } from '../parse/vague-dates';
import { ACTION_OPENING, followsUpAction } from './records';
import { namedTogether, sharedTaskWho } from './shared-tasks';

/** "Action", "ACTION By:", "ACTION POINT –", "AP:": the mark an action line opens with. */
const MARK = String.raw`(?:[Aa]ctions?(?:\s+[Pp]oints?)?|ACTIONS?(?:\s+POINTS?)?|AP(?=\s*:))\s*(?:[Bb][Yy]\s*)?[:\-–]?\s*`;
/** "Action SH", "Action: CB, NT", "Actions ALL", "Action By: RM", "AP: KS" (an action point's). */
const ACTION_LINE = new RegExp(`^${MARK}(.{2,40})$`);
/** "Action", "Action by:", "AP:": the mark alone. */
const BARE_MARK = new RegExp(`^\\s*${MARK}$`);
/** The same mark before a longer line: "AP: Cllr P Bull and Cllr D May to liaise with Cllr John Singleton". */
const LONG_ACTION_LINE = new RegExp(`^${MARK}(.{41,120})$`);
/** Who an action line may name: initials ("DO’C" too), everyone, or a parish's one post. */
const WHO =
  /^(?:[A-Z]{2,4}|[A-Z]{1,3}['’][A-Z]{1,3}|ALL|All|Clerk|CLERK|Chair|Chairman|CHAIR(?:MAN)?|RFO|Mayor|Webmaster|Secretary|Treasurer|(?:Cllr|Councillor)\.?\s+[A-Z][a-z'’-]+)$/;
/**
 * A name after its title ("Cllr Brock", "Ms Fordham", "Cllr G Marshall"): who acts after "Action:",
 * though a line of such names alone may be the apologies.
 */
const TITLED_WHO = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z'’-]+$/;
/** "B Puzey", "A De La Haye": an initial and a surname, as a group's notes name its members. */
const INITIAL_NAME = /^[A-Z]\.?\s+(?:(?:De|La|Le|Van|Von|Du|Di|Da)\s+)*[A-Z][a-z'’-]+$/;
/**
 * A body named alone where who acts goes ("Council", "All Councillors", "Board", "Teachers",
 * "Parish Council", "Property Committee"): someone asked to act, if no person.
 */
const BODY_WHO =
  /^(?:(?:the|all)\s+)?(?:[a-z]+\s+){0,2}(?:council|councillors|committee|board|members|everyone|trustees|directors|governors|teachers|staff|parents|volunteers)$/i;
/** The most words a cell naming only who acts runs to; a longer cell in the column is something else. */
const WHO_CELL_WORDS = 4;
/** The fewest words of a minute beside names alone. */
const MINUTE_WORDS = 8;
/** The fewest words of a task beside a note of who acts and when ("Submit application for funding"). */
const TASK_WORDS = 3;
/** "TBC", "NA": no one named yet, not initials. */
const PLACEHOLDER_WHO = /^(?:tbc|tba|tbd|n\/?a)$/i;
/** "4) Recruitment of replacement clerk", "12. Finance": an item of the agenda. */
const AGENDA_ITEM = /^\s*\d{1,2}\s*[.)]\s+\S/;
/** Lines an action's words may run over, above its action line. */
const MAX_WORDS_LINES = 6;
/**
 * Action lines a sheet needs to be read as minutes with actions; one will do where it opens with
 * "Action" ("Action: Clerk/Webmaster", "Action Clerk and Cllr Seymour").
 */
const MIN_ACTIONS = 2;

/** "Cllrs Hudson & Bottomley": one title before several names, each of them titled by it. */
const PLURAL_TITLE = /^(?:Cllrs|Councillors)\.?\s+/;

/** The names on a line that names only who acts ("CB, NT, JH", "SH and BE"), or null. */
function namesOnly(text: string, titled = false, given = false): string[] | null {
  const plural = titled && PLURAL_TITLE.test(text);
  const parts = text
    .replace(/\.$/, '')
    .replace(PLURAL_TITLE, '')
    .split(/\s*(?:,|&|\/|\band\b)\s*/i)
    .filter(Boolean)
    .map((p) => (plural ? `Cllr ${p}` : p));
  const who = (p: string) =>
    WHO.test(p) || (titled && (TITLED_WHO.test(p) || INITIAL_NAME.test(p))) || (given && GIVEN_NAME.test(p));
  return parts.length > 0 && parts.every(who) ? parts : null;
}

/** Whether a short cell names only people: initials, posts, titled or given names. */
export const namesPeople = (text: string): boolean => namesOnly(text, true, true) !== null;

/** "Clerk and Cllr Guest to action": who acts, then only that they are to. */
const TO_ACTION = /^(.{2,40}?)\s+to\s+action\.?$/i;
/** "Dave", "Sarah Jones": a name as minutes give it before "to action", where it can be no task. */
const GIVEN_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?$/;
/** An action mark's words out of the brackets minutes may set it in: "(AP: KS)", "[JH to action]". */
const unbracketed = (text: string) => text.replace(/^\s*[([](.*)[)\]]\.?\s*$/, '$1');

/**
 * Who an action line or cell marks as acting: "Action: SH", "Action Parish Council to speak to TG
 * and JH" (who, then what they are to do), "Clerk and Cllr Guest to action". Null where the line
 * is no action mark.
 */
export function markedWho(text: string): string | null {
  // ("(AP: KS)", "[JH to action]": the mark in brackets after an action point.)
  const bare = unbracketed(text);
  const m = ACTION_LINE.exec(bare) ?? TO_ACTION.exec(bare);
  if (!m) {
    // (A longer line after the mark is read where it opens by naming who acts.)
    const long = LONG_ACTION_LINE.exec(bare);
    const task = long ? WHO_TO_DO.exec(long[1].trim()) : null;
    return task && namesWho(task[1].trim()) ? task[1].trim() : null;
  }
  const who = m[1].trim();
  const task = WHO_TO_DO.exec(who);
  return task && !TO_ACTION.test(bare) ? task[1] : who;
}

/** " by 30th April 2020", " by end of May", " before the next meeting": when, after who acts. */
const BY_WHEN =
  /\s+(?:by|before)\s+(?:the\s+)?(?:\d|end\b|next\b|mid\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*$/i;

/**
 * "B Puzey by 2nd Oct mtg.", "by A De La Haye, C Barron and J Stern.", "C Barron/J Stern to draft
 * by 2nd Oct mtg.": who acts, then perhaps what and by when, in a cell of its own after the task.
 */
const NOTE_WHO = /^(?:by\s+)?(.{2,60}?)(?:\s+(?:to\s+[a-z]|by\s+)[\s\S]*)?\.?$/;

/** "SD: Confirm attendance", "BL/LR: Write to St Martins School.": who, a colon, the task. */
const WHO_COLON_TASK = /^([A-Z][\w.'’/& ]{0,30}?)\s*:\s+[A-Z][a-z]/;

/**
 * Who a note after a task names, where one at least is named by initial and surname, or by
 * initials or a post before a colon and the task; else null.
 */
function notedWho(text: string): string | null {
  const colon = WHO_COLON_TASK.exec(text.trim());
  if (colon && namesOnly(colon[1].trim(), true)) return colon[1].trim();
  const m = NOTE_WHO.exec(text.trim());
  const names = m ? namesOnly(m[1].trim(), true) : null;
  return m && names?.some((n) => INITIAL_NAME.test(n)) ? m[1].trim() : null;
}

/**
 * Whether who an action line marks names people, or a body asked to act. Before "to action" a
 * name as the minutes give it will do ("Dave and Clerk to action").
 */
const namesWho = (who: string, cell = '') =>
  namesOnly(who, true, TO_ACTION.test(unbracketed(cell))) !== null || BODY_WHO.test(who.replace(/\.$/, ''));

/** "Ongoing", "Noted", "Complete": a word after the mark that says how it stands, no one's name. */
const NOT_A_NAME =
  /^(?:noted|none|nil|complete[d]?|ongoing|done|closed|open|outstanding|agreed|pending|deferred|tb[acd])$/i;

/**
 * "MW/BO/Noted", "Noted/MW/JH": who acts, with how the minute stands written among them; the
 * names alone. (A cell of nothing but such words is left as it is.)
 */
function withoutStanding(cell: string): string {
  if (!cell.includes('/')) return cell;
  const parts = cell.split('/').map((p) => p.trim());
  const names = parts.filter((p) => p !== '' && !NOT_A_NAME.test(p));
  return names.length > 0 && names.length < parts.length ? names.join('/') : cell;
}

/** "Action: ", "Action – ": the mark set apart from who it names, as given names alone need. */
const COLON_MARK = /^\s*actions?\s*(?:by\s*)?[:–—-]/i;

/**
 * "Action:", "Action: Clerk/Cllr DH", "Action: EFPC": a cell holding the mark and at most who it
 * names, no sentence of what is to be done. Below the column's first cell, such a cell marks its
 * minute as an action, whoever (or whether anyone) it names.
 */
function markOnly(cell: string): boolean {
  return cell.trim().split(/\s+/).length <= WHO_CELL_WORDS + 1 && !/\bto\s+[a-z]/i.test(cell);
}

/** "Sylvia", "April/Audrey/Kate": given names after an action's mark in a cell of its own, as a hall's committee writes them. */
function givenNames(who: string): boolean {
  const parts = who.split(/\s*(?:,|&|\/|\band\b)\s*/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => GIVEN_NAME.test(p) && !NOT_A_NAME.test(p));
}

/** "4.7.20", "6.1", "12.": a minute's number printed in a cell before its words. */
const NUMBER_CELL = /^\s*\(?\d{1,3}(?:[./]\d{1,3}){0,2}[.)]?\s*$/;

/** The lines of a sheet kept as one column of text (a minute's number before some): that column, or null. */
function lineColumn(sheet: SheetSnapshot): number | null {
  // Each line's column (null where the line is no single text), in order.
  const lines: (number | null)[] = [];
  for (const row of sheet.values) {
    const filled = row.map((v, i) => (v === null || v === '' ? -1 : i)).filter((i) => i >= 0);
    if (filled.length === 0) continue;
    const numbered = filled.length === 2 && NUMBER_CELL.test(String(row[filled[0]]));
    const last = filled[filled.length - 1];
    lines.push((filled.length === 1 || numbered) && typeof row[last] === 'string' ? sheet.originCol + last : null);
  }
  // (From the column's first line on: the title and who was present may stand in the first column.)
  for (const c of new Set(lines)) {
    if (c === null) continue;
    const from = lines.slice(lines.indexOf(c));
    if (from.filter((l) => l === c).length >= 0.8 * from.length) return c;
  }
  return null;
}

/** Minutes whose actions end in a line naming who acts, read as an action plan; null otherwise. */
export function minutesTable(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const column = lineColumn(sheet);
  if (column === null) return null;
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const text = (r: number) => textAt(sheet, r, column);
  const actionLines: number[] = [];
  // (Who each marked line names, "ACTION: MR to monitor …": the owner, the task aside.)
  const who = new Map<number, string>();
  let prefixed = 0;
  let unnamed = 0;
  for (let r = sheet.originRow; r <= lastRow; r++) {
    const t = text(r);
    // ("Action RG/GP by 30th April 2020": who acts, then by when, the line's deadline.)
    const marked = markedWho(t)?.replace(BY_WHEN, '') ?? null;
    if (marked !== null && namesWho(marked, t)) {
      actionLines.push(r);
      who.set(r, marked);
      prefixed += 1;
    } else if ((namesOnly(t)?.length ?? 0) >= 2) actionLines.push(r);
    else if (inlineActionWho(t) === '') unnamed += 1;
  }
  if ((actionLines.length < MIN_ACTIONS && prefixed < actionLines.length) || prefixed === 0) return null;
  // (A line marked "ACTION:" that names no one, "ACTION: To write to KA …", is read with the
  // minutes' actions written into their words, where its owner is missing.)
  if (unnamed > 0) return null;

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
    // (By when may be in the action line itself: "Action RG/GP by 30th April 2020".)
    const due = timePhrase(text(line)) !== null ? line : words.find((r) => timePhrase(text(r)) !== null);
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
    fieldTexts: new Map([['owner', who]]),
  });
}

/** "Action", "Action by", "Who": the one heading over minutes kept in a table, right of their text. */
export const ACTION_HEADING = /^(?:actions?(?:\s+(?:by|owner))?|who|by whom)$/i;
/** "2.4", "1.0", "12", "4715", "QS14/75.1": a minute's number (after its committee's letters and year). */
const MINUTE_NUMBER = /^\s*(?:[A-Z]{1,4}\d{2}\/)?\d{1,4}(?:\.\d{1,2})?\.?\s*$/;

/** A minute's number, typed as text or as a figure (4715, the council's running count). */
function holdsMinuteNumber(v: unknown): boolean {
  if (typeof v === 'number') return v > 0 && v < 10000 && MINUTE_NUMBER.test(String(v));
  return typeof v === 'string' && MINUTE_NUMBER.test(v);
}
/** "1. Attendance", "12. School Governors": a minute's number and its subject in one cell. */
const NUMBERED_SUBJECT_CELL = /^\s*\d{1,3}[.)]\s+[A-Z]/;
/** "Action: PB to add narrative …": a minute that records an action, whoever the column names. */
const ACTION_MINUTE = /^\s*actions?\s*[:\-–]/i;
/** Headings over minutes kept in a table: the minutes' own two ("Item | Details") and "Action". */
const MAX_HEADINGS = 3;
/** Numbered minutes under the heading before they are read as minutes with actions. */
const MIN_MINUTES = 3;

/**
 * Minutes kept in a table: each minute's number and words, and on the right a column headed
 * "Action" naming who acts where the minute records an action. The minutes that name someone
 * there, or open with "Action:", are the actions; the rest record discussion and are no items.
 */
export function actionColumnMinutes(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  for (let h = sheet.originRow; h <= lastRow; h++) {
    const cells = filledCells(sheet, h);
    // ("Attendance | | Action", "Item | Details | Action": the minutes' own headings may stand over
    // their columns.)
    const last = cells[cells.length - 1];
    const beside = cells.slice(0, -1).every(([, v]) => typeof v === 'string' && /^[A-Za-z][A-Za-z ]{0,29}$/.test(v));
    if (cells.length === 0 || cells.length > MAX_HEADINGS || !beside) continue;
    if (typeof last[1] !== 'string' || !ACTION_HEADING.test(plainHeading(last[1]))) continue;
    const actionCol = last[0];
    if (actionCol <= sheet.originCol) continue;
    let numberCol = 0;
    let textCol = 0;
    const minutes: number[] = [];
    // (A minute's later paragraphs, its number not printed again, may each name who acts too.)
    const paragraphs: number[] = [];
    for (let r = h + 1; r <= lastRow; r++) {
      let number = 0;
      let words = 0;
      let subject = false;
      for (let c = sheet.originCol; c < actionCol; c++) {
        const t = textAt(sheet, r, c);
        const numbered = !number && (holdsMinuteNumber(cellAt(sheet, r, c)) || NUMBERED_SUBJECT_CELL.test(t));
        if (!t && !numbered) continue;
        if (numbered) [number, subject] = [c, !holdsMinuteNumber(cellAt(sheet, r, c))];
        else if (number && !words) words = c;
        else if (!number && !words && c === textCol) paragraphs.push(r);
      }
      // ("8. Amenities & Planning | | Clerk": a numbered subject with no words beside it is a
      // minute all the same, its action beside it.)
      if (number && !words && subject && textCol && number === numberCol) minutes.push(r);
      if (!number || !words) continue;
      if (!numberCol) [numberCol, textCol] = [number, words];
      if (number === numberCol && words === textCol) minutes.push(r);
    }
    // (Lines under "Minutes of previous meeting and action list" taking up its actions one by one,
    // "Item 1 – HSE Cost Recovery", count as minutes where a copy stops after two numbered ones.)
    const followUps = paragraphs.filter((r) => followsUpAction(sheet, r, textCol, numberCol));
    if (minutes.length + followUps.length < MIN_MINUTES) {
      const plain = cells.length === 1 ? unnumberedMinutes(sheet, h, actionCol) : null;
      if (plain) return plain;
      continue;
    }
    const items = new Map<number, Map<LogicalColumn, number>>();
    for (const r of [...minutes, ...paragraphs].sort((a, b) => a - b)) {
      // (So does a numbered minute taking up the last meeting's action by its number: "4.2 | (3.3) …".)
      const asks =
        ACTION_MINUTE.test(textAt(sheet, r, textCol)) ||
        followUps.includes(r) ||
        (minutes.includes(r) && followsUpAction(sheet, r, textCol, numberCol));
      if (!textAt(sheet, r, actionCol) && !asks) continue;
      items.set(
        r,
        new Map<LogicalColumn, number>([
          ['id', r],
          ['action', r],
          ['owner', r],
        ]),
      );
    }
    // (Under its own heading, "Action", over three numbered minutes or more, one named will do.)
    if (items.size === 0) continue;
    const header = textAt(sheet, h, actionCol);
    return lineItemsTable(sheet, {
      headerRow: h,
      firstColumn: numberCol,
      lastColumn: actionCol,
      lastRow: minutes[minutes.length - 1],
      columns: {
        id: { column: numberCol, header: '' },
        action: { column: textCol, header: '' },
        owner: { column: actionCol, header },
      },
      items,
      kindReason: `minutes in a table, with a column headed '${header}' naming who acts`,
      columnReadings: [
        columnNote(numberCol, '', 'id', 'the number of each minute'),
        columnNote(textCol, '', 'action', "each minute's words"),
        columnNote(actionCol, header, 'owner', `${items.size} minutes that name who acts or open with 'Action:'`),
      ],
      skippedRows: [],
    });
  }
  return null;
}

/** Minutes unnumbered under "Action" alone that name who acts beside them, before they are read so. */
const NAMED_MINUTES = 2;

/**
 * "| Action" over unnumbered minutes ("Rector's Report | PCC", "Matters Arising … | HG/AA"): the
 * minutes' words in the column left of it on most lines, and beside two of them at least, short
 * cells naming who acts (initials, posts, a body). Those minutes are the actions; the rest record
 * discussion. Null where the column names no one.
 */
function unnumberedMinutes(
  sheet: SheetSnapshot,
  h: number,
  actionCol: number,
): { table: Table; reading: TableReading } | null {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const byColumn = new Map<number, number[]>();
  for (let r = h + 1; r <= lastRow; r++) {
    const left = filledCells(sheet, r).filter(([c]) => c < actionCol);
    if (left.length === 1) byColumn.set(left[0][0], [...(byColumn.get(left[0][0]) ?? []), r]);
  }
  const [textCol, lines] = [...byColumn].sort((a, b) => b[1].length - a[1].length)[0] ?? [0, []];
  if (lines.length < MIN_MINUTES) return null;
  const items = new Map<number, Map<LogicalColumn, number>>();
  let named = 0;
  for (const r of lines) {
    // (Each line of the cell its own action's who: "AA", "MS", "GS/MS", read before spaces are folded.)
    const raw = cellAt(sheet, r, actionCol);
    const cell = typeof raw === 'string' ? raw.trim() : '';
    if (!cell) continue;
    const whoLines = cell.split('\n').map((line) => line.trim());
    if (whoLines.some((line) => line.split(/\s+/).length > WHO_CELL_WORDS)) return null;
    if (whoLines.every((line) => namesOnly(line) !== null || BODY_WHO.test(line))) named += 1;
    items.set(r, minuteFields(sheet, r, textCol, false));
  }
  if (named < NAMED_MINUTES) return null;
  const rows = [...items.keys()];
  const header = textAt(sheet, h, actionCol);
  return lineItemsTable(sheet, {
    headerRow: h,
    firstColumn: textCol,
    lastColumn: actionCol,
    lastRow: rows[rows.length - 1],
    columns: { action: { column: textCol, header: '' }, owner: { column: actionCol, header } },
    items,
    kindReason: `minutes in a table, with a column headed '${header}' naming who acts`,
    columnReadings: [
      columnNote(textCol, '', 'action', "each minute's words"),
      columnNote(actionCol, header, 'owner', `${items.size} minutes that name who acts`),
    ],
    skippedRows: [],
  });
}

/** An action's minute read for what it asks and who acts, and when, where its words say so (and it is `dated`). */
function minuteFields(sheet: SheetSnapshot, row: number, words: number, dated = true): Map<LogicalColumn, number> {
  const fields = new Map<LogicalColumn, number>([
    ['action', row],
    ['owner', row],
  ]);
  if (dated && timePhrase(textAt(sheet, row, words)) !== null) fields.set('deadline', row);
  return fields;
}

/**
 * "Matters Arising 2nd May", "MATTERS ARISING:", "Matters outstanding", "Clerk's Report on progress
 * since last meeting": a heading over the last meeting's actions taken up.
 */
const ARISING_HEADING =
  /^\s*(?:\d{1,2}[.)]?\s+)?(?:matters\s+(?:arising|outstanding)\b[^.]{0,30}|arising\s+(?:on|from)\s+the\s+minutes\b[^.]{0,30}|clerk['’]?s\s+report\b[^.]{0,50})$/i;
/**
 * "The following were actions at the last meeting:", "Outstanding actions from the previous
 * meeting:", "Summary of actions from the meeting": a heading over a meeting's actions listed one
 * to a line, each "- …" or "1. …".
 */
const LISTED_ACTIONS_HEADING =
  /^\s*(?:\d{1,2}[.)]?\s+)?(?:(?:the\s+following\s+were\s+(?:the\s+)?|outstanding\s+)?actions\s+(?:from|arising\s+from|at)\s+(?:the\s+)?(?:last|previous)\s+meetings?|summary\s+of\s+(?:the\s+)?actions(?:\s+(?:from|arising\s+from|decided\s+at|agreed\s+at)\s+(?:the|this)\s+meeting)?)\s*[:.]?$/i;
/** "- ", "• ", "4. ": the mark of a line in such a list. */
const LIST_MARK = /^\s*(?:[-•·]|\d{1,2}[.)])\s+/;
/**
 * "The next meeting will be early August", "Reports are available on the website": what is or will
 * be, no task (not "will be sent", "is to ask").
 */
const WILL_BE = /^(?:(?!\sto\s)[^.]){1,100}?\s(?:will\s+be|is|are)\s+(\w+)/;
/** "Next meeting 22nd April 2013 at 1pm": when the next meeting is, no task. */
const NEXT_MEETING = /^(?:the\s+)?next\s+meeting\b/i;
/** "a) ", "• ", "- ": the mark a matter may open with, before its subject. */
const SUBJECT_MARK = String.raw`^\s*(?:[a-z]\)\s*|[-•]\s+)?`;
/**
 * "Lease – The lease has been received …", "a) Broadband – discussion …", "• Vacancy – …": a
 * matter's subject, a dash, then what has happened.
 */
const SUBJECT_DASH = new RegExp(String.raw`${SUBJECT_MARK}[A-Z][^–—.]{1,50}?\s[–—-]\s+\S`);
/** "(ii) Marion Lea memorial bench: ": a numbered matter's subject and its colon. */
const NUMBERED_SUBJECT = String.raw`^\s*\((?:[ivx]{1,4}|[a-z])\)\s*[A-Z][^:.–—]{1,50}:\s+`;
/** "(ii) Marion Lea memorial bench: purchased …": a numbered matter's subject, a colon, then what has happened. */
const SUBJECT_COLON = new RegExp(String.raw`${NUMBERED_SUBJECT}\S`);

/** Matters spaced from their heading by a blank line that make a list of them. */
const MIN_SPACED = 2;

/**
 * Lines under "Matters Arising" alone on a line, each "Subject – what has happened", in the
 * minutes' column: the last meeting's actions taken up one by one, each asking who answered for it.
 * They run to the first line that is no such matter, or goes on with one naming who acts.
 */
function arisingMatters(sheet: SheetSnapshot, textCol: number): number[] {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const rows: number[] = [];
  for (let h = sheet.originRow; h < lastRow; h++) {
    // (The heading alone, or after the minute's number: "26/22 | Clerk's Report on progress".)
    const cells = filledCells(sheet, h);
    const [col, heading] = cells[cells.length - 1] ?? [0, ''];
    if (cells.length === 0 || cells.length > 2 || !ARISING_HEADING.test(String(heading))) continue;
    if (cells.length === 2 && (col !== textCol || cells[0][0] >= textCol)) continue;
    let matter: number | null = null;
    // (Where the heading has a number of its own, "3. | Matters Arising", a number before a line's
    // words is the agenda's next item, not a matter's.)
    const byNumber = cells.length === 1;
    const [from, spaced] = [rows.length, filledCells(sheet, h + 1).length === 0];
    for (let r = h + 1; r <= lastRow; r++) {
      const cells = filledCells(sheet, r);
      const first = cells[0];
      // ("(3)(ii) | Garage/storeroom clearance – …": a matter numbered in the column before its words.)
      // (So is "P.A.T testing: | JL has provisionally arranged …": its subject in a column of its own.)
      if (
        byNumber &&
        first &&
        first[0] === textCol - 1 &&
        (MATTER_NUMBER.test(String(first[1])) || SUBJECT_CELL.test(String(first[1]))) &&
        cells[1]?.[0] === textCol
      ) {
        rows.push(r);
        matter = r;
        continue;
      }
      // (A blank line under the heading or between matters, as a page spaces them, goes on with them.)
      if (!first && (matter !== null || r === h + 1)) continue;
      if (!first || first[0] !== textCol) break;
      // ("Action: Kate/Martin" under the matter: its action, marked on a line of its own.)
      if (matter !== null && rows.at(-1) === matter && cells.length === 1 && ACTION_LINE_MARK.test(String(first[1]))) {
        rows.pop();
        continue;
      }
      const text = String(first[1]);
      if ((SUBJECT_DASH.test(text) && !TITLE_AFTER_DASH.test(text)) || SUBJECT_COLON.test(text)) {
        rows.push(r);
        matter = r;
        continue;
      }
      // A line going on with the matter above and naming who acts ("The work had come in under
      // budget … | Action GP" under "Telephone box – …"): the matter's action is there. Any other
      // line ends the matters.
      if (matter === null || cells.length < 2) break;
      if (rows.at(-1) === matter) rows.pop();
    }
    // (Parted from its heading by a blank line, one line alone is no list of matters.)
    if (spaced && rows.length - from < MIN_SPACED) rows.length = from;
  }
  return rows;
}

/**
 * The lines listed under a heading over the last meeting's actions ("The following were actions
 * at the last meeting:"), alone in the minutes' column: each is one of those actions.
 */
function listedActions(sheet: SheetSnapshot, textCol: number): number[] {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const rows: number[] = [];
  for (let h = sheet.originRow; h < lastRow; h++) {
    if (!LISTED_ACTIONS_HEADING.test(textAt(sheet, h, textCol)) || filledCells(sheet, h).length !== 1) continue;
    for (let r = h + 1; r <= lastRow; r++) {
      const cells = filledCells(sheet, r);
      if (cells.length !== 1 || cells[0][0] !== textCol || !LIST_MARK.test(String(cells[0][1]))) break;
      const line = String(cells[0][1]).replace(LIST_MARK, '');
      const willBe = WILL_BE.exec(line);
      if (NEXT_MEETING.test(line) || (willBe && !PARTICIPLE.test(willBe[1]) && willBe[1] !== 'to')) continue;
      rows.push(r);
    }
  }
  return rows;
}

/** "Action items", "Action points", "Actions:": a heading alone over a meeting's actions. */
const ACTION_ITEMS_HEADING = /^\s*(?:action\s+(?:items|points)|actions)\s*:?$/i;
/**
 * "(DE)", "(DE/FB)", "(All)", "(Hackney Homes)" at a line's end, before any note on how it went
 * ("(EM) – already followed up"): who is to act, in brackets after the task.
 */
const BRACKETED_WHO =
  /\(((?:[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*)|[Aa]ll|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\)\s*[.;]?(?:\s+[–—-]\s.*)?$/;
/** Lines a list under such a heading must hold, and the share of them ending with who acts in brackets. */
const MIN_BRACKETED = 3;
const BRACKETED_SHARE = 0.5;

/**
 * The lines listed under "Action items" alone in the minutes' column, most of them ending with who
 * is to act in brackets ("Liaise with Kirkwells (DC)"): each is an action, and the brackets name who
 * answers for it; a line with none names no one. The list runs to the first line not alone in the
 * column, a blank line after it, or, numbered throughout, a line with no number or one numbered afresh.
 */
function bracketedActions(sheet: SheetSnapshot, textCol: number): Map<number, string> {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const out = new Map<number, string>();
  for (let h = sheet.originRow; h < lastRow; h++) {
    if (!ACTION_ITEMS_HEADING.test(textAt(sheet, h, textCol)) || filledCells(sheet, h).length !== 1) continue;
    const lines = new Map<number, string>();
    let marked: boolean | null = null;
    for (let r = h + 1; r <= lastRow; r++) {
      const cells = filledCells(sheet, r);
      // (Blank lines may part the heading from the list; one after the list ends it.)
      if (cells.length === 0 && lines.size === 0) continue;
      if (cells.length !== 1 || cells[0][0] !== textCol) break;
      // ("1. confirm …" to "9. propose …", then "Update from Hackney Homes": a list numbered
      // throughout ends at a line with no number, or one numbered afresh.)
      const text = String(cells[0][1]);
      const mark = LIST_MARK.exec(text)?.[0];
      marked ??= mark !== undefined;
      if (marked && (mark === undefined || (lines.size > 0 && /^\s*1[.)]/.test(mark)))) break;
      lines.set(r, BRACKETED_WHO.exec(text)?.[1] ?? '');
    }
    const named = [...lines.values()].filter((w) => w !== '').length;
    if (lines.size >= MIN_BRACKETED && named >= 2 && named >= lines.size * BRACKETED_SHARE)
      for (const [r, w] of lines) out.set(r, w);
  }
  return out;
}

/**
 * "Item 8 - Any Other Business": an item's title after the dash, words in capitals and no more
 * than a title runs to, not what has happened.
 */
const TITLE_AFTER_DASH = /\s[–—-]\s+(?:[A-Z&][\w'’&]*\s*){1,5}$/;

/** "Noticeboards – ", "(i) Gate at the front entrance: ": a matter's subject and its dash or colon, before what has happened. */
const SUBJECT_OPENING = new RegExp(String.raw`${SUBJECT_MARK}[^–—.]{1,50}?\s[–—-]\s+|${NUMBERED_SUBJECT}`);
/** "Action: Kate/Martin", "ACTION – Clerk": a line opening with the mark of an action. */
const ACTION_LINE_MARK = /^\s*actions?\s*(?:by\s*)?[:–—-]/i;

/** "The Board will be visiting …", "The Committee would consider …": the meeting's own body, what it is to do. */
const OWN_BODY_PLAN =
  /^the\s+(?:board|committee|council|panel|forum|group)\s+(?:will|would|is\s+to|is\s+going\s+to)\s/i;

/**
 * Who each matter taken up under "Matters Arising" names to act, in its words after the subject
 * ("Noticeboards – … Chair to investigate."), or '' where it names no one ("Bench maintenance –
 * ongoing"), with the lines listed under a heading over actions ("- Julie Hood to raise …") and
 * which those are. Who reported on it ("NH explained …") is not who answers for it.
 */
function arisingWho(sheet: SheetSnapshot, column: number): { who: Map<number, string>; listed: ReadonlySet<number> } {
  const out = new Map<number, string>();
  const listed = new Set(listedActions(sheet, column));
  const attendees = attendeeNames(sheet);
  const bodies = titleInitials(sheet);
  for (const r of [...arisingMatters(sheet, column), ...listed]) {
    // ("- Draft code of conduct to be sent …": a listed action, its task from the mark on.)
    const said = textAt(sheet, r, column).replace(listed.has(r) ? LIST_MARK : SUBJECT_OPENING, '');
    const sentences = said.split(/(?<=\.)\s+(?=[A-Z])/).map((s) => s.trim());
    // (A listed action opens with who acts, one or several: "JB/SW to investigate …".)
    const opening = listed.has(r) ? WHO_TO_DO.exec(sentences[0])?.[1].trim() : undefined;
    if (opening !== undefined && peopleNamed(opening, attendees, bodies)) out.set(r, opening);
    else {
      const who = sentences.map((s) => sentenceWho(s, false) ?? answeredBy(s)).find((w) => w) ?? '';
      // ("Minute 38 – The Board will be visiting the site in September": what the meeting's own
      // body is to do, no one's action.)
      if (who === '' && !listed.has(r) && OWN_BODY_PLAN.test(sentences[0])) continue;
      out.set(r, who);
    }
  }
  // ("Liaise with Kirkwells (DC)" under "Action points": who acts is the brackets'.)
  for (const [r, w] of bracketedActions(sheet, column)) {
    out.set(r, w);
    listed.add(r);
  }
  return { who: out, listed };
}

/**
 * The matters taken up under "Matters arising" among a record's actions ask who answered for each
 * too. One naming no one to act but naming a member in its words ("AS is going to try …", "DA
 * reported …", "the Clerk had spoken to …") has been answered for by them; one naming no member
 * ("Photocopier – ongoing", "still awaiting feedback from Chris Webster") has no owner.
 */
function withArisingMatters(sheet: SheetSnapshot, column: number, who: Map<number, string>): void {
  const attendees = attendeeNames(sheet);
  const bodies = titleInitials(sheet);
  // (A listed action naming a member only as whom it is for, "All to forward details to DH", asks
  // them nothing.)
  const { who: matters, listed } = arisingWho(sheet, column);
  for (const [r, w] of matters) {
    if (who.has(r)) continue;
    if (w === '' && !listed.has(r) && membersNamed(textAt(sheet, r, column), attendees, bodies)) continue;
    who.set(r, w);
  }
}

/** "Clerk", "Chairman", "Vice Chair", "RFO", "Mayor", "Treasurer": the posts a meeting's record names who acts by. */
const POST = String.raw`[Cc]lerk|CLERK|[Cc]hair(?:man|person)?|CHAIR|[Vv]ice[-\s][Cc]hair(?:man)?|RFO|[Mm]ayor|[Ss]ecretary|[Tt]reasurer`;

/** "Clerk", "Chairman", "Cllr Hay", or initials naming a member ("AS", "NF"), anywhere in a line's words. */
const MEMBER_WORD = new RegExp(String.raw`\b(?:${POST}|Cllrs?\.?\s+[A-Z][\w'-]+|[A-Z]{2,4})\b`, 'g');

/** "AMC: Glen Righ Hydro – ongoing": a line opening with the initials of whoever speaks to it. */
const SPEAKER = /^\s*([A-Z]{2,4}):\s/;

function membersNamed(text: string, attendees: ReadonlySet<string>, bodies: ReadonlySet<string>): boolean {
  const speaker = SPEAKER.exec(text)?.[1];
  if (speaker !== undefined && !bodies.has(speaker)) return true;
  // (In its words after the subject: "Chair Cleaning – still awaiting …" names no chairman.)
  const said = text.replace(SUBJECT_OPENING, '');
  return [...said.matchAll(MEMBER_WORD)].some((m) => peopleNamed(m[0], attendees, bodies));
}

/** "Viv Batchelor has created …", "Chair to be added …": one named who has done it, or is to be. */
const DONE_BY = /^(.{1,40}?)\s+(?:has\s+(?!been\b)[a-z]+(?:ed|en|t)|to\s+be\s+[a-z]+(?:ed|en))\b/;

function answeredBy(sentence: string): string | null {
  const m = DONE_BY.exec(sentence);
  return m && NAMED_WHO.test(m[1].trim()) ? m[1].trim() : null;
}

/** Matters a meeting's record must take up under its heading to be read for them alone. */
const MIN_MATTERS = 3;

/**
 * A meeting's minutes in prose whose only business asking anything is the matters taken up
 * under "Matters Arising" ("Best Kept Garden Competition – information to be put into the next
 * edition …") or listed under a heading over actions: each is an action, who answers for it named
 * in its words or not at all. A task the record asks of several members elsewhere is theirs too.
 */
export function arisingMinutes(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const column = lineColumn(sheet);
  if (column === null || actionsNeeded(sheet, column) > 1) return null;
  const { who } = arisingWho(sheet, column);
  if (who.size < MIN_MATTERS) return null;
  const passedOnly = withTasksInWords(sheet, column, who);
  return actionsNamedInWords(sheet, column, who, {
    passedOnly,
    kindReason: "minutes whose matters arising each take up an earlier action ('Subject – what has happened')",
    actionEvidence: 'each matter taken up',
    ownerEvidence: `who is to act, in the words of ${[...who.values()].filter((w) => w).length} of ${who.size} matters`,
    deadlineEvidence: "words such as 'by the end of June' in a matter's words",
  });
}

/** "1)", "(2)", "a)", "•", "- ": the mark of a line in a list, not a minute's number ("4.1.3"). */
const LISTED = /^\s*(?:\(?\d{1,2}\)|\(?[a-z]\)|[•·]|[-–]\s)/i;

/** "P.A.T testing:", "Car Park Repairs:": a matter's subject in a cell of its own, ending in a colon. */
const SUBJECT_CELL = /^\s*[A-Z][^:.!?]{0,40}(?:\.[^:.!?]{1,40}){0,3}:\s*$/;

/** "(1)", "(3)(ii)", "(4)(iv)(a)", "2.", "b)": a matter's number in a list of matters arising. */
const MATTER_NUMBER = /^\s*(?:\(\d{1,2}\)(?:\s*\([ivx]{1,4}\))?(?:\s*\([a-z]\))?|\d{1,2}[.)]|\(?[a-z]\))\s*$/i;

/** "24/22", "01/17/01", "12.3": a minute's number in parts. */
const NUMBER_IN_PARTS = /^\s*\d{1,4}\s*[/.]\s*\d{1,4}(?:\s*[/.]\s*\d{1,4})?\.?\s*$/;

/** The rows whose cell in `column` is a minute's number. */
function minuteNumbers(sheet: SheetSnapshot, column: number): number[] {
  const rows: number[] = [];
  for (let r = sheet.originRow; r < sheet.originRow + sheet.values.length; r++)
    if (NUMBER_IN_PARTS.test(textAt(sheet, r, column))) rows.push(r);
  return rows;
}

/** "PRESENT", "APOLOGIES", "NOT ATTENDED": who came, with their initials beside them, not who acts. */
const ATTENDANCE = /^\s*(?:\d{1,2}[.)]?\s+)?(?:present|apologies|in\s+attendance|not\s+attended|attendees|absent)\b/i;
/** "Present: …", "Apologies: Bert Cameron": who attended a meeting, a line its record opens with. */
const ATTENDANCE_LINE = /^\s*(?:present|apologies(?:\s+for\s+absence)?|in\s+attendance)\s*:/i;

/** "Action By: Nil", "Action: None": a minute that needs no action. */
const NO_ACTION = /^(?:nil|none|n\/a|no action|-)\.?$/i;

/**
 * Minutes kept in a table with no heading, each action's minute ending in a cell of its own that
 * names who acts ("Action By: RM", "Action By: TB / ALL", or the names alone: "AM/PW", "CLERK")
 * beside the minute's words. Those minutes are the actions; the rest, and "Action By: Nil", record
 * discussion and are no items. (Names alone only where every cell of the column is that short.)
 * With `oneWillDo`, asked last, one marked action is enough in a meeting's record.
 */
export function actionCellMinutes(
  sheet: SheetSnapshot,
  oneWillDo = false,
): { table: Table; reading: TableReading } | null {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const lastCol = lastColumnOf(sheet);
  for (let actionCol = sheet.originCol + 1; actionCol <= lastCol; actionCol++) {
    const named: number[] = [];
    // (Who a mark names, "AP: Cllr Bull to liaise …", or a note of who acts and when, "B Puzey by
    // 2nd Oct mtg.": the owner, what they are to do and by when aside.)
    const notes = new Map<number, string>();
    let textCol = 0;
    let [marked, long] = [0, 0];
    let headed = false;
    for (let r = sheet.originRow; r <= lastRow; r++) {
      const printed = textAt(sheet, r, actionCol).trim();
      if (!printed || ATTENDANCE.test(textAt(sheet, r, sheet.originCol))) continue;
      const cell = withoutStanding(printed);
      if (cell !== printed) notes.set(r, cell);
      // ("Action" with no one after it, below the column's first cell: the mark naming no one. The
      // first may head the column.)
      const mark = headed && BARE_MARK.test(cell) ? '' : markedWho(cell);
      const below = headed;
      headed = true;
      const noted = mark === null ? notedWho(cell) : null;
      const m = mark ?? noted;
      if (m !== null) notes.set(r, m);
      if (m === null && cell.split(/\s+/).length > WHO_CELL_WORDS) long += 1;
      const who = m ?? cell;
      if (m === null && !namesOnly(who) && !BODY_WHO.test(who)) continue;
      let words = 0;
      for (let c = actionCol - 1; c >= sheet.originCol && !words; c--) if (textAt(sheet, r, c)) words = c;
      if (!words || (textCol && words !== textCol)) continue;
      // (Names alone stand beside a minute's sentences, not beside a label: "Customer Services | CPRC".
      // A note of who acts and when stands beside a task of a few words, not a label: "Author: | P. Skelton".)
      const task = textAt(sheet, r, words);
      // (A short task written as a sentence will do: "Erect junior goals. | PH/RB".)
      const sentence = task.split(/\s+/).length >= TASK_WORDS && /\.\s*$/.test(task);
      if (m === null && ((task.split(/\s+/).length < MINUTE_WORDS && !sentence) || PLACEHOLDER_WHO.test(who))) continue;
      if (noted !== null && (task.split(/\s+/).length < TASK_WORDS || /:\s*$/.test(task))) continue;
      textCol = words;
      if (m !== null) marked += 1;
      if (
        !NO_ACTION.test(who) &&
        (m !== null
          ? namesWho(who, cell) ||
            (mark !== null && COLON_MARK.test(cell) && (givenNames(who) || (below && markOnly(cell))))
          : namesOnly(who) || BODY_WHO.test(who))
      )
        named.push(r);
    }
    // (One action marked "Action GP and GM." will do in a meeting's record, where nothing else reads it.)
    const needed = oneWillDo && marked > 0 && titledAsMeeting(sheet) ? 1 : MIN_ACTIONS;
    if (named.length < needed || (marked < needed && long > 0)) continue;
    // (Lines under "4. ACTION PLAN" taking up its actions, "Item 3 Slings – …", ask who answered for
    // them, whether or not they name anyone.)
    const numberCol = textCol - 1;
    for (let r = named[0]; numberCol >= sheet.originCol && r <= lastRow; r++)
      if (!named.includes(r) && followsUpAction(sheet, r, textCol, numberCol)) named.push(r);
    // ("Action: to investigate and report.": a mark naming no one, an action whose owner is missing.)
    for (const [r, m] of notes)
      if (!named.includes(r) && /^to\s+[a-z]/i.test(m)) {
        named.push(r);
        notes.set(r, '');
      }
    // ("Action - DM agreed to amend and circulate." with the cell beside blank: an action, its owner missing.)
    for (let r = named[0]; r <= lastRow; r++)
      if (!named.includes(r) && !textAt(sheet, r, actionCol) && ACTION_OPENING.test(textAt(sheet, r, textCol)))
        named.push(r);
    const arising = arisingMatters(sheet, textCol);
    for (const r of arising) if (!named.includes(r)) named.push(r);
    named.sort((a, b) => a - b);
    const items = new Map<number, Map<LogicalColumn, number>>();
    // (A matter taken up says what has happened: "installation would take place within 2022" is
    // what someone said, not a date set.)
    for (const r of named) items.set(r, minuteFields(sheet, r, textCol, !arising.includes(r)));
    // (The minutes' numbers, "24/22", "25/22", in the column before their words: each minute's
    // reference, whether it asks anything or not.)
    const numbered = numberCol < sheet.originCol ? [] : minuteNumbers(sheet, numberCol);
    const byNumber = numbered.length >= MIN_ACTIONS;
    return lineItemsTable(sheet, {
      headerRow: named[0] - 1,
      firstColumn: textCol,
      lastColumn: actionCol,
      lastRow: named[named.length - 1],
      columns: {
        ...(byNumber ? { id: { column: numberCol, header: '' } } : {}),
        action: { column: textCol, header: '' },
        owner: { column: actionCol, header: 'Action by' },
        deadline: { column: textCol, header: '' },
      },
      ...(byNumber ? { recordRows: numbered.filter((r) => !items.has(r)) } : {}),
      items,
      kindReason:
        "minutes in a table whose actions each name who acts in a cell of their own ('Action By: RM', 'AM/PW')",
      columnReadings: [
        columnNote(textCol, '', 'action', "each minute's words"),
        columnNote(actionCol, '', 'owner', `${named.length} cells naming who acts`),
        columnNote(textCol, '', 'deadline', "words such as 'by 31st May' in an action's minute"),
      ],
      skippedRows: [],
      fieldTexts: new Map([['owner', new Map([...notes].filter(([r]) => items.has(r)))]]),
    });
  }
  return null;
}
/^(?:[A-Z]{2,4}|ALL|All|Clerk|Chair|Chairman|RFO|Mayor)(?:\s*(?:\/|,|&|and)\s*(?:[A-Z]{2,4}|ALL|All|Clerk|Chair|Chairman|RFO|Mayor))*$/;

/** "Email", "Defer", "Provide": what an action opening in the imperative asks be done. */
const TASK_VERBS =
  'Add|Amend|Arrange|Ask|Check|Circulate|Clarify|Confirm|Consider|Contact|Defer|Discuss|Draft|Email|Ensure|Establish|Explore|Find|Follow|Forward|Identify|Include|Inform|Investigate|Invite|Liaise|Look|Notify|Obtain|Organi[sz]e|Prepare|Produce|Provide|Publish|Raise|Reflect|Remind|Request|Respond|Seek|Send|Share|Submit|Write';

/** "JOHN/DODIE", "COMMITTEE": who acts in capitals, as a minute's "ACTION" mark is. */
const CAPITALS_WHO = String.raw`[A-Z]{2,}(?:\s*[/&,]\s*[A-Z]{2,})*`;
/**
 * "MS/GP", "CD / DH": two sets of initials or more, joined by strokes, as minutes name who acts
 * after "Action" at the end of a minute's words. ("Action GP/CH" alone in a cell beside the
 * minutes is who acts in a column of its own, read with the table.)
 */
const SLASHED_INITIALS = String.raw`[A-Z]{2,3}(?:\s*\/\s*[A-Z]{2,3})+(?![\w/])`;

/**
 * "ACTION: NB to speak …", "Action – The Clerk", "Action 2: AM, HM to Action", "Action Cllr
 * Carnell", "Action. Cllr’s Jerwood, Cllr Latter", "ACTION (JP)", "ACTION Defer items" (the mark in
 * capitals before a task in the imperative), "ACTION JOHN/DODIE: arrange …" (who acts in
 * capitals, then a colon), "Action MS/GP" (initials joined by strokes): an action written into a
 * minute's words.
 */
const INLINE_ACTION = new RegExp(
  String.raw`(?:^|[\s.;])(?:ACTIONS?|Actions?)(?:\s+\d{1,3})?\s*(?::|[–—-](?=\s)|\.?(?=\s+(?:Cllr|Councillor|Clerk|Secretary|Treasurer)\b)|(?=\([A-Z][\w/&\s]{0,20}\))|(?<=ACTIONS?\s)(?=(?:${TASK_VERBS})\s)|(?<=ACTIONS?\s)(?=${CAPITALS_WHO}:)|(?<=\S\s+(?:ACTIONS?|Actions?)\s)(?=${SLASHED_INITIALS}))\s*`,
  'g',
);
/**
 * "[Action PA/HA]", "[action PA]", "[Action: Committee]", "(Action: Jonathan Picken/Alex Walters)",
 * "(Action: )": an action's mark and who acts, bracketed. (In round brackets the mark has its
 * colon: "(action plan attached)" is no mark.)
 */
const BRACKETED_ACTION =
  /\[\s*actions?\s*(?:by)?\s*[:\-–]?\s*([^[\]]{1,40}?)\s*\]\.?|\(\s*actions?\s*(?:by)?\s*[:\-–]\s*([^()]{0,40}?)\s*\)\.?/gi;
/** "(Act Clerk & GB)", "(Act )": the mark cut short, in round brackets, with a capital (not "(act of …)"). */
const BRACKETED_ACT = /\(\s*Act(?:\s+([^()]{0,40}?))?\s*\)\.?/g;
/**
 * "… to be drafted. IT/WAML to action", "… plan. SC to action by 28th April": initials after the
 * task's sentence, then that they are to act.
 */
const INITIALS_TO_ACTION = /(?<=[.;]\s{1,3})([A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*)\s+to\s+action\b\.?/g;
/** "CD/GH – Send email …", "? – Discuss location": who acts, a dash, then the task. */
const WHO_DASH_TASK = /^([^–—\s][^–—]{0,29}?)\s+[–—-]\s+\S/;
/** A dash between words, as the parts of "who – task" are set apart. */
const DASH = /\s[–—-]\s/;
/** "Action ongoing", "Action complete – …": how the action stands, said after who acts. */
const ACTION_STANDS = /\s*\bAction\s+(?:ongoing|complete[d]?|closed|outstanding|in\s+progress|carried\s+forward)\b.*$/i;
/**
 * "NB to speak", "Cllr Atkins and Cllr Eaton to request", "Clerk will write", "Stewart and George
 * volunteered to be part of …": who, then what they are to do.
 */
const WHO_TO_DO = /^(.{1,60}?)\s+(?:(?:volunteered|agreed|offered|undertook)\s+)?(?:to|will|is to|are to)\s+[a-z]/i;
/** "CLERK", "NB", "Cllr Atkins", "Sue Jones": initials, a post a parish has one of, or a person's name. */
const NAMED_WHO = new RegExp(
  String.raw`^(?:[A-Z]{2,4}|(?:The\s+)?(?:${POST})|(?:Co(?:unty)?\s+)?Cllrs?\.?\s+[A-Z][\w'-]+|(?!The\s)[A-Z][a-z'-]+\s+[A-Z][a-z'-]+)$`,
);
/**
 * "The Chair and Vice Chair situation to be discussed": a thing to be done, its subject no one.
 * The first "to" decides: "Cllr Palethorpe to arrange for rubbish to be removed" names him.
 */
const FIRST_TO = /^[^.]{1,80}?\s+(?:is\s+|are\s+)?to\s+(\w+)\s+(\w+)/i;
/** "included", "taken", "sent": what a thing is "to be" in a task in the passive. */
const PARTICIPLE = /^(?:[a-z]+(?:ed|en)|sent|kept|put|held|set|made|done|brought|bought|built|paid|sought)$/i;
/** The most words a name of who acts runs to ("Co Cllr Gretton", "remaining Councillors"). */
const WHO_WORDS = 6;

/**
 * "Email comments on …", "Defer items to September", "Provide update to Directors …": an action
 * opening with what is to be done, in the imperative, naming no one to do it.
 */
const TASK_VERB = new RegExp(String.raw`^(?:${TASK_VERBS})\s+\S+\s+\S`);

/** "Corrected.", "Done": an action's outcome in one word, no name. */
const DONE_WORD = /^(?:Corrected|Done|Actioned|Completed?|Resolved|Closed|Amended|Received|Sent|Paid)\.?$/i;

/** "It was agreed", "It was resolved": what the meeting agreed, who is to act named in it or after it. */
const AGREED_OPENING = /^it\s+was\s+(?:agreed|resolved|decided)\b/i;
/** "It was agreed that the Chief Constable would invite …": who the meeting agreed would act. */
const AGREED_THAT_WHO =
  /^it\s+was\s+(?:agreed|resolved|decided)\s+that\s+(.{2,40}?)\s+(?:would|will|should)\s+(?!be\s)[a-z]/i;
/** "… would be prepared for the next meeting – Kate": a name or initials after a dash, ending the action. */
const TRAILING_WHO = /\s[–—-]\s*((?:Cllr\.?\s+)?[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?|[A-Z]{2,4})\.?\s*$/;

/** Who one sentence of an action names: "" where it names nobody ("to request an update"), null where it is no "who to do". */
function sentenceWho(sentence: string, first: boolean): string | null {
  if (first && TASK_VERB.test(sentence)) return '';
  // ("Results of the survey to be included on the agenda": what is to be done, by no one named.)
  const firstTo = FIRST_TO.exec(sentence);
  const passive = firstTo !== null && firstTo[1].toLowerCase() === 'be' && PARTICIPLE.test(firstTo[2]);
  if (/^to\s+[a-z]/i.test(sentence) || passive) return first ? '' : null;
  const m = WHO_TO_DO.exec(sentence);
  // (After the first, a sentence names a second who only by initials, a post or a name:
  // "Improvements to the interiors are needed" is no one.)
  const named = (who: string) => first || NAMED_WHO.test(who);
  if (m && m[1].trim().split(/\s+/).length <= WHO_WORDS && /^[A-Za-z]/.test(m[1]) && named(m[1].trim()))
    return m[1].trim();
  // ("Action – Corrected.": what was done, alone, naming no one.)
  if (first && DONE_WORD.test(sentence)) return '';
  // ("ACTION: JL", "ACTION: Clerk.": the names alone.)
  if (first && sentence.replace(/\.$/, '').split(/\s+/).length <= 3) return sentence.replace(/\.$/, '').trim();
  // ("Action: change on document and website.": the task alone, opening with what is to be done.)
  if (first && /^[a-z]/.test(sentence)) return '';
  // ("Action – It was agreed that the Chief Constable would invite …": who was agreed to act;
  // "Action: It was agreed a draft business plan … would be prepared – Kate": who, after the task.)
  // (Only after "It was agreed": elsewhere a word after a dash may say how the action stands, "– Ongoing".)
  const agreed =
    first && AGREED_OPENING.test(sentence) ? (AGREED_THAT_WHO.exec(sentence) ?? TRAILING_WHO.exec(sentence)) : null;
  if (agreed) return agreed[1].trim();
  // ("ACTION: A quotation had been received and it was agreed to accept it.": what happened, opening
  // as no name does and longer than any name of who acts runs to, naming no one.)
  if (first && sentence.split(/\s+/).length > WHO_WORDS && /^(?:a|an|it|this|these|there)\s/i.test(sentence)) return '';
  return first ? sentence : null;
}

/**
 * Who acts on a minute's actions, each after its "ACTION:" marker: one action naming two ("NB to
 * speak to the owners. CLERK to contact the PCSO") names them both; one naming nobody ("ACTION: to
 * request an update") leaves the minute with nobody. Of several actions, each with its one owner,
 * the first's owner stands for the minute.
 */
export function inlineActionWho(raw: string): string | null {
  // ("… NC will contact Tim to discuss. [Action NC]", "(Action: Jonathan Picken)": the mark and who
  // acts in brackets.)
  const text = raw
    .replace(
      BRACKETED_ACTION,
      (_m, square: string | undefined, round: string | undefined) => ` ACTION: ${(square ?? round ?? '').trim()}.`,
    )
    .replace(BRACKETED_ACT, (_m, who: string | undefined) => ` ACTION: ${(who ?? '').trim()}.`)
    // ("… To be chased up. AW to action by 28th April cfwd.": who acts, marked after the task.)
    .replace(INITIALS_TO_ACTION, (_m, who: string) => ` ACTION: ${who}.\n`);
  const starts = [...text.matchAll(INLINE_ACTION)].map((m) => (m.index ?? 0) + m[0].length);
  if (starts.length === 0) return null;
  const owners = starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const words = text
      .slice(start, end)
      .split('\n')[0]
      .replace(INLINE_ACTION, ' ')
      .replace(ACTION_STANDS, '')
      .trim()
      // ("ACTION (JP) & (CM) – ONGOING": who acts in brackets, then how it stands; "ACTION (GL): TRA
      // committee to contact …": who acts in brackets, then the task.)
      .replace(/^((?:\([^()]{1,20}\)\s*(?:&|and|,|\/)?\s*)+)(?:[–—:-].*)?$/s, (_m, who: string) =>
        who.replace(/[()]/g, ''),
      )
      .trim();
    // ("ACTION JOHN/DODIE: arrange with Club.": who acts in capitals, a colon, then the task.)
    const colon = new RegExp(String.raw`^(${CAPITALS_WHO})\s*:\s`).exec(words);
    if (colon) return [colon[1]];
    // ("Action RH/SD, speak Jan re timing …": initials joined by strokes, then the task.)
    const slashed = new RegExp(String.raw`^(${SLASHED_INITIALS})\s*(?:[,;.:–—-]|$)`).exec(words);
    if (slashed) return [slashed[1]];
    // ("ACTION – CD/GH – Send email …": who acts between dashes, then the task; "?" there is nobody.
    // Not "DT - paper/LS - agenda": two who each with a part.)
    const dashed = words.split(DASH).length === 2 ? WHO_DASH_TASK.exec(words) : null;
    if (dashed && dashed[1].split(/\s+/).length <= WHO_CELL_WORDS && !/\s(?:to|will)\s/i.test(dashed[1]))
      return /^\?+$/.test(dashed[1]) ? [] : [dashed[1]];
    const sentences = words.split(/(?<=\.)\s+(?=[A-Z])/);
    const who = sentences.map((s, k) => sentenceWho(s.trim(), k === 0)).filter((w): w is string => w !== null);
    return who[0] === '' ? [] : who;
  });
  const nobody = owners.find((o) => o.length === 0);
  if (nobody) return '';
  return (owners.find((o) => o.length > 1) ?? owners[0]).join(' / ');
}

/**
 * Who acts on each cell that `whoOf` reads as an action (null for one that is none, '' for one
 * naming nobody), in the column holding the most of them: minutes keep their actions in one.
 */
function whoInBusiestColumn(
  sheet: SheetSnapshot,
  whoOf: (text: string) => string | null,
): { column: number; who: Map<number, string> } {
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const lastCol = lastColumnOf(sheet);
  const byColumn = new Map<number, Map<number, string>>();
  for (let r = sheet.originRow; r <= lastRow; r++)
    for (let c = sheet.originCol; c <= lastCol; c++) {
      const who = whoOf(textAt(sheet, r, c));
      if (who !== null) byColumn.set(c, (byColumn.get(c) ?? new Map<number, string>()).set(r, who));
    }
  const [column, who] = [...byColumn].sort((a, b) => b[1].size - a[1].size)[0] ?? [0, new Map<number, string>()];
  return { column, who };
}

/**
 * "Minutes of …", "Notes of meeting", "Matters arising": words a meeting's record opens with. (Not
 * "Committee" or "Board": a paper "as reported to committee" is no record of its meeting.)
 */
const MEETING_WORDS = /\b(?:minutes|meeting|matters\s+arising)\b/i;
/** Rows of a sheet's opening that may name the meeting it records. */
const TITLE_ROWS = 6;

/**
 * Whether a sheet is a meeting's record, not a list or a notice: its first rows name a meeting or
 * who attended it ("Present: Chair - Rosie Curtis (RC)").
 */
export function titledAsMeeting(sheet: SheetSnapshot): boolean {
  const rows = sheet.values.filter((row) => row.some((v) => v !== null && v !== '')).slice(0, TITLE_ROWS);
  return rows.some((row) =>
    row.some((v) => typeof v === 'string' && (MEETING_WORDS.test(v) || ATTENDANCE_LINE.test(v))),
  );
}

/** Minutes numbered in a column left of `column` ("25 | Community Emergency Plan …"), counted. */
function numberedMinutes(sheet: SheetSnapshot, column: number): number {
  let count = 0;
  sheet.values.forEach((row, i) => {
    // (The number may be kept as a number: "25", not "25.".)
    const first = row.findIndex((v) => v !== null && v !== '');
    const numbered = first >= 0 && sheet.originCol + first < column && NUMBER_CELL.test(String(row[first]));
    if (numbered && textAt(sheet, sheet.originRow + i, column)) count += 1;
  });
  return count;
}

/** "AR", "Board", "JP & GC": initials or one word each, one or several, naming who a listed task is for. */
const LISTED_WHO = /^(?:[A-Z]{2,4}|[A-Z][a-z]+)(?:\s*(?:&|and|,|\/)\s*(?:[A-Z]{2,4}|[A-Z][a-z]+))*$/;

/**
 * Who a task listed a line to itself names: "AR to write to club …" (initials, a name or a post,
 * then what they are to do), '' for "Discuss recruitment drive …" (the imperative, no one), and
 * null for a line that is no task ("Treasurers Report", "Note: In December 2013 …").
 */
function listedTaskWho(line: string): string | null {
  if (TASK_VERB.test(line)) return '';
  const m = WHO_TO_DO.exec(line);
  const who = m?.[1].trim() ?? '';
  if (!m || who.split(/\s+/).length > WHO_WORDS) return null;
  return NAMED_WHO.test(who) || LISTED_WHO.test(who) ? who : null;
}

/** "Action 1:", "Action 12": an action's number alone on its line, heading its words below. */
const NUMBERED_HEADING = /^\s*actions?\s+\d{1,3}\s*[:.–-]?\s*$/i;

/** "For Action:", "For action": a paper's routing stamp at its head, asking nothing itself. */
const ROUTING_STAMP = /^\s*for\s+action\s*:?\s*$/i;

/**
 * Actions named in a column's words that make it minutes with actions: one in a meeting's record
 * (numbered minutes, or a meeting named in its first rows); elsewhere "IMPORTANT ACTION: To confirm
 * bookings" alone is a note, and two are needed.
 */
function actionsNeeded(sheet: SheetSnapshot, column: number): number {
  return numberedMinutes(sheet, column) >= MIN_MINUTES || titledAsMeeting(sheet) ? 1 : MIN_ACTIONS;
}

/**
 * Minutes in prose, each action written into a minute's words after "ACTION:" ("… before
 * ordering. ACTION: CLERK to inform Councillors of cost."). The minutes with such a marker, in the
 * column most of them share, are the actions; who acts is read from the words after the marker.
 * Two are needed, or one in a sheet that reads as a meeting's record (numbered minutes, or a
 * meeting named in its first rows).
 */
export function inlineActionMinutes(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const { column, who } = whoInBusiestColumn(sheet, (text) => (text ? inlineActionWho(text) : null));
  // ("Actions: | AR to write to club … | GC to close account": the tasks listed under the mark one
  // to a line, each naming who acts or asking in the imperative, up to the first line that is none.)
  const tasksUnder = (r: number) => {
    const tasks: [number, string][] = [];
    for (let k = r + 1; k < sheet.originRow + sheet.values.length; k++) {
      const cells = filledCells(sheet, k);
      if (cells.length !== 1 || cells[0][0] !== column || who.has(k)) break;
      const task = listedTaskWho(String(cells[0][1]).trim());
      if (task === null) break;
      tasks.push([k, task]);
    }
    return tasks;
  };
  // ("Actions:" alone, opening its line over the actions listed under it, "1) …" or each marked:
  // their heading, none itself. Beside a minute's words, or with the next minute under it, it
  // marks that minute, its owner not named.)
  const heads = (r: number, tasks: readonly unknown[]) => {
    let k = r + 1;
    while (k < sheet.originRow + sheet.values.length && filledCells(sheet, k).length === 0) k += 1;
    const first = filledCells(sheet, k)[0];
    return who.has(k) || (first !== undefined && LISTED.test(String(first[1]))) || tasks.length > 0;
  };
  for (const r of [...who.keys()]) {
    // ("Action 1:" alone on its line, the action's words and fields under it: its number, no mark of who acts.)
    if (NUMBERED_HEADING.test(textAt(sheet, r, column))) {
      who.delete(r);
      continue;
    }
    const bare = BARE_MARK.test(textAt(sheet, r, column)) && !filledCells(sheet, r).some(([c]) => c < column);
    const tasks = bare ? tasksUnder(r) : [];
    if (!(bare && heads(r, tasks)) && !ROUTING_STAMP.test(textAt(sheet, r, column))) continue;
    who.delete(r);
    for (const [k, task] of tasks) who.set(k, task);
  }
  if (who.size < actionsNeeded(sheet, column)) return null;
  withArisingMatters(sheet, column, who);
  const passedOnly = withTasksInWords(sheet, column, who);
  // ("Action – DM agreed to amend and circulate. | DM": who acts given again in a cell beside the
  // action, on most of them: the cell is who answers for it, blank or not.)
  const beside = column + 1;
  // (Names, or a body named where a person is asked: short words, not a sentence.)
  const nameBeside = (r: number) => {
    const cell = textAt(sheet, r, beside).trim();
    return cell !== '' && cell.split(/\s+/).length <= WHO_CELL_WORDS && !/[.;:]\s/.test(cell);
  };
  const named = [...who.keys()].filter(nameBeside);
  // ("Action: report on complaints twice a year. | PJM": the task alone in the words, who acts beside.)
  for (const r of named) if (who.get(r) === '') who.set(r, textAt(sheet, r, beside).trim());
  const ownerColumn = named.length >= 2 && named.length * 2 >= who.size ? beside : undefined;
  return actionsNamedInWords(sheet, column, who, {
    kindReason: "minutes in prose, each action written into a minute after 'ACTION:'",
    actionEvidence: "each minute's words",
    ownerEvidence:
      ownerColumn === undefined
        ? `who acts, after 'ACTION:' in ${who.size} minutes`
        : `who acts, in the cell beside ${named.length} of the ${who.size} actions`,
    deadlineEvidence: "words such as 'by 31st May' in an action's minute",
    ownerColumn,
    passedOnly,
  });
}

/**
 * The minutes that name who acts in their own words, as actions: each minute's cell its action,
 * who acts as read from its words, and, where asked, a time in its words ("ASAP") when.
 */
function actionsNamedInWords(
  sheet: SheetSnapshot,
  column: number,
  who: ReadonlyMap<number, string>,
  said: {
    kindReason: string;
    actionEvidence: string;
    ownerEvidence: string;
    deadlineEvidence?: string;
    /** A column beside the minutes naming who acts, read in place of their words. */
    ownerColumn?: number;
    /** Minutes read only for a date they set, said only where it has passed. */
    passedOnly?: ReadonlySet<number>;
  },
): { table: Table; reading: TableReading } {
  const rows = [...who.keys()].sort((a, b) => a - b);
  const items = new Map<number, Map<LogicalColumn, number>>();
  for (const r of rows) {
    const fields = new Map<LogicalColumn, number>([
      ['action', r],
      ['owner', r],
    ]);
    if (said.deadlineEvidence && timePhrase(textAt(sheet, r, column)) !== null) fields.set('deadline', r);
    items.set(r, fields);
  }
  const deadline = said.deadlineEvidence ? { deadline: { column, header: '' } } : {};
  const ownerColumn = said.ownerColumn ?? column;
  const found = lineItemsTable(sheet, {
    headerRow: rows[0] - 1,
    firstColumn: column,
    lastColumn: ownerColumn,
    lastRow: rows[rows.length - 1],
    columns: { action: { column, header: '' }, owner: { column: ownerColumn, header: 'Action' }, ...deadline },
    items,
    kindReason: said.kindReason,
    columnReadings: [
      columnNote(column, '', 'action', said.actionEvidence),
      columnNote(ownerColumn, '', 'owner', said.ownerEvidence),
      ...(said.deadlineEvidence ? [columnNote(column, '', 'deadline', said.deadlineEvidence)] : []),
    ],
    skippedRows: [],
    ...(said.ownerColumn === undefined ? { fieldTexts: new Map([['owner', who]]) } : {}),
  });
  return said.passedOnly?.size ? { ...found, table: { ...found.table, passedOnly: said.passedOnly } } : found;
}

/**
 * "IJ to contact SL", "CD To make amendments", "… – AM – to follow up", "IJ/CC TO DEAL.", "DM and
 * IM to get back", "ALL to get letter", "D.C. and the clerk offered to investigate": initials (with
 * their dots or without), then what they are to do.
 */
const INITIALS_TO_DO =
  /(?:^|[–—-]\s+|[.;]\s+)((?:[A-Z]{2,4}|(?:[A-Z]\.){2,3})(?:\s*(?:\/|&|\band\b)\s*(?:[A-Z]{2,4}|(?:[A-Z]\.){2,3}|the\s+[Cc]lerk))*|ALL)\s+(?:[–—-]\s+)?(?:(?:offered|agreed)\s+)?(?:to|To|TO)\s+[A-Za-z]/;
/** "… to be circulated – MF/MG.", "Apprenticeships, Oban HS to be approached – MF": the task, a dash, then who. */
const INITIALS_AFTER_TASK = /\s[–—-]\s+((?:[A-Z]{2,4})(?:\s*(?:\/|&|\band\b)\s*[A-Z]{2,4})*)\.?\s*$/;

/**
 * "… are still outstanding. AS", "… will now be ordered. AS/QD", "Minor amendments were approved
 * PI": initials after a line's last words, as the column of who acts reads once the page's columns
 * are run together.
 */
const INITIALS_AT_END = /[a-z0-9.!?)]\s+([A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*)\.?\s*$/;
/** "… seconded", "… proposed by": words naming who moved or backed a motion just before their initials. */
const MOVED_BY = /\b(?:proposed|seconded|approved|moved|by|from|to|and|with|of)$/i;
/** "Helen Bowater (HB) – Minutes Mike Way (MW)": a line going on with the names of who attended, each word capitalised. */
const namesLine = (text: string) => text.split(/\s+/).every((w) => /^[A-Z(–—;,-]/.test(w));

/**
 * The initials of those a record lists as attending, from its attendance lines and the lines of
 * names just under them: "(PA)" given, or made of a name's words ("Alasdair Swan" is AS; of
 * "Councillor Joanne Hunt", JH as well).
 */
function attendeeInitials(sheet: SheetSnapshot): Set<string> {
  const out = new Set<string>();
  const rows = sheet.values.filter((row) => row.some((v) => v !== null && v !== '')).slice(0, ATTENDANCE_ROWS);
  let listing = false;
  for (const row of rows) {
    const cells = row.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    const text = cells.join(' ');
    if (cells.length > 0 && ATTENDANCE.test(cells[0])) listing = true;
    else if (!listing || !namesLine(text.trim())) {
      listing = false;
      continue;
    }
    for (const m of text.matchAll(/\(([A-Z]{2,4})\)/g)) out.add(m[1]);
    for (const run of text.match(/\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\b/g) ?? []) {
      const letters = run.split(/\s+/).map((w) => w[0]);
      out.add(letters.join(''));
      if (letters.length === 3) out.add(letters.slice(1).join(''));
    }
  }
  return out;
}

/**
 * Minutes kept as lines of prose, each action a line (or the end of one) naming who acts by their
 * initials and what they are to do: "IJ to contact SL to set up a meeting", or after its last words
 * ("… still outstanding. AS"), where those are the initials of members the record lists as there.
 * Those lines are the actions, their initials who acts, and a time in their words ("ASAP") when.
 * Two such lines are needed, or one in a meeting's record.
 */
export function initialsActionMinutes(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const column = lineColumn(sheet);
  if (column === null) return null;
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const who = new Map<number, string>();
  const attending = attendeeInitials(sheet);
  for (let r = sheet.originRow; r <= lastRow; r++) {
    const text = textAt(sheet, r, column);
    const at = INITIALS_AT_END.exec(text);
    // ("approved JC; seconded GC": who moved a motion, not who acts.)
    const end = at && !MOVED_BY.test(text.slice(0, at.index + 1)) ? at[1] : undefined;
    const m = INITIALS_TO_DO.exec(text) ?? INITIALS_AFTER_TASK.exec(text);
    if (end && end.split(/\s*[/&]\s*/).every((i) => attending.has(i))) who.set(r, end);
    else if (m) who.set(r, m[1]);
  }
  if (who.size < actionsNeeded(sheet, column)) return null;
  withArisingMatters(sheet, column, who);
  const passedOnly = withTasksInWords(sheet, column, who);
  return actionsNamedInWords(sheet, column, who, {
    passedOnly,
    kindReason: "minutes in prose whose actions name who acts by their initials ('IJ to contact SL')",
    actionEvidence: 'each line naming who is to act',
    ownerEvidence: `the initials of who acts in ${who.size} lines`,
    deadlineEvidence: "words such as 'ASAP' in an action's line",
  });
}

/** "The Clerk was asked to contact …", "Cllr Jones and Clerk were asked to …": whom the meeting asked to act. */
const ASKED_TO = /(?:^|[.;:]\s+)((?:the\s+)?[A-Z][^.;:]{0,60}?)\s+(?:was|were)\s+asked\s+to\s+[a-z]/;
/**
 * "It was agreed that the Clerk and Cllr Rees will reply …", "Councillors unanimously agreed that
 * Clerk would send …": whom the meeting agreed should act. ("… would be granted" asks no one.)
 */
const AGREED_WHO =
  /\b(?:agreed|resolved)\s+that\s+((?:the\s+)?[A-Z][^.;:]{0,60}?)\s+(?:will|would|should)\s+(?!be\b)[a-z]/;
/** "Clerk and Cllr Morgan agreed to take photographs …": who undertook to act, a verb after "to". */
const AGREED_TO =
  /(?:^|[.;:]\s+)((?:the\s+)?[A-Z][^.;:]{0,60}?)\s+(?:agreed|offered|undertook)\s+to\s+(?!(?:be|the|a|an|this|these|that|those|it|its|his|her|their|our|all|any|each)\b)[a-z]/;
/**
 * "The Clerk and Cllr Hay will distribute …", "Cllr Norton and Cllr Vigrass will be responsible",
 * "The Clerk and Cllr Nathan would contact …" (reported), "Colin Campbell and Nicola Mair are going
 * to contact …": who is to act, named, then what they will do. ("It will be ordered" names no one;
 * "Cllrs Higgins and Eastwood would attend" each go.)
 */
const NAMED_WILL =
  /(?:^|[.;:]\s+)((?:the\s+)?[A-Z][^.;:]{0,60}?)\s+(?:will|would|(?:is|are)\s+going\s+to)\s+(?:be\s+responsible\b|(?!(?:be|have|need|not|like|also|attend)\b)[a-z])/;
/** " to contact", " to action": the "to" of a task after who is to do it ("to be" is a thing done, by no one named). */
const TO_TASK =
  /\s+to\s+(?!(?:be|note|present|consider|approve|agree|receive|endorse|discuss|meet|attend)\b)[a-z]{2,}/g;
/** " to the", " to a", " to this": "to" before a thing agreed to, not a task. */
const AGREED_TO_THING = /^\s+to\s+(?:the|a|an|this|that|these|those|its?|their|his|her|our|all|any|each|every)$/i;
/** Where a sentence or a dashed-off clause starts. */
const CLAUSE_START = /(?:[.;:!?]\s+|\s[–—-]\s+)/g;
/** A bullet or a point's number opening a clause. */
const LEAD_MARK = /^\s*(?:[•·]\s*|\d{1,2}[.)]\s+)/;
/** "Present: Pete Smith, Vera Jones, Don (DC)": the words naming those a meeting's record lists as there. */
const NAME_WORD = /\b[A-Z][a-z'’-]+\b|\b[A-Z]{2,4}\b/g;
/** Rows of a sheet's opening read for who attended. */
const ATTENDANCE_ROWS = 12;

/**
 * The names of those a meeting's record lists as present, in attendance or sending apologies, each
 * word alone ("Vera", "Jones", "DC"): a first name on its own names one of them where the minutes
 * ask them to act ("Vera to email some people").
 */
export function attendeeNames(sheet: SheetSnapshot): Set<string> {
  const names = new Set<string>();
  const rows = sheet.values.filter((row) => row.some((v) => v !== null && v !== '')).slice(0, ATTENDANCE_ROWS);
  for (const row of rows) {
    const cells = row.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (cells.length === 0 || !ATTENDANCE.test(cells[0])) continue;
    for (const cell of cells) for (const w of cell.replace(ATTENDANCE, ' ').match(NAME_WORD) ?? []) names.add(w);
  }
  return names;
}

/** "- Council to agree … - Clerk to submit …": a cell opening a list of actions and going on with it. */
const LISTED_IN_CELL = /^\s*[-–•]\s.*\s[-–•]\s/s;
/** " will complete", " will be responsible": what someone named before it will do ("will be ordered" names no one). */
const WILL_TASK = /\s+will\s+(?:be\s+responsible\b|(?!(?:be|have|need|not|also)\b)[a-z]{2,})/g;

/**
 * Who a clause of the minutes asks to do something, named just before its "to" or "will"
 * ("Peter/Vicky to contact the Council events team", "Dave Atkinson and Clerk to action",
 * "Discussion ensued and Fiona will complete …"): the longest run of words ending there that names
 * people or posts alone, or those the record lists as there by a name of theirs. Null where no
 * clause names anyone so.
 */
function taskWho(text: string, attendees: ReadonlySet<string>, bodies: ReadonlySet<string>): string | null {
  const tasks = [...text.matchAll(TO_TASK), ...text.matchAll(WILL_TASK)].sort(
    (x, y) => (x.index ?? 0) - (y.index ?? 0),
  );
  for (const m of tasks) {
    // ("Colin and Nicola are going to contact …", "Amanda/Marian is to invite …", "Angus and Chris
    // agreed to contact …": who is to act, then that they are going to, are to, or agreed to.)
    const before = text
      .slice(0, m.index)
      .replace(/\s+(?:(?:is|are)(?:\s+going)?|agreed|offered|volunteered|undertook)$/, '');
    // ("Clerk and Cllr Morgan agreed to the new layout": agreeing to a thing, no task.)
    if (/\bagreed$/.test(text.slice(0, m.index)) && AGREED_TO_THING.test(m[0])) continue;
    // ("Dylan was to investigate": what was asked before, reported.)
    if (/\b(?:was|were)$/i.test(before)) continue;
    const starts = [0, ...[...before.matchAll(CLAUSE_START)].map((c) => (c.index ?? 0) + c[0].length)];
    const words = before
      .slice(starts[starts.length - 1])
      .replace(LEAD_MARK, '')
      .trim()
      .split(/\s+/);
    for (let k = 0; k < words.length; k++) {
      const who = words.slice(k).join(' ');
      if (who.length > 60 || !/^[A-Z]/.test(who.replace(/^the\s+/i, ''))) continue;
      if (EVERY_MEMBER.test(who)) break;
      if (peopleNamed(who, attendees, bodies)) return who;
    }
  }
  return null;
}

/** "D Earle", "J. Smith": an initial and a surname. */
const INITIAL_SURNAME = /^[A-Z]\.?\s+[A-Z][a-z'’-]+$/;

/**
 * Whether `who` names people or posts alone, one or several ("Clerk and Cllr Hay", "Nick and
 * John"): each a name in full, initials or a post, or a name of one the record lists as there.
 */
export function peopleNamed(who: string, attendees: ReadonlySet<string>, bodies: ReadonlySet<string>): boolean {
  const parts = who.split(/\s*(?:\/|,|&|\band\b)\s*/).map((p) => p.replace(/^the\s+/i, ''));
  // (Initials name a person only among those the record lists by theirs, where it lists any, and
  // never the initials of the body the record is of: "RFMC", the Recreation Field Management Committee.)
  const initialsListed = [...attendees].some((w) => /^[A-Z]{2,4}$/.test(w));
  const known = (part: string) =>
    (!BODY_WORD.test(part) &&
      (/^[A-Z]{2,4}$/.test(part)
        ? !bodies.has(part) && (!initialsListed || attendees.has(part))
        : NAMED_WHO.test(part))) ||
    (part.split(/\s+/).length <= 2 && part.split(/\s+/).every((w) => attendees.has(w))) ||
    // ("D Earle" where the record lists "D Earle" as present: an initial and a surname it knows.)
    (INITIAL_SURNAME.test(part) && attendees.has(part.split(/\s+/)[1]));
  return parts.every((part) => part !== '' && known(part));
}

/**
 * The initials of the bodies named in a record's first rows ("Leigh on Mendip Recreation Field
 * Management Committee" gives "RFMC", "FMC", …): the body the record is of, or its parts, named short.
 */
export function titleInitials(sheet: SheetSnapshot): Set<string> {
  const out = new Set<string>();
  const rows = sheet.values.filter((row) => row.some((v) => v !== null && v !== '')).slice(0, TITLE_ROWS);
  for (const v of rows.flat())
    if (typeof v === 'string')
      for (const run of v.match(/(?:\b[A-Z][a-z]+\b\s*){2,}/g) ?? []) {
        // (A body's name ends in what it is, "… Committee"; "Neil Woodrow" is who came.)
        if (!BODY_WORD.test(run.trim())) continue;
        const letters = run
          .trim()
          .split(/\s+/)
          .map((w) => w[0]);
        for (let i = 0; i < letters.length; i++)
          for (let j = i + 2; j <= Math.min(letters.length, i + 5); j++) out.add(letters.slice(i, j).join(''));
      }
  return out;
}

/** "… would be chased up once more by the Clerk and Cllr Blaze": a task to be done, by whom, in the passive. */
const TO_BE_DONE_BY =
  /\b(?:will|would|should|is\s+to|are\s+to|to)\s+be\s+[a-z]+(?:ed|en|t)\b[^.;:]{0,50}?\bby\s+((?:the\s+)?[A-Z][^.;:,]{0,50}?)(?=\s*(?:[.;:,]|$|\s+(?:to|and\s+[a-z]|as|in|on|at|before|after|when|if|once|for)\b))/;

/** Who a task in the passive names as doing it, where they are people or posts ("by the Clerk"). */
function doneBy(text: string, attendees: ReadonlySet<string>, bodies: ReadonlySet<string>): string | null {
  const who = TO_BE_DONE_BY.exec(text)?.[1].trim();
  // (Initials there name a member only as the record lists them: "released by KDC" is a council.)
  const unlisted = who !== undefined && /^[A-Z]{2,5}$/.test(who) && !attendees.has(who);
  return who && !unlisted && peopleNamed(who, attendees, bodies) ? who : null;
}

/** "Clerk", "Chairman", "Cllr Hay": a post a meeting's record names, or a councillor by name. */
const POST_OR_COUNCILLOR = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:${POST}|(?:Co(?:unty)?\s+)?(?:Cllrs?\.?|Councillors?)\s+(?!Members?\b)[A-Z][\w'-]+)$`,
);

/**
 * Whether `who` names only posts, councillors by name, or those the record lists as there by the
 * words of their names ("Clerk and Cllr Hay", "Vera and Pete"): not "Parish Councillors" or "KDC".
 */
function membersOnly(who: string, attendees: ReadonlySet<string>): boolean {
  return who
    .split(/\s*(?:\/|,|&|\band\b)\s*/)
    .every(
      (part) =>
        POST_OR_COUNCILLOR.test(part) ||
        (INITIAL_SURNAME.test(part) && attendees.has(part.split(/\s+/)[1])) ||
        (part !== '' && part.split(/\s+/).length <= 3 && part.split(/\s+/).every((w) => attendees.has(w))),
    );
}

/** "Aberdeenshire Council", "Users Group", "Trust Board": two words naming a body, not a person. */
const BODY_WORD =
  /\b(?:Council|Group|Board|Trust|Committee|Audit|Panel|Forum|Partnership|Association|Society|Services?|Team|Agency|Authority|Company|Club|Church|School|Office|Department|Police)$/;

/** "Planning Panel", "Finance Committee": a body of the council, named as who acts. */
const BODY_NAME = /^(?:the\s+)?(?:[A-Z][\w'’/&-]*\s+){0,3}(?:Panel|Committee|Council|Group|Board)$/;

/** Whether who undertook to act is named as people, posts or a body, one or several ("Clerk and Cllr Morgan"). */
function namedWho(who: string): boolean {
  // ("Cllrs Colenutt and Howard": the title before the first name goes with each.)
  const councillors = /^Cllrs\.?\s+/.test(who);
  return who
    .split(/\s*(?:,|&|\band\b)\s*/)
    .every(
      (part, i) =>
        NAMED_WHO.test(part.replace(/^the\s+/i, '')) ||
        BODY_NAME.test(part) ||
        (councillors && i > 0 && /^[A-Z][a-z'-]+$/.test(part)),
    );
}

/**
 * "Councillors were asked to inform Clerk if …": an invitation to every member, no task for anyone;
 * "the Town Council would support …": what the council resolved, no task either.
 */
const EVERY_MEMBER =
  /^(?:all\s+)?(?:the\s+)?(?:councillors|members|cllrs|(?:town\s+|parish\s+|community\s+)?council)$/i;

/** Whom a minute's words ask to act ("The Clerk was asked to …", "Sue to …"), or null where they ask no one. */
function askedWho(
  text: string,
  record: boolean,
  attendees: ReadonlySet<string>,
  bodies: ReadonlySet<string>,
): string | null {
  if (ATTENDANCE.test(text)) return null;
  const undertook = AGREED_TO.exec(text);
  const will = NAMED_WILL.exec(text);
  const m =
    ASKED_TO.exec(text) ??
    AGREED_WHO.exec(text) ??
    // ("Clerk and Neil agreed to check …": a first name of one the record lists as present.)
    (undertook && (namedWho(undertook[1]) || peopleNamed(undertook[1].trim(), attendees, bodies)) ? undertook : null) ??
    (will && namedWho(will[1]) && !bodies.has(will[1].trim()) ? will : null);
  if (m) return EVERY_MEMBER.test(m[1].trim()) ? null : m[1].trim();
  // (Only in a meeting's record, and not in a plan's list of actions in a cell, "- Clerk to
  // submit …": a plan with no column for who acts says nothing of them.)
  if (!record || LISTED_IN_CELL.test(text)) return null;
  return taskWho(text, attendees, bodies) ?? doneBy(text, attendees, bodies);
}

/** "The Clerk and Cllr Hay", "JB/SW": two or more named. */
const SEVERAL = /\s(?:and|&)\s|\//;

/**
 * "Committee to purchase refreshments", "Officers to circulate the list …", "All members to review
 * the terms of reference …", "Working group to draft …": a task a meeting's record gives a body of
 * people, no one of whom answers for it. ("Members to robe", "Council to consider …" are what a
 * meeting or a council does, not a task; "to be", "to note" ask nothing.)
 */
const BODY_TASK =
  /(?:^|[.;:!?]\s+|[•·–—-]\s+)(?:\d{1,2}[.)]\s+)?(all\s+(?:members|councillors|cllrs|trustees|directors|governors)|all|everyone|officers|(?:board|committee|group|sub-group)\s+members|(?:the\s+)?(?:board|committee|(?:steering\s+|working\s+|sub-)?group)|trustees|directors)\s+to\s+(?!(?:be|note|have|the|a|an|this|that|it)\b)[a-z]{3,}/i;

/** The body a line's words give a task to, or null. */
function bodyTaskWho(text: string): string | null {
  return BODY_TASK.exec(text)?.[1] ?? null;
}

/**
 * "… send approved paper to Board Members by 31 August 2008", "… to respond by 30th September
 * 2020", "(poster required by 23/09/17 …)": a date a minute sets for something to be done. Such a
 * minute is read for that date alone, and only where it has passed (see `passedOnly`).
 */
const BY_DATE =
  /\b(?:by|before|no\s+later\s+than|due(?:\s+by)?)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,?\s+\d{4})?|\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;

/**
 * A meeting's record read for its marked actions may ask several members to act in its words too
 * ("It was agreed that the Clerk and Councillor Mrs Greenwell ask NCC …"), or a body of them
 * ("Committee to purchase refreshments"): those are its actions as well, none of them one person's.
 * (One member asked alone answers for it, as the marked actions' owners do; a minute read for one
 * person's task that gives another to two together is theirs.) So is a minute setting
 * a date for something to be done: the rows read for that alone are returned.
 */
function withTasksInWords(sheet: SheetSnapshot, column: number, who: Map<number, string>): Set<number> {
  const dated = new Set<number>();
  if (!titledAsMeeting(sheet)) return dated;
  const attendees = attendeeNames(sheet);
  const bodies = titleInitials(sheet);
  for (let r = sheet.originRow; r < sheet.originRow + sheet.values.length; r++) {
    const text = textAt(sheet, r, column);
    const pair = sharedTaskWho(text);
    const together = pair !== null && (peopleNamed(pair, attendees, bodies) || namedTogether(pair));
    // (A minute whose marked task is one person's may give another to two together: "Clerk to
    // write. Chris and Stewart will arrange the training.")
    if (who.has(r)) {
      if (together && !SEVERAL.test(who.get(r) ?? '')) who.set(r, pair);
      continue;
    }
    const asked = askedWho(text, true, attendees, bodies);
    if (asked && SEVERAL.test(asked) && peopleNamed(asked, attendees, bodies)) who.set(r, asked);
    // ("… and it was agreed that DP and RB would formally write": two named together, anywhere in the minute.)
    else if (together) who.set(r, pair);
    else {
      const body = bodyTaskWho(text);
      if (body) who.set(r, body);
      else if (BY_DATE.test(text)) {
        who.set(r, taskWho(text, attendees, bodies) ?? '');
        dated.add(r);
      }
    }
  }
  return dated;
}

/**
 * Minutes in prose whose actions are what the meeting asked of someone ("Planning Panel was asked
 * to inform Mr Foster and Press", "It was agreed that the Clerk will reply"): those minutes are the
 * actions, whom they asked who acts, two at least (or, asked as `one`, a single task in a meeting's
 * record naming members or posts). The rest record the meeting.
 */
export function askedActionMinutes(sheet: SheetSnapshot, one = false): { table: Table; reading: TableReading } | null {
  const attendees = attendeeNames(sheet);
  // (Outside a meeting's record, "Board Members to note …" is what a paper asks of a body.)
  const record = titledAsMeeting(sheet);
  const bodies = titleInitials(sheet);
  const { column, who } = whoInBusiestColumn(sheet, (text) => askedWho(text, record, attendees, bodies));
  // (Where nothing else reads the sheet, one task is enough in a meeting's record if it names
  // members or posts: "Parish Councillors will give …", "The Committee will visit …" alone are
  // what a body does, not a list of actions.)
  if (
    one
      ? !(record && who.size === 1 && [...who.values()].every((w) => membersOnly(w, attendees)))
      : who.size < MIN_ACTIONS
  )
    return null;
  withArisingMatters(sheet, column, who);
  const passedOnly = withTasksInWords(sheet, column, who);
  return actionsNamedInWords(sheet, column, who, {
    passedOnly,
    kindReason: "minutes in prose whose actions are what the meeting asked of someone ('Clerk was asked to …')",
    actionEvidence: 'each minute asking someone to act',
    ownerEvidence: `whom each of ${who.size} minutes asked to act`,
    deadlineEvidence: "words such as 'by 31st May' in an action's minute",
  });
}

/** "13/08/15-01 Make amendments …": an action's reference, the meeting's date and its number there. */
const ACTION_REF = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*[-–]\s*\d{1,3}\s*/;
/** "Chair to locate", "Rob Ward will contact", "The Chair agreed to provide": who, then what they are to do. */
const REF_WHO = /^([A-Za-z][^.;:\n]{0,58}?)\s+(?:(?:agreed|offered|undertook)\s+to|to|will|is to|are to)\s+[a-z]/;

/** Who an action's words open by naming ("Chair to locate …", "Rona Gibb will provide …"), or "" for no one. */
export function leadingWho(text: string): string {
  const m = REF_WHO.exec(text);
  return m && m[1].split(/\s+/).length <= WHO_WORDS ? m[1].trim() : '';
}

/** Referenced actions a sheet needs for them to be read as its actions. */
const MIN_REFERENCED = 3;

/**
 * Minutes whose actions from the last meeting are listed each under its reference ("13/08/15-01
 * Make amendments ready for signing", "13/08/15-07 Chair to locate copy of Survey"): each such
 * line is an action, who acts the words before "to" where there are any, and one naming no one
 * ("Review project plan timings") an action nobody is named for.
 */
export function referencedActionMinutes(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  const { column, who } = whoInBusiestColumn(sheet, (text) => {
    const ref = ACTION_REF.exec(text);
    if (!ref) return null;
    return leadingWho(text.slice(ref[0].length));
  });
  if (who.size < MIN_REFERENCED) return null;
  return actionsNamedInWords(sheet, column, who, {
    kindReason: "minutes listing the last meeting's actions, each under its reference ('13/08/15-01')",
    actionEvidence: 'each referenced action',
    ownerEvidence: `who acts, before 'to' in the words of ${who.size} referenced actions`,
    deadlineEvidence: "words such as 'by 31st May' in a referenced action",
  });
}
