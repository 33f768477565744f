/** A CheckResult written by hand: findings on an action plan and a savings schedule, with chart figures. */
import type { Finding, Severity } from '../../src/core/findings';
import { countFindings } from '../../src/core/findings';
import type { TableReading } from '../../src/core/reading';
import type { CheckResult } from '../../src/core/result';
import type { RunReport } from '../../src/cli/reports/run-report';

function finding(
  severity: Severity,
  ruleId: string,
  sheet: string,
  row: number,
  column: number,
  header: string,
  value: string,
  message: string,
  hint: string,
): Finding {
  const letters = String.fromCharCode(64 + column);
  return {
    ruleId,
    title: `Title of ${ruleId}`,
    severity,
    sheet,
    row,
    column,
    header,
    address: `${letters}${row}`,
    value,
    message,
    hint,
    pack: ruleId.startsWith('owner') ? 'action-plan' : 'savings',
  };
}

export const HOSTILE_SHEET = '<script>alert("sheet")</script> | Plan';

function handResult(options: { hostile?: boolean } = {}): CheckResult {
  const plan = options.hostile ? HOSTILE_SHEET : 'Action plan';
  const findings: Finding[] = [
    finding(
      'error',
      'owner.missing',
      plan,
      5,
      3,
      'Responsible officer',
      '',
      'No officer responsible for R2.',
      'Name the one officer accountable.',
    ),
    finding(
      'warning',
      'owner.multiple',
      plan,
      6,
      3,
      'Responsible officer',
      'Jayne Pickering Clare Felton',
      'R3 names more than one officer | two.',
      'Name one lead officer.',
    ),
    finding(
      'error',
      'deadline.slipped',
      plan,
      7,
      4,
      'Deadline',
      '1st March 2010 (next Shared Services Board)',
      'R4 was due by 1 March 2010 and is 395 days overdue.',
      'Agree a revised date.',
    ),
    finding(
      'info',
      'deadline.due-soon',
      plan,
      8,
      4,
      'Deadline',
      'March 2011',
      'R5 is due by 31 March 2011.',
      'Check it is on track.',
    ),
    finding(
      'error',
      'amounts.split-mismatch',
      'Savings',
      5,
      10,
      'Bromsgrove £',
      '£126,000',
      'Bromsgrove £126,000 should be £123,000 (50% of £246,000).',
      '=SUM(J5:K5) should equal the total',
    ),
    finding(
      'warning',
      'savings.shortfall',
      'Savings',
      6,
      12,
      'Achieved',
      '96000',
      'CCTV has achieved £96,000 against £120k: £24,000 short.',
      'Explain the shortfall.',
    ),
  ];
  return {
    findings,
    counts: countFindings(findings),
    tables: [
      {
        sheet: plan,
        kind: 'action-plan',
        range: 'A3:F8',
        headerRow: 3,
        itemRows: 5,
        totalsRows: 0,
        columns: { id: 'Ref', owner: 'Responsible officer', deadline: 'Deadline' },
      },
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
          costTotal: 100000,
          partnerColumns: [
            [4, 10],
            [5, 11],
          ],
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
      log: {
        ranAt: '2011-03-31T09:00:00.000Z',
        asOf: '2011-03-31',
        packs: ['action-plan@1.0.0', 'savings@1.0.0'],
        rulesHash: 'c0ffee'.repeat(10) + 'abcd',
        errors: 3,
        warnings: 2,
        infos: 1,
        sheetsChecked: 2,
        lastCheckAsOf: null,
        changes: null,
        accepted: 0,
      },
      history: { ranAt: '2011-03-31T09:00:00.000Z', asOf: '2011-03-31', open: [] },
    },
    asOf: '2011-03-31',
    skippedSheets: ['Notes'],
    readings: [],
    since: { last: null, counts: { new: 0, stillOpen: 0, resolved: 0 }, resolved: [] },
  };
}

/** How the hand result's tables were read, for the reports' "How Concordat read this workbook". */
export function handReadings(options: { hostile?: boolean } = {}): TableReading[] {
  const plan = options.hostile ? HOSTILE_SHEET : 'Action plan';
  const none = { partners: [], partnerLayout: 'none' as const, contextYear: null, totalsRows: [], subtotalRows: [] };
  return [
    {
      ...none,
      sheet: plan,
      range: 'A3:F8',
      headerRows: [3, 3],
      kind: 'action-plan',
      kindReason: 'owner, deadline, status columns',
      columns: [
        { column: 1, letter: 'A', header: 'Ref', meaning: 'id', confidence: 1, evidence: "header word 'ref'" },
        {
          column: 3,
          letter: 'C',
          header: options.hostile ? 'Officer <b>| responsible' : 'Responsible officer',
          meaning: 'owner',
          confidence: 0.95,
          evidence: "header word 'officer'; 5 of 5 cells are names",
        },
        {
          column: 4,
          letter: 'D',
          header: 'Deadline',
          meaning: 'deadline',
          confidence: 1,
          evidence: "header word 'deadline'; 4 of 5 cells are dates",
        },
      ],
      itemRows: 5,
      skippedRows: [{ row: 6, reason: 'section heading', text: 'Place directorate' }],
    },
    {
      ...none,
      sheet: 'Savings',
      range: 'A4:M12',
      headerRows: [3, 4],
      kind: 'savings',
      kindReason: 'partner columns beside target, achieved',
      columns: [
        {
          column: 1,
          letter: 'A',
          header: 'Saving',
          meaning: 'service',
          confidence: 0.8,
          evidence: "header word 'saving'",
        },
        {
          column: 10,
          letter: 'J',
          header: 'Bromsgrove £',
          meaning: 'partner amount: Bromsgrove',
          confidence: 0.8,
          evidence: 'header names the partner Bromsgrove',
        },
      ],
      partners: ['Bromsgrove', 'Redditch'],
      partnerLayout: 'columns',
      contextYear: '2010/11',
      itemRows: 7,
      totalsRows: [12],
      skippedRows: [{ row: 11, reason: 'note', text: '* includes one-off costs' }],
    },
    {
      ...none,
      sheet: 'Notes',
      range: 'A1:D8',
      headerRows: [1, 1],
      kind: 'skipped',
      kindReason:
        'not an action plan or savings tracker (year, cost): no owner, deadline or status beside the items, and no savings, shares or partners',
      columns: [
        { column: 1, letter: 'A', header: 'Year', meaning: 'year', confidence: 1, evidence: "header word 'year'" },
      ],
      itemRows: 7,
      skippedRows: [],
    },
  ];
}

export function handRun(options: { hostile?: boolean } = {}): RunReport {
  return {
    tool: 'concordat',
    version: '0.1.0',
    asOf: '2011-03-31',
    ranAt: '2011-03-31T09:00:00.000Z',
    failOn: 'error',
    error: null,
    files: [
      {
        file: 'shared-services.xlsx',
        output: 'out/shared-services.checked.xlsx',
        result: handResult(options),
        error: null,
        warnings: [],
      },
    ],
  };
}
