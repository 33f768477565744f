/**
 * A totals row read as a whole: it adds up the same lines in every column, so a column that
 * matches only a run of the lines just above it matches by chance. And a table of figures with
 * nil lines ("—") among them, ended by a total with no label.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const regions = (southEast: number, total: number) =>
  check(
    workbook(
      sheet('Highway maintenance', [
        ['£ million'],
        [null, '1992–93', '1993–94', '1994–95'],
        ['London', 19, 37, 45],
        ['Northern', 16, 16, 20],
        ['Yorkshire and Humberside', 62, 56, 57],
        ['North West', 41, 38, 37],
        ['West Midland', 29, 35, 28],
        ['East Midland', 27, 25, 25],
        ['Eastern', 52, 61, 48],
        ['South East', 84, southEast, 113],
        ['South West', 26, 32, 29],
        ['Total', 356, total, 402],
      ]),
    ),
  );

describe('a totals row adds up the same lines in every column', () => {
  test('a column whose total matches only the lines below the first (by chance) is out by its slip', async () => {
    // 37 + 16 + 56 + 38 + 35 + 25 + 61 + 140 + 32 = 440; without London's 37, 403 — one from 404.
    expect(loud(await regions(140, 404))).toEqual(['totals.row-mismatch@C12']);
  });

  test('it takes two columns or more adding up every line to say so: with one, a run may be what is totalled', async () => {
    const twoColumns = await check(
      workbook(
        sheet('Highway maintenance', [
          ['£ million'],
          [null, '1992–93', '1993–94'],
          ['London', 19, 37],
          ['Northern', 16, 16],
          ['Yorkshire and Humberside', 62, 56],
          ['North West', 41, 38],
          ['West Midland', 29, 35],
          ['East Midland', 27, 25],
          ['Eastern', 52, 61],
          ['South East', 84, 140],
          ['South West', 26, 32],
          ['Total', 356, 404],
        ]),
      ),
    );
    expect(loud(twoColumns)).toEqual([]);
  });

  test('a total that adds up all its lines, like the other columns, is right', async () => {
    expect(loud(await regions(104, 404))).toEqual([]);
  });

  test('a total that adds up only the lines just above it in every column stays right', async () => {
    const result = await check(
      workbook(
        sheet('Funding', [
          ['Line', '2023/24 £000', '2024/25 £000'],
          ['Budget requirement', 5000, 5200],
          ['Council tax', 3000, 3100],
          ['Business rates', 1500, 1550],
          ['Grants', 500, 550],
          ['Total funding', 5000, 5200],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a totals row gives its figures the sign of their lines in every column', () => {
  const programme = (variance: number) =>
    check(
      workbook(
        sheet('Savings', [
          ['Projects', 'Year to Date Plan £k', 'Year to Date Actual £k', 'Variance £k'],
          ['Procurement', 102, 67, 35],
          ['Health and Wellbeing', 135, 0, 135],
          ['Service Reviews', 970, 725, 245],
          ['Total for 2014/15', 1207, 792, variance],
        ]),
      ),
    );

  test('a column whose total has the opposite sign to its lines, when the others agree, has lost a minus', async () => {
    const totals = async (variance: number) => loud(await programme(variance)).filter((id) => id.startsWith('totals'));
    expect(await totals(-415)).toEqual(['totals.row-mismatch@D5']);
    expect(await totals(415)).toEqual([]);
  });

  test('totals printed with the opposite sign in every column are the way of the table (a levy shown negative)', async () => {
    const result = await check(
      workbook(
        sheet('Levy', [
          [null, '2023-24 £m', '2024-25 £m'],
          ['Total net expenditure', 11.1, 11.4],
          ['Net use of reserves', -0.5, 0],
          ['Total Levy', -10.6, -11.4],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a table of figures with nil lines among them and an unlabelled total', () => {
  const hospitals = (royalVictoria: number): CellValue[][] => [
    [
      'Hospital',
      'Capital Expenditure 1981–82',
      'Capital Expenditure 1982–83*',
      'Projected Capital Expenditure 1983–84',
    ],
    [null, "£'000", "£'000", "£'000"],
    ['Belfast City', 8222, 7171, 7292],
    ['Haypark', '—', '—', '—'],
    ['Musgrave Park', 92, 90, 87],
    ['Muckamore Abbey', 26, 213, 20],
    ['Samaritan', '—', '—', '—'],
    ['Templemore Avenue', '—', '—', '—'],
    ['Throne', 3, '—', '—'],
    ['Royal Victoria', 1612, royalVictoria, 685],
    ['Ards', 25, 74, 260],
    [null, 9980, 7919, 8344],
    ['* Note: Provisional figures only since accounts have not yet been finalised.'],
  ];

  test('is one table, and its total is checked', async () => {
    const right = await check(workbook(sheet('Hospitals', hospitals(371))));
    expect(right.readings[0]?.range).toBe('A1:D12');
    expect(loud(right)).toEqual([]);
    const slipped = await check(workbook(sheet('Hospitals', hospitals(317))));
    expect(loud(slipped)).toEqual(['totals.row-mismatch@C12']);
  });
});

describe('a total of the numbered lines, with a figure of another kind among them', () => {
  const grants = (total: number) =>
    check(
      workbook(
        sheet('Grants', [
          ['Ref', 'Organisation', 'Purpose', 'Award £'],
          ['WC1', 'Residents’ Association', '1 winter evening talk', 290],
          ['WC2', 'Friends of Histon Road Cemetery', 'Information and activities', 800],
          ['WC3', 'Friends of Midsummer Common', 'Community orchard', 650],
          ['Budget available', null, null, 8383],
          ['Total awards', null, null, total],
          ['Budget remaining', null, null, 6643],
        ]),
      ),
    );

  test('adds up the lines with a reference, leaving out the budget line without one', async () => {
    expect(loud(await grants(1740))).toEqual([]);
  });

  test('and is still checked against them', async () => {
    expect(loud(await grants(1750))).toEqual(['totals.row-mismatch@D6']);
  });
});

describe("a county's grants year by year: lines of a few pounds among lines of millions", () => {
  // After a parliamentary answer on the government grants paid to a county council.
  const grants = (miscellaneous: number, total: number) =>
    check(
      workbook(
        sheet('Grants', [
          [null, '1963–64 £'],
          ['Education', 473183],
          ['Highways', 537660],
          ['Police', 305314],
          ['Miscellaneous', miscellaneous],
          ['General grant', 3459177],
          ['Totals', total],
        ]),
      ),
    );

  test('a whole £10 is a small line of the same grants: the total is checked', async () => {
    expect(loud(await grants(10, 4775344))).toEqual([]);
    expect(loud(await grants(10, 4811344))).toEqual(['totals.row-mismatch@B7']);
  });

  test('a figure under ten, or with a fraction, so far below the rest is of another kind: no sum', async () => {
    expect(loud(await grants(9, 4811343))).toEqual([]);
    expect(loud(await grants(14.5, 4811348.5))).toEqual([]);
  });
});

describe('a bare figure under a list of figures by year', () => {
  // The six years add up to 1,540,198.
  const grants = (foot: number) =>
    check(
      workbook(
        sheet('Section 8 grants', [
          ['Railways (Section 8 Grants)'],
          [null, '£'],
          ['1979–80', 'Nil'],
          ['1980–81', 139351],
          ['1981–82', 22916],
          ['1982–83', 363891],
          ['1983–84', 962683],
          ['1984–85', 22936],
          ['1985–86', 28421],
          [null, foot],
        ]),
      ),
    );

  test('within 5% of their sum is their total with its label lost, and is held to them exactly', async () => {
    expect(loud(await grants(1540198))).toEqual([]);
    expect(loud(await grants(1541198))).toEqual(['totals.row-mismatch@B10']);
    // (5% of 1,540,198 is 77,010.)
    expect(loud(await grants(1617000))).toEqual(['totals.row-mismatch@B10']);
    expect(loud(await grants(1463500))).toEqual(['totals.row-mismatch@B10']);
  });

  test('a column left empty above, with nothing at its foot, leaves the bare total standing', async () => {
    const withEmptyColumn = await check(
      workbook(
        sheet('Spending breakdown', [
          ['Category', 'Budget', 'Your Contribution'],
          ['Waste and Recycling', 11455042, null],
          ['Estates and Street Cleansing', 7296481, null],
          ['Leisure Centres and Parks', 4333794, null],
          [null, 23085272, 0],
        ]),
      ),
    );
    // The lines add to £23,085,317: the bare figure is £45 short.
    expect(loud(withEmptyColumn)).toEqual(['totals.row-mismatch@B5']);
  });

  test('a line of £2,000 among the lines is a line, not a year heading them', async () => {
    const hall = (total: number) =>
      check(
        workbook(
          sheet('Budget 2021-22', [
            ['Village Hall'],
            ['Maintenance/Repairs/Cleaning', null, 4000],
            ['Equipment Purchase & Maint', null, 2000],
            ['Business Rates', null, 3500],
            ['Caretaking Duties', null, 8600],
            [null, null, total],
          ]),
        ),
      );
    expect(loud(await hall(18100))).toEqual([]);
    expect(loud(await hall(17700))).toEqual(['totals.row-mismatch@C6']);
  });

  test('£2,000 on the first line under a heading is a line where the total counts it, not the header', async () => {
    const subscriptions = (total: number) =>
      check(
        workbook(
          sheet('Budget 2019-20', [
            ['Subs & Donations'],
            ['Memorial Hall', 2000],
            ['Avon LC Association (ALCA)', 102],
            ['Open Spaces', 45],
            ['SLCC membership', 93],
            [null],
            ['Total (Subs & Donations)', total],
          ]),
        ),
      );
    // 2,240 with the hall, 240 without it.
    expect(loud(await subscriptions(2240))).toEqual([]);
    expect(loud(await subscriptions(2245))).toEqual(['totals.row-mismatch@B7']);
  });

  test('£2,050 on the last line, straight above the total, is a line among lines too', async () => {
    // Alford's receipts: the precept, the burial board's income, and their total.
    const receipts = (burials: number) =>
      check(
        workbook(
          sheet('Budget 2021-22', [
            ['RECEIPTS'],
            ['Precept', 130460],
            ['Burial Board income', burials],
            ['Total Income Budget', 132960],
          ]),
        ),
      );
    expect(loud(await receipts(2500))).toEqual([]);
    expect(loud(await receipts(2050))).toEqual(['totals.row-mismatch@B4']);
  });

  test('further from their sum it is some other figure, not a total to check', async () => {
    expect(loud(await grants(1618000))).toEqual([]);
    expect(loud(await grants(1462500))).toEqual([]);
  });
});

describe('a total of the sections above it, under an income total', () => {
  // A parish budget: income, its total, then spending in sections each with its own total, a
  // contingency line, and the total of the spending alone.
  const budget = (expenditure: number) =>
    check(
      workbook(
        sheet('Budget 2023-24', [
          ['Item', 'Budget 2023/2024 in £'],
          ['Precept', 149580],
          ['Misc Income', 200],
          ['TOTAL INCOME', 149780],
          ['Staffing Costs'],
          ['Office Staff', 34872],
          ['Environmental Warden', 18806],
          ['TOTAL STAFF COSTS', 53678],
          ['ADMINISTRATION'],
          ['Insurance', 800],
          ['Audit', 900],
          ['TOTAL ADMIN EXPENDITURE', 1700],
          ['COMMUNITY PROJECTS'],
          ['In Bloom', 14000],
          ['Newsletter', 6200],
          ['TOTAL COMMUNITY PROJECTS', 20200],
          ['CONTINGENCY', 1958],
          ['TOTAL EXPENDITURE', expenditure],
        ]),
      ),
    );

  test('the spending total adds up the section totals and the contingency, not the income', async () => {
    // 53,678 + 1,700 + 20,200 + 1,958 = 77,536.
    expect(loud(await budget(77536))).toEqual([]);
  });

  test('a pound out is rounding; two pounds out is a slip', async () => {
    expect(loud(await budget(77537))).toEqual([]);
    expect(loud(await budget(77538))).toEqual(['totals.row-mismatch@B18']);
  });
});

describe('two lines of the same figure under a heading', () => {
  const admin = (total: number) =>
    check(
      workbook(
        sheet('Budget', [
          ['Item', 'Budget 2023/2024 in £'],
          ['Precept', 149580],
          ['Misc Income', 200],
          ['TOTAL INCOME', 149780],
          ['ADMINISTRATION'],
          ['Insurance', 800],
          ['Audit', 800],
          ['TOTAL ADMIN EXPENDITURE', total],
        ]),
      ),
    );

  test('are two lines, not a line and its subtotal (the heading has no figure to add)', async () => {
    expect(loud(await admin(1600))).toEqual([]);
  });

  test('and their total is held to both: 1,602 is a slip', async () => {
    expect(loud(await admin(1602))).toEqual(['totals.row-mismatch@B8']);
  });
});

describe("a form's boxes numbered one after another", () => {
  const form = (receiptsNumber: number | null) =>
    check(
      workbook(
        sheet('Variances 2022-23', [
          [null, null, '2021/22', '2022/23', 'Explanation Required?'],
          [1, 'Grants Received', 2999, 2719, 'Not required'],
          [2, 'Precept or Rates and Levies', 2525, 3408, 'YES – higher precept'],
          [receiptsNumber, 'Total Other Receipts', 27, 528, 'YES – two grants'],
          [4, 'Staff Costs', 1328, 2348, 'YES – clerk’s hours'],
          [5, 'Other Payments', 2719, 3277, 'NO'],
          [6, 'Total Cash and Short Term Investments', 2719, 3277, 'NO'],
        ]),
      ),
    );

  test("are each a figure of its own: 'Total Other Receipts' numbered 3 between 2 and 4 is no total", async () => {
    expect(loud(await form(3))).toEqual([]);
  });

  test('a total row left out of the numbering is a total, and checked', async () => {
    expect(loud(await form(null))).toEqual(
      expect.arrayContaining(['totals.row-mismatch@C4', 'totals.row-mismatch@D4']),
    );
  });

  test('"Box 3:" in a cell of its own beside the line numbers the box as well', async () => {
    const boxes = (third: string) =>
      check(
        workbook(
          sheet('Internal Audit', [
            ['The Accounts are reflected in Section 1 of the Annual Return as follows:'],
            [],
            ['Balances at beginning of year (1 April 2014):', 'Box 1:', 2036],
            ['Annual Precept 2014/15:', 'Box 2:', 8600],
            ['Total other receipts:', third, 19337],
            ['Staff Costs:', 'Box 4:', 2175],
            ['Loan interest/capital repayments', 'Box 5:', 1661],
            ['All Other payments:', 'Box 6:', 16895],
            ['Balances carried forward (31 March 2015):', 'Box 7:', 9242],
            ['Total Cash/investments c/f (31 March 2015):', 'Box 8:', 9242],
          ]),
        ),
      );
    expect(loud(await boxes('Box 3:'))).toEqual([]);
    // (Out of the run, "Total other receipts" is a total again, of the two lines above it.)
    expect(loud(await boxes('Box 9:'))).toContain('totals.row-mismatch@C5');
  });
});

describe('a line worded like the subtotals elsewhere in the table', () => {
  // Each cost centre's lines close with "Expenditure"; the first two add up exactly, so the words
  // say what the third is, and its one column out is a slip.
  const centres = (third: number[], code: string | null = null) =>
    check(
      workbook(
        sheet('Budget 2020-21', [
          [null, null, 'Agreed Budget', 'Actual YTD', 'Projected', 'Budget 2020/21'],
          ['100', 'Staff'],
          ['4000', 'Salaries', 431000, 289111, 431000, 456500],
          ['4010', 'Misc Staff Expenses', 2500, 1632, 2500, 2500],
          [null, 'Expenditure', 433500, 290743, 433500, 459000],
          ['110', 'Central Services'],
          ['4050', 'Bank Charges', 2000, 1422, 2000, 2000],
          ['4060', 'NYC', 300, 90, 300, 300],
          [null, 'Expenditure', 2300, 1512, 2300, 2300],
          ['200', 'P&R General'],
          ['4110', 'Bus shelter advertising', 800, 304, 800, 800],
          ['4120', 'Precept Leaflet', 1000, 500, 1200, 1200],
          [code, 'Expenditure', ...third],
          ['1090', 'Interest Received', 3200, 3918, 5000, 5000],
          [null, 'Total Income', 3200, 3918, 5000, 5000],
        ]),
      ),
    );

  test('three of its four figures adding up make it a subtotal: the fourth is out', async () => {
    expect(loud(await centres([1800, 895, 2000, 2000]))).toEqual(['totals.row-mismatch@D13']);
  });

  test('two of four adding up, it is still laid out as the other subtotals are (no account code): a subtotal out', async () => {
    const result = await centres([1800, 895, 2100, 2000]);
    expect(result.readings[0].subtotalRows).toEqual([5, 9, 13]);
    expect(loud(result)).toContain('totals.row-mismatch@E13');
    // (Not a line the income total below is held to.)
    expect(loud(result)).not.toContain('totals.row-mismatch@C15');
  });

  test('with an account code of its own, two of four adding up are not most: it is read as a line', async () => {
    const said = loud(await centres([1800, 895, 2100, 2000], '4130'));
    expect(said.filter((k) => k.endsWith('13'))).toEqual([]);
    // (As a line it is one of those the income total below is then held to.)
    expect(said).toContain('totals.row-mismatch@C15');
  });
});

describe('"DEFICIT / (SURPLUS)" at the foot of an account', () => {
  const account = (deficit: number) =>
    check(
      workbook(
        sheet('HRA TBM Forecast', [
          [null, "Forecast Outturn £'000"],
          ['OBJECTIVE ANALYSIS'],
          ['Housing Management & Support', -30],
          ['Tenancy Services', 340],
          ['Repairs & Maintenance', -1150],
          ['DEFICIT / (SURPLUS)', deficit],
        ]),
      ),
    );

  test('is the total of the lines above it, checked like one', async () => {
    expect(loud(await account(-840))).toEqual([]);
    expect(loud(await account(-842))).toEqual(['totals.row-mismatch@B6']);
  });
});

describe('a total in a column with no heading', () => {
  test('names the column by its letter', async () => {
    const result = await check(
      workbook(
        sheet('Budget', [['Expenditure'], ['Employees', 15783], ['Transport', 974], ['Total Expenditure', 16767]]),
      ),
    );
    const finding = result.findings.find((f) => f.ruleId === 'totals.row-mismatch');
    expect(finding?.message).toContain('for column B,');
  });
});

describe('each name line carrying the sum of the lines under it', () => {
  // A council's payments to members: each member's line, then what it is made of.
  const payments = (evans: number, total: number) =>
    check(
      workbook(
        sheet('Payments', [
          ['Councillor', 'Payment'],
          ['Angus Ashman', 52],
          ['Travel and Subsistence Expenses', 52],
          ['Steve Evans', evans],
          ["Chair's Allowance", 500],
          ['Travel and Subsistence Expenses', 74.01],
          ['Ian Mawdsley', 208],
          ['Basic Payment', 156],
          ['Travel and Subsistence Expenses', 52],
          ['Total payments for the year', total],
        ]),
      ),
    );

  test('the year total adds up the name lines, not every figure', async () => {
    expect(loud(await payments(574.01, 834.01))).toEqual([]);
  });

  test('figures to the penny, nine lines: two pence out is rounding; three pence out is a mismatch', async () => {
    expect(loud(await payments(574.01, 834.03))).toEqual([]);
    expect(loud(await payments(574.01, 834.04))).toEqual(['totals.row-mismatch@B10']);
  });

  test('where the lines under one name fall short of it, the year total still adds the names and that name is out', async () => {
    const result = await check(
      workbook(
        sheet('Payments', [
          ['Councillor', 'Payment'],
          ['Angus Ashman', 52],
          ['Travel and Subsistence Expenses', 52],
          ['Steve Evans', 574.01],
          ["Chair's Allowance", 500],
          ['Travel and Subsistence Expenses', 47.01],
          ['Ian Mawdsley', 208],
          ['Basic Payment', 156],
          ['Travel and Subsistence Expenses', 52],
          ['Total payments for the year', 834.01],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['totals.row-mismatch@B4']);
    expect(result.findings[0].message).toContain('the sum of the 2 items it covers is £547.01');
  });

  test('where a name line is less than its own lines, the year total is not read through them', async () => {
    expect(loud(await payments(547.01, 807.01))).toEqual(['totals.row-mismatch@B10']);
  });
});

describe('a total over its lines, with the funding lines and their own total below', () => {
  const programme = (majorWorks: number) =>
    check(
      workbook(
        sheet('Capital', [
          [null, "Provisional Budget 2026/27 £'000"],
          ['Expenditure'],
          ['New Supply', 5000],
          ['Major Works', majorWorks],
          ['Planned Works', 9939],
          ['Total Capital Investment', 41679],
          ['Funding'],
          ['Major Repairs Reserve', 18255],
          ['Right to Buy Receipts', 1500],
          ['HRA Borrowing', 21924],
          ['Total Funding', 41679],
        ]),
      ),
    );

  test('checks the expenditure total against the lines above it, not the funding lines below', async () => {
    expect(loud(await programme(26740))).toEqual([]);
    expect(loud(await programme(26470))).toEqual(['totals.row-mismatch@B6']);
  });

  test('a funding total that is out says what the lines since the last total add up to', async () => {
    const result = await check(
      workbook(
        sheet('Capital', [
          [null, "Budget £'000"],
          ['New Supply', 5000],
          ['Major Works', 26740],
          ['Total Capital Investment', 31740],
          ['Major Repairs Reserve', 18255],
          ['HRA Borrowing', 13395],
          ['Total Funding', 31740],
        ]),
      ),
    );
    const finding = result.findings.find((f) => f.ruleId === 'totals.row-mismatch');
    expect(finding?.row).toBe(7);
    expect(finding?.message).toContain('the sum of the 2 items it covers is £31,650,000');
  });
});

describe('a statement of movements from a balance brought forward to the balance remaining', () => {
  // Section 106 receipts: the balance brought forward, what came in and went out, and what remains.
  const receipts = (remaining: number) =>
    check(
      workbook(
        sheet('Appendix 3', [
          ['Housing', '2008/09', '2009/10'],
          [null, '£', '£'],
          ['Balance Brought Forward', 451786, 786786],
          ['Total Receipts', 500000, 116800],
          ['Interest', 0, 0],
          ['Monitoring Fee Deduction', 0, 0],
          ['Total Expenditure', 165000, 0],
          ['Balance Remaining', remaining, 903586],
        ]),
      ),
    );

  test('its totals are movements, not sums of the lines above them; the money spent is taken off', async () => {
    expect(loud(await receipts(786786))).toEqual([]);
  });

  test('a balance remaining a pound out is rounding; two pounds out is a mismatch', async () => {
    expect(loud(await receipts(786787))).toEqual([]);
    const out = await receipts(786788);
    expect(loud(out)).toEqual(['totals.row-mismatch@B8']);
    expect(out.findings[0].message).toContain('the sum of the 5 items it covers is £786,786');
  });

  test('a count of actions: the total so far is the balance so far, and those closed or superseded go out', async () => {
    const followUp = (carried: number) =>
      check(
        workbook(
          sheet('Summary of progress', [
            [null, 'Actions'],
            ['Open actions brought forward', 28],
            ['Actions added to tracker', 7],
            ['Total actions to follow-up', 35],
            ['Actions closed', 10],
            ['Actions Superseded', 1],
            ['Open actions carried forward', carried],
          ]),
        ),
      );
    expect(loud(await followUp(24))).toEqual([]);
    expect(loud(await followUp(26))).toEqual(['totals.row-mismatch@B7']);
  });

  test('the total so far printed wrong is said on it, and the actions carried forward go on from it', async () => {
    // An internal audit follow-up's summary of progress: those completed pending evidence go out too.
    const followUp = (soFar: number, carried = soFar - 13) =>
      check(
        workbook(
          sheet('Summary of progress', [
            [null, 'Number of Actions'],
            ['Open actions brought forward', 43],
            ['Actions added to tracker', 8],
            ['Total actions to follow-up', soFar],
            ['Superseded or No Longer Applicable', 3],
            ['Actions closed', 8],
            ['Actions complete pending evidence', 2],
            ['Open actions carried forward', carried],
          ]),
        ),
      );
    expect(loud(await followUp(51))).toEqual([]);
    expect(loud(await followUp(52))).toEqual(['totals.row-mismatch@B4']);
    // Within a tenth of the balance so far it is that balance misprinted; further, it is no total of it.
    expect(loud(await followUp(56))).toEqual(['totals.row-mismatch@B4']);
    expect(loud(await followUp(57))).not.toContain('totals.row-mismatch@B4');
  });

  test('with no closing balance below, a line brought forward is one line of those its total adds up', async () => {
    const programme = (total: number) =>
      check(
        workbook(
          sheet('Budget Programme', [
            [null, 'Target', 'Achieved'],
            ['Savings Brought Forward', null, 34],
            ['2015/16', 1465, 1541],
            ['2016/17', 1133, 1209],
            ['TOTAL', 2598, total],
          ]),
        ),
      );
    expect(loud(await programme(2784))).toEqual([]);
    expect(loud(await programme(2775))).toEqual(['totals.row-mismatch@C5']);
  });

  test('movements printed with their own sign are added as printed', async () => {
    const reserves = (closing: number) =>
      check(
        workbook(
          sheet('Reserves', [
            [null, '£000'],
            ['Opening balance', 1000],
            ['Contributions to reserves', 200],
            ['Use of reserves', -150],
            ['Transfers between reserves', 25],
            ['Closing balance', closing],
            ['Total of reserves', closing],
          ]),
        ),
      );
    expect(loud(await reserves(1075))).toEqual([]);
    expect(loud(await reserves(1275))).toContain('totals.row-mismatch@B6');
  });

  test("a parish's annual return: staff costs and loan repayments go out like payments", async () => {
    // The accounting statements every parish council publishes: boxes 1 to 7.
    const statements = (carried: number) =>
      check(
        workbook(
          sheet('Accounting statements', [
            [null, 'Year ending 31 March 2021'],
            [null, '£'],
            ['1. Balances brought forward', 208959],
            ['2. Precept or Rates and Levies', 128000],
            ['3. Total other receipts', 63011],
            ['4. Staff costs', 40023],
            ['5. Loan interest/capital repayments', 1200],
            ['6. All other payments', 116898],
            ['7. Balances carried forward', carried],
          ]),
        ),
      );
    expect(loud(await statements(241849))).toEqual([]);
    expect(loud(await statements(241850))).toEqual([]);
    expect(loud(await statements(241851))).toEqual(['totals.row-mismatch@B9']);
  });
});

describe("a school's summary: totals named for their heads among plain lines, under group labels", () => {
  const summary = (curriculumVariance: number, forecastVariance: number) => {
    const s = sheet('Financial Summary', [
      ['Income', 'Year to date', null, null, 'Forecast', null],
      ['Description', 'Actual', 'Budget', 'Variance', 'Forecast Income', 'Variance'],
      ['Total Restricted Income', 8475597, 8439593, 36004, 8475597, 36004],
      ['Total Unrestricted Income', 39542, 42000, -2458, 39542, -2458],
      ['Total Income', 8515139, 8481593, 33546, 8515139, forecastVariance],
      [],
      ['Expenditure', 'Year to date', null, null, 'Forecast', null],
      ['Description', 'Actual', 'Budget', 'Variance', 'Forecast Spend', 'Variance'],
      ['Staffing Total', 5990545, 5985477, -5068, 6011532, -26055],
      ['Premises and Occupation Costs', 778021, 1212630, 434609, 1208467, 4163],
      ['Administration Total', 763110, 888534, 125424, 851575, 36959],
      ['Curriculum Capitation', 206352, 238649, curriculumVariance, 206352, 32297],
      ['SLT Capitation', 214087, 340303, 126216, 214087, 126216],
      ['Grand Total Expenditure', 7952115, 8665593, 713477, 8492013, 173580],
    ]);
    s.merges = ['B1:D1', 'E1:F1', 'B7:D7', 'E7:F7'];
    return check(workbook(s), { asOf: '2014-09-01' });
  };

  test('the group labels and the headings under them are one header; every line and "X Total" make the grand total', async () => {
    const result = await summary(32297, 33546);
    expect(result.readings[1].headerRows).toEqual([7, 8]);
    expect(loud(result)).toEqual([]);
  });

  test('a variance out by £6 is out of line, and the grand total out by £5 says what every line adds up to', async () => {
    const result = await summary(32291, 33546);
    expect(loud(result)).toEqual(['amounts.parts-vs-total@D12', 'totals.row-mismatch@D14']);
    const total = result.findings.find((f) => f.ruleId === 'totals.row-mismatch');
    expect(total?.message).toContain('the sum of the 5 items it covers is £713,472');
  });

  test('"Total Income" under "Total Restricted Income" and "Total Unrestricted Income" adds them up', async () => {
    const result = await summary(32297, 27611);
    expect(loud(result)).toEqual(['totals.row-mismatch@F5']);
    expect(result.findings[0].message).toContain('the sum of the 2 items it covers is £33,546');
  });
});

describe("an account's bottom lines named without the word total", () => {
  // A trust's statement of comprehensive income, in £000.
  const soci = (financeExpense: number) =>
    check(
      workbook(
        sheet('SOCI', [
          [null, '2022/23 £000'],
          ['Operating income from patient care activities', 148223],
          ['Other operating income', 12038],
          ['Total operating income from continuing operations', 160261],
          ['Operating expenses', -159485],
          ['Operating surplus', 776],
          ['Finance costs'],
          ['Finance income', 904],
          ['Finance expense', financeExpense],
          ['PDC Dividends payable', -1940],
          ['Net finance costs', -1151],
          ['Loss on disposal of assets', -15],
          ['Surplus / (deficit) for the year from continuing operations', -390],
        ]),
      ),
    );

  test('"Net finance costs" totals its section; the surplus for the year adds the surplus above, it and the line since', async () => {
    expect(loud(await soci(-115))).toEqual([]);
  });

  test('a slip in the finance lines shows on "Net finance costs" only', async () => {
    expect(loud(await soci(-151))).toEqual(['totals.row-mismatch@B11']);
  });

  test('"Deficit before CIPs" totals the lines of the plan, and "Deficit after CIPs" adds the savings to it', async () => {
    const plan = (cips: number) =>
      check(
        workbook(
          sheet('Finance plan', [
            [null, 'Financial Plan £000'],
            ['Income', 575400],
            ['Pay Expenditure', -377300],
            ['Non-Pay Expenditure', -221700],
            ['Deficit before CIPs', -23600],
            ['CIPs', cips],
            ['Deficit after CIPs', -2400],
          ]),
        ),
      );
    expect(loud(await plan(21200))).toEqual([]);
    expect(loud(await plan(22200))).toEqual(['totals.row-mismatch@B7']);
  });
});

describe('budget movements from one date to another', () => {
  const movements = (revisions: number) =>
    check(
      workbook(
        sheet('Budget movements', [
          ['2.1 The following table outlines the movements in the 2019/20 General Services budget:'],
          [null, '2019/20 £m'],
          ['Budget approved as at 30 November 2019', 51.368],
          ['a) Changes to Funding', -0.361],
          ['b) Alterations to phasing of projects:-'],
          ['2019/20 to 2020/21', -12.071],
          ['2020/21 to 2019/20', 0.127],
          ['c) Revisions to the Programme', revisions],
          [],
          ['Budget as at 31 January 2020', 39.235],
        ]),
      ),
    );

  test('the budget "as at" the later date is the earlier one moved by the lines between', async () => {
    expect(loud(await movements(0.172))).toEqual([]);
  });

  test('£1,000 out (a unit of £m to three places) is rounding; £2,000 is a mismatch', async () => {
    expect(loud(await movements(0.173))).toEqual([]);
    expect(loud(await movements(0.174))).toEqual(['totals.row-mismatch@B10']);
  });
});

describe("two funds' balances one under the other, each fund named in the first column", () => {
  const position = (hraFund: string | null) =>
    check(
      workbook(
        sheet('Month 5', [
          ['Revenue Budget Monitoring 2020/21 (Month 5)'],
          [],
          [null, null, '\u00a3m'],
          ['Council Fund', 'An operating deficit', 0.921],
          [null, 'A projected contingency reserve balance as at 31st March 2021', 1.418],
          [hraFund, 'Net in-year revenue expenditure forecast to be lower than budget', 0.364],
          [null, 'A projected closing balance as at 31st March 2021', 2.537],
        ]),
      ),
    );

  test("the second fund's closing balance does not close the first fund's statement", async () => {
    expect(loud(await position('Housing Revenue Account'))).toEqual([]);
  });

  test('with no fund named between them, the balance as at the date is moved by the line to the closing one', async () => {
    expect(loud(await position(null))).toEqual(['totals.row-mismatch@C7']);
  });

  test('notes after the figures name no fund: the statement still closes', async () => {
    const result = await check(
      workbook(
        sheet('Statement', [
          [null, '31 March (\u00a3)', 'Notes and guidance'],
          ['1. Balances brought forward', 17946, 'Must agree to line 7 of the previous year.'],
          ['2. (+) Income', 50375, 'Total amount of income received from the precept.'],
          ['3. (-) Total other payments', 49742, 'Total payments as recorded in the cashbook.'],
          ['4. (=) Balances carried forward', 12433, 'Must equal (1+2) \u2013 3.'],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['totals.row-mismatch@B5']);
  });
});

describe('totals stated again, and an account whose spending is printed positive', () => {
  test('"Total PPG received" repeating the grant given above the table is no sum of the spending', async () => {
    const premium = (boosters: number) =>
      check(
        workbook(
          sheet('PPG', [
            ['Pupil premium grant (PPG) received for 2013/14'],
            ['Total amount of PPG received', 142897],
            [],
            ['Pupil Premium used for:', 'Cost'],
            ['Feedback on learning', 10782],
            ['1-1 lunchtime reading', 6160],
            ['Y6 SATs boosters', boosters],
            ['Total PPG received', 142897],
            ['Total PPG expenditure', 23936],
          ]),
        ),
      );
    expect(loud(await premium(6994))).toEqual([]);
    expect(loud(await premium(6949))).toEqual(['totals.row-mismatch@B9']);
  });

  test('a total repeating a figure above the table, within 1% of its own lines, is their total with a slip', async () => {
    // The Isle of Wight's car park budgets: the year's car park income, then its analysis below.
    const analysis = (permits: number) =>
      check(
        workbook(
          sheet('Appendix 2', [
            [null, null, 'BUDGET 2005-06'],
            [null, 'Car Park Income', 3118851],
            [null, 'Administration Income', 32348],
            ['TOTAL INCOME', null, 3151199],
            [],
            [],
            ['MEMORANDUM ITEMS'],
            [null, 'Off Street Car Parks Revenue', 1684401],
            [null, 'On Street Parking Revenue', 714000],
            [null, 'Permits', permits],
            [null, 'Total Car Park Income Budget', 3118851],
          ]),
        ),
      );
    expect(loud(await analysis(720450))).toEqual([]);
    // 31,188 over: within 1% of 3,118,851 (31,188.51); 31,189 over is a figure of its own.
    expect(loud(await analysis(720450 + 31188))).toEqual(['totals.row-mismatch@C11']);
    expect(loud(await analysis(720450 + 31189))).toEqual([]);
  });

  test('"Operating surplus before interest, tax, depreciation and amortisation" is income less the spending', async () => {
    const accounts = (income: number) =>
      check(
        workbook(
          sheet('Summary', [
            ['Period 8', "Original Budget '000"],
            ['Income', income],
            ['Pay Expenditure', 7734],
            ['Non-pay Expenditure', 2995],
            ['Operating surplus before interest, tax, depreciation and amortisation costs', 1830],
            ['Depreciation', 1260],
            ['Interest Payable', 318],
            ['Operating (deficit) after interest, tax, depreciation and amortisation costs', 252],
          ]),
        ),
      );
    expect(loud(await accounts(12559))).toEqual([]);
    expect(loud(await accounts(12595))).toEqual(['totals.row-mismatch@B5']);
  });
});

describe("a Band D tax built up from last year's: the year's total straight under the total increase", () => {
  const buildUp = (precept: number, total: number) =>
    check(
      workbook(
        sheet('Band D', [
          [null, 'Borough', 'Mayor', 'Total'],
          [null, '£', '£', '£'],
          ['Total Council Tax 2022/23', 1402.15, 346.91, 1749.06],
          ['Increase in Borough Council Tax 2.99%', 41.92, null, 41.92],
          ['Increase in Adult Social Care Precept 2%', 28.04, null, 28.04],
          ['Mayor of London precept', null, 38.55, 38.55],
          ['Total Increase in Council Tax 2023/24', 69.96, 38.55, 108.51],
          ['Total Council Tax 2023/24', 1472.11, precept, total],
        ]),
      ),
    );

  test("is last year's total and the increases, where most columns read it so", async () => {
    expect(loud(await buildUp(385.46, 1857.57))).toEqual([]);
  });

  test('a penny out is rounding; two pence out in one column is a slip in it, and across the line', async () => {
    expect(loud(await buildUp(385.47, 1857.58))).toEqual([]);
    expect(loud(await buildUp(385.48, 1857.57))).toEqual(['totals.row-mismatch@C8', 'amounts.parts-vs-total@D8']);
  });
});

describe('"Total Loans" among the measures of a service, year by year', () => {
  const trends = (loans2012: number, after: CellValue[][] = [['Requests', 86018, 85598, 78655]]) =>
    check(
      workbook(
        sheet('Library trends', [
          ['Static libraries', '2011/12', '2012/13', '2013/14'],
          ['Visits', 1358493, 1303234, 1245224],
          ['Active Borrowers', 49362, 46281, 42944],
          ['Computer Time Used (mins)', 6238920, 5824934, 6026964],
          ['Total Loans', 1305346, loans2012, 1118219],
          ...after,
        ]),
      ),
    );

  test('smaller in every column than a line above it and adding up none: a measure of its own', async () => {
    expect(loud(await trends(1185536))).toEqual([]);
  });

  test('as the last line, with no line after it, it is read as their total, and is out', async () => {
    expect(loud(await trends(1185536, []))).toEqual([
      'totals.row-mismatch@B5',
      'totals.row-mismatch@C5',
      'totals.row-mismatch@D5',
    ]);
  });

  test('smaller than a line in two columns of three is a measure in all three', async () => {
    expect(loud(await trends(13000000))).toEqual([]);
  });

  test('in two columns of four it is not: the row is judged as a total', async () => {
    const result = await check(
      workbook(
        sheet('Trends', [
          ['Measure', '2011/12', '2012/13', '2013/14', '2014/15'],
          ['Visits', 100, 100, 100, 100],
          ['Loans', 500, 500, 500, 500],
          ['Total', 50, 50, 700, 700],
        ]),
      ),
    );
    expect(loud(result)).toEqual([
      'totals.row-mismatch@B4',
      'totals.row-mismatch@C4',
      'totals.row-mismatch@D4',
      'totals.row-mismatch@E4',
    ]);
  });

  test('in one column alone, a total below a line is a slip (a digit dropped), not a measure', async () => {
    const result = await check(
      workbook(
        sheet('Costs', [
          ['Service', 'Cost £'],
          ['Libraries', 5000],
          ['Museums', 3000],
          ['Total', 800],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['totals.row-mismatch@B4']);
  });
});

describe('an original budget or target moved to the revised one', () => {
  const moved = (revised: number) =>
    check(
      workbook(
        sheet('Savings', [
          [null, '2023/24 £000', '2024/25 £000', 'Total £000'],
          ['Initial Target', 1000, 500, 1500],
          ['Savings withdrawn', -270, 0, -270],
          ['Revised Target', 730, 500, revised],
        ]),
      ),
    );

  test('"Revised Target" is the initial target moved by the lines between', async () => {
    expect(loud(await moved(1230))).toEqual([]);
  });

  test('a unit out is rounding; two units out is a slip, down its column and across its line', async () => {
    expect(loud(await moved(1231))).toEqual([]);
    expect(loud(await moved(1232))).toEqual(['amounts.parts-vs-total@D4', 'totals.row-mismatch@D4']);
  });
});

describe('a total of a line and the total above it', () => {
  const investments = (grand: number, label = 'Total Cash and Investments') =>
    check(
      workbook(
        sheet('Investments', [
          ['n/a', 'Balance £m'],
          ['Cash and Cash Equivalents', 26.2],
          ['Treasury Investments', 'n/a'],
          ['Corporate bond funds', 12.9],
          ['Equity income funds', 33.0],
          ['Property funds', 19.6],
          ['Multi asset income funds', 5.1],
          ['Total Treasury Investments', 70.6],
          [],
          [label, grand],
        ]),
      ),
    );

  test('"Total Cash and Investments" under "Total Treasury Investments" is the cash and the investments', async () => {
    expect(loud(await investments(96.8))).toEqual([]);
    expect(loud(await investments(98.7))).toEqual(['totals.row-mismatch@B10']);
  });

  test('a total under it that joins nothing above is a figure stated on its own', async () => {
    expect(loud(await investments(98.7, 'Total Pension Fund'))).toEqual([]);
  });
});

describe('a line taken off the total', () => {
  const variations = (less: number, fees: number) =>
    check(
      workbook(
        sheet('Outturn', [
          ['Directorate', 'February MMR Variance', 'Provisional Outturn', 'Change from Feb. MMR'],
          [null, '£m', '£m', '£m'],
          ['Learning & Culture', 3.0, 1.335, -1.665],
          ['Less City Schools\u2019 Reorganisation', less, 3.098, -0.027],
          [null, 3.0 - less, -1.763, -1.638],
          ['Social & Health Care', 0.626, 0.373, -0.253],
          ['Supporting People', 0.496, 0.471, -0.025],
          ['Environment & Economy', -0.765, -1.567, -0.802],
          ['Less: Fees and Charges', fees, 0.1, 0.2],
        ]),
      ),
      { asOf: '2006-06-01' },
    );

  test('"Less …" printed as a positive figure is taken off the total under it', async () => {
    const result = await variations(3.125, 0.1);
    expect(loud(result).filter((f) => f.endsWith('@B5') || f.endsWith('@C5'))).toEqual([]);
  });

  test('where a "Less" line of the column is printed below nothing, the sign says what is taken off', async () => {
    const result = await variations(3.125, -0.1);
    expect(loud(result)).toContain('totals.row-mismatch@B5');
  });
});

describe('bare figures under two sections', () => {
  const statement = (recovered: number) =>
    check(
      workbook(
        sheet('Statement', [
          ['Service', 'Revised budget', 'Budget to month 10', 'Actual to Month 10', 'variance', 'projected outturn'],
          ['Operational plan income'],
          ['Operational plan income', -50000, -41667, -179725, -138058, -222000],
          ['Project costs recovered'],
          ['LEADER', null, null, null, null, -271000],
          ['Tomintoul & Glenlivet', null, null, null, null, -585000],
          ['Great Place Badenoch', null, null, null, null, recovered],
          [null, -50000, -41667, -179725, -138058, -1079000],
          ['Other income'],
          ['Other income', -75000, -62500, -33450, 29050, -34000],
          ['Staff costs recovered', -373000, -310833, -219295, 91538, -223000],
          [null, -448000, -373333, -252745, 120588, -257000],
        ]),
      ),
    );

  test('total the lines since the last total, across the section heading between', async () => {
    expect(loud(await statement(-1000))).toEqual([]);
    expect(loud(await statement(-10000))).toEqual(['totals.row-mismatch@F8']);
  });
});

describe('bare figures with a comment after them', () => {
  // The Isle of Wight's social services outturn: each section's figures, unnamed, then a comment.
  const outturn = (family: number, comment: string | null): CellValue[][] => [
    ['SERVICE', 'ANNUAL BUDGET £000', 'PROVISIONAL OUTTURN £000', 'COMMENTS'],
    ['2.Childrens Services'],
    ['Commissioning & Social Work', 1642, 1660],
    ['Children Looked After', 3979, 3803],
    ['Family Support Services', family, 755],
    ['Youth Justice', 235, 212],
    [null, 6671, 6430, comment],
    ['3. Adult Services'],
    ['Older People (Aged 65+)', 15255, 15489, 'Overspend mainly on residential placements'],
    ['Supported Employment', 386, 375],
    [null, 15641, 15864],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Summary', rows)), { asOf: '2004-06-17' });

  test('still total their section: the comment names no line', async () => {
    const comment = 'Planned underspend to offset overspending elsewhere';
    expect(loud(await run(outturn(815, comment)))).toEqual([]);
    expect(loud(await run(outturn(851, comment)))).toEqual(['totals.row-mismatch@B7']);
    expect(loud(await run(outturn(851, null)))).toEqual(['totals.row-mismatch@B7']);
  });
});

describe('the last line of a table adding up most of its figures', () => {
  // Band D precepts: the last line sums the authorities' totals and charges; the % change does not add up.
  // (In whole pounds, the charges alone, matched, say nothing: small whole sums may agree by chance.)
  const precepts = (police: number, parish: number, closing: (string | number)[] = [], pence = true) => {
    const charge = (v: number) => (pence ? v : Math.round(v));
    return check(
      workbook(
        sheet('Council Tax precepts', [
          [
            'Authority making a charge',
            '2024/25 Total £000',
            '2024/25 Band D £',
            '% Change',
            '2025/26 Total £000',
            '2025/26 Band D £',
          ],
          ['Herefordshire Council', 135055, charge(1875.76), 4.99, 143402, charge(1969.36)],
          ['Fire and Rescue Authority', 7000, charge(97.22), 5.14, 7443, charge(102.22)],
          ['West Mercia Police', 19980, charge(277.5), 5.05, police, charge(291.5)],
          ['Parish and town council precepts', parish, charge(79.03), 8.93, 6269, charge(86.09)],
          [
            'Average Council Tax charge including precepts',
            167725,
            pence ? 2329.51 : 2330,
            5.14,
            178340,
            pence ? 2449.17 : 2449,
          ],
          ...(closing.length > 0 ? [closing] : []),
        ]),
      ),
    );
  };

  test('a line closing the table whose figures sum the lines above in most columns is their total', async () => {
    expect(loud(await precepts(21226, 5690))).toEqual([]);
    // Three of its five figures still sum their lines: the fourth is out by its slip.
    expect(loud(await precepts(21326, 5690))).toEqual(['totals.row-mismatch@E6']);
  });

  test('two of five summing their lines is not most of them: the line is one of its own', async () => {
    expect(loud(await precepts(21326, 5790))).toEqual([]);
  });

  test('a line with more lines after it is not the one that closes the table', async () => {
    const levy = ['Environment Agency levy', 89, 3, 1.2, 90, 3];
    expect(loud(await precepts(21326, 5690, levy, false))).toEqual([]);
  });

  test('unless its charges, in pounds and pence, match the sums of the charges above to the penny', async () => {
    const levy = ['Environment Agency levy', 89, 3.39, 1.2, 90, 3.39];
    expect(loud(await precepts(21326, 5690, levy))).toEqual(['totals.row-mismatch@E6']);
  });
});

describe('a subtotal over lines that leave a column blank', () => {
  const overview = (shaMonth2: number | string) =>
    check(
      workbook(
        sheet('Overview', [
          [null, 'Year to date £m', 'Forecast outturn £m', 'Movement £m', 'Movement at Month 2 £m'],
          ['Trusts', -67.2, -78.3, -11.1, -6.8],
          ['PCTs', 29.7, 25.3, -4.4, 1.3],
          ['Sub Total PCTs/Trusts', -37.5, -53.0, -15.5, -5.5],
          ['MPET', 2.6, 2.6, '-', null],
          ['Carry Forward & Reserves', 36.2, 36.2, '-', null],
          ['MTFS', 23.6, 23.6, '-', null],
          ['SHA (inc MTFS)', 62.4, 62.4, '-', shaMonth2],
          ['Total NHSL', 24.9, 9.4, -15.5, -6.2],
        ]),
      ),
    );

  test('its figure there sums lines the table does not print, and the total below still counts it', async () => {
    expect(loud(await overview(-0.7))).toEqual([]);
  });

  test('a total below that leaves it out is still out', async () => {
    expect(loud(await overview(-1.7))).toEqual(['totals.row-mismatch@E9']);
  });
});

describe("a council's annual return: lines marked (+), (-) and (=), and a statement of balances below", () => {
  const annualReturn = (payments: number, cash: number) =>
    check(
      workbook(
        sheet('Statement', [
          ['Year ending', '31 March 2019 (£)', '31 March 2020 (£)'],
          ['Statement of income and expenditure/receipts and payments'],
          ['1. Balances brought forward', 17946, 12433],
          ['2. (+) Income', 50375, 52138],
          ['3. (+) Total other receipts', 17111, 20894],
          ['4. (-) Staff costs', 23257, 24797],
          ['5. (-) Loan', 0, 0],
          ['6. (-) Total other payments', 49742, payments],
          ['7. (=) Balances carried forward', 12433, 21860],
          ['Statement of balances'],
          ['8. (+) Debtors and stock balances', 0, 0],
          ['9. (+) Total cash and investments', cash, 21860],
          ['10. (-) Creditors', 0, 0],
          ['11. (=) Balances carried forward', 12433, 21860],
        ]),
      ),
    );

  test('the balance carried forward is the one brought forward, with the lines marked (-) taken off', async () => {
    expect(loud(await annualReturn(38808, 12433))).toEqual([]);
    expect(loud(await annualReturn(39808, 12433))).toEqual(['totals.row-mismatch@C9']);
  });

  test('the statement of balances starts afresh under its heading: its lines make its balance', async () => {
    expect(loud(await annualReturn(38808, 12483))).toEqual(['totals.row-mismatch@B14']);
  });
});

describe("a parish's year-end accounts printed in two columns", () => {
  const accounts = (grassCutting: number, outerHeading = '£') =>
    check(
      workbook(
        sheet('Accounts 2016-17', [
          ['End-of-Year Accounts for 2016/2017'],
          ['Plus Receipts: –', '£', outerHeading],
          ['Precept', 17935],
          ['Council Tax Reduction Grant', 1045],
          ['Reclaimed VAT', 1431],
          [null, null, 20411],
          [null, null, 43970],
          ['Less Payments: –'],
          ["Clerk's wages", 2285],
          ['Grasscutting contract', grassCutting],
          ['Insurance', 703],
          [null, null, 7080],
          [null, null, 36890],
          [],
          ['Total carried forward to 2017/18', null, 36890],
        ]),
      ),
    );

  test('each figure beside the end of a run of lines in the inner column is their total', async () => {
    expect(loud(await accounts(4092))).toEqual([]);
    expect(loud(await accounts(4902))).toEqual(['totals.row-mismatch@C12']);
  });

  test('columns headed differently are two kinds of figure, not lines and their totals', async () => {
    expect(loud(await accounts(4902, 'Balance £'))).not.toContain('totals.row-mismatch@C12');
  });
});

describe('a second table after a break and its titles, its headings naming their unit', () => {
  const precepts = () =>
    check(
      workbook(
        sheet('Council Tax precepts', [
          ['Council Tax precepts from all authorities 2025/26'],
          [
            'No.',
            'Authority making a charge',
            '2024/25 Total £000',
            '2024/25 Amount per band D £',
            '% Change',
            '2025/26 Total £000',
          ],
          [1, 'Herefordshire Council', 135055, 1875.76, 4.99, 143402],
          [2, 'Hereford and Worcester Fire and Rescue Authority', 7000, 97.22, 5.14, 7443],
          [3, 'West Mercia Police', 19980, 277.5, 5.05, 21226],
          [4, 'Parish and town council precepts', 5690, 79.03, 8.93, 6269],
          [null, 'Average Council Tax charge including precepts', 167725, 2329.51, 5.14, 178340],
          [],
          [null, 'Additional charges are also collected on behalf of the Environment Agency:'],
          [null, 'Internal drainage boards (IDB) and Environment Agency charges'],
          [
            'No.',
            'Levy body',
            'Net requirements (special levy) 2024/25 £000',
            'Net requirements (special levy) 2025/26 £000',
          ],
          [1, 'Environment Agency - West Midlands', 89, 90],
          [2, 'River Lugg IDB', 140, 140],
          [3, 'Lower Severn IDB', 15, 19],
          [null, 'Total', 244, 247],
        ]),
      ),
    );

  test('is a table of its own: its total adds up its own lines', async () => {
    const result = await precepts();
    expect(result.readings.map((r) => r.range)).toEqual(['A2:F7', 'A11:D15']);
    expect(loud(result)).toEqual(['totals.row-mismatch@D15']);
  });
});

describe('a parish precept budget: lines in one column, totals in the next, outside any heading', () => {
  const budget = (treeWork: number) =>
    check(
      workbook(
        sheet('Budget', [
          ['PRECEPT BUDGET 2018-2019'],
          ['INCOME'],
          ['Precept', 47744],
          ['User Groups Rents', 4000],
          ['Allotments', 620],
          [null, 52364],
          ['Grants', 0],
          ['VAT REFUND', 0],
          ['TOTAL INCOME', null, 52364],
          ['EXPENDITURE'],
          ["Clerk's pay", 12810],
          ['Grass cutting', 12465],
          ['Maintenance', 5000],
          ['sub total', null, 30275],
          ['EARMARKED FUNDS EXPENDITURE'],
          ['Recreational areas', 1000],
          ['grants ( Net\u2019w Rail gate piers)'],
          ['CONTINGENCIES – Tree work', treeWork],
          ['TOTAL EXPENDITURE', null, 35275],
          ['SURPLUS budgeted over total Expenditure budgeted:', null, 17089],
        ]),
      ),
    );

  test('each total is the lines since the one before, carried forward with them where they follow it', async () => {
    expect(loud(await budget(4000))).toEqual([]);
    expect(loud(await budget(4500))).toEqual(['totals.row-mismatch@C19']);
  });
});

describe('a reserves statement with no total, headed by balances on dates', () => {
  const reserves = (benefits: number, header = 'Balance at 31/3/2013') =>
    check(
      workbook(
        sheet('Appendix D', [
          ['Reserve', 'Purpose and Use of Reserve', 'Balance at 1/4/2012', 'Revised Budget 2012/13 Movement', header],
          [null, null, '£', '£', '£'],
          [
            'General Fund General Reserve',
            'A working balance and contingency, current recommended balance is £950,000. This also includes the reallocation of a number of previously earmarked reserves to be used over the next three years.',
            2386543,
            -120000,
            2266543,
          ],
          [],
          ['Earmarked Reserves:'],
          [
            'Capital Projects',
            'To provide funding for capital developments and purchase of major assets. This includes the VAT Shelter Receipt.',
            1819469,
            null,
            null,
          ],
          ['Asset Management', 'To support improvements to our existing assets.', 26669, -15000, 11669],
          ['Benefits', 'To mitigate any claw back by the DWP.', 640242, -99100, benefits],
          ['Carbon Management', 'To fund invest to save initiatives.', 21180, 0, 21180],
          ['Coast Protection', 'To support the coast protection programme.', 208000, -208000, 0],
        ]),
      ),
    );

  test('each balance is the one before moved: a line where it is not is out', async () => {
    expect(loud(await reserves(541142))).toEqual([]);
    expect(loud(await reserves(514142))).toEqual(['amounts.parts-vs-total@E8']);
  });

  test('with one balance on a date, the headings are no header Concordat reads', async () => {
    expect(loud(await reserves(514142, 'Closing'))).toEqual([]);
  });
});

describe('"Total Available" over the awards, "Total Awarded" below', () => {
  const awards = (tree: number, available = 7664.09): CellValue[][] => [
    ['Ref No', 'Applicant', 'Recommendation', 'Amount Requested', 'Award 2022/23'],
    ['1', 'Project 81 Youth and Community Enterprise', 'Award', 2500, 2500],
    ['2', 'Garelochhead Station Trust', 'Award', 2500, 2500],
    ['3', 'Helensburgh Tree Conservation Trust', 'Award (partial award)', 2500, tree],
    ['4', 'Fun First', 'Award', 2500, 2000],
    ['Total Available', null, null, null, available],
    [null],
    ['Total Awarded', null, null, null, 9664.09],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Awards', rows)), { asOf: '2022-03-17' });

  test('the fund on offer is a figure of its own; the awarded total is held to the awards', async () => {
    expect(loud(await run(awards(2664.09)))).toEqual([]);
    expect(loud(await run(awards(2646.09)))).toEqual(['totals.row-mismatch@E8']);
  });

  test('with no total below it, "Total Available" is the total of the lines', async () => {
    const alone = awards(2646.09, 9664.09).slice(0, 6);
    expect(loud(await run(alone))).toEqual(['totals.row-mismatch@E6']);
  });
});

describe("a college's balance sheet: totals carried down with the lines between", () => {
  const balanceSheet = (netCurrent: number, total = 'Total assets less current liabilities'): CellValue[][] => [
    ['Balance sheet group', "2020 (£'000s)"],
    ['Total fixed assets', 133028],
    ['Net current assets', netCurrent],
    [total, 136905],
    ['Creditors - amount falling due after one year', -56418],
    ['Defined benefit obligations', -35426],
    ['Other provisions', -1779],
    ['Total net assets', 43282],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Finance', rows)), { asOf: '2021-07-31' });

  test('as printed, every total adds up', async () => {
    expect(loud(await run(balanceSheet(3877)))).toEqual([]);
  });

  test('a slip in the line under the first total is said on the total that carries it, not the last', async () => {
    // 133,028 + 3,787 = 136,815, 90 short of 136,905: within 1%, a slip, not a figure of its own.
    expect(loud(await run(balanceSheet(3787)))).toEqual(['totals.row-mismatch@B4']);
  });

  test('1% of a total is the furthest a slip can put it out; further, it is a figure of its own', async () => {
    // 1% of 136,905 is 1,369.05: 133,028 + 2,509 is 1,368 short; 133,028 + 2,507 is 1,370 short.
    expect(loud(await run(balanceSheet(2509, 'Total capital')))).toContain('totals.row-mismatch@B4');
    expect(loud(await run(balanceSheet(2507, 'Total capital')))).not.toContain('totals.row-mismatch@B4');
    // (What "Total assets less current liabilities" adds up its words say: however far out, it is out.)
    expect(loud(await run(balanceSheet(2507)))).toContain('totals.row-mismatch@B4');
  });
});

test('a total two blank rows below the lines is still their total', async () => {
  const estimates = (total: number, blanks: number): CellValue[][] => [
    ['Development Committee: Estimates 2012/13'],
    [null, '£'],
    ['Community Services', 5519610],
    ['City Events and Venues', 4181548],
    ['Economic Initiatives Section', 6088958],
    ['Directorate', 3791418],
    ...Array.from({ length: blanks }, () => [] as CellValue[]),
    ['Total Net Expenditure', total],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Estimates', rows)), { asOf: '2012-01-31' });
  expect(loud(await run(estimates(19581534, 2)))).toEqual([]);
  expect(loud(await run(estimates(19518534, 2)))).toEqual(['totals.row-mismatch@B9']);
  expect(loud(await run(estimates(19518534, 1)))).toEqual(['totals.row-mismatch@B8']);
});

test("a last line whose name was lost, smaller than a line above, is a line and not the table's total", async () => {
  const tonnage = (last: number): CellValue[][] => [
    ['Authority', '2020/21 Tonnage'],
    ['Cardiff', 85050],
    ['Caerphilly', 35387],
    ['Monmouthshire', 14124],
    ['Newport', 26329],
    [null, last],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Tonnage', rows)), { asOf: '2021-05-18' });
  expect(loud(await run(tonnage(18921)))).toEqual([]);
  // Larger than every line, the bare figure is a total: 161,890 against lines adding to 160,890.
  expect(loud(await run(tonnage(161890)))).toEqual(['totals.row-mismatch@B6']);
});

describe("last years' comparatives, each under its own heading", () => {
  const comparatives = (deficit: number) =>
    check(
      workbook(
        sheet('Account', [
          [null, 'Chargeable activities £000'],
          ['Comparatives for 2020/21'],
          ['Expenditure', 417],
          ['Income', -370],
          ['Deficit for the year', 47],
          ['Comparatives for 2019/20'],
          ['Expenditure', 450],
          ['Income', -432],
          ['Deficit for the year', deficit],
        ]),
      ),
    );

  test("each deficit is its own year's lines, not the year above's less these", async () => {
    expect(loud(await comparatives(18))).toEqual([]);
    // (47 less 18 is 29: a deficit of 28 is within a unit of it, but the heading starts a new statement.)
    expect(loud(await comparatives(28))).toEqual(['totals.row-mismatch@B9']);
    expect(loud(await comparatives(20))).toEqual(['totals.row-mismatch@B9']);
  });
});

describe('a last line of figures after the total', () => {
  const risks = (residualMonth2: number, residualMonth5: number, label = 'Residual risk after recovery measures') =>
    check(
      workbook(
        sheet('Risks', [
          ['Service', 'Forecast Variance Month 2 £000', 'Forecast Variance Month 5 £000', 'Explanation'],
          ['Children', 736, 912, 'New placements'],
          ['Adults', 3751, 4328, 'More care home placements'],
          ['Total', 4487, 5240],
          ['Recovery measures', -2145, -1462, 'Achieved measures now in the forecasts'],
          [label, residualMonth2, residualMonth5],
        ]),
      ),
    );

  test('carries the total forward where some column shows it does: a slip in another is out', async () => {
    expect(loud(await risks(2342, 3778))).toEqual([]);
    expect(loud(await risks(2342, 3878))).toEqual(['totals.row-mismatch@C6']);
  });

  test("where no column shows it does, it is the next section's first line, not a total", async () => {
    // ("City Environmental Management" under Transport, the table cut off below it.)
    expect(loud(await risks(879, 1060, 'City Environmental Management'))).toEqual([]);
  });

  test('as many columns must show it as not: one of three is chance, two of three carry it', async () => {
    const cases = (month2: number, month5: number, cases: number) =>
      check(
        workbook(
          sheet('Risks', [
            ['Service', 'Forecast Variance Month 2 £000', 'Forecast Variance Month 5 £000', 'Cases'],
            ['Children', 736, 912, 5],
            ['Adults', 3751, 4328, 1],
            ['Total', 4487, 5240, 6],
            ['Recovery measures', -2145, -1462, 2],
            ['Residual risk after recovery measures', month2, month5, cases],
          ]),
        ),
      );
    // (7 cases is within a unit of 6 + 2 by chance.)
    expect(loud(await cases(100, 200, 7))).toEqual([]);
    expect(loud(await cases(2342, 200, 12))).toEqual([]);
    expect(loud(await cases(2342, 3778, 12))).toEqual(['totals.row-mismatch@D6']);
  });
});

describe('a last line of figures after a subtotal, with no total to carry', () => {
  // A county's capital programme in £m: gross less specific funding is the net, and the net less the
  // other funding is what is borrowed.
  const programme = (borrowing: [number, number, number]) =>
    check(
      workbook(
        sheet('Capital Programme', [
          ['Capital Programme (£m)', '2024/25', '2025/26', 'Total'],
          ['Gross Expenditure', 96.69, 98.128, 194.818],
          ['Specific Funding', -30.472, -23.276, -53.748],
          ['Net Expenditure', 66.218, 74.852, 141.07],
          ['Formula Grants', -23.916, -26.223, -50.139],
          ['Capital Receipts', -7.061, -9.753, -16.814],
          ['Reserves and Revenue Set Aside', -3.098, -6.709, -9.807],
          ['Programme Borrowing', ...borrowing],
        ]),
      ),
    );

  test('carries the subtotal on where most columns show it: a slip in another is out', async () => {
    expect(loud(await programme([32.143, 32.167, 64.31]))).toEqual([]);
    // (64.31 is still the net's total carried on, so the line's own two years no longer make it.)
    expect(loud(await programme([32.143, 32.347, 64.31]))).toEqual([
      'totals.row-mismatch@C8',
      'amounts.parts-vs-total@D8',
    ]);
  });

  test('one column of three showing it is chance: the line is a line', async () => {
    // (From a total, as many columns as not will do; from a subtotal, two and most of them.)
    expect(loud(await programme([32.143, 30.1, 62.243]))).toEqual([]);
  });
});

describe("a bank reconciliation's cash book: the lines in one column, the closing balance in the next", () => {
  const reconciliation = (payments: number, closingColumn: 'C' | 'D' = 'D') => {
    const closing: CellValue[] = [
      'Closing balance per cash book [receipts and payments book] as at 31 March 2021 (must equal net balances above)',
      null,
    ];
    closing.push(...(closingColumn === 'D' ? [null, 1016.64] : [1016.64]));
    return check(
      workbook(
        sheet('Attachment 1.1', [
          ['Balance per bank statements as at 31 March 2021:', null, '£', '£'],
          ['e.g.      Current account', null, 1076.64],
          ['            High interest account', null, 'N/A'],
          [null, null, null, 1076.64],
          ['Less: any unpresented cheques at 31 March 2021 (normally only current account)'],
          ['   Cheque number', '000097', 60.0],
          [null, null, null, 1016.64],
          ['Net balances as at 31 March 2021', null, null, 1016.64],
          [],
          ['The net balances reconcile to the Cash Book (receipts and payments account) for the year, as follows:'],
          ['CASH BOOK'],
          ['Opening Balance 1 April 2020', null, 702.85],
          ['Add: Receipts in the year', null, 1000.0],
          ['Less: Payments in the year', null, payments],
          closing,
        ]),
      ),
      { asOf: '2021-04-22' },
    );
  };

  test('the closing balance a column right of its lines is their total, though it agrees with the net balances above', async () => {
    expect(loud(await reconciliation(686.21))).toEqual([]);
    expect(loud(await reconciliation(668.21))).toEqual(['totals.row-mismatch@D15']);
  });

  test("printed in the lines' own column it is checked the same way", async () => {
    expect(loud(await reconciliation(668.21, 'C'))).toEqual(['totals.row-mismatch@C15']);
  });
});

describe('a line whose figure is not yet known ("?") among the lines above a total', () => {
  const budget = (placeholder: string, precept: number) =>
    check(
      workbook(
        sheet('Budget', [
          ['OLD HUTTON & HOLMESCALES PC', '2019/20', '2019/20', 'BUDGET'],
          [null, 'BUDGET', 'ACTUAL', '2020-2021'],
          [],
          ['Community Account balance on 1st April', 1601.95, 1601.95, 2300],
          ['INCOME', '£', '£', '£'],
          ['SLDC Parish Precept', 2500, precept, 2500],
          ['Parking at the school', null, null, placeholder],
          ['VAT refund', 1247.6, null, null],
          ['Total income', 3747.6, 2443.62, 2500],
        ]),
      ),
      { asOf: '2020-01-15' },
    );

  test('is a line still: the total below adds up the lines above it', async () => {
    expect(loud(await budget('?', 2443.62))).toEqual([]);
    expect(loud(await budget('?', 2434.62))).toEqual(['totals.row-mismatch@C9']);
    expect(loud(await budget('tbc', 2434.62))).toEqual(['totals.row-mismatch@C9']);
  });
});

describe('"Total (Including Precept)" under "Total (Not including Precept)"', () => {
  const income = (including: number) =>
    check(
      workbook(
        sheet('Budget', [
          ['Code', 'Description', 'Actual 2021/22', 'Proposed 2023/24 Budget'],
          ['Income (Gross)'],
          ['A', 'WDBC Precept', 2525, 3500],
          ['C', 'VAT Refund', 27, 140],
          ['G', 'Taken from General Reserves', 387.17, 521],
          ['Total', '(Not including Precept)', 414.17, 661],
          ['Total', '(Including Precept)', including, 4161],
        ]),
      ),
      { asOf: '2022-11-15' },
    );

  test('is the precept left out above, put back: the total above and that line', async () => {
    expect(loud(await income(2939.17))).toEqual([]);
    expect(loud(await income(2993.17))).toEqual(['totals.row-mismatch@C7']);
  });
});

describe('"Less income" heading the lines taken off the net budget', () => {
  const summary = (total: number, heading = 'Less income') =>
    check(
      workbook(
        sheet('Sheet1', [
          [null, "2017/18 (£'000)", "2018/19 (£'000)"],
          ['Net budget', 17759, 16178],
          [heading],
          ['Business rates', 4374, 4503],
          ['New homes bonus', 2410, 1057],
          ['Government Revenue Support Grant', 998, 380],
          ['Total', total, 10238],
        ]),
      ),
    );

  test('each line under it is taken off, up to the total', async () => {
    expect(loud(await summary(9977))).toEqual([]);
    expect(loud(await summary(9987))).toEqual(['totals.row-mismatch@B7']);
  });

  test('under a heading that takes nothing off, the lines are added as ever', async () => {
    expect(loud(await summary(25541, 'Income'))).toEqual(['totals.row-mismatch@C7']);
  });
});

describe('a last line named as the label column is headed: the total of the lines above', () => {
  // Flintshire's capital outturn, as its Cabinet minute lists the parts of the quarter's decrease.
  const decrease = (heading: string, last: string, lines = 6, total = -12.753) =>
    check(
      workbook(
        sheet('Outturn', [
          [heading, 'Total', 'Council Fund (CF)', 'Housing Revenue Account (HRA)'],
          [null, '£m', '£m', '£m'],
          ...(
            [
              ['Net budget decrease in the programme (See Table 2)', -6.382, -4.243, -2.139],
              ['Carry Forward to 2023/24, approved at Month 9', -3.06],
              ['Carry Forward reversal', 0.245],
              ['Switch of School Maintenance grant (all CF)', -2.524],
              ['Switch of Additional Learning Needs grant (all CF)', -1.001],
              ['Identified savings at outturn (CF)', -0.031],
            ] as CellValue[][]
          ).slice(6 - lines),
          [last, total],
        ]),
      ),
      { asOf: '2023-07-18' },
    );
  const heading = 'Net decrease in budget during the last quarter';

  test('"Net decrease in budget" under "Net decrease in budget during the last quarter" totals its lines', async () => {
    expect(loud(await decrease(heading, 'Net decrease in budget'))).toEqual([]);
    expect(loud(await decrease(heading, 'Net decrease in budget', 6, -12.735))).toEqual(['totals.row-mismatch@B9']);
    expect(loud(await decrease('Net decrease in budget', 'Net decrease in budget:', 6, -12.735))).toEqual([
      'totals.row-mismatch@B9',
    ]);
  });

  test('"Public Sector Housing (HRA) favourable variance" under "Public Sector Housing (HRA)": the heading, then more', async () => {
    expect(loud(await decrease('Net decrease', 'Net decrease in budget', 6, -12.735))).toEqual([
      'totals.row-mismatch@B9',
    ]);
    expect(loud(await decrease('Net decrease', 'Net decrease in budget'))).toEqual([]);
  });

  test('three lines above it at least', async () => {
    // The last three lines: -2.524 - 1.001 - 0.031 = -3.556.
    expect(loud(await decrease(heading, 'Net decrease in budget', 3, -3.5))).toEqual(['totals.row-mismatch@B6']);
    expect(loud(await decrease(heading, 'Net decrease in budget', 2, -1.5))).toEqual([]);
  });

  test('two words at least, and the heading must begin with them as whole words', async () => {
    // (-13.5 is 6% from the lines' -12.753, so the words alone decide.)
    expect(loud(await decrease('Budget changes in the quarter', 'Budget', 6, -13.5))).toEqual([]);
    expect(loud(await decrease('Budget', 'Budget changes in the quarter', 6, -13.5))).toEqual([]);
    expect(loud(await decrease(heading, 'Net decrease in budg', 6, -13.5))).toEqual([]);
    expect(loud(await decrease(heading, 'Net decrease in capital', 6, -13.5))).toEqual([]);
  });
});

describe('a total printed above the lines it totals', () => {
  // East Goscote's precept: each category's "TOTAL" under its heading, then its lines.
  const category = (lines: CellValue[][], over: CellValue[] = [null, 'Budgeted amount']): CellValue[][] => [
    ['Category: Environment'],
    over,
    ['TOTAL', 8950],
    ...lines,
  ];
  const environment: CellValue[][] = [
    ['Planting/Environmental Improvements', 500],
    ['Village Green', 800],
    ['Play Equipment', 1000],
    ['Mowing Contract', 6650],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Budget 2018-19', rows)), { asOf: '2018-04-01' });

  test('"TOTAL | 8,950" under "| Budgeted amount" totals the lines below it, down to a break', async () => {
    expect(loud(await run(category(environment)))).toEqual([]);
    const slipped = environment.map((l, i) => (i === 3 ? ['Mowing Contract', 6950] : l));
    expect(loud(await run(category(slipped)))).toEqual(['totals.row-mismatch@B3']);
    expect(loud(await run([...category(slipped), [], ['Category: Pavilion']]))).toEqual(['totals.row-mismatch@B3']);
  });

  test('two lines under it at least; one is a figure of its own', async () => {
    expect(
      loud(
        await run(
          category([
            ['Village Green', 800],
            ['Play Equipment', 1000],
          ]),
        ),
      ),
    ).toEqual(['totals.row-mismatch@B3']);
    expect(loud(await run(category([['Village Green', 800]])))).toEqual([]);
  });

  test('lines that move it on to a total below, or take from it, or a heading beside it: not its lines', async () => {
    const slipped = environment.map((l, i) => (i === 3 ? ['Mowing Contract', 6950] : l));
    expect(loud(await run([...category(slipped), ['Total 2019/20', 18500]]))).not.toContain('totals.row-mismatch@B3');
    const less = [...environment.slice(0, 3), ['Less: grant', -2000]];
    expect(loud(await run(category(less)))).toEqual([]);
    expect(loud(await run(category(slipped, ['Adult Education'])))).toEqual([]);
  });
});

describe('a total of lettered lines: "Total Cost of Works (A + B)"', () => {
  // Harwell village hall's costs summary: a sub-total (A), the net VAT (B), then their total.
  const costs = (label: string, total: number, net = 'Net VAT (B)'): CellValue[][] => [
    ['The following figures outline the costs and contingencies:'],
    ['Demolition of Freeman Hall', 15998],
    ['Build New Extension – Orchard Hall', 747314],
    ['Contingency Fund', 85400],
    ['Sub-total (A)', 848712],
    ['VAT payable', 169742],
    ['VAT Refund from Parish Council', 74777],
    [net, 94965],
    [label, total],
    ['Professional Fees', 97110],
    ['GRAND TOTAL', total + 97110],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Costs', rows)), { asOf: '2017-01-01' });

  test('adds the lines marked (A) and (B), as its label says, and no others', async () => {
    expect(loud(await run(costs('Total Cost of Works (A + B)', 943677)))).toEqual([]);
    expect(loud(await run(costs('Total Cost of Works (A + B)', 943777)))).toEqual(['totals.row-mismatch@B9']);
    expect(loud(await run(costs('Net cost (A - B)', 753747)))).toEqual([]);
  });

  test('a letter no line above is marked with: the lines are read as any total reads them', async () => {
    expect(loud(await run(costs('Total Cost of Works (A + B)', 943677, 'Net VAT')))).toContain(
      'totals.row-mismatch@B9',
    );
  });
});

describe('a total of nil', () => {
  // Nottinghamshire Fire's capital expenditure and how it is funded: every year nets to nil.
  const funding = (mrp: number): CellValue[][] => [
    [null, '2023/24 Estimate £000s', '2024/25 Estimate £000s', '2025/26 Estimate £000s'],
    ['Capital Expenditure', 8507, 8228, 3518],
    ['Funded by:'],
    ['Borrowing', -6373, -2800, -1242],
    ['Revenue / Reserves', -595, -617, 0],
    ['MRP Re-investment', -1525, -1801, mrp],
    ['Capital Receipts', -14, -3010, -10],
    ['Total', 0, 0, 0],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Prudential Code', rows)), { asOf: '2024-02-23' });

  test('where the other columns net their lines to nil, one whose lines do not is out', async () => {
    expect(loud(await run(funding(-2266)))).toEqual([]);
    expect(loud(await run(funding(-2366)))).toEqual(['totals.row-mismatch@D8']);
  });

  test('"Total borrowing | 0" under lines that add to nil in no column is a line of its own', async () => {
    const statement: CellValue[][] = [
      ['Section 2', '2020/21£', '2021/22£'],
      ['Precept', 800, 800],
      ['Other income', 200, 923],
      ['Other payments', 686, 1053],
      ['Total borrowing', 0, 0],
    ];
    expect(loud(await run(statement))).toEqual([]);
  });
});

describe('a funding gap: the spending less the resources above it', () => {
  // Gateshead's MTFS summary: base budget, funding resources, the gap, then the reserves used.
  const mtfs = (base: number, funding: number, reservesTotal = -7.65): CellValue[][] => [
    [null, 'Indicative Budget Forecast', '2024/25 £m'],
    [null, 'Estimated Base budget', base],
    [null, 'Estimated Funding Resources', funding],
    [null, 'Funding Gap (before Reserves)', 36.86],
    [null, 'Pandemic Reserves', -3.65],
    [null, 'Budget Sustainability Reserve', -4.0],
    [null, 'Total Reserves', reservesTotal],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('MTFS', rows)), { asOf: '2022-10-01' });

  test('the gap is the base less the resources, printed negative or positive', async () => {
    expect(loud(await run(mtfs(288.868, -252.008)))).toEqual([]);
    expect(loud(await run(mtfs(288.868, 252.008)))).toEqual([]);
    expect(loud(await run(mtfs(289.868, -252.008)))).toEqual(['totals.row-mismatch@C4']);
  });

  test('"Total Reserves" below it adds the reserves since, and says so', async () => {
    const result = await run(mtfs(288.868, -252.008, -7.065));
    expect(loud(result)).toEqual(['totals.row-mismatch@C7']);
    expect(result.findings[0].message).toBe(
      'Total Reserves shows -£7,065,000 for 2024/25 £m, but the sum of the 2 items it covers is -£7,650,000 (a difference of £585,000).',
    );
  });
});

describe('the opening figure, its adjustments, and the figure they come to, named as the first', () => {
  // Stockport's changes to net costs: the budget at budget setting, the year's changes, the budget.
  const changes = (inflation: number, first = '2022/23 Net Revenue Budget at budget setting'): CellValue[][] => [
    ['Services', 'Net Expenditure £m'],
    [first, 281.079],
    ['Indicative adjustments', null],
    ['2022/23 Pay inflation adjustment', 2.138],
    ['2023/24 Pay inflation', inflation],
    ['Demand Pressures', 0.5],
    ['Savings', null],
    ['2023/24 Savings Proposals', -7.302],
    ['2023/24 Net Revenue Budget', 282.487],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Changes', rows)), { asOf: '2023-03-23' });

  test('"2023/24 Net Revenue Budget" is "2022/23 Net Revenue Budget at budget setting" moved by the lines between', async () => {
    expect(loud(await run(changes(6.072)))).toEqual([]);
    expect(loud(await run(changes(6.702)))).toEqual(['totals.row-mismatch@B9']);
  });

  test('named alike but for the year, or named otherwise, the last is a line of its own', async () => {
    expect(loud(await run(changes(6.702, '2022/23 Net Revenue Budget')))).toEqual([]);
    expect(loud(await run(changes(6.702, 'Revenue Budget at budget setting')))).toEqual([]);
  });
});

describe('a stock at the start of the year, taken off, and at its end', () => {
  // A housing revenue account's notes: the dwellings at 1st April, less sales, at 31st March.
  const stock = (first: string, sales: number) =>
    check(
      workbook(
        sheet('Notes to the HRA', [
          [null, null, '2002/03', '2001/02'],
          [null, first, 29401, 30119],
          [null, 'Less: Sales and demolitions', sales, 718],
          [null, 'Stock at 31st March', 28941, 29401],
        ]),
      ),
      { asOf: '2003-03-31' },
    );

  test('"Stock at 31st March" is "Stock at 1st April" less what left it', async () => {
    expect(loud(await stock('Stock at 1st April', 460))).toEqual([]);
    expect(loud(await stock('Stock at 1st April', 406))).toEqual(['totals.row-mismatch@C4']);
  });

  test('a date that does not open the year opens nothing', async () => {
    expect(loud(await stock('Stock at 1st May', 406))).toEqual([]);
  });
});

describe('a total printed with its commas out of place', () => {
  // Gravesham's on-street parking account: "£691,3201" as the expenditure total, the net below it.
  const account = (expenditure: CellValue, net = 0): CellValue[][] => [
    ['Income:'],
    ['Fees / Charges', 332656],
    ['Penalty charge notices', 371492],
    ['Total Income', 704148],
    ['Expenditure:'],
    ['Staffing Costs', 334387],
    ['Overheads recharged', 329102],
    ['Total Expenditure', expenditure],
    ['Transfer to Earmarked Decriminalisation Reserve', 40659],
    ['Net Income/Expenditure', net],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Parking account', rows)), { asOf: '2021-03-31' });

  test('readable, the net is the income total less the expenditure total and the transfer', async () => {
    expect(loud(await run(account(663489, 0)))).toEqual([]);
    expect(loud(await run(account(663489, 10)))).toEqual(['totals.row-mismatch@B10']);
  });

  test('is said to be unreadable, in its column by letter, and the net built on it is not judged', async () => {
    expect(loud(await run(account(663489)))).toEqual([]);
    const result = await run(account('£663,4891'));
    expect(loud(result)).toEqual(['cell.unreadable@B8']);
    expect(result.findings[0].message).toContain('"£663,4891" in column B could not be read');
  });
});

describe("last year's figures left of the labels, this year's right of them", () => {
  // After a parish council's summary income and expenditure account.
  const account = (expenditure: number) =>
    check(
      workbook(
        sheet('Accounts', [
          ['SUMMARY INCOME AND EXPENDITURE ACCOUNT'],
          [2009, null, 2010],
          [null, 'Income'],
          [13815.0, 'Precept/Grant', 12815.0],
          [110.19, 'Interest on Investments', 3.56],
          [562.94, 'Sparklers Insurance', 562.94],
          [500.0, '(VDS) Grants (Benches)', 480.0],
          [14988.13, 'Total Income', 13861.5],
          [],
          [null, 'Expenditure'],
          [8498.36, 'General Administration', 8498.36],
          [800.0, 'S.137 Payments', 800.0],
          [539.67, 'Notice Boards, Village Halls & Hire', 539.67],
          [4680.0, 'Bus Shelters', 4680.0],
          [null, 'Bank Charges', 1.23],
          [14518.03, 'Total Expenditure', expenditure],
        ]),
      ),
    );

  test("the expenditure under its heading, after the income's total and a break, is checked against its own total", async () => {
    expect(loud(await account(14519.26))).toEqual([]);
    expect(loud(await account(16915.87))).toEqual(['totals.row-mismatch@C16']);
  });
});

describe('a line of bare figures adding the lines since the last total, through a sub-heading', () => {
  // After a parish council's receipts and payments: last year left of the labels, this year right.
  const account = (recreation: number) =>
    check(
      workbook(
        sheet('Receipts & Payments', [
          ['HK Parish Council'],
          ['Year ended', null, 'Year ended'],
          ['31/03/2016', null, '31/03/2017'],
          ['Income:'],
          [28040.0, 'Precept', 28813.0],
          [15.0, 'Allotments', 20.0],
          [500.0, 'Recreation Ground', 500.0],
          [17.69, 'Bank Interest', 13.02],
          [28572.69, null, 29346.02],
          ['Expenditure:'],
          [16565.62, 'Administration', 16601.57],
          [500.0, 'S.137', 150.0],
          [null, 'Running Costs:'],
          [596.61, 'Memorial Pavilion', 693.46],
          [1359.71, 'Recreation Ground', recreation],
          [629.42, 'Highways & Footpaths', 561.33],
          [19651.36, null, 20084.13],
        ]),
      ),
    );

  test('the bare line under "Running Costs:" and its lines adds all the expenditure since "Expenditure:"', async () => {
    expect(loud(await account(2077.77))).toEqual([]);
    expect(loud(await account(2707.77))).toEqual(['totals.row-mismatch@C17']);
  });
});

describe('a town council\'s finances in brief: "Total other …" lines under bare sums, and figures stated alone', () => {
  // After a town council's annual report (£000).
  const finances = (otherReceipts: number, otherPayments: number) =>
    check(
      workbook(
        sheet('Finances', [
          ['Annual Report & Newsletter'],
          [],
          [null, '2012/13', '2013/14'],
          ['Precept (Oundle Council Tax)', 265, 303],
          ['Total other receipts ( inc Market, Property, Cemetery)', 104, otherReceipts],
          [null, 369, 903],
          [],
          ['Staff Costs (inc Salaries, PAYE & NIC, pensions)', -129, -155],
          ['LoanInterest/ Capital Repayments (QVH, Courthouse, Skateboard)', -34, -36],
          ['Total other payments', otherPayments, -199],
          [null, -336, -390],
          [],
          ['Net surplus', 33, 513],
          [],
          ['Total Fixed assets', 2167, 1630],
          ['Total Cash & short term investments', 466, 992],
          ['Total borrowings (Outstanding Capital balance)', -488, -477],
        ]),
      ),
    );

  test('"Total other receipts" is a line of the bare sum under it; the balance sheet below stands alone', async () => {
    expect(loud(await finances(600, -173))).toEqual([]);
  });

  test('a line mistyped puts its bare sum out', async () => {
    expect(loud(await finances(660, -137))).toEqual(['totals.row-mismatch@C6', 'totals.row-mismatch@B11']);
  });
});

describe('"Draft budget gap for 2016/17" under a subtotal and the changes since', () => {
  // After a district council's reconciliation of budget variances (£000).
  const reconciliation = (interest: number) =>
    check(
      workbook(
        sheet('Reconciliation', [
          ['Reconciliation of Major 2016/17 Budget Variances'],
          [],
          ['Variances', 'Amount £000'],
          ['External items outside of our control'],
          ['Reduced formula grant settlement', 597],
          ['Increased pension contributions - auto enrolment', 110],
          ['NIC rebate removed from contracted out pensions', 180],
          ['Subtotal', 887],
          ['Other changes'],
          ['Deficit on our 2015/16 budget taken from reserves', 187],
          ['Increased interest payable', interest],
          ['Income from garden waste scheme', -250],
          ['Increased leisure income', -155],
          ['Draft budget gap for 2016/17', 747],
        ]),
      ),
    );

  test("the gap is every line above it: the subtotal's and the changes since", async () => {
    expect(loud(await reconciliation(78))).toEqual([]);
    const slipped = await reconciliation(87);
    expect(loud(slipped)).toEqual(['totals.row-mismatch@B14']);
    expect(slipped.findings[0].message).toContain('the sum of the 8 items it covers is £756,000');
  });
});

describe('"Total Funds brought forward" under the year\'s result, and "Total funds carried forward"', () => {
  // After a village hall charity's statement of financial activities.
  const sofa = (carried: number) =>
    check(
      workbook(
        sheet('SOFA', [
          ['Statement of Financial Activities'],
          [null, '2021', '2020'],
          ['INCOMING RESOURCES'],
          ['Investment Income', 399, 438],
          ['Hall Fee Income', 31419, 20318],
          ['Grants Receivable', 16859, 11604],
          ['TOTAL INCOMING RESOURCES', 48677, 32360],
          ['RESOURCES EXPENDED'],
          ['Insurance', 1510, 1431],
          ['Repairs, renewals and maintenance', 17589, 16657],
          ['Cleaning', 15479, 15339],
          ['TOTAL RESOURCES EXPENDED', 34578, 33427],
          ['NET SURPLUS/(DEFICIT)', 14099, -1067],
          ['Total Funds brought forward', 147337, 148404],
          ['TOTAL FUNDS CARRIED FORWARD', carried, 147337],
        ]),
      ),
    );

  test('funds brought forward are where the year opened, not a total; carried forward, they and the result', async () => {
    expect(loud(await sofa(161436))).toEqual([]);
    expect(loud(await sofa(161463))).toEqual(['totals.row-mismatch@B15']);
  });
});

describe('"Total cash funds | brought | forward": a label a scan split over the cells after it', () => {
  // After a church charity's receipts and payments account, copied from a scan: each label's last
  // words in the cells after it, the funds headed only on the rows above.
  const account = (broughtLabel: string[], carried: number) =>
    check(
      workbook(
        sheet('R&P', [
          [null, null, null, 'Unrestricted', 'Capital', 'Total funds', 'Total funds'],
          [null, null, null, 'fund', 'fund', '2021', '2020'],
          ['Receipts'],
          ['Income from property', null, null, 4908, null, 4908, 2120],
          ['Investment income', null, null, 41522, null, 41522, 39872],
          ['Total receipts', null, null, 46430, null, 46430, 41992],
          ['Payments'],
          ['Management and', 'property', 'maintenance', 5054, null, 5054, 5002],
          ['Total payments', null, null, 5054, null, 5054, 5002],
          ['Net receipts over payments', null, null, 41376, null, 41376, 36990],
          [...broughtLabel, 79331, 3798, 83129, 46139],
          ['Total cash funds', 'carried', 'forward', carried, 3798, carried + 3798, 83129],
        ]),
      ),
    );
  const brought = ['Total cash funds', 'brought', 'forward'];

  test('read whole, the funds brought forward open the year: no sum of the lines above, and the close is held to them', async () => {
    // 79,331 + 41,376 = 120,707.
    expect(loud(await account(brought, 120707))).toEqual([]);
    // Whole pounds: a pound out is rounding, two a slip.
    expect(loud(await account(brought, 120708))).toEqual([]);
    expect(loud(await account(brought, 120709))).toEqual(['totals.row-mismatch@D12', 'totals.row-mismatch@F12']);
  });

  test('words in capitals go on only after capitals, and a note number is no part of a label', async () => {
    for (const cut of [
      ['Total cash funds', 'Brought', 'Forward'],
      ['Total cash funds', '11,12', 'forward'],
    ]) {
      expect(loud(await account(cut, 120707))).toContain('totals.row-mismatch@D11');
    }
    expect(loud(await account(['TOTAL CASH FUNDS', 'BROUGHT', 'FORWARD'], 120707))).toEqual([]);
  });

  test('funds side by side with their headings lost are not one year carried into the next', async () => {
    const result = await check(
      workbook(
        sheet('R&P', [
          ['Receipts'],
          ['Income from property', null, null, 4908, null, 4908, 2120],
          ['Investment income', null, null, 41522, null, 41522, 39872],
          ['Total receipts', null, null, 46430, null, 46430, 41992],
          ['Net receipts over payments', null, null, 41376, null, 41376, 36990],
          [...brought, 79331, 3798, 83129, 46139],
          ['Total cash funds', 'carried', 'forward', 120707, 3798, 124505, 83129],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe("a charity's balance sheet: fixed and net current assets, net assets, and the funds", () => {
  // After a village hall charity's balance sheet, the sums of the fixed and current assets printed
  // under them with no label, as the filed accounts print them.
  const balanceSheet = ({ lessLabel = 'TOTAL ASSETS LESS CURRENT LIABILITIES', less = 353375, net = 353375 } = {}) =>
    check(
      workbook(
        sheet('Balance Sheet', [
          [null, 'Notes', '2021', '2020'],
          ['FIXED ASSETS'],
          ['Tangible assets', 7, 192333, 161417],
          ['Investments', 8, 124569, 109034],
          [null, null, 316902, 270451],
          ['CURRENT ASSETS'],
          ['Stocks', null, 2129, 1691],
          ['Debtors', null, 5417, null],
          ['Cash at bank and in hand', null, 30082, 55651],
          [null, null, 37628, 57342],
          ['CREDITORS'],
          ['Amounts falling due within one year', 9, -1155, -1675],
          ['NET CURRENT ASSETS', null, 36473, 55667],
          [lessLabel, null, less, 326118],
          ['NET ASSETS', null, net, 326118],
          ['FUNDS', 10],
          ['Unrestricted funds', null, 353375, 326118],
          ['TOTAL FUNDS', null, 353375, 326118],
        ]),
      ),
    );

  test('"Total assets less current liabilities" is the fixed assets and the net current assets', async () => {
    expect(loud(await balanceSheet())).toEqual([]);
    // Whole pounds, two figures: a pound out is rounding, two a slip.
    expect(loud(await balanceSheet({ less: 353376, net: 353376 }))).toEqual([]);
    expect(loud(await balanceSheet({ less: 353377, net: 353377 }))).toEqual(['totals.row-mismatch@C14']);
    // (As a scan runs its words together.)
    const run = await balanceSheet({ lessLabel: 'TOTAL ASSETSLESSCURRENT LIABILITIES', less: 353377, net: 353377 });
    expect(loud(run)).toEqual(['totals.row-mismatch@C14']);
  });

  test('with no heading or total marking the current assets, only lines naming themselves fixed assets are', async () => {
    // After a housing charity's balance sheet as a scan copied it: no heading over the current
    // assets, and the net current assets' label cut after "Net current".
    const sheetOf = (fixed: string, less: number) =>
      check(
        workbook(
          sheet('Balance Sheet', [
            [null, '2023', '2022'],
            [fixed, 53863, 39761],
            ['Debtors', 47507, 41475],
            ['Cash at bank and in hand', 47848, 119163],
            ['Creditors: amounts falling due within one year', -109363, -87241],
            ['Net current', -13008, 73397],
            ['Total assets less current liabilities', less, 113158],
          ]),
        ),
      );
    expect(loud(await sheetOf('Tangible assets', 40855))).toEqual([]);
    expect(loud(await sheetOf('Tangible assets', 40857))).toEqual(['totals.row-mismatch@B7']);
    // ("Equipment" may be either: nothing is said of the total.)
    expect(loud(await sheetOf('Equipment', 40857))).toEqual([]);
  });

  test('"Net assets" is that with nothing after it falling due; the funds add up to it anew', async () => {
    expect(loud(await balanceSheet({ net: 353376 }))).toEqual([]);
    expect(loud(await balanceSheet({ net: 353377 }))).toEqual(['totals.row-mismatch@C15']);
  });
});

describe('a receipts and payments account: the net result and transfers, then the cash funds at each end', () => {
  // After a village hall charity's receipts and payments account (Charity Commission form).
  const account = (closing: number, moves: [string, number, number][] = [['Transfers between funds', -3480, 3480]]) =>
    check(
      workbook(
        sheet('R&P', [
          [null, 'Unrestricted Funds', 'Designated Funds'],
          ['Receipts'],
          ['Hall lettings', 33593, null],
          ['Recreation ground fees', 2215, null],
          ['Total Receipts', 35808, null],
          ['Payments'],
          ['Upkeep of hall and grounds', 10919, null],
          ['Repairs and renewals', 8846, null],
          ['Total Payments', 19765, null],
          ['Net Receipts/(Payments)', 16043, null],
          ...moves,
          ['Cash funds at 1 April 2022', 29623, 34840],
          ['Cash funds at 31 March 2023', closing, 38320],
        ]),
      ),
    );

  test('the funds at the year end are those at its start moved by the net result and the transfers', async () => {
    // 29,623 + 16,043 − 3,480 = 42,186.
    expect(loud(await account(42186))).toEqual([]);
    expect(loud(await account(42168))).toEqual(['totals.row-mismatch@B13']);
  });

  test("the net line and two lines moving it at most: past them, the lines are the table's own, not its result", async () => {
    const twoMoves: [string, number, number][] = [
      ['Transfers between funds', -3480, 3480],
      ['Gain on investments', 0, 0],
    ];
    expect(loud(await account(42186, twoMoves))).toEqual([]);
    const threeMoves: [string, number, number][] = [...twoMoves, ['Loss on disposal', 0, 0]];
    expect(loud(await account(42186, threeMoves))).toEqual(['totals.row-mismatch@B15']);
  });
});

describe("a column of note numbers beside an account's figures", () => {
  // After a housing charity's income and expenditure account.
  const account = (header: string) =>
    check(
      workbook(
        sheet('Income and Expenditure', [
          [null, header, '2022', '2021'],
          ['Turnover', null, 86317, 84753],
          ['Net Operating Expenses.'],
          ['Administrative Expenses', 3, 111986, 63344],
          ['Operating Surplus', 5, -25669, 21409],
        ]),
      ),
    );

  test('"Note" numbers the notes each line is explained in: no figures to add up', async () => {
    expect(loud(await account('Note'))).toEqual([]);
    expect(loud(await account('Notes'))).toEqual([]);
  });

  test('another header over the same numbers is a column of figures, and its total is checked', async () => {
    expect(loud(await account('Units'))).toEqual(['totals.row-mismatch@B5']);
  });
});

describe('a total over sections, some subtotalled and some given on one line', () => {
  // After a county's building maintenance budgets by service: bare subtotals under two sections.
  const budgets = (mentalHealth: number, total: number) =>
    check(
      workbook(
        sheet('Building Maintenance', [
          ['Building Maintenance Budgets as at end of November 04'],
          [],
          [null, null, 'Spend/committed', 'Total', 'Budget'],
          [null, null, 'To Date', 'Budget', 'Remaining'],
          [null, null, '£', '£', '£'],
          [],
          ['1. ADULT SERVICES'],
          [null, 'Adults Under 65 with Physical Disabilities', 6493, '-', -6493],
          [null, 'Adults Under 65 with Learning Disabilities', 12506, 9881, -2625],
          [null, 'Adults Aged Under 65 with Mental Health Needs', mentalHealth, 1000, 636],
          [null, 'Adults - Supported Employment', 818, 2000, 1182],
          [null, null, 20181, 12881, -7300],
          [],
          ['2. SUPPORT SERVICES AND MANAGEMENT COSTS', null, 11959, 44431, 32472],
          [],
          ['3. DIRECT SERVICES', null, 56221, 54480, -1741],
          [],
          ['4. COMMUNITY DEVELOPMENT'],
          [null, 'Libraries', 28586, 36507, 7921],
          [null, 'Arts & Theatres', 9938, 9639, -299],
          [null, null, 38524, 46146, 7622],
          [],
          ['TOTAL', null, total, 157938, 31053],
        ]),
      ),
    );

  test('the total is the subtotals and the one-line sections: a slip under a subtotal is said there alone', async () => {
    // 20,181 + 11,959 + 56,221 + 38,524 = 126,885.
    expect(loud(await budgets(364, 126885))).toEqual([]);
    expect(loud(await budgets(346, 126885))).toEqual(['amounts.parts-vs-total@E10', 'totals.row-mismatch@C12']);
  });

  test('a total out against the subtotals as printed is said on the total', async () => {
    expect(loud(await budgets(364, 126858))).toContain('totals.row-mismatch@C23');
  });
});

describe('money under counts and rates: "Total amount received" under the pupils eligible', () => {
  // After a primary school's pupil premium overview.
  const overview = (third: string) =>
    check(
      workbook(
        sheet('Pupil Premium', [
          ['Overview of school'],
          [null, '2014/15', '2015/16', '2016/17'],
          ['No. of FSM pupils eligible for PP', 90, 97, 106],
          ['No of looked after children eligible for PP', 1, 0, 1],
          [third, 21.7, 20.8, 20.3],
          ['Total amount received', 120370, 124080, 141820],
        ]),
      ),
    );

  test('is a figure of its own, not their sum', async () => {
    expect(loud(await overview('Percentage of FSM pupils'))).toEqual([]);
  });

  test('with a line that is no count or rate among them, the total is checked as before', async () => {
    expect(loud(await overview('Catch-up grant'))).toContain('totals.row-mismatch@B6');
  });
});

describe("a section's subtotal, under staff numbers and a rate in an earlier section", () => {
  // After a national park authority's outturn and budgets by budget head.
  const budgets = (meetings: number, rateSection: boolean) =>
    check(
      workbook(
        sheet('Annex 1', [
          ['BUDGET HEAD', '2003-04 Budget', '2004-05 Budget'],
          ...(rateSection
            ? [
                ['Staff numbers', 30, 40],
                ['Staff Salaries', 523456, 1389028],
                [null, 0.246, 0.3913],
              ]
            : []),
          ['Other Staff Costs'],
          ['Staff recruitment and relocation costs', 70000, 98000],
          ['T&S', 9402, 35340],
          ['Sub total', 79402, 133340],
          ['Board Costs'],
          ['Board Member salaries', 173358, 188048],
          ['Board Member T&S', 37500, 26600],
          ['Board Meeting costs', 3500, meetings],
          ['Sub-total', 214358, 231048],
        ]),
      ),
    );

  test('its own lines are alike, and it is checked against them', async () => {
    expect(loud(await budgets(16400, true))).toEqual([]);
    expect(loud(await budgets(14600, true))).toEqual(['totals.row-mismatch@C13']);
    expect(loud(await budgets(14600, false))).toEqual(['totals.row-mismatch@C10']);
  });
});

describe('numbered sections two blank rows apart, one table from its header to its TOTAL', () => {
  // After a county's building maintenance budgets (as at April).
  const budgets = (children: number, gap: number) =>
    check(
      workbook(
        sheet('Building Maintenance', [
          ['Building Maintenance Budgets as at end of April 04'],
          [],
          [null, null, 'Spend/committed', 'Total', 'Budget'],
          [null, null, 'To Date', 'Budget', 'Remaining'],
          [null, null, '£', '£', '£'],
          [],
          ['1. CHILDRENS SERVICES'],
          [null, 'Other Children and Family Services', children, 11001, 9096],
          ...Array.from({ length: gap }, () => []),
          ['2. ADULT SERVICES'],
          [null, 'Adults Under 65 with Learning Disabilities', 840, 9881, 9041],
          [null, 'Adults - Supported Employment', 125, 2000, 1875],
          [null, null, 965, 11881, 10916],
          [],
          ['3. DIRECT SERVICES', null, 15403, 54480, 39077],
          [],
          ['TOTAL', null, 18273, 77362, 59089],
        ]),
      ),
    );

  test("the first section's line is read with the rest, its slip found on its own line", async () => {
    expect(loud(await budgets(1905, 2))).toEqual([]);
    expect(loud(await budgets(1950, 2))).toContain('amounts.parts-vs-total@E8');
  });

  test('three blank rows part two tables', async () => {
    const apart = await budgets(1950, 3);
    expect(loud(apart)).not.toContain('amounts.parts-vs-total@E8');
  });
});

describe('an account balanced at its income: the spending less the deficit', () => {
  // After a village hall charity's income and expenditure account.
  const account = (balancing: number) =>
    check(
      workbook(
        sheet('Income and Expenditure', [
          ['REVENUE EXPENDITURE', '2024', '2023'],
          ['Wages', 10798, 11243],
          ['Electricity & Gas', 3141, 3189],
          ['General Repairs & Renewals', 12858, 6823],
          ['Specific Repairs', 0, 46792],
          ['Total:', 26797, 68047],
          ['Revenue Deficit', 5273, 14181],
          ['TOTAL', balancing, 53866],
        ]),
      ),
    );

  test('"TOTAL" under "Revenue Deficit" is the spending less the deficit', async () => {
    expect(loud(await account(21524))).toEqual([]);
    expect(loud(await account(21542))).toEqual(['totals.row-mismatch@B8']);
  });
});

describe('reserves brought forward as the sum of the reserves above them, then moved to those carried forward', () => {
  // After a schools forum's summary of movement on its schools budget reserves.
  const reserves = (underspend: number) =>
    check(
      workbook(
        sheet('Reserves', [
          ['Summary of Movement on Schools Budget Reserves at 31 March 2013'],
          [null, '£'],
          ['School Block Reserve (pre DSG)', 370000],
          ['DSG under spend at March 2012', 1175000],
          ['Schools Budget Reserves brought forward March 2012', 1545000],
          ['Reserves allocated to 2012-13 Budget', -771000],
          ['DSG from 2012-13 earmarked for carry forward to 2013-14', 101000],
          ['Under spend of Schools Budget 2012-13', underspend],
          ['Schools Budget Reserves carried forward at March 2013', 1773000],
        ]),
      ),
      { asOf: '2013-06-26' },
    );

  test('the balance carried forward is the one brought forward moved by the lines since', async () => {
    expect(loud(await reserves(898000))).toEqual([]);
  });

  test('£9,000 out is flagged against the balance and the lines that move it, not the lines alone', async () => {
    const result = await reserves(889000);
    expect(loud(result)).toEqual(['totals.row-mismatch@B9']);
    expect(result.findings[0].message).toContain('the sum of the 4 items it covers is £1,764,000');
  });
});

describe('"This totals" under the schemes handing back their underspends', () => {
  // After a police and crime commissioner's decision on changes to the capital plan.
  const decision = (evidence: number) =>
    check(
      workbook(
        sheet('Capital Plan Changes', [
          ['Six schemes have been completed and have spent less than their allocated budget. They are:', '£K'],
          ['ICCS replacement scheme', 23],
          ['digital evidence scheme', evidence],
          ['fleet replacement programme', 1.8],
          ['job evaluation scheme', 1.4],
          ['replacement tracking devices scheme', 1.2],
          ['M8 telephony scheme', 0.6],
          ['This totals', 43],
        ]),
      ),
      { asOf: '2014-03-31' },
    );

  test('is their total: one out by £1k is flagged, the sum as printed is not', async () => {
    expect(loud(await decision(15))).toEqual([]);
    expect(loud(await decision(16))).toEqual(['totals.row-mismatch@B8']);
  });
});

describe('"Sum of total funding" under each council\'s grants: the sum of them, named as such', () => {
  const support = (label: string, cotswold: number): CellValue[][] => [
    ['Local authority', 'Support', 'Amount(£)'],
    ['Cheltenham borough council', 'Flood Recovery Grant (CLG)', 646500],
    [null, 'Bellwin Scheme (CLG)', 48361],
    [null, 'Restoration Fund (CLG)', 1774306],
    [null, label, 2469167],
    ['Cotswold district council', 'Flood Recovery Grant (CLG)', 663500],
    [null, 'Bellwin Scheme (CLG)', 87432],
    [null, 'Restoration Fund (CLG)', 330316],
    [null, label, cotswold],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Flood Support', rows)), { asOf: '2010-01-06' });

  test('is a total: one that does not add up is flagged, one that does is not', async () => {
    expect(loud(await run(support('Sum of total funding', 1081293)))).toEqual(['totals.row-mismatch@C9']);
    expect(loud(await run(support('Sum of total funding', 1081248)))).toEqual([]);
    expect(loud(await run(support('Sum total', 1081293)))).toEqual(['totals.row-mismatch@C9']);
  });

  test('"Sum insured" is a line of its own, not a total', async () => {
    expect(loud(await run(support('Sum insured', 1081293)))).toEqual([]);
  });
});

describe('"Total5,6": a footnote\'s number typed straight after "Total"', () => {
  const fund = (label: string): CellValue[][] => [
    ['£000', 'Delegated for 2001–02', 'Actual expenditure for 2001–02'],
    ['Reduced Burglary', 18491, 18462],
    ['Locks for the over-60s', 3000, 2796],
    ['Toolkits', 400, 403],
    ['CCTV Initiative4', 101308, 70523],
    [label, 123199, 92544],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('CRP', rows)), { asOf: '2002-12-19' });

  test('is a total whatever its notes: one that does not add up is flagged', async () => {
    for (const label of ['Total', 'Total5,6', 'Total12'])
      expect(loud(await run(fund(label)))).toEqual(['totals.row-mismatch@C6']);
  });

  test('three figures after the word are no footnote: "Total123" is no total', async () => {
    // (Its actual 3% over the lines' 92,184, so the word alone decides.)
    expect(loud(await run([...fund('Total123').slice(0, -1), ['Total123', 123199, 95000]]))).toEqual([]);
  });
});

describe("a group's parts in one column and its sum beside the last of them in the next", () => {
  // After a written answer listing departments' grants, those with two kinds printed as a group.
  const grants = (homeOffice: number, northernIreland: number, education = 18089079) =>
    check(
      workbook(
        sheet('Written answer', [
          ['Grants and payments by Government Departments in 1985–86'],
          [null, '£', '£'],
          ['Agriculture, Fisheries and Food', null, 117700],
          ['Education and Science grants', 8450508],
          ['payments', 9638571, education],
          ['Employment', null, 30316000],
          ['Home Office grants', 18202975],
          ['payments', 97300, homeOffice],
          ['Northern Ireland Departments'],
          ['grants', 11350894],
          ['payments', 5450234, northernIreland],
          ['Transport', null, 605000],
          ['Total', null, 117700 + education + 30316000 + homeOffice + northernIreland + 605000],
        ]),
      ),
    );

  test('each sum is its parts: one that is not is flagged beside its last part', async () => {
    expect(loud(await grants(18300275, 16801128))).toEqual([]);
    expect(loud(await grants(18300275, 16801124))).toEqual(['totals.row-mismatch@C11']);
  });

  test('where no group adds up, the columns are read as figures of another kind', async () => {
    expect(loud(await grants(18300000, 16800000, 18000000))).toEqual([]);
  });
});

test("a total a little off its section's lines is weighed against them, and the message says so", async () => {
  // After a parish's receipts and payments account: receipts to a subtotal, then the payments.
  const result = await check(
    workbook(
      sheet('Account', [
        ['RECEIPTS AND PAYMENTS ACCOUNT FOR THE YEAR ENDING 31 MARCH 2025'],
        [],
        ['RECEIPTS'],
        ['Precept', null, 10139.08],
        ['S106', null, 3079],
        ['Other', null, 113.57],
        ['VAT rebates', null, 833.2],
        ['Net interest', null, 100.73],
        ['Gross receipts', null, 14265.58],
        [],
        ['PAYMENTS'],
        ['Administration', null, 132.52],
        ['Salaries', null, 3221.67],
        ['Pension', null, 327.86],
        ['S137 / Transport', null, 400],
        ['VAT payments', null, 311.2],
        ['Maintenance', null, 965],
        ['Lengthsman', null, 407.48],
        ['Other', null, 3440.71],
        ['Total payments', null, 9197.44],
      ]),
    ),
  );
  const total = result.findings.find((f) => f.ruleId === 'totals.row-mismatch');
  expect(total?.address).toBe('C20');
  expect(total?.message).toBe(
    'Total payments shows £9,197.44 for column C, but the sum of the 8 items it covers is £9,206.44 (a difference of £9).',
  );
});

describe('a line named for what it sums, matching its lines to the last decimal in one year', () => {
  // Dorset & Wiltshire Fire: "Spending on services" adds the six lines exactly in 2019-20.
  const spending = (lines: CellValue[][], sum: CellValue[]) =>
    check(
      workbook(
        sheet('What we spend', [
          [null, '2019-20', '2020-21'],
          ...lines,
          sum,
          ['Income/Reserves', -6.706, -7.365],
          ['Amount to be financed', 55.845, 57.064],
          [],
          [null, '2019-20', '2020-21'],
          ['Fire precepts', 41.763, 42.753],
          ['Revenue Support Grant', 3.795, 3.857],
          ['Business Rates/Top-up Grant', 10.287, 10.454],
          ['Total financing', 55.845, 57.064],
        ]),
      ),
    );
  const six: CellValue[][] = [
    ['Employee Costs', 46.58, 48.247],
    ['Premises', 3.884, 3.879],
    ['Transport', 1.455, 1.495],
    ['Supplies and services', 4.893, 5.229],
    ['Agency and contracted out services', 2.401, 2.389],
    ['Capital financing/leasing', 3.338, 3.28],
  ];

  test('is their sum, so the other year, 0.09 off its lines, is flagged', async () => {
    expect(loud(await spending(six, ['Spending on services', 62.551, 64.429]))).toEqual(['totals.row-mismatch@C8']);
    expect(loud(await spending(six, ['Spending on services', 62.551, 64.519]))).toEqual([]);
  });

  test('four lines are enough, three are not', async () => {
    const four = [['Employee Costs', 54.754, 56.115], ...six.slice(3)];
    expect(loud(await spending(four, ['Spending on services', 65.386, 66.913]))).toEqual(['totals.row-mismatch@C6']);
    const three = [['Employee Costs', 58.209, 59.615], ...six.slice(4)];
    expect(loud(await spending(three, ['Spending on services', 63.948, 65.174]))).toEqual([]);
  });

  test('whole figures matched so may be chance, and so may a sum no larger than one of its lines', async () => {
    const whole = six.map(([label, a, b]) => [label, Math.round((a as number) * 1000), b]);
    expect(loud(await spending(whole, ['Spending on services', 62551, 64.429]))).toEqual([]);
    // (Changes by year: -3.5 is the sum of the lines above, but 6.6 among them is larger.)
    const changes: CellValue[][] = [
      ['Anglesey', -3.1, 100.1],
      ['Denbighshire', 4.0, 101.2],
      ['Flintshire', -2.5, 102.3],
      ['Cardiganshire', 6.6, 103.4],
      ['Pembrokeshire', -8.5, 104.5],
    ];
    expect(loud(await spending(changes, ['Carmarthenshire', -3.5, 115.7]))).toEqual([]);
  });
});

describe('a comment beside a line that opens with "Total"', () => {
  // Charter trustees' spend against budget: the amount carried forward is a line of the spend.
  const report = (comment: string, spend: number) =>
    check(
      workbook(
        sheet('Report', [
          ['Summary', 'Budget £', 'Spend to March 2025 £', 'Comments'],
          ['Events', 1700, 951, 'PA system, flag raising, community tea'],
          ['Allowances', 1200, 1200, 'Charter Mayor & Deputy'],
          ['Officer Support', 18600, 18600, 'Democratic services, finance, ICT'],
          ['Other /General', 1400, spend, 'Insurance, printing, external auditors'],
          ['Income', null, -50, 'Civic engagement'],
          ['Carried forward', null, 1213, comment],
          ['Total', 22900, 22900],
        ]),
      ),
    );
  const sentence = 'Total amount held in reserve at NYC £1,626'; // 42 characters

  test('is a comment: the line is one of those the total adds, and a slip among them is flagged there', async () => {
    expect(loud(await report(sentence, 986))).toEqual([]);
    expect(loud(await report(sentence, 896))).toEqual(['totals.row-mismatch@C8']);
  });

  test('a label of 40 characters or fewer after the figures still makes the line a total', async () => {
    // ("Name | figure | Total | figure": a second column of lines, and their total.)
    expect(loud(await report('Total', 986))).toEqual(['totals.row-mismatch@C7']);
    expect(loud(await report(sentence.slice(0, 40), 986))).toEqual(['totals.row-mismatch@C7']);
    expect(loud(await report(sentence.slice(0, 41), 986))).toEqual([]);
  });
});

describe('a line of percentages among the lines of money', () => {
  // A written answer: the cost of measures, the part delivered in-house, and that part as a percentage.
  const answer = (label: string, inHouse: number) =>
    check(
      workbook(
        sheet('Installations', [
          ['Warm Front Scheme'],
          [null, '2005-06', '2006-07', '2007-08'],
          ['Total cost of measures (£)', 111490172, 180722278, 221727693],
          ['Measures delivered by in-house capacity (£)', inHouse, 41820582, 66250397],
          [label, 11, 23, 30],
        ]),
      ),
    );

  test('is no line the total above adds up', async () => {
    expect(loud(await answer('Percentage of work', 12039141))).toEqual([]);
    expect(loud(await answer('In-house work as a % of the total', 12039141))).toEqual([]);
  });

  test('a line named for a rate it was paid at is a line of money, and so still one the total adds', async () => {
    // ("Pay award 2%" beside "Other work" make three lines under the total: theirs is checked.)
    const lines = (other: number) =>
      check(
        workbook(
          sheet('Costs', [
            ['Costs'],
            [null, '2005-06 £', '2006-07 £'],
            ['Total cost', 300, 500],
            ['Pay award 2%', 100, 200],
            ['Other work', other, 300],
          ]),
        ),
      );
    expect(loud(await lines(200))).toEqual([]);
    expect(loud(await lines(210))).toEqual(['totals.row-mismatch@B3']);
  });
});

describe('a budget statement ending in the council tax to raise', () => {
  // After a district's "Calculation of Council Tax income": net cost, less grants and surpluses.
  const statement = (bottom: string, raise: number) =>
    check(
      workbook(
        sheet('Cost of services', [
          ['Calculation of Council Tax Income 2015/16', '£’000'],
          ['Planned spending 2015/16', 93621],
          ['Less, income 2015/16', -77456],
          ['Net cost of services', 16165],
          ['Less, from the Government and Business Rates Payers –'],
          ['   Revenue Support Grant', -5669],
          ['   Business Rates Share', -2529],
          ['   New Homes Bonus Grant', -1570],
          ['Less, Collection Fund Surplus -'],
          ['   Business Rates', -200],
          ['   Council Tax', -121],
          [bottom, raise],
        ]),
      ),
    );

  test('is the net cost less the grants: a slip in it is flagged', async () => {
    expect(loud(await statement('Remaining amount to collect as Council Tax', 6076))).toEqual([]);
    expect(loud(await statement('Remaining amount to collect as Council Tax', 6085))).toEqual([
      'totals.row-mismatch@B12',
    ]);
    expect(loud(await statement('Council Tax Requirement', 6085))).toEqual(['totals.row-mismatch@B12']);
  });

  test('a line not named for the tax is a line like the others', async () => {
    expect(loud(await statement('Remaining amount to collect from parishes', 6085))).toEqual([]);
  });

  test('"Total amount to be met from Council Tax" under "Financed by:" is the tax to raise, not a total of every line', async () => {
    // A Scottish council's "how your council tax is spent": spending by directorate, then how it is financed.
    const financed = (bottom: string) =>
      check(
        workbook(
          sheet('Sheet1', [
            ['Spending per directorate', '£000'],
            ['Education & Children Services', 443072],
            ['Health & Social Care', 217025],
            ['Enterprise & Environment', 129860],
            ['Net service expenditure', 790000 - 43],
            ['Financed by:'],
            ['Government Grants', 583776],
            ['Non-Domestic Rates', 197675],
            [bottom, 8506],
            [null, 789957],
          ]),
        ),
      );
    expect(loud(await financed('Total amount to be met from Council Tax'))).toEqual([]);
    // (Named for no tax, it is a total of the lines above it, and is out.)
    expect(loud(await financed('Total amount to be met from reserves'))).toEqual(['totals.row-mismatch@B9']);
  });

  test('"Balance to be funded by Local Charge Payers" is the tax to raise too', async () => {
    expect(loud(await statement('Balance to be funded by Local Charge Payers', 6076))).toEqual([]);
    expect(loud(await statement('Balance to be funded by Local Charge Payers', 6085))).toEqual([
      'totals.row-mismatch@B12',
    ]);
  });

  test('in a table of its own under the spending, or under "Financed by", no sum of its lines is asked of it', async () => {
    const own = await check(
      workbook(
        sheet('Budget', [
          ['Where the money comes from'],
          ['Source', '2025/26, £m'],
          ['Revenue Support Grant', -4.765],
          ['Retained Business Rates', -6.637],
          ['Redistributed Council Tax (Surplus)/Deficit', -0.067],
          ['Council Tax Requirement', 18.642],
        ]),
      ),
    );
    expect(loud(own)).toEqual([]);
    const financed = await check(
      workbook(
        sheet('Budget', [
          [null, '2024/25 £m'],
          ['Children’s Services', 71.161],
          ['Adult Social Care', 132.953],
          ['Cost of Services', 204.114],
          ['Financed by'],
          ['Business Rates', 63.343],
          ['Social Care Grant', 24.458],
          ['Council Tax Requirement', 116.313],
        ]),
      ),
    );
    expect(loud(financed)).toEqual([]);
  });
});

describe('"Gross resources" and "Net Resource Budget" under years in £m', () => {
  // After a national body's settlement table: the lines, their gross, the income taken off, the net.
  const settlement = (programme: number, label = 'Gross resources') =>
    check(
      workbook(
        sheet('Table 1', [
          ['Table 1: Breakdown of SR2002 settlement'],
          ['HSE ONLY', '2003/4 (£m)', '2004/5 (£m)', '2005/6 (£m)'],
          ['Administration resources', 203, 203, 201],
          ['Non cash resources', 11, 11, 11],
          ['Programme resources', 59, programme, 59],
          [label, 273, 273, 271],
          ['Income', -54, -54, -54],
          ['Net Resource Budget', 219, 219, 217],
        ]),
      ),
    );

  test('are the lines\u2019 subtotal and the net of it: a slip in a line is flagged on the gross', async () => {
    expect(loud(await settlement(59))).toEqual([]);
    expect(loud(await settlement(57))).toEqual(['totals.row-mismatch@C6']);
  });

  test('a slip in the income is flagged on the net, which covers it alone beside the gross', async () => {
    const result = await check(
      workbook(
        sheet('Table 1', [
          ['HSE ONLY', '2003/4 (£m)'],
          ['Administration resources', 203],
          ['Non cash resources', 11],
          ['Programme resources', 59],
          ['Gross resources', 273],
          ['Income', -56],
          ['Net Resource Budget', 219],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['totals.row-mismatch@B7']);
    expect(result.findings[0].message).toBe(
      'Net Resource Budget shows £219,000,000 for 2003/4 (£m), but the sum of the 1 item it covers is £217,000,000 (a difference of £2,000,000).',
    );
  });

  test('"Resources gross" is no label of a gross line', async () => {
    expect(loud(await settlement(57, 'Resources gross'))).toEqual([]);
  });
});

describe('a total under lines "n/a" in its column: a year whose breakdown was not collected', () => {
  // A written answer's reserves by county council: the 1992 split not available, only its total.
  const reserves = (lms1992: CellValue, total1993 = 34508) =>
    check(
      workbook(
        sheet('Reserves', [
          [null, '1 April 1992', '1 April 1993'],
          [null, '£000', '£000'],
          ['Suffolk'],
          ['LMS', lms1992, 13120],
          ['Non-LMS', 'n/a', 21388],
          ['Total', 16051, total1993],
          ['Essex'],
          ['LMS', 'n/a', 25039],
          ['Non-LMS', 'n/a', 20311],
          ['Total', 39373, 45350],
        ]),
      ),
      { asOf: '1995-04-03' },
    );

  test('is a figure given on its own, not a sum of nothing; the other year is still added up', async () => {
    expect(loud(await reserves('n/a'))).toEqual([]);
    expect(loud(await reserves('n/a', 34580))).toEqual(['totals.row-mismatch@C6']);
  });

  test('one line with a figure there makes it a sum again', async () => {
    expect(loud(await reserves(100))).toContain('totals.row-mismatch@B6');
  });
});

describe('counts printed to the hundred, as a written answer gives staff in post', () => {
  const staff = (heading: string, total: number) =>
    check(
      workbook(
        sheet('Staff', [
          ['Regional Health Authority', heading],
          ['Northern', 53900],
          ['Yorkshire', 61100],
          ['Trent', 73800],
          ['East Anglian', 30200],
          ['Total', total],
        ]),
      ),
    );

  test('are rounded to it: a total a hundred off four lines is rounding, two hundred off is out', async () => {
    // The lines add up to 219,000.
    expect(loud(await staff('Staff (whole-time equivalent)', 219100))).toEqual([]);
    expect(loud(await staff('Staff (whole-time equivalent)', 219200))).toEqual(['totals.row-mismatch@B6']);
  });

  test('pounds that happen to be whole hundreds are added to the pound', async () => {
    expect(loud(await staff('Grant awarded', 219100))).toEqual(['totals.row-mismatch@B6']);
  });
});

describe('what a total is said to be off, where its own section or the subtotals leave lines out', () => {
  test('a subtotal whose section is blank in a column is off the lines above its heading, not a sum of nothing', async () => {
    // Only the income line above "Project costs recovered" has an actual: -179,725.
    const result = await check(
      workbook(
        sheet('Statement', [
          [null, 'Revised budget', 'Actual to month 10'],
          ['Operational plan income'],
          ['Operational plan income', -50000, -179725],
          ['Project costs recovered'],
          ['LEADER', -271000, null],
          ['Tomintoul & Glenlivet', -585000, null],
          ['Great Place Badenoch', -81000, null],
          ['Subtotal', -987000, -912228],
          ['Other income'],
          ['Other income', -75000, -33450],
          ['Staff costs recovered', -373000, -219295],
          ['Subtotal', -448000, -252745],
          ['Total income', -1435000, -1164973],
        ]),
      ),
    );
    const finding = result.findings.find((f) => f.address === 'C8');
    expect(finding?.message).toContain('the sum of the 4 items it covers is -£179,725');
  });

  test('a total under a subtotal that leaves a line out is off every line, the subtotal standing for its own', async () => {
    // 11,458 + 160 + 694 + 300 = 12,612; the subtotal of 854 leaves the precept out.
    const result = await check(
      workbook(
        sheet('Budget vs Spend', [
          ['Budget', 'Budget 2024-25', 'YTD'],
          ['Administration'],
          ['Precept', 11458, 11458],
          ['Interest Received', 160, 278],
          ['Grant Income – Footpaths', 694, 687],
          ['Subtotal excluding precept or VAT', 854, 965],
          ['VAT'],
          ['VAT reclaimed', 300, 310],
          ['RECEIPTS TOTAL', 12312, 12733],
        ]),
      ),
    );
    const finding = result.findings.find((f) => f.address === 'B9');
    expect(finding?.message).toContain('the sum of the 4 items it covers is £12,612');
  });
});

describe("lines in one column and their totals in the next, '£'000 | | £'000' spaced out for print", () => {
  const inflation = (total: number) =>
    check(
      workbook(
        sheet('Budget Reconciliation', [
          ['Inflation', null, "£'000", null, "£'000"],
          ['Expenditure'],
          ['Inflation related to salary costs', null, 651],
          ['Inflation related to the cost of utilities', null, 158],
          ['Inflation related to repairs and maintenance', null, 678],
          ['Inflation related to housing investment', null, 103],
          ['Corporate inflation rates applied to other expenditure', null, 195],
          ['Total Expenditure Inflation', null, null, null, total],
        ]),
      ),
    );

  test('a total that adds up the lines across the empty column is right', async () => {
    expect(loud(await inflation(1785))).toEqual([]);
  });

  test('two empty columns between are spacers too; three part the total from its lines', async () => {
    const spaced = (spacers: number, total: number) =>
      check(
        workbook(
          sheet('Budget Reconciliation', [
            ['Inflation', null, "£'000", ...Array(spacers).fill(null), "£'000"],
            ['Expenditure'],
            ['Inflation related to salary costs', null, 651],
            ['Inflation related to the cost of utilities', null, 158],
            ['Inflation related to repairs and maintenance', null, 678],
            ['Inflation related to housing investment', null, 103],
            ['Corporate inflation rates applied to other expenditure', null, 195],
            ['Total Expenditure Inflation', null, null, ...Array(spacers).fill(null), total],
          ]),
        ),
      );
    expect(loud(await spaced(2, 1812))).toEqual(['totals.row-mismatch@F8']);
    expect(loud(await spaced(3, 1812))).toEqual([]);
  });

  test('a total off them is off their sum, not a sum of nothing', async () => {
    const result = await inflation(1812);
    expect(loud(result)).toEqual(['totals.row-mismatch@E8']);
    expect(result.findings[0].message).toContain('the sum of the 5 items it covers is £1,785,000');
  });
});

describe('a second total off its own lines, where the other columns add up theirs', () => {
  test('is said to be off the lines since the first total, counting those lines only', async () => {
    const result = await check(
      workbook(
        sheet('Movements', [
          ['Service', 'Month 7', 'Month 9', 'Movement'],
          ['Director of Families', 0, -10, -10],
          ['Education & Skills', 66, 4, -62],
          ['Quality Assurance', 13, -12, -25],
          ['Total Families, Children & Learning', 79, -18, -97],
          ['Adult Social Care', 232, -758, -990],
          ['S75 Sussex Partnership', -1196, -1877, -681],
          ['Integrated Commissioning', 154, -127, -281],
          ['Total Health & Adult Social Care', -810, -2762, -1871],
        ]),
      ),
    );
    // -990 - 681 - 281 = -1,952, printed -1,871.
    const finding = result.findings.find((f) => f.address === 'D9');
    expect(finding?.message).toContain('the sum of the 3 items it covers is -£1,952');
  });
});

describe('a last line named as the lines summed by their heading, "Costs by Council Area"', () => {
  // Temporary accommodation costs by council area, years over a row of "2022/23 £" units.
  const costs = (label: string, total: number) =>
    check(
      workbook(
        sheet('AQW', [
          ['Council Area', 'Temporary Accommodation', null],
          [null, '2022/23 £', '2023/24 £'],
          ['Antrim & Newtownabbey', 327195, 514111],
          ['Ards & North Down', 767578, 841777],
          ['Armagh, Banbridge & Craigavon', 594689, 839626],
          ['Belfast', 3556666, 6283239],
          ['Causeway Coast & Glens', 177708, 290174],
          [label, total, 8768927],
        ]),
      ),
    );

  test('is their total, checked against them', async () => {
    // The lines add up to 5,423,836 and 8,768,927.
    expect(loud(await costs('Costs by Council Area', 5423836))).toEqual([]);
    expect(loud(await costs('Costs by Council Area', 5423936))).toEqual(['totals.row-mismatch@B8']);
  });

  test('a line named by other words is one more area, not their total', async () => {
    // (8.8% over the lines' 5,423,836, so the words alone decide.)
    expect(loud(await costs('Costs by Department', 5900000))).toEqual([]);
  });
});

describe('a column given for the totals only, "1994–95 Plans" beside each region\'s outturn', () => {
  const funding = (total1993: number) =>
    check(
      workbook(
        sheet('Development Funding', [
          [null, '1992–93 Outturn £ million', '1993–94 Estimated outturn £ million', '1994–95 Plans'],
          ['Ayrshire, Dumfries and Galloway'],
          ['Annandale', 0.2, 0.5, null],
          ['Cumnock and Doon Valley', 0.5, 0.5, null],
          ['Cunninghame', 4.9, 6.3, null],
          ['Kilmarnock and Loudoun', 3.6, 1.7, null],
          ['Kyle and Carrick', 1.7, 3.6, null],
          ['TOTAL', 10.9, total1993, 16.6],
        ]),
      ),
    );

  test('holds a figure of its own there, the lines above it blank; the other columns are still added up', async () => {
    expect(loud(await funding(12.6))).toEqual([]);
    expect(loud(await funding(12.9))).toEqual(['totals.row-mismatch@C8']);
  });
});

describe("years typed as numbers heading the columns, under the table's title", () => {
  // A written answer's allocations by county, £ million; the years stored as the numbers 1981–1979.
  const allocations = (total1981: number) =>
    check(
      workbook(
        sheet('ERDF allocations', [
          ['(a) European Regional Development Fund (Quota) Allocations'],
          ['County', 1981, 1980, 1979],
          ['Clwyd', 2.8, 6.5, 3.6],
          ['Dyfed', 0.8, 2.2, 2.7],
          ['Gwent', 6.9, 5.5, 0.3],
          ['Gwynedd', 1.9, 1.1, 2.1],
          ['Mid Glamorgan', 1.4, 1.4, 2.1],
          ['All Wales Total', total1981, 16.7, 10.8],
        ]),
      ),
    );

  test('are the header, not a line: the totals add up the counties, each column under its year', async () => {
    // The counties add up to 13.8 in 1981.
    expect(loud(await allocations(13.8))).toEqual([]);
    const out = await allocations(15.2);
    expect(loud(out)).toEqual(['totals.row-mismatch@B8']);
    expect(out.findings[0].message).toContain('for 1981, but the sum of the 5 items it covers is £13.80');
  });

  test('years five apart are still a header: "1985 | 1980" heads the columns', async () => {
    const fiveApart = await check(
      workbook(
        sheet('Allocations', [
          ['Allocations'],
          ['County', 1985, 1980],
          ['Clwyd', 2.8, 6.5],
          ['Dyfed', 0.8, 2.2],
          ['Gwent', 6.9, 5.5],
          ['All Wales Total', 10.5, 14.2],
        ]),
      ),
    );
    expect(fiveApart.readings.map((r) => r.headerRows)).toContainEqual([2, 2]);
  });

  test('years six apart are no header: "1985 | 1979" over the lines is read as a line', async () => {
    const uneven = await check(
      workbook(
        sheet('Allocations', [
          ['Allocations'],
          ['County', 1985, 1979],
          ['Clwyd', 2.8, 6.5],
          ['Dyfed', 0.8, 2.2],
          ['Gwent', 6.9, 5.5],
          ['All Wales Total', 10.5, 14.2],
        ]),
      ),
    );
    expect(uneven.readings.map((r) => r.headerRows)).not.toContainEqual([2, 2]);
  });
});

describe("a count under money, as the transparency code's fraud figures are published", () => {
  const fraud = (cases: number, label = 'Total number of fraud cases investigated') =>
    check(
      workbook(
        sheet('Fraud', [
          ['1 April 2023 to 31 March 2024'],
          ['Area', 'Total or amount'],
          ['Number of occasions powers under the Prevention of Social Housing Fraud Regulations were used', 2],
          ['Total number of employees undertaking investigations and prosecutions of fraud', 1],
          ['Total number of professionally accredited counter fraud specialists', 1],
          ['Total amount spent by the authority on the investigation and prosecution of fraud', 60000],
          [label, cases],
        ]),
      ),
    );

  test('is a measure of its own, not their sum', async () => {
    expect(loud(await fraud(67))).toEqual([]);
  });

  test('a count under counts is still their sum', async () => {
    const counts = (total: number) =>
      check(
        workbook(
          sheet('Fraud', [
            ['Fraud type', 'Cases investigated'],
            ['Housing tenancy', 30],
            ['Blue badge', 21],
            ['Council tax', 16],
            ['Business rates', 5],
            ['Total number of fraud cases investigated', total],
          ]),
        ),
      );
    expect(loud(await counts(72))).toEqual([]);
    expect(loud(await counts(75))).toEqual(['totals.row-mismatch@B6']);
  });
});

describe('a total with no label, its figures marked for a footnote ("912.484§"), under "Rate support grant"', () => {
  const regions = (lothian: number) =>
    check(
      workbook(
        sheet('Rates and RSG', [
          ['£ million'],
          ['Regions*', 'Rate support grant'],
          ['Borders', 18.893],
          ['Central', 37.167],
          ['Dumfries and Galloway', 24.056],
          ['Fife', 55.565],
          ['Lothian', lothian],
          [null, '257.888§'],
          ['§ Does not sum to Scottish total because of the exclusion of the islands councils.'],
        ]),
      ),
    );

  test('is their total: the grant is money, and the mark leaves the figure as printed', async () => {
    // The regions add up to 257.888 with Lothian's 122.207.
    expect(loud(await regions(122.207))).toEqual([]);
    const out = await regions(122.702);
    expect(loud(out)).toEqual(['totals.row-mismatch@B8']);
    expect(out.findings[0].message).toContain('Total shows £257,888,000 for Rate support grant');
  });
});

describe("each section's total printed one column right of its lines, with no words, then the whole", () => {
  // After a council's summary of savings proposals: £000 by service, each group's sum beside the
  // gap below it, a group of one line among them.
  const summary = (total: number, chief = 6) =>
    check(
      workbook(
        sheet('Summary', [
          ['SUMMARY OF SAVINGS PROPOSALS'],
          [null, '£000', '£000'],
          ['Children & Adult Services'],
          ['Education', 1337],
          ['Social Work', 1700],
          ['Community Services', 642],
          [null, null, 3679],
          ['Support Services'],
          ['Law & Administration', 93],
          ['Finance & Asset Management', 176],
          [null, null, 269],
          ['Chief Executive Services'],
          ['Chief Executive', 6],
          [null, null, chief],
          ['TOTAL', null, total],
        ]),
      ),
    );

  test("the whole is the sections' totals: right is clean, 45 out is flagged", async () => {
    expect(loud(await summary(3954))).toEqual([]);
    expect(loud(await summary(3909))).toEqual(['totals.row-mismatch@C15']);
  });

  test("a section of one line is that line's figure again, within a unit: 7 for 6 is, 8 is not", async () => {
    // (The £000 tables round: a unit out is the same figure.)
    expect((await summary(3955, 7)).readings[0].subtotalRows).toEqual([7, 11, 14]);
    expect(loud(await summary(3910, 7))).toEqual(['totals.row-mismatch@C15']);
    expect((await summary(3956, 8)).readings[0].subtotalRows).toEqual([7, 11]);
  });
});

describe("a fire authority's spending plans: the gross first, the net budget before and after reserves", () => {
  // Avon Fire Authority, 2019/20 (£m): "Total fire expenditure" opens the table, a figure of its own.
  const plans = (income: number, after = 'Net budget before use of reserves') =>
    check(
      workbook(
        sheet('Avon Fire', [
          [null, '2018/19 (£m)', '2019/20 (£m)'],
          ['Total fire expenditure', 44.732, 48.622],
          ['Income', -2.322, income],
          [after, 42.41, 43.722],
          ['Use of reserves', -0.567, -0.65],
          ['Net budget', 41.843, 43.072],
        ]),
      ),
    );

  test('the net before reserves is the gross less income, and the net budget that less the reserves used', async () => {
    expect(loud(await plans(-4.9))).toEqual([]);
    expect(loud(await plans(-4.09))).toEqual(['totals.row-mismatch@C4']);
  });

  test('a total first that the next total does not carry stays a total of the lines under it', async () => {
    const heading = (premises: number) =>
      check(
        workbook(
          sheet('Spending', [
            [null, '£000'],
            ['Total expenditure', 100],
            ['Staff', 60],
            ['Premises', premises],
            ['Total', 100],
          ]),
        ),
      );
    expect(loud(await heading(40))).toEqual([]);
    expect(loud(await heading(45))).toContain('totals.row-mismatch@B5');
  });

  test('"Net budget after transfers" names no reserves: no net line, and nothing is said of it', async () => {
    expect(loud(await plans(-4.09, 'Net budget after transfers'))).not.toContain('totals.row-mismatch@C4');
  });
});

/** A borough's parking account, as far as its income lines (printed negative). */
const parkingIncome: CellValue[][] = [
  ['Parking account', '2017/18'],
  [null, '£'],
  ['Income'],
  ['Off-Street Parking Permits', -30408],
  ['Off-Street Parking Fees', -107207],
  ["Off Street Parking Fines (PCN's)", -30316],
];

