/**
 * Totals across a line ("Grant awards | Contract payments | Total payments"), cross-cast as a
 * finance officer would: checked only where the table shows the column is the line's total (most
 * lines add up), and partners' amounts against their line total on the same terms.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const across = (rows: CellValue[][]) =>
  check(
    workbook(sheet('Grants', [['Region', 'Grant awards £k', 'Contract payments £k', 'Total payments £k'], ...rows])),
  );

describe('a line whose figures do not add up to its own total column', () => {
  test('is reported where the other lines add up, naming the columns it added', async () => {
    const result = await across([
      ['Eastern', 149, 0, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, 1023],
      ['North East', 28, 0, 28],
    ]);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D4']);
    const finding = result.findings.find((f) => f.ruleId === 'amounts.parts-vs-total');
    expect(finding?.message).toBe(
      'London: Grant awards £k and Contract payments £k add up to £1,123,000, but Total payments £k shows £1,023,000 (a difference of £100,000).',
    );
  });

  test('two lines adding up against one that does not are enough to show the column is their total', async () => {
    const result = await across([
      ['Eastern', 149, 0, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, 1023],
    ]);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D4']);
  });

  test('one line adding up against one that does not shows nothing: the column may total something else', async () => {
    const result = await across([
      ['Eastern', 149, 10, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, 1023],
    ]);
    expect(loud(result)).toEqual([]);
  });

  test('rounding of one unit of the printed figures is allowed for up to three parts, two units are not', async () => {
    const rows = (london: number): CellValue[][] => [
      ['Eastern', 149, 0, 149],
      ['East Midlands', 138, 85, 223],
      ['London', 345, 778, london],
    ];
    expect(loud(await across(rows(1124)))).toEqual([]);
    expect(loud(await across(rows(1125)))).toEqual(['amounts.parts-vs-total@D4']);
  });

  test('a column of words with a figure here and there is not one of the parts', async () => {
    const result = await check(
      workbook(
        sheet('Bands', [
          ['Banding', 'Property value', 'Council Tax', 'Water', 'Net Total'],
          ['A', 'up to £27,000', 860.5, 154.98, 1015.48],
          ['B', '£27,001 to £35,000', 1003.92, 180.81, 1184.73],
          ['H', 'over £212,001', 3162.34, 464.94, 3627.28],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });

  test('with no totals row, the total across makes the table one whose totals are checked', async () => {
    const result = await check(
      workbook(
        sheet('Police funding', [
          ['£ million'],
          [null, 'Police grant', 'Revenue support grant', 'National non domestic rates', 'Total Government funding'],
          ['1997–98', 113.6, 65.8, 28.1, 207.5],
          ['1998–99', 119.1, 66.5, 27.6, 213.2],
          ['1999–2000', 118.7, 61.7, 29.5, 215.3],
          ['2000–01', 122.2, 65.9, 32.6, 220.7],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['amounts.parts-vs-total@E5']);
    expect(result.readings[0].kindReason).toContain("a total across each line ('Total Government funding')");
  });

  test('years numbered 1, 2 then 3 are no subtotal: the year 3 line is a line and the total row totals all three', async () => {
    const result = await check(
      workbook(
        sheet('Growth point', [
          ['Year', '1st Round', '2nd Round', 'Total'],
          [1, 89, 3, 92],
          [2, 109, 38, 147],
          [3, 129, 59, 188],
          ['Total', 327, 100, 427],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].subtotalRows).toEqual([]);
  });
});

describe('staff counts each rounded to the nearest ten, with a total across the line', () => {
  // A written answer: each department's staff in London and the South East, rounded to tens.
  const staff = (revenueTotal: number, treasury = 1030) =>
    check(
      workbook(
        sheet('Staff', [
          ['Department', 'London', 'South East', 'Total London and South East'],
          ['HM Treasury', treasury, 0, treasury],
          ['HM Customs and Excise', 5510, 3610, 9120],
          ['Inland Revenue', 6960, 6830, revenueTotal],
          ['Valuation Office Agency', 830, 760, 1590],
          ['Office for National Statistics', 860, 470, 1330],
        ]),
      ),
    );

  test('a total ten out of its parts is rounding; twenty out is a slip', async () => {
    expect(loud(await staff(13800))).toEqual([]);
    expect(loud(await staff(13810))).toEqual(['amounts.parts-vs-total@D4']);
  });

  test('where one figure is no whole ten the counts are exact: ten out is a slip', async () => {
    expect(loud(await staff(13800, 1031))).toEqual(['amounts.parts-vs-total@D4']);
  });
});

describe("partners' amounts against their line total", () => {
  const shared = (rows: CellValue[][]) =>
    check(workbook(sheet('Shared', [['Service', 'BDC £', 'RBC £', 'Total £'], ...rows])));

  test('missing it on most lines, they are not the whole of it: no line is reported', async () => {
    const result = await shared([
      ['Payroll', 100, 100, 250],
      ['CCTV', 200, 100, 330],
      ['Audit', 100, 100, 200],
    ]);
    expect(loud(result).filter((id) => id.startsWith('amounts.partners-vs-total'))).toEqual([]);
  });

  test('adding up on most lines, the line that misses it is reported', async () => {
    const result = await shared([
      ['Payroll', 100, 100, 250],
      ['CCTV', 200, 100, 300],
      ['Audit', 100, 100, 200],
    ]);
    expect(loud(result).filter((id) => id.startsWith('amounts.partners-vs-total'))).toEqual([
      'amounts.partners-vs-total@B2',
    ]);
  });

  test('on two lines there is too little to go on, and each line that misses is reported', async () => {
    const result = await shared([
      ['Payroll', 100, 100, 250],
      ['CCTV', 200, 100, 330],
    ]);
    expect(loud(result).filter((id) => id.startsWith('amounts.partners-vs-total'))).toEqual([
      'amounts.partners-vs-total@B2',
      'amounts.partners-vs-total@B3',
    ]);
  });
});

describe("other columns of money among the partners' (a council tax bill's parts by band)", () => {
  const bands = (bandE: number) =>
    check(
      workbook(
        sheet('Band charges', [
          [null, 'Wirral Council', 'Adult Social Care', 'City Region', 'Police', 'Fire and Rescue', 'Total'],
          ['A', 1077.37, 181.45, 12.67, 176.65, 60.83, 1508.97],
          ['B', 1256.93, 211.69, 14.78, 206.09, 70.97, 1760.46],
          ['D', 1616.05, 272.17, 19.0, 264.97, 91.25, 2263.44],
          ['E', 1975.17, bandE, 23.22, 323.85, 111.53, 2766.42],
        ]),
      ),
      { asOf: '2024-04-01' },
    );

  test('each line is cross-cast over all of them: a band whose parts miss its total by 10.00 is out', async () => {
    expect(loud(await bands(322.65))).toEqual(['amounts.parts-vs-total@G5']);
  });

  test('two pence out over five parts is rounding, three pence is not', async () => {
    expect(loud(await bands(332.63))).toEqual([]);
    expect(loud(await bands(332.62))).toEqual(['amounts.parts-vs-total@G5']);
  });
});

describe('costs by year with a column of dashes but for one year\'s income, and a cost "Included in rent"', () => {
  const costs = (income: CellValue, storage: CellValue = 'Included in rent') =>
    check(
      workbook(
        sheet('Costs', [
          ['Year', 'Rent', 'Storage costs', 'Maintained costs', 'Income', 'Total'],
          ['1991-92', 326693, storage, 502441, '\u2014', 829134],
          ['1992-93', 1476890, 301045, 708200, '\u2014', 2486135],
          ['1993-94', 1183128, 237870, 832944, '\u2014', 2253942],
          ['2001-02', 1339244, 243765, 1144343, income, 1927352],
        ]),
      ),
      { asOf: '2002-11-19' },
    );

  test('the income is a part of the total where the dashes are nil, and "Included in rent" is no figure of its own', async () => {
    const result = await costs(-800000);
    expect(loud(result)).toEqual([]);
    // ("Storage costs" and "Maintained costs" are kinds of cost, not partners named Storage and Maintained.)
    expect(result.readings[0].partners).toEqual([]);
  });

  test('an income that does not bring the line to its total is out', async () => {
    expect(loud(await costs(-700000))).toEqual(['amounts.parts-vs-total@F5']);
  });
});

describe('a total that stands before its parts, and parts with blanks between them', () => {
  test('"Total | Permanent | Other" under each year: the total first, checked against the two after it', async () => {
    const staff = (medical: number) =>
      check(
        workbook(
          sheet('Staff', [
            [null, 'Total 2017/18 No.', 'Permanent 2017/18 No.', 'Other 2017/18 No.'],
            ['Medical and Dental', medical, 398, 5],
            ['Ambulance Staff', 0, null, null],
            ['Administration and Estates', 660, 627, 33],
            ['Healthcare Assistants', 240, 212, 28],
            ['Nursing, Midwifery and Health Visiting Staff', 1238, 1155, 83],
            ['Scientific, Therapeutic and Technical Staff', 641, 633, 8],
            ['Total Average Numbers', 3182 + (medical - 403), 3025, 157],
          ]),
        ),
      );
    // One unit out is the rounding of averages; two is a slip (and the total line carries it).
    expect(loud(await staff(404))).toEqual([]);
    expect(loud(await staff(405))).toEqual(['amounts.parts-vs-total@B2', 'amounts.parts-vs-total@B8']);
  });

  test('each line funded from one of three columns: the columns are parts though most of their cells are blank', async () => {
    const result = await check(
      workbook(
        sheet('Allocation', [
          ['Intervention', 'People and skills', 'Communities and place', 'Supporting Local business', 'Total'],
          ['E33: Employment support', 15000000, null, null, 15000000],
          ['E34: Courses including basic skills', 10000000, null, null, 10000000],
          ['E1: Town centres', null, 12000000, null, 12000000],
          ['E13: Cost of living', null, 6126812, null, 6216812],
          ['E19: Research and development', null, null, 6000000, 6000000],
          ['E23: Entrepreneurial ecosystems', null, null, 37350000, 37350000],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['amounts.parts-vs-total@E5']);
  });
});

describe("a charity's statement of activities: a fund moved only on some lines, blank on the totals rows", () => {
  // Income, spending and gains by fund, the year's total beside them; no endowment income or
  // spending, so the Endowment column is blank on the totals rows and holds gains alone.
  const sofa = (otherIncome: number) =>
    check(
      workbook(
        sheet('SOFA', [
          [null, 'Note', 'Unrestricted funds', 'Restricted funds', 'Endowment funds', 'Total 2023'],
          ['Income and Endowments from:'],
          ['Investment income', 2, 7090, 1459, null, 8549],
          ['Other income', null, otherIncome, null, null, 33483],
          ['Total income', null, 7090 + otherIncome, 1459, null, 8549 + otherIncome],
          ['Expenditure on:'],
          ['Charitable activities', 4, -33186, null, null, -33186],
          ['Total expenditure', null, -33186, null, null, -33186],
          ['Gains on investment assets', null, -720, -995, 154305, 152590],
          ['Net movement in funds', null, 6667, 464, 154305, 161436],
        ]),
      ),
    );

  test('the fund is one of the parts each line adds up to, so a line out of step is found', async () => {
    expect(loud(await sofa(33483))).toEqual([]);
    expect(loud(await sofa(33484))).toEqual([]);
    expect(loud(await sofa(33485))).toContain('amounts.parts-vs-total@F4');
    expect(loud(await sofa(33843))).toContain('amounts.parts-vs-total@F4');
  });
});

describe('a net column, gross less income', () => {
  const services = (direct: number, gross = 'Gross expenditure') =>
    check(
      workbook(
        sheet('Service costs', [
          ['Service', gross, 'Total income', 'Net cost 19/20'],
          ['Corporate management', 5721000, 1150000, 4571000],
          ['Commissioned services', 23266000, 14051000, 9215000],
          ['Direct services', 9423000, 13951000, direct],
          ['Benefits, council tax and business rates', 47858000, 47119000, 740000],
          ['Total', 86268000, 76271000, 9998000],
        ]),
      ),
    );

  test('a net that is not gross less income is out of line; a thousand out in a table rounded to thousands is not', async () => {
    expect(loud(await services(-4528000))).toEqual([]);
    const out = await services(13951000);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@D4', 'totals.row-mismatch@D6']);
    expect(out.findings.find((f) => f.ruleId === 'amounts.parts-vs-total')?.message).toBe(
      'Direct services: Gross expenditure less Total income comes to -£4,528,000, but Net cost 19/20 shows £13,951,000 (a difference of £18,479,000).',
    );
  });

  test('"Expenditures 2018-19 (£,000)", in the plural, is the gross', async () => {
    expect(loud(await services(13951000, 'Expenditures 2018-19 (£,000)'))).toContain('amounts.parts-vs-total@D4');
  });

  test('where half the lines or fewer hold it, the net column is something else and nothing is said', async () => {
    const result = await check(
      workbook(
        sheet('Service costs', [
          ['Service', 'Gross expenditure', 'Total income', 'Net cost 19/20'],
          ['Corporate management', 5721000, 1150000, 4571000],
          ['Commissioned services', 23266000, 14051000, 1000000],
          ['Direct services', 9423000, 13951000, 2000000],
          ['Other services', 9423000, 1000000, 8423000],
          ['Total', 47833000, 30152000, 15994000],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a variance that is not the difference it names', () => {
  test('"2020/21 | 2021/22 | Variance": the later less the earlier, where the other lines hold it', async () => {
    const variances = (other: number) =>
      check(
        workbook(
          sheet('Variances', [
            ['Section 2', '2020/21 £', '2021/22 £', 'Variance (+/-) £'],
            ['Precept', 800, 800, 0],
            ['Other income', 200, 923, 723],
            ['Staff costs', 300, 350, 50],
            ['Loan interest/ capital', 100, 90, -10],
            ['Other payments', 686, 1053, other],
            ['Balances carried forward', 1017, 1686, 669],
            ['Total', 3103, 4902, 1432 + other],
          ]),
        ),
      );
    // Figures in whole pounds, two of them: a pound is rounding, two pounds a slip.
    expect(loud(await variances(368))).toEqual([]);
    // (The total's own variance is out by the same slip.)
    expect(loud(await variances(369))).toEqual(['amounts.parts-vs-total@D6', 'amounts.parts-vs-total@D8']);
  });

  test('"2014/15 budget | Variance | 2015/16 budget": the next budget less the last', async () => {
    const result = await check(
      workbook(
        sheet('Fees', [
          [null, '2014/15 Original Budget', 'Budget Variance', '2015/16 Original Budget'],
          ['Community Centres', -4500, -10000, -14500],
          ['Cemeteries', -215750, -1250, -217000],
          ['SLM & Related Income', -40000, -16000, -56000],
          ['Recycling Banks', -14400, 9500, -5900],
          [null, -274650, -17750, -293400],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['amounts.parts-vs-total@C5', 'amounts.parts-vs-total@C6']);
  });

  test('"Estimate | Forecast | Estimate | Difference": the later estimate less the earlier, the forecast aside', async () => {
    const estimates = (garages: number) =>
      check(
        workbook(
          sheet('HRA summary', [
            ['Net Expenditure', 'Estimate', 'Forecast', 'Estimate', 'Difference'],
            ['Repairs Administration', 1470031, 1515000, 1887814, 417783],
            ['General Administration', 2308768, 1695980, 2558730, 249962],
            ['Sheltered Housing', 170857, 84978, 95421, -75436],
            ['Rent Income from Dwellings', -27559960, -27867630, -29022950, -1462990],
            ['Rent Income from Garages', -392720, -403000, -411060, garages],
          ]),
        ),
      );
    // Whole pounds, two figures to a line: a pound out is rounding, two pounds a slip.
    expect(loud(await estimates(-18341))).toEqual([]);
    expect(loud(await estimates(-18342))).toEqual(['amounts.parts-vs-total@E6']);
    expect(loud(await estimates(-13840))).toEqual(['amounts.parts-vs-total@E6']);
  });

  test('"1.52" among figures to three places is 1.520: a slip of £2,000 in £m is out, £1,000 is rounding', async () => {
    const monitor = (variance: number) =>
      check(
        workbook(
          sheet('Social Work', [
            [null, 'Annual Budget', 'Forecast for Year', 'Annual Forecast Variance'],
            ['Service Departments :-', '£m', '£m', '£m'],
            ['Performance and Support', 8.056, 7.756, 0.3],
            ['Children and Families', 36.449, 36.757, -0.308],
            ['Adults and Older People', 127.134, 127.177, -0.043],
            ['Justice and Substance Misuse', 1.52, 1.487, variance],
            ['COVID-19', 0, 0.37, -0.37],
          ]),
        ),
      );
    // (Rounding is one unit of the last printed digit, £1,000 here; two units is a slip.)
    expect(loud(await monitor(0.034))).toEqual([]);
    expect(loud(await monitor(0.035))).toEqual(['amounts.parts-vs-total@D6']);
    expect(loud(await monitor(0.042))).toEqual(['amounts.parts-vs-total@D6']);
  });

  test('"Forecast Variance" over "Month 2 | Month 5 | Movement": the movement is the later less the earlier', async () => {
    const movements = (transport: number) =>
      check(
        workbook(
          sheet('Movements', [
            [null, 'Forecast', 'Forecast'],
            [null, 'Variance', 'Variance'],
            [null, 'Month 2', 'Month 5', 'Movement'],
            ['Service', "£'000", "£'000", "£'000", 'Explanation of Main Movements'],
            ['Health, SEN & Disability Services', 736, 912, 176, 'New placements'],
            ['Education & Skills', 512, 435, -77, 'Council nurseries'],
            ["Children's Safeguarding & Care", -524, -1641, -1117, 'Fewer residential placements'],
            ['Transport', -551, -708, transport, 'Penalty charge income'],
          ]),
        ),
      );
    // (Whole thousands: one is rounding, two a slip.)
    expect(loud(await movements(-158))).toEqual([]);
    expect(loud(await movements(-159))).toEqual(['amounts.parts-vs-total@D8']);
    expect(loud(await movements(-175))).toEqual(['amounts.parts-vs-total@D8']);
  });

  test('"Over or (under) spend" is the actual less the budget', async () => {
    const monitor = (overspend: number) =>
      check(
        workbook(
          sheet('Appendix 1', [
            ['All Portfolios', 'Actual Spend or (Income)', 'Budgeted Spend or (Income)', 'Over or (under) spend'],
            ['Transportation & Planning Policy', 4606, 4806, -200],
            ['Education', 52505, 52665, -160],
            ['Social Services', 25664, 23445, overspend],
            ['Culture & Leisure', 1661, 1917, -256],
          ]),
        ),
      );
    expect(loud(await monitor(2219))).toEqual([]);
    expect(loud(await monitor(2290))).toEqual(['amounts.parts-vs-total@D4']);
  });

  describe('"(Under)/Overspend" beside the budget and the revised costs, with no totals row', () => {
    const schemes = (tangHall: number, horseman: number, backfills = -9) =>
      check(
        workbook(
          sheet('Table', [
            ['Cost Centre', 'Scheme', 'Approved Budget 2008/09', 'Revised Costs 2008/09', '(Under)/Overspend 2007/08'],
            [null, null, '£k', '£k', '£k'],
            ['F772', 'Installation and Replacement of Heating Systems', 1406, 1328, -78],
            ['F700', 'Misc. Backfills', 381, 372, backfills],
            ['F765', 'Tang Hall TC', 2964, 2919, tangHall],
            ['F708', 'Horseman Ave TC', 331, 327, horseman],
          ]),
        ),
      );

    test('is the revised cost less the budget: a line where it is not is out', async () => {
      expect(loud(await schemes(-45, -4))).toEqual([]);
      expect(loud(await schemes(-45, -14))).toEqual(['amounts.parts-vs-total@E6']);
    });

    test('half the lines holding it exactly is enough to say the others are out', async () => {
      expect(loud(await schemes(-35, -14))).toEqual(['amounts.parts-vs-total@E5', 'amounts.parts-vs-total@E6']);
    });

    test('fewer than half is not: the column may be some other difference', async () => {
      expect(loud(await schemes(-35, -14, -19))).toEqual([]);
    });
  });
});

describe('"Over/(Under)" alone over "spend", beside "Budget | Actual", over a totals row', () => {
  // A capital outturn summary: the variance's heading broken over two rows, the first holding only it.
  const outturn = (over: string, housing: number) =>
    check(
      workbook(
        sheet('Appendix 2', [
          ['Capital Outturn Summary Statement'],
          [null, null, null, over],
          [null, 'Budget', 'Actual', 'spend'],
          [null, "£000's", "£000's", "£000's"],
          ['Childrens Services', 14760.3, 10287.7, -4472.6],
          ['Housing', 4705.1, 2667.2, housing],
          ['Environment & Transport', 9200.1, 8948.9, -251.2],
          ['Fire & Public Safety', 458.9, 279.4, -179.5],
          ['Total Expenditure', 29124.4, 22183.2, -6941.2],
        ]),
      ),
    );

  test('is one heading, the variance: a line whose variance is not actual less budget is out', async () => {
    expect(loud(await outturn('Over/(Under)', -2037.9))).toEqual([]);
    expect(loud(await outturn('Over/(Under)', -2028.9))).toEqual([
      'amounts.parts-vs-total@D6',
      'totals.row-mismatch@D9',
    ]);
  });

  test("a page's label there ('Appendix 2') is no part of the heading", async () => {
    const result = await outturn('Appendix 2', -2037.9);
    expect(result.readings[0].columns.map((c) => c.header)).toContain("spend £000's");
  });
});

describe('figures to three places, in £m with the unit unprinted, and years not yet begun shown "—"', () => {
  const pathfinders = (burton: number) =>
    check(
      workbook(
        sheet('Pathfinders', [
          [null, 'Region', '2002-03', '2003-04', '2004-05', '2009-10', 'Total'],
          ['Ashfield', 'EM', 0.755, 0.844, 0.786, '—', 2.385],
          ['Barnsley', 'YH', 0.272, 0.393, 0.625, '—', 1.29],
          ['Burton', 'WM', 0.287, 0.512, burton, '—', 1.375],
          ['Gloucester', 'SW', 0.147, 0.6, 0.558, '—', 1.305],
        ]),
      ),
    );

  test('are added to their places: a line out by 0.05 is out, a nil "—" and "0.6" for 0.600 widen nothing', async () => {
    expect(loud(await pathfinders(0.576))).toEqual([]);
    expect(loud(await pathfinders(0.626))).toEqual(['amounts.parts-vs-total@G4']);
  });

  test('a line out by less than a unit of its places for each part is rounding', async () => {
    expect(loud(await pathfinders(0.577))).toEqual([]);
  });
});

describe('a year total of the two columns just before it, after the budget', () => {
  const precept = (electricity: number) =>
    check(
      workbook(
        sheet('Payments and Expenses', [
          [
            null,
            'PRECEPT 2013 - 2014 £',
            'ACTUAL 01.04.13 to 10.11.13 £',
            'EST 11.11.13 to 31.03.14 £',
            'ESTIMATED YEAR TOTAL 2013 - 2014 £',
          ],
          ['Mower Fuel', 50.0, 24.81, 25.0, 49.81],
          ['Sports Club Mower Fund', 250.0, 250.0, 0, 250.0],
          ['Electricity Charges', 750.0, 518.19, 230.0, electricity],
          ['Repairs & Maintenance', 470.0, 210.72, 250.0, 460.72],
          ['Church Gate Light', 24.0, 0, 24.0, 24.0],
          ['TOTAL', 1544.0, 1003.72, 529.0, 1532.72],
        ]),
      ),
    );

  test('is the actual to date and the estimate to the year end: a line where it is not is out', async () => {
    expect(loud(await precept(748.19))).toEqual([]);
    // (The total under the column is out by the same slip.)
    expect(loud(await precept(784.19))).toEqual(['amounts.parts-vs-total@E4', 'totals.row-mismatch@E7']);
  });
});

describe('a reserves statement with two slips in one of its steps', () => {
  // Balance | Movement | Balance | Movement | Balance: the second step holds on 3 lines of 5.
  const statement = (general: number, capital: number, third = 611678) =>
    check(
      workbook(
        sheet('Reserves', [
          [
            'Reserve',
            'Balance at 1/4/2012 £',
            'Movement 2012/13 £',
            'Balance at 1/4/2013 £',
            'Movement 2013/14 £',
            'Balance at 1/4/2014 £',
          ],
          ['General Reserve', 1828947, -200000, 1628947, general, 1328947],
          ['New Homes Bonus', 0, 611678, 611678, 0, third],
          ['Big Society Fund', 0, 1151625, 1151625, -200000, 951625],
          ['Capital Projects', 1440515, 29180, 1469695, 13340, capital],
          ['Organisational Development', 358488, 0, 358488, -100000, 258488],
        ]),
      ),
    );

  test('is a step still, where the other step shows the statement is one: both slips are out', async () => {
    expect(loud(await statement(-300000, 1483035))).toEqual([]);
    expect(loud(await statement(-350000, 1438035))).toEqual(['amounts.parts-vs-total@F2', 'amounts.parts-vs-total@F5']);
  });

  test('held on half the lines or fewer, it is not', async () => {
    expect(loud(await statement(-350000, 1438035, 600000))).toEqual([]);
  });
});

describe('a column that is the two before it less one another on nearly every line, no heading saying so', () => {
  // Charnwood's council tax base: Band D equivalents less those on benefit give the adjusted figure.
  const parishes: [string, number, number, number][] = [
    ['Anstey', 2755.9, 186.5, 2569.4],
    ['Barkby', 149.1, 3.9, 145.2],
    ['Barkby Thorpe', 18.6, 0.9, 17.7],
    ['Barrow-upon-Soar', 2652.0, 145.6, 2506.4],
    ['Beeby', 44.6, 1.2, 43.4],
    ['Birstall', 4880.7, 268.9, 4611.8],
    ['Burton-on-the-Wolds', 531.0, 6.4, 524.6],
    ['Cossington', 233.3, 12.7, 220.6],
    ['Cotes', 24.9, 0.6, 24.3],
    ['East Goscote', 1002.3, 46.5, 955.8],
  ];
  const sum = (xs: number[]) => Math.round(xs.reduce((a, x) => a + x, 0) * 10) / 10;
  const base = (lines: number, slips: number, heading = 'Adjusted Band D Figure') => {
    const rows = parishes
      .slice(0, lines)
      .map(([p, d, b, a], i): [string, number, number, number] => [p, d, b, i < slips ? a + 10 : a]);
    const total: CellValue[] = ['Total', ...[1, 2, 3].map((k) => sum(rows.map((l) => l[k] as number)))];
    return check(
      workbook(
        sheet('Tax base', [
          ['Parish, etc.', 'Band D Equivalent Properties', 'Benefit Band D', heading],
          ...rows,
          total,
        ]),
      ),
    );
  };

  test("six lines holding it and one in ten out at most: the lines out are flagged, in the figures' own unit", async () => {
    // Ten lines, one out: nine in ten hold it.
    const result = await base(10, 1);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D2']);
    expect(result.findings[0].message).toBe(
      'Anstey: Band D Equivalent Properties less Benefit Band D comes to 2,569.4, but Adjusted Band D Figure shows 2,579.4 (a difference of 10).',
    );
    // Six lines, none out.
    expect(loud(await base(6, 0))).toEqual([]);
  });

  test('five lines holding it, or two out of ten, show no relation: nothing is said', async () => {
    // Six lines, one out: five hold it.
    expect(loud(await base(6, 1))).toEqual([]);
    // Ten lines, two out: eight in ten.
    expect(loud(await base(10, 2))).toEqual([]);
  });
});

describe('"Net expenditure" just after two columns of figures, by year with no totals row', () => {
  // A written answer on housing revenue account subsidy: what went to authorities in deficit, what
  // came from those in surplus (printed negative), and the net to the Exchequer.
  const years: [string, number, number, number][] = [
    ['1994-95', 803583639, -892150955, -88567316],
    ['1995-96', 690585862, -1077515215, -390050431],
    ['1996-97', 660265906, -1223294361, -563028455],
    ['1997-98', 606715419, -1260563048, -668307497],
    ['1998-99', 538962811, -1408955122, -869992311],
  ];
  const answer = (lines: typeof years, net = 'Net expenditure by Exchequer2') =>
    check(
      workbook(
        sheet('Written answer', [
          [
            'Financial year',
            'Amounts distributed to authorities in deficit',
            'Amounts contributed by authorities in surplus1',
            net,
          ],
          ...lines,
        ]),
      ),
    );

  test('is what the two leave: with more than half the lines holding it, the lines that do not are out', async () => {
    // Three of five lines hold it; 1995-96 and 1997-98 do not.
    expect(loud(await answer(years))).toEqual(['amounts.parts-vs-total@D3', 'amounts.parts-vs-total@D5']);
  });

  test('half the lines holding it, or a heading naming no net, shows nothing', async () => {
    expect(loud(await answer(years.slice(0, 4)))).toEqual([]);
    expect(loud(await answer(years, 'Expenditure by Exchequer2'))).toEqual([]);
  });
});

describe('a schedule of payments: each gross is its net and its VAT', () => {
  // After a parish council's credit card payments to note: VAT left blank where none was charged.
  const payments = (wallets: number, headers = ['Net', 'Vat', 'Gross']) =>
    check(
      workbook(
        sheet('Payments', [
          ['Dec 2023 Credit card payments to note'],
          ['Inv Date', 'To', 'Details', ...headers, null],
          [null, 'AMAZON.CO.UK', 'SSD – faulty, returned for refund', -10.99, null, -10.99],
          [null, 'Lebara Mobile Limited', 'mobile phone', 4.13, 0.83, 4.96],
          [null, 'AMAZON.CO.UK', 'Document wallets', 15.6, 3.12, wallets],
          [null, 'AMZNMKTPLACE', 'Oil spill safety pack', 11.62, 2.33, 13.95],
          [null, 'SAINSBURYS S/MKTS', 'Mulled wine mince pies', 47.2, null, 47.2],
          [null, 'TLC DIRECT.CO.UK', 'Tree lights', 51.93, 10.39, 62.32],
          [null, 'Lloyds Bank', 'Fee', 3, null, 3],
          [null, null, 'SUBTOTAL', null, null, null, Math.round((120.44 + wallets) * 100) / 100],
        ]),
      ),
    );

  test('a gross that is its net and VAT on every line is right', async () => {
    expect(loud(await payments(18.72))).toEqual([]);
  });

  test('a penny out is rounding; two pence out is a line that does not add up, said in pence', async () => {
    expect(loud(await payments(18.73))).toEqual([]);
    const result = await payments(18.74);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@F5']);
    expect(result.findings[0].message).toBe(
      'AMAZON.CO.UK: Net and Vat add up to £18.72, but Gross shows £18.74 (a difference of £0.02).',
    );
  });

  test('"Amount | VAT | Total" too', async () => {
    expect(loud(await payments(18.81, ['Amount', 'VAT', 'Total']))).toEqual(['amounts.parts-vs-total@F5']);
  });

  test('a VAT rate is no VAT amount, and a gross not beside its VAT is none of its', async () => {
    expect(loud(await payments(18.81, ['Net', 'VAT %', 'Gross']))).toEqual([]);
    expect(loud(await payments(18.81, ['Net', 'Vat', 'Paid']))).toEqual([]);
  });
});

describe('a market\'s fee list: "Charge | VAT 20% | Charge per day", under section headings', () => {
  const fees = (vat: string, gross: string, single = 4.17) =>
    check(
      workbook(
        sheet('Charges', [
          ['Stall charges'],
          [null, 'Charge', vat, gross],
          ['Street market'],
          ['6m x 3m double gazebo', 25, 5, 30],
          ['3m x 3m single gazebo', 20.83, single, 25],
          ['3m x 3m half gazebo', 16.67, 3.33, 20],
          ['Covered market'],
          ['peak day (Tuesday and Saturday)', 20.83, 4.17, 25],
          ['off peak (Thursday and Friday)', 18.75, 3.75, 22.5],
        ]),
      ),
    );

  test('each charge per day is the charge and its VAT: a transposed VAT is out', async () => {
    expect(loud(await fees('VAT 20%', 'Charge per day'))).toEqual([]);
    expect(loud(await fees('VAT 20%', 'Charge per day', 4.71))).toEqual(['amounts.parts-vs-total@D5']);
  });

  test('a rate alone over the tax ("VAT %") is no amount of it; a gross named otherwise is none of its', async () => {
    expect(loud(await fees('VAT %', 'Charge per day', 4.71))).toEqual([]);
    expect(loud(await fees('VAT 20%', 'Deposit', 4.71))).toEqual([]);
  });
});

describe('"2001-02 to 2010-11" after the years: the years taken together', () => {
  const plan = (first: string, rail: number) =>
    check(
      workbook(
        sheet('10 Year Plan', [
          ['PRIVATE INVESTMENT (£m)'],
          [null, first, '2002-03', '2003-04', '2004-05', '2001-02 to 2004-05'],
          ['Strategic Roads', 173, 223, 242, 150, 788],
          ['Rail', 3655, 3747, 3787, rail, 15145],
          ['Local Transport', 559, 675, 781, 862, 2877],
          ['London', 722, 704, 657, 610, 2693],
        ]),
      ),
    );

  test("is each line's total: a transposed figure leaves its line out", async () => {
    expect(loud(await plan('2001-02', 3956))).toEqual([]);
    expect(loud(await plan('2001-02', 3965))).toEqual(['amounts.parts-vs-total@F4']);
  });

  test('"2013 to 2016" first among the years is a period of its own, not a total of those after it', async () => {
    const period = await check(
      workbook(
        sheet('Financials', [
          ['Year', '2013 to 2016', '2016/2017', '2017/2018', 'Total'],
          ['Profile Spend (£m)', 12.0, 3.536, 3.05, 18.586],
          ['Actual Spend (£m)', 11.999, 3.001, 3.049, 18.049],
          ['Remaining Spend (£m)', 0.001, 0.535, 0.001, 0.537],
        ]),
      ),
    );
    expect(period.readings[0].kindReason).toContain("'Total'");
    expect(loud(period)).toEqual([]);
  });
});

describe('"2024/25 to 2029/30" after the years it follows: a later period, which the Total after it adds in', () => {
  // A county's capital programme movements in £m: this year, the plan's three years, the years after, the total.
  const programme = (later: string, variations: number) =>
    check(
      workbook(
        sheet('Capital Programme', [
          ['Capital Programme (gross) movements (£m)', '2020/21', '2021/22', '2022/23', '2023/24', later, 'Total'],
          ['Approved programme at February 2021', 78.735, 92.085, 65.581, 52.822, 296.755, 585.978],
          ['Approved Variations', 2.534, variations, 1.311, 0.082, 0, 13.021],
          ['Net Slippage', -9.723, 8.921, 0.474, null, 0.328, 0],
          ['Programme Reprofiles', null, -14.638, 10.772, 0.632, 3.234, 0],
        ]),
      ),
    );

  test("each line's Total adds the later years too: a figure out leaves its line out", async () => {
    expect(loud(await programme('2024/25 to 2029/30', 9.094))).toEqual([]);
    expect(loud(await programme('2024/25 to 2029/30', 9.904))).toEqual(['amounts.parts-vs-total@G3']);
  });

  test('a span beginning in a year the columns before it name is still their total', async () => {
    // ("2023/24 to 2029/30" takes in 2023/24: read as the years before it together, it adds up on no
    // line, so the Total after it, with no columns between, is left alone.)
    expect(loud(await programme('2023/24 to 2029/30', 9.904))).toEqual([]);
  });
});

describe('a budget requirement whose net column no heading names, with lines of no income among them', () => {
  // After a borough's budget requirement: gross expenditure, gross income (negative) and the year's estimate.
  const services: [string, number, number][] = [
    ['Central Services', 3760600, -47160],
    ['Environment and Planning', 5960160, -3624480],
    ['Health, Wellbeing and Public Protection', 3994080, -2798740],
    ['Legal Services', 908520, -259880],
    ['Leisure and Community Facilities', 2807220, -378480],
    ['Operations and Commercial', 20657010, -18172320],
    ['Property and Projects', 1995810, -3362780],
  ];
  const nil: [string, number, number][] = [
    ['Chief Executive', 172060, 0],
    ['Financing Adjustment', 1929380, 0],
    ['Contribution To General Fund Balance', 0, -2199130],
  ];
  /** The last line, with no expenditure, `off` its net. */
  const requirement = (off: number) =>
    check(
      workbook(
        sheet('Budget requirement', [
          ['Services', 'Gross Expenditure', 'Gross Income', '2024/2025 Estimate'],
          ...services.map(([s, g, i]) => [s, g, i, g + i]),
          ...nil.map(([s, g, i], k) => [s, g, i, g + i + (k === nil.length - 1 ? off : 0)]),
        ]),
      ),
    );

  test('the lines with a part nil are held to the relation the others show: a pound off is rounding, two out', async () => {
    expect(loud(await requirement(0))).toEqual([]);
    expect(loud(await requirement(1))).toEqual([]);
    expect(loud(await requirement(2))).toEqual(['amounts.parts-vs-total@D11']);
    expect(loud(await requirement(100000))).toEqual(['amounts.parts-vs-total@D11']);
  });
});

