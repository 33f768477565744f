/** Each year typed wrong on a sheet ("2014/14", "May 2106") as a subject of its own (see parse/year-typos.ts). */
import type { Table } from '../tables/types';
import type { FactContext } from './context';
import type { Subject } from './subject';
import { slipSubject } from './year-runs';

/** How near the check's date the year a swap makes must lie ("May 2106" in a paper of 2016). */
const MEANT_WITHIN_YEARS = 10;

export function yearTypoSubjects(table: Table, ctx: FactContext): Subject[] {
  const asOfYear = Number(ctx.asOf.slice(0, 4));
  const out: Subject[] = [];
  for (const [row, { column, typo }] of table.yearTypos ?? []) {
    // ("March 2125", a long lease's end, is far ahead but no slip: only a swap that lands near now is.)
    if (typo.kind === 'far ahead' && (typo.meant === undefined || Math.abs(typo.meant - asOfYear) > MEANT_WITHIN_YEARS))
      continue;
    out.push(slipSubject(table, row, column, { slip: typo.kind, text: typo.text, expected: typo.expected }));
  }
  return out;
}