describe("an account's bottom line straight under its totals: '(Surplus) / Deficit'", () => {
  // After a borough's parking account, income printed negative.
  const account = (surplus: number) =>
    check(
      workbook(
        sheet('Parking account', [
          ...parkingIncome,
          ['Total Income', -167931],
          ['Expenditure'],
          ['Premises', 61747],
          ['Supplies and Services', 34516],
          ['Transfer Payments', 1677],
          ['Support Services', 21032],
          ['Total Expenditure', 118972],
          ['(Surplus) / Deficit', surplus],
        ]),
      ),
      { asOf: '2018-06-30' },
    );

  test('it is the two totals taken together: a pound out is rounding, two pounds a slip', async () => {
    expect(loud(await account(-48959))).toEqual([]);
    expect(loud(await account(-48958))).toEqual([]);
    expect(loud(await account(-48957))).toEqual(['totals.row-mismatch@B14']);
    expect(loud(await account(-49859))).toEqual(['totals.row-mismatch@B14']);
  });

  test('or one total less another, whichever two they are', async () => {
    // After a village hall's statement of financial activities: a subtotal of charitable spending between.
    const sofa = (net: number) =>
      check(
        workbook(
          sheet('SOFA', [
            ['Statement of Financial Activities'],
            [null, '2021'],
            ['Hall Fee Income', 31419],
            ['Grants Receivable', 16859],
            ['TOTAL INCOMING RESOURCES', 48278],
            ['Repairs, renewals and maintenance', 17589],
            ['Cleaning', 4881],
            ['Total charitable expenditure', 22470],
            ['TOTAL RESOURCES EXPENDED', 22470],
            ['NET SURPLUS/(DEFICIT)', net],
          ]),
        ),
        { asOf: '2022-03-31' },
      );
    expect(loud(await sofa(25808))).toEqual([]);
    expect(loud(await sofa(25898))).toEqual(['totals.row-mismatch@B10']);
  });
});

