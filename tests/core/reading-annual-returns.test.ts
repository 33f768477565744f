/**
 * A parish or town council's annual return: the accounting statements every small council in
 * England files, box by box, for the year before and the year just ended. Box 7 is box 1 with the
 * "(+)" lines added and the "(-)" lines taken off, and this year's box 1 is last year's box 7.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const statements = (
  opening2019: CellValue,
  payments2019: CellValue,
  headers: [string, string] = ['31 March 2018 £', '31 March 2019 £'],
): CellValue[][] => [
  ['Section 2 – Accounting Statements 2018/19 for'],
  ['LONGSDON PARISH COUNCIL'],
  [null, null, 'Year ending', null, 'Notes and guidance'],
  [null, null, headers[0], headers[1], 'Please round all figures to nearest £1.'],
  ['1.', 'Balances brought forward', 7101, opening2019, 'Value must agree to Box 7 of previous year.'],
  ['2.', '(+) Precept or Rates and Levies', 4421, 4486, 'Total amount of precept received.'],
  ['3.', '(+) Total other receipts', 689, 393, 'Total income or receipts as recorded.'],
  ['4.', '(-) Staff costs', 938, 1287, 'Total expenditure or payments made to employees.'],
  ['5.', '(-) Loan interest/capital repayments', 0, 0, 'Total payments of capital and interest.'],
  ['6.', '(-) All other payments', 2065, payments2019, 'Total expenditure or payments as recorded.'],
  ['7.', '(=) Balances carried forward', 9208, 10722, 'Total balances and reserves at the end of the year.'],
  ['8.', 'Total value of cash and short term investments', 9208, 10722, 'The sum of all bank balances.'],
  ['9.', 'Total fixed assets plus long term investments and assets', 13301, 13301, 'The value of all property.'],
];
const run = (rows: CellValue[][]) => check(workbook(sheet('Section 2', rows)), { asOf: '2019-06-30' });

describe("an annual return's accounting statements, boxes numbered in a column of their own", () => {
  test('as filed, every box adds up', async () => {
    expect(loud(await run(statements(9208, 2078)))).toEqual([]);
  });

  test('box 7 is box 1 with the (+) lines added and the (-) lines taken off', async () => {
    // 9,208 + 4,486 + 393 - 1,287 - 0 - 2,178 = 10,622, not 10,722.
    expect(loud(await run(statements(9208, 2178)))).toEqual(['totals.row-mismatch@D11']);
  });

  test('"2.078" for 2,078 among whole pounds, which box 7 counts so, is said on its cell', async () => {
    expect(loud(await run(statements(9208, '2.078')))).toEqual(['cell.unreadable@D10']);
  });
});

describe("this year's balance brought forward is last year's carried forward", () => {
  test('a slip in box 1 of the later year is said there, and box 7 below it is then out too', async () => {
    // Last year closed at 9,208; this year opens at 9,280.
    expect(loud(await run(statements(9280, 2078)))).toEqual(['amounts.parts-vs-total@D5', 'totals.row-mismatch@D11']);
  });

  test('headers printed alike, the years lost, are still one year after the other', async () => {
    const alike = statements(9280, 2078, ['31st March', '31st March']);
    expect(loud(await run(alike))).toContain('amounts.parts-vs-total@D5');
  });

  test('columns with no header name no period: nothing is carried between them', async () => {
    // After a housing charity's accounts: this year's funds, their total, then last year's, under a title.
    const retained = (carried: number) =>
      check(
        workbook(
          sheet('Accounts', [
            ['Statement of Retained Surplus'],
            ['Retained Surplus Brought Forward', 405742, 405742, 388762],
            ['Surplus (Deficit) for the Year', 16764, 16764, 16980],
            ['Retained Surplus Carried Forward', carried, 422506, 405742],
          ]),
        ),
      );
    expect(loud(await retained(422506))).toEqual([]);
    expect(loud(await retained(422560))).toEqual(['totals.row-mismatch@B4']);
  });

  test('years that are not one after the other carry nothing between them', async () => {
    const apart = statements(9280, 2078, ['31 March 2017 £', '31 March 2019 £']);
    expect(loud(await run(apart))).not.toContain('amounts.parts-vs-total@D5');
  });
});

describe('the explanation of variances sent with the return, its last heading running on into guidance', () => {
  // After a parish council's form: the guidance in brackets makes the heading long, not a sentence of data.
  const GUIDANCE = ' (for each reason noted please include monetary values (to nearest £10)';
  const form = (explanation: string, box6Variance: number) =>
    check(
      workbook(
        sheet('Variances', [
          ['Explanation of significant variances in the accounting statements - Section 2'],
          [],
          ['Section 2', '2018/19 £', '2019/20£', 'Variance (+/-) £', explanation],
          ['Box 2 Precept', 800, 800, 0, null],
          ['Box 3 Other income', 311, 217, -94, 'Sale of scaffolding last year £50'],
          ['Box 4 Staff costs', 0, 0, 0, null],
          ['Box 6 Other payments', 884, 1268, box6Variance, 'Lengthman’s payment, planters and road signs'],
          ['Box 7 Balances carried forward', 954, 703, -251, 'A reserve of £700 was thought sufficient'],
        ]),
      ),
    );

  test('is read: a variance that is not the difference between the years is flagged', async () => {
    const heading = `Detailed explanation of variance${GUIDANCE}`;
    expect(heading.length).toBeGreaterThan(90);
    expect(loud(await form(heading, 384))).toEqual([]);
    expect(loud(await form(heading, 348))).toEqual(['amounts.parts-vs-total@D7']);
  });

  test('a heading of over 90 characters with no guidance in brackets is a sentence of data, as before', async () => {
    const sentence = `Detailed explanation of variance for each reason noted, please include monetary values to the nearest £10`;
    expect(loud(await form(sentence, 348))).toEqual([]);
  });
});
