/** What one check of a workbook returns to a host. */
import type { Finding, FindingCounts } from './findings';
import type { FlagPlan } from './flagplan';
import type { TableReading } from './reading';
import type { SinceLastCheck } from './since';
import type { TableSummary } from './table-summary';

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