describe('"NET INCOME" under one line of a table of its own: a net of the figures above that table', () => {
  // After an almshouse charity's statement of financial activities, scanned: the line over the
  // gains broken in two cells, so the gains and the net income are read as a table apart.
  const sofa = (lines: CellValue[][]) =>
    check(
      workbook(
        sheet('SOFA', [
          [null, null, 'Unrestricted', 'Total', 'Total'],
          [null, null, 'funds', '2023', '2022'],
          ['Almshouse activity', null, 33078, 33078, 34250],
          ['Investment income', null, 1507, 1507, 1454],
          ['Total', null, 34585, 34585, 35704],
          ['Almshouse activity', null, 17249, 17249, 11421],
          [],
          ['Net gains/(losses)', 'on'],
          ...lines,
        ]),
      ),
      { asOf: '2023-06-30' },
    );

  test('one line under it is no sum it makes: the net income stands on its own', async () => {
    expect(
      loud(
        await sofa([
          ['Investments', null, 4965, 5924, -496],
          ['NET INCOME', null, 22301, 23260, 23778],
        ]),
      ),
    ).toEqual([]);
  });

  test('under two lines it nets them, and a slip shows', async () => {
    const two = [
      ['Investments', null, 4965, 5924, -496],
      ['Property', null, 1000, 1000, 1000],
      ['NET INCOME', null, 5965, 6924, 504],
    ];
    expect(loud(await sofa(two))).toEqual([]);
    two[2][2] = 5995;
    expect(loud(await sofa(two))).toContain('totals.row-mismatch@C11');
  });
});

