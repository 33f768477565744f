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

describe('a budget statement: the periods under its headings, its profile to date, its surplus', () => {
  const statement = (profileHeader: string, projected = 3297100) =>
    check(
      workbook(
        sheet('Budget statement', [
          ['BUDGET STATEMENT FOR 09 WEEKS ENDING 03.06.2001'],
          [null, 'BUDGET', 'ACTUAL TO', profileHeader, 'VARIANCE', 'PROJECTED'],
          [null, '2001/2002', '03.06.2001', '03.06.2001', '+/-', 'YEAR-END'],
          [null, null, null, null, null, '2001/2002'],
          [null, '£', '£', '£', '£', '£'],
          ['Income'],
          ['Combined Refuse & Cleansing', 3223000, 553267, 551548, 1719, 3223000],
          ['Public Conveniences', 73060, 14192, 13669, 523, 73580],
          ['Total Income', 3296060, 567459, 565217, 2242, projected],
          ['Expenditure'],
          ['Employee-Operational', 1237210, 208370, 230576, 22206, 1237210],
          ['Transport', 1097780, 182028, 183434, 1406, 1097780],
          ['Total Expenditure', 2334990, 390398, 414010, 23612, 2334990],
          ['Contribution to Central O/Heads', 961070, 177061, 151207, -25854, 961070],
          ['Overheads', 91010, 15168, 15168, 0, 91010],
          ['Surplus/(Deficiency)', 870060, 161893, 136039, -25854, 870060],
        ]),
      ),
      { asOf: '2001-06-20' },
    );

  test('the dates, periods and units under the headings are header, not lines; spending under the profile is no shortfall', async () => {
    const result = await statement('TARGET TO');
    expect(result.readings[0].headerRows).toEqual([2, 5]);
    expect(result.readings[0].kind).toBe('figures');
    // The surplus is the contribution less the overheads; the projected income total is £520 out.
    expect(loud(result)).toEqual(['totals.row-mismatch@F9']);
  });

  test('the totals as printed add up', async () => {
    expect(loud(await statement('TARGET TO', 3296580))).toEqual([]);
  });

  test('a target that names a saving beside the budget is still a savings target', async () => {
    const result = await statement('SAVINGS TARGET TO');
    expect(result.readings[0].kind).toBe('savings');
  });
});

describe('a savings report with a second table under a stacked header', () => {
  const report = (delivered: number) =>
    check(
      workbook(
        sheet('Appendix J', [
          ['2019-20 Savings monitoring', '2019-20', '2019-20', '2019-20'],
          [null, 'Target', 'Delivered', 'Variance'],
          [null, "£'000", "£'000", "£'000"],
          ['Chief Executive', 254, 204, 50],
          ['Communities', 332, 332, 0],
          [null, 586, 536, 50],
          [],
          ['2', 'Analysis of delivery against target for managerial and policy decisions:'],
          [null, 'Managerial', '£50 k Off delivery target', null, 'Policy', '£0 k ahead of target'],
          [],
          [null, 'MANAGERIAL', null, null, 'POLICY'],
          [null, '2019-20', '2019-20', '2019-20', '2019-20', '2019-20', '2019-20'],
          [null, 'Target', 'Delivered', 'Variance', 'Target', 'Delivered', 'Variance'],
          [null, "£'000", "£'000", "£'000", "£'000", "£'000", "£'000"],
          ['Chief Executive', 254, delivered, 254 - delivered, 0, 0, 0],
          ['Communities', 300, 300, 0, 32, 32, 0],
          [null, 554, 504, 50, 32, 32, 0],
          [],
          ['3', 'Appendix J(i) : Savings proposals not on target'],
        ]),
      ),
      { asOf: '2019-11-19' },
    );

  test('is a table of its own; words between the tables are no lines with unreadable figures', async () => {
    const result = await report(204);
    expect(result.readings.map((r) => r.headerRows)).toEqual([
      [1, 3],
      [12, 14],
    ]);
    expect(loud(result)).toEqual(['savings.shortfall@C4', 'savings.shortfall@C15']);
  });

  test('its own total is checked against its own lines', async () => {
    expect(loud(await report(214))).toEqual([
      'savings.shortfall@C4',
      'savings.shortfall@C15',
      'totals.row-mismatch@C17',
      'totals.row-mismatch@D17',
    ]);
  });
});

describe('headings under group labels, in columns the labels left blank', () => {
  const summary = (secondRow: CellValue[]) =>
    check(
      workbook(
        sheet('Financial Summary', [
          ['Expenditure', 'P12 - August', null, null, 'Year to date', null, null, 'Full Year', null, 'Forecast'],
          secondRow,
          ['Staffing Total', 499027, 509894, 10867, 6061023, 6378087, 317064, 6378087, 95, 6061023],
          ['Premises Total', 300145, 16792, -283353, 745829, 577861, -167968, 577861, 129, 775715],
          ['Administration Total', 464, 12241, 11777, 508374, 561261, 52887, 561261, 91, 508374],
          ['Grand Total Expenditure', 835636, 538927, -260709, 7315226, 7517209, 201983, 7517209, 97, 7345112],
        ]),
      ),
      { asOf: '2016-08-31' },
    );

  test('"Description | Actual | Budget | Variance" is the header\u2019s second row, and the grand total is checked', async () => {
    const result = await summary([
      'Description',
      'Actual',
      'Budget',
      'Variance',
      'Actual',
      'Budget',
      'Variance',
      'Forecast Budget',
      '% Spent',
      'Expenditure',
    ]);
    expect(result.readings[0].headerRows).toEqual([1, 2]);
    // Actual adds to £799,636, £36,000 short of the total printed.
    expect(loud(result)).toContain('totals.row-mismatch@B6');
  });

  test('a row of words that are no headings under the labels stays a line of the table', async () => {
    const result = await summary(['Staffing', 'tbc', 'tbc', 'tbc', 'tbc']);
    expect(result.readings[0].headerRows).toEqual([1, 1]);
  });
});

describe('savings proposed beside last year\u2019s budget', () => {
  test('"Proposed" is the saving proposed, not a budget profiled to date: less delivered is short', async () => {
    const result = await check(
      workbook(
        sheet('Appendix J(i)', [
          [null, null, '2018-19', "'2019-20", "'2019-20", "'2019-20"],
          ['Department', 'Efficiency description', 'Budget', 'Proposed', 'Delivered', 'Variance'],
          [null, null, "£'000", "£'000", "£'000", "£'000"],
          ['Chief Executive', 'Office running costs', 2381, 97, 47, 50],
          ['Communities', 'Leisure fees', 1200, 60, 60, 0],
          ['Environment', 'Waste rounds', 5400, 120, 120, 0],
        ]),
      ),
      { asOf: '2019-11-19' },
    );
    expect(loud(result)).toEqual(['savings.shortfall@E4']);
  });
});
