/**
 * A flag plan says what Concordat writes back into a workbook. Both hosts apply the same plan, and
 * write it as the output model in output/ says (columns, widths, styles, links, print set-up).
 */
import type { Severity } from './findings';
import type { CheckHistory, SinceCounts } from './since';

export interface SheetFlags {
  sheet: string;
  /** Column (1-based) that holds the flags: the first free column right of the table. */
  column: number;
  /** Row of the table's header; the flags header is written here. */
  headerRow: number;
  /** Flags header text (`Concordat flags`). */
  header: string;
  /** Flag text for rows headerRow+1 … headerRow+texts.length ('' where a row has no finding). */
  texts: string[];
  /** Cells to highlight, grouped by severity, as A1 addresses (single cells or ranges). Accepted findings have none. */
  highlights: Record<Severity, string[]>;
  /** Rows whose flag says only that their findings are accepted: written muted (grey). */
  muted: number[];
}

export interface ReportRow {
  severity: Severity;
  ruleId: string;
  sheet: string;
  address: string;
  header: string;
  value: string;
  message: string;
  hint: string;
  /** "new", "open since 3 Nov 2026, 29 days", "resolved…" or, on a first check, "first check". */
  change: string;
  /** "Accepted: … (by …, until …)", why an acceptance no longer holds, or ''. */
  acceptance: string;
}

export interface LogRow {
  /** ISO timestamp of the run. */
  ranAt: string;
  asOf: string;
  /** "pack@version" for each rule pack used. */
  packs: string[];
  /** SHA-256 (hex) of the rule packs and profile used: the audit trail a committee paper can cite. */
  rulesHash: string;
  errors: number;
  warnings: number;
  infos: number;
  sheetsChecked: number;
  /** As-of date of the last check; null on the first. */
  lastCheckAsOf: string | null;
  /** What changed since the last check; null on the first. */
  changes: SinceCounts | null;
  /** Findings accepted (on the accepted sheet), not counted in errors, warnings or info. */
  accepted: number;
}

export interface FlagPlan {
  sheets: SheetFlags[];
  /** A row per open finding, then one per accepted finding, then one per finding resolved since the last check (no cell to link to). */
  report: ReportRow[];
  log: LogRow;
  /** What this check leaves in Concordat's record for the next to compare with. */
  history: CheckHistory;
}

/**
 * Text that a spreadsheet would take for a formula (starting =, +, -, @, tab or CR) gets a leading
 * apostrophe: Excel then stores it as text, and a CSV reader shows it rather than evaluating it.
 */
export function neutraliseFormulaText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