describe('"Total Pay & Display Income" straight under "Total number of vehicles …": money under a count', () => {
  // After a borough's car parks page: each year's figures, a count of vehicles then the income.
  const carParks = (first: string, second: string, income: number) =>
    check(
      workbook(
        sheet('Car parks', [
          ['FINANCIAL YEAR', '2018/19', '2019/20'],
          [first, 746087, 707959],
          [second, income, 208717.74],
        ]),
      ),
      { asOf: '2025-06-30' },
    );

  test('the income is no total of the count', async () => {
    const vehicles = 'Total number of vehicles using Pay & Display car parks';
    expect(loud(await carParks(vehicles, 'Total Pay & Display Income (net)', 192546.17))).toEqual([]);
  });

  test('under totals of money, a total of money still adds them up', async () => {
    const totals = (total: number) =>
      check(
        workbook(
          sheet('Financial Summary', [
            ['Description', 'Actual', 'Budget'],
            ['Total Restricted Income', 572805, 621971],
            ['Total Unrestricted Income', 189, 6031],
            ['Total Income', total, 628002],
          ]),
        ),
        { asOf: '2013-09-01' },
      );
    expect(loud(await totals(572994))).toEqual([]);
    expect(loud(await totals(573994))).toEqual(['totals.row-mismatch@B4']);
  });
});

