/**
 * A column each line's figure of which is two of its other figures' quotient ("Funding per head"
 * as grants over population, a parish's Band D charge as its precept over its tax base): found by
 * the figures, and each line held to it within the rounding of all three.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

// Police grant per head of population, south-east England, 2007-08 (a written answer).
const LINES: [string, number, number, number][] = [
  ['Hampshire', 233.17, 1.81, 128.82],
  ['Kent', 235.37, 1.62, 145.29],
  ['Surrey', 114.32, 1.08, 105.85],
  ['Sussex', 198.89, 1.52, 130.85],
  ['Thames Valley', 270.72, 2.14, 126.5],
];

const perHead = (lines: [string, number, number, number][] = LINES) =>
  check(
    workbook(
      sheet('Written answer', [
        [
          'Police authority',
          'Total grants 2007-08 (£ million)',
          'Resident population mid-2005 (million)',
          'Funding per head of population 2007-08 (£)',
        ],
        ...lines.map((l): CellValue[] => l),
      ]),
    ),
    { asOf: '2007-07-23' },
  );

const withLine = (i: number, line: [string, number, number, number]) => LINES.map((l, k) => (k === i ? line : l));

describe('a figure per head: each line its grants over its population', () => {
  test('read from the figures; a line whose grants were mistyped is flagged on its figure per head', async () => {
    expect(loud(await perHead())).toEqual([]);
    const out = await perHead(withLine(1, ['Kent', 253.37, 1.62, 145.29]));
    expect(loud(out)).toEqual(['amounts.parts-vs-total@D3']);
    expect(out.findings[0].message).toBe(
      'Kent: Total grants 2007-08 (£ million) over Resident population mid-2005 (million) comes to £156.40, but Funding per head of population 2007-08 (£) shows £145.29 (a difference of £11.11).',
    );
  });

  test("within the three figures' rounding: population to 0.01m moves £128.82 by up to 36p", async () => {
    // 233.17 over 1.81 is 128.823; 0.005m of 1.81m allows 0.359, and half a penny above it.
    expect(loud(await perHead(withLine(0, ['Hampshire', 233.17, 1.81, 129.18])))).toEqual([]);
    expect(loud(await perHead(withLine(0, ['Hampshire', 233.17, 1.81, 129.19])))).toEqual([
      'amounts.parts-vs-total@D2',
    ]);
  });

  test('three lines with quotients of their own show it; two do not', async () => {
    // (Three holding and one out of step: the one is flagged. Two holding show nothing.)
    const three = LINES.slice(0, 3).concat([['Sussex', 198.89, 1.52, 150]]);
    expect(loud(await perHead(three))).toEqual(['amounts.parts-vs-total@D5']);
    const two = LINES.slice(0, 2).concat([['Sussex', 198.89, 1.52, 150]]);
    expect(loud(await perHead(two))).toEqual([]);
  });

  test("lines whose figures' rounding moves their quotient by a tenth or more show none", async () => {
    // A population printed to 0.1m: at 0.6m its rounding moves the quotient by 8.3%, at 0.5m by
    // 10% and a hair (the grants' rounding with it). Three lines of each, and a fourth out of step.
    const small = (populations: number[]): [string, number, number, number][] =>
      [61, 72, 83].map((grants, i): [string, number, number, number] => [
        `Force ${i + 1}`,
        grants,
        populations[i],
        Math.round((grants / populations[i]) * 100) / 100,
      ]);
    expect(loud(await perHead([...small([0.6, 0.7, 0.8]), ['Force 4', 90, 0.9, 250]]))).toEqual([
      'amounts.parts-vs-total@D5',
    ]);
    expect(loud(await perHead([...small([0.5, 0.4, 0.3]), ['Force 4', 90, 0.2, 900]]))).toEqual([]);
  });

  test('nil lines show no quotient: nought over anything is nought', async () => {
    const nil: [string, number, number, number][] = [
      ['Hampshire', 0, 1.81, 0],
      ['Kent', 0, 1.62, 0],
      ['Surrey', 114.32, 1.08, 105.85],
      ['Sussex', 0, 1.52, 0],
      ['Thames Valley', 270.72, 2.14, 140],
    ];
    expect(loud(await perHead(nil))).toEqual([]);
  });
});

test('a quotient scaled as its units make it: £000 over heads is pounds per head times a thousand', async () => {
  const costs = (leeds: number) =>
    check(
      workbook(
        sheet('Costs', [
          ['Council', 'Net cost £000', 'Population', 'Cost per head £'],
          ['Bradford', 5000, 20000, 250],
          ['Calderdale', 2600, 13000, 200],
          ['Kirklees', 4410, 21000, 210],
          ['Leeds', 9000, 30000, leeds],
        ]),
      ),
      { asOf: '2020-01-01' },
    );
  expect(loud(await costs(300))).toEqual([]);
  expect(loud(await costs(330))).toEqual(['amounts.parts-vs-total@D5']);
});

test('whole counts under ten coming out right show no quotient; tens do', async () => {
  const counts = (scale: number) =>
    check(
      workbook(
        sheet('Complaints', [
          ['Service', 'Received', 'Staff', 'Per member of staff'],
          ['Customer Services', 4 * scale, 2, 2 * scale],
          ['Planning', 9 * scale, 3, 3 * scale],
          ['Housing', 16 * scale, 4, 4 * scale],
          ['Parking', 25 * scale, 5, 5 * scale],
          ['Revenues', 36 * scale, 6, 7 * scale],
        ]),
      ),
      { asOf: '2013-10-01' },
    );
  expect(loud(await counts(1))).toEqual([]);
  expect(loud(await counts(10))).toEqual(['amounts.parts-vs-total@D6']);
});

test('a rate cut to its places, not rounded, holds below its figures by up to a whole unit', async () => {
  // Police officers per 1,000 population: 719 over 278,000 is 2.586 per 1,000, printed 2.58.
  const rates = (central: number) =>
    check(
      workbook(
        sheet('Police per 1,000', [
          ['Force', 'Estimated population', 'No. of police officers', 'No. per 1,000 population'],
          ['Central', 278000, 719, central],
          ['Dumfries & Galloway', 145800, 474, 3.25],
          ['Fife', 350400, 883, 2.52],
          ['Grampian', 523400, 1274, 2.43],
          ['Lothian & Borders', 890500, 2646, 2.97],
        ]),
      ),
      { asOf: '2001-11-06' },
    );
  expect(loud(await rates(2.58))).toEqual([]);
  // (Above its figures only half a unit is allowed: 2.60 is out.)
  expect(loud(await rates(2.6))).toEqual(['amounts.parts-vs-total@D2']);
  expect(loud(await rates(2.57))).toEqual(['amounts.parts-vs-total@D2']);
});
