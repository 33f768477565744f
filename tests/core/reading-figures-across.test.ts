/**
 * Checks across each line of a table of figures: a last column with no heading that is the five
 * years' total of a reply to a request; a capital plan's "Estimated Total £'000"; a reserves
 * statement whose balances each follow from the one before and the movements between.
 */
import { varianceRelations } from '../../src/core/tables/line-relations';
import { check, loud, sheet, workbook } from './support/workbooks';

const fiveYears = (net1920: number, netTotal: number, costsTotal = 19732402) =>
  check(
    workbook(
      sheet('FOI Response', [
        ['1.'],
        [null, '22-23', '21-22', '20-21', '19-20', '18-19', null],
        ['Costs', 4361000, 3655000, 3442000, 3870391, 4404011, costsTotal],
        ['Income', -2154000, -1704000, -656000, -3152950, -2125177, -9792127],
        ['Net Expenditure on Sport Facilities', 2207000, 1951000, 2786000, net1920, 2278834, netTotal],
        [],
        ['Information taken from Local Financial Returns'],
      ]),
    ),
  );

describe('a last column with no heading that adds up each line', () => {
  test('is their total, and the net line is the costs and the income: all right, nothing is said', async () => {
    expect(loud(await fiveYears(717441, 9940275))).toEqual([]);
  });

  test('a year slipped on the net line is out down its column and across its line, naming column G', async () => {
    const out = await fiveYears(771441, 9940275);
    expect(loud(out)).toEqual(['totals.row-mismatch@E5', 'amounts.parts-vs-total@G5']);
    expect(out.findings.find((f) => f.ruleId === 'amounts.parts-vs-total')?.message).toContain('column G shows');
  });

  test('three figures across: a pound out is rounding, two pounds out is a slip', async () => {
    const spend = (parks: number) =>
      check(
        workbook(
          sheet('Spend', [
            [null, '22-23', '21-22', '20-21', null],
            ['Leisure centres', 1200, 1100, 400, 2700],
            ['Parks', 900, 950, 300, parks],
            ['Pools', 400, 380, 120, 900],
            ['Sports halls', 250, 260, 90, 600],
          ]),
        ),
      );
    expect(loud(await spend(2151))).toEqual([]);
    expect(loud(await spend(2152))).toEqual(['amounts.parts-vs-total@E3']);
  });

  test('a last column that adds up no line is some other figure, not their total', async () => {
    const result = await check(
      workbook(
        sheet('Visits', [
          [null, '22-23', '21-22', '20-21', null],
          ['Leisure centre A', 1200, 1100, 400, 3],
          ['Leisure centre B', 900, 950, 300, 2],
          ['Pools', 400, 380, 120, 1],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a capital plan whose line total is headed with its unit', () => {
  const plan = (pipework: number) =>
    check(
      workbook(
        sheet('Capital Plan', [
          [null, 'Expenditure', '2010/2011', '2011/2016', 'Estimated', 'Notes'],
          [null, 'to 31.03.10', 'Estimate', 'Estimate', 'Total', null],
          ['Scheme', '£’000', '£’000', '£’000', '£’000', null],
          ['Larkfield Leisure Centre'],
          ['(a) Energy Saving Measures', 93, 32, null, 125, 'Majority of measures completed.'],
          ['(b) Larkabout Toilets', null, 40, null, 40, 'Contractors currently on site.'],
          ['Swimming Pool'],
          ['(a) Pumping Station Refurbishment', 24, 15, null, 39, 'Scheme completed.'],
          ['(b) Outdoor Pool Pipework Repairs', null, 146, null, pipework, 'Tenders being evaluated.'],
        ]),
      ),
    );

  test('"Estimated Total £’000" adds up each line: right, nothing is said', async () => {
    expect(loud(await plan(146))).toEqual([]);
  });

  test('a line one unit out is rounding; two units out is a slip', async () => {
    expect(loud(await plan(147))).toEqual([]);
    expect(loud(await plan(148))).toEqual(['amounts.parts-vs-total@E9']);
  });
});

describe('a reserves statement: each balance across the line the one before it moved', () => {
  const reserves = (assetClosing: number) =>
    check(
      workbook(
        sheet('Reserves', [
          [
            'Reserve',
            'Balance at 1/4/2012',
            'Outturn 2012/13',
            'Balance at 31/3/2013',
            'Use of reserves 2013/14',
            'Balance at 1/4/2014',
          ],
          [null, '£', '£', '£', '£', '£'],
          ['General Reserve', 2049920, -304468, 1745452, 0, 1745452],
          ['Capital Projects', 1819469, 243756, 2063225, 586180, 1477045],
          ['Asset Management', 26669, 38049, assetClosing, 53049, 11669],
          ['Benefits', 640242, 31550, 671792, 19213, 652579],
        ]),
      ),
    );

  test('holds on every line, use of reserves printed positive taken off: nothing is said', async () => {
    expect(loud(await reserves(64718))).toEqual([]);
  });

  test('a pound out is rounding; two pounds out is a slip, seen in both steps it joins', async () => {
    expect(loud(await reserves(64719))).toEqual([]);
    const out = await reserves(64720);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@D5', 'amounts.parts-vs-total@F5']);
    expect(out.findings[0].message).toContain('Balance at 1/4/2012 £ moved by Outturn 2012/13 £ comes to £64,718');
  });

  test('balances that the columns between do not move on most lines are no statement to check', async () => {
    const result = await check(
      workbook(
        sheet('Balances', [
          ['Fund', 'Balance at 1/4/2012', 'Grants 2012/13', 'Balance at 31/3/2013'],
          ['Parks', 1000, 50, 900],
          ['Halls', 2000, 70, 2600],
          ['Play', 3000, 30, 3030],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('funds "as at" one date and another, with what was added and used between', () => {
  // After a parish council's contingency funds held, its dates under "As at".
  const funds = (lighting: number, first = 'As at', last = 'As at') =>
    check(
      workbook(
        sheet('Accounts', [
          ['Contingency Funds Held', first, 'Added', 'Utilised', last],
          [null, '31.03.11', 'in Year', 'in Year', '31.03.12'],
          ['Election', 331, 0, 75, 256],
          ['Parish Mower Replacement', 1147, 0, 0, 1147],
          ['Lighting', 2000, 0, 0, lighting],
          ['Parish Maintenance', 100, 100, 42, 158],
          [null, 3578, 100, 117, 1561 + lighting],
        ]),
      ),
    );

  test('each fund "as at" the year end is the one "as at" its start, with what was added and less what was used', async () => {
    expect(loud(await funds(2000))).toEqual([]);
    // (The totals row, its last column the lines' sum, is out across by the same £100.)
    expect(loud(await funds(2100))).toEqual(['amounts.parts-vs-total@E5', 'amounts.parts-vs-total@E7']);
  });

  test('"Spent as at" is no balance: nothing moves it', async () => {
    expect(loud(await funds(2100, 'Spent as at', 'Spent as at'))).toEqual([]);
  });
});

describe('a budget "as per" the budget book moved by virements to the latest budget', () => {
  // After a district council's budget monitoring summary.
  const summary = (planning: number, perHead: string | null = null) =>
    check(
      workbook(
        sheet('Monitoring Summary', [
          [
            'Service',
            'Budget as per Feb 15 budget Book',
            'Supplementary Budgets/virements approved to date',
            'Latest Budget used for Monitoring',
            ...(perHead ? [perHead] : []),
          ],
          ['Central Services', 2990531, 194949, 3185480, ...(perHead ? [31.5] : [])],
          ['Leisure & Environment', 6488829, 6917, 6495746, ...(perHead ? [64.3] : [])],
          ['Housing (GF)', 901744, 2170, 903914, ...(perHead ? [9.1] : [])],
          ['Planning', 1629340, planning, 1701530, ...(perHead ? [16.8] : [])],
          ['Direct Services Organisation', -176410, 0, -176410, ...(perHead ? [-1.7] : [])],
          ['TOTAL SERVICE EXPENDITURE', 11834034, 204036 + planning, 12110260, ...(perHead ? [24] : [])],
        ]),
      ),
    );

  test("each latest budget is the budget book's moved by the virements; a virement mistyped is out on its line", async () => {
    expect(loud(await summary(72190))).toEqual([]);
    // (The totals row, its virements the lines' sum, is out across by the same £720.)
    expect(loud(await summary(72910))).toEqual(['amounts.parts-vs-total@D5', 'amounts.parts-vs-total@D7']);
  });

  test('"Cost per head" beside them is a rate, not added down to the total', async () => {
    expect(loud(await summary(72190, 'Cost per head £'))).toEqual([]);
  });
});

describe("a budget moved to next year's by movements, reserves used to fund it among them", () => {
  // After a directorate's cost-centre budget: last year's budget, the movements, next year's.
  const budget = (managers: number, reserves = 'New Pressures & Use of Earmarked Reserves') =>
    check(
      workbook(
        sheet('Appendix 3.1', [
          ['Cost Centre', 'Description', '2017/18 Q1 Budget', 'Transfers', reserves, 'Inflation', '2018/19 Budget'],
          [null, null, '£', '£', '£', '£', '£'],
          ['RC5324', 'Directorate', 690100, -300, 5000, 13100, 707900],
          ['RC5424', 'Operational Team Managers', 747200, -1900, 0, 12400, managers],
          ['RC4501', 'New Burdens', 136300, -136300, 0, 0, 0],
          ['RC5403', 'Business Intelligence Team', 126700, 10600, 0, 2000, 139300],
          ['RC3901', 'In year budget reductions', -150000, 60000, 90000, 0, 0],
          ['RC4570', 'Public Health Department', -1167700, 19700, 35000, 0, -1113000],
        ]),
      ),
    );

  test('reserves used add to the budget as printed, where the lines show it: a line out is said', async () => {
    expect(loud(await budget(757700))).toEqual([]);
    expect(loud(await budget(775700))).toEqual(['amounts.parts-vs-total@G4']);
  });

  test('two pounds out on a line of three movements is rounding (a pound for every three figures); three is a slip', async () => {
    expect(loud(await budget(757702))).toEqual([]);
    expect(loud(await budget(757703))).toEqual(['amounts.parts-vs-total@G4']);
  });
});

describe('revenue monitoring by service with no totals row: net and variance columns on each line', () => {
  const monitoring = (streetNet: number) =>
    check(
      workbook(
        sheet('Appendix 1', [
          ['Service', 'Expenditure', null, 'Income', null, 'Net', null, 'Variance'],
          [null, 'To Date', 'Budget', 'To Date', 'Budget', 'To Date', 'Budget', null],
          [null, '£000', '£000', '£000', '£000', '£000', '£000', '£000'],
          ['Management and Supervision', 556.3, 1794.2, -45.4, -170.1, 510.9, 1624.1, 1113.2],
          ['Coast Protection', 245.4, 667.7, -57.4, -204.6, 188.0, 463.1, 275.1],
          ['Waste Management', 4826.8, 6573.5, -8.3, -7.1, 4818.5, 6566.4, 1747.9],
          ['Street and Beach Cleaning', 1225.1, 1368.5, -0.7, -0.3, streetNet, 1368.2, 1368.2 - streetNet],
          ['Highway Maintenance', 826.1, 1378.9, -3.0, -16.5, 823.1, 1362.4, 539.3],
        ]),
      ),
    );

  test('each net is its expenditure less its income: nothing is said', async () => {
    expect(loud(await monitoring(1224.4))).toEqual([]);
  });

  test('a tenth out (one unit of £000 to one place) is rounding; two tenths out is a slip', async () => {
    expect(loud(await monitoring(1224.5))).toEqual([]);
    expect(loud(await monitoring(1224.6))).toEqual(['amounts.parts-vs-total@F7']);
  });

  test('columns headed net and variance that hold on no line are not cross-cast', async () => {
    const result = await check(
      workbook(
        sheet('Appendix 1', [
          ['Service', 'Expenditure', 'Income', 'Net', 'Variance'],
          ['Management', 556, -45, 900, 12],
          ['Coast Protection', 245, -57, 400, 30],
          ['Waste Management', 4826, -8, 5200, 7],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a capital summary: the budget left is the revised budget less the spend', () => {
  const summary = (maintenanceLeft: number) =>
    check(
      workbook(
        sheet('Capital Summary', [
          ['Description', 'Revised Budget', 'Spend/Commitment', 'Budget Left', 'Comments'],
          ['Internal Fees - Property Services', 227900, 117368, 110532, 'Anticipated capitalised salaries'],
          ['Medina Centre - Replace Curtain Walls', 10000, 5022, 4978, 'This scheme is in progress'],
          ['Capital Strategy', 48141, 50709, -2568, 'Investment in ICT'],
          ['Planned Maintenance', 203532, 123171, maintenanceLeft, 'Schemes progressing'],
          ['Northwood House - Essential Works', 37050, 8821, 28229, 'Trust expenditure charged'],
        ]),
      ),
    );

  test('"Budget Left" is the budget less the spend on each line: nothing is said', async () => {
    expect(loud(await summary(80361))).toEqual([]);
  });

  test('a pound out is rounding; two pounds out is a slip, named by its columns', async () => {
    expect(loud(await summary(80362))).toEqual([]);
    const out = await summary(80363);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@D5']);
    expect(out.findings[0].message).toContain('Revised Budget less Spend/Commitment comes to £80,361');
  });
});

describe('a forecast outturn variance: the budget less the forecast, with other figures between', () => {
  const monitor = (olderPeopleVariance: number) =>
    check(
      workbook(
        sheet('Appendix 1', [
          [
            'SERVICE',
            'ANNUAL BUDGET £000',
            'ACTUAL TO MONTH 2 £000',
            'AMOUNT REMAINING £000',
            'FORECAST OUTTURN £000',
            'FORECAST OUTTURN VARIANCE £000',
          ],
          ['Commissioning & Social Work', 1677, 288, 1389, 1679, -2],
          ['Children Looked After', 3652, 629, 3023, 3673, -21],
          ['Youth Justice', 226, 45, 181, 195, 31],
          ['Older People (Aged 65+)', 12552, 2076, 10476, 12541, olderPeopleVariance],
          ['Supported Employment', 382, 97, 285, 383, -1],
        ]),
      ),
    );

  test('"Forecast Outturn Variance" is the budget less the forecast outturn it names', async () => {
    expect(loud(await monitor(11))).toEqual([]);
  });

  test('a unit out is rounding; two units out is a slip', async () => {
    expect(loud(await monitor(12))).toEqual([]);
    expect(loud(await monitor(13))).toEqual(['amounts.parts-vs-total@F5']);
  });
});

describe('a variance under a group label shared by every column', () => {
  const refs = (headers: string[]) => headers.map((header, i) => ({ column: i + 2, header }));
  const pairs = (headers: string[]) =>
    varianceRelations(refs(headers)).map((r) => `${r.shown.header} = ${r.plus.header} - ${r.minus.header}`);

  test('"Forecast Outturn Variance" is paired with the forecast outturn it names, against each figure before it', () => {
    expect(pairs(['Annual Budget', 'Actual', 'Forecast Outturn', 'Forecast Outturn Variance'])).toContain(
      'Forecast Outturn Variance = Annual Budget - Forecast Outturn',
    );
  });

  test('"Income (gross)" over every heading names none of them: only the two beside "Difference" are paired', () => {
    const grouped = ['Income (gross) Adopted Budget', 'Income (gross) 3rd Quarter', 'Income (gross) 4th Quarter'];
    expect(pairs([...grouped, 'Income (gross) Difference'])).toEqual([
      'Income (gross) Difference = Income (gross) 4th Quarter - Income (gross) 3rd Quarter',
      'Income (gross) Difference = Income (gross) 3rd Quarter - Income (gross) 4th Quarter',
    ]);
  });
});

describe('a unit named over some money columns only', () => {
  const forecast = (operational: number, title = 'Revenue Forecast') =>
    check(
      workbook(
        sheet('Revenue forecast', [
          [title],
          [
            'Surrey',
            '2021/22 PCC Budget £m',
            '2021/22 Operational Budget',
            'Total Budget',
            '2021/22 Projected Outturn',
            'Projected Variance £m',
          ],
          ['Month 7', 2.8, 258.9, 261.7, 260.4, -1.3],
          ['Month 8', 2.8, operational, 261.7, 259.8, -1.9],
          ['Month 9', 2.8, 258.9, 261.7, 259.6, -2.1],
        ]),
      ),
      { asOf: '2022-02-28' },
    );

  test('"£m" over the first and last is the unit of the budgets between: each line adds to its total', async () => {
    expect(loud(await forecast(258.9))).toEqual([]);
    expect(loud(await forecast(259.9))).toEqual(['amounts.parts-vs-total@D4']);
  });

  test('where the title names another unit, columns in it are not added to those in £m', async () => {
    expect(loud(await forecast(259.9, "Revenue Forecast £'000"))).toEqual([]);
  });
});

describe('net columns under each group label', () => {
  const monitor = (netToDate: number) =>
    check(
      workbook({
        ...sheet('Budget monitor', [
          ['Service', 'Expenditure', null, 'Income', null, 'Net', null, null],
          [null, 'Budget', 'To date', 'Budget', 'To date', 'Budget', 'To date', 'Comment'],
          [null, '£000', '£000', '£000', '£000', '£000', '£000'],
          ['Democratic Representation & Management', 1223.1, 441.0, -12.2, -0.5, 1210.9, 440.5, 'On target.'],
          ['Policy Unit', 253.4, 86.1, 0.0, 0.0, 253.4, 86.1, 'On target.'],
          ['Local Tax Collection', 891.2, 343.2, -605.6, -50.8, 285.6, netToDate, 'Income at year end.'],
          ['Registration of Births, Deaths & Marriages', 133.9, 47.3, -102.1, -44.2, 31.8, 3.1, 'Wedding fees.'],
        ]),
        merges: ['B1:C1', 'D1:E1', 'F1:G1'],
      }),
      { asOf: '2002-08-21' },
    );

  test('"Net To date" is the expenditure to date less the income to date, as "Net Budget" is of the budgets', async () => {
    expect(loud(await monitor(292.4))).toEqual([]);
    expect(loud(await monitor(282.4))).toEqual(['amounts.parts-vs-total@G6']);
  });
});

describe('a summary with no totals under group labels stacked over its headings', () => {
  const summary = (netBudget: number) =>
    check(
      workbook(
        sheet('Appendix 1', [
          ['REVENUE EXPENDITURE SUMMARY'],
          [null, 'Expenditure and', null, null, 'Income', null, 'Net', null, 'Budget Variance'],
          ['Service', 'Commitments'],
          [null, 'Budget', 'To Date', 'Committed', 'Budget', 'To Date', 'Budget', 'To Date', null, 'Comments'],
          [null, '£000', '£000', '£000', '£000', '£000', '£000', '£000', '£000'],
          ['Management and Supervision', 2555.8, 1973.0, 52.8, -315.7, -314.3, 2240.1, 1658.7, 581.4, 'On target'],
          ['Coast Protection', 621.3, 489.1, 38.4, -348.3, -324.4, netBudget, 164.7, 108.3, 'On target'],
          ['Waste Management', 6713.3, 4039.2, 1772.9, -129.4, -104.6, 6583.9, 3934.6, 2649.3, 'On target'],
          ['Public Conveniences', 421.5, 267.5, 112.0, -1.8, -0.4, 419.7, 267.1, 152.6, 'On target'],
        ]),
      ),
      { asOf: '2005-03-04' },
    );

  test('the labels name the columns under them: each net is its own group\u2019s expenditure less income', async () => {
    const result = await summary(273.0);
    expect(result.readings[0].headerRows).toEqual([2, 5]);
    expect(loud(result)).toEqual([]);
    expect(loud(await summary(283.0))).toContain('amounts.parts-vs-total@G7');
  });
});

describe("a written answer's table of reserves by council, as the Scottish Parliament prints it", () => {
  // Each council's funds (a) to (e) and their total (f), in £000 as the first column's heading says;
  // "No HRA" where a council keeps no housing account.
  const reserves = (falkirkTotal: number) =>
    check(
      workbook(
        sheet('Revenue reserves', [
          ['Revenue Reserves'],
          [
            null,
            'General Fund',
            'Housing Revenue Account',
            'Renewal and Repairs',
            'Insurance Fund',
            'Other Statutory Funds',
            'Total Revenue Reserves',
          ],
          ['Local Authority £000', '(a)', '(b)', '(c)', '(d)', '(e)', '(f)'],
          ['Aberdeen City', 35466, 6877, 5, 1429, 255, 44032],
          ['Aberdeenshire', 29163, 5033, 980, 1119, 0, 36295],
          ['Angus', 18229, 1957, 3620, 459, 0, 24265],
          ['Argyll and Bute', 32973, 'No HRA', 497, 0, 0, 33470],
          ['Clackmannanshire', 9129, 3575, 0, 791, 0, 13495],
          ['Dumfries and Galloway', 51721, 'No HRA', 1668, 2791, 0, 56180],
          ['Eilean Siar', 14644, 'No HRA', 0, 0, 0, 14644],
          ['Falkirk', 30324, 6392, 1905, 3683, 0, falkirkTotal],
        ]),
      ),
    );

  test('each total is its funds added, a council with no housing account included, in the unit the first heading gives', async () => {
    // (Within two thousand pounds of five funds in £000 is their rounding.)
    expect(loud(await reserves(42306))).toEqual([]);
    const out = await reserves(42307);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@G11']);
    expect(out.findings[0].message).toContain(
      'add up to £42,304,000, but Total Revenue Reserves (f) shows £42,307,000',
    );
  });
});

describe('a table captioned "Table 1" on the row that gives its unit, over the last column', () => {
  // A written answer's grants in £ million: each adjusted cash increase is the 2002–03 grant less
  // the adjusted 2001–02 grant, to the thousand pounds.
  const grants = (lewisham: number) =>
    check(
      workbook(
        sheet('Table 1', [
          ['Table 1', null, null, null, null, '£ million'],
          [
            'Authority',
            'Actual 2001–02 grant',
            'Adjusted 2001–02 grant',
            '2002–03 grant',
            'Adjusted cash increase',
            'Adjusted real increase',
          ],
          ['City of London', 87.307, 85.605, 89.029, 3.424, 1.284],
          ['Camden', 197.281, 184.995, 197.944, 12.95, 8.324],
          ['Greenwich', 222.117, 212.448, 223.376, 10.929, 5.616],
          ['Hackney', 242.677, 238.72, 249.106, 10.386, 4.417],
          ['Lambeth', 260.331, 255.965, 268.418, 12.453, 6.052],
          ['Lewisham', 241.892, 235.029, 244.529, lewisham, 3.623],
          ['Southwark', 269.502, 265.415, 283.523, 18.108, 11.471],
        ]),
      ),
    );

  test('reads every column in that unit, the caption naming none of them', async () => {
    // 244.529 less 235.029 is 9.500: a thousand pounds out is rounding, two thousand is not.
    expect(loud(await grants(9.501))).toEqual([]);
    const out = await grants(9.502);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@E8']);
    expect(out.findings[0].message).toBe(
      'Lewisham: 2002–03 grant less Adjusted 2001–02 grant comes to £9,500,000, but Adjusted cash increase shows £9,502,000 (a difference of £2,000).',
    );
  });
});

describe('a column whose total is marked for a note ("*1,211.404"), a part of each line\'s total', () => {
  // Health boards' allocations, £ million: revenue and capital make each board's programme.
  const boards = (fife: number, revenueTotal: string) =>
    check(
      workbook(
        sheet('Allocations 1983-84', [
          ['Health Board', 'Revenue', 'Ordinary Capital', 'Total Expenditure Programme'],
          [null, '£ million (net)', '£ million', '£ million'],
          ['Argyll and Clyde', 88.44, 2.595, 91.035],
          ['Ayrshire and Arran', 59.679, 2.128, 61.807],
          ['Borders', 17.555, 0.586, 18.141],
          ['Dumfries and Galloway', 31.175, 0.848, 32.023],
          ['Fife', 57.596, 1.933, fife],
          ['Total', revenueTotal, 8.09, 262.535],
          ['* Not yet allocated £6 million.'],
        ]),
      ),
    );

  test('is still read on each line: a board whose programme is not its revenue and capital is flagged', async () => {
    expect(loud(await boards(59.529, '*254.445'))).toEqual([]);
    expect(loud(await boards(59.259, '*254.445'))).toEqual(['amounts.parts-vs-total@D7', 'totals.row-mismatch@D8']);
  });
});

describe('figures two lines share, merged down over both ("Hackney" and "Islington" given one total)', () => {
  // Urban programme allocations, £ million: each authority's years and their total.
  const resources = (bolton: number, merges: string[]) =>
    check(
      workbook({
        ...sheet('UP resources', [
          [null, '1980–81', '1981–82', '1982–83', '1983–84', 'Total 1980–81 to 1983–84'],
          ['Birmingham', 17.3, 16.9, 25.7, 24.1, 84.0],
          ['Docklands', 26.2, 28.3, 17.0, 8.0, 79.5],
          ['Hackney', 15.4, 15.0, 10.35, 11.0, 72.5],
          ['Islington', null, null, 10.35, 10.4, null],
          ['Lambeth', 9.0, 9.2, 12.5, 13.5, 44.2],
          ['Liverpool', 17.6, 17.6, 26.8, 24.1, 86.1],
          ['Bolton', 2.0, 2.6, 3.53, 3.6, bolton],
        ]),
        merges,
      }),
    );

  test("are no one line's: neither line is cast, and the others still are", async () => {
    expect(loud(await resources(11.73, ['B4:B5', 'C4:C5', 'F4:F5']))).toEqual([]);
    expect(loud(await resources(11.37, ['B4:B5', 'C4:C5', 'F4:F5']))).toEqual(['amounts.parts-vs-total@F8']);
  });

  test("unmerged, the same figures are Hackney's own, and do not add up", async () => {
    expect(loud(await resources(11.73, []))).toEqual(['amounts.parts-vs-total@F4']);
  });
});

describe('a last column its lines show to be their total, its heading naming none ("School Education")', () => {
  // Real terms spending on schools, £000: primary, secondary and special make school education.
  const years: [string, number, number, number, number][] = [
    ['2007-08', 2291312, 2570000, 641962, 5503273],
    ['2008-09', 2266389, 2550632, 645280, 5462301],
    ['2009-10', 2238327, 2469714, 656351, 5364393],
    ['2010-11', 2247021, 2441262, 648359, 5336642],
    ['2011-12', 2185497, 2330489, 619960, 5135945],
    ['2012-13', 2157200, 2309964, 605403, 5072566],
    ['2013-14', 2143300, 2257681, 607647, 5008629],
    ['2014-15', 2137097, 2225583, 614385, 4977065],
    ['2015-16', 2178851, 2226211, 628597, 5033659],
    ['2016-17', 2210760, 2213670, 618241, 5042671],
  ];
  const spending = (lines: number, wrong: number[]) =>
    check(
      workbook(
        sheet('Table 1', [
          ['Table 1: Real terms expenditure (£000)'],
          ['Financial Year', 'Primary Education', 'Secondary Education', 'Special Education', 'School Education'],
          ...years.slice(0, lines).map(([y, a, b, c, t], i) => [y, a, wrong.includes(i) ? b + 27000 : b, c, t]),
        ]),
      ),
    );

  test('is their total where six lines and four in five hold it: a line that does not is flagged', async () => {
    expect(loud(await spending(10, []))).toEqual([]);
    // 8 of 10 hold.
    expect(loud(await spending(10, [2, 7]))).toEqual(['amounts.parts-vs-total@E5', 'amounts.parts-vs-total@E10']);
  });

  test('fewer lines, or fewer holding, show no total: 5 of 6, or 7 of 9, are not enough', async () => {
    expect(loud(await spending(6, [2]))).toEqual([]);
    expect(loud(await spending(9, [2, 7]))).toEqual([]);
  });
});

describe('a Total group whose columns add up the same columns of the groups beside it', () => {
  // Health boards' spending, "Revenue | Capital | Total" each over "Cash terms | 1986–87 prices".
  const boards = (total8687: number, totalHeading = 'Total', cash = 'Cash terms') => {
    const s = sheet('Health boards', [
      ["£'000s"],
      [null, 'Revenue expenditure', null, 'Capital expenditure', null, totalHeading, null],
      ['Year', cash, '1986–87 prices', cash, '1986–87 prices', cash, '1986–87 prices'],
      ['1985–86', 1739554, 1799836, 118206, 122303, 1857760, 1922139],
      ['1986–87', 1866616, 1866616, 103567, 103567, 1970183, total8687],
      ['1987–88', 1889936, 1794222, 266270, 252785, 2156206, 2047007],
      ['1988–89', 2281568, 2015888, 113928, 100662, 2395496, 2116550],
    ]);
    s.merges = ['B2:C2', 'D2:E2', 'F2:G2'];
    return check(workbook(s));
  };

  test('each total is the sum of its own columns: a unit out is rounding, two units out is a slip', async () => {
    expect(loud(await boards(1970183))).toEqual([]);
    expect(loud(await boards(1970184))).toEqual([]);
    expect(loud(await boards(1970185))).toEqual(['amounts.parts-vs-total@G5']);
  });

  test('groups under a unit alone ("Total | 000") share no words: a total is not read from them', async () => {
    const out = await boards(1970185, 'Total', '£000');
    expect(loud(out)).toEqual([]);
  });

  test('the slip names the columns it adds', async () => {
    const out = await boards(1907183);
    expect(out.findings.map((f) => f.message)).toContainEqual(
      expect.stringContaining('Revenue expenditure 1986–87 prices and Capital expenditure 1986–87 prices'),
    );
  });
});

describe('a total column headed by its date over "Total funds" ("31.12.22 Total funds £")', () => {
  // A charity's statement of financial activities, its funds across and the year's total.
  const sofa = (investments: number, dated = '31.12.22') => {
    return check(
      workbook(
        sheet('SOFA', [
          [null, null, null, null, null, dated, '31.12.21'],
          [null, null, 'Unrestricted', 'Designated', 'Restricted', 'Total', 'Total'],
          [null, null, 'funds', 'funds', 'funds', 'funds', 'funds'],
          [null, 'Notes', '£', '£', '£', '£', '£'],
          ['Income and endowment from:'],
          ['Donations and legacies', 2, 20, 500, null, 520, null],
          ['Charitable activities', 4, 87828, null, null, 87828, 84643],
          ['Grant amortisation', null, null, null, 11225, 11225, 11225],
          ['Investment income', 3, 190, 5275, null, investments, 4360],
          ['Trading', 5, 300, null, null, 300, 250],
          ['Rents', 6, 1200, null, null, 1200, 1100],
          ['Total income', null, 89538, 5775, 11225, 101073 + investments, 101578],
        ]),
      ),
    );
  };

  test('totals the funds beside it on each line: a pound out is rounding, two pounds out is a slip', async () => {
    expect(loud(await sofa(5465))).toEqual([]);
    expect(loud(await sofa(5466))).toEqual([]);
    // (The total row's own total moves with the line, and is out across as well.)
    expect(loud(await sofa(5467))).toEqual(['amounts.parts-vs-total@F9', 'amounts.parts-vs-total@F12']);
  });

  test('only a date is set aside: "Year 22 Total funds" names no total, and the line is not cast', async () => {
    expect(loud(await sofa(5467, 'Year 22'))).toEqual([]);
  });

  test('or the year alone, "2022" over "Total funds", as a scan of the accounts prints it', async () => {
    expect(loud(await sofa(5465, '2022'))).toEqual([]);
    expect(loud(await sofa(5467, '2022'))).toEqual(['amounts.parts-vs-total@F9', 'amounts.parts-vs-total@F12']);
    // (Not a financial year: "2021/22 Total" is that year's whole, one year among others.)
    expect(loud(await sofa(5467, '2021/22'))).toEqual([]);
  });
});

describe('the same columns again for a second year, each group with its total', () => {
  // A written answer's wholetime and retained staff by fire and rescue service, two years side by side.
  const staff = (kentRetained: number) =>
    check(
      workbook(
        sheet('Written answer', [
          [null, '2003-04', null, null, '2004-05', null, null],
          [null, 'WT(1)', 'RDS(2)', 'Total', 'WT(1)', 'RDS(2)', 'Total'],
          ['Avon', 37, 21, 58, 40, 15, 55],
          ['Bedfordshire and Luton', 13, 21, 34, 24, 14, 38],
          ['Buckinghamshire', 10, 21, 31, 15, 15, 30],
          ['Cambridgeshire', 7, 36, 43, 18, 30, 48],
          ['Kent', 33, 78, 111, 35, kentRetained, 102],
          ['Lancashire', 32, 46, 78, 39, 41, 80],
        ]),
      ),
      { asOf: '2006-07-10' },
    );

  test("the second year's total adds the second year's columns, and a line out of step there is said", async () => {
    expect(loud(await staff(67))).toEqual([]);
    const out = await staff(76);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@G7']);
    expect(out.findings[0].message).toBe(
      'Kent: WT(1) and RDS(2) add up to £111, but Total shows £102 (a difference of £9).',
    );
  });
});