describe('an account laid out in sections apart: income, a blank row, expenditure, its lines spaced from their total', () => {
  // After a borough's parking account: each section and the bottom line set off by blank rows.
  const account = (surplus: number, expenditureLines = 4) =>
    check(
      workbook(
        sheet('Parking account', [
          ...parkingIncome,
          [],
          ['Total Income', -167931],
          [],
          ['Expenditure'],
          ...Array.from({ length: expenditureLines }, (_, i) => [
            `Cost line ${i + 1}`,
            i === 0 ? 118972 - (expenditureLines - 1) * 10 : 10,
          ]),
          [],
          ['Total Expenditure', 118972],
          [],
          ['(Surplus) / Deficit', surplus],
        ]),
      ),
      { asOf: '2018-06-30' },
    );

  test('the expenditure is a section of the one account, so its bottom line is checked', async () => {
    expect(loud(await account(-48959))).toEqual([]);
    expect(loud(await account(-49859))).toEqual(['totals.row-mismatch@B18']);
  });

  test('a section of up to thirty lines goes on with the account; one of thirty-one is a table apart', async () => {
    const at = (lines: number) => `totals.row-mismatch@B${14 + lines}`;
    expect(loud(await account(-49859, 30))).toEqual([at(30)]);
    expect(loud(await account(-49859, 31))).toEqual([]);
  });
});

