/**
 * What changed since the last check of a workbook. Each check leaves in Concordat's record
 * (history-record.ts) when it ran and the fingerprint of every finding still open, with the check
 * it was first seen in; the next check compares its findings with those: new, still open (and
 * since when), resolved. Dates are the checks' as-of dates, so checks run "as of" a month apart
 * are a month apart. The first check of a workbook has nothing to compare with, and says so.
 */
import type { Finding, Severity } from './findings';
import type { FindingIdentity } from './fingerprint';
import { daysBetween, isoParts } from './parse/calendar';

/** A finding a check left open, as the record keeps it. */
export interface OpenFinding {
  fingerprint: string;
  /** As-of date of the check that first found it. */
  firstSeen: string;
  severity: Severity;
  ruleId: string;
  sheet: string;
  /** The row as a person names it ("R3", "Single management team", "total row"). */
  where: string;
  /** The column's header ('' when it has none). */
  column: string;
}

/** One check as the next one sees it. */
export interface CheckHistory {
  /** ISO timestamp the check ran at. */
  ranAt: string;
  asOf: string;
  open: OpenFinding[];
}

export interface SinceCounts {
  new: number;
  stillOpen: number;
  resolved: number;
}

export interface SinceLastCheck {
  /** When the last check ran and its as-of date; null on a workbook's first check. */
  last: { ranAt: string; asOf: string } | null;
  /** All zero on a first check: nothing is "new" without something to compare with. */
  counts: SinceCounts;
  /** Findings the last check left open that this one did not find. */
  resolved: OpenFinding[];
  /** Why the last check's findings in the record could not be used ("does not match its checksum…"). */
  setAside?: string;
}

/** Most characters of a rule id or header the history keeps: it names them for a reader, the fingerprint decides. */
const KEPT_CHARS = 255;
const clip = (text: string): string => (text.length > KEPT_CHARS ? `${text.slice(0, KEPT_CHARS - 1)}…` : text);

/**
 * Gives each finding its fingerprint and first-seen date (and, unless this is the first check,
 * whether it is new), and returns the comparison and the history this check leaves for the next.
 */
export function compareWithLastCheck(
  findings: readonly Finding[],
  identities: readonly FindingIdentity[],
  last: CheckHistory | null,
  now: { ranAt: string; asOf: string },
  setAside?: string,
): { since: SinceLastCheck; next: CheckHistory } {
  // What the last check left open; what is found again is taken out, and what is left was resolved.
  const before = new Map((last?.open ?? []).map((o) => [o.fingerprint, o] as const));
  const counts: SinceCounts = { new: 0, stillOpen: 0, resolved: 0 };
  const open: OpenFinding[] = findings.map((f, i) => {
    const { fingerprint, where } = identities[i];
    const earlier = before.get(fingerprint);
    if (earlier) before.delete(fingerprint);
    f.fingerprint = fingerprint;
    f.firstSeen = earlier?.firstSeen ?? now.asOf;
    if (last) {
      f.isNew = earlier === undefined;
      counts[f.isNew ? 'new' : 'stillOpen'] += 1;
    }
    return {
      fingerprint,
      firstSeen: f.firstSeen,
      severity: f.severity,
      ruleId: clip(f.ruleId),
      sheet: f.sheet,
      where,
      column: clip(f.header),
    };
  });
  const resolved = [...before.values()];
  counts.resolved = resolved.length;
  return {
    since: {
      last: last && { ranAt: last.ranAt, asOf: last.asOf },
      counts,
      resolved,
      ...(!last && setAside ? { setAside } : {}),
    },
    next: { ranAt: now.ranAt, asOf: now.asOf, open },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-03" → "3 Nov 2026", as both hosts write it. */
export function shortDate(iso: string): string {
  const parts = isoParts(iso);
  return parts ? `${parts.day} ${MONTHS[parts.month - 1]} ${parts.year}` : iso;
}

/** Whole days from one ISO date to another (never below 0: a check may be run as of an earlier day). */
function daysOpen(from: string, to: string): number {
  const days = daysBetween(from, to);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}

function days(n: number): string {
  return `${n.toLocaleString('en-GB')} day${n === 1 ? '' : 's'}`;
}

/** Texts already made, by dates: a check's findings share a handful of first-seen dates, and 100,000 of them would otherwise format as many. */
const sinceTexts = new Map<string, string>();
const SINCE_TEXTS_KEPT = 1_000;

/** "since 3 Nov 2026, 29 days". */
export function sinceFor(firstSeen: string, asOf: string): string {
  const key = `${firstSeen} ${asOf}`;
  let text = sinceTexts.get(key);
  if (text === undefined) {
    if (sinceTexts.size >= SINCE_TEXTS_KEPT) sinceTexts.clear();
    text = `since ${shortDate(firstSeen)}, ${days(daysOpen(firstSeen, asOf))}`;
    sinceTexts.set(key, text);
  }
  return text;
}

/** "open since 3 Nov 2026, 29 days". */
export function openSince(firstSeen: string, asOf: string): string {
  return `open ${sinceFor(firstSeen, asOf)}`;
}

/** A finding's change in a word or two: '' on a first check, "new", or how long it has been open. */
export function findingChange(finding: Pick<Finding, 'isNew' | 'firstSeen'>, asOf: string): string {
  if (finding.isNew === undefined || finding.firstSeen === undefined) return '';
  return finding.isNew ? 'new' : openSince(finding.firstSeen, asOf);
}

/** What the report sheet and CSV say of a finding since the last check: as findingChange, or "first check". */
export function changeCell(finding: Pick<Finding, 'isNew' | 'firstSeen'>, asOf: string): string {
  return findingChange(finding, asOf) || 'first check';
}

/** The report sheet's and CSV's words for a finding resolved since the last check: its message and its change. */
export function resolvedCells(r: OpenFinding, asOf: string): { message: string; change: string } {
  return {
    message: `No longer found at ${r.where}: resolved since the last check.`,
    change: `resolved; ${resolvedAfter(r, asOf)}`,
  };
}

/** A resolved finding in one line: "owner.missing on Savings, WETT programme (Lead officer)". */
export function resolvedWhere(r: OpenFinding): string {
  return `${r.ruleId} on ${r.sheet}, ${r.where}${r.column ? ` (${r.column})` : ''}`;
}

/** "had been open since 3 Nov 2026, 29 days". */
export function resolvedAfter(r: OpenFinding, asOf: string): string {
  return `had been open ${sinceFor(r.firstSeen, asOf)}`;
}

/** "1 new, 1 resolved, 5 still open". */
export function describeChanges(c: SinceCounts): string {
  return `${c.new.toLocaleString('en-GB')} new, ${c.resolved.toLocaleString('en-GB')} resolved, ${c.stillOpen.toLocaleString('en-GB')} still open`;
}

/** As much of the comparison as a sentence needs (the ribbon's dialog carries no more). */
export interface SinceSummary {
  last: { asOf: string } | null;
  counts: SinceCounts;
  setAside?: string;
}

/** The one sentence every report and the task pane give. */
export function sinceSentence(since: SinceSummary): string {
  if (!since.last && since.setAside)
    return `Not compared with the last check: Concordat's record of its findings could not be used (it ${since.setAside}).`;
  if (!since.last) return 'First check of this workbook: there is no earlier check to compare with.';
  return `Since the last check (as of ${shortDate(since.last.asOf)}): ${describeChanges(since.counts)}.`;
}
