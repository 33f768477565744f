/**
 * Allowances schemes whose lines state what each is a share of ("(20% of Leader's Allowance)"):
 * each line is worked out again from the sum it names.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';
import { statedShare } from '../../src/core/parse/stated-shares';

const run = (rows: CellValue[][]) => check(workbook(sheet('Allowances', rows)), { asOf: '2018-04-01' });

describe('a share stated in words', () => {
  test('names the share, the sum it is of, and that sum where the words give it', () => {
    expect(statedShare("Chairman of Licensing Committee (20% of Leader's Allowance)")).toEqual({
      share: 0.2,
      of: 'Leader',
      amount: null,
      written: "20% of Leader's Allowance",
    });
    expect(statedShare('15% of leaders amount')?.of).toBe('leader');
    expect(statedShare('Deputy Cabinet Member (40% of the Cabinet Member SRA of £9,761.41)')).toMatchObject({
      share: 0.4,
      of: 'Cabinet Member',
      amount: 9761.41,
    });
  });

  test('a share of what is not named as a sum, or a share alone, is none', () => {
    expect(statedShare('Increase of 3% of budget')).toBeNull();
    expect(statedShare('20%')).toBeNull();
    expect(statedShare('Leader')).toBeNull();
  });
});

describe("special responsibility allowances, each a share of the Leader's", () => {
  // A borough's allowances page: the chairs' shares printed in their names, in pounds and pence.
  const scheme = (licensing: number, planning = 7844.21) =>
    run([
      ['Councillor allowances'],
      ['The basic allowance for all members is £5,065.00 each year.'],
      ['Cost', 'Yearly Allowance'],
      ['Mayor', 2601.42],
      ['Leader/Chairman of Policy and Resources Committee', 19610.52],
      ["Chairman of Planning Committee (40% of Leader's allowance)", planning],
      ["Chairman of Licensing Committee (20% of Leader's Allowance)", licensing],
      ['Group Leader', '£394.74 per member'],
    ]);

  test("each is its share of the Leader's, to the penny", async () => {
    // (20% of £19,610.52 is £3,922.104.)
    expect(loud(await scheme(3922.1))).toEqual([]);
    expect(loud(await scheme(3922.11))).toEqual([]);
    expect(loud(await scheme(3922.12))).toEqual(['amounts.parts-vs-total@B7']);
    expect(loud(await scheme(3921.9))).toEqual(['amounts.parts-vs-total@B7']);
  });

  test('the message names the line, the share and the sum it is of', async () => {
    const result = await scheme(3921.9);
    expect(result.findings.find((f) => f.ruleId === 'amounts.parts-vs-total')?.message).toBe(
      "Chairman of Licensing Committee: 20% of Leader's Allowance (£19,610.52) is £3,922.10, but the allowance in column B shows £3,921.90 (a difference of £0.20).",
    );
  });

  test('one line stating its share is no scheme to read: it may be an aside', async () => {
    const one = await run([
      ['Cost', 'Yearly Allowance'],
      ['Leader', 19610.52],
      ["Chairman of Licensing Committee (20% of Leader's Allowance)", 3921.9],
      ['Mayor', 2601.42],
    ]);
    expect(loud(one)).toEqual([]);
  });
});

describe('shares in a column of their own, in whole pounds, and of a sum the words give', () => {
  const rates = (deputy: number, regeneration = 5856.85) =>
    run([
      ['Description', 'Amount'],
      ['Basic allowance', 7172],
      ['Leader', 18465],
      ['Deputy leader', deputy, "60% of leader's amount"],
      ['Cabinet members', 10156, "55% of leader's amount"],
      ['Leader of main opposition', 6463, "35% of leader's amount"],
      ['Cabinet Member for Regeneration (60% of the Cabinet Member SRA of £9761.41)', regeneration],
    ]);

  test('"Leader" is the line named so, not the opposition leader stating a share of its own', async () => {
    // (60% of £18,465 is £11,079: a pound either way is the rounding of a sum printed in pounds.)
    expect(loud(await rates(11079))).toEqual([]);
    expect(loud(await rates(11080))).toEqual([]);
    expect(loud(await rates(11081))).toEqual(['amounts.parts-vs-total@B4']);
  });

  test('a sum the words give is the one the share is of', async () => {
    // (60% of £9,761.41 is £5,856.846.)
    expect(loud(await rates(11079, 6093.46))).toEqual(['amounts.parts-vs-total@B7']);
  });
});
