/** Scores Concordat's findings on the corpus against the hand labels. */
import type { Finding } from '../../src/core/findings';
import type { CorpusWorkbook } from './load';
import { contentRows } from './load';

export interface WorkbookScore {
  file: string;
  labelled: number;
  found: number;
  cleanRows: number;
  cleanFlagged: number;
  /** "Sheet!row family" labels nothing reported. */
  missed: string[];
  /** "Sheet!row rule (message)" on rows labelled clean. */
  falseFlags: string[];
}

/** A label is an exact rule id ("deadline.slipped") or a rule family ("deadline"). */
function matches(label: string, ruleId: string): boolean {
  return label.includes('.') ? ruleId === label : ruleId.split('.')[0] === label;
}

export function scoreWorkbook(wb: CorpusWorkbook, findings: readonly Finding[]): WorkbookScore {
  const byRow = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), f]);
  }
  const missed: string[] = [];
  let labelled = 0;
  for (const [key, labels] of Object.entries(wb.expect)) {
    for (const label of labels) {
      labelled += 1;
      if (!(byRow.get(key) ?? []).some((f) => matches(label, f.ruleId))) missed.push(`${key} ${label}`);
    }
  }
  const falseFlags: string[] = [];
  let cleanRows = 0;
  let cleanFlagged = 0;
  for (const key of contentRows(wb)) {
    if (wb.expect[key]) continue;
    cleanRows += 1;
    const loud = (byRow.get(key) ?? []).filter((f) => f.severity !== 'info');
    if (loud.length === 0) continue;
    cleanFlagged += 1;
    for (const f of loud) falseFlags.push(`${key} ${f.ruleId} (${f.message})`);
  }
  return { file: wb.file, labelled, found: labelled - missed.length, cleanRows, cleanFlagged, missed, falseFlags };
}

export function totals(scores: readonly WorkbookScore[]): { recall: number; cleanFlaggedShare: number } {
  const sum = (pick: (s: WorkbookScore) => number) => scores.reduce((a, s) => a + pick(s), 0);
  const labelled = sum((s) => s.labelled);
  const clean = sum((s) => s.cleanRows);
  return {
    recall: labelled === 0 ? 1 : sum((s) => s.found) / labelled,
    cleanFlaggedShare: clean === 0 ? 0 : sum((s) => s.cleanFlagged) / clean,
  };
}
