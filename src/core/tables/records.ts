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
import type { ColumnRead } from './read-columns';
import { share, STANDING_ITEM } from './cell-evidence';
import { cellAt } from './types';
import { cellText } from '../parse/text';

const RECORDED = /^\s*(?:decision|resolved|noted|information|for information|message)\s*[-–—:]/i;

/** "The minutes of the last meeting were agreed as a correct record": the meeting confirming its last minutes. */
const CORRECT_RECORD =
  /\b(?:agreed|approved|accepted|confirmed|signed)\s+as\s+an?\s+(?:correct|true|accurate)\s+record\b/i;

/** Cells that would make the line an action after all. */
const ASKS: readonly LogicalColumn[] = ['owner', 'deadline', 'revisedDeadline', 'status'];

type Columns = Partial<Record<LogicalColumn, ColumnRef>>;

/** Items the test says ask nothing come out of the rows, into the rows skipped with its reason. */
function skipItems(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
  asksNothing: (
    text: (ref: ColumnRef | undefined) => string,
    row: number,
  ) => { reason: SkippedRowReason; text: string } | null,
): void {
  const kept = body.rows.filter((r) => {
    if (r.kind !== 'item') return true;
    const text = (ref: ColumnRef | undefined) => (ref ? cellText(cellAt(sheet, r.row, ref.column)).trim() : '');
    if (ASKS.some((c) => text(columns[c]))) return true;
    const skip = asksNothing(text, r.row);
    if (skip) body.skipped.push({ row: r.row, reason: skip.reason, text: skip.text.slice(0, 80) });
    return skip === null;
  });
  body.rows.splice(0, body.rows.length, ...kept);
  body.skipped.sort((a, b) => a.row - b.row);
}

export function skipRecordedDecisions(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
  { resolved }: { resolved?: ColumnRef } = {},
): void {
  const label = columns.action ?? columns.recommendation;
  if (label)
    skipItems(sheet, body, columns, (text) =>
      RECORDED.test(text(label)) || CORRECT_RECORD.test(text(label)) ? { reason: 'decision', text: text(label) } : null,
    );
  // Under "Resolved", a resolution that notes or agrees something asks nothing more of anyone.
  // (A scrutiny tracker's recommendation "be noted" is still followed up: only a resolution column.)
  if (resolved)
    skipItems(sheet, body, columns, (text) =>
      decidedOnly(text(resolved)) ? { reason: 'decision', text: text(resolved) } : null,
    );
}

/** "Resolved", "Resolutions", "Decision": a column of what a meeting resolved. */
export const RESOLVED_HEADING = /^\s*(?:resolved|resolutions?|decisions?(?:\s+made)?)\s*:?\s*$/i;

/** "… be noted", "… be agreed": what a meeting resolved, done by resolving it. */
const DECIDED = /\bbe\s+(?:noted|agreed|approved|endorsed|received|accepted|adopted|welcomed)\b/i;
/** "… be requested to prepare an action plan", "… be asked to report back": a resolution asking someone to act. */
const ASKS_SOMEONE =
  /\b(?:requested|asked|instructed|authori[sz]ed|delegated|recommended)\b|\bto\s+(?:prepare|report|bring|write|review|develop|arrange|consult)\b/i;

/** Whether a resolution only records what the meeting decided, asking no one to do anything. */
function decidedOnly(text: string): boolean {
  return DECIDED.test(text) && !ASKS_SOMEONE.test(text);
}

/**
 * A risk or recommendation whose further-action cell is blank, as are who, by when and status:
 * nothing is asked, so nothing is missing. Only where the action is a column of its own beside
 * the item it answers, and the table says who acts, or its action column is empty on every line
 * beside a status (minutes whose items were noted and agreed, no action arising from any).
 */
export function skipNothingAsked(sheet: SheetSnapshot, body: Body, columns: Columns): void {
  const item = columns.recommendation ?? columns.service;
  const action = columns.action;
  if (!item || !action || item.column === action.column) return;
  const empty = (row: number) => cellText(cellAt(sheet, row, action.column)).trim() === '';
  // (Minutes of a meeting whose few actions stand beside most minutes with none: the same.)
  const items = body.rows.filter((r) => r.kind === 'item');
  const noneArising =
    columns.status !== undefined && items.filter((r) => empty(r.row)).length >= MOSTLY_NONE * items.length;
  if (!columns.owner && !noneArising) return;
  skipItems(sheet, body, columns, (text) =>
    text(item) && !text(action) ? { reason: 'nothing asked', text: text(item) } : null,
  );
}

