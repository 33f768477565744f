/** Findings arranged for the pane: by sheet, then by rule, keeping the core's order within each. */
import type { Finding, Severity } from '../core/findings';

export interface RuleGroup {
  ruleId: string;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  count: number;
  rules: RuleGroup[];
}

export function groupFindings(findings: readonly Finding[], shown: ReadonlySet<Severity>): SheetGroup[] {
  const sheets = new Map<string, Map<string, Finding[]>>();
  for (const finding of findings) {
    if (!shown.has(finding.severity)) continue;
    let rules = sheets.get(finding.sheet);
    if (!rules) sheets.set(finding.sheet, (rules = new Map()));
    const list = rules.get(finding.ruleId);
    if (list) list.push(finding);
    else rules.set(finding.ruleId, [finding]);
  }
  return [...sheets].map(([sheet, rules]) => ({
    sheet,
    count: [...rules.values()].reduce((sum, list) => sum + list.length, 0),
    rules: [...rules].map(([ruleId, list]) => ({ ruleId, findings: list })),
  }));
}
