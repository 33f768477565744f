/**
 * Lines labelled a year at a time, as tables of spending over the years print them: a label that
 * repeats the year above it where the run then skips the year it should have been, one out of its
 * place, or a financial year spanning other than one year, is said on its line.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

// A written answer's table: the allocation each year, a total under them.
const allocations = (years: string[]): CellValue[][] => {
  const figures = years.map((_, i) => 7000 + 500 * i);
  return [
    ['Year', 'Allocation £000'],
    ...years.map((y, i) => [y, figures[i]]),
    ['Total', figures.reduce((a, b) => a + b, 0)],
  ];
};
const run = (years: string[]) => check(workbook(sheet('Table', allocations(years))), { asOf: '1991-05-23' });
const RUN = ['1982–83', '1983–84', '1984–85', '1985–86', '1986–87', '1987–88', '1988–89', '1989–90'];
const swap = (i: number, label: string) => RUN.map((y, k) => (k === i ? label : y));

describe('lines labelled a year at a time', () => {
  test('a run a year at a time, up or down, with footnote marks, is left alone', async () => {
    expect(loud(await run(RUN))).toEqual([]);
    expect(loud(await run([...RUN].reverse()))).toEqual([]);
    expect(loud(await run(swap(4, '1986–87*')))).toEqual([]);
    expect(loud(await run(swap(4, '1986-871')))).toEqual([]);
  });

  test('the year above given again, the next a year past the one it should be, is said', async () => {
    const result = await run(swap(6, '1987–88'));
    expect(loud(result)).toEqual(['year.out-of-sequence@A8']);
    expect(result.findings[0].message).toBe(
      '"1987–88" repeats the year before it: the years run one at a time, so 1988–89 is probably meant.',
    );
  });

  test('a repeat followed by the next year in turn, or at the foot of the lines, shows no slip', async () => {
    // ("1987–88" twice, then "1988–89": a line printed twice, or a year split in two.)
    expect(loud(await run([...RUN.slice(0, 6), '1987–88', ...RUN.slice(6)]))).toEqual([]);
    expect(loud(await run([...RUN, '1989–90']))).toEqual([]);
  });

  test('a year out of its place between two a year either side of where it should be is said', async () => {
    expect(loud(await run(swap(3, '1988–89')))).toEqual(['year.out-of-sequence@A5']);
    // (A year left out, the run going on from the next, is no label out of place.)
    expect(loud(await run(RUN.filter((_, k) => k !== 3)))).toEqual([]);
  });

  test('a financial year spanning two years or none among lines spanning one is said', async () => {
    expect(loud(await run(swap(2, '1984–86')))).toEqual(['year.out-of-sequence@A4']);
    expect(loud(await run(swap(2, '1984/84')))).toEqual(['year.out-of-sequence@A4']);
    expect(loud(await run(swap(2, '1984/85')))).toEqual([]);
  });

  test('four lines, the third repeating the second and the fourth going on past it, are a run (leaders and all)', async () => {
    // A written answer's capital budget by year, "1976–77 …" with the leader dots printed.
    const leaders = ['1976–77 …', '1977–78 …', '1977–78 …', '1979–80 …'];
    expect(loud(await run(leaders))).toEqual(['year.out-of-sequence@A4']);
    // (Going on two years past the repeat is no year in turn: nothing shows a run.)
    expect(loud(await run(['1976–77', '1977–78', '1977–78', '1980–81']))).toEqual([]);
    // (Nor where other steps run back: a savings tracker's years, one line a scheme.)
    const schemes = ['2010/11', '2010/11', '2011/12', '2009/10', '2008/09', '2008/09', '2010/11'];
    expect(loud(await run(schemes))).toEqual([]);
  });

  test('years picked out here and there, or three lines of them, are no run', async () => {
    expect(loud(await run(['1982', '1990', '1985', '1985', '2001']))).toEqual([]);
    expect(loud(await run(['1982–83', '1983–84', '1983–84']))).toEqual([]);
  });
});

describe('a table of figures by year with no total', () => {
  // A written answer's allocations by year, cash and at constant prices, with no total line.
  const table = (label: string) =>
    check(
      workbook(
        sheet('Table', [
          ['Year', 'Allocation cash', 'Allocation 1990–91 cash levels'],
          ['1984–85', 8454184, 12793463],
          ['1985–86', 9049056, 12985938],
          ['1986–87', 9615451, 13342496],
          ['1987–88', 10215098, 13441945],
          [label, 11276275, 13828885],
          ['1989–90', 12330178, 14215832],
        ]),
      ),
      { asOf: '1991-05-23' },
    );

  test('is read for its years where one slips from the run, and left alone where none does', async () => {
    const slipped = await table('1987–88');
    expect(loud(slipped)).toEqual(['year.out-of-sequence@A6']);
    const ordered = await table('1988–89');
    expect(loud(ordered)).toEqual([]);
    expect(ordered.skippedSheets).toEqual(['Table']);
  });
});

describe('headings a year at a time across the columns', () => {
  const grants = (headings: string[]) =>
    check(
      workbook(
        sheet('Written answer', [
          ['Local enterprise company', ...headings],
          ['Fife', 3236679, 2534615, 8490673, 3267575, 2088126],
          ['Forth Valley', 2354804, 387762, 92922, 111337, 0],
          ['Glasgow', 7719243, 6474247, 4727777, 6695641, 557089],
          ['Lanarkshire', 6498811, 3212553, 7231316, 1881111, 1525000],
        ]),
      ),
      { asOf: '2005-12-31' },
    );

  test('a heading out of its place is said; one repeating the year before it is year.repeated', async () => {
    const result = await grants(['2000', '2001', '2005', '2003', '2004']);
    expect(loud(result)).toEqual(['year.out-of-sequence@D1']);
    expect(result.findings[0].message).toBe(
      '"2005" is out of its place between the years either side: the years run one at a time, so 2002 is probably meant.',
    );
    expect(loud(await grants(['2000', '2001', '2002', '2002', '2004']))).toEqual(['year.repeated@E1']);
    expect(loud(await grants(['2000', '2001', '2002', '2003', '2004']))).toEqual([]);
  });

  test("a note's mark on some headings does not make their words differ", async () => {
    // A health authority's provision year by year, with its total: the table is read for its
    // total, and its headings for a year printed twice ("1985–86*": an estimate, marked).
    const provision = (headings: string[]) =>
      check(
        workbook(
          sheet('Written answers', [
            ['', ...headings],
            ['Clwyd', 63640, 66668, 75118, 75886],
            ['Gwent', 82281, 85831, 93021, 93424],
            ['Gwynedd', 37071, 39304, 42456, 42877],
            ['Total', 182992, 191803, 210595, 212187],
          ]),
        ),
        { asOf: '1985-12-31' },
      );
    expect(loud(await provision(['1978–79', '1979–80', '1979–80', '1981–82*']))).toEqual(['year.repeated@D1']);
    expect(loud(await provision(['1978–79¹', '1979–80³,⁴', '1979–80³,⁴', '1981–82²']))).toEqual(['year.repeated@D1']);
    expect(loud(await provision(['1978–79', '1979–80', '1980–81', '1981–82*']))).toEqual([]);
    // (Words that differ still do: a year in cash and in real terms is no slip.)
    expect(loud(await provision(['1978–79', '1979–80 cash', '1979–80 real terms', '1981–82']))).toEqual([]);
  });
});

describe('headings a year at a time with words of their own', () => {
  // A written answer's spending by programme: outturns, then an estimate and a budget named so.
  const spending = (headings: string[], figures: number[][] = SPENDING) =>
    check(
      workbook(
        sheet('R and D expenditure', [
          ['', ...headings],
          ...['Wave', 'Solar', 'Geothermal'].map((name, i) => [name, ...figures[i]]),
          ['Grand Total', ...figures[0].map((_, k) => figures.reduce((sum, line) => sum + line[k], 0))],
        ]),
      ),
      { asOf: '1987-12-31' },
    );
  const SPENDING = [
    [1500000, 2100000, 1300000, 700000, 500000, 600000],
    [2400000, 2500000, 2800000, 2300000, 2200000, 1800000],
    [3100000, 3700000, 4200000, 4600000, 4800000, 4100000],
  ];
  const AFTER = ['Estimated Outturn 1986–87', 'Budget Provision 1987–88'];

  test('a year printed twice where the run then skips the year it should have been is said', async () => {
    const result = await spending(['1982–83', '1983–84', '1983–84', '1985–86', ...AFTER]);
    expect(loud(result)).toEqual(['year.out-of-sequence@D1']);
    expect(result.findings[0].message).toBe(
      '"1983–84" repeats the year before it: the years run one at a time, so 1984–85 is probably meant.',
    );
    expect(loud(await spending(['1982–83', '1983–84', '1984–85', '1985–86', ...AFTER]))).toEqual([]);
  });

  test('a year printed twice and the run going on to the next is no slip, nor a column printed twice', async () => {
    // (An outturn and an estimate for the same year, then the next year: both columns are that year.)
    expect(
      loud(
        await spending([
          '1982–83',
          '1983–84',
          '1984–85',
          '1984–85',
          'Estimated Outturn 1985–86',
          'Budget Provision 1986–87',
        ]),
      ),
    ).toEqual([]);
    const twice = SPENDING.map((line) => [line[0], line[1], line[1], ...line.slice(3)]);
    expect(loud(await spending(['1982–83', '1983–84', '1983–84', '1985–86', ...AFTER], twice))).toEqual([]);
  });

  test('years headed with words, and a total over the years they span, read as headings', async () => {
    const worded = ['Year 1982–83', 'Year 1983–84', 'Year 1983–84', 'Year 1985–86', 'Year 1986–87', 'Total 1982–88'];
    expect(loud(await spending(worded))).toEqual(['year.out-of-sequence@D1']);
    expect(loud(await spending(worded.map((h, i) => (i === 2 ? 'Year 1984–85' : h))))).toEqual([]);
  });

  test('a heading of more than forty characters is a sentence, not a year', async () => {
    const third = (heading: string) => spending(['1982–83', '1983–84', heading, '1985–86', ...AFTER]);
    const forty = 'Spending on energy research, GB: 1988–89';
    const fortyOne = 'Spending on energy research in GB 1988–89';
    expect([forty.length, fortyOne.length]).toEqual([40, 41]);
    expect(loud(await third(forty))).toEqual(['year.out-of-sequence@D1']);
    expect(loud(await third(fortyOne))).toEqual([]);
  });
});

describe('three financial years across the columns, too few for a run', () => {
  // A written answer's formula grant to each fire authority, three years across.
  const grant = (middle: string) =>
    check(
      workbook(
        sheet('Written answer', [
          ['Local authority', '2005-06', middle, '2007-08'],
          ['GLA Fire', 277.288, 248.308, 254.453],
          ['Greater Manchester Fire', 78.266, 70.085, 72.02],
          ['Merseyside Fire', 52.019, 44.198, 45.391],
          ['South Yorkshire Fire', 36.816, 33.72, 34.333],
        ]),
      ),
      { asOf: '2008-01-22' },
    );

  test('a year that ends where it starts, or before, or decades on, is said', async () => {
    for (const slip of ['2006-06', '2006-05', '2006-17'])
      expect([slip, loud(await grant(slip))]).toEqual([slip, ['year.out-of-sequence@C1']]);
    expect((await grant('2006-06')).findings[0].message).toContain('2006–07 is probably meant');
  });

  test('so is one with words after it, beside another year heading', async () => {
    const rsg = (third: string, second = '1994–95 £', first = '1993–94 £') =>
      check(
        workbook(
          sheet('Table', [
            [null, first, second, third],
            ['Avon', 217, 239, 217],
            ['Cornwall', 235, 266, 258],
            ['Devon', 214, 241, 234],
          ]),
        ),
        { asOf: '1995-01-19' },
      );
    expect(loud(await rsg('1995–95 £ Settlement'))).toEqual(['year.out-of-sequence@D1']);
    expect(loud(await rsg('1995–96 £ Settlement'))).toEqual([]);
    // (With no other year heading beside it, it is a heading of its own.)
    expect(loud(await rsg('1995–95 £ Settlement', 'Outturn £', 'Budget £'))).toEqual([]);
  });

  test('a year, a span of ten years or fewer, or two years running, is not', async () => {
    for (const heading of ['2006-07', '2006-16', '2006', '2006/2007'])
      expect([heading, loud(await grant(heading))]).toEqual([heading, []]);
  });
});

describe('a row of years over lines of figures that no table takes', () => {
  // A town council's net expenditure and precept over five years: two lines, no total, so no table.
  const precept = (headings: string[], precepts = [169216, 192128, 272132, 208069, 215098], units = 0) =>
    check(
      workbook(
        sheet('Kirkham TC', [
          ['Kirkham Town Council', ...headings],
          ...Array.from({ length: units }, () => ['', '£', '£', '£', '£', '£']),
          ['Total Net Expenditure', 211457, 217954, 269954, 233427, 380778],
          ['Precept Sum', ...precepts],
          [],
          ['Note: In all years the budget includes provision for revenue contributions to capital schemes.'],
        ]),
      ),
      { asOf: '2019-04-01' },
    );
  const YEARS = ['2015/16 £', '2016/17 £', '2017/18 £', '2018/19 estimated', '2019/20 estimated'];

  test('a year printed twice where the run then skips one is said, under a row of units too', async () => {
    const twice = YEARS.map((h, i) => (i === 3 ? '2017/18 estimated' : h));
    expect(loud(await precept(twice))).toEqual(['year.out-of-sequence@E1']);
    expect(loud(await precept(twice, undefined, 2))).toEqual(['year.out-of-sequence@E1']);
    // (Three rows of headings between the years and the figures: the years head nothing read.)
    expect(loud(await precept(twice, undefined, 3))).toEqual([]);
    expect(loud(await precept(YEARS))).toEqual([]);
    expect(loud(await precept(YEARS, undefined, 2))).toEqual([]);
  });

  test('a column printed twice, or years over no figures, is no slip', async () => {
    const twice = YEARS.map((h, i) => (i === 3 ? '2017/18 £' : h));
    const same = (figures: number[]) => figures.map((v, i) => (i === 3 ? figures[2] : v));
    const printedTwice = check(
      workbook(
        sheet('Kirkham TC', [
          ['Kirkham Town Council', ...twice],
          ['Total Net Expenditure', ...same([211457, 217954, 269954, 233427, 380778])],
          ['Precept Sum', ...same([169216, 192128, 272132, 208069, 215098])],
        ]),
      ),
      { asOf: '2019-04-01' },
    );
    expect(loud(await printedTwice)).toEqual([]);
    const timetable = check(
      workbook(
        sheet('Plan', [
          ['Stage', ...twice],
          ['Consult', 'Spring', 'Summer', 'Autumn', 'Winter', 'Spring'],
        ]),
      ),
      { asOf: '2019-04-01' },
    );
    expect(loud(await timetable)).toEqual([]);
  });

  test('a repeat headed as the years after it is said; headed as neither year beside it, it is not', async () => {
    // A parish budget with its total, so a table: "2017/18 estimated" among the estimates is the
    // first estimate's year printed as the last actual's.
    const budget = (fourth: string) =>
      check(
        workbook(
          sheet('Budget', [
            ['Service', '2015/16 £', '2016/17 £', '2017/18 £', fourth, '2019/20 estimated'],
            ['Parks', 41200, 43950, 45100, 47600, 49800],
            ['Halls', 18300, 18800, 19650, 20400, 21250],
            ['Total', 59500, 62750, 64750, 68000, 71050],
          ]),
        ),
        { asOf: '2019-04-01' },
      );
    expect(loud(await budget('2017/18 estimated'))).toEqual(['year.out-of-sequence@E1']);
    expect(loud(await budget('2018/19 estimated'))).toEqual([]);
    expect(loud(await budget('2017/18 in real terms'))).toEqual([]);
  });
});
