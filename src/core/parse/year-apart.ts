/**
 * One day printed twice on a sheet a year apart: "the meeting held on 27 September 2018" in the
 * agenda and "the minutes of the meeting held on 27 September 2017" in the resolution, or a title's
 * "Monday 7th December 2011" over "Tuesday 7th December 2010". The same meeting, letter or decision
 * cannot be on both; one year was typed wrong, as a reader comparing the two sees.
 *
 * Which one: the one whose weekday is not its date's; else the one in a year the sheet's other dates
 * hardly name; else (said by the check) the one further from the check's date. Days that end a
 * month or open April ("31 March 2016", "1 April 2015") end and open years of account, printed a year
 * apart on any statement; a date opening or closing a period ("1st October 2016 to 30th September
 * 2017") is a year's span, a balance "as at" a day is set beside last year's, and a date alone in
 * its cell is a column's, a schedule's date a year on. None is a slip.
 */
import type { YearTypo } from './year-typos';
import { MONTH, MONTHS } from './year-typos';
import { daysBetween, isoFromParts, monthEndIso } from './calendar';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = String.raw`(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?)?`;

/** "Thursday 27 September 2018", "14th May 2014", "5 January, 2022"; "May 15, 2022"; "19/07/2022" below. */
const DAY_FIRST = new RegExp(
  String.raw`\b${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})\.?,?\s+((?:19|20)\d\d)(?!\d)`,
  'gi',
);
const MONTH_FIRST = new RegExp(
  String.raw`\b${WEEKDAY}(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)`,
  'gi',
);
const WEEKDAY_OPENING = new RegExp(`^${WEEKDAY}`, 'i');
/** "19/07/2022": a day, a month and a year in figures, the British way round ("25/09/03" is as often a paper's number). */
const IN_FIGURES = new RegExp(
  String.raw`(?<![\d/.])${WEEKDAY}(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.]|\.\d)`,
  'gi',
);
/** Words before a date that open or close a period with it, or give a balance at it ("as @ June 17th 2012"). */
const PERIOD_BEFORE =
  /(?:\b(?:from|between|commencing|starting|beginning|period|to|until|till)\s+(?:the\s+)?|[-–—]\s*|\bas\s+(?:at|of|@)\s+|@\s*)$/i;
/** Words after a date that run a period on from it. */
const PERIOD_AFTER = /^\s*(?:to|until|till|[-–—])\s/i;

/** A date and the next in a list after it, or the one before it. */
const LISTED_AFTER = /^\s*(?:,|and)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?[\s/.]/i;
const LISTED_BEFORE = /(?:19|20)\d\d\s*(?:,|and)\s*(?:the\s+)?$/i;

/** Mentions of a year that leave it no stray: past this, the sheet names that year on purpose. */
const MOST_MENTIONS = 2;

export interface WrittenDate {
  row: number;
  column: number;
  text: string;
  day: number;
  month: number;
  year: number;
  /** The weekday printed with it agrees with the date; null where none is printed. */
  weekdayRight: boolean | null;
  /** Opening or closing a period, listed among others, or alone in its cell: counted, never suspected. */
  aside: boolean;
}

/** The dates written out in a cell's words, each with its weekday's agreement. */
export function writtenDates(row: number, column: number, text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  const read = (m: RegExpMatchArray, day: string, month: number | string, year: string) => {
    const at = m.index ?? 0;
    const [before, after] = [text.slice(Math.max(0, at - 20), at), text.slice(at + m[0].length)];
    // A date that opens or closes a period, or one of a list ("Minutes of 19/08/2012, 18/02/2013 and
    // the 16/05/2013", one of several meetings), or alone in its cell with no weekday (a column's
    // date: a plan's dates a year on are its schedule) names its year but is no slip of one.
    const aside =
      PERIOD_BEFORE.test(before) ||
      PERIOD_AFTER.test(after) ||
      LISTED_AFTER.test(after) ||
      LISTED_BEFORE.test(before) ||
      (!m[1] && text.replace(m[0], '').replace(/[\s.,;:]/g, '') === '');
    const mo = typeof month === 'number' ? month : MONTHS.indexOf(month.slice(0, 3).toLowerCase());
    const [d, y] = [Number(day), Number(year)];
    const on = isoFromParts(y, mo + 1, d);
    if (on === null) return;
    const weekdayRight = m[1] ? WEEKDAYS[new Date(`${on}T00:00:00Z`).getUTCDay()] === m[1].toLowerCase() : null;
    out.push({ row, column, text: m[0].trim(), day: d, month: mo, year: y, weekdayRight, aside });
  };
  for (const m of text.matchAll(DAY_FIRST)) read(m, m[2], m[3], m[4]);
  for (const m of text.matchAll(MONTH_FIRST)) read(m, m[3], m[2], m[4]);
  for (const m of text.matchAll(IN_FIGURES)) read(m, m[2], Number(m[3]) - 1, m[4]);
  return out;
}