describe('a line with one of the two parts nil holds the relation too', () => {
  // After a national park authority's budget monitoring: most lines have no adjustment.
  const adjusted: [string, number, number][] = [
    ['Staff costs', 4841000, 94650],
    ['Facilities costs', 520000, -143230],
    ['Peatland restoration', 4328000, -536000],
    ['Place', 865000, 51000],
    ['Corporate', 441500, 62000],
    ['Communications', 354500, -9650],
    ['Contribution to Cairngorms 2030', 285000, -146500],
  ];
  const unadjusted: [string, number][] = [
    ['Board fees', 192000],
    ['People', 277000],
    ['IT and professional costs', 261000],
  ];
  // The first line out by 18,000; `nil` lines with no adjustment, the last of them `off` its budget.
  const monitoring = (nil: number, off = 0) => {
    const lines: [string, number, number | null, number][] = [
      ...adjusted.map(([s, b, a], i): [string, number, number, number] => [s, b, a, b + a + (i === 0 ? 18000 : 0)]),
      ...unadjusted
        .slice(0, nil)
        .map(([s, b], i): [string, number, null, number] => [s, b, null, b + (i === nil - 1 ? off : 0)]),
    ];
    const total = (k: 1 | 2 | 3) => lines.reduce((a, l) => a + (l[k] ?? 0), 0);
    return check(
      workbook(
        sheet('Appendix 1', [
          [null, 'Annual budget', 'budget adjustments', 'Outturn forecast'],
          ...lines,
          ['Total expenditure', total(1), total(2), total(3)],
        ]),
      ),
    );
  };

  test('seven lines, one out, and three with no adjustment: nine in ten hold it, and the line out is flagged', async () => {
    expect(loud(await monitoring(3))).toEqual(['amounts.parts-vs-total@D2']);
  });

  test('with two lines of no adjustment, eight in nine hold it: too few to say', async () => {
    expect(loud(await monitoring(2))).toEqual([]);
  });

  test('a line with no adjustment whose forecast is not its budget tells against the relation', async () => {
    expect(loud(await monitoring(3, 5000))).toEqual([]);
  });
});

