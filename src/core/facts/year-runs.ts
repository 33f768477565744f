/** Each line or heading whose year slips from the run of years its table is labelled by, as a subject (see tables/year-runs.ts). */
import type { Table } from '../tables/types';
import { headerOf } from '../tables/types';
import type { YearRunSlip } from '../tables/year-runs';
import { tableYearSlips } from '../tables/year-runs';
import type { Subject } from './subject';
import type { YearTypoKind } from '../parse/year-typos';

/** A year said to be wrong at a cell: how it slips (a year-run slip or a typo's kind), as printed and as meant. */
export function slipSubject(
  table: Table,
  row: number,
  column: number,
  s: { slip: YearRunSlip['slip'] | YearTypoKind; text: string; expected: string },
): Subject {
  return {
    kind: 'table',
    sheet: table.sheet.name,
    row,
    anchors: { default: { column, header: headerOf(table, column) } },
    facts: {
      tableKind: table.kind,
      absentColumns: [],
      absentCount: 0,
      repeatedHeader: null,
      repeatedColumns: [],
      repeatedCount: 0,
      yearSlip: s.slip,
      yearText: s.text,
      yearExpected: s.expected,
    },
  };
}

export function yearRunSubjects(table: Table): Subject[] {
  return tableYearSlips(table).map((s) => slipSubject(table, s.row, s.column, s));
}