/** "31 March", "30 June", "1 April", "29 February": days that end or open years of account. */
function closesAccounts(day: number, month: number): boolean {
  const last = Number(monthEndIso(2001, month + 1)?.slice(8));
  return day === last || (day === 1 && month === 3) || (day === 29 && month === 1);
}

/** A date that may be the slip, the same day being printed a year apart elsewhere on the sheet. */
export interface YearApart {
  date: WrittenDate;
  /** Where the sheet does not decide (no weekday, each year named alike), `apart` is set, for the check's date to decide. */
  typo: YearTypo;
}

/** The day as ISO, in its own year or (29 February aside, never suspected) another. */
const iso = (d: WrittenDate, year = d.year) => isoFromParts(year, d.month + 1, d.day) ?? '';

/** The same day printed a year apart among `dates`, each date that may be the slip. */
export function yearApart(dates: readonly WrittenDate[]): YearApart[] {
  const byDay = new Map<string, WrittenDate[]>();
  const mentions = new Map<number, number>();
  for (const d of dates) {
    mentions.set(d.year, (mentions.get(d.year) ?? 0) + 1);
    if (d.aside || closesAccounts(d.day, d.month)) continue;
    const key = `${d.day}/${d.month}`;
    byDay.set(key, [...(byDay.get(key) ?? []), d]);
  }
  const out: YearApart[] = [];
  for (const same of byDay.values()) {
    const years = [...new Set(same.map((d) => d.year))].sort((a, b) => a - b);
    if (years.length !== 2 || years[1] - years[0] !== 1) continue;
    // (A weekday that is not the date's marks it; one that is, and none on the other, vouches for it.)
    const wrongDay = (y: number) =>
      same.some((d) => d.year === y && d.weekdayRight === false) ||
      (same.every((d) => d.year !== y || d.weekdayRight === null) &&
        same.some((d) => d.year !== y && d.weekdayRight === true));
    const stray = (y: number) => (mentions.get(y) ?? 0) <= MOST_MENTIONS;
    let suspects: number[];
    let decided = true;
    if (wrongDay(years[0]) !== wrongDay(years[1])) suspects = [wrongDay(years[0]) ? years[0] : years[1]];
    else {
      const [a, b] = years.map((y) => mentions.get(y) ?? 0);
      suspects = a === b ? years.filter(stray) : [a < b ? years[0] : years[1]].filter(stray);
      decided = a !== b;
    }
    for (const year of suspects) {
      const other = year === years[0] ? years[1] : years[0];
      for (const d of same.filter((x) => x.year === year)) {
        const expected = d.text.replace(String(year), String(other)).replace(WEEKDAY_OPENING, '');
        const apart = decided ? {} : { apart: { printed: iso(d), other: iso(d, other) } };
        out.push({ date: d, typo: { kind: 'a year apart', text: d.text, expected, ...apart } });
      }
    }
  }
  return out;
}

/** Whether an undecided date is the one further from the check's date than the same day a year apart. */
export function furtherFromCheck(printed: string, other: string, asOf: string): boolean {
  const from = (day: string) => Math.abs(daysBetween(day, asOf.slice(0, 10)));
  return from(printed) > from(other);
}
