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
  if (typeof value !== 'string' || value.length > 80) return false;
  // "1", "1-5" typed as text under "Year": the plan's years, as a number is.
  if (yearsHeader && YEARS_ALONE.test(value)) return true;
  return YEAR_OF_PLAN.test(value) && !CALENDAR_YEAR.test(value) && value.trim().split(/\s+/).length <= MOST_WORDS;
}
