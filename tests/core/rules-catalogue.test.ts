/**
 * Every rule in the catalogue: a row that fires it and a near miss that does not, on small
 * realistic sheets checked through the whole core (detect → parse → facts → rules → findings).
 */
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { ACTION_PLAN_HEADER } from '../../testkit/workbooks/action-plan';
import { SAVINGS_HEADER } from '../../testkit/workbooks/savings';
import { check, ids, sheet, workbook } from './support/workbooks';

// The generated tracker's header without its progress column.
const ACTION_HEADER = ACTION_PLAN_HEADER.filter((header) => header !== 'Progress update');
const ACTION_OK: CellValue[] = [
  'R1',
  'Risks should be discussed at Board meetings.',
  '3',
  'Submit the risk register to every Board.',
  'Kevin Dicks',
  '31/12/2010',
  null,
  'In progress',
  null,
];

type Edit = Record<number, CellValue>;
const edit = (row: CellValue[], e: Edit): CellValue[] => row.map((v, i) => (i in e ? e[i] : v));

function actionPlan(rows: CellValue[][]) {
  return workbook(sheet('Action plan', [['Appendix 1 – Action plan, June 2010'], [], ACTION_HEADER, ...rows]));
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
  [
    'status.complete-after-deadline',
    { [D]: '1 March 2010', [C]: '15/03/2010', [S]: 'Complete' },
    { [D]: '1 March 2010', [C]: '28/02/2010', [S]: 'Complete' },
  ],
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
    expect(slipped).toMatchObject({
      sheet: 'Action plan',
      address: 'F4',
      row: 4,
      header: 'Implement by when',
      severity: 'error',
    });
    expect(slipped?.message).toContain('1 March 2010');
    expect(slipped?.message).toContain('105 days overdue');
    expect(slipped?.value).toBe('1st March 2010 (next Shared Services Board)');
  });
});

const SAVINGS_OK: CellValue[] = [
  'Payroll',
  '2010/11',
  'Equal',
  0.5,
  0.5,
  null,
  null,
  null,
  40000,
  20000,
  20000,
  40000,
  'Jayne Pickering',
];
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

function savings(rows: CellValue[][], header = SAVINGS_HEADER) {
  return workbook(sheet('Savings', [['Savings tracker 2010/11'], header, ...rows]));
}

