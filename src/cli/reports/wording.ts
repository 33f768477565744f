/** Small pieces of wording shared by the human-readable reports (text, Markdown, HTML). */
import type { Severity } from '../../core/findings';
import { describeChanges, shortDate, type SinceLastCheck } from '../../core/since';
import { formatUkDate } from '../../core/parse/calendar';

/** "2011-03-31" → "31 March 2011" (day first, as in council papers). */
export function longDate(iso: string | null): string {
  return iso ? formatUkDate(iso) : 'not set';
}

/** An ISO timestamp as "23 November 2025, 10:40 UTC". */
export function longTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  return `${date}, ${time} UTC`;
}

/** "Error", "Warning", "Note": the severity words with a capital, for badges and table cells. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/** "Errors", "Warnings", "Notes": column headings of counts. */
export const SEVERITY_HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

/** Sheets in the order the findings name them (the core sorts findings in workbook order). */
export function sheetsInOrder(findings: readonly { sheet: string }[]): string[] {
  return [...new Set(findings.map((f) => f.sheet))];
}

/** A workbook's changes in a summary table's cell: "1 new, 1 resolved, 5 still open since 3 Nov 2026" or "first check". */
export function sinceCell(since: SinceLastCheck): string {
  return since.last ? `${describeChanges(since.counts)} since ${shortDate(since.last.asOf)}` : 'first check';
}