describe('an annual report of lines each a blank row apart, then counts in sections with totals', () => {
  /** `gap` blank rows stand between the money lines and the first section of counts. */
  const report = (lowerBandB: number, gap = 1) =>
    check(
      workbook(
        sheet('Annual report', [
          ['Parking Enforcement Annual Report 2008/09'],
          [],
          ['On Street Parking (meters)', 2960660.36],
          ['Penalty Charge Notices', 4750339.16],
          ['Permits', 2624647.68],
          ['Total Income', 10335647.2],
          [],
          ['Surplus on Parking Account', 4633488.44],
          [],
          ['Transferred to Transportation Unit', 4500000],
          ...Array.from({ length: gap }, () => []),
          ['Number of Higher Level PCNs issued at Band A', 23335],
          ['Number of Higher Level PCNs issued at Band B', 47939],
          ['Total of Higher Level PCNs issued', 71274],
          [],
          ['Number of Lower Level PCNs issued at Band A', 5693],
          ['Number of Lower Level PCNs issued at Band B', lowerBandB],
          ['Total of Lower Level PCNs issued', 24493],
        ]),
      ),
    );

  test('lines spaced one blank row apart go on to the sections below: their totals are checked', async () => {
    expect(loud(await report(18800))).toEqual([]);
    expect(loud(await report(18080))).toEqual(['totals.row-mismatch@B18']);
  });

  test('two blank rows together end the lines: the counts below are a table of their own, checked too', async () => {
    expect(loud(await report(18800, 2))).toEqual([]);
    expect(loud(await report(18080, 2))).toEqual(['totals.row-mismatch@B19']);
  });
});

