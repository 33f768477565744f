/**
 * Totals of things counted (outcomes graded, recommendations by priority): whole numbers nobody
 * rounded, so a total one out is wrong, where a pound one out across many lines is rounding.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

// After a housing charter self-assessment: each outcome's actions by grade, with no heading over
// the grades, a total across each line and an "Overall" line under them.
const graded = (homeless: number, overall: CellValue, title = 'Charter self-assessment of 2015/16 performance') =>
  check(
    workbook(
      sheet('Self-assessment', [
        [title],
        [],
        ['Outcome', null, null, null, null, null, 'Total'],
        ['Outcome 1 - Equalities', 0, 1, 0, 0, 0, 1],
        ['Outcome 2 - Communication', 0, 3, 0, 0, 0, 3],
        ['Outcome 5 - Repairs, Maintenance', 3, 2, 0, 0, 0, 5],
        ['Outcome 11 - Tenancy sustainment', 0, 4, 2, 0, 1, 7],
        ['Outcome 12 - Homeless people', 0, homeless, 2, 0, 0, 7],
        ['Outcome 13 - Value for Money', 6, 4, 1, 1, 0, 12],
        ['Overall', 9, overall, 5, 1, 1, 35],
      ]),
    ),
  );

describe('counts add up exactly', () => {
  test('counts that add up, across each line and down to "Overall", are right', async () => {
    expect(loud(await graded(5, 19))).toEqual([]);
  });

  test('a count one out is wrong across its line and in the column\'s "Overall"', async () => {
    expect(loud(await graded(6, 19))).toEqual(['amounts.parts-vs-total@G8', 'totals.row-mismatch@C10']);
  });

  test('"Overall" alone under the lines is their total', async () => {
    expect(loud(await graded(5, 18))).toEqual(['totals.row-mismatch@C10', 'amounts.parts-vs-total@G10']);
  });

  test('a pound sign over the figures makes them money, where one out over many lines is rounding', async () => {
    expect(loud(await graded(6, 19, 'Charter self-assessment of 2015/16 performance (£)'))).toEqual([]);
  });

  test('a word of money in the title makes them money too', async () => {
    expect(loud(await graded(6, 19, 'Charter budget of 2015/16'))).toEqual([]);
  });
});

// Recommendations by priority: whole numbers up to 999 are counts; at a thousand they may be
// pounds as well.
const priorities = (most: number, slip: number) =>
  check(
    workbook(
      sheet('Follow-up', [
        ['Audit area', 'High', 'Medium', 'Low', 'Total'],
        ['Payroll', 1, 2, 3, 6],
        ['Creditors', 0, 4, 1, 5],
        ['Council tax', most - 5, 3 + slip, 2, most],
        ['Housing benefit', 2, 2, 2, 6],
      ]),
    ),
  );

describe('how large a whole number a count may be', () => {
  test('a table up to 999 counts: a line one out is wrong', async () => {
    expect(loud(await priorities(999, 0))).toEqual([]);
    expect(loud(await priorities(999, 1))).toEqual(['amounts.parts-vs-total@E4']);
  });

  test('at 1,000 they may be pounds: one out across three figures is rounding', async () => {
    expect(loud(await priorities(1000, 1))).toEqual([]);
  });
});

describe('what else is not a count', () => {
  const table = (rows: CellValue[][]) => check(workbook(sheet('Follow-up', rows)));

  test('a figure to one place among them makes them measures, not counts', async () => {
    const rows = (last: CellValue): CellValue[][] => [
      ['Audit area', 'High', 'Medium', 'Low', 'Total'],
      ['Payroll', 1, 2, 3, 6],
      ['Creditors', 0, 4, 1, 5],
      ['Council tax', 2, 3, 2, 8],
      ['Housing benefit', 2, 2, last, 6],
    ];
    expect(loud(await table(rows(2)))).toEqual(['amounts.parts-vs-total@E4']);
    expect(loud(await table(rows(2.5)))).toEqual([]);
  });

  test('five figures are too few to tell counts from round sums; six are enough', async () => {
    const areas = ['Payroll', 'Creditors', 'Council tax', 'Housing benefit', 'Insurance'];
    const rows = (lines: number): CellValue[][] => [
      ['Audit area', 'Recommendations'],
      ...areas.slice(0, lines).map((area) => [area, 2]),
      ['Total', 2 * lines + 1],
    ];
    expect(loud(await table(rows(4)))).toEqual([]);
    expect(loud(await table(rows(5)))).toEqual(['totals.row-mismatch@B7']);
  });
});

describe('recommendations counted by how they stand', () => {
  // After a district council's follow-up of audit recommendations, its figures laid out as a table.
  const summary = (implemented: CellValue[]) =>
    check(
      workbook(
        sheet('Follow Up', [
          ['Progress in implementing agreed Internal Audit recommendations'],
          [],
          ['Recommendations', 'Raised', 'Implemented', 'Superseded', 'Outstanding', 'Not yet due'],
          ['Historic', null, implemented[0], null, 0, null],
          ['2016/17', 88, implemented[1], 5, null, null],
          ['2017/18', 85, implemented[2], null, 17, 8],
        ]),
      ),
    );

  test('"Implemented" over two counts and nothing else counts them: no status left blank', async () => {
    expect(loud(await summary([null, 83, 60]))).toEqual([]);
  });

  test('with a status word among them it is how each stands, a blank a status missing', async () => {
    expect(loud(await summary([null, 'Yes', 60]))).toContain('status.missing@C4');
  });
});

describe("staff numbered by office under a paragraph giving the network's cost", () => {
  const offices = [
    'Atlanta',
    'Bangalore',
    'Beijing',
    'Berlin',
    'Brussels',
    'Chicago',
    'Chongqing',
    'Doha',
    'Dubai',
    'Dublin',
  ];
  const staff = [1, 1, 1, 2, 9, 1, 3, 1, 2, 2];
  const answer = (above: string, total: number) =>
    check(
      workbook(
        sheet('Overseas offices', [
          [above],
          ['Location', 'Number of staff currently employed'],
          ...offices.map((o, i) => [o, staff[i]]),
          ['TOTAL', total],
        ]),
      ),
    );
  const paragraph =
    'The total cost of running the network is £4,684,000. This includes office rent, platform charges, staff salaries and on-costs.';

  test('are counts, added up exactly: a total two off ten offices is out', async () => {
    // The offices have 23 staff between them.
    expect(loud(await answer(paragraph, 23))).toEqual([]);
    expect(loud(await answer(paragraph, 25))).toEqual(['totals.row-mismatch@B13']);
  });

  test('under a title naming money they are read as pounds, which two over ten lines may be rounding', async () => {
    expect(loud(await answer('Staff costs by office', 25))).toEqual([]);
  });

  test('a line above of 120 characters may be a title naming money; one of 121 is a paragraph', async () => {
    const line = (n: number) => `Staff costs by office ${'x'.repeat(n - 22)}`;
    expect(line(120)).toHaveLength(120);
    expect(loud(await answer(line(120), 25))).toEqual([]);
    expect(loud(await answer(line(121), 25))).toEqual(['totals.row-mismatch@B13']);
  });
});