const savingsCases: [string, Edit, Edit][] = [
  ['shares.sum', { 3: 0.6, 4: 0.5 }, { 3: 0.5, 4: 0.5 }],
  [
    'shares.basis-equal',
    { 2: 'Equal', 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 },
    { 2: 'Activity based', 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 },
  ],
  [
    'shares.basis-missing',
    { 2: null, 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 },
    { 2: 'Activity based', 3: 0.6, 4: 0.4, 9: 24000, 10: 16000 },
  ],
  [
    'shares.driver-mismatch',
    { 2: 'Activity', 3: 0.35, 4: 0.65, 5: 3100, 6: 4900, 9: 14000, 10: 26000 },
    { 2: 'Activity', 3: 0.39, 4: 0.61, 5: 3100, 6: 4900, 9: 15600, 10: 24400 },
  ],
  [
    'amounts.split-mismatch',
    { 8: 246000, 9: 126000, 10: 120000, 11: 246000 },
    { 8: 246000, 9: 123000, 10: 123000, 11: 246000 },
  ],
  ['savings.shortfall', { 11: 30000 }, { 11: 40000 }],
  ['savings.range-not-figure', { 8: '£30,000 to £40,000', 9: null, 10: null, 11: null }, { 8: '£40,000' }],
  ['owner.missing', { 12: null }, { 12: 'Kevin Dicks' }],
  ['year.missing', { 1: null }, { 1: '2010/11' }],
  ['cell.unreadable', { 8: 'lots', 9: null, 10: null, 11: null }, { 8: '£40k' }],
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
    const fired = await check(savings([['Payroll', '2010/11', 40000, 20000, 15000, 'Jayne Pickering']], header), {
      profile: PROFILE,
    });
    const missed = await check(savings([['Payroll', '2010/11', 40000, 20000, 20000, 'Jayne Pickering']], header), {
      profile: PROFILE,
    });
    expect(fired.findings.map((f) => f.ruleId)).toContain('amounts.partners-vs-total');
    expect(missed.findings.map((f) => f.ruleId)).not.toContain('amounts.partners-vs-total');
  });

  test('shares.ambiguous on a one-cell split with several splits in it', async () => {
    const header = ['Service', 'Year', 'Basis', 'Allocation BDC/RBC', 'Saving target', 'Lead officer'];
    const fired = await check(
      savings([['Lifeline', '2010/11', 'Activity', '100%/0% 80%/20% 70%/30%', 50000, 'Kevin Dicks']], header),
      { profile: PROFILE },
    );
    const missed = await check(
      savings([['Lifeline', '2010/11', 'Activity', '75%/25%', 50000, 'Kevin Dicks']], header),
      { profile: PROFILE },
    );
    expect(fired.findings.map((f) => f.ruleId)).toContain('shares.ambiguous');
    expect(missed.findings.map((f) => f.ruleId)).not.toContain('shares.ambiguous');
  });

  test('totals.row-mismatch for each money column of a wrong totals row', async () => {
    const lines = [SAVINGS_OK, edit(SAVINGS_OK, { 0: 'CCTV', 8: 120000, 9: 60000, 10: 60000, 11: 120000 })];
    const wrong = await check(
      savings([...lines, ['Total', null, null, null, null, null, null, null, 150000, 80000, 80000, 160000, null]]),
      { profile: PROFILE },
    );
    const right = await check(
      savings([...lines, ['Total', null, null, null, null, null, null, null, 160000, 80000, 80000, 160000, null]]),
      { profile: PROFILE },
    );
    const mismatches = wrong.findings.filter((f) => f.ruleId === 'totals.row-mismatch');
    expect(mismatches.map((f) => f.address)).toEqual(['I5']);
    expect(mismatches[0].message).toContain('£160,000');
    expect(right.findings.map((f) => f.ruleId)).not.toContain('totals.row-mismatch');
    // The totals row is recognised, not checked as a savings line (no owner.missing or year.missing for it).
    expect(wrong.findings.filter((f) => f.row === 5).map((f) => f.ruleId)).toEqual(['totals.row-mismatch']);
  });

  test('costs.unbalanced when the partners bear unequal shares of all costs under an equal basis', async () => {
    const cost = (bdc: number, rbc: number): CellValue[] => [
      'Match funding',
      '2008/09',
      'Activity',
      bdc / 80000,
      rbc / 80000,
      null,
      null,
      80000,
      null,
      bdc,
      rbc,
      null,
      'Kevin Dicks',
    ];
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
    workbook(
      sheet('Plan', [
        [...header, 'Officer responsible'],
        ['R1', 'Review risks', '1 June 2011', 'Kevin Dicks'],
      ]),
    ),
  );
  expect(fired.findings.filter((f) => f.ruleId === 'table.checks-skipped').map((f) => [f.address, f.severity])).toEqual(
    [['A1', 'info']],
  );
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

/*
 * Every tolerance and window at its limit: a case on one side fires and its near miss, a tenth of a
 * point, a penny or a day away on the other side, does not; so moving a limit fails a test.
 */
const actionBoundaries: [string, string, Edit, Edit][] = [
  [
    'due soon: 30 days away is inside the 30-day window, 31 outside',
    'deadline.due-soon',
    { [D]: '14/07/2010' },
    { [D]: '15/07/2010' },
  ],
  [
    'due soon: due on the as-of date, not a day before it',
    'deadline.due-soon',
    { [D]: '14/06/2010' },
    { [D]: '13/06/2010' },
  ],
  [
    'slipped: a day overdue, not due on the as-of date',
    'deadline.slipped',
    { [D]: '13/06/2010' },
    { [D]: '14/06/2010' },
  ],
  [
    'revised: a day later than the deadline, not the same day',
    'deadline.revised-later',
    { [RV]: '01/01/2011' },
    { [RV]: '31/12/2010' },
  ],
  [
    'completed: a day after the deadline, not on it',
    'status.complete-after-deadline',
    { [D]: '1 March 2010', [C]: '02/03/2010', [S]: 'Complete' },
    { [D]: '1 March 2010', [C]: '01/03/2010', [S]: 'Complete' },
  ],
  [
    'no year: 14 Dec is 182 days back (2009), 13 Dec 182 days ahead (2010)',
    'deadline.slipped',
    { [D]: '14 Dec' },
    { [D]: '13 Dec' },
  ],
  ['two-digit years: 70 is 1970, 69 is 2069', 'deadline.slipped', { [D]: '01/03/70' }, { [D]: '01/03/69' }],
  [
    'part of a period: "Beginning of 2011" is vague, "Beginning of June 2011" a date',
    'deadline.vague',
    { [D]: 'Beginning of 2011' },
    { [D]: 'Beginning of June 2011' },
  ],
  ['a General number is a date from 1 January 1950 (serial 18264)', 'cell.unreadable', { [D]: 18263 }, { [D]: 18264 }],
  [
    'a General number is a date up to 31 December 2199 (serial 109574)',
    'cell.unreadable',
    { [D]: 109575 },
    { [D]: 109574 },
  ],
  ['a year on its own is read up to 2200', 'cell.unreadable', { [D]: '2201' }, { [D]: '2200' }],
];

describe('action plan windows: a day outside fires, the last day inside does not', () => {
  test.each(actionBoundaries)('%s (%s)', async (_limit, ruleId, fire, nearMiss) => {
    const fired = await check(actionPlan([edit(ACTION_OK, fire)]));
    const missed = await check(actionPlan([edit(ACTION_OK, nearMiss)]));
    expect(fired.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(missed.findings.map((f) => f.ruleId)).not.toContain(ruleId);
  });
});

/** A cost line split by activity, for the portfolio's balance of costs (the profile's costs basis is equal). */
const COST: Edit = { 2: 'Activity', 7: 80000, 8: null, 11: null };
/** Sums that are exact in pence but not in binary floating point. */
const SPLIT_30_70: Edit = { 2: 'Activity', 3: 0.3, 4: 0.7, 8: 41000.1, 10: 28700.07, 11: 41000.1 };
const PENCE: Edit = { 3: null, 4: null, 9: 100.1, 10: 200.2 };

const savingsBoundaries: [string, string, Edit, Edit][] = [
  ['shares sum: 100.6% is out, 100.4% within half a point', 'shares.sum', { 3: 0.506 }, { 3: 0.504 }],
  ['shares sum: 99.4% is out, 99.6% within half a point', 'shares.sum', { 3: 0.494 }, { 3: 0.496 }],
  [
    'shares sum: 100.6% is out, exactly 100.5% (33.5% + 67%) is within',
    'shares.sum',
    { 3: 0.336, 4: 0.67 },
    { 3: 0.335, 4: 0.67 },
  ],
  [
    'equal basis: 50.6/49.4 is unequal, 50.4/49.6 equal within half a point',
    'shares.basis-equal',
    { 3: 0.506, 4: 0.494 },
    { 3: 0.504, 4: 0.496 },
  ],
  [
    'equal basis: 50.6/49.4 is unequal, exactly 50.5/49.5 is equal',
    'shares.basis-equal',
    { 3: 0.506, 4: 0.494 },
    { 3: 0.505, 4: 0.495 },
  ],
  [
    'driver split: 3.1 points off is out, 2.9 within 3 points',
    'shares.driver-mismatch',
    { 2: 'Activity', 5: 5310, 6: 4690 },
    { 2: 'Activity', 5: 5290, 6: 4710 },
  ],
  [
    'driver split: 3.1 points off is out, exactly 3 points within',
    'shares.driver-mismatch',
    { 2: 'Activity', 5: 5310, 6: 4690 },
    { 2: 'Activity', 5: 5300, 6: 4700 },
  ],
  [
    'partner amount: £1.01 over total × share is out, £1 within',
    'amounts.split-mismatch',
    { 9: 20001.01 },
    { 9: 20001 },
  ],
  ['partner amount: £1.01 under is out, £1 within', 'amounts.split-mismatch', { 9: 19998.99 }, { 9: 19999 }],
  [
    'partner amount: exactly £1 over 30% of £41,000.10 is within',
    'amounts.split-mismatch',
    { ...SPLIT_30_70, 9: 12301.04 },
    { ...SPLIT_30_70, 9: 12301.03 },
  ],
  [
    'partners vs total: £1.01 apart is out, £1 within',
    'amounts.partners-vs-total',
    { 9: 20000.51, 10: 20000.5 },
    { 9: 20000.5, 10: 20000.5 },
  ],
  [
    'partners vs total: exactly £1 in pence (£100.10 + £200.20 against £301.30) is within',
    'amounts.partners-vs-total',
    { ...PENCE, 8: 301.31, 11: 301.31 },
    { ...PENCE, 8: 301.3, 11: 301.3 },
  ],
  ['shortfall: £1 short is a shortfall, on target is not', 'savings.shortfall', { 11: 39999 }, { 11: 40000 }],
  [
    'cost balance: 51.1% of all costs is out, 50.9% within a point',
    'costs.unbalanced',
    { ...COST, 3: 0.511, 4: 0.489, 9: 40880, 10: 39120 },
    { ...COST, 3: 0.509, 4: 0.491, 9: 40720, 10: 39280 },
  ],
  [
    'cost balance: 51.1% is out, exactly 51% within a point',
    'costs.unbalanced',
    { ...COST, 3: 0.511, 4: 0.489, 9: 40880, 10: 39120 },
    { ...COST, 3: 0.51, 4: 0.49, 9: 40800, 10: 39200 },
  ],
];

describe('savings tolerances: just outside fires, just inside (or exactly at the limit) does not', () => {
  test.each(savingsBoundaries)('%s (%s)', async (_limit, ruleId, fire, nearMiss) => {
    const fired = await check(savings([edit(SAVINGS_OK, fire)]), { profile: PROFILE });
    const missed = await check(savings([edit(SAVINGS_OK, nearMiss)]), { profile: PROFILE });
    expect(fired.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(missed.findings.map((f) => f.ruleId)).not.toContain(ruleId);
  });
});

/** A small tracker whose totals row should be the sum of its lines, in the header's unit. */
function totalled(lines: number[], total: number, unit = '£') {
  const sum = lines.reduce((a, b) => a + b, 0);
  return workbook(
    sheet('Savings', [
      ['Service', `Saving target ${unit}`, `Achieved ${unit}`],
      ...lines.map((v, i): CellValue[] => [`Line ${i + 1}`, v, v]),
      ['Total', total, sum],
    ]),
  );
}

const eight = new Array<number>(8).fill(100);
const seven = new Array<number>(7).fill(100);
const lines = (n: number) => new Array<number>(n).fill(100);

/** [limit, lines, unit, a total that fires, its near miss] */
const totalsBoundaries: [string, number[], string, number, number][] = [
  ['£2 over is out, £1 within', [100, 200], '£', 302, 301],
  ['£2 under is out, £1 within', [100, 200], '£', 298, 299],
  // Pounds and pence are judged to the penny, not within the profile's pound.
  ['in pence: 2p out is out, 1p within', [100.15, 200.2], '£', 300.37, 300.36],
  ["£'000: two units out is out, one unit within", [100, 200], "£'000", 302, 301],
  ['eight rounded lines: three units out is out, two within', eight, "£'000", 803, 802],
  ['seven rounded lines: two units out is out, one within', seven, "£'000", 702, 701],
  ['eight lines in pounds: £3 out is out, £2 within', eight, '£', 803, 802],
  ['seventeen rounded lines: three units out is out, two within', lines(17), "£'000", 1703, 1702],
  ['eighteen rounded lines: four units out is out, three within', lines(18), "£'000", 1804, 1803],
  ['thirty-one rounded lines: four units out is out, three within', lines(31), "£'000", 3104, 3103],
  ['thirty-two rounded lines: five units out is out, four within', lines(32), "£'000", 3205, 3204],
  ['£m to one place: 0.2 out is out, 0.1 (a unit) within', [1.1, 2.2], '£m', 3.5, 3.4],
  // Figures to one place (millions or thousands with no unit named) are judged in tenths.
  ['to one place, no unit named: 0.2 out is out, 0.1 within', [1.1, 2.2], '', 3.5, 3.4],
  ['to one place under £: 0.2 out is out, 0.1 within', [1.1, 2.2], '£', 3.5, 3.4],
];

describe('totals rounding: just outside its unit fires, just inside does not', () => {
  test.each(totalsBoundaries)('%s', async (_limit, lines, unit, fire, nearMiss) => {
    const fired = await check(totalled(lines, fire, unit));
    const missed = await check(totalled(lines, nearMiss, unit));
    expect(fired.findings.map((f) => f.ruleId)).toContain('totals.row-mismatch');
    expect(missed.findings.map((f) => f.ruleId)).not.toContain('totals.row-mismatch');
  });

  test('a second total a penny from the lines since the first is within; two pence is out', async () => {
    const twoTotals = (second: number) =>
      workbook(
        sheet('Savings', [
          ['Service', 'Saving target £', 'Achieved £'],
          ['Grants', 50, 50],
          ['Total grants', 50, 50],
          ['Fees', 100.1, 100.1],
          ['Rents', 200.2, 200.2],
          ['Total income', second, 300.3],
        ]),
      );
    const totals = async (second: number) =>
      ids(await check(twoTotals(second))).filter((id) => id.startsWith('totals.'));
    expect(await totals(300.32)).toEqual(['totals.row-mismatch@B6']);
    expect(await totals(300.31)).toEqual([]);
  });
});

/*
 * A profile that changes a limit moves the boundary: a case just past the new limit fires, and its
 * near miss, which the default limit flags, does not.
 */
const withTolerances = (tolerances: Record<string, number>) => ({ ...PROFILE.json, tolerances });
const profileBoundaries: [string, string, object, WorkbookSnapshot, WorkbookSnapshot][] = [
  [
    'shareSum 0.02',
    'shares.sum',
    withTolerances({ shareSum: 0.02 }),
    savings([edit(SAVINGS_OK, { 3: 0.521 })]),
    savings([edit(SAVINGS_OK, { 3: 0.519 })]),
  ],
  [
    'shareSum 0.02 (equal basis)',
    'shares.basis-equal',
    withTolerances({ shareSum: 0.02 }),
    savings([edit(SAVINGS_OK, { 3: 0.521, 4: 0.479 })]),
    savings([edit(SAVINGS_OK, { 3: 0.519, 4: 0.481 })]),
  ],
  [
    'driverShare 0.05',
    'shares.driver-mismatch',
    withTolerances({ driverShare: 0.05 }),
    savings([edit(SAVINGS_OK, { 2: 'Activity', 5: 5510, 6: 4490 })]),
    savings([edit(SAVINGS_OK, { 2: 'Activity', 5: 5490, 6: 4510 })]),
  ],
  [
    'amountPounds 100',
    'amounts.split-mismatch',
    withTolerances({ amountPounds: 100 }),
    savings([edit(SAVINGS_OK, { 9: 20101 })]),
    savings([edit(SAVINGS_OK, { 9: 20100 })]),
  ],
  [
    'amountPounds 100 (partners vs total)',
    'amounts.partners-vs-total',
    withTolerances({ amountPounds: 100 }),
    savings([edit(SAVINGS_OK, { 9: 20051, 10: 20050 })]),
    savings([edit(SAVINGS_OK, { 9: 20050, 10: 20050 })]),
  ],
  [
    'savingsShortfall 0.1',
    'savings.shortfall',
    withTolerances({ savingsShortfall: 0.1 }),
    savings([edit(SAVINGS_OK, { 11: 35999 })]),
    savings([edit(SAVINGS_OK, { 11: 36000 })]),
  ],
  [
    'costBalance 0.05',
    'costs.unbalanced',
    withTolerances({ costBalance: 0.05 }),
    savings([edit(SAVINGS_OK, { ...COST, 3: 0.551, 4: 0.449, 9: 44080, 10: 35920 })]),
    savings([edit(SAVINGS_OK, { ...COST, 3: 0.549, 4: 0.451, 9: 43920, 10: 36080 })]),
  ],
  [
    'totalsPounds 100',
    'totals.row-mismatch',
    withTolerances({ totalsPounds: 100 }),
    totalled([100, 200], 401),
    totalled([100, 200], 400),
  ],
  [
    'dueSoonDays 7',
    'deadline.due-soon',
    { dueSoonDays: 7 },
    actionPlan([edit(ACTION_OK, { [D]: '21/06/2010' })]),
    actionPlan([edit(ACTION_OK, { [D]: '22/06/2010' })]),
  ],
];

describe('a profile that changes a tolerance or window moves its boundary', () => {
  test.each(profileBoundaries)('%s (%s)', async (_setting, ruleId, json, fire, nearMiss) => {
    const rules = async (wb: WorkbookSnapshot, profileJson: object) =>
      (await check(wb, { profile: { source: 'test profile', json: profileJson } })).findings.map((f) => f.ruleId);
    expect(await rules(fire, json)).toContain(ruleId);
    expect(await rules(nearMiss, json)).not.toContain(ruleId);
    // The near miss is on the other side of the default limit: the profile moved it.
    expect(await rules(nearMiss, PROFILE.json)).toContain(ruleId);
  });

  const json = withTolerances({ shareSum: 0, driverShare: 0, amountPounds: 0 });
  const exact = { profile: { source: 'exact profile', json } };

  test('with no tolerance at all, shares of 30/35/20/15% still add up to exactly 100%', async () => {
    const header = ['Service', 'Year', 'Basis', 'Allocation BDC/RBC/WFDC/WDC', 'Saving target', 'Lead officer'];
    const split = (text: string) =>
      savings([['Payroll', '2010/11', 'Activity', text, 40000, 'Jayne Pickering']], header);
    expect((await check(split('30%/35%/20%/15%'), exact)).findings.map((f) => f.ruleId)).not.toContain('shares.sum');
    expect((await check(split('30%/35%/20%/16%'), exact)).findings.map((f) => f.ruleId)).toContain('shares.sum');
  });

  test('with no tolerance at all, a levy of 30/35/20/15% down the column adds up to exactly 100%', async () => {
    const levy = (eden: number) =>
      workbook(
        sheet('Levy', [
          ['Council', 'Population', 'Share %', 'Contribution £'],
          ['Allerdale Borough Council', 96000, 0.3, 120000],
          ['Carlisle City Council', 112000, 0.35, 140000],
          ['Copeland Borough Council', 64000, 0.2, 80000],
          ['Eden District Council', 48000, eden, 60000],
          ['Total', 320000, 1, 400000],
        ]),
      );
    expect(ids(await check(levy(0.15), exact))).toEqual([]);
    expect(ids(await check(levy(0.16), exact))).toContain('shares.sum@C6');
  });
});
