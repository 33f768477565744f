/**
 * The table itself as a subject: which columns the checks rely on are absent, so that an absent
 * column is said once, as a note on the header row, rather than as a finding on every row.
 */
import type { Table } from '../tables/types';
import type { Subject } from './subject';

/** Columns whose absence turns checks off, with the words a reader uses for them. */
function expectedColumns(table: Table): [string, string][] {
  const c = table.columns;
  if (table.kind === 'action-plan') {
    return [
      ['owner', c.owner ? '' : 'lead officer'],
      ['deadline', c.deadline || c.revisedDeadline ? '' : 'deadline'],
    ];
  }
  const tracker = c.target !== undefined || c.achieved !== undefined;
  return [
    ['owner', tracker && !c.owner ? 'lead officer' : ''],
    ['year', tracker && !c.year && !table.contextYear ? 'year' : ''],
  ];
}

function list(words: string[], joiner: 'or' | 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]}`;
}

export function tableSubject(table: Table): Subject | null {
  const absent = expectedColumns(table).filter(([, words]) => words);
  if (absent.length === 0) return null;
  return {
    kind: 'table',
    sheet: table.sheet.name,
    row: table.headerRow,
    anchors: { default: { column: table.firstColumn, header: '' } },
    facts: {
      tableKind: table.kind === 'action-plan' ? 'action plan' : 'savings tracker',
      absentColumns: list(
        absent.map(([, words]) => words),
        'or',
      ),
      skippedChecks: list(
        absent.map(([check]) => check),
        'and',
      ),
      absentCount: absent.length,
    },
  };
}
