/**
 * Figures year by year down the lines, each year's percentage change on the year before printed
 * beside them, as a written answer gives a police authority's spending limits.
 */
import { check, loud, sheet, workbook } from './support/workbooks';

const limits = (change9697: number, header = 'Percentage change') =>
  check(
    workbook(
      sheet('Written answer', [
        ['Total spending powers'],
        [null, 'West Midlands', null],
        [null, '£ million', header],
        ['1992–93', 286.2, null],
        ['1993–94', 302.7, 5.8],
        ['1994–95', 314.9, 4.0],
        ['1995–96', 329.3, 4.6],
        ['1996–97', 344.2, change9697],
        ['1997–98', 357.2, 3.8],
      ]),
    ),
  );

describe("each year's percentage change beside figures year by year", () => {
  test('is the change on the year before: printed to one place, 0.1 either way of its rounding is out', async () => {
    // 344.2 on 329.3 is a rise of 4.52%.
    expect(loud(await limits(4.5))).toEqual([]);
    expect(loud(await limits(4.6))).toEqual([]);
    expect(loud(await limits(4.7))).toEqual(['amounts.parts-vs-total@C8']);
  });

  test('the finding says which year it is the change from', async () => {
    const out = await limits(5.4);
    expect(out.findings[0].message).toBe(
      '1996–97: the change from £ million in 1995–96 is 4.5%, but Percentage change shows 5.4% (a difference of 0.9%).',
    );
  });

  test('a column headed otherwise is not read as the change', async () => {
    expect(loud(await limits(5.4, 'Per head'))).toEqual([]);
  });
});

describe('changes printed to the whole per cent, as a Band D history gives its rises', () => {
  const history = (rise2022: number) =>
    check(
      workbook(
        sheet('Band D', [
          ['Year', 'Band D £', '% increase'],
          ['2019/20', 1000, null],
          ['2020/21', 1043, 4],
          ['2021/22', 1085, 4],
          ['2022/23', 1128, rise2022],
          ['2023/24', 1180, 5],
        ]),
      ),
    );

  test('are right within half a per cent: 3.96% printed 4 holds, printed 5 does not', async () => {
    expect(loud(await history(4))).toEqual([]);
    expect(loud(await history(5))).toEqual(['amounts.parts-vs-total@C5']);
  });
});

describe('how many years show a column of changes', () => {
  // England and Wales spending powers: changes printed for the last few years only.
  const powers = (changes: (number | null)[]) =>
    check(
      workbook(
        sheet('Written answer', [
          [null, '£ million', 'Percentage change'],
          ['1994–95', 6150.2, changes[0]],
          ['1995–96', 6366.5, changes[1]],
          ['1996–97', 6612.8, changes[2]],
          ['1997–98', 6895.3, changes[3]],
        ]),
      ),
    );

  test('two changes holding show it, and a third that does not is flagged; one holding shows nothing', async () => {
    // 3.5%, 3.9% and 4.3% are right.
    expect(loud(await powers([null, 3.5, 3.9, 3.7]))).toEqual(['amounts.parts-vs-total@C5']);
    expect(loud(await powers([null, null, 3.9, 3.7]))).toEqual([]);
  });
});

describe('a year restated, and years marked for their footnotes, as a police grant answer prints them', () => {
  // Northumbria's general grant: 2005-06 printed again, adjusted for a transfer, and the next
  // year's change worked from the adjusted figure.
  const grants = (change0607: number, adjusted = '2005-062') =>
    check(
      workbook(
        sheet('Written answer', [
          ['Northumbria police—General grant funding 2003-04 and 2007-08'],
          [null, 'General govt grants1(£ million)', 'Annual change in general govt grants (Percentage)'],
          ['2003-04', 214.3, '—'],
          ['2004-05', 221.4, 3.3],
          ['2005-06', 232.6, 5.1],
          [adjusted, 222.8, '—'],
          ['2006-07', 229.7, change0607],
          ['2007-08', 238.0, 3.6],
        ]),
      ),
    );

  test('the change after a restated year is on the restated figure: 3.1% holds, 1.3% is flagged', async () => {
    expect(loud(await grants(3.1))).toEqual([]);
    const out = await grants(1.3);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@C7']);
    expect(out.findings[0].message).toContain('in 2005-062 is 3.1%');
  });

  test('a mark after a year is a footnote only where the year runs on to the next: "2005-072" is no year', async () => {
    // (Read as no year, the line breaks nothing: 2006-07's change is then on 2005-06's 232.6, -1.2%.)
    expect(loud(await grants(-1.2, '2005-072'))).toEqual([]);
  });
});

describe('changes of figures printed to one place, from small figures', () => {
  // Community support officers' funding, £ million to one place: 0.3 to 0.9 is a rise of 200%,
  // but from 0.35 to 0.95 would be 171% and from 0.25 to 0.95 280%.
  const officers = (change: number) =>
    check(
      workbook(
        sheet('Targeted initiatives', [
          [null, 'Community support officers (£ million)', 'Annual percentage change (percentage)'],
          ['2002-03', 0.3, null],
          ['2003-04', 0.3, 0.0],
          ['2004-05', 0.9, change],
          ['2005-06', 2.1, 143.4],
          ['2006-07', 0.9, -55.1],
        ]),
      ),
    );

  test('hold the printed change to how far the figures rounding could move it: 80 points either way of 200%', async () => {
    expect(loud(await officers(160.9))).toEqual([]);
    expect(loud(await officers(280))).toEqual([]);
    expect(loud(await officers(280.2))).toEqual(['amounts.parts-vs-total@C4']);
    expect(loud(await officers(120))).toEqual([]);
    expect(loud(await officers(119.9))).toEqual(['amounts.parts-vs-total@C4']);
  });
});

