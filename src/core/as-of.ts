/**
 * The as-of date every deadline is judged against. It must be a real day within Excel's calendar,
 * 1 January 1900 to 31 December 9999: no cell date can fall outside it (Excel has no serial for
 * one, and the date reader takes none before 1900), so an as-of date outside it (0211 typed for
 * 2011) could be compared with nothing and would hide every overdue finding rather than report it.
 * The command line, a profile, the settings sheet and the task pane all refuse with this one message.
 */
import { ConcordatInputError } from './errors';
import { isoParts } from './parse/calendar';

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
  return `as-of date "${shown}" is not a day from ${FIRST_AS_OF} to ${LAST_AS_OF} written YYYY-MM-DD, such as 2011-03-31`;
}

/** The date, if Concordat can use it; otherwise a refusal, after `where` ("Concordat settings!B3: ") when given. */
export function checkedAsOf(text: string, where = ''): string {
  if (!isAsOfDate(text)) throw new ConcordatInputError(`${where}${asOfMessage(text)}`);
  return text;
}