/** "Agreement / Decision", "Decision", "Agreed": a meeting form's row of what was decided. */
const DECISION_ROW =
  /^\s*(?:agreements?|decisions?|agreed|resolved|resolutions?)(?:\s*\/\s*(?:agreements?|decisions?))?\s*:?\s*$/i;
/** "Action(s)", "Actions:": a meeting form's row of what someone is to do. */
const ACTION_ROW = /^\s*actions?(?:\s*\(s\))?\s*:?\s*$/i;

/**
 * A meeting form printing each agenda item's "Agreement / Decision" row and its "Action(s)" rows,
 * labelled in the first column: the decisions record what was agreed and ask no one to act.
 */
export function skipDecisionRows(sheet: SheetSnapshot, body: Body, columns: Columns): void {
  const label = columns.service;
  if (!label) return;
  const labelled = (row: number) =>
    cellText(cellAt(sheet, row, label.column))
      .replace(/\s+/g, ' ')
      .trim();
  if (!body.rows.some((r) => r.kind === 'item' && ACTION_ROW.test(labelled(r.row)))) return;
  skipItems(sheet, body, columns, (_text, row) =>
    DECISION_ROW.test(labelled(row)) ? { reason: 'decision', text: labelled(row) } : null,
  );
}

/** "Agenda item, Performance Monitoring Panel … 11/09/2019": the meeting an issue went to. */
const AGENDA_ENTRY = /^\s*agenda\s+item\b/i;

/**
 * An issue's history ("Date | Entry | Officer(s) | Status"): an entry recording the agenda item it
 * went to, with no one, date or status beside it, asks nothing; its "Action:" entries are the actions.
 */
export function skipAgendaEntries(sheet: SheetSnapshot, body: Body, columns: Columns): void {
  const entry = columns.action ?? columns.recommendation;
  if (!entry) return;
  skipItems(sheet, body, columns, (text) =>
    AGENDA_ENTRY.test(text(entry)) ? { reason: 'nothing asked', text: text(entry) } : null,
  );
}

/** "Update", "Notes", "Discussion": a column of what was said, standing for the status. */
const UPDATE_HEADING = /\b(?:updates?|notes?|discussion|minutes?|comments?)\b/i;
/** "Actions and recommendations", "Action agreed": the column where something is asked. */
const ACTION_WORD = /\bactions?\b/i;

