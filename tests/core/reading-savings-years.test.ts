/**
 * A savings plan over several years, each year with its target, its actual so far and its forecast:
 * each year's forecast is read against that year's target, and an actual so far is no shortfall.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const plan = (lines: CellValue[][]) =>
  check(
    workbook(
      sheet('Savings Plan', [
        ['2014/15 to 2016/17 Savings Plan'],
        [null, null, '2014/15', null, null, '2015/16', null, null, '2016/17', null],
        [
          'Ref',
          'Savings Proposal Title',
          'Target',
          'Actual to\nDate',
          'Forecast\nOutturn',
          'Target',
          'Actual to\nDate',
          'Forecast\nOutturn',
          'Target',
          'Forecast\nOutturn',
        ],
        [null, null, "£'000", "£'000", "£'000", "£'000", "£'000", "£'000", "£'000", "£'000"],
        ...lines,
      ]),
    ),
  );

describe('a savings plan giving each year its target and forecast', () => {
  test('a line short in a later year is reported there, naming the column; behind only so far is not', async () => {
    const result = await plan([
      ['FRS-A', 'New delivery model', 238, 95, 238, 709, 398, 709, 1397, 1397],
      ['FRS-B', 'Joint fire control', 35, 35, 35, 87, 35, 35, 136, 100],
      ['FRS-D', 'Smoke alarm fitting', 20, 20, 20, 20, 20, 20, 20, 20],
    ]);
    expect(loud(result)).toEqual(['savings.shortfall@H6']);
    const finding = result.findings.find((f) => f.ruleId === 'savings.shortfall');
    expect(finding?.message).toContain(
      "has achieved or forecast 35 in 2015/16 Forecast Outturn £'000 against a target of 87",
    );
  });

  test('of two short years, the one furthest short by share of its target is reported', async () => {
    const result = await plan([['FRS-B', 'Joint fire control', 100, 50, 90, 87, 35, 80, 136, 60]]);
    expect(loud(result)).toEqual(['savings.shortfall@J5']);
  });

  test('with one year only, the actual so far beside a forecast for the year is no shortfall', async () => {
    const result = await check(
      workbook(
        sheet('Savings', [
          ['Ref', 'Saving', '2014/15 Target £000', '2014/15 Actual to Date £000', '2014/15 Forecast Outturn £000'],
          ['A1', 'New delivery model', 238, 95, 238],
          ['A2', 'Joint fire control', 35, 35, 30],
          ['A3', 'Smoke alarm fitting', 20, 12, 20],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['savings.shortfall@E3']);
  });
});

describe('performance measures against their targets', () => {
  // Cheshire East's Better Care Fund year-end metrics: admissions and reablement, not money.
  const metrics = (label: string, target: string, actual: string) =>
    check(
      workbook(
        sheet('BCF 2017-18', [
          [label, target, actual, 'Comment'],
          ['Non-elective admissions (General and Acute)', 10072, 9265, 'fewer people going into a hospital bed'],
          ['Admissions to residential and care homes', 716.9, 705.3, 'fewer people going into long term care'],
          ['Effectiveness of Reablement', 88.4, 79.3, 'the proportion still at home 91 days after'],
        ]),
      ),
      { asOf: '2018-06-30' },
    );

  test('"Metric | Target | Actual" is left alone: no shortfall of money', async () => {
    const result = await metrics('Metric', 'Target', 'Actual');
    expect(result.readings[0].kind).toBe('skipped');
    expect(loud(result)).toEqual([]);
  });

  test('"INDICATOR | 2003/04 Actual | 2004/05 Target": indicators in a column read as nothing else are left alone too', async () => {
    const result = await check(
      workbook(
        sheet('Progress Update', [
          ['INDICATOR', '2001/02 Baseline', '2003/04 Actual', '2004/05 Target*', '2004/05 Actual'],
          ['a) Total number of inward investment enquiries per annum', 227, 228, 250, 64],
          ['b) Number of re-locations into and within Salford', 26, 15, 50, 5],
          ['c) Number of new businesses given advice', 310, 290, 320, 150],
        ]),
      ),
      { asOf: '2004-09-30' },
    );
    expect(loud(result)).toEqual([]);
    const money = await check(
      workbook(
        sheet('Summary', [
          ['Indicator', 'Target £000', 'Actual £000'],
          ['Achieve planned surplus', 2959, 132],
          ['Programme expenditure within allocation', 329983, 330428],
          ['Running costs within allocation', 5701, 5124],
        ]),
      ),
      { asOf: '2016-01-31' },
    );
    expect(loud(money)).toContain('savings.shortfall@C2');
  });

  test('named in money, or beside a service rather than a metric, they are savings', async () => {
    expect(loud(await metrics('Metric', 'Savings target £000', 'Achieved £000'))).toContain('savings.shortfall@C2');
    expect(loud(await metrics('Service', 'Target', 'Actual'))).toContain('savings.shortfall@C2');
  });
});

describe('spending against its plan, with a column of spending under or over it', () => {
  // NHS England's headline position: each line's plan, actual and underspend in £m.
  const position = (plan: string, actual: string, variance: string, other = 78) =>
    check(
      workbook(
        sheet('Headline position', [
          ['Surplus / (Deficit)', 'Allocation', plan, actual, variance],
          ['Systems', 177109, 0, -563, -563],
          ['Non delegated Specialised Commissioning', 5965, -39, 119, 158],
          ['Other Direct Commissioning', 3009, -2, 85, other],
          ['Central Costs', 16326, 0, 94, 94],
          ['Total', 202409, -41, -265, -311 + other],
        ]),
      ),
      { asOf: '2026-03-31' },
    );

  test('is no savings tracker: an actual below its plan is an underspend, not a shortfall', async () => {
    const result = await position('Plan £m', 'Actual £m', 'Under / (over) spend £m', 87);
    expect(result.readings[0].kind).toBe('figures');
    expect(loud(result).filter((f) => f.startsWith('savings'))).toEqual([]);
  });

  test('its variance is still checked on each line: one that is not actual less plan is out', async () => {
    // (The total's variance, adding up the lines as printed, is out by the same slip.)
    expect(loud(await position('Plan £m', 'Actual £m', 'Under / (over) spend £m', 78))).toEqual([
      'amounts.parts-vs-total@E4',
      'amounts.parts-vs-total@E6',
    ]);
  });

  test('headed as savings, the plan and the actual are a savings tracker still', async () => {
    const result = await position('Savings plan £m', 'Actual £m', 'Under / (over) spend £m', 87);
    expect(result.readings[0].kind).toBe('savings');
    expect(loud(result).some((f) => f.startsWith('savings.shortfall'))).toBe(true);
  });
});

describe('"Plan | Actual | Variance from Plan" with no word of savings on the sheet', () => {
  // An SHA's financial position: each body's plan and forecast, surplus positive.
  const position = (title: string) =>
    check(
      workbook(
        sheet('Overview', [
          [title],
          ['Key:', 'Plan £m', 'Actual £m', 'Variance from Plan £m'],
          ['Trusts', -115.5, -111.5, 4.0],
          ['PCTs', 122.3, 116.1, -6.2],
          ['MPET', 10.0, 10.0, 0.0],
          ['Total', 16.8, 14.6, -2.2],
        ]),
      ),
      { asOf: '2011-09-05' },
    );

  test('is a financial position, not savings: a forecast under plan is no shortfall', async () => {
    const result = await position('2011/12 M04 Financial Position - Forecast Outturn');
    expect(result.readings[0].kind).toBe('figures');
    expect(loud(result)).toEqual([]);
  });

  test('titled as savings, it is a savings tracker', async () => {
    const result = await position('2011/12 M04 QIPP savings - Forecast Outturn');
    expect(loud(result)).toContain('savings.shortfall@C4');
  });
});

describe('"Plan | Actual | Variance" under a board report whose contents name its savings programme', () => {
  const INCOME_AND_EXPENDITURE = [
    ['I&E', 'Annual Plan', 'Plan', 'Actual', 'Variance'],
    ['PP, Overseas & RTA Income', 13480, 2240, 1936, -304],
    ['Other Income', 135121, 23685, 24100, 415],
    ['Total Income', 148601, 25925, 26036, 111],
  ];
  // After a trust's financial performance report: its contents, then the income and expenditure table.
  const report = (contents: string, near: string | null = null) =>
    check(
      workbook(
        sheet('Financial Performance', [
          ['Trust Board Meeting: Wednesday 8 July 2015'],
          ['Title', 'Financial Performance to 31 May 2015'],
          ['The report contains information on the following:'],
          ['Statements on the overall I&E position', 'Pages 3 & 4'],
          [contents, 'Page 10'],
          ['The Statement of Financial Position at 31 May 2015', 'Pages 12 & 13'],
          [null],
          [near],
          [null],
          ...INCOME_AND_EXPENDITURE,
        ]),
      ),
      { asOf: '2015-07-08' },
    );

  test('is income and spending against plan: the contents far above do not make it savings', async () => {
    const result = await report('Details about its savings programme');
    expect(result.readings.find((r) => r.kind !== 'skipped')?.kind).toBe('figures');
    expect(loud(result)).toEqual([]);
  });

  test("titled as savings at the sheet's top, blank rows above the title or not, it is a savings tracker", async () => {
    const titled = (blank: number) =>
      check(
        workbook(
          sheet('Financial Performance', [
            ...Array.from({ length: blank }, () => [null]),
            ['Trust Board Meeting: CIP savings delivery to 31 May 2015'],
            ['Title', 'Financial Performance to 31 May 2015'],
            ['The report contains information on the following:'],
            ['Statements on the overall I&E position', 'Pages 3 & 4'],
            ['The Statement of Financial Position at 31 May 2015', 'Pages 12 & 13'],
            [null],
            ...INCOME_AND_EXPENDITURE,
          ]),
        ),
        { asOf: '2015-07-08' },
      );
    expect(loud(await titled(0))).toContain('savings.shortfall@D8');
    expect(loud(await titled(3))).toContain('savings.shortfall@D11');
  });

  test('titled as savings just above it, it is a savings tracker', async () => {
    const result = await report('Details about its programme', 'CIP savings delivered to 31 May 2015');
    expect(loud(result)).toContain('savings.shortfall@D11');
  });
});

describe('a section named where the first heading goes, the other headings printed again over it', () => {
  // After a county council's high needs block recovery proposals.
  const proposals = (reprinted: string) =>
    check(
      workbook(
        sheet('High Needs Block Recovery', [
          ['Proposal', 'Financial year', 'Estimated Saving'],
          ['Decommissioning of SEND Learning Support', '2018-19', 512000],
          [],
          ['AEN Funding', null, reprinted],
          ['From September 2019 to end AEN funding for new non EHCP pupils', '2019-20', 29000],
          [null, '2020-21', 50000],
        ]),
      ),
      { asOf: '2019-01-31' },
    );

  test('"AEN Funding | | Estimated Saving" heads the lines below it: no year or saving is missing from it', async () => {
    expect(loud(await proposals('Estimated Saving'))).toEqual([]);
  });

  test('a saving written in words there is a line, its figure unreadable', async () => {
    expect(loud(await proposals('About a third'))).toContain('cell.unreadable@C4');
  });
});
