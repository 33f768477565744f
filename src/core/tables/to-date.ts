/**
 * "Year to Date Plan" and "Year to Date Actual" beside the year's plan and forecast: a line can be
 * on course for the year and behind so far, and a finance officer reads both pairs.
 */
import type { LogicalColumn } from './columns';
import { NOT_USED } from './columns';
import type { ColumnRead } from './read-columns';
import type { ColumnRef } from './types';

/** The one unused column whose best reading, for part of the year, is this meaning. */
function partYear(reads: readonly ColumnRead[], meaning: LogicalColumn): ColumnRead | undefined {
  const found = reads.filter(
    (r) => r.meaning === NOT_USED && r.words.partYear && r.alternatives[0]?.meaning === meaning,
  );
  return found.length === 1 ? found[0] : undefined;
}

export function toDatePair(
  reads: readonly ColumnRead[],
  columns: Partial<Record<LogicalColumn, ColumnRef>>,
): { target: ColumnRef; achieved: ColumnRef } | undefined {
  if (!columns.target || !columns.achieved) return undefined;
  const target = partYear(reads, 'target');
  const achieved = partYear(reads, 'achieved');
  if (!target || !achieved) return undefined;
  for (const r of [target, achieved]) r.reason += '; read with its partner as the year so far';
  return {
    target: { column: target.column, header: target.header },
    achieved: { column: achieved.column, header: achieved.header },
  };
}
