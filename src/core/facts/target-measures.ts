/**
 * "Performance Target", "Targets and Timescales": a column of what is to be achieved, some by a
 * date ("Approval of arrangements in July 2016", "June 2016"), some with none ("120 engagements
 * with businesses", "… per year Annually"). A reader holds the dated ones to their dates and reads
 * the others as measures, not as deadlines nobody set: a measure is not a vague date.
 */
import type { Table } from '../tables/types';
import type { DateParse } from '../parse/types';
import { parseDate } from '../parse/dates';
import { isVagueDateText } from '../parse/vague-dates';
import { cellText } from '../parse/text';
import { logicalCell } from './context';

/** A header naming targets rather than their dates. */
const TARGETS_HEADER = /\btargets?\b/i;
const DATE_HEADER = /\b(?:dates?|deadlines?|by when|due)\b/i;

/** A measure is a phrase of this many words at least: "Funding secured for Growth Plan". */
const MEASURE_WORDS = 4;
/** Measures among the filled cells before the column is read as targets: two, and a third of them. */
const MIN_MEASURES = 2;

/** "July 2016", "30 June 2016", "2015": a date written inside a phrase (the last one counts). */
const DATE_IN_PHRASE =
  /(?:\b\d{1,2}(?:st|nd|rd|th)?\s+)?(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?\b(?:19|20)\d{2}\b/gi;

function isMeasure(text: string, parsed: DateParse): boolean {
  if (parsed.kind === 'date' && !parsed.inPhrase) return false;
  return text.trim().split(/\s+/).length >= MEASURE_WORDS && !isVagueDateText(text);
}

/** Whether the table's deadline column holds targets, measures among them, rather than dates. */
export function holdsTargets(table: Table, rows: readonly number[], date1904: boolean): boolean {
  const ref = table.columns.deadline;
  if (!ref || !TARGETS_HEADER.test(ref.header) || DATE_HEADER.test(ref.header)) return false;
  let filled = 0;
  let measures = 0;
  for (const row of rows) {
    const text = cellText(logicalCell(table, row, 'deadline')).trim();
    if (!text) continue;
    filled += 1;
    if (isMeasure(text, parseDate(text, { date1904 }))) measures += 1;
  }
  return measures >= MIN_MEASURES && measures * 3 >= filled;
}

/**
 * The date a target names inside its words ("Approval of arrangements in July 2016" → July 2016),
 * the last where it names several (the target's end); null where it names none.
 */
export function dateInTarget(text: string, date1904: boolean): DateParse | null {
  const found = [...text.matchAll(DATE_IN_PHRASE)].map((m) => m[0].trim());
  for (let i = found.length - 1; i >= 0; i--) {
    const parsed = parseDate(found[i], { date1904 });
    if (parsed.kind === 'date') return { ...parsed, text };
  }
  return null;
}