describe('years under "Financial year", itself beside "£": the years are the header\'s last row', () => {
  // Islington's community safety funding, as a Hansard answer prints it.
  const funding = (bscf: number): CellValue[][] => [
    ['Anti-crime/community safety funding in London borough of Islington'],
    ['£', 'Financial year'],
    [null, '2000–01', '2001–02', '2002–03', '2003–04', '2004–05', 'Total'],
    ['Crime Reduction Programme (CRP)', 222227, 371809, 125500, '—', '—', 719536],
    ['Partnership Development Fund (PDF)', 59570, 50000, 50000, '—', '—', 159570],
    ['Communities Against Drugs (CAD)', '—', 262200, 594218, '—', '—', 856418],
    ['Building Safer Communities Fund', '—', '—', '—', bscf, 422500, 834695],
    ['Basic Command Unit (BCU) Fund', '—', '—', '—', 366436, 366436, 732872],
    ['Total', 281797, 684009, 769718, 778631, 788936, 3303091],
  ];
  const run = (rows: CellValue[][]) =>
    check(workbook({ ...sheet('Funding', rows), merges: ['B2:F2'] }), { asOf: '2004-07-20' });

  test('each line is added across to its Total', async () => {
    expect(loud(await run(funding(412195)))).toEqual([]);
    // Mistyped in its line: out across, and its column's total out too.
    expect(loud(await run(funding(421195))).sort()).toEqual(['amounts.parts-vs-total@G7', 'totals.row-mismatch@E9']);
  });
});

