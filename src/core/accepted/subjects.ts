/** The accepted sheet's unusable rows as subjects, for the `accepted.invalid` rule to report. */
import type { Subject } from '../facts/subject';
import { cellLinkTarget } from '../output/sheets';
import { a1 } from '../snapshot';
import type { AcceptanceProblem } from './read';

export function problemSubjects(sheet: string, problems: readonly AcceptanceProblem[]): Subject[] {
  return problems.map((p) => ({
    kind: 'acceptance',
    sheet,
    row: p.row,
    anchors: { default: { column: p.column, header: p.header } },
    facts: { problem: p.problem, columnHeader: p.header, where: cellLinkTarget(sheet, a1(p.row, p.column)) },
  }));
}