/** "(Action: Lorna Hunt)", "(Action: )": an action marked within a minute's words. */
const INLINE_ACTION = /\(\s*actions?\s*:/i;

/** "Area Board to note", "For information": the line is told to someone, not asked of them. */
const NOTE_ONLY = /^\s*(?:for\s+(?:note|noting|information)|(?:[\w&'’ ]{1,40}\s)?to\s+note)\.?\s*$/i;

/**
 * "Item | Update | Actions and recommendations | Who": a notes log whose lines record what was
 * said, and ask something only where the action column says what. A line whose action, who and
 * when are blank, or whose action only says who is to note it, asks nothing, however long its update.
 */
export function skipUpdatesAskingNothing(sheet: SheetSnapshot, body: Body, columns: Columns): void {
  const asked = columns.action ?? columns.recommendation;
  const said = columns.status;
  if (!asked || !said || !columns.owner || !ACTION_WORD.test(asked.header) || !UPDATE_HEADING.test(said.header)) return;
  if (said.column === asked.column) return;
  skipItems(sheet, body, { ...columns, status: undefined }, (text) =>
    (!text(asked) || NOTE_ONLY.test(text(asked))) && text(said) ? { reason: 'nothing asked', text: text(said) } : null,
  );
}

/** "Action", "Action by", "To be actioned by": the column of minutes kept in a table that names who acts. */
export const ACTION_BY_HEADING = /^\s*(?:to\s+be\s+actioned\s+by|actions?(?:\s+by)?)\s*:?\s*[*†‡¹²³⁴⁵⁶⁷⁸⁹]*\s*$/i;

/** "ACTION FOR INFORMATION / ACTIONS", "Actions arising": a heading opening with the word, over who acts. */
const ACTION_OPENS = /^\s*actions?\b/i;

/** "By Whom", "Who": who acts, as notes of a meeting head the column beside the action. */
const BY_WHOM = /^\s*(?:by\s+)?whom?\s*\??\s*:?\s*$/i;

/** Whether a minutes table's who-acts column is headed as minutes head it ("Action by", "ACTIONS", "By Whom"). */
export function namesWhoActsBelow(column: { header: string }): boolean {
  return ACTION_BY_HEADING.test(column.header) || ACTION_OPENS.test(column.header) || BY_WHOM.test(column.header);
}

/**
 * "To consider …", "To receive apologies", "Declaration of interest": the agenda's item a minute is
 * under, as printed. ("Apologies received from …" records the meeting, as a numbered list of
 * matters arising does, where a blank Action cell is an owner missing.)
 */
const AGENDA_WORDING =
  /^\s*(?:to\s+(?:receive|consider|note|approve|agree|discuss|resolve|elect|confirm)\b|declarations?\s+of\s+interests?\b)/i;

/** Most words in a standing item's heading printed over its minute ("Conflicts of Interest\nLH declared …"). */
const HEADING_WORDS = 6;

/**
 * The heading a minute opens with, on a line of its own or before a colon ("Minutes from the last
 * meeting: Approved"), or '' where it opens with a sentence ("Apologies received from Cllr …").
 */
function headingOf(minute: string): string {
  const [first] = minute.split(/\n|:/, 1);
  return first.trim().split(/\s+/).length <= HEADING_WORDS ? first : '';
}

/** "Item 2. Minutes of June meeting", "3) Apologies": an agenda heading without its number. */
function unnumbered(heading: string): string {
  return heading.replace(/^\s*(?:item\s+)?\d{1,2}[.):]?\s+/i, '');
}

/**
 * Minutes kept in a table under the agenda's items ("No. | Item | Action", "To consider …") with no
 * status beside them: the minutes whose Action cell names someone are the actions; one with
 * the cell blank records discussion and asks nothing of anyone, as does one under a standing
 * heading ("Matters Arising") in the Item column (or one the minute opens with, no date beside it).
 */
export function skipMinutesWithNoAction(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
  { said, agendaHeads }: { said?: ColumnRef; agendaHeads?: ColumnRef } = {},
): void {
  const owner = columns.owner;
  const item = columns.recommendation ?? columns.action ?? columns.service;
  // (The agenda's headings in a column of their own, "Item 1. Welcome/Apologies", beside the minutes.)
  const heading = columns.id ?? agendaHeads;
  const due = columns.deadline;
  // (Or the agenda's items alone beside the minutes: "Item | Discussion | Action".)
  if (!owner || !(item ?? heading) || columns.status || !namesWhoActsBelow(owner)) return;
  // ("Welcome, Introductions and Apologies" heading what was said, no one named and no date by when.)
  skipItems(sheet, body, columns, (text) => {
    // (Beside a column of the minutes themselves, the Item column holds the agenda's headings whole:
    // "Item 2. Minutes of June meeting/matters arising (if not on agenda).")
    const title = said && said.column !== item?.column ? unnumbered(text(item)) : headingOf(text(item));
    const agenda =
      AGENDA_WORDING.test(text(item)) || STANDING_ITEM.test(title) || STANDING_ITEM.test(unnumbered(text(heading)));
    return agenda && !text(owner) && !text(due) ? { reason: 'nothing asked', text: text(item) || text(heading) } : null;
  });
}

/**
 * Minutes kept in a table whose own columns say what each asks and of whom ("| | Action required |
 * Person responsible" beside the minutes' words), most of them recording discussion: a minute with
 * no action beside it asks nothing. (Only beside a column of the minutes themselves, unheaded or
 * headed as minutes: a plan's recommendation with no action and no owner is a gap.)
 */
export function skipDiscussionBesideActions(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
  reads: readonly ColumnRead[],
): void {
  const { action, owner } = columns;
  if (!action || !owner) return;
  const minutes = reads.find(
    (r) =>
      r.column !== action.column &&
      r.column !== owner.column &&
      r.column < action.column &&
      (MINUTES_HEADING.test(r.header) || r.header.trim() === '') &&
      r.evidence.filled >= 3 &&
      // (Words, however they read: "The Opening Prayer was led by Mr R Hill." may pass for a person.)
      share(r.evidence, 'prose', 'text', 'person', 'body') >= 0.7,
  );
  // (Most minutes record discussion; where most lines ask something, "Broughton Pool - Roof Lights |
  // That … be appointed", a line asking nothing of anyone is a gap.)
  const items = body.rows.filter((r) => r.kind === 'item');
  const asking = items.filter((r) => cellText(cellAt(sheet, r.row, action.column)).trim() !== '').length;
  if (!minutes || asking * 2 >= items.length) return;
  skipItems(sheet, body, columns, (text, row) =>
    text(action) === '' ? { reason: 'nothing asked', text: cellText(cellAt(sheet, row, minutes.column)) } : null,
  );
}

/**
 * "AOB and confirmation of next meeting", "Date of next meeting": a meeting's closing business;
 * "1. Attendees and apologies", "2. Notes of last meeting", "Action Sheet arising from the meeting held on
 * 1st December", "2. Exclusion of the Public": its opening business. Never an action.
 */
const CLOSING_BUSINESS =
  /^\s*(?:\d{1,2}[.)]?\s+)?(?:a\.?o\.?b\.?\b|any\s+other\s+business\b|date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting\b|attendees\s+and\s+apologies\b|(?:notes|minutes)\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting\b|action\s+sheet\s+arising\s+from\b|exclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+)?public\b)/i;

/**
 * Any other business and the date of the next meeting, those present and the last meeting's notes,
 * listed among a board's items with who leads each: with no one named, nothing is asked of anyone.
 */
export function skipClosingBusiness(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
  { agendaHeads }: { agendaHeads?: ColumnRef } = {},
): void {
  const owner = columns.owner;
  const item = columns.recommendation ?? columns.action ?? columns.service;
  if (!owner || !item) return;
  // (Or in the agenda's own column of items beside them: "Item | Update | Actions and recommendations | Who";
  // an update there, "Present: …", says how it went, and asks nothing either.)
  skipItems(sheet, body, { ...columns, status: undefined }, (text) => {
    const business = [item, columns.id, agendaHeads, columns.service].find((ref) => CLOSING_BUSINESS.test(text(ref)));
    return business && !text(owner) ? { reason: 'nothing asked', text: text(business) } : null;
  });
}

/** Printings of the header that show a table of boxes, one under each minute. */
const BOXES = 3;
/** "None", "No action", "N/A": a box that asks nothing. */
const NO_ACTION = /^\s*(?:none|nil|no\s+actions?(?:\s+required)?|n\/?a)\.?\s*$/i;

/**
 * "Action | Who | Deadline" printed again under each minute, over that minute's actions: the lines
 * under each printing that say who or by when are the actions, until one that says neither; the
 * minutes' own lines between the boxes, and a box saying "None", ask nothing.
 */
export function skipMinutesBetweenBoxes(sheet: SheetSnapshot, body: Body, columns: Columns, headerRow: number): void {
  const { owner, deadline } = columns;
  const asked = columns.action ?? columns.recommendation;
  const printings = [headerRow, ...body.skipped.filter((s) => s.reason === 'repeated header').map((s) => s.row)];
  if (!owner || !deadline || !asked || printings.length < BOXES) return;
  const text = (row: number, ref: ColumnRef) => cellText(cellAt(sheet, row, ref.column)).trim();
  const printed = new Set(printings);
  const items = new Set(body.rows.filter((r) => r.kind === 'item').map((r) => r.row));
  const between = new Set<number>();
  // (The first line under a printing is the box's action, named or not; later lines must name.)
  let state: 'opened' | 'box' | 'between' = 'between';
  for (let row = headerRow + 1; row <= body.lastRow; row++) {
    if (printed.has(row)) state = 'opened';
    if (printed.has(row) || !items.has(row)) continue;
    const names = text(row, owner) !== '' || text(row, deadline) !== '';
    if (names) state = 'box';
    else if (state === 'opened' && !NO_ACTION.test(text(row, asked))) state = 'box';
    else {
      state = 'between';
      between.add(row);
    }
  }
  skipItems(sheet, body, columns, (t, row) => (between.has(row) ? { reason: 'nothing asked', text: t(asked) } : null));
}

/** "End", "No further action", "-" where who acts goes: as "Nil", the minute asks no one anything more. */
const ENDED = /^(?:end|no further action|nfa|[-–—])\.?$/i;

/** "ACTION:", "Action –": a minute that opens by saying it asks something. */
export const ACTION_OPENING = /^\s*actions?\s*[:–—-]/i;

/** "Noted", "Agreed": what the meeting did with a minute, not something asked of anyone. */
const OUTCOME = /^\s*(?:noted|agreed|approved|received|accepted|adopted|carried|resolved)\.?\s*$/i;

/**
 * Minutes whose Action column names who acts on the few lines with an action and is blank on most
 * ("Item | Minute | Action", "Status: Noted"): a minute with no one named records the meeting and
 * asks nothing, whatever the meeting did with it. (Called where who acts was read from those few.)
 */
export function skipMinutesNamingNobody(
  sheet: SheetSnapshot,
  body: Body,
  columns: Columns,
  {
    said,
    fewNamed = false,
    marked = false,
    opened = false,
  }: { said?: ColumnRef; fewNamed?: boolean; marked?: boolean; opened?: boolean } = {},
): void {
  const owner = columns.owner;
  // (The minutes themselves under a heading the copy lost, read as the action: the items.)
  const minutesAsAction = said !== undefined && columns.action?.column === said.column;
  // (Or the minutes alone beside the items' numbers: "ID | Discussion | Action".)
  const item = columns.recommendation ?? columns.service ?? (minutesAsAction ? columns.action : said);
  if (!owner || !item || (columns.action && !minutesAsAction)) return;
  // (Under any heading, "Owner" too, where each line naming someone opens "Action –".)
  if (!opened && !namesWhoActsBelow(owner)) return;
  const items = body.rows.filter((r) => r.kind === 'item');
  const whoText = (row: number) => cellText(cellAt(sheet, row, owner.column)).trim();
  const namedRows = items.filter((r) => {
    const who = whoText(r.row);
    return who !== '' && !NO_ACTION.test(who) && !ENDED.test(who);
  });
  const named = namedRows.length;
  const opens = (row: number) => ACTION_OPENING.test(cellText(cellAt(sheet, row, item.column)));
  if (opened && (named < 2 || !namedRows.every((r) => opens(r.row)))) return;
  // (Where who acts was read from its heading alone, few named, fewer than half the lines, show
  // the minutes mostly record discussion; half named is a list of actions. The minutes already
  // set aside as asking nothing, "Apologies" among them, named no one either. Where each name is
  // marked as an action, "BW Action.", "Action: SM", the blank lines are marked as none.)
  const minutes =
    items.length + body.skipped.filter((s) => s.reason === 'nothing asked' || s.reason === 'decision').length;
  // ("… the structure chart. (Action: Jennie Green)": minutes marking each action in their words.)
  const inline = (row: number) => INLINE_ACTION.test(cellText(cellAt(sheet, row, item.column)));
  const eachMarked = named >= 2 && namedRows.every((r) => ACTION_WORD.test(whoText(r.row)) || inline(r.row));
  if (!eachMarked && (fewNamed ? named * 2 >= minutes : named * 2 > minutes)) return;
  // ("(3.2) Clearance of gulley – … Action complete.": matters arising, each following up the action
  // of an earlier minute, where one with no one named is an action whose owner is missing.)
  const followUps = items.filter((r) => followsUpAction(sheet, r.row, item.column, body.firstColumn)).length;
  // (Where the minutes' own numbers stand in a column of their own, "08/003 | Matters Arising:",
  // the lines under other minutes are told apart from the matters below it, line by line.)
  if (followUps * 2 > items.length && !columns.id) return;
  const status = columns.status;
  const outcomeOnly = { ...columns, status: undefined };
  // ("Action:" where the minute's number goes, its words beside it, marks the line that asks.)
  const marks = (row: number) =>
    inline(row) ||
    [item, said, columns.id].some((ref) => ref && ACTION_OPENING.test(cellText(cellAt(sheet, row, ref.column))));
  // (Where the column names no one at all, the lines marked "Action:" are all that show which ask.)
  if (marked && !items.some((r) => marks(r.row))) return;
  // ("ACTION: Update to the Board on 7 May" with no one named still asks something: its owner is missing.)
  // (The minute's words may stand in a column of their own: "Minute 42(1) | JM sought …".)
  // (A line with no minute at all, "Matters Arising" alone beside the blank minutes, is a heading
  // over the minutes under it: its words are wherever it has any. A number alone, "2.1", is a line
  // whose words are lost.)
  const anyWords = (row: number) => {
    for (let c = body.firstColumn; c <= body.lastColumn; c++) {
      const t = cellText(cellAt(sheet, row, c)).trim();
      if (/\p{L}{2}/u.test(t)) return t;
    }
    return '';
  };
  // ("Actions" alone on a line, then "i) Chair to be invited …", "ii) …": the points under it are
  // the meeting's actions, asking for who acts, up to the next item of the minutes, "Item 8".)
  // (The heading may have been set aside as a section heading already.)
  const listed = new Set<number>();
  const headings = body.skipped.filter((s) => s.reason === 'section heading').map((s) => s.row);
  let under = false;
  for (const row of [...items.map((r) => r.row), ...headings].sort((a, b) => a - b)) {
    const lead = cellText(cellAt(sheet, row, body.firstColumn)).trim();
    if (ACTIONS_HEADING.test(anyWords(row)) && cellText(cellAt(sheet, row, owner.column)).trim() === '') {
      under = true;
      continue;
    }
    if (under && lead !== '' && !SUB_POINT.test(lead)) under = false;
    if (under) listed.add(row);
  }
  skipItems(sheet, body, outcomeOnly, (text, row) => {
    const words = text(item) || text(said) || (!text(owner) ? anyWords(row) : '');
    const asks = marks(row) || listed.has(row) || followsUpAction(sheet, row, item.column, body.firstColumn);
    // (Where a column says by when, a line with a date and no one named asks something still.)
    return words && !text(owner) && !text(columns.deadline) && !asks && (!text(status) || OUTCOME.test(text(status)))
      ? { reason: 'nothing asked', text: words }
      : null;
  });
}

/**
 * "Actions", "Actions agreed:", "Summary of Action Points": a line heading the actions the points
 * under it set (as a trimmed line).
 */
export const ACTIONS_HEADING =
  /^(?:summary\s+of\s+)?(?:agreed\s+)?actions?(?:\s+(?:points?|items?))?(?:\s+(?:agreed|arising))?\s*:?$/i;
/** "i)", "ii.", "(b)", "c)": a point's number under an item of the minutes. */
const SUB_POINT = /^\(?(?:[ivx]{1,4}|[a-h])[.)]\s*$/i;

/** "(3.2) …", "(3.7 & 3.8) …": a line opening with the number of the earlier minute it follows up. */
const FOLLOWS_UP = /^\s*\(\d{1,2}\.\d{1,2}(?:\s*(?:&|and|,)\s*\d{1,2}\.\d{1,2})*\)\s/;

/** "Matters arising", "Minutes of previous meeting and action list", "ACTION PLAN": a minute reviewing earlier actions. */
const REVIEWS_ACTIONS = /\bmatters\s+arising\b|\baction\s+(?:list|plan|log|points|tracker)\b|\bactions?\s+from\b/i;
/**
 * "Item 2 – HSE Cost Recovery", "Action 3", "Ref 2", "07/07 – Controlled Drugs": a line naming the
 * earlier action (or the earlier minute) it takes up.
 */
const EARLIER_ACTION =
  /^\s*(?:(?:item|action|ref\.?)\s*\d{1,2}(?:\.\d{1,2}){0,2}(?![\d.])|\d{1,3}\/\d{1,3}\s*[–—-]\s)/i;

/**
 * "•  Remembrance wreath received and will be laid …": a matter taken up, bulleted, said in a
 * sentence. ("• Finger Post signage" alone is a subject listed for the line after the list.)
 */
const BULLETED_MATTER = /^\s*[•·▪●◦]\s*\S[^\n]*\.\s*$/;

/** "Ref 2.3 LGBT Youth Charter", "Ref. 2.2.1": a line that says it refers to an earlier minute, by its number. */
const REFERS_BACK = /^\s*ref\.?\s*\d{1,2}(?:\.\d{1,2}){1,2}(?![\d.])/i;

/**
 * Whether a minute follows up an earlier action: it opens with that minute's number in brackets
 * ("(3.2) …") or says it refers to it ("Ref 2.3 …"), or, unnumbered under a minute reviewing the
 * actions ("2. Matters arising"), it names the action it takes up ("Item 2 – …"). Asked of it,
 * with no one named, is who answered for it.
 */
export function followsUpAction(sheet: SheetSnapshot, row: number, textColumn: number, numberColumn: number): boolean {
  const text = cellText(cellAt(sheet, row, textColumn));
  if (FOLLOWS_UP.test(text) || REFERS_BACK.test(text)) return true;
  // ("• Hi-vis jackets for the flood wardens received." under "Matters arising and actions from the
  // last meeting": a matter taken up, bulleted.)
  if (numberColumn === textColumn || !(EARLIER_ACTION.test(text) || BULLETED_MATTER.test(text))) return false;
  const numberAt = (r: number) => cellText(cellAt(sheet, r, numberColumn)).trim();
  if (numberAt(row) !== '') return false;
  for (let r = row - 1; r >= sheet.originRow; r--) {
    if (numberAt(r) === '') continue;
    return REVIEWS_ACTIONS.test(cellText(cellAt(sheet, r, textColumn)).split('\n')[0]);
  }
  return false;
}

/** The share of lines with no action that makes a table of minutes, most recording discussion. */
export const MOSTLY_NONE = 0.75;

/** "i. Review the protocol", "1) Prepare a note", "(a) Report back", "2.3 Agree": an item numbered in its own words. */
const NUMBERED = /^\s*(?:\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)]|\d{1,2}\.\d{1,2}\.?)\s+\S/i;
/** A context line is a heading's length, not an action's sentence. */
const CONTEXT_CHARS = 80;

