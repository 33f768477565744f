/**
 * Quirks of published tables of figures: a total named for the whole the lines are parts of
 * ("Scotland" under Scotland's councils), and fractions ("6/9") under a header that could name shares.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][]) => check(workbook(sheet('Table', rows)), { asOf: '2007-06-30' });

describe('a total named for the whole the lines are parts of', () => {
  const councils = (last: string, total: number): CellValue[][] => [
    ['Share of £168.3 million efficiency savings'],
    [null, '£ million'],
    ['Aberdeen City', 5.1],
    ['Aberdeenshire', 5.9],
    ['Angus', 2.4],
    [last, total],
  ];

  test('"Scotland" on the last line, £1m off the sum of the councils above, is a total that does not add up', async () => {
    expect(loud(await run(councils('Scotland', 14.4)))).toEqual(['totals.row-mismatch@B6']);
    expect(loud(await run(councils('Scotland', 13.4)))).toEqual([]);
  });

  test('a nation among nations is a line like the others, not their total', async () => {
    const nations: CellValue[][] = [
      ['Spending by nation'],
      [null, '£ million'],
      ['England', 120],
      ['Wales', 8],
      ['Scotland', 11],
    ];
    expect(loud(await run(nations))).toEqual([]);
  });

  test('a line of figures below it makes it a line like the others', async () => {
    const rows = [...councils('Scotland', 14.4), ['Orkney', 1.2]];
    expect(loud(await run(rows))).toEqual([]);
  });
});

describe('fractions under a header that could name shares', () => {
  const bands = (ratios: string[]): CellValue[][] => [
    ['Your Council Tax bands 2024-2025'],
    [
      'Tax band',
      'Value range',
      'Proportion of Band D',
      'Council tax £',
      'Single Adult Council Tax (25% discount) £',
      'Per cent increase',
    ],
    ...ratios.map((ratio, i) => [
      String.fromCharCode(65 + i),
      `band ${i + 1}`,
      ratio,
      1480 + 247 * i,
      1110 + 185 * i,
      5.12,
    ]),
  ];

  test('"6/9", "7/9", "8/9" are fractions of band D, not splits between partners', async () => {
    expect(loud(await run(bands(['6/9', '7/9', '8/9', '9/9'])))).toEqual([]);
  });

  test('where half the rows add up to 100% the column is a split, and the others are flagged', async () => {
    const result = await run(bands(['60/40', '50/50', '6/9', '7/9']));
    expect(loud(result).filter((f) => f.startsWith('shares'))).toHaveLength(2);
  });

  test('where fewer than half do, it is not', async () => {
    expect(loud(await run(bands(['60/40', '6/9', '7/9', '8/9'])))).toEqual([]);
  });
});

describe('a header Concordat does not know over the row labels', () => {
  /** The Green Book's libraries page: each council's population, its share (formatted 0%) and its amount. */
  const greenBook = (figureColumns: number) => {
    const rows: CellValue[][] = [
      ['Libraries'],
      ['indicators', 'Adjusted Population', 'Share', 'GAE (£000s)'],
      ['Aberdeen City', 237792, 0.4, 400],
      ['Aberdeenshire', 252572, 0.35, 350],
      ['Angus', 113043, 0.25, 290],
    ].map((row) => row.slice(0, 1 + figureColumns));
    const table = sheet('Table', rows);
    table.numberFormats = rows.map((row) => row.map((_, c) => (c === 2 ? '0%' : null)));
    return check(workbook(table), { asOf: '2007-06-30' });
  };

  test('"indicators" over names beside columns of figures is the label column: the rows share the total', async () => {
    const result = await greenBook(3);
    expect(result.readings[0].columns[0]).toMatchObject({ header: 'indicators', meaning: 'service' });
    // Angus's £290k against a 25% share of the £1,040k: the amount does not match the share.
    expect(loud(result)).toContain('amounts.split-mismatch@D5');
  });

  test('beside two columns of figures it is read as the labels; beside one, it is not', async () => {
    expect((await greenBook(2)).readings[0]?.columns[0]?.meaning).toBe('service');
    expect((await greenBook(1)).readings[0]?.columns[0]?.meaning).not.toBe('service');
  });
});
