/** Each line whose year slips from the run of years its table is labelled by, as a subject (see tables/year-runs.ts). */
import type { Table } from '../tables/types';
import { headerOf } from '../tables/types';
import { yearRunSlips } from '../tables/year-runs';
import type { Subject } from './subject';

export function yearRunSubjects(table: Table): Subject[] {
  const items = table.rows.filter((r) => r.kind === 'item').map((r) => r.row);
  return yearRunSlips(table.sheet, items, table.firstColumn, table.lastColumn).map((s) => ({
    kind: 'table',
    sheet: table.sheet.name,
    row: s.row,
    anchors: { default: { column: s.column, header: headerOf(table, s.column) } },
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
  }));
}
