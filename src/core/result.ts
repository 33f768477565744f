/** What one check of a workbook returns to a host. */
import type { Finding, FindingCounts } from './findings';
import type { FlagPlan } from './flagplan';
import type { TableReading } from './reading';
import type { SinceLastCheck } from './since';

/** `figures`: a table of figures with a totals row that is neither tracker: only its totals are checked. */
export type TableKind = 'action-plan' | 'savings' | 'figures';

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

export interface CheckResult {
  findings: Finding[];
  counts: FindingCounts;
  tables: TableSummary[];
  plan: FlagPlan;
  /** The as-of date used (YYYY-MM-DD). */
  asOf: string;
  /** Sheets that held no table Concordat recognises (named so the user knows they were skipped). */
  skippedSheets: string[];
  /** How each table was read, including tables looked at and left alone (`concordat explain`). */
  readings: TableReading[];
  /** What changed since the last check of this workbook (each finding carries its own part). */
  since: SinceLastCheck;
}
