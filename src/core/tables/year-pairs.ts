/**
 * Savings plans over several years give each year its own target and forecast ("2014/15 Target |
 * Actual to Date | Forecast Outturn | 2015/16 Target | Actual to Date | Forecast Outturn …"). A
 * finance officer reads each year's forecast against that year's target: a line on course this year
 * may be short next year, and an actual so far this year is no shortfall against the whole year.
 */
import { NOT_USED } from './columns';
import type { ColumnRead } from './read-columns';
import type { ColumnRef } from './types';

export interface YearPair {
  year: string;
  target: ColumnRef;
  achieved: ColumnRef;
}

/** "Actual to date", "Spend to date": a figure for the year so far, not the year's. */
const SO_FAR = /\bto date\b/i;

function meaningOf(read: ColumnRead): string | undefined {
  return read.meaning && read.meaning !== NOT_USED ? read.meaning : read.alternatives[0]?.meaning;
}

/**
 * Each year's target and its figure for the whole year (a forecast or outturn before an actual so
 * far), where the table gives a target under two years or more, or beside both an actual so far
 * and a forecast for the year. Empty where the table says nothing year by year.
 */
export function yearPairs(reads: readonly ColumnRead[]): YearPair[] {
  const years = new Map<string, { target?: ColumnRead; whole?: ColumnRead; soFar?: ColumnRead }>();
  for (const r of reads) {
    const year = r.words.year;
    const meaning = meaningOf(r);
    if (!year || (meaning !== 'target' && meaning !== 'achieved')) continue;
    const group = years.get(year) ?? {};
    if (meaning === 'target') group.target ??= r;
    else if (SO_FAR.test(r.header) || r.words.partYear) group.soFar ??= r;
    else group.whole ??= r;
    years.set(year, group);
  }
  const pairs: YearPair[] = [];
  let soFarBeside = false;
  for (const [year, g] of years) {
    if (!g.target || !g.whole) continue;
    if (g.soFar) soFarBeside = true;
    pairs.push({ year, target: ref(g.target), achieved: ref(g.whole) });
  }
  return pairs.length >= 2 || soFarBeside ? pairs : [];
}

function ref(read: ColumnRead): ColumnRef {
  return { column: read.column, header: read.header };
}
