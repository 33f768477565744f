/** How every report, the sheets and the pane word an acceptance. */
import type { Finding, FindingAcceptance } from '../findings';
import { shortDate } from '../since';

/** "Accepted: agreed at audit committee (by J Smith, until 31 Mar 2027)". */
export function acceptedText(a: Pick<FindingAcceptance, 'reason' | 'by' | 'until'>): string {
  const who = [a.by ? `by ${a.by}` : '', a.until ? `until ${shortDate(a.until)}` : ''].filter(Boolean).join(', ');
  return `Accepted: ${a.reason}${who ? ` (${who})` : ''}`;
}

/** Why an acceptance no longer holds: "acceptance expired on 31 Mar 2027" or "value changed since accepted". */
export function lapsedText(a: Pick<FindingAcceptance, 'state' | 'until' | 'value'>): string {
  if (a.state === 'expired') return `acceptance expired on ${shortDate(a.until ?? '')}`;
  if (a.state === 'value-changed') return `value changed since accepted (accepted for "${a.value}")`;
  return '';
}

/** A finding's acceptance in one phrase: accepted, lapsed, or '' when no acceptance names it. */
export function acceptanceNote(f: Pick<Finding, 'acceptance'>): string {
  if (!f.acceptance) return '';
  return f.acceptance.state === 'accepted' ? acceptedText(f.acceptance) : lapsedText(f.acceptance);
}
