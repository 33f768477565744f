/**
 * Charges by council tax band, as a parish prints its precept: each band's charge is by law its
 * ninths of Band D's (A 6/9 … H 18/9), checked line by line against the Band D line.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

// Tibberton's 2023/24 charges: Band D £111.53.
const charges = (bandA: number, bandC = 99.14) =>
  check(
    workbook(
      sheet('Budget 2023-24', [
        ['Budget for 2023/24'],
        ['Every year the parish council is required to identify the funds it will need for the following year.'],
        [],
        ['Band A households (6/9) will pay', bandA],
        ['Band B households (7/9) will pay', 86.74],
        ['Band C households (8/9) will pay', bandC],
        ['Band D households (9/9) will pay', 111.53],
        ['Band E households (11/9) will pay', 136.31],
        ['Band F households (13/9) will pay', 161.09],
        ['Band G households (15/9) will pay', 185.88],
        ['Band H households (18/9) will pay', 223.06],
      ]),
    ),
  );

describe('charges by council tax band, with no heading over them', () => {
  test("a band whose charge is not its ninths of Band D's is flagged, saying what it should be", async () => {
    const out = await charges(74.35, 93.14);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@B6']);
    expect(out.findings[0].message).toBe(
      "Band C households (8/9) will pay: 8/9 of Band D's £111.53 comes to £99.14, but column B shows £93.14 (a difference of £6).",
    );
  });

  test('a penny either way is rounding; two pence is not (6/9 of £111.53 is £74.353)', async () => {
    expect(loud(await charges(74.35))).toEqual([]);
    expect(loud(await charges(74.36))).toEqual([]);
    expect(loud(await charges(74.37))).toEqual(['amounts.parts-vs-total@B4']);
  });
});

describe('a precept by band over two years, with the increase between them', () => {
  const precept = (bandA2021: number, rows: CellValue[][] = []) =>
    check(
      workbook(
        sheet('Precept 2022-23', [
          [
            'Council Tax Band',
            '2021/22 Precept Amount per Household',
            '2022/23 Precept Amount per Household',
            'Total Annual Increase per Household',
          ],
          ['Band A', bandA2021, 89.75, 89.75 - bandA2021],
          ['Band B', 90.72, 104.7, 13.98],
          ['Band C', 103.68, 119.66, 15.98],
          ['Band D', 116.64, 134.62, 17.98],
          ['Band E', 142.56, 164.54, 21.98],
          ['Band F', 168.48, 194.45, 25.97],
          ['Band G', 194.4, 224.37, 29.97],
          ['Band H', 233.28, 269.24, 35.96],
          ...rows,
        ]),
      ),
    );

  test("each year's charges are held to Band D's; the increase, this year less last, is said once", async () => {
    expect(loud(await precept(77.76))).toEqual([]);
    // Band D × 0.67 printed for Band A: £78.15, not 6/9 of £116.64 (£77.76).
    expect(loud(await precept(78.15))).toEqual(['amounts.parts-vs-total@B2']);
  });
});

describe('a column by band that is no charge', () => {
  test('properties in each band are not held to Band D', async () => {
    const out = await check(
      workbook(
        sheet('Tax base', [
          ['Band', 'Number of properties', 'Band D charge'],
          ['Band A', 120, 74.35],
          ['Band B', 340, 86.74],
          ['Band C', 410, 99.14],
          ['Band D', 260, 111.53],
          ['Band E', 150, 136.31],
          ['Band F', 90, 161.09],
          ['Band G', 40, 185.88],
          ['Band H', 5, 223.06],
          ['Total', 1415, null],
        ]),
      ),
    );
    expect(loud(out)).toEqual([]);
  });
});

describe('how many bands show a column of charges', () => {
  // Tibberton's charges, Band C's misprinted: the other bands hold their ninths of Band D.
  const bands: [string, number][] = [
    ['Band A', 74.35],
    ['Band B', 86.74],
    ['Band C', 93.14],
    ['Band D', 111.53],
    ['Band E', 136.31],
    ['Band F', 161.09],
  ];
  const list = (count: number) =>
    check(workbook(sheet('Precept', [['Band', 'Charge'], ...bands.slice(0, count)])), { asOf: '2023-01-27' });

  test('four bands holding besides Band D show it, and the one that does not is flagged; three do not', async () => {
    expect(loud(await list(6))).toEqual(['amounts.parts-vs-total@B4']);
    expect(loud(await list(5))).toEqual([]);
  });
});
