/**
 * What a report draws of each table a check found: where it is, what it holds, and for a savings
 * tracker the partners' figures for the charts. Built from the table and its facts by the check.
 */
import { a1 } from './snapshot';
import type { Table, TableKind } from './tables/types';

/** A table Concordat found and checked, with what a report needs to draw it. */
export interface TableSummary {
  sheet: string;
  kind: TableKind;
  /** A1 range of the table including its header row. */
  range: string;
  headerRow: number;
  /** Rows checked as items (totals rows and blank rows excluded). */
  itemRows: number;
  totalsRows: number;
  /** Logical column → header text as written, for the columns recognised. */
  columns: Record<string, string>;
  /** Savings tables only: figures for the partner and year charts. */
  savings?: SavingsSummary;
}

export interface SavingsSummary {
  partners: string[];
  /** Each partner's share of all costs on the sheet (fractions summing to 1), where costs are known. */
  costShares: number[] | null;
  /** The costs those shares are of, in pounds (null where costs are not known): weighs the sheet among others. */
  costTotal: number | null;
  /** The columns of each partner's own (share, amount, activity), in `partners` order; none for a split in one cell. */
  partnerColumns: number[][];
  /** Each partner's share of all savings on the sheet. */
  savingShares: number[] | null;
  /** The agreed basis for costs (equal → [0.5, 0.5] for two partners), when the profile sets one. */
  agreedCostShares: number[] | null;
  /** Saving target against achieved/forecast, by year label ("2010/11"). */
  byYear: { year: string; target: number; achieved: number | null }[];
}

/** The summary of a table the check read; a savings tracker's figures are added by its facts. */
export function tableSummary(table: Table): TableSummary {
  const lastRow = table.rows.length > 0 ? table.rows[table.rows.length - 1].row : table.headerRow;
  return {
    sheet: table.sheet.name,
    kind: table.kind,
    range: `${a1(table.headerRow, table.firstColumn)}:${a1(lastRow, table.lastColumn)}`,
    headerRow: table.headerRow,
    itemRows: table.rows.filter((r) => r.kind === 'item').length,
    totalsRows: table.rows.filter((r) => r.kind !== 'item').length,
    columns: Object.fromEntries(Object.entries(table.columns).map(([k, ref]) => [k, ref?.header ?? ''])),
  };
}
