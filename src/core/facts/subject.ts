/**
 * A subject is one thing the rules look at: an action-plan row, a savings line, one cell of a
 * totals row, a whole savings table, a cell that could not be read, or a row of the accepted
 * sheet that cannot be used. Facts are computed here in TypeScript so the rule packs only compare
 * values.
 */
import type { ColumnRef } from '../tables/types';

/**
 * A fact is a value, never wording: text as the sheet has it, names, headers and codes; numbers
 * (pounds, fractions, days); true/false; null where the row has none; or a list of names or
 * numbers (each partner's share). Messages word them (src/core/rules/template.ts).
 */
export type FactValue = string | number | boolean | null | readonly string[] | readonly number[];

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
    'ownerAbsence',
    'deadlineKind',
    'deadlineText',
    'deadlineIso',
    'deadlineColumnPresent',
    'dueIso',
    'asOf',
    'dueText',
    'daysOverdue',
    'daysUntilDue',
    'dueSoonDays',
    'revisedKind',
    'revisedText',
    'revisedIso',
    'revisedLaterByDays',
    'statusKind',
    'statusText',
    'statusColumnPresent',
    'isComplete',
    'isOpen',
    'declined',
    'completedKind',
    'completedIso',
    'completedLateByDays',
    'priorityText',
    'priorityColumnPresent',
    'priorityBlank',
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
    'ownerAbsence',
    'yearKind',
    'yearText',
    'yearColumnPresent',
    'basisKind',
    'basisText',
    'basisColumnPresent',
    'defaultBasis',
    'sharesCellText',
    'sharesKind',
    'shares',
    'shareTotal',
    'shareSumGap',
    'shareSumTolerance',
    'sharesEqual',
    'partners',
    'partnerLayout',
    'driverKind',
    'driverShares',
    'driverGap',
    'driverTolerance',
    'amountsKind',
    'amountsGap',
    'amountsPartner',
    'amountsActual',
    'amountsExpected',
    'amountsShare',
    'amountsTotal',
    'amountsTotalColumn',
    'amountTolerance',
    'lineTotal',
    'lineTotalColumn',
    'partnersTotal',
    'partnersVsTotalGap',
    'targetKind',
    'targetText',
    'target',
    'targetLow',
    'targetHigh',
    'achievedKind',
    'achievedText',
    'achieved',
    'achievedColumn',
    'shortfall',
    'shortfallTarget',
    'shortfallTargetText',
    'shortfallAchieved',
    'shortfallAchievedText',
    'shortfallPeriod',
    'shortfallColumn',
    'shortfallFraction',
    'shortfallTolerance',
  ],
  total: [
    'label',
    'columnHeader',
    'unit',
    'total',
    'itemsSum',
    'difference',
    'tolerance',
    'itemCount',
    'totalKind',
    'lineRelation',
    'partColumns',
  ],
  portfolio: [
    'partners',
    'costKnown',
    'costShares',
    'agreedShares',
    'costBalanceGap',
    'costBalanceTolerance',
    'costBasis',
    'costTotal',
  ],
  cell: ['columnHeader', 'text', 'expected', 'column'],
  table: [
    'tableKind',
    'absentColumns',
    'absentCount',
    'repeatedHeader',
    'repeatedColumns',
    'repeatedCount',
    'yearSlip',
    'yearText',
    'yearExpected',
  ],
  acceptance: ['problem', 'columnHeader', 'where'],
};
