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
