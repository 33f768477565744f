/** What one CLI run produced, file by file: the input every report format is rendered from. */
import type { Finding, FindingCounts, Severity } from '../../core/findings';
import { SEVERITIES, isAccepted, severityCount } from '../../core/findings';
import type { ErrorReport } from '../../core/errors';
import type { FlagPlan } from '../../core/flagplan';
import type { CheckResult } from '../../core/result';

/**
 * A check's result as the reports use it: of the flag plan, only its log row (the flags, report
 * rows and history are in the checked copy), so a folder of workbooks is not held in memory twice
 * and a worker thread sends back only what is reported.
 */
export type ReportedResult = Omit<CheckResult, 'plan'> & { plan: Pick<FlagPlan, 'log'> };

export function reportedResult(result: CheckResult): ReportedResult {
  return { ...result, plan: { log: result.plan.log } };
}

/** `new`: an error or warning that the workbook's last check did not find. */
export type FailOn = 'error' | 'warning' | 'new' | 'never';

export interface FileOutcome {
  /** The workbook as the user named it. */
  file: string;
  /** Where the checked copy was written (the input itself with --in-place); null when none was. */
  output: string | null;
  /** Null when the file could not be read or checked. */
  result: ReportedResult | null;
  /** Why the file could not be checked. */
  error: ErrorReport | null;
  /** Things worth knowing that did not stop the check (parts the copy cannot keep, flags not written). */
  warnings: string[];
}

export interface RunReport {
  tool: 'concordat';
  version: string;
  /** As-of date the checks used (from the first file checked); null when nothing was checked. */
  asOf: string | null;
  ranAt: string;
  failOn: FailOn;
  files: FileOutcome[];
  /** Why the run stopped before any workbook was read (a bad profile, rule pack or option); null when it did not. */
  error: ErrorReport | null;
}

export function emptyCounts(): FindingCounts {
  return { error: 0, warning: 0, info: 0, total: 0, accepted: 0 };
}

function addCounts(into: FindingCounts, from: FindingCounts): FindingCounts {
  into.error += from.error;
  into.warning += from.warning;
  into.info += from.info;
  into.total += from.total;
  into.accepted += from.accepted;
  return into;
}

export function totalCounts(run: RunReport): FindingCounts {
  return run.files.reduce((sum, f) => (f.result ? addCounts(sum, f.result.counts) : sum), emptyCounts());
}

/** Findings new since each workbook's last check and not accepted, by severity (none on a workbook's first check). */
export function newCounts(run: RunReport): FindingCounts {
  const counts = emptyCounts();
  for (const { finding } of allFindings(run)) {
    if (!finding.isNew || isAccepted(finding)) continue;
    counts[finding.severity] += 1;
    counts.total += 1;
  }
  return counts;
}

/** True when the run reaches its --fail-on threshold (exit code 1). */
export function runFails(run: RunReport): boolean {
  if (run.failOn === 'never') return false;
  if (run.failOn === 'new') {
    // Notes never fail a run, as under --fail-on warning.
    const fresh = newCounts(run);
    return fresh.error + fresh.warning > 0;
  }
  const counts = totalCounts(run);
  return counts.error > 0 || (run.failOn === 'warning' && counts.warning > 0);
}

export function allFindings(run: RunReport): { file: string; finding: Finding }[] {
  return run.files.flatMap((f) => (f.result ? f.result.findings.map((finding) => ({ file: f.file, finding })) : []));
}

/** Findings counted by a key (rule id, sheet), severities kept apart for stacked charts; first-seen order. */
export function tally(
  findings: readonly Finding[],
  key: (f: Finding) => string,
): Map<string, Record<Severity, number>> {
  const out = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const k = key(f);
    const row = out.get(k) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity] += 1;
    out.set(k, row);
  }
  return out;
}

export function tallyTotal(row: Record<Severity, number>): number {
  return SEVERITIES.reduce((sum, s) => sum + row[s], 0);
}

/** "3 errors, 1 warning, 0 notes", and ", 4 accepted" when any are. */
export function describeCounts(c: FindingCounts): string {
  const accepted = c.accepted > 0 ? `, ${c.accepted} accepted` : '';
  return `${SEVERITIES.map((s) => severityCount(s, c[s])).join(', ')}${accepted}`;
}
