/** Cells as a host hands them over: dates as serials with a date format, money and shares in the forms people type. */
import type { CellValue } from '../../src/core/snapshot';
import type { Random } from './random';
import { MONTHS } from './vocabulary';

/** A value and, for date cells, the number format Excel would report beside it. */
export interface Cell {
  value: CellValue;
  format?: string;
}

const DAY_MS = 86_400_000;
/** 30 December 1899: serial 0 of Excel's 1900 date system for every date after February 1900. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

function serialOf(date: Ymd): number {
  return Math.round((Date.UTC(date.year, date.month - 1, date.day) - SERIAL_EPOCH) / DAY_MS);
}

export function addDays(date: Ymd, days: number): Ymd {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A day between the two dates (inclusive). */
export function dayBetween(rnd: Random, from: Ymd, to: Ymd): Ymd {
  const span = Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / DAY_MS,
  );
  return addDays(from, rnd.int(0, span));
}

function ordinal(day: number): string {
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return `${day}${suffix}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function serialCell(date: Ymd, rnd: Random): Cell {
  return { value: serialOf(date), format: rnd.pick(['dd/mm/yyyy', 'd-mmm-yy', 'd mmmm yyyy']) };
}

/** "1st March 2010 (next Shared Services Board)", "31/12/2010", "1 June 2010". */
export function ukDateText(date: Ymd, rnd: Random): string {
  const month = MONTHS[date.month - 1];
  switch (rnd.int(0, 3)) {
    case 0:
      return `${ordinal(date.day)} ${month} ${date.year} (next Shared Services Board)`;
    case 1:
      return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
    case 2:
      return `${date.day} ${month} ${date.year}`;
    default:
      return `${ordinal(date.day)} ${month} ${date.year}`;
  }
}

export function monthOnlyText(date: Ymd): string {
  return `${MONTHS[date.month - 1]} ${date.year}`;
}

/** "2010/11": the financial year that starts in April of `year`. */
export function financialYear(year: number): string {
  return `${year}/${pad((year + 1) % 100)}`;
}

/** A share written the way councils do: 0.5, 50 or "50%". */
export function shareCell(fraction: number, style: 'fraction' | 'percent' | 'text'): CellValue {
  const percent = Math.round(fraction * 10000) / 100;
  if (style === 'fraction') return Math.round(fraction * 10000) / 10000;
  if (style === 'percent') return percent;
  return `${percent}%`;
}

/** An amount as typed: 246000, "£246,000", "£246k". */
export function moneyCell(pounds: number, rnd: Random): CellValue {
  const style = rnd.weighted({ number: 60, pounds: 22, thousands: 14, words: 4 });
  if (style === 'number') return pounds;
  const grouped = pounds.toLocaleString('en-GB');
  if (style === 'pounds') return `£${grouped}`;
  if (style === 'thousands' && pounds % 1000 === 0) return `£${pounds / 1000}k`;
  if (style === 'words' && pounds % 1000 === 0) return `£${pounds / 1000}k savings per annum`;
  return `£${grouped}`;
}
