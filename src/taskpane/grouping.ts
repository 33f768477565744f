/**
 * Findings arranged for the pane: by sheet in workbook order, then by rule, errors first, then
 * warnings, then notes; within a rule, the core's order (row by row).
 */
import { SEVERITY_RANK } from '../core/findings';
import type { Finding, Severity } from '../core/findings';

interface RuleGroup {
  ruleId: string;
  title: string;
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  count: number;
  rules: RuleGroup[];
}

export function groupFindings(findings: readonly Finding[], shown: ReadonlySet<Severity>): SheetGroup[] {
  const sheets = new Map<string, Map<string, RuleGroup>>();
  for (const finding of findings) {
    if (!shown.has(finding.severity)) continue;
    let rules = sheets.get(finding.sheet);
    if (!rules) sheets.set(finding.sheet, (rules = new Map()));
    // A profile may give one rule's findings different severities on different sheets, never on one row; keyed by both.
    const key = `${finding.severity}\u0000${finding.ruleId}`;
    const group = rules.get(key);
    if (group) group.findings.push(finding);
    else
      rules.set(key, { ruleId: finding.ruleId, title: finding.title, severity: finding.severity, findings: [finding] });
  }
  return [...sheets].map(([sheet, rules]) => {
    // Array sort is stable: rules of one severity keep the order they were first found in.
    const ordered = [...rules.values()].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    return { sheet, count: ordered.reduce((sum, rule) => sum + rule.findings.length, 0), rules: ordered };
  });
}
