/**
 * A finding in the JSON report carries the facts its message was made from, as values: a sample of
 * rules from every family (owner, deadline, status, id, shares, amounts, savings, totals, costs,
 * cell, table), each checked for the numbers and dates a script would otherwise read out of the text.
 */
import type { CellValue } from '../../src/core/snapshot';
import type { CheckResult } from '../../src/core/result';
import { buildJsonReport, type JsonFinding } from '../../src/cli/reports/json-report';
import { reportedResult } from '../../src/cli/reports/run-report';
import { check, sheet, workbook } from '../core/support/workbooks';
import { shippedPacks } from '../../testkit/packs';
import { savingsTracker } from '../../testkit/workbooks/savings';

/** The facts each shipped rule lists, by subject kind and rule id. */
const LISTED = new Map<string, string[]>(
  shippedPacks().flatMap(({ json }) => {
    const pack = json as { subject: string; rules: { name: string; event: { params: { facts?: string[] } } }[] };
    return pack.rules.map((r) => [`${pack.subject}:${r.name}`, r.event.params.facts ?? []] as [string, string[]]);
  }),
);

function jsonFindings(result: CheckResult): JsonFinding[] {
  const report = buildJsonReport({
    tool: 'concordat',
    version: '0.1.0',
    asOf: result.asOf,
    ranAt: '2010-06-14T09:00:00.000Z',
    failOn: 'never',
    files: [{ file: 'plan.xlsx', output: null, result: reportedResult(result), error: null, warnings: [] }],
    error: null,
  });
  return report.files[0].findings;
}

/** The one finding of `ruleId`, with exactly the facts its rule lists. */
function finding(findings: JsonFinding[], ruleId: string, subject: string): JsonFinding {
  const found = findings.filter((f) => f.ruleId === ruleId);
  expect(found).toHaveLength(1);
  expect(Object.keys(found[0].facts)).toEqual(LISTED.get(`${subject}:${ruleId}`));
  return found[0];
}

const ACTION_HEADER = [
  'No.',
  'Recommendation',
  'Action',
  'Officer responsible',
  'Implement by when',
  'Revised date',
  'Status',
  'Date completed',
];
const action = (edits: Record<number, CellValue>): CellValue[] =>
  [
    'R1',
    'Risks should be discussed at Board meetings.',
    'Submit the risk register.',
    'Kevin Dicks',
    '31/12/2010',
    null,
    'In progress',
    null,
  ].map((v, i) => (i in edits ? edits[i] : v));
const actionPlan = (...rows: CellValue[][]) => workbook(sheet('Action plan', [ACTION_HEADER, ...rows]));

describe('action plans', () => {
  test('deadline.slipped: the date understood, as ISO, and the days overdue at the as-of date', async () => {
    const f = finding(
      jsonFindings(await check(actionPlan(action({ 4: '1st March 2010 (next Board)' })))),
      'deadline.slipped',
      'action',
    );
    expect(f.message).toContain('105 days overdue');
    expect(f.facts).toEqual({
      label: 'R1',
      dueText: '1st March 2010 (next Board)',
      dueIso: '2010-03-01',
      daysOverdue: 105,
      asOf: '2010-06-14',
    });
  });

  test('deadline.revised-later and status.complete-after-deadline: both dates and the days between', async () => {
    const revised = finding(
      jsonFindings(await check(actionPlan(action({ 5: '31/03/2011' })))),
      'deadline.revised-later',
      'action',
    );
    expect(revised.facts).toMatchObject({
      deadlineIso: '2010-12-31',
      revisedIso: '2011-03-31',
      revisedLaterByDays: 90,
    });
    const late = finding(
      jsonFindings(await check(actionPlan(action({ 4: '1 March 2010', 6: 'Complete', 7: '15/03/2010' })))),
      'status.complete-after-deadline',
      'action',
    );
    expect(late.facts).toMatchObject({ dueIso: '2010-03-01', completedIso: '2010-03-15', completedLateByDays: 14 });
  });

  test('owner.missing, status.unknown and id.duplicate: what was (or was not) written', async () => {
    const findings = jsonFindings(await check(actionPlan(action({ 3: null, 6: 'Purple' }), action({ 1: 'Another.' }))));
    expect(finding(findings, 'owner.missing', 'action').facts).toEqual({
      label: 'R1',
      ownerAbsence: 'blank-cell',
      ownerColumnPresent: true,
      ownerText: '',
    });
    expect(finding(findings, 'status.unknown', 'action').facts).toEqual({ label: 'R1', statusText: 'Purple' });
    expect(finding(findings, 'id.duplicate', 'action').facts).toEqual({ idText: 'R1', idFirstRow: 2 });
  });

  test('cell.unreadable and table.checks-skipped', async () => {
    const unreadable = finding(
      jsonFindings(await check(actionPlan(action({ 4: '31/13/2011' })))),
      'cell.unreadable',
      'cell',
    );
    expect(unreadable.facts).toMatchObject({ columnHeader: 'Implement by when', text: '31/13/2011' });
    const noOwner = workbook(
      sheet('Plan', [
        ['Ref', 'Recommendation', 'Target date'],
        ['R1', 'Review risks', '1 June 2011'],
      ]),
    );
    const skipped = finding(jsonFindings(await check(noOwner)), 'table.checks-skipped', 'table');
    expect(skipped.facts).toEqual({ tableKind: 'action-plan', absentColumns: ['owner'], absentCount: 1 });
    expect(skipped.message).toBe('This action plan has no lead officer column: owner checks were skipped.');
  });
});

