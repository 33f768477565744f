/**
 * Every rule in the catalogue: a row that fires it and a near miss that does not, on small
 * realistic sheets checked through the whole core (detect → parse → facts → rules → findings).
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, sheet, workbook } from './support/workbooks';

const ACTION_HEADER = ['No.', 'Recommendation', 'Priority', 'Action to be taken', 'Officer responsible', 'Implement by when', 'Revised date', 'Status', 'Date completed'];
const ACTION_OK: CellValue[] = ['R1', 'Risks should be discussed at Board meetings.', '3', 'Submit the risk register to every Board.', 'Kevin Dicks', '31/12/2010', null, 'In progress', null];

type Edit = Record<number, CellValue>;
const edit = (row: CellValue[], e: Edit): CellValue[] => row.map((v, i) => (i in e ? e[i] : v));

function actionPlan(rows: CellValue[][]) {
  return workbook(sheet('Action plan', [['Appendix 1 – Action plan'], [], ACTION_HEADER, ...rows]));
}

const O = 4; // owner
const D = 5; // deadline
const RV = 6; // revised
const S = 7; // status
const C = 8; // completed

const actionCases: [string, Edit, Edit][] = [
  ['owner.missing', { [O]: null }, { [O]: 'Kevin Dicks' }],
  ['owner.multiple', { [O]: 'Jayne Pickering Clare Felton' }, { [O]: 'Hugh Bennett' }],
  ['owner.not-a-person', { [O]: 'CMT/Cabinet to consider' }, { [O]: 'Head of Financial Services' }],
  ['deadline.missing', { [D]: null }, { [D]: null, [S]: 'Complete' }],
  ['deadline.vague', { [D]: 'Immediately' }, { [D]: '1st March 2011' }],
  ['deadline.slipped', { [D]: '1st June 2010' }, { [D]: '1st June 2010', [S]: 'Complete' }],
  ['deadline.due-soon', { [D]: '30 June 2010' }, { [D]: '31 July 2010' }],
  ['deadline.revised-later', { [RV]: '31/03/2011' }, { [RV]: '30/11/2010' }],
  ['status.missing', { [S]: null }, { [S]: 'Not started' }],
  ['status.unknown', { [S]: 'Purple' }, { [S]: 'Green' }],
  ['status.complete-after-deadline', { [D]: '1 March 2010', [C]: '15/03/2010', [S]: 'Complete' }, { [D]: '1 March 2010', [C]: '28/02/2010', [S]: 'Complete' }],
  ['priority.missing', { 2: null }, { 2: 'High' }],
  ['cell.unreadable', { [D]: '31/13/2011' }, { [D]: '1 June 2011' }],
];

describe('action plan rules fire on a bad row and not on its near miss', () => {
  test.each(actionCases)('%s', async (ruleId, fire, nearMiss) => {
    const fired = await check(actionPlan([edit(ACTION_OK, fire)]));
    const missed = await check(actionPlan([edit(ACTION_OK, nearMiss)]));
    expect(fired.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(missed.findings.map((f) => f.ruleId)).not.toContain(ruleId);
  });

  test('id.duplicate flags the second use of a reference, not the first', async () => {
    const dup = await check(actionPlan([ACTION_OK, edit(ACTION_OK, { 1: 'Another recommendation.' })]));
    const ok = await check(actionPlan([ACTION_OK, edit(ACTION_OK, { 0: 'R2' })]));
    expect(dup.findings.filter((f) => f.ruleId === 'id.duplicate').map((f) => f.address)).toEqual(['A5']);
    expect(ok.findings.map((f) => f.ruleId)).not.toContain('id.duplicate');
  });

  test('a slipped deadline says which date it understood and by how many days', async () => {
    const r = await check(actionPlan([edit(ACTION_OK, { [D]: '1st March 2010 (next Shared Services Board)' })]));
    const slipped = r.findings.find((f) => f.ruleId === 'deadline.slipped');
    expect(slipped).toMatchObject({ sheet: 'Action plan', address: 'F4', row: 4, header: 'Implement by when', severity: 'error' });
    expect(slipped?.message).toContain('1 March 2010');
    expect(slipped?.message).toContain('105 days overdue');
    expect(slipped?.value).toBe('1st March 2010 (next Shared Services Board)');
  });
});

const SAVINGS_HEADER = ['Service', 'Year', 'Basis', 'BDC %', 'RBC %', 'BDC activity', 'RBC activity', 'Cost', 'Saving target', 'BDC £', 'RBC £', 'Achieved', 'Lead officer'];
const SAVINGS_OK: CellValue[] = ['Payroll', '2010/11', 'Equal', 0.5, 0.5, null, null, null, 40000, 20000, 20000, 40000, 'Jayne Pickering'];
const PROFILE = {
  source: 'test profile',
  json: {
    partners: [{ name: 'Bromsgrove', aliases: ['BDC'] }, { name: 'Redditch', aliases: ['RBC'] }],
    basis: { costs: 'equal' },
  },
};

function savings(rows: CellValue[][], header = SAVINGS_HEADER) {
  return workbook(sheet('Savings', [['Savings tracker 2010/11'], header, ...rows]));
}

const savingsCases: [string, Edit, Edit][] = [
  ['shares.sum', { 3: 0.6, 4: 0.5 }, { 3: 0.5, 4: 0.5 }],
  ['shares.basis-equal', { 2: 'Equal', 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 }, { 2: 'Activity based', 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 }],
  ['shares.basis-missing', { 2: null, 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 }, { 2: 'Activity based', 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 }],
  ['shares.driver-mismatch', { 2: 'Activity', 3: 0.35, 4: 0.65, 5: 3100, 6: 4900, 9: 14000, 10: 26000 }, { 2: 'Activity', 3: 0.39, 4: 0.61, 5: 3100, 6: 4900, 9: 15600, 10: 24400 }],
  ['amounts.split-mismatch', { 8: 246000, 9: 126000, 10: 120000, 11: 246000 }, { 8: 246000, 9: 123000, 10: 123000, 11: 246000 }],
  ['savings.shortfall', { 11: 30000 }, { 11: 40000 }],
  ['savings.range-not-figure', { 8: '£30,000 to £40,000', 9: null, 10: null, 11: null }, { 8: '£40,000' }],
  ['owner.missing', { 12: null }, { 12: 'Kevin Dicks' }],
  ['year.missing', { 1: null }, { 1: '2010/11' }],
  ['cell.unreadable', { 8: 'lots' , 9: null, 10: null, 11: null}, { 8: '£40k' }],
];

describe('savings rules fire on a bad line and not on its near miss', () => {
  test.each(savingsCases)('%s', async (ruleId, fire, nearMiss) => {
    const fired = await check(savings([edit(SAVINGS_OK, fire)]), { profile: PROFILE });
    const missed = await check(savings([edit(SAVINGS_OK, nearMiss)]), { profile: PROFILE });
    expect(fired.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(missed.findings.map((f) => f.ruleId)).not.toContain(ruleId);
  });

  test('amounts.partners-vs-total when the sheet gives amounts but no shares', async () => {
    const header = ['Service', 'Year', 'Saving target', 'BDC £', 'RBC £', 'Lead officer'];
    const fired = await check(savings([['Payroll', '2010/11', 40000, 20000, 15000, 'Jayne Pickering']], header), { profile: PROFILE });
    const missed = await check(savings([['Payroll', '2010/11', 40000, 20000, 20000, 'Jayne Pickering']], header), { profile: PROFILE });
    expect(fired.findings.map((f) => f.ruleId)).toContain('amounts.partners-vs-total');
    expect(missed.findings.map((f) => f.ruleId)).not.toContain('amounts.partners-vs-total');
  });

  test('shares.ambiguous on a one-cell split with several splits in it', async () => {
    const header = ['Service', 'Year', 'Basis', 'Allocation BDC/RBC', 'Saving target', 'Lead officer'];
    const fired = await check(savings([['Lifeline', '2010/11', 'Activity', '100%/0% 80%/20% 70%/30%', 50000, 'Kevin Dicks']], header), { profile: PROFILE });
    const missed = await check(savings([['Lifeline', '2010/11', 'Activity', '75%/25%', 50000, 'Kevin Dicks']], header), { profile: PROFILE });
    expect(fired.findings.map((f) => f.ruleId)).toContain('shares.ambiguous');
    expect(missed.findings.map((f) => f.ruleId)).not.toContain('shares.ambiguous');
  });

  test('totals.row-mismatch for each money column of a wrong totals row', async () => {
    const lines = [SAVINGS_OK, edit(SAVINGS_OK, { 0: 'CCTV', 8: 120000, 9: 60000, 10: 60000, 11: 120000 })];
    const wrong = await check(savings([...lines, ['Total', null, null, null, null, null, null, null, 150000, 80000, 80000, 160000, null]]), { profile: PROFILE });
    const right = await check(savings([...lines, ['Total', null, null, null, null, null, null, null, 160000, 80000, 80000, 160000, null]]), { profile: PROFILE });
    const mismatches = wrong.findings.filter((f) => f.ruleId === 'totals.row-mismatch');
    expect(mismatches.map((f) => f.address)).toEqual(['I5']);
    expect(mismatches[0].message).toContain('£160,000');
    expect(right.findings.map((f) => f.ruleId)).not.toContain('totals.row-mismatch');
    // The totals row is recognised, not checked as a savings line (no owner.missing or year.missing for it).
    expect(wrong.findings.filter((f) => f.row === 5).map((f) => f.ruleId)).toEqual(['totals.row-mismatch']);
  });

  test('costs.unbalanced when the partners bear unequal shares of all costs under an equal basis', async () => {
    const cost = (bdc: number, rbc: number): CellValue[] => ['Match funding', '2008/09', 'Activity', bdc / 80000, rbc / 80000, null, null, 80000, null, bdc, rbc, null, 'Kevin Dicks'];
    const fired = await check(savings([cost(36000, 44000)]), { profile: PROFILE });
    const missed = await check(savings([cost(40000, 40000)]), { profile: PROFILE });
    expect(fired.findings.map((f) => f.ruleId)).toContain('costs.unbalanced');
    expect(missed.findings.map((f) => f.ruleId)).not.toContain('costs.unbalanced');
  });
});

test('id.duplicate on a savings line whose reference an earlier line used', async () => {
  const header = ['Ref', 'Service', 'Year', 'Saving target', 'Achieved', 'Lead officer'];
  const line = (ref: string): CellValue[] => [ref, 'Payroll', '2010/11', 40000, 40000, 'Jayne Pickering'];
  const fired = await check(savings([line('S1'), line('S1')], header), { profile: PROFILE });
  const missed = await check(savings([line('S1'), line('S2')], header), { profile: PROFILE });
  expect(fired.findings.filter((f) => f.ruleId === 'id.duplicate').map((f) => f.address)).toEqual(['A4']);
  expect(missed.findings.map((f) => f.ruleId)).not.toContain('id.duplicate');
});

test('table.checks-skipped once on the header row of a table with no owner column, not on one that has it', async () => {
  const header = ['Ref', 'Recommendation', 'Target date'];
  const fired = await check(workbook(sheet('Plan', [header, ['R1', 'Review risks', '1 June 2011']])));
  const missed = await check(
    workbook(sheet('Plan', [[...header, 'Officer responsible'], ['R1', 'Review risks', '1 June 2011', 'Kevin Dicks']])),
  );
  expect(fired.findings.filter((f) => f.ruleId === 'table.checks-skipped').map((f) => [f.address, f.severity])).toEqual([
    ['A1', 'info'],
  ]);
  expect(missed.findings.map((f) => f.ruleId)).not.toContain('table.checks-skipped');
});

test('an Excel error in any checked column is reported as unreadable, naming the error', async () => {
  const r = await check(actionPlan([edit(ACTION_OK, { [O]: { error: '#REF!' }, [D]: { error: '#N/A' } })]));
  const unreadable = r.findings.filter((f) => f.ruleId === 'cell.unreadable');
  expect(unreadable.map((f) => [f.address, f.value])).toEqual([
    ['E4', '#REF!'],
    ['F4', '#N/A'],
  ]);
  expect(unreadable[0].message).toContain('#REF!');
});

test('owner.missing says why: a blank cell, or a cell that names nobody', async () => {
  const r = await check(actionPlan([edit(ACTION_OK, { [O]: 'TBC' }), edit(ACTION_OK, { 0: 'R2', [O]: null })]));
  expect(r.findings.filter((f) => f.ruleId === 'owner.missing').map((f) => f.message)).toEqual([
    'No officer responsible for R1: the officer responsible cell says "TBC", which names nobody.',
    'No officer responsible for R2: the officer responsible cell is blank.',
  ]);
});