describe("gross, income and net under each year's label", () => {
  // Launceston's budget: "2022/2023" and "2023/2024" each over Gross Expenditure | Income | Net Expenditure.
  const budget = (visitorNet: number): CellValue[][] => [
    ['2022/2023', null, null, 'SERVICE', '2023/2024', null, null],
    [
      'Gross Expenditure £',
      'Income £',
      'Net Expenditure £',
      null,
      'Gross Expenditure £',
      'Income £',
      'Net Expenditure £',
    ],
    [245194, 25484, 219709, 'Town Functions (incl Grants)', 294166, 15600, 278566],
    [63897, 4325, 59572, 'Cemetery', 51661, 4325, 47336],
    [92105, 550, 91555, 'Library', 109773, 1000, 108773],
    [112184, 15150, 97034, 'Visitor Information Centre', 127753, 11900, visitorNet],
  ];
  const run = (rows: CellValue[][]) =>
    check(workbook({ ...sheet('Budget 2023-24', rows), merges: ['A1:C1', 'E1:G1'] }), { asOf: '2023-04-01' });

  test("the later year's net is its own gross less its own income: £1 out is rounding, £2 is not", async () => {
    expect(loud(await run(budget(115854)))).toEqual([]);
    expect(loud(await run(budget(115855)))).toEqual(['amounts.parts-vs-total@G6']);
  });
});

