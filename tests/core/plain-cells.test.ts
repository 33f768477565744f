/**
 * Cells made plain before a sheet is read: odd spaces from pasted web pages and PDFs, and shares
 * typed as text ("25.76%"), read as a reader sees them.
 */
import type { CellValue } from '../../src/core/snapshot';
import { withPlainCells } from '../../src/core/tables/plain-cells';
import { check, loud, sheet, workbook } from './support/workbooks';

const plain = (values: CellValue[][]) => withPlainCells(sheet('S', values));

describe('withPlainCells', () => {
  test('non-breaking, thin and zero-width spaces become plain spaces or nothing', () => {
    const out = plain([
      ['Up\u00a0to\u00a0£187k', 'Partially\u202fimplemented', 'Jane\u200b Smith', 'Head\u2009of Audit'],
    ]);
    expect(out.values[0]).toEqual(['Up to £187k', 'Partially implemented', 'Jane Smith', 'Head of Audit']);
  });

  test('a percentage typed as text is the share it shows, to the places it shows', () => {
    const out = plain([['25.76%', '40 %', '100%', '-3.5%', '0%']]);
    expect(out.values[0]).toEqual([0.2576, 0.4, 1, -0.035, 0]);
    expect(out.numberFormats?.[0]).toEqual(['0.00%', '0%', '0%', '0.0%', '0%']);
  });

  test('only a percentage and nothing else: words, four digits or a second figure stay text', () => {
    const cells = ['about 25%', '1000%', '25% / 75%', '%', 'Budget %'];
    expect(plain([cells]).values[0]).toEqual(cells);
  });

  test('a whole figure typed as text is that figure; one digit, a leading zero or a decimal stay text', () => {
    const out = plain([['402', '-596', '(1234)', '10', '6', '007', '1.10', '12.5', '(12', 'No. 12']]);
    expect(out.values[0]).toEqual([402, -596, -1234, 10, '6', '007', '1.10', '12.5', '(12', 'No. 12']);
  });

  test('a whole figure with its thousands separated, or a pound sign, is that figure shown so', () => {
    const out = plain([['20,000', '(1,234)', '-12,345,678', '£1,500', '£ 250', '(£2,500)', '1,000,000,000,000']]);
    expect(out.values[0]).toEqual([20000, -1234, -12345678, 1500, 250, -2500, 1e12]);
    expect(out.numberFormats?.[0]).toEqual(['#,##0', '#,##0', '#,##0', '"£"#,##0', '"£"0', '"£"#,##0', '#,##0']);
  });

  test('separators out of place, five groups, or a pound sign after the figure stay text', () => {
    const cells = ['1,23', '12,3456', '0,123', '1,000,000,000,000,000', '1,500£', '£5', '£1,500.50', '1, 500'];
    expect(plain([cells]).values[0]).toEqual(cells);
  });

  test('a sheet with nothing to change is the same object', () => {
    const s = sheet('S', [
      ['Service', 'Share'],
      ['Waste', 0.5],
    ]);
    expect(withPlainCells(s)).toBe(s);
  });
});

describe('a schedule of shares typed as text, checked', () => {
  const schedule = (west: string): CellValue[][] => [
    ['Agreed budget percentages'],
    ['Council', 'Budget %'],
    ['Bracknell Forest', '25.76%'],
    ['West Berkshire', west],
    ['Wokingham', '35.24%'],
    ['Total', '100.00%'],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Budget', rows)), { asOf: '2020-03-31' });

  test('shares adding up to 100% pass; 101% is flagged as it would be typed as numbers', async () => {
    expect(loud(await run(schedule('39.00%')))).toEqual([]);
    expect(loud(await run(schedule('40.00%')))).toEqual(['shares.sum@B6']);
  });
});
