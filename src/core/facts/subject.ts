/**
 * A subject is one thing the rules look at: an action-plan row, a savings line, one cell of a
 * totals row, a whole savings table, a cell that could not be read, or a row of the accepted
 * sheet that cannot be used. Facts are computed here in TypeScript so the rule packs only compare
 * values.
 */
import type { ColumnRef } from '../tables/types';

export type FactValue = string | number | boolean | null;

export const SUBJECT_KINDS = ['action', 'savings', 'total', 'portfolio', 'cell', 'table', 'acceptance'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export interface Subject {
  kind: SubjectKind;
  sheet: string;
  row: number;
  /** Where a finding about a logical column lands; `default` when the column is absent. */
  anchors: Record<string, ColumnRef>;
  facts: Record<string, FactValue>;
}

/** Facts every subject of a kind provides; a rule naming any other fact is rejected when loaded. */
export const SUBJECT_FACTS: Record<SubjectKind, readonly string[]> = {
  action: [
    'label',
    'idText',
    'idDuplicate',
    'idFirstRow',
    'ownerKind',
    'ownerText',
    'ownerNames',
    'ownerColumnPresent',
    'ownerWhere',
    'deadlineKind',
    'deadlineText',
    'deadlineDate',
    'deadlineColumnPresent',
    'deadlineWhere',
    'dueDate',
    'dueIso',
    'asOf',
    'dueText',
    'daysOverdue',
    'daysUntilDue',
    'dueSoonDays',
    'revisedKind',
    'revisedText',
    'revisedDate',
    'revisedLaterByDays',
    'statusKind',
    'statusText',
    'statusColumnPresent',
    'isComplete',
    'isOpen',
    'completedKind',
    'completedDate',
    'completedLateByDays',
    'priorityText',
    'priorityColumnPresent',
    'priorityBlank',
    'asOfDate',
  ],
  savings: [
    'label',
    'idText',
    'idDuplicate',
    'idFirstRow',
    'lineType',
    'ownerKind',
    'ownerText',
    'ownerNames',
    'ownerColumnPresent',
    'ownerWhere',
    'yearKind',
    'yearText',
    'yearColumnPresent',
    'basisKind',
    'basisText',
    'basisColumnPresent',
    'defaultBasis',
    'basisSource',
    'sharesCellText',
    'sharesKind',
    'sharesText',
    'shareTotal',
    'shareSumGap',
    'shareSumTolerance',
    'sharesEqual',
    'partnersText',
    'driverKind',
    'driverSharesText',
    'driverGap',
    'driverTolerance',
    'amountsKind',
    'amountsGap',
    'amountsDetail',
    'amountTolerance',
    'lineTotal',
    'lineTotalText',
    'lineTotalColumn',
    'partnersTotal',
    'partnersTotalText',
    'partnersVsTotalGap',
    'targetKind',
    'targetText',
    'target',
    'rangeText',
    'achievedKind',
    'achievedText',
    'achieved',
    'achievedColumn',
    'shortfall',
    'shortfallText',
    'shortfallWhen',
    'shortfallTargetText',
    'shortfallAchievedText',
    'shortfallFraction',
    'shortfallTolerance',
  ],
  total: [
    'label',
    'columnHeader',
    'totalText',
    'itemsSumText',
    'difference',
    'differenceText',
    'tolerance',
    'itemCount',
    'totalKind',
  ],
  portfolio: [
    'partnersText',
    'costKnown',
    'costSharesText',
    'agreedSharesText',
    'costBalanceGap',
    'costBalanceTolerance',
    'costBasis',
    'costTotalText',
  ],
  cell: ['columnHeader', 'text', 'expected', 'column'],
  table: ['tableKind', 'absentColumns', 'skippedChecks', 'absentCount'],
  acceptance: ['problem', 'columnHeader', 'where'],
};