describe('"Expenditure | Income | Net" under each year, with the years lost from the header', () => {
  // Carmarthenshire's budget digest: each year's triple, its units, then one or two blank rows.
  const digest = (resourcesNet: number, blanks: number): CellValue[][] => [
    ['Expenditure', 'Income', 'Net', null, null, 'Expenditure', 'Income', 'Net'],
    ["£'000", "£'000", "£'000", null, null, "£'000", "£'000", "£'000"],
    ...Array.from({ length: blanks }, (): CellValue[] => []),
    [24333, -16271, 8062, null, "Chief Executive's", 24085, -15613, 8472],
    [199774, -40993, 158781, null, "Education & Children's Services", 201696, -40324, 161372],
    [32812, -25713, 7100, null, 'Regeneration & Leisure', 30749, -16085, 14664],
    [85269, -70033, 15236, null, 'Resources', 86664, -71741, resourcesNet],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Appendix D', rows)), { asOf: '2012-02-21' });

  test('each net is the gross and income just left of it, one blank row or two under the header', async () => {
    for (const blanks of [1, 2]) {
      expect(loud(await run(digest(14923, blanks)))).toEqual([]);
      expect(loud(await run(digest(14000, blanks)))).toEqual([`amounts.parts-vs-total@H${6 + blanks}`]);
    }
  });
});

describe('"Increase %" beside the allocation and its increase: a share of the allocation before it', () => {
  // NHS boards' allocations for the year, each increase and the increase as a percentage.
  const boards: [string, number, number][] = [
    ['Ayrshire and Arran', 530.2, 31.6],
    ['Dumfries and Galloway', 221.2, 13.1],
    ['Grampian', 627.3, 39.6],
    ['Lanarkshire', 735.0, 46.2],
    ['Orkney', 28.7, 1.7],
    ['Borders', 154.1, 10.1],
    ['Fife', 462.4, 30.2],
    ['Highland', 445.8, 25.2],
    ['Tayside', 549.4, 31.1],
  ];
  const allocations = (lothian: number) => {
    const rows: CellValue[][] = boards.map(([board, allocation, increase]) => [
      board,
      allocation,
      increase,
      Math.round((increase / (allocation - increase)) * 10000) / 10000,
    ]);
    rows.push(['Lothian', 930.9, 60.2, lothian]);
    rows.push(['Total', 4685.0, 289.0, 0.0657]);
    const s = sheet('NHS allocations', [
      [null, 'Allocation (£ Million)', 'Increase (£ Million)', 'Increase %'],
      ...rows,
    ]);
    s.numberFormats = s.values.map((r) => r.map((_, i) => (i === 3 ? '0.0%' : null)));
    return check(workbook(s), { asOf: '2007-02-01' });
  };

  test('lines holding it are clean; one out is flagged, said as a share of the allocation less the increase', async () => {
    // 60.2 over 870.7 is 6.91%; over the whole 930.9 it would be 6.47%.
    expect(loud(await allocations(0.0691))).toEqual([]);
    const out = await allocations(0.0711);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@D11']);
    expect(out.findings[0].message).toContain(
      'Increase (£ Million) as a share of Allocation (£ Million) less Increase',
    );
  });
});

describe('a column of percentages, each the figure just left of it as a share of another on the line', () => {
  // After a county council's village hall grants: each grant sought as a share of the project's cost.
  const halls: [string, number, number][] = [
    ['Bourton VH', 3643, 1275],
    ['Great Milton Pavilion', 17625, 7500],
    ['Holton VH', 11825, 3000],
    ['Spelsbury Mem. Hall', 174638, 5000],
    ['West Hendred VH', 228675, 5000],
    ['Yarnton VH', 15628, 5000],
    ['Churchill VH', 20903, 2000],
    ['Shipton on Cherwell VH', 16500, 5775],
    ['Sunningwell VH', 401040, 5000],
  ];
  const grants = (lines: number, bucknell: number) => {
    const rows = halls.slice(0, lines).map(([hall, cost, sought]): CellValue[] => [hall, cost, sought, sought / cost]);
    rows.push(['Bucknell VH', 10617, 5000, bucknell]);
    const s = sheet('Annex 2', [
      ['Hall', 'Cost £', 'Grant Sought £', '%'],
      ...rows,
      ['TOTAL', rows.reduce((a, r) => a + (r[1] as number), 0), rows.reduce((a, r) => a + (r[2] as number), 0), null],
    ]);
    s.numberFormats = s.values.map((r) => r.map((_, i) => (i === 3 ? '0%' : null)));
    return check(workbook(s), { asOf: '2003-06-10' });
  };

  test('nine lines holding it to the whole per cent and one out: the one out is flagged', async () => {
    const result = await grants(9, 0.5);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D11']);
    expect(result.findings[0].message).toBe(
      'Bucknell VH: Grant Sought £ as a share of Cost £ is 47.1%, but % shows 50% (a difference of 2.9%).',
    );
    // (A point out, as a paper cutting rather than rounding prints it, still holds.)
    expect(loud(await grants(9, 0.48))).toEqual([]);
  });

  test('eight lines holding it and one out, under nine in ten, is no relation to take', async () => {
    expect(loud(await grants(8, 0.5))).toEqual([]);
  });
});

describe('a variance beside a budget with nothing spent against it: the blank actual is nil', () => {
  // After a hospital trust's operating expenses (£000), cumulative to month 8.
  const expenses = (paySavings: number) =>
    check(
      workbook(
        sheet('Schedule 5', [
          ['DESCRIPTION', 'Budget To Date', 'Actual To Date', 'Variance To Date'],
          ['Medical and dental.', 71382, 70993, -389],
          ['Administration', 27746, 27785, 40],
          ['Estates', 1388, 1268, -120],
          ['Healthcare assistants and other support staff.', 19196, 17402, -1793],
          ['Vacancy Factor.', -1860, null, 1860],
          ['Pay Savings.', -1223, null, paySavings],
          ['Staff Recharges.', -3676, -5457, -1781],
        ]),
      ),
    );

  test('a variance that is not the budget taken from nothing is out', async () => {
    expect(loud(await expenses(1223))).toEqual([]);
    expect(loud(await expenses(1322))).toEqual(['amounts.parts-vs-total@D7']);
  });
});

describe('a budget monitor headed only by its units of money, with no total', () => {
  const monitor = (unspentUnit: string | null, lines = 5) =>
    check(
      workbook(
        sheet('Category Two', [
          ['CATEGORY TWO', 'Expenditure incurred at irregular intervals'],
          ['Education Services:', 'Budget', 'To Date', 'Unspent'],
          [null, '2003-2004', '30.9.2003', 'Budget'],
          [null, '£', '£', unspentUnit],
          ...(
            [
              [' - Behaviour Support Service', 196615, 77228, 119837],
              [' - Tuition Centres', 372862, 144176, 228686],
              [' - School Premature Retirements', 45962, 37660, 8302],
              [' - Speech Therapy', 72577, 15926, 56651],
              [' - Hearing Impaired Service', 129431, 58421, 71010],
            ] as CellValue[][]
          ).slice(0, lines),
        ]),
      ),
      { asOf: '2003-10-20' },
    );

  test('three columns of money by their unit head it: a line whose unspent budget is not budget less to date is out', async () => {
    expect(loud(await monitor('£'))).toEqual(['amounts.parts-vs-total@D5']);
  });

  test('two columns are not enough to take the lines for a table, nor are two lines', async () => {
    expect(loud(await monitor(null))).toEqual([]);
    expect(loud(await monitor('£', 3))).toEqual(['amounts.parts-vs-total@D5']);
    expect(loud(await monitor('£', 2))).toEqual([]);
  });
});

describe('an increase between two years beside them, as a precept by band is printed', () => {
  const bands = (f: number, weekly = 0.04) =>
    check(
      workbook(
        sheet('Fire precept', [
          ['Your contribution through your council tax 2022/23'],
          ['Property Band', '2021/22', '2022/23', 'Increase per Annum', 'Increase per Week'],
          ['A', 49.43, 50.41, 0.98, 0.02],
          ['B', 57.66, 58.81, 1.15, 0.02],
          ['C', 65.9, 67.21, 1.31, 0.03],
          ['D', 74.14, 75.61, 1.47, 0.03],
          ['E', 90.62, 92.42, 1.8, 0.03],
          ['F', 107.09, 109.22, f, weekly],
        ]),
      ),
    );

  test('each increase is the later year less the earlier: one that is not is flagged', async () => {
    expect(loud(await bands(2.13))).toEqual([]);
    expect(loud(await bands(2.31))).toEqual(['amounts.parts-vs-total@D8']);
  });
});

describe('"£ thousand (cash)" alone over the total column, as a written answer prints its unit', () => {
  const spending = (unit: string, total: number) =>
    check(
      workbook(
        sheet('Sheet1', [
          ['Headquarters administration expenditure—Yorkshire region'],
          [null, null, null, unit],
          [null, 'Regional health authority', 'District health authorities', 'Total'],
          ['1983–84', 4926, 22444, 27370],
          ['1984–85', 5924, 23741, 29665],
          ['1985–86', 7131, 23199, total],
          ['1986–87', 7997, 24218, 32215],
        ]),
      ),
    );

  test('is the unit of every column: a line out by 18 is £18,000 out, and one adding up is clean', async () => {
    expect(loud(await spending('£ thousand (cash)', 30330))).toEqual([]);
    const out = await spending('£ thousand (cash)', 30312);
    expect(out.findings.map((f) => f.message)).toContain(
      '1985–86: Regional health authority and District health authorities add up to £30,330,000, but £ thousand (cash) Total shows £30,312,000 (a difference of £18,000).',
    );
  });
});

describe('"£ Rise" between two years, beside the rise as a percentage', () => {
  // Each body's Band D precept: last year, the rise in per cent and in pounds, this year.
  const precepts = (fire: number) =>
    check(
      workbook(
        sheet('Council Tax 2020-21', [
          ['Authority', '19/20', '% Rise', '£ Rise', '20/21'],
          ['KCC', 1299.42, 0.0399, 51.84, 1351.26],
          ['ABC', 162.5, 0.0308, 5, 167.5],
          ['FRA', 77.76, 0.0197, 1.53, fire],
          ['PCC', 193.15, 0.0518, 10, 203.15],
          ['Total unparished', 1732.83, 0.0395, 68.37, 1801.2],
        ]),
      ),
    );

  test('is this year less last: a penny out is rounding, two pence out is flagged', async () => {
    expect(loud(await precepts(79.3))).toEqual([]);
    // (The year's total, two pence out over four lines in pence, is within their rounding.)
    expect(loud(await precepts(79.31))).toEqual(['amounts.parts-vs-total@D4']);
  });
});

describe('a line of units ("£000") under lines of counts, over the lines of money', () => {
  // The early years hold figures on few lines; the units line is no word among them.
  const costs = (staffTotal: number) =>
    check(
      workbook(
        sheet('Costs', [
          ['Costs of the programme'],
          [],
          ['Service', '2002-03', '2003-04', '2004-05', '2005-06', 'Total'],
          ['Employees', 2, 4, 18, 16, ''],
          ['Average cost', 49, 60, 32, 42, ''],
          ['Contractors', 1, 1, 3, 4, ''],
          ['', '£000', '£000', '£000', '£000', '£000'],
          ['Staff', 98, 242, 581, 678, staffTotal],
          ['Advisers', '', '', 3496, 5399, 8895],
          ['Other', '', '', 1085, 1915, 3000],
          ['Rent', '', '', 120, 130, 250],
          ['Legal', '', '', 200, 300, 500],
          ['Surveys', '', '', 40, 60, 100],
          ['Total costs', 98, 242, 5522, 8482, 14344],
        ]),
      ),
    );

  test('leaves the early years among the parts each line total adds', async () => {
    expect(loud(await costs(1599))).toEqual([]);
  });

  test('a line whose four years do not make its total is flagged against all four', async () => {
    const result = await costs(1699);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@F8', 'totals.row-mismatch@F14']);
    expect(result.findings.find((f) => f.ruleId === 'amounts.parts-vs-total')?.message).toBe(
      'Staff: 2002-03, 2003-04, 2004-05 and 2005-06 add up to £1,599, but Total shows £1,699 (a difference of £100).',
    );
  });
});

describe('a whole figure among figures printed to one place ("-2.0" stored as -2)', () => {
  // A committee's revenue summary in £000: each line's net budget is its expenditure plus its (negative) income.
  const summary = (electorsNet: number) =>
    check(
      workbook(
        sheet('Appendix 1', [
          ['Service', 'Expenditure Budget £000', 'Income Budget £000', 'Net Budget £000'],
          ['Democratic Representation', 1258.8, -12.4, 1246.4],
          ['Local Tax Collection', 944.2, -768.3, 175.9],
          ['Registration of Births Deaths & Marriages', 146.9, -110.6, 36.3],
          ['Registration of Electors', 99.7, -2, electorsNet],
          ['Local Land Charges', 151.0, -709.3, -558.3],
        ]),
      ),
    );

  test('is read to the column\u2019s place: a net 0.1 out is rounding, 0.2 or 0.6 out is flagged', async () => {
    expect(loud(await summary(97.7))).toEqual([]);
    expect(loud(await summary(97.8))).toEqual([]);
    expect(loud(await summary(97.9))).toEqual(['amounts.parts-vs-total@D5']);
    expect(loud(await summary(97.1))).toEqual(['amounts.parts-vs-total@D5']);
  });
});

describe('"Forecast Variance" over "Month 7 | Month 9 | Movement", beside a column the group label does not head', () => {
  // A budget monitoring report's movements: each line's movement is Month 9 less Month 7.
  const movements = (education: number) =>
    check(
      workbook(
        sheet('TBM Month 9 movements', [
          [null, 'Forecast', 'Forecast', null, null],
          [null, 'Variance', 'Variance', null, 'COVID'],
          [null, 'Month 7', 'Month 9', 'Movement', 'Movement'],
          ['Service', "£'000", "£'000", "£'000", "£'000"],
          ['Director of Families, Children & Learning', 0, -10, -10, 0],
          ['Health, SEN & Disability Services', 652, 137, -515, 0],
          ['Education & Skills', 66, education, -62, -14],
          ["Children's Safeguarding & Care", -443, -110, 333, 0],
          ['Quality Assurance & Performance', 13, -12, -25, 0],
          ['Adult Social Care', 232, -758, -990, 0],
          ['Integrated Commissioning', 154, -127, -281, -55],
        ]),
      ),
    );

  test('is the later month less the earlier: a line whose movement is not is flagged', async () => {
    expect(loud(await movements(4))).toEqual([]);
    expect(loud(await movements(40))).toEqual(['amounts.parts-vs-total@D7']);
  });
});

describe('percentages printed as whole numbers under a heading of "%"', () => {
  // Each directorate's budget, actual and forecast variance (£000); the variance as a share of
  // the budget, printed to the whole per cent.
  const lines: [string, number, number, number][] = [
    ['Infrastructure & Growth', 1870, 344, -365],
    ['Executive Director', 426, 464, 21],
    ['Highways', 19549, 8688, -108],
    ['Environmental & Commercial Services', 37590, 15154, 878],
    ['Cultural & Community Services', 11414, 5456, -69],
  ];
  const printed = [null, 5, -1, 2, -1];
  const directorates = (growthPct: number, count = 5) => {
    const shown = lines.slice(0, count);
    const sum = (i: 1 | 2 | 3) => shown.reduce((a, line) => a + line[i], 0);
    return check(
      workbook(
        sheet('F&PR Summary', [
          [
            'Directorate',
            'Budget 2018/19',
            'Actual',
            'Forecast Variance - Outturn (October)',
            'Forecast Variance - Outturn (October)',
          ],
          [null, '£000', '£000', '£000', '%'],
          ...shown.map((line, i) => [...line, i === 0 ? growthPct : printed[i]]),
          ['Total', sum(1), sum(2), sum(3), null],
        ]),
      ),
    );
  };

  test('are the variance as a share of the budget, to the whole per cent', async () => {
    // -365 of 1,870 is -19.5%: -20 (or -19) is right, -22 is out.
    expect(loud(await directorates(-20))).toEqual([]);
    expect(loud(await directorates(-19))).toEqual([]);
    expect(loud(await directorates(-22))).toEqual(['amounts.parts-vs-total@E3']);
  });

  test('a heading naming the variance is shown by four lines holding it; three do not show it', async () => {
    expect(loud(await directorates(-22, 4))).toEqual([]);
  });
});

describe('a percentage whose heading names its whole, held on two lines in three', () => {
  // A written answer: a county's needs element as a percentage of all the counties' (£ million).
  const years = (percents: number[]) =>
    check(
      workbook(
        sheet('Gwynedd RSG', [
          [
            null,
            'Needs element to Non-Metropolitan Counties',
            'Needs element',
            'Percentage of Non-Metropolitan Counties',
          ],
          [null, '£ million', '£ million', null],
          ['1974–75', 1642.4, 15.41, percents[0]],
          ['1975–76', 1999.2, 18.69, percents[1]],
          ['1976–77', 2113.4, 20.25, percents[2]],
          ['1977–78', 2137.1, 21.2, percents[3]],
          ['1978–79', 2230.4, 21.58, percents[4]],
          ['1979–80', 2414.4, 22.79, percents[5]],
        ]),
      ),
    );
  const printed = [0.938, 0.935, 0.958, 0.992, 0.968, 0.944];
  const out = (...rows: number[]) => printed.map((p, i) => (rows.includes(i) ? p + 0.2 : p));

  test('four of six lines show it: the two out are flagged', async () => {
    expect(loud(await years(printed))).toEqual([]);
    expect(loud(await years(out(2, 4)))).toEqual(['amounts.parts-vs-total@D5', 'amounts.parts-vs-total@D7']);
  });

  test('three of six do not show it: nothing is taken', async () => {
    expect(loud(await years(out(1, 2, 4)))).toEqual([]);
  });
});

describe('"Distance from target" beside a target and an allocation: their difference', () => {
  // A written answer: each health authority's weighted capitation target and allocation (£000).
  const authorities = (barnsley: number) =>
    check(
      workbook(
        sheet('Written answer', [
          [
            'Health authorities',
            'A Weighted capitation target (£000)',
            'B Allocation (£000)',
            'C Distance from target (£000)',
          ],
          ['Avon', 589434, 582510, -6924],
          ['Barking and Havering', 258434, 256500, -1934],
          ['Barnet', 204463, 209057, 4594],
          ['Barnsley', 160844, 156058, barnsley],
          ['Bedfordshire', 324996, 312569, -12427],
          ['Bexley and Greenwich', 274466, 289039, 14573],
          ['Birmingham', 679290, 681946, 2656],
        ]),
      ),
    );

  test("each line's distance is its allocation less its target", async () => {
    expect(loud(await authorities(-4786))).toEqual([]);
    expect(loud(await authorities(-4876))).toEqual(['amounts.parts-vs-total@D5']);
  });
});

describe('a change as a share of the budget it led to, printed after it', () => {
  // "Allocation | % | Budget 2007/08": each allocation a share of the budget before it (the
  // budget after, less the allocation), where a variation moved the budget in between.
  const budgets = (community: number) =>
    check(
      workbook(
        sheet('Appendix 8', [
          ['Service', 'Budget 2006/07', 'Variations', 'Allocation to 2007/08 outturn', '%', 'Guideline Budget'],
          [null, "£'000", "£'000", "£'000", '%', "£'000"],
          ['Corporately held land', -421, 0, -10, 2.4, -431],
          ['Regulatory services', 4790, 23, 178, 3.7, 4991],
          ['Links with Europe', 109, 0, 2, 1.8, 111],
          ['Grants to voluntary organisations', 407, 0, 13, 3.2, 420],
          ['Grants to councils of community service', 846, 0, 27, 3.2, 873],
          ['Contributions to other organisations', 326, 0, 5, 1.5, 331],
          ['Community planning', 308, -90, 7, community, 225],
          ['Health Scrutiny', 110, 0, 4, 3.6, 114],
          ['Other corporate expenses', 92, 0, 2, 2.2, 94],
          ['Corporate management', 140, 0, 2, 1.4, 142],
          ['Total', 6707, -67, 230, null, 6870],
        ]),
      ),
    );

  test('holds where a variation moved the budget; a share of neither is flagged', async () => {
    // 7 of 218 (225 less 7) is 3.2%; of the 308 before the variation, 2.3%.
    expect(loud(await budgets(3.2))).toEqual([]);
    expect(loud(await budgets(4.2))).toEqual(['amounts.parts-vs-total@E9']);
  });
});

describe('"Business Rates" and "Business Rate Supplement" are money, not rates', () => {
  // A collection fund: each kind of income, and the totals across; the supplement on one line only.
  const fund = (supplement: string) =>
    check(
      workbook(
        sheet('Collection Fund', [
          [null, 'Business Rates £000', `${supplement} £000`, 'Council Tax £000', 'Totals £000'],
          ['Council Tax receivable', null, null, -171878, -171878],
          ['Business Rates receivable', -79021, null, null, -79021],
          ['Transitional Protection', -9007, null, null, -9007],
          ['Council tax discounts', null, null, -296, -296],
          ['Supplements receivable', null, -2454, null, -2454],
          ['Total Income', -88028, -2454, -172174, -262656],
        ]),
      ),
    );

  test('the supplement is a part of the total across: nothing is out', async () => {
    expect(loud(await fund('Business Rate Supplement'))).toEqual([]);
    expect(loud(await fund('Non-domestic rate supplement'))).toEqual([]);
  });

  test('"Average rate" is still a rate, and no part', async () => {
    expect(loud(await fund('Average rate'))).toContain('amounts.parts-vs-total@E7');
  });
});

describe("a column whose heading states its relation by the other columns' letters", () => {
  // Scottish housing capital allocations 1982-83 (a written answer), £ million.
  const allocations = (falkirk: number, stirling: number, heading = '(f) Difference between cols (b) and (e)') =>
    check(
      workbook(
        sheet('HRA allocations', [
          [
            'Authority',
            '(a) Gross Expenditure Base',
            '(b) Provisional Net Allocation',
            '(c) Rate Fund Guideline',
            '(e) Final Net Allocation',
            heading,
          ],
          ['Clackmannan', 1.84, 1.507, 0.631, 1.639, 0.132],
          ['Falkirk', 6.525, 4.906, 1.891, 4.487, falkirk],
          ['Stirling', 4.495, 3.685, 2.218, 3.145, stirling],
        ]),
      ),
      { asOf: '1982-04-29' },
    );

  test('is taken at its word: (e) less (b), as the lines show it runs, however few hold it', async () => {
    expect(loud(await allocations(-0.419, -0.54))).toEqual([]);
    // (Two of three lines out: no pattern of the lines would show it, the heading does.)
    const out = await allocations(-0.491, -0.45);
    expect(loud(out)).toEqual(['amounts.parts-vs-total@F3', 'amounts.parts-vs-total@F4']);
    expect(out.findings[0].message).toContain('(e) Final Net Allocation less (b) Provisional Net Allocation comes to');
  });

  test('"(d) = (b) − (c)": the first letter\'s column less the second\'s', async () => {
    expect(loud(await allocations(-0.419, -0.54, '(f) = (e) − (b)'))).toEqual([]);
    expect(loud(await allocations(-0.491, -0.54, '(f) = (e) − (b)'))).toEqual(['amounts.parts-vs-total@F3']);
  });

  test('a letter no column is marked with states nothing', async () => {
    expect(loud(await allocations(-0.491, -0.45, '(f) Difference between cols (b) and (x)'))).toEqual([]);
  });
});

describe("a statistics table's long column headings over a blank label column", () => {
  // After a national statistics annex of capital expenditure by service (£ thousands).
  const annex = (heading: string) =>
    check(
      workbook(
        sheet('Annex H', [
          ['ANNEX H - Capital Expenditure by Service and Type of Expenditure, 2012-13'],
          ['£ thousands'],
          [null, 'Acquisition of land or works', heading, 'Total Gross Capital Expenditure'],
          ['Pre-primary education', 612, 4212, 4824],
          ['Primary education', 2578, 246531, 249109],
          ['Libraries', 0, 4566, 4566],
          ['Museums and art galleries', 27, 6104, 6131],
          ['Police', 1744, 23394, 25183],
        ]),
      ),
    );

  test('headings up to a hundred characters long are the columns the figures are read by', async () => {
    const long = 'New construction, conversions, enhancement to existing buildings and other works on site';
    expect(long.length).toBe(88);
    expect(loud(await annex(long))).toEqual(['amounts.parts-vs-total@D8']);
  });

  test('a heading written as sentences is no column heading', async () => {
    expect(loud(await annex('New construction, conversions and enhancement. Figures are provisional'))).toEqual([]);
  });
});

describe('bids and allocations by authority, the allocation as a percentage of the bid, and no total', () => {
  // After a written answer's transport capital allocations (£ million).
  const authorities: [string, number, number][] = [
    ['City of London', 1.955, 1.32],
    ['Barking and Dagenham', 5.622, 2.59],
    ['Barnet', 2.37, 1.29],
    ['Bexley', 3.023, 1.52],
    ['Brent', 1.918, 1.12],
    ['Bromley', 3.199, 1.71],
    ['Camden', 5.074, 1.06],
    ['Croydon', 2.207, 1.18],
  ];
  const pct = (a: number, b: number) => Math.round((a / b) * 1000) / 10;
  /** Camden's percentage printed `camden`; the columns `bidFirst` as the answer has them, else the allocation first. */
  const answer = (camden: number, heading = 'Allocation as percentage of bid', bidFirst = true) =>
    check(
      workbook(
        sheet('Written answer', [
          [
            'Authority',
            ...(bidFirst ? ['Bid £ million', 'Allocation £ million'] : ['Allocation £ million', 'Bid £ million']),
            heading,
          ],
          ...authorities.map(([name, bid, allocation]) => [
            name,
            ...(bidFirst ? [bid, allocation] : [allocation, bid]),
            name === 'Camden' ? camden : pct(allocation, bid),
          ]),
        ]),
      ),
    );

  test('a percentage its figures do not give is out, in percentages', async () => {
    expect(loud(await answer(20.9))).toEqual([]);
    const result = await answer(29.0);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D8']);
    expect(result.findings.find((f) => f.address === 'D8')?.message).toBe(
      'Camden: Allocation £ million as a share of Bid £ million is 20.9%, but Allocation as percentage of bid shows 29% (a difference of 8.1%).',
    );
  });

  test('the bid the heading names may stand just left of the percentage, the allocation before it', async () => {
    expect(loud(await answer(29.0, 'Allocation as percentage of bid', false))).toEqual(['amounts.parts-vs-total@D8']);
  });

  test('a heading that does not name the figure it is a share of leaves the table unread', async () => {
    expect(loud(await answer(29.0, 'Per cent'))).toEqual([]);
  });

  test('"Highway Authority" heads the names, a kind of council and no partner, over rows of units and letters', async () => {
    const result = await check(
      workbook(
        sheet('Written answer', [
          ['Highway Authority', 'Bid', 'Allocation', 'Allocation as percentage of bid'],
          [null, '£ million', '£ million', 'Per cent'],
          [null, '(A)', '(B)', '(C)'],
          ...authorities.map(([name, bid, allocation]) => [
            name,
            bid,
            allocation,
            name === 'Camden' ? 29.0 : pct(allocation, bid),
          ]),
        ]),
      ),
    );
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D10']);
    expect(meaningOf(result, 'Highway Authority')).toBe('service');
  });
});

describe('"Change" after two periods\' figures is the later less the earlier', () => {
  // A county's monthly monitoring: each directorate's forecast variance in September and October.
  const monitoring = (heading: string, supporting: number) =>
    check(
      workbook(
        sheet('CA5', [
          [null, 'Sept 05 £m', 'Oct 05 £m', heading],
          ['Learning & Culture', 4.392, 4.508, 0.116],
          ['Social & Health Care', 0.738, 0.593, -0.145],
          ['Supporting People', 0.65, 0.399, supporting],
          ['Environment & Economy', -0.258, -0.693, -0.435],
        ]),
      ),
    );

  test('a line whose change is not the difference of its two figures is out', async () => {
    expect(loud(await monitoring('Change £m', -0.251))).toEqual([]);
    expect(loud(await monitoring('Change £m', -0.215))).toEqual(['amounts.parts-vs-total@D4']);
  });

  test('"% change" is a rate, not a difference of sums; "Movement" a flow of its own', async () => {
    expect(loud(await monitoring('% change', -0.215))).toEqual([]);
    // (A reserve's movement moves one balance to the next: it is no difference of the figures before it.)
    expect(loud(await monitoring('Movement', -0.215))).toEqual([]);
  });
});

describe("figures given in cash and at one year's prices, two pairs or more to a line", () => {
  // A written answer: each year's housing allocation and spending, in cash and at 1991–92 prices (£ thousands).
  const years = (allocation1987: number, lines = 5) =>
    check(
      workbook(
        sheet(
          'Coventry HIP',
          [
            ['£ thousands'],
            [
              null,
              'HIP allocation cash value',
              'HIP allocation at 1991–92 prices',
              'Gross expenditure cash value',
              'Gross expenditure at 1991–92 prices',
            ],
            ['1983–84', 8070, 12901, 9973, 15943],
            ['1984–85', 8941, 13612, 11148, 16972],
            ['1985–86', 7707, 11120, 18674, 26943],
            ['1986–87', 8288, 11577, 14794, 20665],
            ['1987–88', 8276, allocation1987, 15428, 20439],
          ].slice(0, 2 + lines),
        ),
      ),
    );

  test("a pair out of step with its line's other is out, said against the other's factor", async () => {
    expect(loud(await years(10964))).toEqual([]);
    const transposed = await years(10694);
    expect(loud(transposed)).toEqual(['amounts.parts-vs-total@C7']);
    expect(transposed.findings.find((f) => f.ruleId === 'amounts.parts-vs-total')?.message).toBe(
      "1987–88: HIP allocation cash value at the prices its line's other figures are restated at comes to £10,964,000, but HIP allocation at 1991–92 prices shows £10,694,000 (a difference of £270,000).",
    );
  });

  test('within the rounding of the figures, a pair is in step', async () => {
    // (8,276 at 20,439/15,428 is 10,964.0, and the four figures' rounding allows 1.8 either way:
    // 10,965 is in step; 10,966 is not, and a line of two pairs cannot say which pair is wrong, so
    // the one further from the factor the year before shows is said.)
    expect(loud(await years(10965))).toEqual([]);
    expect(loud(await years(10966))).toEqual(['amounts.parts-vs-total@E7']);
  });

  test('of three pairs or more, the one out of step with the others is said', async () => {
    // (A forecast in cash and at constant 1988–89 prices: every line's factor the same, 0.948.)
    const forecast = (ceredigion: number) =>
      check(
        workbook(
          sheet('Written answer', [
            [null, 'Cash Prices', null, null, 'Constant 1988–89 Prices'],
            [
              null,
              'New building',
              'Renovation',
              'Renovation grants',
              'New building',
              'Renovation',
              'Renovation grants',
            ],
            ['Alyn and Deeside', 2447, 2488, 570, 2319, 2358, 540],
            ['Glyndwr', 215, 1300, 700, 204, 1232, 664],
            ['Rhuddlan', 1287, 391, 300, 1220, 371, 284],
            ['Ceredigion', 1565, 1767, 1500, 1483, 1675, ceredigion],
            ['Llanelli', 1925, 855, 2150, 1825, 810, 2038],
          ]),
        ),
      );
    expect(loud(await forecast(1422))).toEqual([]);
    expect(loud(await forecast(1242))).toEqual(['amounts.parts-vs-total@G6']);
  });

  test('"1993–94 prices" alone heads the figures at that year\'s prices; "1993–94" alone does not', async () => {
    // (A written answer's stacked headings: "HIP allocations¹" over "Cash | 1993–94 prices²".)
    const stacked = (real: string, cashExpenditure1986: number) =>
      check(
        workbook(
          sheet('Tower Hamlets HIP', [
            ['£ thousand'],
            [null, 'HIP allocations¹', null, 'Housing capital expenditure', null],
            [null, 'Cash', real, 'Cash', real],
            ['1983–84', 12000, 20282, 9856, 16658],
            ['1984–85', 12311, 19803, 11321, 18210],
            ['1985–86', 11644, 17760, 12011, 18320],
            ['1986–87', 17397, 25708, cashExpenditure1986, 40812],
            ['1987–88', 19587, 27437, 29150, 40832],
          ]),
        ),
      );
    expect(loud(await stacked('1993–94 prices²', 27618))).toEqual([]);
    expect(loud(await stacked('1993–94 prices²', 26718))).toEqual(['amounts.parts-vs-total@E7']);
    expect(loud(await stacked('1993–94²', 26718))).toEqual([]);
  });

  test('three lines at least must agree before the columns are taken for prices', async () => {
    // (Two lines that agree and one that does not show no factor: the table is not read for it.)
    expect(loud(await years(10694, 2))).toEqual([]);
  });
});

describe("a charity with one fund: each line's total for the year is that fund's figure", () => {
  const sofa = (donations: number, fund = 'Unrestricted funds 2022') =>
    check(
      workbook(
        sheet('SOFA', [
          [null, 'Notes', fund, 'Total funds 2022', 'Total funds 2021'],
          ['Income and endowments from:'],
          ['Donations and legacies', 2, donations, 57880, 44376],
          ['Charitable activities', 3, 12400, 12400, 11950],
          ['Investments', null, 1310, 1310, 1022],
          ['Other income', null, 240, 240, 180],
          ['Total income', null, 71830, 71830, 57528],
        ]),
      ),
      { asOf: '2022-03-31' },
    );

  test('a line whose fund and total differ is found, its total column still adding up', async () => {
    expect(loud(await sofa(57880))).toEqual([]);
    expect(loud(await sofa(57800))).toEqual(['amounts.parts-vs-total@D3', 'totals.row-mismatch@C7']);
  });

  test("only under a fund of the same year: a budget, or last year's fund, is no part of it", async () => {
    expect(loud(await sofa(57800, 'Budget 2022'))).not.toContain('amounts.parts-vs-total@D3');
    expect(loud(await sofa(57800, 'Unrestricted funds 2021'))).not.toContain('amounts.parts-vs-total@D3');
  });
});

describe("a charity's statement of financial activities, its notes numbered beside its lines", () => {
  // A scanned statement: each fund headed over two rows ("Unrestricted / funds"), then the total
  // funds this year and last, the years under them, and "£" scanned as "E"; notes numbered beside
  // the lines.
  const sofa = (trading: number, notes: CellValue = null, endowment = 'funds') =>
    check(
      workbook(
        sheet('SOFA', [
          ['for the year ended 30April 20', '21'],
          [null, null, 'Unrestricted', 'Endowment'],
          [null, null, 'funds', endowment, 'Total funds', 'Total funds'],
          [null, null, '2021', '2021', '2021', '2020'],
          [null, 'Notes', 'E', 'E', 'E', 'E'],
          ['Income and endowments'],
          ['from:'],
          ['Charitable activities', null, 22860, null, 22860, 28349],
          ['Other trading activities', notes, 12402, null, trading, 1227],
          ['Other', null, 63732, null, 63732, 4565],
          ['Total', null, 98994, null, 98994 + trading - 12402, 34141],
          ['Expenditure on:'],
          ['Raising funds', null, 9386, null, 9386, null],
          ['Other', null, 82714, 21414, 104128, 82026],
          ['Total', null, 92100, 21414, 113514, 82026],
          ['Gains on revaluation of fixed assets', null, null, 881770, 881770, null],
          ['Other Gains', null, 30842, 60832, 91674, null],
        ]),
      ),
      { asOf: '2021-04-30' },
    );

  test('notes cited beside a line ("11,12") are the notes\' numbers, no figure mistyped', async () => {
    expect(loud(await sofa(12402, '11,12'))).toEqual([]);
  });
});

describe('the last line of a list with no total, within 2% of the lines above it', () => {
  // A written answer's net cost of family practitioner services by programme, two years across,
  // its bottom line named for what the lines come to, no "Total" in it.
  const netCost = (bottom: [number, number], name = 'Net FPS') =>
    check(
      workbook(
        sheet('FPS', [
          ['£ million', '1986–87', '1987–88 (Estimate)'],
          ['General Medical Services', 1131, 1236],
          ['Pharmaceutical Services', 1639, 1827],
          ['General Dental Services', 521, 571],
          ['General Ophthalmic Services', 128, 148],
          ['FPS Administration', 94, 99],
          [name, ...bottom],
        ]),
      ),
      { asOf: '1987-12-18' },
    );

  test('is their total whatever it is called, and where it is out, the totals check says so', async () => {
    // (1987–88's lines come to 3,881: 3,886 is 0.13% over, 3,958 1.98%.)
    const out = await netCost([3513, 3958]);
    expect(loud(out)).toEqual(['totals.row-mismatch@C7']);
    expect(out.findings[0].message).toContain('Net FPS shows £3,958,000,000 for 1987–88 (Estimate)');
    expect(loud(await netCost([3513, 3886], 'Family practitioner services'))).toEqual(['totals.row-mismatch@C7']);
  });

  test('more than 2% from them in any column, it is a line of its own', async () => {
    // (3,960 is 2.04% over the lines' 3,881; 3,440 is 2.08% under 1986–87's 3,513.)
    expect(loud(await netCost([3513, 3960]))).toEqual([]);
    expect(loud(await netCost([3440, 3886]))).toEqual([]);
  });
});