describe("a residents' association's account: the payments after the receipts' total, a nil line among them", () => {
  /** The payments' total printed `total`; the nil line called `nil`. */
  const account = (total: number, nil = 'Social activities') =>
    check(
      workbook(
        sheet('Receipts and Payments', [
          ['Receipts and Payments Account for the year to 31 March 2015'],
          [null, '2014/15'],
          [null, '£'],
          ['Maintenance fees', 48202],
          ['Drainage fees', 50765],
          ['Interest earned', 46],
          ['Total Receipts', 99013],
          [],
          ['Road works', 9411],
          ['Drainage works', 5723],
          ['General maintenance', 17877],
          [nil],
          ['Insurance', 1094],
          ['Total Payments', total],
        ]),
      ),
      { asOf: '2015-05-26' },
    );

  test('the line with no figure is a nil line of the payments, and their total is checked', async () => {
    expect(loud(await account(34105))).toEqual([]);
    expect(loud(await account(34375))).toEqual(['totals.row-mismatch@B14']);
  });

  test('words of up to forty characters are such a line; longer, a note that ends the account', async () => {
    const forty = 'Social activities and residents events 1';
    expect(forty.length).toBe(40);
    expect(loud(await account(34375, forty))).toEqual(['totals.row-mismatch@B14']);
    expect(loud(await account(34375, `${forty}2`))).toEqual([]);
  });

  test('several such lines together, as a form leaves its headings blank, are nil lines too', async () => {
    // After a youth unit's receipts and payments form: its notes beside the totals.
    const note = '* Note these cells contain formula and should not be overwritten';
    const form = (total: number) =>
      check(
        workbook(
          sheet('R&P', [
            [null, 'Year ending 31st August 2022', 'Previous year ending 31st August 2021', 'Notes'],
            [],
            ['Receipts (In)', "£'s", "£'s"],
            ['Opening Balance 1 September', 628.26, 646.26],
            ['Subs', 1080],
            ['Registration', 752],
            ['Uniform'],
            ['Grants 1', 183.5],
            ['Grants 2'],
            ['Total Receipts', 2015.5, 0, note],
            [],
            ['Payments (Out)'],
            ['Registration', 1054],
            ['Affiliation Fees'],
            ['Camps & Events', 933.3],
            ['Uniform'],
            ['Training'],
            ['Equipment'],
            ['Bank Charges', 26.92, 18],
            ['Total Payments', total, 18, note],
          ]),
        ),
      );
    expect(loud(await form(2014.22))).toEqual([]);
    expect(loud(await form(2041.22))).toEqual(['totals.row-mismatch@B20']);
  });
});

describe("a charity's statement of financial activities, closed by the reconciliation of its funds", () => {
  /** The funds carried forward printed `carried`; "brought forward" written `brought`. */
  const sofa = (carried: number, brought = 'Total funds brought forward') =>
    check(
      workbook(
        sheet('SOFA', [
          [null, '2021', '2020'],
          ['INCOME AND ENDOWMENTS FROM'],
          ['Operation of village hall', 59197, 35112],
          ['Other trading activities', 5373, 4901],
          ['Investment income', 3212, 3287],
          ['Total', 67782, 43300],
          ['EXPENDITURE ON'],
          ['Operation of village hall', 56330, 46518],
          ['NET INCOME/(EXPENDITURE)', 11452, -3218],
          ['Gains on revaluation of fixed assets', 15535, 6436],
          ['Net movement in funds', 26987, 3218],
          ['RECONCILIATION OF FUNDS'],
          [brought, 326118, 322900],
          ['TOTAL FUNDS CARRIED FORWARD', carried, 326118],
        ]),
      ),
      { asOf: '2021-12-31' },
    );

  test("the funds carried forward are those brought forward moved by the year's net movement", async () => {
    expect(loud(await sofa(353105))).toEqual([]);
    expect(loud(await sofa(353107))).toEqual(['totals.row-mismatch@B14']);
  });

  test('"brought fonvard", as a scan reads it, is the balance brought forward, not a total', async () => {
    expect(loud(await sofa(353105, 'Total funds brought fonvard'))).toEqual([]);
  });
});

describe("a national park's quarter: a net surplus line under its grant, costs and income, in £000 to one place", () => {
  /**
   * Operating Expenditure's variance printed `printed` (136.6 as it is); `salaries` false leaves the
   * salary line out. The project's lines follow the surplus, so it does not close the table.
   */
  const quarter = (printed: number, salaries = true) => {
    const lines: [string, number, number][] = [
      ['National Park Grant', 2339.6, 2339.6],
      ...(salaries ? [['Operating Salary and Related Costs', -1453.3, -1502.5] as [string, number, number]] : []),
      ['Operating Expenditure', -529.3, -665.9],
      ['Operating Income', 325.7, 304.9],
    ];
    const sum = (k: 1 | 2) => Math.round(lines.reduce((a, l) => a + l[k], 0) * 10) / 10;
    return check(
      workbook(
        sheet('Table 1', [
          ['Year to Date', 'Actual £000’s', 'Budget £000’s', 'Variance £000’s'],
          ...lines.map(([l, a, b]) => [
            l,
            a,
            b,
            l === 'Operating Expenditure' ? printed : Math.round((a - b) * 10) / 10,
          ]),
          ['Operating Net Surplus / (Deficit)', sum(1), sum(2), Math.round((sum(1) - sum(2)) * 10) / 10],
          ['Project Expenditure', -242.7, -357.7, 115.0],
          ['Project Income', 388.7, 428.1, -39.4],
        ]),
      ),
    );
  };

  test('its actual and budget, each four lines to the last decimal, make it their sum: its variance is checked', async () => {
    expect(loud(await quarter(136.6))).toEqual([]);
    expect(loud(await quarter(163.6))).toEqual(['amounts.parts-vs-total@D4', 'totals.row-mismatch@D6']);
  });

  test('three lines in each are too few to show it: only the line is out', async () => {
    expect(loud(await quarter(163.6, false))).toEqual(['amounts.parts-vs-total@D3']);
  });
});

describe("each county's share of its bid accepted, and the shires' share taken together", () => {
  // After a written answer: percentages of each bid accepted, printed as whole numbers.
  const counties: [string, number, number][] = [
    ['Derbyshire', 72, 89],
    ['Devon', 100, 100],
    ['Dorset', 100, 94],
    ['Durham', 100, 98],
    ['Gloucester', 93, 96],
    ['Hampshire', 100, 93],
    ['Humberside', 46, 85],
    ['Lancashire', 70, 84],
    ['Northampton', 58, 67],
  ];
  const shares = (lines: number) =>
    check(
      workbook(
        sheet('Bids accepted', [
          ['County', 'Revenue Support', 'Total'],
          ...counties.slice(0, lines),
          ['Total Shires', 78, 92],
        ]),
      ),
    );

  test('over eight lines or more, a figure among theirs is their share taken together: no sum to check', async () => {
    expect(loud(await shares(9))).toEqual([]);
    expect(loud(await shares(8))).toEqual([]);
  });

  test('over seven it may be a slipped sum, and is checked as one', async () => {
    expect(loud(await shares(7))).toEqual(['totals.row-mismatch@B9', 'totals.row-mismatch@C9']);
  });
});

describe("a town council's spending by heading, closed by its precept", () => {
  /** The last line called `last`, its 2020/21 figure `precept`. */
  const budget = (precept: number, last = 'Precept') =>
    check(
      workbook(
        sheet('Council Tax', [
          ['Main expenditure (£)', '2019/20', '2020/2021'],
          ['Administration', 258350, 269782],
          ['Town Hall', 5090, 6930],
          ['Mayoral and Civic', 10272, 9848],
          ['CCTV', 6236, 6326],
          ['Recreational Facilities', 17867, 24997],
          [last, 297815, precept],
        ]),
      ),
      { asOf: '2020-04-01' },
    );

  test('matching its lines in one year, the precept is their sum in the other too: out there, it is said', async () => {
    expect(loud(await budget(317883))).toEqual([]);
    expect(loud(await budget(317793))).toEqual(['totals.row-mismatch@C7']);
  });

  test('a last line of another name, matching in one year only, is one more line', async () => {
    // (2.2% under the lines' 317,883 in 2020/21, so the name alone decides.)
    expect(loud(await budget(311000, 'Contingency'))).toEqual([]);
  });
});

describe("a section's closing line named as its heading, with no word for a total", () => {
  // After a directorate's cost-centre budget: each group's heading, its cost centres, then a line
  // under the description naming the group again with the group's figures.
  const budget = (cctv: number, closing = 'Crime Prevention', total = 157000, inflation = 2900) =>
    check(
      workbook(
        sheet('Appendix 3.1', [
          ['Cost Centre', 'Cost Centre Description', '2017/18 Budget', 'Inflation', '2018/19 Budget'],
          ['Business Intelligence'],
          ['RC5403', 'Business Intelligence Team', 126700, 2000, 128700],
          [null, 'Business Intelligence', 126700, 2000, 128700],
          ['Crime Prevention'],
          ['RC4112', 'Crime and Disorder', 68500, 1100, 69600],
          ['RC4115', 'CCTV', cctv, 300, cctv + 300],
          ['RC4231', 'Youth Offending Service', 74300, 1500, 75800],
          [null, closing, total, inflation, total + inflation],
          ['Public Health'],
          ['RC4571', 'Sexual Health', 218200, 0, 218200],
          ['RC4572', 'Health Check Programme', 38000, 0, 38000],
        ]),
      ),
    );

  test('is the subtotal of its section: a line mistyped puts it out', async () => {
    expect(loud(await budget(14200))).toEqual([]);
    expect(loud(await budget(14300))).toEqual(['totals.row-mismatch@C9', 'totals.row-mismatch@E9']);
  });

  test('named so but agreeing with its section in no column, it is a line of its own', async () => {
    expect(loud(await budget(14200, 'Crime Prevention', 100000, 1000))).toEqual([]);
  });
});

describe('"Total Fisheries and Transport" under "Total Fisheries" and "Total Transport"', () => {
  // A written answer: the year's harbour grants (£) by purpose, each with its total, then both.
  const grants = (grand: number, label = 'Total Fisheries and Transport', unit: CellValue[] = []) =>
    check(
      workbook(
        sheet('Written answer', [
          ['1984–85'],
          ['Fisheries'],
          ['Peterhead', 57130],
          ['Keiss', 21184],
          [],
          unit,
          ['Lochinver', 20009],
          ['Total Fisheries', 98323],
          ['Transport'],
          ['Port Askaig', 18197],
          ['Foula Pier', 11357],
          ['Brodick Pier', 35488],
          ['Total Transport', 65042],
          [label, grand],
        ]),
      ),
    );

  test('naming both totals above, joined, it is their whole', async () => {
    expect(loud(await grants(163365))).toEqual([]);
    expect(loud(await grants(163635))).toEqual(['totals.row-mismatch@B14']);
    expect(loud(await grants(163635, 'Total Fisheries & Transport'))).toEqual(['totals.row-mismatch@B14']);
  });

  test('naming one of them with something else, it stands on its own', async () => {
    expect(loud(await grants(163635, 'Total Transport and Harbours'))).toEqual([]);
  });

  test('"£" alone on a line of its own, over the figures again after a column break, is no gap', async () => {
    expect(loud(await grants(163365, undefined, [null, '£']))).toEqual([]);
    expect(loud(await grants(163365, undefined, [null, '£tbc']))).toEqual(['cell.unreadable@B6']);
  });
});

describe('"NET INCOME" under the year\'s income, its spending and the gains on investments', () => {
  // A small charity's statement of financial activities, income and spending each totalled.
  const sofa = (net: number) =>
    check(
      workbook(
        sheet('SOFA', [
          [null, 'Unrestricted funds £', 'Total funds 2022 £'],
          ['INCOME AND ENDOWMENTS FROM'],
          ['Donations and legacies', 3800, 3800],
          ['Charitable activities', 13219, 13219],
          ['Investment income', 23025, 23025],
          ['Total', 40044, 40044],
          ['EXPENDITURE ON'],
          ['Charitable activities', 7744, 7744],
          ['Staff Costs', 14219, 14219],
          ['Other Costs', 15541, 15541],
          ['Total', 37504, 37504],
          ['Net gains on investments', 23042, 23042],
          ['NET INCOME', net, net],
        ]),
      ),
    );

  test('is the income less the spending, the gains added (or a transfer taken off)', async () => {
    // (40,044 less 37,504 is 2,540; with the gains, 25,582; less them, -20,502.)
    expect(loud(await sofa(25582))).toEqual([]);
    expect(loud(await sofa(-20502))).toEqual([]);
    expect(loud(await sofa(25852))).toEqual(['totals.row-mismatch@B13', 'totals.row-mismatch@C13']);
  });
});

describe('a reconciliation of funds read as a table of its own, the net movement just above it', () => {
  // After a charity's statement of financial activities: its result's label run over two lines,
  // then the funds at each end under their own heading, apart from the year's figures above them.
  const sofa = (carried: number, movementLabel = 'NET MOVEMENT') =>
    check(
      workbook(
        sheet('SOFA', [
          [null, null, 'Unrestricted', 'Restricted', 'Total', 'Total'],
          [null, null, 'funds', 'funds', 'funds', 'funds'],
          [null, 'Note', '2021', '2021', '2021', '2020'],
          ['INCOME FROM:'],
          ['Donations and legacies', 2, 33807, 1000, 34807, 336555],
          ['Charitable activities', 3, 21722, null, 21722, 43072],
          ['Investments', 4, 3, null, 3, 7],
          ['TOTAL INCOME', null, 55532, 1000, 56532, 379634],
          ['EXPENDITURE ON:'],
          ['Charitable activities', 9, 44948, 3050, 47998, 57640],
          ['Other expenditure', 6, 304, 18946, 19250, 13248],
          ['TOTAL EXPENDITURE', 10, 45252, 21996, 67248, 70888],
          ['NET INCOME / (EXPENDITURE) BEFORE'],
          ['OTHER RECOGNISED GAINS AND LOSSES', null, 10280, -20996, -10716, 308746],
          [movementLabel, 'IN FUNDS', 10280, -20996, -10716, 308746],
          ['RECONCILIATION', 'OF FUNDS:'],
          ['Total funds brought forward', null, 6737, 637179, 643916, 335170],
          ['TOTAL FUNDS CARRIED FORWARD', null, carried, 616183, carried + 616183, 643916],
        ]),
      ),
    );

  test('the funds carried forward are those brought forward moved by it', async () => {
    // 6,737 + 10,280 = 17,017; whole pounds, two figures: a pound out is rounding.
    expect(loud(await sofa(17017))).toEqual([]);
    expect(loud(await sofa(17018))).toEqual([]);
    expect(loud(await sofa(17019))).toEqual(['totals.row-mismatch@C18', 'totals.row-mismatch@E18']);
  });

  test('cut off below the funds brought forward, under the net result, they are still no sum of the lines above', async () => {
    const cut = (above: string) =>
      check(
        workbook(
          sheet('SOFA 2022', [
            [null, null, 'Unrestricted fund', 'Restricted fund', 'Total funds'],
            ['Income and', 'endowments from'],
            ['Donations', null, 23081, null, 23081],
            ['Other income', null, 33073, 24240, 57313],
            ['Total', null, 56154, 24240, 80394],
            ['Expenditure', 'on'],
            ['Raising funds', null, 2041, 51891, 53932],
            ['General', null, 48418, null, 48418],
            ['Total', null, 50459, 51891, 102350],
            [above, null, 5695, -27651, -21956],
            ['Reconciliation'],
            ['Total funds brought', 'forward', 37032, 33081, 70113],
          ]),
        ),
      );
    expect(loud(await cut('NET INCOME/(EXPENDITURE)'))).toEqual([]);
    // (Under a line of its own, it is a total like any other.)
    expect(loud(await cut('Transfers'))).toContain('totals.row-mismatch@C12');
  });

  test('under a line that is no net result, nothing moves them to be held to', async () => {
    expect(loud(await sofa(17019, 'Transfers'))).toEqual([]);
  });
});

describe('"NET INCOME" in an endowment fund with no income: its blank total is nil', () => {
  // After almshouses' statement of financial activities: the endowment has spending and gains only.
  const sofa = (endowmentNet: number) =>
    check(
      workbook(
        sheet('SOFA', [
          [null, 'Unrestricted funds', 'Endowment funds', 'Total 2021'],
          ['INCOME AND ENDOWMENTS FROM'],
          ['Relating to almshouses', 368717, null, 368717],
          ['Investment income', 6458, null, 6458],
          ['Total', 375175, null, 375175],
          ['EXPENDITURE ON'],
          ['Raising funds', 2343, null, 2343],
          ['Relating to almshouses', 349666, 29819, 379485],
          ['Other', 17740, null, 17740],
          ['Total', 369749, 29819, 399568],
          ['Net gains on investments', 295969, 390784, 686753],
          ['NET INCOME', 301395, endowmentNet, 301395 + endowmentNet],
        ]),
      ),
    );

  test('is nothing less the spending, the gains added', async () => {
    // (0 − 29,819 + 390,784 = 360,965; whole pounds, three figures: a pound out is rounding.)
    expect(loud(await sofa(360965))).toEqual([]);
    expect(loud(await sofa(360966))).toEqual([]);
    expect(loud(await sofa(360967))).toEqual(['totals.row-mismatch@C12', 'totals.row-mismatch@D12']);
  });
});

describe('"Total funds brought forward" blank in one column while the others bring a balance forward', () => {
  // A charity's reconciliation of funds: no restricted funds a year ago, the year's movement since.
  const reconciliation = (restricted: number) =>
    check(
      workbook(
        sheet('SOFA', [
          [null, 'Unrestricted fund £', 'Restricted funds £', 'Total funds £'],
          ['INCOME AND ENDOWMENTS FROM'],
          ['Donations and legacies', 973283, 136171, 1109454],
          ['Other trading activities', 92565, null, 92565],
          ['Total', 1065848, 136171, 1202019],
          ['EXPENDITURE ON'],
          ['Raising funds', 112762, 3017, 115779],
          ['Charitable activities', 1215970, 154250, 1370220],
          ['Total', 1328732, 157267, 1485999],
          ['Net gains on investments', 37516, null, 37516],
          ['NET INCOME/(EXPENDITURE)', -225368, -21096, -246464],
          ['Transfers between funds', -54763, 54763, null],
          ['Net movement in funds', -280131, 33667, -246464],
          ['RECONCILIATION OF FUNDS'],
          ['Total funds brought forward', 1574781, null, 1574781],
          ['TOTAL FUNDS CARRIED FORWARD', 1294650, restricted, 1294650 + restricted],
        ]),
      ),
    );

  test('opens that column at nil: what is carried forward is the movement alone', async () => {
    expect(loud(await reconciliation(33667))).toEqual([]);
    expect(loud(await reconciliation(36667))).toContain('totals.row-mismatch@C16');
  });
});

