/**
 * When a plan's action is due, counted in years from the plan's start ("Year 1", "Years 3-5",
 * "Year 1 then ongoing"): a time in words, since the start is not on the sheet. No date is guessed.
 */
import type { CellValue } from '../snapshot';

/** Years a plan runs over, counted from its start. */
const PLAN_YEARS = 10;

const YEAR_OF_PLAN = /\byears?\s*(?:[1-9]|10)\b/i;
const YEARS_ALONE = /^\s*(?:[1-9]|10)(?:\s*[-–]\s*(?:[1-9]|10))?\s*$/;
const CALENDAR_YEAR = /\b(?:19|20)\d\d\b/;
/** "… leaflet Year 3", "… Years 1-2": a line ending in the year of the plan it is due in. */
const ENDS_IN_PLAN_YEAR = /\byears?\s*(?:[1-9]|10)(?:\s*[-–/]\s*(?:[1-9]|10))*\s*\.?\s*$/i;
/** "Plan - Year 2 / Implementation Year 3-5" is as long as such a cell gets; more is a sentence. */
const MOST_WORDS = 6;

/**
 * A year of the plan: a whole number from 1 to 10, or a span of them ("1-5"), under a header that
 * speaks of years ("1" under "Year to Action"), or a short phrase naming one ("Year 2", "Year 1- 2")
 * with no calendar year.
 */
export function namesPlanYear(value: CellValue, header: string): boolean {
  const yearsHeader = /\byears?\b/i.test(header);
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= PLAN_YEARS && yearsHeader;
  if (typeof value !== 'string') return false;
  // "Dance Leaflet Year 1\nThe LAA and the Arts leaflet Year 3": each output, then its year of the plan.
  const lines = value.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 1) return lines.every((l) => ENDS_IN_PLAN_YEAR.test(l) && !CALENDAR_YEAR.test(l));
  if (value.length > 80) return false;
  // "1", "1-5" typed as text under "Year": the plan's years, as a number is.
  if (yearsHeader && YEARS_ALONE.test(value)) return true;
  return YEAR_OF_PLAN.test(value) && !CALENDAR_YEAR.test(value) && value.trim().split(/\s+/).length <= MOST_WORDS;
}

/** The first year of a plan and whether its years are financial ones ("2014/15 to 2016/17"). */
export interface PlanPeriod {
  first: number;
  financial: boolean;
}

/** "(2014/15 to 2016/17)", "2014/15 - 2016/17": financial years; "2023-2027", "2023 to 2027": calendar years. */
const FINANCIAL_PERIOD = /\b((?:19|20)\d\d)\s*\/\s*\d\d\s*(?:to|-|–)\s*(?:19|20)\d\d\s*\/\s*\d\d\b/;
const CALENDAR_PERIOD = /\b((?:19|20)\d\d)\s*(?:to|-|–)\s*((?:19|20)\d\d)\b/;

/** The period a plan's title gives it, or null where it gives none. */
export function planPeriod(title: string): PlanPeriod | null {
  const financial = FINANCIAL_PERIOD.exec(title);
  if (financial) return { first: Number(financial[1]), financial: true };
  const calendar = CALENDAR_PERIOD.exec(title);
  if (calendar && Number(calendar[2]) > Number(calendar[1])) return { first: Number(calendar[1]), financial: false };
  return null;
}

/**
 * The end of the last year of the plan a cell names ("Years 1, 2 and 3" → the end of the third),
 * where the title gives the plan's period: 31 March for financial years, 31 December otherwise.
 */
export function planYearEnd(value: CellValue, period: PlanPeriod): string | null {
  const numbers = (typeof value === 'number' ? String(value) : String(value ?? '')).match(/\b(?:[1-9]|10)\b/g);
  if (!numbers) return null;
  const year = period.first + Math.max(...numbers.map(Number)) - 1;
  return period.financial ? `${year + 1}-03-31` : `${year}-12-31`;
}
