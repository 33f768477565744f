/**
 * A group's line printed above the lines it is made of, as national statistics print services by
 * group: the lines under it are its parts, and a group whose parts do not add up is a slip.
 */
import type { CellValue } from '../../src/core/snapshot';
import { groupsAboveParts } from '../../src/core/facts/group-lines';
import { check, loud, sheet, workbook } from './support/workbooks';

// After a national statistics annex of capital receipts by service (£ thousands).
const annex = (roads: number, lines: CellValue[][] = []) =>
  check(
    workbook(
      sheet('Annex J', [
        ['ANNEX J - Capital Receipts by Service, 2013-14'],
        ['£ thousands'],
        [null, 'Sale & Disposal of fixed assets'],
        ['Education', 13798],
        ['Pre-primary education', 442],
        ['Primary education', 11367],
        ['Secondary education', 1989],
        ['Roads and transport', roads],
        ['Roads', 962],
        ['Network and traffic management', 370],
        ['Bridges', 110],
        ['Environmental services', 1378],
        ['Crematoria and burial grounds', 18],
        ['Flood prevention', 63],
        ['Waste collection and disposal', 1297],
        ['Central Services', 28128],
        ...lines,
        ['Total General Fund Services', 13798 + roads + 1378 + 28128],
      ]),
    ),
  );

describe('a group printed above its parts', () => {
  test('where two groups add up, one whose parts come within a tenth of it is a slip', async () => {
    // Roads, network and bridges come to 1,442; 1,311 is within a tenth below it.
    expect(loud(await annex(1442))).toEqual([]);
    expect(loud(await annex(1311))).toEqual(['totals.row-mismatch@B8']);
  });

  test('parts more than a tenth off are no group: the lines are counted as they stand', async () => {
    // 1,442 is 10.07% above 1,310, so the three lines are lines of their own.
    const result = await annex(1310);
    expect(loud(result)).not.toContain('totals.row-mismatch@B8');
  });

  test('the total counts each group once, not its parts again', async () => {
    const result = await annex(1442);
    expect(result.findings.filter((f) => f.ruleId === 'totals.row-mismatch')).toEqual([]);
  });
});

describe('groupsAboveParts', () => {
  const figures = (values: Record<number, number | null>) => (row: number) => [
    values[row] === null || values[row] === undefined ? null : { value: values[row] as number, unit: 1 },
  ];

  test('two groups adding up show the layout; one alone may be chance', () => {
    const two = { 1: 30, 2: 10, 3: 20, 4: 50, 5: 25, 6: 25 };
    expect(groupsAboveParts([1, 2, 3, 4, 5, 6], figures(two)).map((g) => g.head)).toEqual([1, 4]);
    const one = { 1: 30, 2: 10, 3: 20, 4: 50, 5: 25, 6: 28 };
    expect(groupsAboveParts([1, 2, 3, 4, 5, 6], figures(one))).toEqual([]);
  });

  test('a group of ten units adds up as a group; one of nine is figures too small to tell', () => {
    const ten = { 1: 10, 2: 4, 3: 6, 4: 50, 5: 25, 6: 25 };
    expect(groupsAboveParts([1, 2, 3, 4, 5, 6], figures(ten)).map((g) => g.head)).toEqual([1, 4]);
    const nine = { 1: 9, 2: 4, 3: 5, 4: 50, 5: 25, 6: 25 };
    expect(groupsAboveParts([1, 2, 3, 4, 5, 6], figures(nine))).toEqual([]);
  });

  test('within a unit the parts add up; two units off they do not', () => {
    const unit = { 1: 31, 2: 10, 3: 20, 4: 50, 5: 25, 6: 25 };
    expect(groupsAboveParts([1, 2, 3, 4, 5, 6], figures(unit)).every((g) => g.holds)).toBe(true);
    const two = { 1: 32, 2: 10, 3: 20, 4: 50, 5: 25, 6: 25, 7: 40, 8: 20, 9: 20 };
    const groups = groupsAboveParts([1, 2, 3, 4, 5, 6, 7, 8, 9], figures(two));
    expect(groups.map((g) => [g.head, g.holds])).toEqual([
      [1, false],
      [4, true],
      [7, true],
    ]);
  });

  test('once groups are shown, a line over one line printing the same figure is a group of one', () => {
    const payments = { 1: 574, 2: 500, 3: 74, 4: 208, 5: 156, 6: 52, 7: 52, 8: 52 };
    expect(groupsAboveParts([1, 2, 3, 4, 5, 6, 7, 8], figures(payments)).map((g) => g.parts)).toEqual([
      [2, 3],
      [5, 6],
      [8],
    ]);
  });
});

describe('groups over several columns, with no total below them', () => {
  // After a national statistics annex of revenue expenditure by service (£ thousands).
  // (With "Total Expenditure" or without it: the column that makes three of some size.)
  const annex = (income: number, expenditure = true) =>
    check(
      workbook(
        sheet('Annex A', [
          ['ANNEX A - Service Analysis of General Fund Revenue Expenditure and Income, 2012-13'],
          ['£ thousands'],
          ...[
            [null, 'Support Service Costs', 'All other Expenditure', 'Total Expenditure', 'Total Income'],
            ['Education', 184132, 4601660, 4785792, income],
            ['Pre-primary education', 11015, 303603, 314618, 13388],
            ['Primary education', 69989, 1751069, 1821058, 61534],
            ['Secondary education', 103128, 2546988, 2650116, 113283],
            ['Cultural and related services', 42135, 698459, 740594, 89432],
            ['Museums and galleries', 2520, 43671, 46191, 3671],
            ['Library service', 8511, 108937, 117448, 4640],
            ['Sport facilities', 31104, 545851, 576955, 81121],
          ].map((row) => (expenditure ? row : row.filter((_, c) => c !== 3))),
        ]),
      ),
    );

  test('three columns adding up show a group whose fourth does not', async () => {
    expect(loud(await annex(188205))).toEqual([]);
    expect(loud(await annex(188250))).toEqual(['totals.row-mismatch@E4']);
  });

  test('two columns adding up beside one that does not show no group', async () => {
    // (Without "Total Expenditure", the 45 in Total Income is one column out of three.)
    expect(loud(await annex(188250, false))).not.toContain('totals.row-mismatch@D4');
  });
});