const line = (edits: Record<number, CellValue>): CellValue[] =>
  ['Payroll', '2010/11', 'Equal', 0.5, 0.5, null, 40000, 20000, 20000, 40000, 'Jayne Pickering'].map((v, i) =>
    i in edits ? edits[i] : v,
  );
const PROFILE = {
  source: 'test profile',
  json: {
    partners: [
      { name: 'Bromsgrove', aliases: ['BDC'] },
      { name: 'Redditch', aliases: ['RBC'] },
    ],
    basis: { costs: 'equal' },
  },
};

describe('savings trackers and cost-sharing schedules', () => {
  test('shares.sum: the shares and their sum', async () => {
    const f = finding(
      jsonFindings(await check(savingsTracker(line({ 3: 0.6, 4: 0.5 })), { profile: PROFILE })),
      'shares.sum',
      'savings',
    );
    expect(f.facts).toEqual({
      label: 'Payroll',
      partners: ['Bromsgrove', 'Redditch'],
      shares: [0.6, 0.5],
      shareTotal: 110,
      shareSumGap: 0.1,
    });
    expect(f.message).toBe('Partner shares for Payroll add up to 110%, not 100% (60% / 50%).');
  });

  test('amounts.split-mismatch: the partner, its amount, what it should be, the share, the total and its column', async () => {
    const r = await check(savingsTracker(line({ 6: 246000, 7: 126000, 8: 120000, 9: 246000 })), { profile: PROFILE });
    const f = finding(jsonFindings(r), 'amounts.split-mismatch', 'savings');
    expect(f.facts).toEqual({
      label: 'Payroll',
      amountsPartner: 'Bromsgrove',
      amountsActual: 126000,
      amountsExpected: 123000,
      amountsShare: 0.5,
      amountsTotal: 246000,
      amountsTotalColumn: 'Saving target',
      amountsGap: 3000,
    });
  });

  test('savings.shortfall: target, achieved and the shortfall in pounds and as a fraction', async () => {
    const f = finding(
      jsonFindings(await check(savingsTracker(line({ 9: 30000 })), { profile: PROFILE })),
      'savings.shortfall',
      'savings',
    );
    expect(f.facts).toEqual({
      label: 'Payroll',
      shortfallPeriod: 'year',
      shortfallTarget: 40000,
      shortfallAchieved: 30000,
      shortfall: 10000,
      shortfallFraction: 0.25,
    });
  });

  test('totals.row-mismatch: the total, what the items add up to and the difference, in pounds', async () => {
    const total = ['Total', null, null, null, null, null, 150000, 80000, 80000, 160000, null];
    const second = line({ 0: 'CCTV', 6: 120000, 7: 60000, 8: 60000, 9: 120000 });
    const f = finding(
      jsonFindings(await check(savingsTracker(line({}), second, total), { profile: PROFILE })),
      'totals.row-mismatch',
      'total',
    );
    expect(f.facts).toEqual({
      label: 'Total',
      columnHeader: 'Saving target',
      unit: 'pounds',
      total: 150000,
      itemsSum: 160000,
      difference: -10000,
      itemCount: 2,
      totalKind: 'total',
    });
  });

  test('costs.unbalanced: each side of the split against the agreed basis, and the costs it is of', async () => {
    const cost = line({
      1: '2008/09',
      2: 'Activity',
      3: 0.45,
      4: 0.55,
      5: 80000,
      6: null,
      7: 36000,
      8: 44000,
      9: null,
    });
    const f = finding(
      jsonFindings(await check(savingsTracker(cost), { profile: PROFILE })),
      'costs.unbalanced',
      'portfolio',
    );
    expect(f.facts).toEqual({
      partners: ['Bromsgrove', 'Redditch'],
      costShares: [0.45, 0.55],
      agreedShares: [0.5, 0.5],
      costBalanceGap: 0.05,
      costTotal: 80000,
      costBasis: 'equal',
    });
  });
});

test('accepted.invalid: the row of the accepted sheet, its column and what is wrong', async () => {
  const plan = sheet('Plan', [
    ['Ref', 'Recommendation', 'Officer responsible', 'Target date'],
    ['R1', 'Review risks', null, '1 June 2011'],
  ]);
  const accepted = sheet('Concordat accepted', [
    ['Rule', 'Cell', 'Value', 'Reason'],
    ['owner.missing', "'Plan'!C2", '', ''],
  ]);
  const invalid = finding(jsonFindings(await check(workbook(plan, accepted))), 'accepted.invalid', 'acceptance');
  expect(invalid.facts).toEqual({
    where: "'Concordat accepted'!D2",
    columnHeader: 'Reason',
    problem: 'no reason given: say why the finding is accepted',
  });
});

test('every shipped rule lists the facts its findings carry', () => {
  for (const [rule, facts] of LISTED) expect([rule, facts.length > 0]).toEqual([rule, true]);
});
