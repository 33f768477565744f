/**
 * Each sum a sentence states of its own figures, added up again: "£16,000 allocated for 2013/14
 * plus £11,915 … = Total £27,195" is £720 short of what its parts make.
 */
import type { Table } from '../tables/types';
import { cellAt } from '../tables/types';
import { cellText } from '../parse/text';
import type { Subject } from './subject';
import { statedSubject } from './stated-breakdowns';

/** Words of a sentence kept to name it in a finding: enough to find it on the page. */
const LABEL_WORDS = 8;

function opening(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= LABEL_WORDS ? words.join(' ') : `${words.slice(0, LABEL_WORDS).join(' ')} …`;
}

export function statedSumSubjects(table: Table): Subject[] {
  const sums = table.statedSums;
  const amount = table.columns.amount;
  if (!sums || !amount) return [];
  return [...sums].map(([row, s]) => {
    const label = opening(cellText(cellAt(table.sheet, row, amount.column)));
    // ("… totalled £264,774.47 made up as follows:" over the accounts: a total of the lines it
    // covers, as a totals row is, printed above them in words.)
    if (s.listed)
      return statedSubject(table, row, amount, {
        label,
        columnHeader: 'the lines listed below it',
        shown: s.stated.value,
        expected: s.made,
        tolerance: s.tolerance,
        itemCount: s.listed,
        relation: 'sum',
        parts: [],
        totalKind: 'total',
      });
    return statedSubject(table, row, amount, {
      label,
      columnHeader: 'the sentence',
      shown: s.stated.value,
      expected: s.made,
      tolerance: s.tolerance,
      itemCount: s.of.length,
      relation: s.relation,
      parts: s.relation === 'sum' ? s.of.map((f) => f.written) : [`${s.of[0].written} less ${s.of[1].written}`],
    });
  });
}
