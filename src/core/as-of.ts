/**
 * The as-of date every deadline is judged against. It must be a real day within Excel's calendar,
 * 1 January 1900 to 31 December 9999: no cell date can fall outside it (Excel has no serial for
 * one, and the date reader takes none before 1900), so an as-of date outside it (0211 typed for
 * 2011) could be compared with nothing and would hide every overdue finding rather than report it.
 * The command line, a profile, the settings sheet and the task pane all refuse with this one message.
 */
import { ConcordatError } from './errors';
import { isoParts } from './parse/calendar';
import { parseDate } from './parse/dates';

export const FIRST_AS_OF = '1900-01-01';
export const LAST_AS_OF = '9999-12-31';

/** Most characters of the refused text a message repeats (it may be a whole pasted cell). */
const SHOWN_CHARS = 40;

/** True for a day written YYYY-MM-DD within Excel's calendar. */
export function isAsOfDate(text: string): boolean {
  return isoParts(text) !== null && text >= FIRST_AS_OF && text <= LAST_AS_OF;
}

/** The one message for an as-of date Concordat cannot use. */
export function asOfMessage(text: string): string {
  const shown = text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS - 1)}…`;
  return `as-of date "${shown}" is not a day from ${FIRST_AS_OF} to ${LAST_AS_OF}, such as 2011-03-31 or 31/03/2011`;
}

/**
 * A typed as-of date as ISO: "2011-03-31", or a day as UK papers write it ("31/03/2011", "31 March
 * 2011"), the way the settings sheet reads it. Null for anything else, a month or a year included.
 */
export function asOfFromText(text: string): string | null {
  if (isAsOfDate(text.trim())) return text.trim();
  const d = parseDate(text, { date1904: false });
  return d.kind === 'date' && d.precision === 'day' && !d.yearless && !d.inPhrase && !d.note && isAsOfDate(d.iso)
    ? d.iso
    : null;
}

/** The date, if Concordat can use it; otherwise a refusal, after `where` ("Concordat settings!B3: ") when given. */
export function checkedAsOf(text: string, where = ''): string {
  if (!isAsOfDate(text)) throw new ConcordatError('as-of.invalid', `${where}${asOfMessage(text)}`);
  return text;
}

/** A typed as-of date (--as-of) as ISO; otherwise the refusal. */
export function typedAsOf(text: string): string {
  const iso = asOfFromText(text);
  if (iso === null) throw new ConcordatError('as-of.invalid', asOfMessage(text));
  return iso;
}