describe('changes held as per cent, and changes from a year the heading names', () => {
  // A written answer's fire spending: "2%" held as 0.02, and each year's change from 1996-97 too.
  const fire = (change9899FromBase: number, yearOnYear9798 = 0.02, change0102FromBase = 0.13) => {
    const lines: [string, number, number | null, number | null][] = [
      ['1996-97', 1669495, null, null],
      ['1997-98', 1698688, yearOnYear9798, 0.02],
      ['1998-99', 1744293, 0.03, change9899FromBase],
      ['1999-2000', 1798221, 0.03, 0.08],
      ['2000-01', 1835233, 0.02, 0.1],
      ['2001-02(1)', 1892160, 0.03, change0102FromBase],
    ];
    const header = [
      [null, 'Net current expenditure', null, null],
      [null, '£000', 'Year on year change (percentage)', 'Change from 1996-97 (percentage)'],
    ];
    const s = sheet('Fire expenditure', [...header, ...lines]);
    s.numberFormats = [...header.map(() => []), ...lines.map(() => [null, '#,##0', '0%', '0%'])];
    return check(workbook(s));
  };

  test('a change from the year named is held to it: 4.48% printed 4% holds, 5% does not', async () => {
    expect(loud(await fire(0.04))).toEqual([]);
    expect(loud(await fire(0.05))).toEqual(['amounts.parts-vs-total@D5']);
  });

  test('a change held as 0.02 and printed 2% is read in per cent: 1.75% printed 1% is out', async () => {
    expect(loud(await fire(0.04, 0.02))).toEqual([]);
    expect(loud(await fire(0.04, 0.01))).toEqual(['amounts.parts-vs-total@C4']);
  });

  test('a year marked "(1)" for its footnote is one of the years: 13.34% printed 14% is out', async () => {
    expect(loud(await fire(0.04, 0.02, 0.14))).toEqual(['amounts.parts-vs-total@D8']);
  });

  test('printed to a place ("0.0%"), held to half that place: 2.6847% printed 2.7% holds, 2.6% does not', async () => {
    const tenths = (yearOnYear9899: number) => {
      const lines: [string, number, number | null][] = [
        ['1996-97', 1669495, null],
        ['1997-98', 1698688, 0.017],
        ['1998-99', 1744293, yearOnYear9899],
        ['1999-2000', 1798221, 0.031],
        ['2000-01', 1835233, 0.021],
      ];
      const s = sheet('Fire expenditure', [[null, '£000', 'Year on year change (percentage)'], ...lines]);
      s.numberFormats = [[], ...lines.map(() => [null, '#,##0', '0.0%'])];
      return check(workbook(s));
    };
    expect(loud(await tenths(0.027))).toEqual([]);
    expect(loud(await tenths(0.026))).toEqual(['amounts.parts-vs-total@C4']);
  });

  test('the finding names the year the change is from', async () => {
    const out = await fire(0.05);
    expect(out.findings[0].message).toContain('in 1996-97');
  });
});

describe("each year's change in the figures' own unit, latest year first, as a written answer gives spending", () => {
  const spending = (change0607: number, header = 'Year-on-year change') =>
    check(
      workbook(
        sheet('Written answer', [
          ['£ million'],
          ['Financial year', 'Expenditure', header],
          ['2008-09 (provisional)', 897, 52],
          ['2007-08', 845, 38],
          ['2006-07', 807, change0607],
          ['2005-06', 770, 83],
          ['2004-05', 687, 40],
          ['2003-04', 647, 42],
          ['2002-03', 605],
        ]),
      ),
    );

  test("is this year's figure less the year before's: 807 less 770 is 37, one out either way of its rounding", async () => {
    expect(loud(await spending(37))).toEqual([]);
    // (Each figure rounded to the million: the change may be a million out, not two.)
    expect(loud(await spending(38))).toEqual([]);
    expect(loud(await spending(36))).toEqual([]);
    expect(loud(await spending(39))).toEqual(['amounts.parts-vs-total@C5']);
    expect(loud(await spending(35))).toEqual(['amounts.parts-vs-total@C5']);
  });

  test('the finding says which year it is the change from', async () => {
    const out = await spending(27);
    expect(out.findings[0].message).toBe(
      '2006-07: the change from Expenditure in 2005-06 is £37,000,000, but Year-on-year change shows £27,000,000 (a difference of £10,000,000).',
    );
  });

  test('a column of figures headed otherwise is no change', async () => {
    expect(loud(await spending(27, 'Staff'))).toEqual([]);
  });
});

describe('years as numbers, the first with a dash where its change goes', () => {
  test('the finding names the year the change is from, not the dash beside it', async () => {
    const lines = [
      [1979, 55530, '—'],
      [1980, 60400, 0.077],
      [1981, 66990, 0.109],
      [1982, 71620, 0.069],
      [1983, 75470, 0.054],
    ];
    const s = sheet('Answer', [['Year', 'Households accepted', 'Percentage increase/decrease'], ...lines]);
    s.numberFormats = [[], ...lines.map(() => [null, '0', '+0.0%;-0.0%'])];
    const out = await check(workbook(s));
    expect(out.findings.map((f) => f.message)).toEqual([
      '1980: the change from Households accepted in 1979 is 8.8%, but Percentage increase/decrease shows 7.7% (a difference of 1.1%).',
    ]);
  });
});
