/** A CheckResult written by hand: findings on an action plan and a savings schedule, with chart figures. */
import type { Finding, Severity } from '../../../src/core/findings';
import { countFindings } from '../../../src/core/findings';
import type { CheckResult } from '../../../src/core/result';
import type { RunReport } from '../../../src/cli/reports/run-report';

function finding(severity: Severity, ruleId: string, sheet: string, row: number, column: number, header: string, value: string, message: string, hint: string): Finding {
  const letters = String.fromCharCode(64 + column);
  return { ruleId, severity, sheet, row, column, header, address: `${letters}${row}`, value, message, hint, pack: ruleId.startsWith('owner') ? 'action-plan' : 'savings' };
}

export const HOSTILE_SHEET = '<script>alert("sheet")</script> | Plan';

export function handResult(options: { hostile?: boolean } = {}): CheckResult {
  const plan = options.hostile ? HOSTILE_SHEET : 'Action plan';
  const findings: Finding[] = [
    finding('error', 'owner.missing', plan, 5, 3, 'Responsible officer', '', 'No officer responsible for R2.', 'Name the one officer accountable.'),
    finding('warning', 'owner.multiple', plan, 6, 3, 'Responsible officer', 'Jayne Pickering Clare Felton', 'R3 names more than one officer | two.', 'Name one lead officer.'),
    finding('error', 'deadline.slipped', plan, 7, 4, 'Deadline', '1st March 2010 (next Shared Services Board)', 'R4 was due by 1 March 2010 and is 395 days overdue.', 'Agree a revised date.'),
    finding('info', 'deadline.due-soon', plan, 8, 4, 'Deadline', 'March 2011', 'R5 is due by 31 March 2011.', 'Check it is on track.'),
    finding('error', 'amounts.split-mismatch', 'Savings', 5, 10, 'Bromsgrove £', '£126,000', 'Bromsgrove £126,000 should be £123,000 (50% of £246,000).', '=SUM(J5:K5) should equal the total'),
    finding('warning', 'savings.shortfall', 'Savings', 6, 12, 'Achieved', '96000', 'CCTV has achieved £96,000 against £120k: £24,000 short.', 'Explain the shortfall.'),
  ];
  return {
    findings,
    counts: countFindings(findings),
    tables: [
      { sheet: plan, kind: 'action-plan', range: 'A3:F8', headerRow: 3, itemRows: 5, totalsRows: 0, columns: { id: 'Ref', owner: 'Responsible officer', deadline: 'Deadline' } },
      {
        sheet: 'Savings',
        kind: 'savings',
        range: 'A4:M12',
        headerRow: 4,
        itemRows: 7,
        totalsRows: 1,
        columns: { item: 'Saving', total: 'Saving target' },
        savings: {
          partners: ['Bromsgrove', options.hostile ? '<img src=x onerror=alert(1)>' : 'Redditch'],
          costShares: [0.48, 0.52],
          savingShares: [0.45, 0.55],
          agreedCostShares: [0.5, 0.5],
          byYear: [
            { year: '2010/11', target: 366000, achieved: 342000 },
            { year: '2011/12', target: 150000, achieved: null },
          ],
        },
      },
    ],
    plan: {
      sheets: [],
      report: [],
      log: { ranAt: '2011-03-31T09:00:00.000Z', asOf: '2011-03-31', packs: ['action-plan@1.0.0', 'savings@1.0.0'], rulesHash: 'c0ffee'.repeat(10) + 'abcd', errors: 3, warnings: 2, infos: 1, sheetsChecked: 2 },
    },
    asOf: '2011-03-31',
    skippedSheets: ['Notes'],
  };
}

export function handRun(options: { hostile?: boolean } = {}): RunReport {
  return {
    tool: 'concordat',
    version: '0.1.0',
    asOf: '2011-03-31',
    ranAt: '2011-03-31T09:00:00.000Z',
    failOn: 'error',
    files: [{ file: 'shared-services.xlsx', output: 'out/shared-services.checked.xlsx', result: handResult(options), error: null, warnings: [] }],
  };
}
