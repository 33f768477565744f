/**
 * Years typed wrong wherever they stand on a sheet, as a reader of a committee paper notices them:
 * "2014/14", "Out-turn 2015.15 Budget", "the financial year 2000-02", a period ending before it
 * begins, "Last revised May 2106". Dates, times, minute numbers and references are no years.
 */
import { sheetSpans, yearTypos } from '../../src/core/parse/year-typos';
import { check, loud, sheet, workbook } from './support/workbooks';

/** Other headings a sheet prints its financial years with. */
const SHEET = ['Budget 2016/17', 'Forecast 2015.16', 'Outturn 1989–90', '2012-13'];

/** What `text` is read as, on a sheet that also prints `others`. */
const typos = (text: string, others = SHEET) =>
  yearTypos(text, sheetSpans([text, ...others])).map((t) => `${t.kind}: ${t.text} → ${t.expected}`);

describe('a financial year typed wrong', () => {
  test.each([
    ['65 2014/14 Treasury Management Update', 'no span: 2014/14 → 2014/15'],
    ['Out-turn 2015.15 Budget', 'no span: 2015.15 → 2015.16'],
    ['2019 /19', 'no span: 2019 /19 → 2019/20'],
    ['Management Accounts for 2016-16, which will include', 'no span: 2016-16 → 2016-17'],
    ['Expenditure 1992–91', 'backwards: 1992–91 → 1992–93 or 1991–92'],
    // (Ten years back is a digit typed wrong; eleven is no financial year at all.)
    ['1990–80 outturn', 'backwards: 1990–80 → 1990–91'],
    ['Difference 1983–1983', 'no span: 1983–1983 → 1983–84'],
  ])('%s', (text, read) => {
    expect(typos(text)).toEqual([read]);
  });

  test.each([
    ['1991–80 outturn', 'eleven years back'],
    ['1999/00', 'the century turning'],
    ['2014/15', 'a year'],
    ['2013/2014', 'a year in full'],
    ['Minutes 2017-06-07', 'a date'],
    ['Meeting on 7 Feb 2020 - 10:30', 'a time'],
    ['12th Jan 2015 – 5th Nov 2015', 'two dates'],
    ['Period: 24 May 2016 - 06 July 2016', "a date's year, then the next date"],
    ['Planning Application 2011/1916', 'a reference'],
    ['Paid £2015.15 to the contractor', 'a sum'],
    ['Budget 2024/4', 'an ending of one digit'],
  ])('%s is no year typed wrong (%s)', (text) => {
    expect(typos(text)).toEqual([]);
  });

  test('a span is only read as a year where the sheet prints its years with that separator', () => {
    expect(typos('2014/14 report', ['2015/16'])).toEqual(['no span: 2014/14 → 2014/15']);
    expect(typos('2014/14 report', ['2015-16'])).toEqual([]);
    expect(typos('2014/14 report', [])).toEqual([]);
  });

  test("a year printed with three endings is a minute's number; with two, one may be a slip", () => {
    const minutes = ['2018/19 Minutes of the last meeting', '2018/20 Matters arising'];
    expect(typos('2018/18 Apologies', minutes)).toEqual([]);
    expect(typos('2018/18 Apologies', minutes.slice(0, 1))).toEqual(['no span: 2018/18 → 2018/19']);
  });
});

describe('a span called one year', () => {
  test.each([
    ['Vice-Chair for the year 2014-25.', 'years for one: 2014-25 → 2014-15 or 2024-25'],
    ['FOR FINANCIAL YEAR 2000-02', 'years for one: 2000-02 → 2000-01 or 2001-02'],
    ['over the previous year 2020/22.', 'years for one: 2020/22 → 2020/21 or 2021/22'],
  ])('%s', (text, read) => {
    expect(typos(text, [])).toEqual([read]);
  });

  test.each([
    ['the ten year plan 2001-11', 'a plan of ten years'],
    ['our 3-year plan 2022-25', 'a plan of three years'],
    ['the capital programme 2014-18', 'no year named'],
    ['the year 2021-22', 'one year'],
  ])('%s is left alone (%s)', (text) => {
    expect(typos(text, [])).toEqual([]);
  });
});

describe('a period that ends before it starts', () => {
  test('the end a year short of the start is read, a day either side of it decides', () => {
    const text = (end: string) => `recommendations for the period 1 October 2017 to ${end}.`;
    expect(typos(text('31 March 2017'), [])).toEqual([
      'ends before it starts: 1 October 2017 to 31 March 2017 → 31 March 2018',
    ]);
    expect(typos(text('30 September 2017'), [])).toEqual([
      'ends before it starts: 1 October 2017 to 30 September 2017 → 30 September 2018',
    ]);
    expect(typos(text('1 October 2017'), [])).toEqual([]);
    expect(typos(text('31 March 2018'), [])).toEqual([]);
  });
});

