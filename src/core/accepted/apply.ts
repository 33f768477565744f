/**
 * Matches the accepted sheet's rows to a check's findings. A row names its finding by fingerprint
 * (written by the pane and `concordat accept`), which survives rows inserted above; where the
 * fingerprint finds nothing (a row typed by hand, or a reference since edited) it is matched by
 * rule and cell. The fingerprint wins: the cell is kept for people to read, and may fall behind
 * when rows move. A matched finding is accepted while its acceptance runs (until on or after the
 * as-of date) and its cell still shows the value accepted; otherwise it is an ordinary finding
 * again, saying why.
 */
import type { Finding, FindingAcceptance } from '../findings';
import { isAccepted } from '../findings';
import { normaliseSpaces } from '../parse/text';
import type { Acceptance } from './read';

const cellKey = (ruleId: string, sheet: string, address: string): string => `${ruleId}\u0000${sheet}\u0000${address}`;

function stateOf(a: Acceptance, f: Finding, asOf: string): FindingAcceptance['state'] {
  if (a.until !== null && a.until < asOf) return 'expired';
  if (normaliseSpaces(a.value) !== normaliseSpaces(f.value)) return 'value-changed';
  return 'accepted';
}

/** Marks each finding an acceptance names; a finding named by several rows takes one that holds, else the last. */
export function applyAcceptances(findings: readonly Finding[], acceptances: readonly Acceptance[], asOf: string): void {
  if (acceptances.length === 0) return;
  const byFingerprint = new Map<string, Finding>();
  const byCell = new Map<string, Finding>();
  for (const f of findings) {
    if (f.fingerprint) byFingerprint.set(f.fingerprint, f);
    byCell.set(cellKey(f.ruleId, f.sheet, f.address), f);
  }
  for (const a of acceptances) {
    const f =
      (a.fingerprint ? byFingerprint.get(a.fingerprint) : undefined) ??
      byCell.get(cellKey(a.ruleId, a.sheet, a.address));
    if (!f || f.ruleId !== a.ruleId) continue;
    if (isAccepted(f)) continue;
    f.acceptance = {
      state: stateOf(a, f, asOf),
      reason: a.reason,
      by: a.by,
      on: a.on,
      until: a.until,
      value: a.value,
      row: a.row,
    };
  }
}