/**
 * Lines among numbered actions that number nothing and ask nothing ("Action Points from meeting
 * on 22 March 2024:", "Paper 1 CEO report", "At para 7"): where actions are numbered in their own
 * words and the table has no reference column, a short unnumbered line with every other cell blank
 * says which meeting or paper the actions below come from. It is a heading, not an action.
 */
export function skipContextLines(sheet: SheetSnapshot, body: Body, columns: Columns): void {
  const label = columns.action ?? columns.recommendation;
  if (!label || columns.id) return;
  const labelText = (row: number) => cellText(cellAt(sheet, row, label.column)).trim();
  const items = body.rows.filter((r) => r.kind === 'item');
  const numbered = items.filter((r) => NUMBERED.test(labelText(r.row))).length;
  if (numbered === 0 || numbered === items.length) return;
  const others = Object.values(columns).filter((ref) => ref && ref.column !== label.column) as ColumnRef[];
  const kept = body.rows.filter((r) => {
    if (r.kind !== 'item') return true;
    const text = labelText(r.row);
    const context =
      text.length <= CONTEXT_CHARS &&
      !NUMBERED.test(text) &&
      others.every((ref) => cellText(cellAt(sheet, r.row, ref.column)).trim() === '');
    if (context) body.skipped.push({ row: r.row, reason: 'section heading', text });
    return !context;
  });
  body.rows.splice(0, body.rows.length, ...kept);
  body.skipped.sort((a, b) => a.row - b.row);
}

/**
 * "Minute | Minutes | Action by": who acts, headed as the minutes head it, beside a column of the
 * minutes themselves (sentences on three lines at least): that column, or null.
 */
export function besideMinutes(reads: readonly ColumnRead[], columns: Columns): ColumnRef | null {
  const owner = columns.owner;
  if (!owner || !namesWhoActsBelow(owner)) return null;
  // (A blank heading over them where the copy lost it: "| | Action By" over the minutes.)
  const minutes = reads.find(
    (r) =>
      r.column !== owner.column &&
      (MINUTES_HEADING.test(r.header) || (r.header.trim() === '' && r.column < owner.column)) &&
      r.evidence.filled >= 3 &&
      share(r.evidence, 'prose') >= 0.5,
  );
  return minutes ? { column: minutes.column, header: minutes.header } : null;
}

/** "Minutes", "Notes", "Discussion", "Content": the heading over what a meeting said. */
export const MINUTES_HEADING = /^\s*(?:minutes?|notes?|discussion|content)\s*[*†‡¹²³⁴⁵⁶⁷⁸⁹]*\s*$/i;
