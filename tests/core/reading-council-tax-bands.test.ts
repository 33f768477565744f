/**
 * Charges by council tax band, as a parish prints its precept: each band's charge is by law its
 * ninths of Band D's (A 6/9 … H 18/9), checked line by line against the Band D line.
 */
import type { CellValue } from '../../src/core/snapshot';
import { bandsAcross } from '../../src/core/tables/council-tax-bands';
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

describe("each parish's charges by band across its line, the bands heading the columns", () => {
  // Tandridge's 2018/19 charges by parish: "Area | Band …" over "Parishes of: | A | B … | H", then "£".
  const parishes = (valleyG: number, chaldonE = 2306.04, heading: CellValue = 'A') =>
    check(
      workbook(
        sheet('Your council tax 2018-2019', [
          ['Your council tax 2018/2019'],
          [],
          ['Area', 'Band', 'Band', 'Band', 'Band', 'Band', 'Band', 'Band', 'Band'],
          ['Parishes of:', heading, 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
          [null, '£', '£', '£', '£', '£', '£', '£', '£'],
          ['Bletchingley', 1257.36, 1466.92, 1676.48, 1886.04, 2305.16, 2724.28, 3143.4, 3772.08],
          ['Burstow', 1260.64, 1470.75, 1680.85, 1890.96, 2311.17, 2731.39, 3151.6, 3781.92],
          ['Caterham on the Hill', 1247.85, 1455.82, 1663.8, 1871.77, 2287.72, 2703.67, 3119.62, 3743.54],
          ['Caterham Valley', 1249.42, 1457.66, 1665.89, 1874.13, 2290.6, 2707.08, valleyG, 3748.26],
          ['Chaldon Village', 1257.84, 1467.48, 1677.12, 1886.76, chaldonE, 2725.32, 3144.6, 3773.52],
        ]),
      ),
      { asOf: '2018-04-01' },
    );

  test("a charge that is not its ninths of the line's Band D is flagged, saying what it should be", async () => {
    expect(loud(await parishes(3123.55))).toEqual([]);
    const out = await parishes(3132.55);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@H9']);
    expect(out.findings[0].message).toContain("15/9 of Band D's £1,874.13 comes to £3,123.55");
  });

  test("summed from four bodies' charges, each rounded, a charge may be a few pence out (11/9 of £1,886.76 is £2,306.04)", async () => {
    // (Band E's own rounding is 11/9 of a penny, then two pence for the charges summed.)
    expect(loud(await parishes(3123.55, 2306.04 + 0.03))).toEqual([]);
    expect(loud(await parishes(3123.55, 2306.04 + 0.04))).toEqual(['amounts.parts-vs-total@F10']);
  });

  test('a heading out of the bands\' order ("C" before "B") heads no charges by band; one that names no band is passed over', async () => {
    expect(loud(await parishes(3132.55, 2306.04, 'X'))).toEqual(['amounts.parts-vs-total@H9']);
    expect(loud(await parishes(3132.55, 2306.04, 'C'))).toEqual([]);
  });
});

describe('figures under band headings that are not charges by band', () => {
  test('dwellings by band, each no share of Band D, are left alone', async () => {
    const out = await check(
      workbook(
        sheet('Dwellings', [
          ['Authority', 'Band A', 'Band B', 'Band C', 'Band D', 'Band E', 'Band F', 'Band G', 'Band H'],
          ['Allerdale', 17800, 8100, 6200, 3900, 2300, 1000, 500, 60],
          ['Barrow', 16400, 5600, 3900, 1900, 900, 400, 200, 20],
          ['Carlisle', 16600, 10100, 7800, 4400, 2500, 1100, 500, 50],
          ['Copeland', 14800, 6900, 4700, 2800, 1300, 500, 200, 20],
        ]),
      ),
    );
    expect(loud(out)).toEqual([]);
    expect(out.readings.map((r) => r.kindReason).join(' ')).not.toContain('council tax band');
  });

  test('a few dwellings by band, near their ninths by chance, are no charges by band', async () => {
    // A parish's tax base form: each line's count within a few of its ninths of Band D's.
    const out = await check(
      workbook(
        sheet('Appendix 1', [
          ['Area', 'ACRISE'],
          ['Line No.', 'Description', 'BAND A', 'BAND B', 'BAND C', 'BAND D', 'BAND E'],
          [1, 'Dwellings', 0, 4, 3, 6, 22],
          [2, 'Exemptions', 0, 0, 0, 0, 1],
          [3, 'Disabled Relief', null, null, null, 1, -1],
          [4, 'Chargeable Dwelling', 0, 4, 3, 7, 20],
          [5, 'Discounts - single', 0, 2, 2, 4, 4],
          [6, 'Discounts - double'],
          [7, 'Discounts - 10%'],
          [8, 'Total Discounts', 0, 2, 2, 4, 4],
        ]),
      ),
    );
    expect(loud(out)).toEqual([]);
    expect(out.readings.map((r) => r.kindReason).join(' ')).not.toContain('council tax band');
  });
});

describe('how large a Band D must be for its line to show charges by band', () => {
  // Whole pounds: a line's ninths tell charges from chance where Band D runs to £100 at least
  // (108 and 99 are the multiples of nine either side, each band a whole pound).
  const whole = (bandD: number, bandA = (bandD * 6) / 9) =>
    check(
      workbook(
        sheet('Charges', [
          ['Parish', 'A', 'B', 'C', 'D', 'E'],
          ['Ash', bandA, (bandD * 7) / 9, (bandD * 8) / 9, bandD, (bandD * 11) / 9],
          ['Elm', (bandD * 6) / 9, (bandD * 7) / 9, (bandD * 8) / 9, bandD, (bandD * 11) / 9],
          ['Oak', (bandD * 6) / 9, (bandD * 7) / 9, (bandD * 8) / 9, bandD, (bandD * 11) / 9],
          ['Yew', (bandD * 6) / 9, (bandD * 7) / 9, (bandD * 8) / 9, bandD, (bandD * 11) / 9],
        ]),
      ),
    );

  test('£108 is a charge: a Band A ten pounds out is flagged', async () => {
    expect(loud(await whole(108))).toEqual([]);
    expect(loud(await whole(108, 82))).toEqual(['amounts.parts-vs-total@B2']);
  });

  test('99 units is too few: the lines are not read as charges by band', async () => {
    expect(loud(await whole(99, 76))).toEqual([]);
  });
});

describe('headings that name a band', () => {
  const headings = (texts: string[]) => new Map(texts.map((t, i) => [i + 2, t]));

  test.each([
    [['A', 'B', 'C', 'D']],
    [['Band A', 'Band B', 'Band C', 'Band D', 'Band E']],
    [['Band A £', 'Band B £', 'Band C £', 'Band D £']],
    [['A (6/9)', 'B (7/9)', 'C (8/9)', 'D (9/9)']],
    [['Band Band A', 'Band Band B', 'Band Band C', 'Band Band D']],
  ])('%j name four bands, Band D among them', (texts) => {
    expect([...(bandsAcross(headings(texts))?.values() ?? [])]).toEqual(
      ['A', 'B', 'C', 'D', 'E'].slice(0, texts.length),
    );
  });

  test.each([[['A', 'B', 'C']], [['E', 'F', 'G', 'H']], [['B', 'A', 'C', 'D']], [['Band A1', 'B', 'C', 'D']]])(
    '%j do not',
    (texts) => {
      expect(bandsAcross(headings(texts))).toBeNull();
    },
  );
});
