/**
 * The table itself as a subject: which columns the checks rely on are absent, so that an absent
 * column is said once, as a note on the header row, rather than as a finding on every row.
 */
import type { Table } from '../tables/types';
import type { LogicalColumn } from '../tables/columns';
import type { Subject } from './subject';

/** Columns whose absence turns checks off, each with whether the table lacks it. */
function expectedColumns(table: Table): [LogicalColumn, boolean][] {
  const c = table.columns;
  // (A list read for its numbering alone asks nothing of anyone: no column is missed.)
  if (table.rows.length === 0) return [];
  if (table.kind === 'action-plan') {
    return [
      // (Headings over the items may name who acts, or the date each falls due, in place of a column.)
      ['owner', !c.owner && !table.headingOwners],
      ['deadline', !c.deadline && !c.revisedDeadline && !table.groupDates],
    ];
  }
  const tracker = c.target !== undefined || c.achieved !== undefined;
  return [
    ['owner', tracker && !c.owner],
    ['year', tracker && !c.year && !table.contextYear],
  ];
}

export function tableSubject(table: Table): Subject | null {
  const absent = expectedColumns(table)
    .filter(([, missing]) => missing)
    .map(([column]) => column);
  if (absent.length === 0) return null;
  return {
    kind: 'table',
    sheet: table.sheet.name,
    row: table.headerRow,
    anchors: { default: { column: table.firstColumn, header: '' } },
    facts: { tableKind: table.kind, absentColumns: absent, absentCount: absent.length },
  };
}
