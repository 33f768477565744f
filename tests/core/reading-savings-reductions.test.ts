/**
 * Savings printed as reductions ("-1,385" a target to save £1.385m), and proposals measured against
 * their targets by a variance column with no column headed as achieved.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][]) => check(workbook(sheet('Efficiency proposals', rows)), { asOf: '2011-11-28' });

const HEADER = ['Totals by Department', "2012/13 '000", "2013/14 '000", "3 years '000", "Target '000", 'Variance'];

describe('proposals against targets, all printed as reductions', () => {
  const lines: CellValue[][] = [
    ['Chief Executive', -573, -615, -1188, -1385, 197],
    ['Education & Children', -1177, -2853, -4030, -4931, 901],
    ['Regeneration & Leisure', -554, -862, -1416, -1413, -3],
    ['Resources', -902, -793, -1695, -1696, 1],
  ];

  test('the variance names the proposals as what is achieved; less saved than the target is short', async () => {
    const result = await run([HEADER, ...lines]);
    expect(meaningOf(result, "3 years '000")).toBe('achieved');
    // Regeneration saves 3 more than its target; Resources falls short by 1 (£1,000).
    expect(loud(result)).toEqual(['savings.shortfall@D2', 'savings.shortfall@D3', 'savings.shortfall@D5']);
  });

  test('with one target in five above nothing, savings still read as reductions; with two in five, as they stand', async () => {
    const fifth: CellValue[] = ['Corporate', 100, 50, 150, 120, 30];
    expect(loud(await run([HEADER, ...lines, fifth]))).toEqual([
      'savings.shortfall@D2',
      'savings.shortfall@D3',
      'savings.shortfall@D5',
      // (Against the others' sign, 150 towards a 120 reduction is 30 short of it.)
      'savings.shortfall@D6',
    ]);
    const sixth: CellValue[] = ['Housing', 10, 10, 20, 40, -20];
    const mixed = loud(await run([HEADER, ...lines.slice(0, 3), fifth, sixth]));
    // Read as they stand: Regeneration's -1,416 against -1,413 is short, Housing's 20 against 40 too.
    expect(mixed).toEqual(['savings.shortfall@D4', 'savings.shortfall@D6']);
  });

  test('a variance that is no difference of the two names nothing achieved', async () => {
    const result = await run([
      HEADER,
      ['Chief Executive', -573, -615, -1188, -1385, 50],
      ['Education & Children', -1177, -2853, -4030, -4931, 60],
      ['Resources', -902, -793, -1695, -1719, 70],
    ]);
    expect(meaningOf(result, "3 years '000")).not.toBe('achieved');
  });
});
