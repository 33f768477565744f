/**
 * Each slip typed on a sheet (see tables/typed-slips.ts) as a subject of its own: a year typed
 * wrong ("2014/14", "May 2106"), or a figure typed with a letter for a digit ("13,O16").
 */
import type { Table } from '../tables/types';
import { cellAt } from '../tables/types';
import { parseMoney } from '../parse/money';
import type { FactContext, StageFacts } from './context';
import { noteUnreadable } from './context';
import type { Subject } from './subject';
import { slipSubject } from './year-runs';
import { furtherFromCheck } from '../parse/year-apart';

/** How near the check's date the year a swap makes must lie ("May 2106" in a paper of 2016). */
const MEANT_WITHIN_YEARS = 10;

export function typedSlipSubjects(table: Table, ctx: FactContext): StageFacts {
  const asOfYear = Number(ctx.asOf.slice(0, 4));
  const subjects: Subject[] = [];
  for (const [row, { column, typo }] of table.yearTypos ?? []) {
    // ("March 2125", a long lease's end, is far ahead but no slip: only a swap that lands near now is.)
    if (typo.kind === 'far ahead' && (typo.meant === undefined || Math.abs(typo.meant - asOfYear) > MEANT_WITHIN_YEARS))
      continue;
    // (Of one day printed a year apart, where the sheet does not say which is wrong, the one further from now.)
    if (typo.apart && !furtherFromCheck(typo.apart.printed, typo.apart.other, ctx.asOf)) continue;
    subjects.push(slipSubject(table, row, column, { slip: typo.kind, text: typo.text, expected: typo.expected }));
  }
  for (const [row, { column, slip }] of table.headedYearSlips ?? [])
    subjects.push(slipSubject(table, row, column, slip));
  const unreadable: Subject[] = [];
  for (const [row, columns] of table.mistypedFigures ?? [])
    for (const column of columns) {
      const value = cellAt(table.sheet, row, column);
      const read = parseMoney(value, 1);
      if (read.kind === 'unreadable') noteUnreadable(unreadable, table, row, column, '', value, read.expected);
    }
  return { subjects, unreadable };
}
