/** Findings: what the checks found, as plain data with stable rule ids. */
import type { FactValue } from './facts/subject';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The one word for each severity wherever a person reads it (pane, reports, report and log sheets,
 * catalogue), singular and plural; rule packs, profiles and JSON keep the value `info`.
 */
export const SEVERITY_WORDS: Record<Severity, readonly [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/** "1 error", "3 notes". */
export function severityCount(severity: Severity, count: number): string {
  const [one, many] = SEVERITY_WORDS[severity];
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

export interface Finding {
  /** Stable rule id, e.g. `owner.missing`, `shares.sum`, `cell.unreadable`. */
  ruleId: string;
  /** The rule's title in plain words ("Deadline passed"), from its pack. */
  title: string;
  severity: Severity;
  sheet: string;
  /** Excel row number (1-based). */
  row: number;
  /** Excel column number (1-based). */
  column: number;
  /** The header of the column the finding points at, as written in the sheet. */
  header: string;
  /** A1 address of the cell, e.g. `E7`. */
  address: string;
  /** The value seen in that cell, as text ('' when blank). */
  value: string;
  message: string;
  hint: string;
  /**
   * The facts the message was made from, as values rather than words (days overdue, the ISO date
   * understood, the shares and their sum, the total and its column…): the ones the rule lists in
   * its `facts` param, as rules/README.md gives them. Empty for a rule that lists none.
   */
  facts?: Record<string, FactValue>;
  /** Id of the rule pack the rule came from (`core` for findings the reader raises itself). */
  pack: string;
  /** Set by the check (since.ts): the finding's identity from one check to the next (fingerprint.ts). */
  fingerprint?: string;
  /** Set by the check: as-of date of the check that first found it (this check's, when new or first). */
  firstSeen?: string;
  /** Set by the check: not found by the last check. Unset on a workbook's first check. */
  isNew?: boolean;
  /** Set by the check (accepted/): the row of the accepted sheet that names this finding, and whether it holds. */
  acceptance?: FindingAcceptance;
}

/** An acceptance as a finding carries it. Only `accepted` takes the finding out of the counts. */
export interface FindingAcceptance {
  /** `expired`: its until date is before the as-of date; `value-changed`: the cell no longer shows the value accepted. */
  state: 'accepted' | 'expired' | 'value-changed';
  reason: string;
  by: string;
  /** YYYY-MM-DD, or null where the row gives none. */
  on: string | null;
  until: string | null;
  /** The value accepted, as the accepted sheet has it. */
  value: string;
  /** Its row on the accepted sheet. */
  row: number;
}

/** Findings still open by severity, and in all; accepted findings are counted apart and in none of these. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
  accepted: number;
}

/** True for a finding accepted now: not counted for --fail-on, shown apart. */
export function isAccepted(f: Pick<Finding, 'acceptance'>): boolean {
  return f.acceptance?.state === 'accepted';
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, total: 0, accepted: 0 };
  for (const f of findings) {
    if (isAccepted(f)) counts.accepted += 1;
    else {
      counts[f.severity] += 1;
      counts.total += 1;
    }
  }
  return counts;
}

/** Sheet order as in the workbook, then row, column, severity and rule id: the same order every run. */
export function sortFindings(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((name, i) => [name, i] as const));
  return findings.sort(
    (a, b) =>
      (sheetIndex.get(a.sheet) ?? 1e9) - (sheetIndex.get(b.sheet) ?? 1e9) ||
      a.row - b.row ||
      a.column - b.column ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