/** A fire authority's budget: spending, then "Financed by:" and its lines over their bare total. */
const financed = (grant: number) =>
  check(
    workbook(
      sheet('Where your money goes', [
        ['Revenue Budget', "2014/15 £'000", "2015/16 £'000"],
        ['Employees', 56647, 55841],
        ['Running expenses', 15617, 15871],
        ['Capital financing', 7062, 12630],
        ['Transfer to reserves', -4133, -9861],
        ['Gross revenue expenditure', 75193, 74481],
        ['Service income', -4672, -4416],
        ['Net budget requirement', 70521, 70065],
        ['Financed by:'],
        ['Council Tax', 39746, 41254],
        ['Collection fund surplus', 185, 645],
        ['Grant from Government', grant, 28166],
        [null, 70521, 70065],
      ]),
    ),
  );

describe('bare figures closing a table, large enough to be the serial numbers of days', () => {
  test('are its unlabelled total, not the dates heading a table of their own: checked', async () => {
    // 39,746 + 185 + 30,590 = 70,521; with 30,950 the lines add to 70,881.
    expect(loud(await financed(30590))).toEqual([]);
    expect(loud(await financed(30950))).toEqual(['totals.row-mismatch@B13']);
  });

  test('dates formatted as dates in that place still head a table of their own', async () => {
    const balances = sheet('Balances', [
      ['Reserve', 'Opening £', 'Movement £'],
      ['General fund', 100, 20],
      ['Buildings', 50, 5],
      ['Total', 150, 25],
      [null, 44651, 45016],
      ['General fund', 120, 130],
      ['Buildings', 55, 60],
    ]);
    const dated = (format: string | null) => ({
      ...balances,
      numberFormats: balances.values.map((row, i) => row.map((_, c) => (i === 4 && c > 0 ? format : null))),
    });
    const ranges = async (format: string | null) => (await check(workbook(dated(format)))).readings.map((r) => r.range);
    // Formatted as dates, they end the table above them; bare, they are a line of it.
    expect(await ranges('dd/mm/yyyy')).toEqual(['A1:C4']);
    expect(await ranges(null)).toEqual(['A1:C5']);
  });
});

/** A charity's funds: the lines, their bare sum, then "TOTAL FUNDS" printing that sum again. */
const funds = (total: [number, number]) =>
  check(
    workbook(
      sheet('Balance sheet', [
        [null, '31.3.23', '31.3.22'],
        ['Tangible assets', 1336, 2005],
        ['Cash at bank and in hand', 78162, 139340],
        ['Creditors due within one year', -42020, -40854],
        ['NET ASSETS', 37478, 100491],
        ['FUNDS'],
        ['General fund', 37478, 35491],
        ['Building Reserve', null, 25000],
        ['Continuation of Core Services', null, 40000],
        [null, 37478, 100491],
        ['TOTAL FUNDS', ...total],
      ]),
    ),
  );

describe('a total straight under the bare sum of its section', () => {
  test('printing that sum again in every column restates it', async () => {
    expect(loud(await funds([37478, 100491]))).toEqual([]);
  });

  test('differing from it in one column is checked as a total', async () => {
    expect(loud(await funds([37478, 100941]))).toContain('totals.row-mismatch@C11');
  });
});

/** Acrise's tax base form: each line numbered in a column of its own, the total numbered in turn. */
const numbered = (n: (line: number) => number) =>
  check(
    workbook(
      sheet('Appendix 1', [
        [
          'Line No.',
          'Description',
          'BAND@',
          'BAND A',
          'BAND B',
          'BAND C',
          'BAND D',
          'BAND E',
          'BAND F',
          'BAND G',
          'BAND H',
        ],
        [n(1), 'Dwellings', null, 0, 4, 3, 6, 22, 15, 19, 3],
        [n(2), 'Exemptions', null, 0, 0, 0, 0, 1, 0, 0, 0],
        [n(3), 'Disabled Relief', null, null, null, null, 1, -1],
        [n(4), 'Chargeable Dwelling', 0, 0, 4, 3, 7, 20, 15, 18, 3],
        [n(5), 'Discounts - single', null, 0, 2, 2, 4, 4, 2, 2, 1],
        [n(6), 'Discounts - double'],
        [n(7), 'Discounts - 10%'],
        [n(8), 'Total Discounts', 0, 0, 2, 2, 4, 4, 2, 2, 1],
        [n(9), 'Discount Deductions', 0, 0, 0.5, 0.5, 1, 1, 0.5, 0.5, 0.25],
        [n(10), 'Adjustments'],
        ['10a', '50% premium'],
        [n(11), 'Reduction Scheme', null, 0, 0, 0, -0.75, -1.3, 0, 0, 0],
        [n(12), 'Net Dwellings', 0, 0, 3.5, 2.5, 5.25, 16.7, 14.5, 18.5, 2.75],
        [n(13), 'Band D Equivalents', 0, 0, 2.72, 2.22, 5.25, 21.63, 20.94, 30.83, 5.5],
      ]),
    ),
  );

const lineNoFindings = async (n: (line: number) => number) =>
  (await numbered(n)).findings.filter((f) => /^A\d/.test(f.address)).map((f) => f.ruleId);

describe("a column numbering the lines, totals among them ('Line No.')", () => {
  test('counting on by one, it is the lines numbered, not figures the total adds up', async () => {
    expect(await lineNoFindings((line) => line)).toEqual([]);
  });

  test('two steps out of twelve out of step (a line left out) still number the lines; three do not', async () => {
    const skips =
      (...after: number[]) =>
      (line: number) =>
        line + after.filter((a) => line > a).length;
    expect(await lineNoFindings(skips(4, 8))).toEqual([]);
    expect(await lineNoFindings(skips(4, 8, 11))).toContain('totals.row-mismatch');
  });

  test('out of step on more than one line in five, it is read as figures like the rest', async () => {
    // 1, 3, 5 … : no numbering, so figures; 1 + 3 + … + 13 = 49, not 15.
    expect(await lineNoFindings((line) => line * 2 - 1)).toContain('totals.row-mismatch');
  });
});

describe('a line explained on a row of its own under it ("e.g.: Bishops Meadow, Allotments")', () => {
  // A parish's precept analysis: the amenities line's explanation printed under it.
  const precept = (
    total: number,
    note = 'e.g.: Bishops Meadow, Allotments, Bill Baileys Memorial Field, Play areas, Grass cutting, Swathe, Street Furniture',
  ) =>
    check(
      workbook(
        sheet('Precept', [
          ['The precept is further analysed below.'],
          ['Estimated Expenditure', '£'],
          ['Administration', 77179],
          ['Burial Ground', 10557],
          ['Old School', 38746],
          ['Village Amenities', 54465],
          [note],
          ['Capital reserves', 38088],
          ['Total Expenditure', total],
        ]),
      ),
    );

  test('stands among the lines: the total covers them all, a slip in it is flagged', async () => {
    expect(loud(await precept(219035))).toEqual([]);
    expect(loud(await precept(219053))).toEqual(['totals.row-mismatch@B9']);
    expect((await precept(219035)).readings[0].range).toBe('A2:B9');
  });

  test('"(including …)" and "i.e. …" explain a line too; other words between the lines end the table', async () => {
    for (const note of [
      '(including the play areas, the allotments, the memorial field, grass cutting and the street furniture)',
      'i.e. the play areas, the allotments, the memorial field, grass cutting and the street furniture',
    ])
      expect([note, loud(await precept(219053, note))]).toEqual([note, ['totals.row-mismatch@B9']]);
    expect(
      (
        await precept(
          219053,
          'Eggs, flour and other sundries were bought for the fete by members of the village hall committee in June',
        )
      ).readings[0].range,
    ).not.toBe('A2:B9');
  });
});

describe('a written answer giving each city its measures, "(i) In total" first, "(ii) Per person" after', () => {
  // After a written answer's table of grants to three cities, each a run of the same measures.
  const grants = (first: string) =>
    check(
      workbook(
        sheet('Answer', [
          [null, null, '1979–80', '1980–81', '1981–82', '1982–83'],
          [first, '£ million', 71.9, 87.4, 80.4, 84.4],
          ['(Capital grants in brackets)', '£ million', '(2.0)', '(3.1)', '(1.5)', '(2.9)'],
          ['(ii) Per person', '£', 213, 258, 253, 266],
          ['(iii) Per unemployed person', '£', 213, 258, 253, 266],
          ['(iv) Per unemployed person under 20', '£', 213, 258, 253, 266],
          ['(v) Per person of pensionable age', '£', 1419, 1693, 1538, 1595],
          [first, '£ million', 260.9, 307.0, 255.8, 250.7],
          ['(Capital grants in brackets)', '£ million', '(2.6)', '(12.3)', '(5.8)', '(5.4)'],
          ['(ii) Per person', '£', 241, 298, 251, 246],
          ['(iii) Per unemployed person', '£', 241, 298, 251, 246],
          ['(iv) Per unemployed person under 20', '£', 241, 298, 251, 246],
          ['(v) Per person of pensionable age', '£', 1510, 1746, 1437, 1409],
        ]),
      ),
    );

  test('is the first of the measures listed, no total of the lines above it', async () => {
    expect(loud(await grants('(i) In total'))).toEqual([]);
  });

  test('"In total" with no mark of a list is read as a total', async () => {
    expect(loud(await grants('In total'))).toContain('totals.row-mismatch@C8');
  });
});

describe('a charity\'s statement whose text copy runs "Total" into the next word', () => {
  // After a small charity's statement of financial activities as its scanned copy prints it.
  const statement = (label: string, voluntary: number) =>
    check(
      workbook(
        sheet('SOFA', [
          [null, null, null, null, null, 'Restricted', 'Total', 'Total'],
          [null, null, null, null, 'Unrestricted', 'income', 'funds', 'funds'],
          [null, null, null, 'Note', 'funds', 'funds', '21/22', '20/21'],
          ['Incoming Resources', null, null, 3],
          ['Voluntary income', null, null, null, voluntary, 351261, 351261 + voluntary, 151144],
          [label, 'resources', null, null, 2840, 351261, 354101, 151144],
          ['Resources Expended Charitable activities', null, null, null, 400, 351134, 351534, 149467],
          ['Total resources', 'expended', null, null, 400, 351134, 351534, 149467],
        ]),
      ),
    );

  test('"Totalincoming" is a total, so the total below it adds only the lines since', async () => {
    expect(loud(await statement('Totalincoming', 2840))).toEqual([]);
    expect(loud(await statement('Totalincoming', 2850))).toEqual(['totals.row-mismatch@E6', 'totals.row-mismatch@G6']);
  });

  test('"Totality" is no total: the total below it is the first to add the lines', async () => {
    expect(loud(await statement('Totality', 2850))).toContain('totals.row-mismatch@E8');
  });

  test('so is any word run on after "Total" ("Totaldeductible"), but not "Totalling"', async () => {
    expect(loud(await statement('Totaldeductible', 2850))).toEqual([
      'totals.row-mismatch@E6',
      'totals.row-mismatch@G6',
    ]);
    expect(loud(await statement('Totalling', 2850))).toContain('totals.row-mismatch@E8');
  });

  // The same statement's foot: the year's movement, then the funds brought forward and carried forward.
  const foot = (broughtLabel: string, carried: number) =>
    check(
      workbook(
        sheet('SOFA', [
          [null, 'Unrestricted funds', 'Restricted funds', 'Total funds'],
          ['Voluntary income', 2840, 351261, 354101],
          ['Charitable activities', 400, 351134, 351534],
          ['Netmovementinfunds', 2440, 127, 2567],
          [broughtLabel, 10300, 5200, 15500],
          ['Totalfundscarriedforward', carried, 5327, carried + 5327],
        ]),
      ),
    );

  test('"Totalfundsbroughtforward" opens the balance the year moves, not a total of the lines above', async () => {
    expect(loud(await foot('Totalfundsbroughtforward', 12740))).toEqual([]);
    expect(loud(await foot('Totalfundsbroughtforward', 12750))).toEqual([
      'totals.row-mismatch@B6',
      'totals.row-mismatch@D6',
    ]);
  });
});

describe("a bare row of figures under a heading's lines, with nil lines among them taken for headings", () => {
  // A playgroup's note of income and expenditure, as its accounts print it: "Staff costs", two
  // lines, three with no figure this year or last, three more, then their sum in a row with no words.
  const note = (staff: number, label: string | null = null) =>
    check(
      workbook(
        sheet('Note 2', [
          ['2', 'Income and Expenditure', '2020', '2019'],
          [null, 'Income'],
          [null, 'Fees', 13584, 18446],
          [null, 'Grants', 77536, 75968],
          [null, 'Fund raising', 101, 3037],
          [null, 'Sale ofsweatshirts', null, 183],
          [null, 'Sundry income', 332, 118],
          [null, 'Donations'],
          [null, null, 91553, 97752],
          [null, 'Other business income'],
          [null, 'Interest receivable', 115, 73],
          [null, 'Staff costs'],
          [null, 'Wages and salaries', 69178, 64276],
          [null, 'Pensions', 724, 465],
          [null, "ErpPIOye's Nl"],
          [null, 'Temporary staff and recruitment'],
          [null, 'Music tuition'],
          [null, 'Clothing', null, 113],
          [null, 'Educational support (Playwood and Sportscoach)', 835, 1388],
          [null, 'Staff training and welfare', 2100, 1115],
          [null, label, staff, 67357],
          [null, 'Premise costs'],
          [null, 'Rent', 3351, 4728],
          [null, 'Light and heat', 1430, 903],
          [null, 'Waste collection'],
          [null, 'Cleaning', 137, 323],
          [null, null, 4918, 5954],
        ]),
      ),
      { asOf: '2020-08-31' },
    );

  test('adds up the lines since the heading: agreeing in one year, the other year is checked', async () => {
    expect(loud(await note(72837))).toEqual([]);
    expect(loud(await note(72747))).toEqual(['totals.row-mismatch@C21']);
  });

  test('a row with words is not taken for that sum on one year alone', async () => {
    expect(loud(await note(72747, 'Other staff costs'))).not.toContain('totals.row-mismatch@C21');
  });
});

describe('a section of one line and its sum, the same bare figures again, under a total of the sections', () => {
  // A charity's statement of funds: general funds its only unrestricted fund, summed, then the total.
  const funds = (again: number, words: string | null = null) =>
    check(
      workbook(
        sheet('Funds', [
          [null, '2022', '2021'],
          ['The funds of the charity'],
          ['Unrestricted funds'],
          ['General funds', 887624, 854561],
          [words, again, 854561],
          ['Total funds', 887624, 854561],
        ]),
      ),
      { asOf: '2022-03-31' },
    );

  test('is a subtotal, so the total is not the line twice', async () => {
    expect(loud(await funds(887624))).toEqual([]);
  });

  test('a bare row that differs, or a line with words, is a line of its own', async () => {
    expect(loud(await funds(887625))).toContain('totals.row-mismatch@B6');
    expect(loud(await funds(887624, 'Designated funds'))).toContain('totals.row-mismatch@B6');
  });
});

describe("a levying body's budget, the levy its net spending less the reserves it uses", () => {
  // After a borough's page on the regional park's levy: the net spending, then the reserves used, then the levy.
  const levy = (name: string, shown: string) =>
    check(
      workbook(
        sheet('Levies', [
          ['Type of income, spending or cost', 'Amount for 2023/24', 'Amount for 2024/25'],
          ['Authority operating expenditure', '£15.5m', '£15.3m'],
          ['Authority operating income', '£7.3m', '£7.8m'],
          ['Net service operating costs', '£8.2m', '£7.5m'],
          ['Financing costs: debt servicing / repayments', '£2m', '£2.2m'],
          ['Financing costs: capital investment', '£0.9m', '£1.3m'],
          ['Total net expenditure', '£11.1m', '£11m'],
          ['Net use of reserves', '£0.5m', 0],
          [name, shown, '£11m'],
        ]),
      ),
      { asOf: '2024-03-01' },
    );

  test('"Total levy" is the total above less the reserves used, to the rounding of its figures', async () => {
    expect(loud(await levy('Total levy', '£10.6m'))).toEqual([]);
    expect(loud(await levy('Total levy', '£10.5m'))).toEqual([]);
    const out = await levy('Total levy', '£10.4m');
    expect(loud(out)).toEqual(['totals.row-mismatch@B9']);
    expect(out.findings[0].message).toContain('£10,600,000');
  });

  test('so is "Total precept"; a plain "Total" adds the reserves line to the total above', async () => {
    expect(loud(await levy('Total precept', '£10.6m'))).toEqual([]);
    expect(loud(await levy('Total precept', '£10.4m'))).toEqual(['totals.row-mismatch@B9']);
    expect(loud(await levy('Total', '£10.6m'))).toEqual(['totals.row-mismatch@B9']);
  });
});

describe('groups of lines each closed by a line named for the group, the total theirs', () => {
  // A written answer's contributions to three fire authorities by council (£ thousand): each
  // authority's line closes its councils, and Wales is the three authorities together.
  const contributions = (midWales: number, wales = 77055) =>
    check(
      workbook(
        sheet('Written answer', [
          [null, '£ thousand'],
          ['Conwy', 2707],
          ['Denbighshire', 2233],
          ['Flintshire', 3553],
          ['North Wales Fire Authority', 8493],
          ['Carmarthenshire', 4929],
          ['Ceredigion', 2033],
          ['Neath Port Talbot', 4085],
          ['Mid and West Wales Fire Authority', midWales],
          ['Blaenau Gwent', 1888],
          ['Bridgend', 3370],
          ['Caerphilly', 4405],
          ['South Wales Fire Authority', 9663],
          ['Wales', wales],
        ]),
      ),
      { asOf: '1996-11-18' },
    );
  // (The closing lines make 8,493 + 11,047 + 9,663 = 29,203; the councils alone 29,203 as well.)
  const closed = 8493 + 11047 + 9663;

  test('where every group adds up, the total is the groups’, and nothing is said', async () => {
    expect(loud(await contributions(11047, closed))).toEqual([]);
  });

  test("a group's line out by up to 5% is still its group's, and is said; the total is held to the groups' lines", async () => {
    // (11,500 is 4.1% over its councils' 11,047: the total, 29,656, is the three lines exactly.)
    expect(loud(await contributions(11500, 8493 + 11500 + 9663))).toEqual(['totals.row-mismatch@B9']);
  });

  test("a line more than 5% from its group's sum closes no group, and the total is held to every line", async () => {
    // (11,750 is 6.4% over 11,047.)
    expect(loud(await contributions(11750, 8493 + 11750 + 9663))).toEqual(['totals.row-mismatch@B14']);
  });
});

// Craven's parishes Airton to Draughton, as the appendix prints them.
const PARISHES: CellValue[][] = [
  ['Airton', 0.0, 0.0, 0.0, 0.0, 98.06, 0.0, 94.71, 0.0, 0.0],
  ['Appletreewick', 0.0, null, null, 0.0, 108.45, 0.0, 115.26, 0.0, 0.0],
  ['Arncliffe', 0.0, null, null, 0.0, 38.83, 0.0, 42.85, 0.0, 0.0],
  ['Austwick', 3500.0, 43.06, 2.24, 3454.7, 251.8, 13.72, 246.5, 3381.98, -118.02],
  ['Bank Newton', 0.0, null, null, 0.0, 29.18, 0.0, 29.56, 0.0, 0.0],
  ['Barden', 0.0, null, null, 0.0, 32.44, 0.0, 32.23, 0.0, 0.0],
  ['Beamsley', 0.0, null, null, 0.0, 75.76, 0.0, 76.5, 0.0, 0.0],
  ['Bentham', 107403.3, 7037.03, 366.27, 100000.0, 1168.56, 85.58, 1184.53, 101366.64, -6036.66],
  ['Bolton Abbey', 0.0, null, null, 0.0, 42.76, 0.0, 43.58, 0.0, 0.0],
  ['Bradleys Both', 14832.38, 832.38, 0.0, 14000.0, 471.76, 29.68, 475.05, 14097.63, -734.75],
  ['Broughton', 0.0, null, null, 0.0, 33.89, 0.0, 39.75, 0.0, 0.0],
  ['Buckden', 2250.0, 0.0, 0.0, 2250.0, 113.1, 19.89, 112.47, 2237.47, -12.53],
  ['Burnsall', 2000.0, 0.0, 0.0, 2000.0, 61.49, 32.53, 62.61, 2036.43, 0.0],
  ['Burton in Lonsdale', 13438.94, 417.22, 21.72, 13000.0, 256.82, 50.62, 261.17, 13220.19, -218.75],
  ['Calton', 0.0, null, null, 0.0, 29.18, 0.0, 30.17, 0.0, 0.0],
  ['Carleton in Craven', 14150.0, 994.27, 51.75, 13103.98, 422.55, 31.01, 424.62, 13168.17, -981.83],
  ['Clapham', 7504.33, 175.21, 9.12, 7230.0, 295.14, 24.8, 295.75, 7335.13, -169.2],
  ['Coniston Cold', 300.0, 10.43, 0.54, 289.03, 90.32, 3.2, 92.51, 296.04, -3.96],
  ['Conistone w Kilnsey', 1000.0, 128.76, 0.0, 871.24, 63.29, 13.77, 61.85, 851.42, -148.58],
  ['Cononley', 20000.0, 833.67, 43.39, 19122.94, 435.78, 43.88, 444.72, 19515.25, -484.75],
  ['Cowling', 36667.6, 2485.61, 129.37, 34052.62, 818.01, 41.63, 820.78, 34167.93, -832.07],
  ['Cracoe', 0.0, null, null, 0.0, 89.53, 0.0, 90.63, 0.0, 0.0],
  ['Draughton', 4831.25, 208.4, 10.85, 4612.0, 121.82, 37.86, 120.41, 4558.62, -227.63],
  ['Elslack', 0.0, null, null, 0.0, 26.22, 0.0, 25.72, 0.0, 0.0],
];

describe('a row of units under a header stacked too deep to be read whole', () => {
  // A district's parish grant support comparison: five rows of headings, one holding the grant
  // pots' figures, then "Parish | £ | £ …" over the parishes.
  const parishes = (units: (string | null)[]) =>
    check(
      workbook(
        sheet('Appendix A', [
          [18],
          ['APPENDIX A PARISH GRANT SUPPORT COMPARISON 2013/14 TO 2014/15'],
          [null, 'Total', 'Grant', 'Grant', 'Precept', 'TaxBase', 'Band D', 'TaxBase', 'Precept', 'Funding'],
          [null, 'Requirement', 'Gov', 'CDC', 'Raised', null, 'Charge', null, 'Raised', 'Gap'],
          [null, null, 89560, 4586, 'via Ctax', null, null, null, 'via Ctax', 'Requiring Grant'],
          [null, '2013/14', '2013/14', '2013/14', '2013/14', '2013/14', '2013/14', '2014/15', '2014/15', '2014/15'],
          ['Parish', ...units],
          ...PARISHES,
        ]),
      ),
      { asOf: '2014-02-28' },
    );

  test('is no line of gaps: "£" over each column is its unit', async () => {
    expect(loud(await parishes(['£', '£', '£', '£', null, '£', null, '£', '£']))).toEqual([]);
    // ("£tbc" among them is a gap: the row is no row of units.)
    expect(loud(await parishes(['£', '£', '£', '£', null, '£', null, '£tbc', '£']))).toContain('cell.unreadable@I7');
  });
});