describe("a month's year in the next century, two digits swapped", () => {
  // A parish council's risk assessment: its title and when it was last revised.
  const assessment = (revised: string, asOf: string) =>
    check(
      workbook(
        sheet('Risk Assessment', [
          ['OXTON PARISH COUNCIL - RISK ASSESSMENT'],
          [`Last revised ${revised}`],
          ['Item', 'Risk', 'Control', 'Review'],
          ['Play equipment', 'Injury from broken equipment', 'Weekly inspection by the clerk', 'Annually'],
        ]),
      ),
      { asOf },
    );

  test('"May 2106" in a paper of 2016 is said, with the year meant', async () => {
    const result = await assessment('May 2106', '2016-05-31');
    expect(loud(result)).toContain('year.mistyped@A2');
    expect(result.findings.find((f) => f.ruleId === 'year.mistyped')?.message).toBe(
      '"May 2106" is a century or so after the check\'s date, two digits swapped, so May 2016 is probably meant.',
    );
  });

  test('the year meant must lie within ten years of the check', async () => {
    // (2106 swapped is 2016: ten years before 2026 is read, eleven before 2027 is not.)
    expect(loud(await assessment('May 2106', '2026-05-31'))).toContain('year.mistyped@A2');
    expect(loud(await assessment('May 2106', '2027-05-31'))).not.toContain('year.mistyped@A2');
    // (A long lease's end: "March 2125" swapped is 2215, no year near any check.)
    expect(loud(await assessment('March 2125', '2016-05-31'))).not.toContain('year.mistyped@A2');
    expect(loud(await assessment('May 2016', '2016-05-31'))).not.toContain('year.mistyped@A2');
  });

  test.each([
    ['Approval required for 2104/15 expenditure', 'far ahead: 2104/15 → 2014/15'],
    ['noting that savings 2122-16 and 2122-57', null],
  ])('%s', (text, read) => {
    expect(typos(text, [])).toEqual(read ? [read] : []);
  });
});

describe('years typed wrong on a sheet', () => {
  test('are said where they stand, beside a table, and not again where its run of years shows them', async () => {
    const result = await check(
      workbook(
        sheet('Review', [
          ['EPPING FOREST DISTRICT COUNCIL - HRA BUSINESS PLAN REVIEW Q2 (October 2016)'],
          ['2.1 The table below shows the budgets to which our modelling is launched:'],
          ["£'000", 'Forecast 2015.16 Budget', 'Out-turn 2015.15 Budget', 'Original 2016.17 Budget'],
          ['Rental Income', 32292, 32150, 32029],
          ['Service Charges', 1641, 1831, 1665],
          ['Total Income', 33933, 33981, 33694],
        ]),
      ),
      { asOf: '2016-10-19' },
    );
    expect(loud(result)).toEqual(['year.mistyped@C3']);
    expect(result.findings[0].message).toBe(
      '"2015.15" starts and ends in the same year, so 2015.16 is probably meant.',
    );
  });

  test('a line of a run of years that slips is said once, by the run', async () => {
    const years = ['1982–83', '1983–84', '1984–85', '1985–85', '1986–87', '1987–88'];
    const result = await check(
      workbook(sheet('Table', [['Year', 'Allocation £000'], ...years.map((y, i) => [y, 7000 + 500 * i])])),
      { asOf: '1991-05-23' },
    );
    expect(loud(result)).toEqual(['year.out-of-sequence@A5']);
  });
});

describe('a figure typed with a letter for a digit, wherever it stands among figures', () => {
  // A written answer: a table of grants by year, then the next year's figures on a line of their
  // own under the same headings, as the printed page sets them.
  const answer = (cell: string, gap = 0) =>
    check(
      workbook(
        sheet('Written answer', [
          ['Item', '1974–75', '1975–76', '1976–77'],
          ['Welsh Books Grant', 25000, 25000, 45000],
          ['Mudiad Ysgolion Meithrin', 15000, 24400, 36200],
          ['Total', 40000, 49400, 81200],
          ...Array.from({ length: gap }, () => [] as string[]),
          [null, cell],
        ]),
      ),
      { asOf: '1979-02-01' },
    );

  test('beside other figures on its line, it is said once, with what was expected', async () => {
    const result = await check(
      workbook(
        sheet('Council Tax Benefit', [
          ['Council tax benefit expenditure for England and Wales'],
          ['£ million, nominal'],
          [null, '2006-07', '2007-08', '2008-09'],
          ['England', 3382, 3508, 3658],
          ['Wales', 172, '18O', 188],
        ]),
      ),
      { asOf: '2008-10-28' },
    );
    expect(loud(result)).toEqual(['cell.unreadable@C5']);
    expect(result.findings[0].message).toContain('"18O"');
  });

  test('alone on its line, a figure two rows below it in its column counts; three rows does not', async () => {
    expect(loud(await answer('13,O16', 1))).toEqual(['cell.unreadable@B6']);
    expect(loud(await answer('13,O16', 2))).toEqual([]);
  });

  test('a code or a year with a footnote mark is no figure mistyped', async () => {
    expect(loud(await answer('O2'))).toEqual([]);
    expect(loud(await answer('2022I'))).toEqual([]);
    expect(loud(await answer('£1OO'))).toEqual(['cell.unreadable@B5']);
  });
});

test("a figure mistyped in a table's column of figures is said once, though two readings come to it", async () => {
  const result = await check(
    workbook(
      sheet('Budget', [
        ['Heading', 'Budget 2024/25 £'],
        ['Grass cutting', 2500],
        ['Play area maintenance', '£6,8OO'],
        ['Insurance', 1200],
        ['Audit', 400],
        ['Total', 10900],
      ]),
    ),
    { asOf: '2024-04-01' },
  );
  expect(loud(result)).toEqual(['cell.unreadable@B3']);
});
