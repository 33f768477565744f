import { memoByText } from './memo';
/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and Excel serial numbers.
 * Everything counts whole days with integer maths, so no local time zone can shift a date.
 */

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date a day count from 1970-01-01 falls on (Hinnant's civil_from_days). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD' for a real date in years 1000–9999, else null (31/02 is not a date). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The last day of a month, as ISO. */
export function monthEndIso(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoFromParts(year, month, daysInMonth(year, month));
}

/** YYYY-MM-DD: how every date is written between Concordat's parts (a timestamp starts with one). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Written YYYY-MM-DD, whether or not the day exists: enough to compare two dates as text. */
export function isIsoShaped(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

/** The parts of a valid ISO date, or null. */
export function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isoFromParts(year, month, day) === null ? null : { year, month, day };
}

function isoFromDays(days: number): string | null {
  const { year, month, day } = civilFromDays(days);
  return isoFromParts(year, month, day);
}

/** Day numbers of ISO dates, remembered: every row's due date is measured against the as-of date. */
const daysOfIso = memoByText((iso: string): number => {
  const parts = isoParts(iso);
  return parts === null ? NaN : daysFromCivil(parts.year, parts.month, parts.day);
});

/** Day 0 of each date system: serial 1 (1900) is the day after 1899-12-31; serial 0 (1904) is 1904-01-01. */
const EPOCH_1900 = daysFromCivil(1899, 12, 31);
const EPOCH_1904 = daysFromCivil(1904, 1, 1);
/** 9999-12-31, Excel's last date, in each system. */
const MAX_SERIAL_1900 = 2958465;
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1462;
/** Excel counts a 29 February 1900 that never existed: serial 60. */
const PHANTOM_LEAP_DAY = 60;

/**
 * Excel serial → ISO date; the time of day (fraction) is ignored.
 * 1900 system: serial 1 is 1900-01-01 and serials from 61 are one day ahead because of
 * Excel's phantom 29 February 1900; that serial 60 is read as 1900-02-28, the last real
 * day it could mean. Out of Excel's range (before its first day or after 9999-12-31): null.
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL_1904) return null;
    return isoFromDays(EPOCH_1904 + whole);
  }
  if (whole < 1 || whole > MAX_SERIAL_1900) return null;
  const offset = whole < PHANTOM_LEAP_DAY ? whole : whole === PHANTOM_LEAP_DAY ? 59 : whole - 1;
  return isoFromDays(EPOCH_1900 + offset);
}

/** ISO date → Excel serial in the given system (NaN when the ISO text is not a real date). */
export function isoToSerial(iso: string, date1904: boolean): number {
  const days = daysOfIso(iso);
  if (Number.isNaN(days)) return NaN;
  if (date1904) return days - EPOCH_1904;
  const offset = days - EPOCH_1900;
  return offset >= PHANTOM_LEAP_DAY ? offset + 1 : offset;
}

/** Whole days from one ISO date to another (to − from); NaN if either is not a date. */
export function daysBetween(fromIso: string, toIso: string): number {
  return daysOfIso(toIso) - daysOfIso(fromIso);
}

export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** '2010-03-01' → '1 March 2010', the wording used in finding messages. */
export const formatUkDate = memoByText(readUkDate);

function readUkDate(iso: string): string {
  const parts = isoParts(iso);
  if (parts === null) return iso;
  return `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}
