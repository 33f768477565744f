/** Each line or heading whose year slips from the run of years its table is labelled by, as a subject (see tables/year-runs.ts). */
import type { Table } from '../tables/types';
import { headerOf } from '../tables/types';
import type { YearRunSlip } from '../tables/year-runs';
import { headedYearSlips, yearRunSlips } from '../tables/year-runs';
import type { Subject } from './subject';

function slipSubject(table: Table, row: number, column: number, s: YearRunSlip): Subject {
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
  const items = table.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  const lines = yearRunSlips(table.sheet, items, table.firstColumn, table.lastColumn);
  const out = lines.slips.map((s) => slipSubject(table, s.at, lines.column, s));
  // (A heading repeating the year before it is said by year.repeated, where its figures differ.)
  for (let row = table.firstHeaderRow; row <= table.headerRow; row++)
    for (const s of headedYearSlips(table.sheet, row, table.firstColumn, table.lastColumn))
      if (s.slip !== 'repeated') out.push(slipSubject(table, row, s.at, s));
  return out;
}
