/**
 * Reading deadlines and other dates from cells: Excel serials with a date format, UK
 * day-first text ("1st March 2010", "01/03/2010"), months, financial years and quarters,
 * and deadlines in words ("Immediately", "TBC") that name no date.
 */
import { memoByNumber, memoByText } from './memo';
import { isCellError, type CellValue } from '../snapshot';
import { formatUkDate, isoFromParts, monthEndIso, serialToIso } from './calendar';
import { isDateFormat, isGeneralFormat } from './date-formats';
import { blank, cellLines, cellText, cleanText, unreadable } from './text';
import type { DateParse, UnderstoodDate } from './types';
import { isVagueDateText } from './vague-dates';

export { daysBetween } from './calendar';
import { daysBetween } from './calendar';

export const DATE_EXPECTED = 'a date such as 31/03/2011 or March 2011';

export interface DateOptions {
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
  /** The cell's number format, when the host knows it. */
  numberFormat?: string | null;
}

type Precision = UnderstoodDate['precision'];

interface DateHit {
  iso: string;
  precision: Precision;
  yearless?: true;
  orDay?: string;
}

/** The leap year that stands in for a date written without one, so "29 Feb" is still a date. */
const PLACEHOLDER_YEAR = 2000;

interface DateForm {
  /** Anchored at the start; whatever follows the match is the note. */
  pattern: RegExp;
  read(m: RegExpExecArray): DateHit | null;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['febuary', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

/** Two-digit years: 00–69 are 20xx, 70–99 are 19xx. */
function fullYear(digits: string): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return n <= 69 ? 2000 + n : 1900 + n;
}

function dayHit(year: number, month: number, day: number): DateHit | null {
  if (year < 1900) return null;
  const iso = isoFromParts(year, month, day);
  return iso === null ? null : { iso, precision: 'day' };
}

function monthHit(year: number, month: number | undefined): DateHit | null {
  if (month === undefined || year < 1900) return null;
  const iso = monthEndIso(year, month);
  return iso === null ? null : { iso, precision: 'month' };
}

/** The later year of a financial year written "2010/11", "2010/2011" or "2007/8"; null if they do not follow on. */
function financialYearEnd(first: string, second: string): number | null {
  const start = Number(first);
  if (start < 1900) return null;
  const follows =
    second.length < 4 ? Number(second) === (start + 1) % 10 ** second.length : Number(second) === start + 1;
  return follows ? start + 1 : null;
}

/** Last day of each quarter of a UK financial year (Q1 = April–June). */
const QUARTER_ENDS: readonly (readonly [number, number, number])[] = [
  [0, 6, 30],
  [0, 9, 30],
  [0, 12, 31],
  [1, 3, 31],
];

function quarterHit(first: string, second: string, quarter: string): DateHit | null {
  const end = financialYearEnd(first, second);
  if (end === null) return null;
  const [yearOffset, month, day] = QUARTER_ENDS[Number(quarter) - 1];
  const iso = isoFromParts(end - 1 + yearOffset, month, day);
  return iso === null ? null : { iso, precision: 'quarter' };
}

const DATE_FORMS: readonly DateForm[] = [
  {
    // ISO 2010-03-01, optionally with a time
    pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?/i,
    read: (m) => dayHit(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // Q3 2010/11, Q1 25/26
    pattern:
      /^(?:q|qtr\.? ?|quarter ?)([1-4]) ?(?:of )?(?:(?:fy|financial year) ?)?(\d{4}|\d{2}) ?[/-] ?(\d{4}|\d{2})(?!\d)/i,
    read: (m) => quarterHit(String(fullYear(m[2])), m[3], m[1]),
  },
  {
    // 2010/11 Q3
    pattern: /^(?:(?:fy|financial year) ?)?(\d{4}) ?[/-] ?(\d{4}|\d{2}) ?(?:q|quarter ?)([1-4])(?!\d)/i,
    read: (m) => quarterHit(m[1], m[2], m[3]),
  },
  {
    // Q1 2017: a quarter of the calendar year or of the financial year starting in it, which cannot
    // be told apart; the later of the two ends (30 June 2017) is when it is due.
    pattern: /^(?:q|qtr\.? ?|quarter ?)([1-4]) ?(\d{4})(?![\d/-])/i,
    read: (m) => quarterHit(m[2], String(Number(m[2]) + 1), m[1]),
  },
  {
    // A span of calendar years, 2020-2022 or 2023 to 2027: done by the end of the later year.
    pattern: /^(\d{4}) ?(?:[-\u2013]|to) ?(\d{4})(?!\d)/i,
    read: (m) => {
      const [first, last] = [Number(m[1]), Number(m[2])];
      if (first < 1900 || last > 2200 || last <= first + 1) return null;
      return { iso: `${last}-12-31`, precision: 'year' };
    },
  },
  {
    // 03/24, 12/23: a month and a two-digit year that cannot be a month (a day and month, 03/12, stay unread)
    pattern: /^(0?[1-9]|1[0-2])\/(\d{2})(?![\d/])/,
    read: (m) => (Number(m[2]) > 12 ? monthHit(fullYear(m[2]), Number(m[1])) : null),
  },
  {
    // 25/26: a financial year in two-figure years, where the first cannot be a month
    pattern: /^(?:(?:fy|f\/y) ?)?(\d{2})\/(\d{2})(?![\d/])/i,
    read: (m) => {
      if (Number(m[1]) <= 12) return null;
      const end = financialYearEnd(String(fullYear(m[1])), m[2]);
      const iso = end === null ? null : isoFromParts(end, 3, 31);
      return iso === null ? null : { iso, precision: 'year' };
    },
  },
  {
    // 20/02, 31/12: a day that cannot be a month, then its month, with no year (after 25/26 is
    // read as a financial year: two years running are one)
    pattern: /^(1[3-9]|2\d|3[01])\/(0?[1-9]|1[0-2])(?![\d/])/,
    read: (m) => {
      const hit = dayHit(PLACEHOLDER_YEAR, Number(m[2]), Number(m[1]));
      return hit && { ...hit, yearless: true };
    },
  },
  {
    // Financial year 2010/11, 2010-11, 2010/2011, FY 2010/11, 2007/8
    pattern: /^(?:(?:fy|f\/y|financial year) ?)?(\d{4}) ?[/-] ?(\d{4}|\d{2}|\d)(?!\d)/i,
    read: (m) => {
      const end = financialYearEnd(m[1], m[2]);
      const iso = end === null ? null : isoFromParts(end, 3, 31);
      return iso === null ? null : { iso, precision: 'year' };
    },
  },
  {
    // ISO month 2011-03
    pattern: /^(\d{4})-(\d{1,2})(?!\d)/,
    read: (m) => monthHit(Number(m[1]), Number(m[2])),
  },
  {
    // Day first: 01/03/2010, 1/3/10, 31.03.2011, 1-3-2010
    pattern: /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?/i,
    read: (m) => dayHit(fullYear(m[4]), Number(m[3]), Number(m[1])),
  },
  {
    // Month and year in figures: 03/2011
    pattern: /^(\d{1,2})[/.-](\d{4})(?!\d)/,
    read: (m) => monthHit(Number(m[2]), Number(m[1])),
  },
  {
    // 1st March 2010, 1 Mar 10, 1-Mar-2010, 31st of March 2010 ("Year 1 – March 2017", a dash
    // with spaces about it, is a year of the plan and a month, not the 1st)
    pattern: /^(\d{1,2})(?:st|nd|rd|th)?(?: of)?(?:[./-]|\s+)([a-z]+)\.?,?[ ./,'-]*(\d{4}|\d{2})(?!\d)/i,
    read: (m) => {
      const month = MONTHS.get(m[2].toLowerCase());
      return month === undefined ? null : dayHit(fullYear(m[3]), month, Number(m[1]));
    },
  },
  {
    // March 1st, 2010
    pattern: /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/i,
    read: (m) => {
      const month = MONTHS.get(m[1].toLowerCase());
      return month === undefined ? null : dayHit(Number(m[3]), month, Number(m[2]));
    },
  },
  {
    // Oct 12th, March 1st: the day after its month, with no year (the ordinal says it is a day)
    pattern: /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)(?![a-z0-9])/i,
    read: (m) => {
      const month = MONTHS.get(m[1].toLowerCase());
      const hit = month === undefined ? null : dayHit(PLACEHOLDER_YEAR, month, Number(m[2]));
      return hit && { ...hit, yearless: true };
    },
  },
  {
    // March 2011, Sept 2010, Mar-11, Mar '11; "Mar 11" could also be the 11th, which the as-of
    // date settles (the reading nearer it stands)
    pattern: /^([a-z]+)\.?([ ./,'-]*)(\d{4}|\d{2})(?!\d)/i,
    read: (m) => {
      const month = MONTHS.get(m[1].toLowerCase());
      const hit = monthHit(fullYear(m[3]), month);
      if (!hit || m[3].length !== 2 || m[2].trim() !== '') return hit;
      const day = month === undefined ? null : isoFromParts(PLACEHOLDER_YEAR, month, Number(m[3]));
      return day === null ? hit : { ...hit, orDay: day };
    },
  },
  {
    // 14 Aug, 30th Sept: the day and month of a tracker written within the year
    // ("29 October (provisional date)": a note in brackets may follow.)
    pattern: /^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ ./-]*([a-z]+)\.?(?=\s*(?:\([^()]{1,40}\)\s*)?$)/i,
    read: (m) => {
      const month = MONTHS.get(m[2].toLowerCase());
      const hit = month === undefined ? null : dayHit(PLACEHOLDER_YEAR, month, Number(m[1]));
      return hit && { ...hit, yearless: true };
    },
  },
  {
    // Q3 - Oct: a month of an audit plan, named with its quarter of the financial year; a month
    // outside that quarter is not read (which of the two was meant cannot be told)
    pattern: /^(?:q|qtr\.? ?|quarter ?)([1-4]) ?[-\u2013:,]? ?([a-z]+)\.?$/i,
    read: (m) => {
      const month = MONTHS.get(m[2].toLowerCase());
      if (month === undefined || Math.floor(((month + 8) % 12) / 3) + 1 !== Number(m[1])) return null;
      const hit = monthHit(PLACEHOLDER_YEAR, month);
      return hit && { ...hit, yearless: true };
    },
  },
  {
    // June, Sept: a month on its own
    pattern: /^([a-z]+)\.?$/i,
    read: (m) => {
      const hit = monthHit(PLACEHOLDER_YEAR, MONTHS.get(m[1].toLowerCase()));
      return hit && { ...hit, yearless: true };
    },
  },
  {
    // A calendar year on its own: 2011
    pattern: /^(\d{4})(?!\d)/,
    read: (m) => {
      const year = Number(m[1]);
      return year >= 1900 && year <= 2200 ? { iso: `${m[1]}-12-31`, precision: 'year' } : null;
    },
  },
];

/** The days of the week as lead-ins begin, Sunday first (as `Date.getUTCDay` counts them). */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Words before a date that do not change it: "by", "before", "end of", "Monday". */
const LEAD_IN =
  /^(?:by|before|no later than|not later than|on or before|on|until|till|to|due by|due date|due|deadline|target date|target|completion|report(?: back)?|review|w\/c|week commencing|week ending|w\/e|the|end|close|of|in|during|start|beginning|early|mid|late|year\s+\d{1,2}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)(?:[ :,-]+|(?=\d))/i;
/** A season or part of a year, and the year: "in Autumn 2008", "early 2009". */
const SEASON_WITHIN = /\b(?:spring|summer|autumn|winter|early|mid|late)[ -]+(?:19|20)\d\d\b(?![/-]\d)/i;
/** Lead-ins that mean part of a period: fine before a day or month, too loose before a year. */
const PART_OF_PERIOD = /^(?:start|beginning|early|mid|late)/i;
const MAX_LEAD_INS = 6;

/** "26 June 2006; Annual Review for the duration of the Action Plan": a day, then a note after it. */
const DAY_THEN_NOTE = /^([^;]{6,30});\s*(\S.*)$/;

/**
 * A day's date ending at a semicolon, the words after it a note on what follows (a review, a
 * further decision), not a second time to be done by: the day is the date. (Not "… ; ongoing".)
 */
function dayThenNote(clean: string): UnderstoodDate | null {
  const m = DAY_THEN_NOTE.exec(clean);
  if (m === null || ONWARDS.test(m[2]) || AND_ANOTHER.test(m[2])) return null;
  const day = readDateText(m[1]);
  if (day.kind !== 'date' || day.precision !== 'day' || day.note || day.inPhrase || day.yearless) return null;
  return { ...day, note: m[2].trim() };
}

/** "Ongoing to", "Quarterly until": work kept up, or done again and again, until the date after. */
const KEPT_UP_UNTIL =
  /^(?:ongoing|continuing|continuous|weekly|monthly|quarterly|annually|annual|yearly)\s+(?:up\s+)?(?:to|until|till)\s+(?=\S)/i;

/** "Daily", "Monthly", "Annually" opening a deadline's words: how often, not by when. */
const RECURS_FIRST = /^(?:daily|weekly|fortnightly|monthly|quarterly|termly|annually|yearly)\b/i;

function readDateText(raw: string): DateParse {
  const text = raw.trim();
  const clean = cleanText(raw);
  // A lone dash is "none" (no revised date), as good as a blank cell.
  if (clean === '' || /^[-–—]$/.test(text)) return blank();
  // "Ongoing to 2027", "Monthly until March 2025": kept up until a date, so done by it.
  const keptUp = KEPT_UP_UNTIL.exec(clean);
  if (keptUp) {
    const end = readDateText(clean.slice(keptUp[0].length));
    if (end.kind === 'date' && !end.note && !end.inPhrase) return { ...end, text };
  }
  // "Monthly 3rd Mar 2010", "Daily - Updated 3rd Mar 2010": a task done again and again, the date
  // when it was last done or the note updated; no date it is done by.
  if (RECURS_FIRST.test(clean)) return { kind: 'vague', text };
  const noted = dayThenNote(clean);
  if (noted) return { ...noted, text };
  if (isVagueDateText(clean)) return { kind: 'vague', text };

  // "April 2023?": a date the plan was not sure of, none to hold it to.
  if (/^[^?]+\?$/.test(clean) && readDateText(clean.slice(0, -1)).kind === 'date') return { kind: 'vague', text };
  // "From April 2025": when it starts, not when it is to be done.
  if (/^(?:from|starting|commencing|w\.?e\.?f\.?)\s/i.test(clean)) return { kind: 'vague', text };
  const range = rangeEnd(clean);
  if (range !== null) return { ...range, text };
  // "June Cabinet 2025", "July Council": the meeting it goes to, in that month.
  const meeting = MEETING_MONTH.exec(clean);
  if (meeting && MONTHS.has(meeting[1].toLowerCase())) {
    const inMonth = readDateText(meeting[2] ? `${meeting[1]} ${meeting[2]}` : meeting[1]);
    if (inMonth.kind === 'date') return { ...inMonth, text };
  }
  // "For July 2012 agenda", "Update July 2012 meeting": to come to the meeting of that month.
  const toMeeting = TO_MEETING.exec(clean);
  if (toMeeting) {
    const inMonth = readDateText(toMeeting[1]);
    if (inMonth.kind === 'date' && inMonth.precision === 'month' && !inMonth.note && !inMonth.inPhrase)
      return { ...inMonth, text };
  }

  let rest = clean;
  let partOfPeriod = false;
  let endOf = false;
  let weekday: number | undefined;
  for (let i = 0; i < MAX_LEAD_INS; i += 1) {
    const lead = LEAD_IN.exec(rest);
    if (lead === null || lead[0].length === rest.length) break;
    if (PART_OF_PERIOD.test(lead[0])) partOfPeriod = true;
    if (/^end\b/i.test(lead[0])) endOf = true;
    const day = WEEKDAYS.findIndex((d) => lead[0].toLowerCase().startsWith(d));
    if (day >= 0) weekday = day;
    rest = rest.slice(lead[0].length);
  }
  // "By end of December 15": the end of a month is no day of it, so the figure is its year.
  const monthYear = endOf ? /^([a-z]+)\.? (\d{2})$/i.exec(rest) : null;
  const month = monthYear ? MONTHS.get(monthYear[1].toLowerCase()) : undefined;
  if (monthYear && month !== undefined) {
    const hit = monthHit(fullYear(monthYear[2]), month);
    if (hit) return { kind: 'date', iso: hit.iso, precision: hit.precision, text };
  }

  for (const form of DATE_FORMS) {
    const m = form.pattern.exec(rest);
    if (m === null) continue;
    const hit = form.read(m);
    if (hit === null) continue;
    const after = rest.slice(m[0].length);
    // "2010s", "1 March 2010x", "2010/12": the date did not end where the pattern did.
    if (/^(?:[a-z0-9]|[/.-]\d)/i.test(after)) break;
    if (partOfPeriod && (hit.precision === 'year' || hit.precision === 'quarter')) {
      return { kind: 'vague', text };
    }
    const note = after.replace(/^[ ,;:.-]+/, '').trim();
    // "31/08/2015 onwards": when it starts, with no date to be done by. ("July 2023 and ongoing"
    // is done by July and kept up after.)
    if (ONWARDS.test(note)) return { kind: 'vague', text };
    // "2024 and 2025", "March 2024 & June 2024": two times, no single date to be done by.
    if (AND_ANOTHER.test(note)) return { kind: 'vague', text };
    const date: UnderstoodDate = { kind: 'date', iso: hit.iso, precision: hit.precision, text };
    if (note !== '') date.note = note;
    if (hit.yearless) date.yearless = true;
    if (hit.yearless && hit.precision === 'day' && weekday !== undefined) date.weekday = weekday;
    if (hit.orDay) date.orDay = hit.orDay;
    return date;
  }
  // "Q4", "Qtr 2": a quarter of no stated year names no date.
  if (/^(?:q|qtr\.?|quarter) ?[1-4]$/i.test(rest)) return { kind: 'vague', text };
  const within = dayWithin(clean) ?? monthByWithin(clean);
  if (within !== null) return { kind: 'date', ...within, text, inPhrase: true };
  // "August Deferred to 2012/13", "Postponed to Q3 2012/13": the date it was put back to is the one now due.
  const deferred = DEFERRED_TO.exec(clean);
  if (deferred) {
    const to = readDateText(deferred[2]);
    if (to.kind === 'date' && !to.note && !to.inPhrase && !to.yearless) {
      const before = deferred[1].trim();
      return before ? { ...to, text, note: before } : { ...to, text };
    }
  }
  // "Survey by End Dec 21.", "Final improvements by Q4 2021/22", "Site assessments ongoing to end
  // 2019/20": a short phrase ending in the date it is to be done by.
  const ending = endingBy(clean);
  if (ending !== null) return { ...ending, text, inPhrase: true };
  // A sentence names no single date: "The action plan has targets for the next eighteen months",
  // "One EHO appointed July 2004. Second appointee failed to start" (progress, not a deadline).
  const words = new Set(clean.toLowerCase().match(/[a-z]+/g) ?? []).size;
  // ("Action plan covers 2015-16": a financial year in words, no day in it.)
  const period = words >= 3 && /\b(?:19|20)\d\d\s*[/-]\s*(?:\d{2}|(?:19|20)\d\d)\b/.test(clean);
  if (clean.length <= 400 && ((!/\d/.test(clean) && words >= 5) || words >= 8 || period))
    return { kind: 'vague', text };
  // "Report on town centre enhancements in Autumn 2008.": a season of a year, in a phrase.
  if (clean.length <= 120 && SEASON_WITHIN.test(clean)) return { kind: 'vague', text };
  return unreadable(text, DATE_EXPECTED);
}

/** "For the July 2012 meeting", "Update July 2012 agenda": what is to come to a month's meeting. */
const TO_MEETING =
  /^(?:for|to|at|update(?:\s+(?:at|to|for))?)\s+(?:the\s+)?([a-z]+\.?\s+\d{4})\s+(?:full\s+)?(?:council|cabinet|committee|board|meeting|agenda)(?:\s+(?:meeting|agenda))?$/i;

const MEETING_MONTH =
  /^([a-z]+)\.? (?:full )?(?:council|cabinet|committee|board|scrutiny|panel|meeting)(?: meeting)?(?: (\d{4}))?$/i;

/**
 * "Jan – Mar 2025", "1 April 2025 to 31 March 2026", "Sept/Oct 2010", "Between June and August 2019",
 * "Q2-Q4 2019/20": a span is done by its end. Both ends must be dates (the first may be a bare month
 * or quarter), so "Mar 2025 – phase 1" is a date with a note.
 */
function rangeEnd(written: string): UnderstoodDate | null {
  // "Between June and August 2019": the span between its two ends.
  const between = /^between\s+(.{3,40}?)\s+and\s+(.{3,40})$/i.exec(written);
  const clean = between ? `${between[1]} to ${between[2]}` : written.replace(/^between\s+/i, '');
  // "Q2-Q4 2019/20", "Q2 to Q4 2019/20": quarters of the one year, done by the end of the later.
  const quarters = /^(?:q|qtr\.? ?|quarter ?)([1-4])\s*(?:[-–—]|to)\s*((?:q|qtr\.? ?|quarter ?)([1-4])\s+\S.*)$/i.exec(
    clean,
  );
  if (quarters) {
    const end = readDateText(quarters[2]);
    const inOrder = quarters[1] < quarters[3];
    return inOrder && end.kind === 'date' && !end.note && end.precision === 'quarter' ? end : null;
  }
  // "Sept/Oct 2010", "May/June 2025", "Late January / early February 2025", "May / June" (of the
  // year the sheet is read in): one month or the next, so done by the later.
  const m =
    /^(.{3,40}?)\s+(?:[-–—]|to|until|till)\s+(.{3,40})$/i.exec(clean) ??
    /^([a-z][a-z .]{2,24}?)\s*\/\s*([a-z][a-z .]{2,24}?(?:\s+\d{4})?)$/i.exec(clean);
  if (m === null) return null;
  const start = readDateText(m[1]);
  const end = readDateText(m[2]);
  if (start.kind !== 'date' || end.kind !== 'date' || end.note) return null;
  // (A bare month before a year may run over the turn of it: "Dec – Jan 2025"; two bare months not.)
  return start.iso > end.iso && (!start.yearless || end.yearless) ? null : end;
}

/** Phrases this long or shorter may name their date anywhere in them. */
const MAX_PHRASE_FOR_DATE = 120;

/**
 * "Meeting held by 31 January 2014", "Report to Cabinet on 12/03/2024": one whole date, to the day,
 * inside a short phrase is the date the phrase means; the rest of the phrase is its note. Two
 * different dates ("phase 1 by…, phase 2 by…") or only months and years name no single date.
 */
function dayWithin(clean: string): PhraseDate | null {
  if (clean.length > MAX_PHRASE_FOR_DATE) return null;
  const found = new Map<string, string>();
  for (let i = 1; i < clean.length; i++) {
    if (!/[\s(,;:]/.test(clean[i - 1]) || !/[0-9a-z]/i.test(clean[i])) continue;
    const rest = clean.slice(i);
    for (const form of DATE_FORMS) {
      const m = form.pattern.exec(rest);
      const hit = m && form.read(m);
      if (!m || !hit || hit.precision !== 'day') continue;
      if (/^(?:[a-z0-9]|[/.-]\d)/i.test(rest.slice(m[0].length))) continue;
      const note = clean.slice(0, i) + rest.slice(m[0].length);
      found.set(
        hit.yearless ? `yearless ${hit.iso}` : hit.iso,
        note
          .replace(/\(\s*\)/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      break;
    }
  }
  if (found.size !== 1) return null;
  const [[key, note]] = [...found];
  const iso = key.replace(/^yearless /, '');
  if (iso === key) return { iso, note, precision: 'day' };
  // ("GB meeting on 1st February": the day, its year the one the sheet is about; "Application –
  // 1st November, Panel – 19th November" names two, the last of which the forms alone can see.)
  if ((clean.match(DAY_OF_MONTH) ?? []).length !== 1) return null;
  // ("… on Monday 17 September": the day of the week just before the date settles its year.)
  const named = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*,?\s*$/i.exec(note);
  const weekday = named ? WEEKDAYS.indexOf(named[1].toLowerCase()) : -1;
  return weekday >= 0
    ? { iso, note, precision: 'day', yearless: true, weekday }
    : { iso, note, precision: 'day', yearless: true };
}

/** "1st February", "14 Nov", "March 3rd": a day of a month named in words. */
const DAY_OF_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/gi;

/** A date found inside a phrase, and the rest of the phrase. */
interface PhraseDate {
  iso: string;
  note: string;
  precision: 'day' | 'month';
  yearless?: true;
  weekday?: number;
}

/** Words after a date that make it a start with no end. */
const ONWARDS = /^(?:onwards?|thereafter)\b/i;
/** A second time after the first: "and 2025", "& June 2024". */
const AND_ANOTHER = /^(?:and|&)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b/i;

/**
 * "by September 2002", "by the end of June 2002": a month and year the phrase must be done by;
 * "Commissioning process starts December 2023", "due in March 2024": the month it is set for.
 */
const BY_MONTH =
  /\b(?:by|before|until|no later than|starts?|starting|begins?|beginning|commenc(?:es?|ing)|ends?|ending|due(?:\s+in)?|planned for|scheduled for|expected (?:in|by))\s+(?:the\s+)?(?:end\s+of\s+)?([a-z]+)\.?,?\s+((?:19|20)\d{2})\b(?![/-]\d)/gi;

/**
 * "Programmes in schools by September 2002", "Four campaigns by September 2003": an output and the
 * month it is due by, written together where a plan has one column for both. One month only: "phase
 * 1 by June 2002, phase 2 by March 2003" names no single date, and a month with no "by" before it
 * ("appointed July 2004") says when something happened, not when it is due.
 */
function monthByWithin(clean: string): PhraseDate | null {
  if (clean.length > MAX_PHRASE_FOR_DATE) return null;
  const found: (PhraseDate & { end: boolean })[] = [];
  for (const m of clean.matchAll(BY_MONTH)) {
    const hit = monthHit(Number(m[2]), MONTHS.get(m[1].toLowerCase()));
    if (!hit) continue;
    const note = (clean.slice(0, m.index) + clean.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim();
    found.push({ iso: hit.iso, note, precision: 'month', end: ENDS_BY.test(m[0]) });
  }
  // "Work begins May 2024 and ends June 2025": where the months differ, the one it ends by.
  const ends = found.some((f) => f.end) ? found.filter((f) => f.end) : found;
  if (ends.length === 0 || ends.some((f) => f.iso !== ends[0].iso)) return null;
  const { iso, note, precision } = ends[0];
  return { iso, note, precision };
}

/** "August Deferred to 2012/13": what was due, then the date it was put back to. */
const DEFERRED_TO =
  /^(.{0,40}?)\s*\b(?:deferred|postponed|moved|rescheduled|put back|pushed back|delayed|carried (?:forward|over))\s+(?:to|until|till|into)\s+(\S.{1,30}?)[.\s]*$/i;

/** "… by End Dec 21", "… ongoing to end 2019/20": the words before a date a phrase ends in. */
const ENDING_BY =
  /^(.+?)\s+(?:by|before|no later than|(?:ongoing|continuing)\s+(?:up\s+)?(?:to|until|till))\s+(\S.{1,30}?)[.\s]*$/i;

/**
 * "Adoption from April 2026", "New charges from 1 April": a change that takes effect on a date,
 * done then (not "Monthly from April 2026", kept up from then, or "Ongoing from …").
 */
const ENDING_FROM = /^(.+?)\s+(?:from|with effect from|effective from)\s+(\S.{1,30}?)[.\s]*$/i;
const KEPT_UP_FROM = /\b(?:ongoing|continu\w*|weekly|monthly|quarterly|annual(?:ly)?|yearly|regular(?:ly)?|every)\b/i;
/** The most words naming what takes effect ("Adoption", "New fees apply fully"); more are a sentence. */
const FROM_WORDS = 4;

/**
 * "Local Plan adopted 2018", "Strategy published March 2019": a milestone, the thing and what is to
 * have happened to it, then when. (The words before name the thing: four at most, as for "from".)
 */
const MILESTONE =
  /^((.+?)\s+(?:adopted|approved|published|agreed|completed|implemented|launched|introduced|opened|in place))\s+(?:in\s+)?(\S.{1,30}?)[.\s]*$/i;

/**
 * A short phrase ending "by" a date (or taking effect from one, or a milestone reached in one): the
 * date alone after it, the words before it the note.
 */
function endingBy(clean: string): UnderstoodDate | null {
  if (clean.length > MAX_PHRASE_FOR_DATE) return null;
  const from = ENDING_FROM.exec(clean);
  const takesEffect = from && from[1].split(/\s+/).length <= FROM_WORDS && !KEPT_UP_FROM.test(from[1]);
  const by = ENDING_BY.exec(clean) ?? (takesEffect ? from : null);
  const milestone = MILESTONE.exec(clean);
  // The words before the date, and the date.
  const [words, when] = by
    ? [by[1], by[2]]
    : milestone && milestone[2].split(/\s+/).length <= FROM_WORDS
      ? [milestone[1], milestone[3]]
      : [null, null];
  // ("Phase 1 by June 2002, phase 2 by March 2003" names no single date.)
  if (words === null || when === null || /\b(?:by|before)\s+[^.;]{0,20}?\d/i.test(words)) return null;
  const date = readDateText(when);
  if (date.kind !== 'date' || date.note || date.inPhrase || date.yearless) return null;
  return { ...date, note: words.trim() };
}

/** The words of BY_MONTH that name when a thing ends, not when it starts. */
const ENDS_BY = /^(?:by|before|until|no later than|ends?|ending|due)\b/i;

/**
 * A date written without a year ("14 Aug") in the year that puts it nearest the as-of date: a
 * tracker's dates sit within a few months either side of the meeting it goes to.
 */
/** Years either side of the as-of date within which "Mon NN" reads as a month and its year. */
const MONTH_YEAR_REACH = 2;

export function resolveYear(date: UnderstoodDate, asOfIso: string): UnderstoodDate {
  if (date.orDay) {
    // UK papers write "Apr 12" for April 2012: the month and year stand unless that year is far
    // from the as-of date ("June 30" in 2026 is the 30th of June).
    const { orDay, ...monthYear } = date;
    const years = Math.abs(Number(monthYear.iso.slice(0, 4)) - Number(asOfIso.slice(0, 4)));
    if (years <= MONTH_YEAR_REACH) return monthYear;
    return resolveYear({ ...monthYear, iso: orDay, precision: 'day', yearless: true }, asOfIso);
  }
  if (!date.yearless) return date;
  const asOfYear = Number(asOfIso.slice(0, 4));
  const monthDay = date.iso.slice(4);
  const candidates: string[] = [];
  // Four years either side: 29 February comes round at least every eight (1896, then 1904).
  for (let year = asOfYear - 4; year <= asOfYear + 4; year++) {
    const iso =
      date.precision === 'month'
        ? monthEndIso(year, Number(monthDay.slice(1, 3)))
        : isoFromParts(year, Number(monthDay.slice(1, 3)), Number(monthDay.slice(4, 6)));
    if (iso) candidates.push(iso);
  }
  // ("Monday 17 September": the year in which the 17th is a Monday, where one is near.)
  const onDay = candidates.filter((iso) => new Date(`${iso}T00:00:00Z`).getUTCDay() === date.weekday);
  const nearest = (onDay.length > 0 ? onDay : candidates).reduce((a, b) =>
    Math.abs(daysBetween(b, asOfIso)) < Math.abs(daysBetween(a, asOfIso)) ? b : a,
  );
  const resolved: UnderstoodDate = { ...date, iso: nearest };
  delete resolved.yearless;
  delete resolved.weekday;
  return resolved;
}

/** Without a date format, only numbers that land between 1950 and 2199 are taken as dates. */
const PLAUSIBLE_FIRST_YEAR = 1950;
const PLAUSIBLE_LAST_YEAR = 2199;

function parseDateNumber(n: number, opts: DateOptions): DateParse {
  if (!Number.isFinite(n)) return unreadable(cellText(n), DATE_EXPECTED);
  const general = isGeneralFormat(opts.numberFormat);
  if (!general && !isDateFormat(opts.numberFormat)) return unreadable(cellText(n), DATE_EXPECTED);
  return serialDates[(general ? 2 : 0) + (opts.date1904 ? 1 : 0)](n);
}

/** A date column holds a few hundred distinct serials: each is read once, for each way a number can be read. */
const serialDates = [false, true].flatMap((general) =>
  [false, true].map((date1904) => memoByNumber((n) => readSerial(n, general, date1904))),
);

/** A finite number in a General or date format, as a date. */
function readSerial(n: number, general: boolean, date1904: boolean): DateParse {
  const text = cellText(n);
  // A General-format 2011 is the year someone typed, not serial 2011 (July 1905).
  if (general && Number.isInteger(n) && n >= 1900 && n <= 2200) {
    return { kind: 'date', iso: `${n}-12-31`, precision: 'year', text };
  }
  const iso = serialToIso(n, date1904);
  if (iso === null) return unreadable(text, DATE_EXPECTED);
  const year = Number(iso.slice(0, 4));
  if (general && (year < PLAUSIBLE_FIRST_YEAR || year > PLAUSIBLE_LAST_YEAR)) {
    return unreadable(text, DATE_EXPECTED);
  }
  // The user sees a date in the cell, not the serial behind it.
  return { kind: 'date', iso, precision: 'day', text: formatUkDate(iso) };
}

/** Where a milestone's words give way to its date: "Pitch construction – Oct 2015 – August 2016", "Adoption: July 2025". */
const MILESTONE_BREAK = /\s[-–—]\s|\s?:\s/;

/**
 * "Protocol drafted by LA\nPitch construction – Oct 2015 – August 2016\nPublication of protocol": a
 * schedule of milestones in one cell, some dated (alone, or after the milestone's words and a dash),
 * or one milestone and its date ("Landscape plan approved – October 2015").
 * The work is done when its last dated milestone is; undated lines, dates inside sentences and dates
 * with no year set none.
 */
function lastMilestone(raw: string): UnderstoodDate | null {
  const lines = cellLines(raw);
  if (lines.length === 0) return null;
  let last: UnderstoodDate | null = null;
  let dated = 0;
  for (const line of lines) {
    const whole = readDateText(line);
    const at = MILESTONE_BREAK.exec(line);
    const after =
      whole.kind === 'date' ? whole : at ? readDateText(line.slice(at.index + at[0].length)) : afterVerb(line);
    // (A date inside a sentence, "published by March 2007", may be a step done: it schedules nothing.)
    if (after.kind !== 'date' || after.yearless || after.inPhrase) continue;
    dated += 1;
    if (!last || after.iso > last.iso) last = after;
  }
  if (!last) return null;
  // ("Landscape plan approved – October 2015": one milestone, its words the note.)
  const note =
    lines.length === 1
      ? lines[0].slice(0, MILESTONE_BREAK.exec(lines[0])?.index)
      : dated === 1
        ? 'the one dated milestone'
        : `the last of ${dated} dated milestones`;
  // ("Review April 22": April 2022, or the 22nd of April where 2022 is far from the paper's date.)
  const orDay = last.orDay ? { orDay: last.orDay } : {};
  return { kind: 'date', iso: last.iso, precision: last.precision, text: raw.trim(), note, inPhrase: true, ...orDay };
}

/** Words before a milestone's date that say it has happened or begins, not what is to be done. */
const DONE_OR_BEGUN =
  /^(?:complete[ds]?|done|achieved|finished|delivered|closed|from|since|start(?:ed|ing|s)?|commenc\w*|beg[ia]n\w*)$/i;

/** "Establish Dec 21", "Finalise Dec 21": a milestone's verb, then its date. */
function afterVerb(line: string): DateParse {
  const words = line.replace(/[.\s]+$/, '').split(/\s+/);
  const [verb, ...dated] = words;
  const rest = dated.join(' ');
  // (The date straight after the verb: "Board in March 2024" is when the board meets.)
  if (!/^[a-z]+$/i.test(verb) || DONE_OR_BEGUN.test(verb) || !/^(?:\d|[a-z]{3,9}\.?\s+\d)/i.test(rest))
    return unreadable(line, DATE_EXPECTED);
  const date = readDateText(rest);
  // (A month at least: "Summer 2010" is a time in words, not a year's end.)
  const precise = date.kind === 'date' && (date.precision === 'day' || date.precision === 'month');
  return precise && !date.note && !date.inPhrase ? date : unreadable(line, DATE_EXPECTED);
}

/** A cell's date, else the last of the milestones its lines schedule. */
function readCellDate(raw: string): DateParse {
  const read = readDateText(raw);
  if (read.kind === 'date' || read.kind === 'blank') return read;
  // (How often, then a date: the date is no milestone to be done by.)
  if (RECURS_FIRST.test(cleanText(raw))) return read;
  return lastMilestone(raw) ?? read;
}

/** Read a date from a cell. Never throws: what it cannot read is `unreadable`. */
const parseDateText = memoByText(readCellDate);

export function parseDate(value: CellValue, opts: DateOptions): DateParse {
  if (value === null) return blank();
  if (typeof value === 'string') return parseDateText(value);
  if (typeof value === 'number') return parseDateNumber(value, opts);
  if (isCellError(value)) return unreadable(value.error, DATE_EXPECTED);
  return unreadable(cellText(value), DATE_EXPECTED);
}
