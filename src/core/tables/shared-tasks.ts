/**
 * Minutes in prose whose tasks are given to two people together ("Dinah and Pearl will pursue …",
 * "Jeff and Richard would contact Hywel Bowen …", "The Chair and Cllr Wyard will organise this
 * work"), where no other reading finds their actions: each such task names no single person to
 * answer for it, which an auditor reading the minutes would note. Only those tasks are read.
 */
import type { SheetSnapshot } from '../snapshot';
import type { TableReading } from '../reading';
import type { LogicalColumn } from './columns';
import type { Table } from './types';
import { textAt } from './layout';
import { lastColumnOf } from './types';
import { columnNote, lineItemsTable } from './line-items';
import { attendeeNames, peopleNamed, titleInitials, titledAsMeeting } from './minutes';
import { titledInPlural } from '../parse/owners';

/** One person: a post ("the Clerk"), a titled name ("Cllr Wyard", "Mr Ley"), a first name or full name, or initials. */
const PERSON =
  "(?:(?:the\\s+)?(?:Clerk|Chair(?:man|woman|person)?|Vice[- ]Chair(?:man)?|Treasurer|Secretary)|(?:Cllrs?|Councillors?|Trustees?|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+(?:(?:Mrs|Mr|Ms)\\.?\\s+)?(?:[A-Z]\\.\\s?){0,2}[A-Z][a-z'’-]+(?:\\s[A-Z][a-z'’-]+)?|[A-Z]\\.\\s?[A-Z][a-z'’-]+|[A-Z][a-z'’-]{2,}(?:\\s[A-Z][a-z'’-]{2,})?|[A-Z]{2,3})";

/** "are liaising with", "are working on": two at work on a task already. */
const AT_WORK =
  'are\\s+(?:now\\s+)?(?:working|liaising|looking|arranging|investigating|organising|preparing|drafting|seeking|contacting|checking|pursuing)';

/**
 * "Dinah and Pearl will pursue", "Clerk and Cllr Lowe to report", "Angus and Chris agreed to contact",
 * "… agreed that the Clerk and Cllr. D. Smith should write", "The Clerk and SD are to draft".
 */
const SHARED_TASK = new RegExp(
  `(?:^|[.;:!?]\\s+|\\s[–—-]\\s+|\\bthat\\s+|\\b[Aa]greed:?\\s+)(${PERSON}\\s+(?:and|&)\\s+${PERSON})\\s+(?:will|would|should|to|agreed\\s+to|offered\\s+to|are\\s+to|${AT_WORK})\\s+(?:(?:now|also|jointly|together)\\s+)?(?!(?:be|the|a|an|this|that|these|all|have|attend|note|receive|meet|present)\\b)[a-z]{2,}`,
);

/** Words that start a sentence or name a body, not a person ("This and …", "Council and …"). */
const NO_PERSON =
  /^(?:the\s+)?(?:it|this|that|these|they|we|there|council|committee|members?|trustees?|directors?|officers?|police|parish|town|county|district|board|group|all|everyone|residents?|staff|volunteers?|minutes?|accounts?|reports?|highways|planning|finance|housing|environment|estates|parks|legal)$/i;

/** Who a line gives a task to together, or null. */
export function sharedTaskWho(text: string): string | null {
  const m = SHARED_TASK.exec(text);
  if (!m) return null;
  // ("Agreed Clerk and …": the word opening the minute is no name.)
  const who = m[1].replace(/^agreed:?\s+/i, '');
  const people = who.split(/\s+(?:and|&)\s+/);
  return people.every((p) => !NO_PERSON.test(p.trim())) ? who : null;
}

/**
 * "Dinah and Pearl", "Jeff and Richard": two first names alone, each one word, as minutes name their
 * members, whether or not the record lists who was there; or a title in the plural over two
 * surnames ("Councillors Johnson and Ashfield", "Trustees Alexander and Howden"). ("Biodiversity and
 * Landscape" heads a list of words of two or more; "Highways and Planning" are services, not people.)
 */
export function namedTogether(who: string): boolean {
  if (titledInPlural(who)) return true;
  return who.split(/\s+(?:and|&)\s+/).every((p) => /^[A-Z][a-z'’-]{2,}$/.test(p.trim()));
}

export function sharedTaskLines(sheet: SheetSnapshot): { table: Table; reading: TableReading } | null {
  // (Only in a meeting's record, and only people it names as people: a first name among those it
  // lists as present, a post, a titled name, or two first names alone.)
  if (!titledAsMeeting(sheet)) return null;
  const attendees = attendeeNames(sheet);
  const bodies = titleInitials(sheet);
  const lastRow = sheet.originRow + sheet.values.length - 1;
  const lastCol = lastColumnOf(sheet);
  const who = new Map<number, string>();
  let column = sheet.originCol;
  for (let r = sheet.originRow; r <= lastRow; r++)
    for (let c = sheet.originCol; c <= lastCol; c++) {
      const found = sharedTaskWho(textAt(sheet, r, c));
      if (!found || !(peopleNamed(found, attendees, bodies) || namedTogether(found))) continue;
      who.set(r, found);
      column = c;
      break;
    }
  if (who.size === 0) return null;
  const rows = [...who.keys()];
  const items = new Map(
    rows.map((r) => [
      r,
      new Map<LogicalColumn, number>([
        ['action', r],
        ['owner', r],
      ]),
    ]),
  );
  return lineItemsTable(sheet, {
    headerRow: rows[0] - 1,
    firstColumn: column,
    lastColumn: column,
    lastRow: rows[rows.length - 1],
    columns: { action: { column, header: '' }, owner: { column, header: '' } },
    items,
    kindReason: "minutes in prose giving tasks to two people together ('Dinah and Pearl will pursue …')",
    columnReadings: [
      columnNote(column, '', 'action', 'each sentence giving a task to two people'),
      columnNote(column, '', 'owner', `the two named in each of ${rows.length} such sentences`),
    ],
    skippedRows: [],
    fieldTexts: new Map([['owner', who]]),
  });
}
