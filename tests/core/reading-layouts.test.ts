/**
 * Layouts met in councils' own papers that a first reading got wrong: a title row of names over
 * the header, a header finished on the row below it, savings planned by year, codes that repeat
 * down the label column, a lone label among items, dates with no deadline header, money typed as
 * text, a subtotal line of bare figures, a spacer column beside the labels.
 */
import { councilNameIn } from '../../src/core/tables/partners';
import { headerYear } from '../../src/core/tables/header-words';
import { stackedHeaders } from '../../src/core/tables/header-blocks';
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const checkRows = (name: string, values: CellValue[][], asOf = '2010-11-01') =>
  check(workbook(sheet(name, values)), { asOf });

describe('where the header is', () => {
  test('a row of names above the header is a title, not part of every heading', async () => {
    const result = await checkRows('Savings', [
      ['VALUE', 'Ray (VC), Ron'],
      ['REF', 'Programme Area or Service Area', 'Lead Officer', '2011/12 £000', '2012/13 £000'],
      [1, 'Restructure of function', 'Cynthia Griffin', 150, 150],
      [2, 'Restructure of service', null, 25, 50],
    ]);
    expect(result.readings[0].headerRows).toEqual([2, 2]);
    expect(meaningOf(result, 'Lead Officer')).toBe('owner');
    expect(loud(result)).toContain('owner.missing@C4');
  });

  test('a header finished on the row below ("Cost" over "Centre") is one header, not an item', async () => {
    const result = await checkRows('Growth Savings', [
      ['Growth/Savings Agreed Autumn 2018'],
      ['Cost', 'Detail', 'Item', 'HOS', '19/20'],
      ['Centre', 'Code'],
      ['SMMPR', 4912, 'Promotional expenses', 'JFD', 11500],
      ['HREAD', 9394, 'Charges for services', 'LAB', -1300],
      ['HSGEN', 4760, 'CAB Debt Advice', null, -13800],
    ]);
    expect(result.readings[0].headerRows).toEqual([2, 3]);
    expect(loud(result)).toEqual(['owner.missing@D6']);
  });
});

describe('savings planned by year', () => {
  const plan = (title: string): CellValue[][] => [
    [title],
    ['Ref', 'Proposal', 'Lead officer', '2011/12', '2012/13'],
    ['S1', 'Merge revenues teams', 'Head of Revenues', 50000, 60000],
    ['S1', 'Single benefits system', null, 20000, 20000],
  ];

  test('under a savings title, figures headed only by a year are the savings planned', async () => {
    const result = await checkRows('Sheet1', plan('Savings proposals 2011-13'));
    expect(result.readings[0].kind).toBe('savings');
    expect(meaningOf(result, '2011/12')).toBe('target');
    expect(loud(result)).toEqual(expect.arrayContaining(['owner.missing@C4', 'id.duplicate@A4']));
  });

  test('the same figures under another title are not a savings plan', async () => {
    const result = await checkRows('Sheet1', plan('Capital programme 2011-13'));
    expect(meaningOf(result, '2011/12')).not.toBe('target');
  });

  test.each([
    ['19/20', '19/20'],
    ['99/00', '99/00'],
    ['18/20', null],
    ['2019/20', '2019/20'],
    ['22-23', '22/23'],
    ['22–23', '22/23'],
    ['22-24', null],
  ])('the header %s names the year %s', (header, year) => {
    expect(headerYear(header)).toBe(year);
  });
});

describe('partners and their names', () => {
  test.each([
    ['Local authority/ies that fund(s) coroner area and %', null],
    ['Liverpool City Council 100%', null],
    ['Kent County Council % *', 'Kent County Council'],
    ['Kingston upon Hull City Council', 'Kingston upon Hull City Council'],
    ['ACTION', null],
    ['CENTRE', null],
    ['NET', null],
    ['BDC', 'BDC'],
    ['RBWM', 'RBWM'],
    ['ESCC £', 'ESCC'],
    // Ratings typed in capitals have a vowel at most, as councils' initials do, but are ratings.
    ['HIGH', null],
    ['LOW', null],
    ['MED', null],
    ['HDC', 'HDC'],
    // A kind of council in capitals names none: "LOCAL AUTHORITY" heads the councils' names.
    ['LOCAL AUTHORITY', null],
    ['CONSTITUENT AUTHORITY', null],
    ['District Council', null],
    ['WESTMINSTER CITY COUNCIL', 'WESTMINSTER CITY COUNCIL'],
    ['Cheshire East Borough Council', 'Cheshire East Borough Council'],
    // A name with a role word after it, in capitals or not; a generic word is no name.
    ['Executive Contribution', 'Executive'],
    ['EXECUTIVE CONTRIBUTION', 'EXECUTIVE'],
    ['LOCAL AUTHORITIES CONTRIBUTION', 'LOCAL AUTHORITIES'],
    ['TOTAL CONTRIBUTION', null],
    // What a grant came to at each stage names no one: "Requested Amount £", "Recommended Amount £".
    ['Requested Amount £', null],
    ['Recommended Amount £', null],
    ['Awarded Amount', null],
    // Who pays, not a council: members' subscriptions and the private sector's share.
    ['MEMBERSHIP CONTRIBUTIONS', null],
    ['PRIVATE SECTOR CONTRIBUTIONS', null],
    ['E CONTRIBUTION', null],
    // The tax a council sets names no council; a council named before its share still does.
    ['Band D Council Tax £', null],
    ['Band D Parish Council Tax £', null],
    ['Babergh District Council £', 'Babergh District Council'],
  ])('%s names the council %s', (header, name) => {
    expect(councilNameIn(header)?.name ?? null).toBe(name);
  });

  test.each([
    // Two partners beside it at least end in the same two letters: initials, vowels and all.
    ['NEELB', ['BELB', 'SELB'], 'NEELB'],
    ['NEELB', ['BELB'], null],
    ['NEELB', ['BELB', 'SEEB'], null],
    ['TOTAL', ['BELB', 'SELB'], null],
  ])('%s beside %j names the council %s', (header, alike, name) => {
    expect(councilNameIn(header, alike)?.name ?? null).toBe(name);
  });

  test("boards' initials that end alike are partners, however many vowels: the line adds up to its total", async () => {
    const funding = (recurrent: number) =>
      checkRows('Written answers', [
        [null, 'BELB', 'NEELB', 'SEELB', 'SELB', 'WELB', 'Total'],
        ['Recurrent', 210.3, 269.3, 244.7, 278.1, 233.8, recurrent],
        ['Capital', 14.1, 18.0, 20.6, 15.9, 18.0, 86.6],
        ['Total', 224.4, 287.3, 265.3, 294.0, 251.8, recurrent + 86.6],
      ]);
    expect(loud(await funding(1236.2))).toEqual([]);
    expect(loud(await funding(1263.2))).toEqual(['amounts.partners-vs-total@B2']);
  });

  const unspent = (line: string) =>
    checkRows('Written answers', [
      ['Cumulative sums unspent at 31 March 2005 are as follows:'],
      [null, 'BELB', 'NEELB', 'SEELB', 'SELB', 'WELB'],
      ['Recurrent', null, 4.7, null, 6.9, 8.4],
      ['Capital', 3.4, 0.5, 1.1, 2.4, 0.5],
      [line],
      ['BELB', 'SEELB'],
      [10.7, 20.5],
    ]);

  test('a lone line ending in a colon over names and figures starts a table of its own', async () => {
    const result = await unspent('Cumulative recurrent overspend at 31 March 2005 is as follows:');
    expect(result.readings.map((r) => r.range)).toEqual(['A2:F4']);
    expect(loud(result)).toEqual([]);
  });

  test('without the colon the line may head a section of the same table', async () => {
    const result = await unspent('Cumulative recurrent overspend at 31 March 2005');
    expect(result.readings.map((r) => r.range)).toEqual(['A2:F7']);
  });

  test('codes that repeat down the label column are not a row per partner', async () => {
    const result = await checkRows('Savings', [
      ['Savings 2019/20'],
      ['Cost centre', 'Lead officer', 'Savings target'],
      ['HSGEN', 'LAB', 1000],
      ['HSGEN', null, 2000],
      ['HRHPP', 'KPP', 500],
    ]);
    expect(result.readings[0].partnerLayout).toBe('none');
    expect(loud(result)).toContain('owner.missing@B4');
  });
});

describe('rows among the items', () => {
  const issues = (middle: CellValue[]): CellValue[][] => [
    ['Significant governance issue', 'Status', 'Comment'],
    ['ICT Business Continuity Planning', 'green', null],
    middle,
    ['Essential Training', 'red', 'date not met'],
  ];

  test('one label alone between items is an item with its status blank', async () => {
    expect(loud(await checkRows('AGS', issues(['ICT Resilience Planning'])))).toEqual(['status.missing@B3']);
  });

  test('the same row in capitals or ending with a colon is a heading', async () => {
    expect(loud(await checkRows('AGS', issues(['ICT RESILIENCE'])))).toEqual([]);
    expect(loud(await checkRows('AGS', issues(['Resilience:'])))).toEqual([]);
  });

  test('a label over the items that follow it, as the first row, makes the rows sections', async () => {
    const result = await checkRows('AGS', [
      ['Significant governance issue', 'Status', 'Comment'],
      ['ICT'],
      ['ICT Business Continuity Planning', 'green', null],
      ['Training'],
      ['Essential Training', 'red', 'date not met'],
    ]);
    expect(loud(result)).toEqual([]);
  });
});

describe('the date to meet, where no column is headed as the deadline', () => {
  test('a requested extension is the date the recommendation is now due', async () => {
    const result = await checkRows('Table C', [
      ['Ref', 'Recommendation', 'Requested extension'],
      ['15 AH 04', 'Affordable Housing', '28th June 2010'],
      ['16 BCM 07', 'Business Continuity Management', '30th April 2011'],
    ]);
    expect(meaningOf(result, 'Requested extension')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.slipped@C2']);
  });

  test('an unnamed column of dates beside recommendations is their deadline; one of frequencies is not', async () => {
    const rows = (a: CellValue, b: CellValue): CellValue[][] => [
      ['Ref', 'Recommendation', 'Review'],
      ['R1', 'Refresh the risk register', a],
      ['R2', 'Test the continuity plan', b],
    ];
    expect(loud(await checkRows('Plan', rows('31 March 2010', '31 March 2011')))).toEqual(['deadline.slipped@C2']);
    expect(loud(await checkRows('Plan', rows('Annual', 'Quarterly')))).toEqual([]);
  });
});

describe('figures typed as text', () => {
  test('payments written "£45k" are added up against their total', async () => {
    const result = await checkRows('Apportionment', [
      ['Unitary authority', 'Annual payment'],
      ['Bracknell Forest', '£45k'],
      ['Reading', '£65k'],
      ['Slough', '£84k'],
      ['Total', '£184k'],
    ]);
    expect(loud(result)).toEqual(['totals.row-mismatch@B5']);
  });

  test('a total written "£1,500k" under bare figures names their unit: just inside and just outside', async () => {
    const lines = (total: string): CellValue[][] => [
      ['This includes:'],
      ['Reversal of annual leave provision', 750],
      ['Outpatients schemes', 330],
      ['Emergency care', 420],
      ['Total new schemes', total],
    ];
    expect(loud(await checkRows('CIP', lines('£1,500k')))).toEqual([]);
    expect(loud(await checkRows('CIP', lines('£1,501k')))).toEqual([]);
    expect(loud(await checkRows('CIP', lines('£1,502k')))).toEqual(['totals.row-mismatch@B5']);
  });
});

describe('subtotals with no label', () => {
  const section = (fullYear: number): CellValue[][] => [
    ['Reference', 'Service', '2011/12', 'Full year effect'],
    ['Cross Council savings'],
    ['C1', 'Reduction in management costs', 6475, 7250],
    ['C2', 'Communications', 1250, 1250],
    [null, null, 7725, fullYear],
    ['Economy'],
    ['EE1', 'Closure of tourist information centres', 175, 200],
    ['EE2', 'Additional investment', '(100)', '(100)'],
    [null, null, 75, 100],
    ['Total savings', null, 7800, 8600],
  ];

  test('a line of bare figures under a section, one of them its sum, is its subtotal', async () => {
    expect(loud(await checkRows('Appendix 5', section(8500)))).toEqual([]);
    expect(loud(await checkRows('Appendix 5', section(8501)))).toEqual([]);
    expect(loud(await checkRows('Appendix 5', section(8503)))).toContain('totals.row-mismatch@D5');
  });
});

describe('references typed as text', () => {
  test('"2" under "1" and "1" is the next reference, not a subtotal of them', async () => {
    const result = await checkRows('Follow-up', [
      ['Ref', 'Agreed action', 'Responsible officer'],
      ['1', 'Check new starters against signed contracts each month', 'Payroll Manager'],
      ['1', 'Test a sample of ten leavers each quarter', 'Payroll Manager'],
      ['2', 'Have overtime claims authorised before payment', null],
    ]);
    expect(loud(result)).toContain('owner.missing@C4');
  });
});

describe('figures that add up by chance', () => {
  test('priority 3 under priorities 2 and 1 is an item, not their subtotal; £500 under £300 and £200 is', async () => {
    const result = await checkRows('Plan', [
      ['Ref', 'Action', 'Priority', 'Responsible officer'],
      ['R5', 'Produce quarterly performance reports', 2, 'Kevin Dicks'],
      ['R6', 'Set out the exit strategy', 1, 'Amanda Scarce'],
      ['R7', 'Report back to the next meeting', 3, null],
    ]);
    expect(loud(result)).toContain('owner.missing@D4');
    expect(result.readings[0].subtotalRows).toEqual([]);
  });
});

describe('a spacer column beside the labels', () => {
  test('references two columns left of the header, past an empty column, still belong to the table', async () => {
    const result = await checkRows('Risks', [
      [null, null, 'Subject', 'Risk identified', 'Responsible'],
      ['1.', null, 'Precept', 'Income inadequate', 'Clerk'],
      ['1.', null, 'Banking', 'Inability to access statements', 'Clerk'],
    ]);
    expect(loud(result)).toContain('id.duplicate@A3');
  });
});

describe('totals that head their sections', () => {
  test('"Total lost days" over the kinds of leave adds up the lines below it; a grand total adds the headings', async () => {
    const days = (lost: number): CellValue[][] => [
      ['DESCRIPTION', 'DAYS 2022/23', 'DAYS 2020/21', 'Notes (overleaf)'],
      [],
      ['Total available days', 1040, 1040],
      ['1 internal audit manager', 260, 260],
      ['3 auditors', 780, 780],
      [],
      ['Total lost days', lost, 179],
      ['Annual leave entitlement', 115, 115],
      ['Public holidays', 48, 44],
      ['Sickness absence', 40, 20],
      [],
      ['Total chargeable days', 837, 861],
      ['Internal audit plan', 800, 800],
      ['Follow up reviews', 37, 61],
      [],
      ['Total lost and chargeable days', 1040, 1040],
    ];
    expect(loud(await checkRows('Appendix 2', days(203)))).toEqual([]);
    expect(loud(await checkRows('Appendix 2', days(205)))).toContain('totals.row-mismatch@B7');
  });
});

describe('more header rows', () => {
  test('sub-headings under one heading ("L S RAG" under "Current risk rating") join the header', async () => {
    const result = await checkRows('Risk Register', [
      ['Ref', 'Risk', 'Current control measures', 'Current risk rating', null, null, 'Resp.', 'Date completed'],
      [null, null, null, 'L', 'S', 'RAG'],
      [1, 'Incorrect invoicing', 'Invoices checked against purchase orders', 2, 3, 'G', 'Clerk', null],
      [2, 'Loss of cash', 'No cash is held', 1, 2, 'G', null, null],
    ]);
    expect(result.readings[0].headerRows).toEqual([1, 2]);
    expect(loud(result)).toEqual(['owner.missing@G4']);
  });

  test.each(["'000s", '‘000s'])(
    'a unit row of %s under the years joins the header: it is no line of figures',
    async (unit) => {
      // A levy statement: the gross spending and the levy raised by year, in thousands.
      const result = await checkRows('Levy', [
        [null, '2013/2014', '2014/2015'],
        [null, unit, unit],
        ['Gross Expenditure', 40930, 74205],
        ['Levies Raised', 3638, 3638],
        ['Total Council Tax Base', 1932, 1955],
      ]);
      expect(result.readings[0].headerRows).toEqual([1, 2]);
      expect(loud(result)).toEqual([]);
    },
  );

  test.each(['Per cent.', 'per cent', '(Per cent)'])(
    'a unit row of "%s" under the headings joins the header: they are not partners named so',
    async (unit) => {
      // A written answer: the share of each council's housing revenue from each source, by year.
      const result = await checkRows('HRA', [
        ['Authority and Year', 'Rents', 'Government subsidies', 'Rate Fund Contributions', 'Other Sources'],
        [null, unit, unit, unit, unit],
        ['Berwickshire'],
        ['1978–79', 47, 46, 6, 1],
        ['1979–80', 40, 56, '—', 4],
        ['1980–81', 40, 50, '—', 10],
        ['Roxburgh'],
        ['1978–79', 51, 38, 7, 4],
        ['1979–80', 55, 42, 2, 6],
      ]);
      expect(result.readings[0].headerRows).toEqual([1, 2]);
      expect(result.readings[0].columns.map((c) => c.header)).toContain(`Rents ${unit}`);
      expect(loud(result)).toEqual(['shares.sum@B9']);
    },
  );

  describe('a scan of printed accounts, its pound signs read as "E" or "f" under each heading', () => {
    // An almshouse charity's statement of financial activities, from the scanned accounts.
    const sofa = (units: (string | null)[]) =>
      checkRows('SOFA', [
        [null, null, null, null, null, null, null, '31.12.21', '31.12.20'],
        [null, null, null, null, 'Unrestricted', 'Designated', 'Endowment', 'Total', 'Total'],
        [null, null, null, null, 'fund', 'funds', 'fund', 'funds', 'funds'],
        units,
        ['INCOME AND ENDOWMENTS'],
        ['FROM'],
        ['Charitable activities'],
        ['Almshouses', null, null, null, 39354, null, null, 39354, 36552],
        ['Investment income', null, null, null, 5275, null, null, 5275, 5174],
        ['Total', null, null, null, 44629, null, null, 44629, 41726],
        ['EXPENDITURE ON'],
        ['Almshouses', null, null, null, 20413, null, null, 20413, 30062],
        ['Net gains on investments', null, null, null, 7817, 3055, 15830, 26702, 7459],
      ]);

    test.each([
      [[null, null, null, 'Notes', 'E', 'E', 'E', 'E', 'E']],
      [[null, null, null, null, 'f', 'f', 'f', 'f', 'f']],
      [[null, null, null, 'Notes', 'E', 'f', '£', 'E', 'f']],
    ])('a row of them (%j) joins the header: the columns are headed by the words above', async (units) => {
      const result = await sofa(units);
      expect(result.readings[0].headerRows).toEqual([1, 4]);
      expect(result.readings[0].columns.find((c) => c.letter === 'E')?.header).toMatch(/^Unrestricted fund/);
    });

    test('beside other letters they are no row of units', async () => {
      const result = await sofa([null, null, null, null, 'A', 'B', 'C', 'D', 'E']);
      expect(result.readings[0]?.headerRows).not.toEqual([1, 4]);
    });
  });

  describe('funds side by side, each over its own "Funds", then the years\' totals under no label', () => {
    // A horticultural society's statement of financial activities, from its scanned accounts.
    const sofa = (labels: (string | null)[], subscriptions = 18664) =>
      checkRows('Accounts', [
        [null, null, null, null, ...labels],
        [null, null, null, 'Note', 'Funds', 'Funds', 'Funds', 'Total 2023', 'Total 2022'],
        ['INCOMING RESOURCES'],
        ['Subscriptions', null, null, null, 18664, null, null, subscriptions, 20731],
        ['Donations', null, null, null, null, 980, null, 980, 8341],
        ['Interest receivable', null, null, null, 677, null, null, 677, 267],
        ['Total Incoming Resources', null, null, null, 19341, 980, null, 20321, 29339],
        ['Balance brought forward', null, null, null, 47001, 3516, 6642, 57159, 46474],
      ]);
    const header = async (labels: (string | null)[], letter: string) =>
      (await sofa(labels)).readings[0].columns.find((c) => c.letter === letter)?.header;

    test('the last fund heads its own column only, so each line is cast across to its total', async () => {
      const funds = ['Unrestricted', 'Restricted', 'Designated'];
      expect(await header(funds, 'G')).toBe('Designated Funds');
      expect(await header(funds, 'H')).toBe('Total 2023');
      expect(loud(await sofa(funds))).toEqual([]);
      expect(loud(await sofa(funds, 18646))).toEqual(['amounts.parts-vs-total@H4', 'totals.row-mismatch@H7']);
    });

    test('a label with fewer than two such labels just before it still heads the columns after it', async () => {
      const headings = (labels: (string | null)[]) =>
        Object.fromEntries(
          stackedHeaders(
            sheet('A', [
              [null, ...labels],
              [null, 'Funds', 'Funds', 'Funds', 'Total 2023'],
            ]),
            1,
            2,
            2,
            5,
          ),
        );
      expect(headings(['Unrestricted', 'Restricted', 'Designated'])[5]).toBe('Total 2023');
      expect(headings([null, 'Restricted', 'Designated'])[5]).toBe('Designated Total 2023');
      expect(headings(['Unrestricted', null, 'Designated'])[5]).toBe('Designated Total 2023');
    });
  });

  test('"Per cent" among the words of a heading is no unit row', async () => {
    const result = await checkRows('HRA', [
      ['Authority', 'Rents', 'Subsidies'],
      [null, 'Rents per cent of income', 'Subsidies per cent of income'],
      ['Berwickshire', 47, 53],
      ['Roxburgh', 51, 49],
      ['Tweeddale', 57, 43],
    ]);
    expect(result.readings[0]?.headerRows ?? []).not.toEqual([1, 2]);
  });

  describe("the label column's heading on the last row, beside the last words of the others", () => {
    const variances = (labelHeading: string) =>
      checkRows('Appendix 1', [
        [null, 'Extra Costs/', 'Savings/'],
        [null, 'Reduced', 'Additional'],
        [labelHeading, 'Income', 'Income'],
        [null, '£', '£'],
        ['Cultural, Leisure and Commercial Services'],
        ['1.   Car Parks - extra income', null, -63000],
        ['2.   Admin. Buildings - additional energy costs', 25000],
        ['Financial Services'],
        ['1.   Concessionary Travel - Payment to Operators', 100000],
      ]);

    test('joins the header: "Income" is the headings\' last word, not a figure that cannot be read', async () => {
      const result = await variances('Description of Major Variances');
      expect(result.readings[0].headerRows).toEqual([1, 4]);
      expect(result.readings[0].columns.map((c) => c.header)).toEqual([
        'Description of Major Variances',
        'Extra Costs/ Reduced Income £',
        'Savings/ Additional Income £',
      ]);
      expect(loud(result)).toEqual([]);
    });

    test('forty characters at most: a longer first cell is a line of prose, not a heading', async () => {
      expect((await variances('Description of Major Variances in 2006-7')).readings[0].headerRows).toEqual([1, 4]);
      expect((await variances('Description of Major Variances in 2006/07')).readings[0].headerRows).toEqual([1, 2]);
    });
  });

  test.each([
    ['Revised / further actions', 'action', 'Review the insurance cover at renewal'],
    ['Current control measures', 'action', 'Invoices checked against purchase orders'],
    ['Resp.', 'owner', 'Clerk'],
  ])('%s is read as %s', async (header, meaning, cell) => {
    const result = await checkRows('Plan', [
      ['Ref', 'Risk', header, 'Due date'],
      ['R1', 'Loss of income', cell, '31/03/2011'],
      ['R2', 'Incorrect invoicing', cell, '31/03/2011'],
    ]);
    expect(meaningOf(result, header)).toBe(meaning);
  });
});

describe('shares down the rows', () => {
  test('councils under a "Council" heading with percentages adding up to 100%: just inside and just outside', async () => {
    const schedule = (wokingham: number) => {
      const s = sheet('Budget', [
        ['Agreed budget percentages'],
        ['Council', 'Budget %'],
        ['Bracknell Forest', 0.2576],
        ['West Berkshire', 0.4],
        ['Wokingham', wokingham],
        ['Total', 1],
      ]);
      s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 1 ? '0.00%' : null)));
      return check(workbook(s), { asOf: '2020-01-01' });
    };
    const exact = await schedule(0.3424);
    expect(exact.readings[0].partnerLayout).toBe('rows');
    expect(loud(exact)).toEqual([]);
    expect(loud(await schedule(0.3474)).some((f) => f.startsWith('shares.sum'))).toBe(false);
    expect(loud(await schedule(0.3484)).some((f) => f.startsWith('shares.sum'))).toBe(true);
  });

  test('a column with a percentage below nought is changes, not shares, though it adds up to 100%', async () => {
    // (A fall among the figures, as in a column of each parish's rise: the whole comes to 100% by chance.)
    const rises = (last: number) => {
      const s = sheet('Schedule A', [
        ['Budget percentages'],
        ['Council', 'Budget %'],
        ['Bardwell', 0.5],
        ['Barnham', 0.3],
        ['Barningham', 0.21],
        ['Clare', last],
        ['Total', 1],
      ]);
      s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 1 ? '0.00%' : null)));
      return check(workbook(s), { asOf: '2019-03-11' });
    };
    expect((await rises(-0.01)).readings[0]?.partnerLayout).not.toBe('rows');
    expect((await rises(0)).readings[0]?.partnerLayout).toBe('rows');
  });

  describe("each partner's share printed in its name", () => {
    // Maidstone's business rates surplus, shared on the retention shares printed in the names.
    const surplus = (kent: CellValue, fire = 'Kent and Medway Towns Fire Authority (1%)') =>
      checkRows(
        'Surplus 2015-16',
        [
          ['Preceptor', '£'],
          ['Central Government (50%)', 35545],
          ['Maidstone Borough Council (40%)', 28436],
          ['Kent County Council (9%)', kent],
          [fire, 711],
          ['Total', 71089],
        ],
        '2014-12-19',
      );

    test('read as the shares, the amounts checked against them: within £1 and beyond it', async () => {
      const exact = await surplus(6398); // 9% of £71,089 is £6,398.01
      expect(exact.readings[0].partnerLayout).toBe('rows');
      // The amounts add up to £71,090, £1 over the total: rounding, as in the paper.
      expect(loud(exact)).toEqual([]);
      expect(loud(await surplus(6399))).not.toContain('amounts.split-mismatch@B4');
      expect(loud(await surplus(6400))).toContain('amounts.split-mismatch@B4');
    });

    test('shares in the names that do not add up to 100% are flagged; a name without one is not read', async () => {
      expect(loud(await surplus(6398, 'Kent and Medway Towns Fire Authority (2%)'))).toContain('shares.sum@A6');
      const unshared = await surplus(6398, 'Kent and Medway Towns Fire Authority');
      expect(unshared.readings[0].partnerLayout).not.toBe('rows');
      expect(loud(unshared).some((f) => f.startsWith('amounts'))).toBe(false);
    });
  });

  describe('amounts beside the shares that most rows do not apportion', () => {
    // Shares of 40/30/20/10% of £1,000; the amounts add up to the total either way.
    const split = (amounts: number[]) => {
      const s = sheet('Split', [
        [null, 'Dwellings', 'Share', 'Amount £'],
        ['Aberdeen City', 40000, 0.4, amounts[0]],
        ['Angus', 30000, 0.3, amounts[1]],
        ['Fife', 20000, 0.2, amounts[2]],
        ['Moray', 10000, 0.1, amounts[3]],
        ['Total', 100000, 1, 1000],
      ]);
      s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 2 ? '0%' : null)));
      return check(workbook(s), { asOf: '2023-03-01' });
    };

    test('where half the rows hold total × share, the others are out of line', async () => {
      const checked = await split([400, 300, 225, 75]);
      expect(checked.readings[0].partnerLayout).toBe('rows');
      expect(loud(checked)).toEqual(['amounts.split-mismatch@D4', 'amounts.split-mismatch@D5']);
    });

    test('where fewer than half do (a tax per band beside the share of homes in it), they are no shares of it', async () => {
      expect(loud(await split([400, 350, 175, 75]))).toEqual([]);
    });

    // A fixed sum on every council beside its share of the whole fund (the Green Book's "fixed
    // amount (£000s)" beside "Share"): the rows at one share meet a total, and prove nothing.
    const fixed = (shares: number[], amounts: number[]) => {
      const places = ['Aberdeen City', 'Angus', 'Fife', 'Moray'];
      const s = sheet('Fund', [
        [null, 'Dwellings', 'Share', 'Amount £'],
        ...shares.map((share, i) => [places[i], share * 100000, share, amounts[i]]),
        ['Total', 100000, 1, amounts.reduce((a, b) => a + b, 0)],
      ]);
      s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 2 ? '0%' : null)));
      return check(workbook(s), { asOf: '2023-03-01' });
    };

    test('rows of one share meeting a total, where the shares differ, apportion nothing', async () => {
      // £60 is 30% of £200 on three rows; Moray's 10% is not £60 of it.
      expect(loud(await fixed([0.3, 0.3, 0.3, 0.1], [60, 60, 60, 60]))).toEqual([]);
    });

    test('an equal split still holds each amount to its share', async () => {
      const checked = await fixed([0.25, 0.25, 0.25, 0.25], [250, 250, 250, 262]);
      expect(checked.readings[0].partnerLayout).toBe('rows');
      expect(loud(checked)).toEqual(['amounts.split-mismatch@D5']);
    });

    test('a row counts as holding its share within 2% of it: just inside and just outside', async () => {
      // £306 is 2% over 30% of £1,000, and with £400 makes half the rows; £307 is over 2%.
      expect(loud(await split([400, 306, 225, 69]))).toEqual([
        'amounts.split-mismatch@D3',
        'amounts.split-mismatch@D4',
        'amounts.split-mismatch@D5',
      ]);
      expect(loud(await split([400, 307, 225, 68]))).toEqual([]);
    });
  });

  describe("grants to parish councils, each a percentage of its own project's cost", () => {
    // An area committee's capital grants: the contribution, and what share of the project it is.
    const grants = (second: number) => {
      const s = sheet('Grants', [
        ['Applicant', 'Contribution (up to)', '% of the total project costs'],
        ['Cucklington Parish Council', 6000, 0.25],
        ['Milborne Port Parish Council', second, 0.16],
        ['Ilchester Parish Council', 6500, 0.25],
        ['Foddington Parish Council', 4025, 0.25],
      ]);
      s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 2 ? '0%' : null)));
      return check(workbook(s), { asOf: '2016-12-31' });
    };

    test('amounts that are not the percentages of their sum on most lines: no split between them', async () => {
      const result = await grants(3910);
      expect(meaningOf(result, '% of the total project costs')).not.toBe('split');
      expect(loud(result)).toEqual([]);
    });

    test('where half the lines are those percentages of their sum (£6,000 and £3,840 of £24,000), they are shares', async () => {
      const s = sheet('Grants', [
        ['Applicant', 'Contribution (up to)', '% of the total project costs'],
        ['Cucklington Parish Council', 6000, 0.25],
        ['Milborne Port Parish Council', 3840, 0.16],
        ['Ilchester Parish Council', 9000, 0.25],
        ['Foddington Parish Council', 5160, 0.25],
      ]);
      s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 2 ? '0%' : null)));
      const result = await check(workbook(s), { asOf: '2016-12-31' });
      expect(meaningOf(result, '% of the total project costs')).toBe('split');
    });
  });

  test('places with unfamiliar names share a sum by their activity: the rows are the partners', async () => {
    // A settlement formula: each area's dwellings, its share, and its allocation in £000s.
    const allocation = (first: number, second: number) => {
      const s = sheet('GAE', [
        ['Quantum (£000s): 1,000'],
        [null, 'Dwellings Valued for Council Tax', 'Share', 'GAE (£000s)'],
        ['Aberdeen City', 50000, 0.5, first],
        ['Angus', 30000, 0.3, second],
        ['Fife', 20000, 0.2, 200],
        ['Total', 100000, 1, 1000],
      ]);
      // (Shares to a tenth of a percent: their rounding, £500 here, is within the £000s' own.)
      s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 2 ? '0.0%' : null)));
      return check(workbook(s), { asOf: '2023-03-01' });
    };
    const exact = await allocation(500, 300);
    expect(exact.readings[0].partnerLayout).toBe('rows');
    expect(meaningOf(exact, 'GAE (£000s)')).toBe('amount');
    expect(loud(exact)).toEqual([]);
    // Written in £000s, an allocation a thousand pounds out is rounding; a pound more is not.
    expect(loud(await allocation(501, 299))).toEqual([]);
    expect(loud(await allocation(501.001, 298.999))).toEqual([
      'amounts.split-mismatch@D3',
      'amounts.split-mismatch@D4',
    ]);
  });

  test('a count totalled wrongly is told as a count, in the units of the sheet, not as pounds', async () => {
    const result = await checkRows('GAE', [
      ['Quantum (£000s): 1,000'],
      [null, 'Dwellings Valued for Council Tax', 'GAE (£000s)'],
      ['Aberdeen City', 50000, 500],
      ['Angus', 30000, 300],
      ['Fife', 20000, 200],
      ['Total', 110000, 1000],
    ]);
    const total = result.findings.find((f) => f.ruleId === 'totals.row-mismatch');
    expect(total?.message).toContain('Total shows 110,000 for Dwellings Valued for Council Tax');
    expect(total?.message).toContain('a difference of 10,000)');
  });

  test('a list of authorities with their statistics is not a schedule of shares', async () => {
    const result = await checkRows('Written answers', [
      ['Local authority', 'Number of electors', 'Cost of rate collection per elector £'],
      ['Alyn and Deeside', 56681, 2.17],
      ['Colwyn', 43454, 3.89],
      ['Delyn', 51531, 3.47],
      ['Total', 151666, 9.53],
    ]);
    expect(result.readings[0].partnerLayout).toBe('none');
  });
});

describe('a status column that holds updates', () => {
  // A parish's action points: "Completed" holds sentences of progress, and two rows have none.
  const rows: CellValue[][] = [
    ['Agenda Item', null, 'Councillor', 'Due Date', 'Completed'],
    [
      '14 – External Bodies',
      'Gauge interest with other councils',
      'Clerk',
      '30/11/2020',
      'Clerk has set up a group for clerks in the area and will report back',
    ],
    [
      '34 – Finance',
      'Submit claim for the plan grant',
      'CW',
      '30/11/2020',
      'In progress, the claim form is with the bank for the second signature',
    ],
    [
      '16 – Health & Safety',
      'Get three quotes for an inspection',
      'Clerk',
      '30/11/2020',
      'Two quotes are in hand and a third contractor has been asked to visit',
    ],
    ['10c – Working Groups', 'Look into a data protection officer', 'Clerk', '31/12/2020', null],
  ];

  test('its sentences are updates, not unknown statuses, and a blank there is a row with no status', async () => {
    const result = await checkRows('Action Points', rows, '2020-10-01');
    expect(meaningOf(result, 'Completed')).toBe('status');
    expect(loud(result)).toEqual(['status.missing@E5']);
  });
});

describe('status words under "Update", sentences under "Progress", and an empty "Comment" column', () => {
  // A peer review improvement plan: each update opens with its status, the sentences follow.
  const plan = (secondUpdate: string) =>
    checkRows(
      'Improvement Plan',
      [
        ['Recommendation', 'Comment', 'Actions', 'Lead officer/s', 'Complete by', 'Update', 'Progress'],
        [
          '1.1 Acknowledge the risks',
          null,
          'Review risk appraisal process',
          'Janine Turner.',
          'November 2010.',
          'Commenced and ongoing.',
          'Now mainstreamed into current working practices.',
        ],
        [
          '1.3 Involve Scrutiny early',
          null,
          'Set up a meeting with the Scrutiny Officer',
          'Alan Hunter.',
          'March 2010.',
          secondUpdate,
          'Meeting held. Forward programme of strategies shared.',
        ],
        [
          '1.4 Engage the voluntary sector',
          null,
          'Discuss the issue further with Scrutiny',
          'Alan Hunter.',
          'August 2010',
          'Commenced and ongoing.',
          'Initial discussion held with the Scrutiny Officer.',
        ],
      ],
      '2010-06-30',
    );

  test('"Update" is the status and "Progress" the progress; the empty column takes neither', async () => {
    const result = await plan('Completed.');
    expect(meaningOf(result, 'Update')).toBe('status');
    expect(meaningOf(result, 'Progress')).toBe('progress');
    expect(meaningOf(result, 'Comment')).not.toBe('progress');
    expect(loud(result)).toEqual([]);
  });

  test('an action past its date and not completed has slipped', async () => {
    expect(loud(await plan('Commenced and ongoing.'))).toEqual(['deadline.slipped@E3']);
  });
});

describe('the line total the partners split, where no column is headed as one', () => {
  // A joint archives service's budget and the two councils' contributions under their agreement.
  const contributions = (county: number): CellValue[][] => [
    ['Proposed net revenue budget 2018/19 and partner contributions'],
    [
      'Budget',
      '2018/19 net revenue budget £',
      'Increase over previous year £',
      'Staffordshire County Council %',
      'Staffordshire County Council £',
      'Stoke-on-Trent City Council %',
      'Stoke-on-Trent City Council £',
    ],
    ['Joint Archives Service', 864070, 117570, '77.41%', county, '22.59%', 195300],
    ['Search room', 20000, 0, '77.41%', 15482, '22.59%', 4518],
  ];

  test('is the column the amounts add up to, within £1, and the messages name it', async () => {
    for (const county of [668770, 668771]) {
      const result = await checkRows('Joint Archives', contributions(county), '2018-04-03');
      expect(meaningOf(result, '2018/19 net revenue budget £')).toBe('amount');
      const mismatch = result.findings.find((f) => f.ruleId === 'amounts.split-mismatch');
      expect(mismatch?.address).toBe('E3');
      expect(mismatch?.message).toContain('2018/19 net revenue budget £');
    }
  });

  test('is not taken where the amounts add up to no column', async () => {
    const result = await checkRows('Joint Archives', contributions(668772), '2018-04-03');
    expect(meaningOf(result, '2018/19 net revenue budget £')).not.toBe('amount');
  });
});

describe('a table of figures printed over pages, in sections', () => {
  // Police grant by authority: English forces, the header printed again at a page break, an
  // English total, then the Welsh forces under their heading with their own total, and a grand total.
  const rows = (welshTotal: number): CellValue[][] => [
    ['Police Authority', '1997–98', '1998–99'],
    [null, '£ million', '£ million'],
    ['English Shire forces'],
    ['Avon & Somerset', 158.7, 164.3],
    ['Bedfordshire', 58.9, 60.9],
    ['Police Authority', '1997–98', '1998–99'],
    ['Cambridgeshire', 70.1, 72.5],
    ['English Total', 287.7, 297.7],
    ['Welsh forces'],
    ['Dyfed-Powys', 49.9, 51.1],
    ['Gwent', 64.5, 67.3],
    ['Welsh total', welshTotal, 118.4],
    ['Total', 402.1, 416.1],
  ];

  test('is one table from its header to the grand total', async () => {
    const result = await checkRows('Police grant', rows(114.4));
    expect(result.readings).toHaveLength(1);
    expect(result.readings[0].range).toBe('A1:C13');
    expect(loud(result)).toEqual([]);
  });

  test('a section total that is wrong is found, in the section after the first total', async () => {
    const result = await checkRows('Police grant', rows(113.4));
    expect(loud(result)).toContain('totals.row-mismatch@B12');
  });
});

describe('a deadline written inside a phrase', () => {
  test('"Meeting held by 31 January 2014" has slipped a month later, and is not unreadable', async () => {
    const result = await checkRows(
      'SCRAIP',
      [
        ['Recommendation', 'Response', 'Timetable', 'Lead Officer'],
        [
          'A focus group be arranged to look at the indicators',
          'Agreed',
          'Meeting held by\n31 January 2014',
          'Angela Woodhouse',
        ],
        ['Ways to strengthen relationships with parishes be addressed', 'Agreed', '31/03/2014', 'Angela Woodhouse'],
      ],
      '2014-02-25',
    );
    expect(loud(result)).toEqual(['deadline.slipped@C2']);
  });
});

describe('an equality action plan whose "Completed" column holds dates and words', () => {
  // Action / By when / Responsible officer / Completed / Outcome, as a borough council keeps it.
  const plan = (completed: CellValue): CellValue[][] => [
    ['Action', 'By when', 'Responsible officer', 'Completed', 'Outcome'],
    ['Annual review of the scheme', 'By end of October 2016', 'AG', 'Ongoing', 'Compliance with legislation'],
    ['Development of a training matrix', 'By end of Feb 2015', 'ZW', completed, 'CMT approved the matrix'],
    ['Revised scheme approved by Council', 'By end of Dec 2015', 'AG', 'Approved in December 2015', 'Scheme in place'],
    ['Equalities audit as per the audit plan', 'By end of February 15', 'ZS', 'February 15', 'Compliance'],
  ];

  test('"Completed" is the status column, not the "Outcome" prose beside it', async () => {
    const result = await checkRows('Action Plan', plan('February 2015'), '2016-01-31');
    expect(meaningOf(result, 'Completed')).toBe('status');
    expect(meaningOf(result, 'Outcome')).not.toBe('status');
  });

  test('a date where the status goes says when it was done; one still to come says it is under way', async () => {
    expect(loud(await checkRows('Action Plan', plan('February 2015'), '2016-01-31'))).toEqual([]);
    expect(loud(await checkRows('Action Plan', plan('March 2016'), '2016-01-31'))).toEqual(['deadline.slipped@B3']);
    // A short statement that it was done, with its date, though it reads like a sentence.
    const done = plan('Presented and approved by Full Council 15/12/15');
    expect(loud(await checkRows('Action Plan', done, '2016-01-31'))).toEqual([]);
    expect(loud(await checkRows('Action Plan', plan(null), '2016-01-31'))).toEqual([
      'deadline.slipped@B3',
      'status.missing@D3',
    ]);
  });
});

describe('rows of money with a count among them', () => {
  test('"Total Council Tax Base" under levies in pounds is not checked as their total', async () => {
    const result = await checkRows('EA levy', [
      [null, '2013/2014', '2014/2015'],
      [null, "'000s", "'000s"],
      ['Gross Expenditure', '£34,320', '£37,677'],
      ['Levies Raised', '£1,936', '£1,936'],
      ['Total Council Tax Base', '1,634', '1,658'],
    ]);
    expect(loud(result)).toEqual([]);
  });

  test('figures typed as text with their thousands separated are added up like numbers', async () => {
    const rows = (total: string): CellValue[][] => [
      ['Service', 'Budget £'],
      ['Waste', '12,000'],
      ['Parks', '3,500'],
      ['Leisure', '1,250.50'],
      ['Total', total],
    ];
    expect(loud(await checkRows('Budget', rows('16,750.50')))).toEqual([]);
    expect(loud(await checkRows('Budget', rows('16,760.50')))).toEqual(['totals.row-mismatch@B5']);
  });

  test('"Net additional costs" and "… home\'s total council tax charge" are totals', async () => {
    const coroner = await checkRows('Apportionment', [
      ['Cost area', '£', 'Of which, B&NES'],
      ['Net debt charge costs', 100000, 17180],
      ['Additional premises costs', 35000, 6100],
      ['Room hire saving', -65000, -11160],
      ['Net additional costs', 70000, 12030],
    ]);
    expect(loud(coroner)).toEqual(['totals.row-mismatch@C5']);
    const bill = await checkRows('Band D', [
      ['Precepting body', 'Band D charge 2024/25', 'Share of the total bill'],
      ['West Sussex County Council', 1714.95, 'almost 77%'],
      ['Sussex Police and Crime Commissioner', 259.21, 'roughly 11%'],
      ['Worthing Borough Council', 267.66, 'roughly 12%'],
      ["Average Band D home's total council tax charge", 2235.52, null],
    ]);
    expect(loud(bill)).toEqual(['totals.row-mismatch@B5']);
  });
});

describe('two partners by columns over few lines', () => {
  test('"Adur %" and "Worthing %" beside a basis are the partners\' shares, checked on each line', async () => {
    const s = sheet('Split', [
      ['Cost', '2008/9 cost', 'Basis of split', 'Adur %', 'Worthing %'],
      ['Household refuse collection', '£4.4 million', 'Number of households', 0.364, 0.646],
      ['Management staff', null, 'Equal', 0.45, 0.55],
      ['Day-to-day running', null, 'Households numbers', 0.4, 0.6],
    ]);
    s.numberFormats = s.values.map((row) => row.map((_, c) => (c >= 3 ? '0.0%' : null)));
    const result = await check(workbook(s), { asOf: '2007-12-01' });
    expect(loud(result)).toEqual(['shares.sum@D2', 'shares.basis-equal@D3']);
  });

  test('shares under an "Authority" heading that add up to 101% down the rows are found out', async () => {
    const s = sheet('Client costs', [
      ['Authority', 'Share of costs'],
      ['Waste Disposal Authority', 0.4676],
      ['Waste Collection Authorities', 0.5424],
      ['Total', 1],
    ]);
    s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 1 ? '0.00%' : null)));
    const result = await check(workbook(s), { asOf: '2018-09-30' });
    expect(result.readings[0].partnerLayout).toBe('rows');
    expect(loud(result).some((f) => f.startsWith('shares.sum'))).toBe(true);
  });
});

test("each county's council tax increase, 4% on twenty-six lines, is no share of a whole", async () => {
  // A county council's comparison of county council taxes: increases that happen to come near
  // 100% down the lines are rises, not shares; headed as shares, the same figures are read as one.
  const counties = (heading: string) => {
    const increases = [0.0399, 0.0524, 0.0395, 0.0395, 0.0394, ...Array.from({ length: 21 }, () => 0.0399)];
    const s = sheet('Comparison', [
      ['County Council', heading, 'Band D Council Tax'],
      ...increases.map((v, i) => [`County ${String.fromCharCode(65 + i)}`, v, 1079.28 + 8 * i]),
    ]);
    s.numberFormats = s.values.map((row) => row.map((_, c) => (c === 1 ? '0.00%' : null)));
    return check(workbook(s), { asOf: '2016-04-01' });
  };
  expect(loud(await counties('Increase (%)'))).toEqual([]);
  expect(loud(await counties('Share (%)')).some((f) => f.startsWith('shares.sum'))).toBe(true);
});

describe('an equality scheme plan with updates and no status column', () => {
  const rows = (update: CellValue): CellValue[][] => [
    ['Objective', 'Action(s)', 'Outcome/PI', 'Action By', 'Projected Timescale', 'Update'],
    ['1. Eliminate unlawful discrimination'],
    [
      'Encourage disabled people to apply',
      'Advertise in relevant publications',
      'More applicants who are disabled',
      'HR Manager',
      'March 2008',
      'Adverts placed in two journals',
    ],
    ['Objective', 'Action(s)'],
    [
      'Accessible meetings',
      'Raise awareness of needs',
      'Fewer requests for adjustments',
      'Democratic Services Manager',
      'March 2008',
      update,
    ],
  ];

  test('"Outcome/PI" over measures is not the status; the updates stand for it, and a row with none has no status', async () => {
    const done = await checkRows('DES Action Plan', rows('Hearing loops fitted in every meeting room'), '2007-05-30');
    expect(meaningOf(done, 'Outcome/PI')).not.toBe('status');
    expect(loud(done)).toEqual([]);
    const none = await checkRows('DES Action Plan', rows(null), '2007-05-30');
    expect(loud(none)).toEqual(['status.missing@F5']);
  });
});

describe('a wider header inside a table', () => {
  test('the tasks under an issue answer to their own headings', async () => {
    const result = await checkRows(
      'SIC Action Plan',
      [
        ['Issue', 'Action', 'Overall Current Progress'],
        [
          '1. Major projects: additional costs from the large projects are a significant pressure on future budgets',
          'Tighten control of the capital programme',
          'See the tasks below',
        ],
        [
          'Specific Improvement Tasks',
          'Implementation Responsibility',
          'Monitoring Responsibility',
          'Completion / Review Date',
          'Current Progress',
        ],
        ['Add appendices to the financial plan', 'Management Team', 'Chief Executive', 'February 2006', 'Ongoing'],
        ['Independent review of programme management', 'TBC', 'Chief Executive', 'During 2006/07', 'Completed'],
      ],
      '2007-03-31',
    );
    expect(result.readings.map((r) => r.range)).toEqual(['A1:C2', 'A3:E5']);
    expect(loud(result)).toEqual(['owner.not-a-person@B4', 'deadline.slipped@D4', 'owner.missing@B5']);
  });
});

describe('last year beside the labels', () => {
  test('"703 | Total Expenditure": a total whose label stands after a column of figures is checked', async () => {
    const result = await checkRows('Building Control', [
      ['2010 / 2011', null, '2011 / 2012'],
      ['£,000', null, '£,000'],
      [null, 'Expenditure'],
      [323, 'Employee Expenses', 272],
      [20, 'Transport', 27],
      [703, 'Total Expenditure', 299],
    ]);
    expect(loud(result)).toEqual(['totals.row-mismatch@A6']);
  });
});

describe('a performance dashboard', () => {
  const dashboard = (rating: CellValue, notes: CellValue): CellValue[][] => [
    [null, null, 'Target', 'Q2', 'On Target', 'Lead Officer', 'Notes'],
    ['Reablement Service'],
    [1, 'Ensure people wait no more than 5 days', '100%', '55%', 'R', 'Sara Livadeas', 'Marginal improvement'],
    [2, 'Increase the share completing reablement', '55%', '52%', 'A', 'Sara Livadeas', notes],
    [3, 'Reduce waits for assessment', 0, 339, rating, 'Lucy Butler', 'Rising'],
    [4, 'Keep people on self-directed support', '75%', '75%', 'G', 'Lucy Butler', 'Target met'],
  ];

  test('its "Target" of percentages is no saving, and its ratings under "On Target" are the status', async () => {
    const result = await checkRows('Dashboard', dashboard('G', null));
    expect(meaningOf(result, 'Target')).not.toBe('target');
    expect(meaningOf(result, 'On Target')).toBe('status');
    expect(result.readings[0].kind).toBe('action-plan');
    // A blank note is no missing status: notes are not updates standing in for one.
    expect(loud(result)).toEqual([]);
    expect(loud(await checkRows('Dashboard', dashboard(null, 'Stable')))).toEqual(['status.missing@E5']);
  });
});

describe('smaller trackers', () => {
  test('an inspection response list of actions with a status each is checked, with no owner or date', async () => {
    const result = await checkRows('HMICFRS', [
      [null, 'Action Taken', 'Status'],
      ['Cause of concern 1', 'Review the prevention strategy', 'In Progress'],
      ['Cause of concern 2', 'Train all crews in the new procedure', null],
      ['Cause of concern 3', 'Publish the revised risk plan', 'Complete'],
    ]);
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['status.missing@C3']);
  });

  test('"ditto" under a status is the status above it', async () => {
    const result = await checkRows(
      'Action Plan',
      [
        ['Action', 'Lead', 'Target date', 'Progress'],
        ['Review transport to hospitals', 'Head of Transport', '31/03/2008', 'Complete'],
        ['Publish health advice', 'Head of Communications', '31/03/2008', 'ditto'],
      ],
      '2008-05-01',
    );
    expect(loud(result)).toEqual([]);
  });

  test('"HHPP", a head of something, is a post; "CMT" is a team', async () => {
    const rows = (lead: string): CellValue[][] => [
      ['Actions', 'Lead Officer', 'Target date'],
      ['Carry out the fire risk assessments', lead, 'June 11'],
      ['Train the managers', 'CEO', 'May 11'],
    ];
    expect(loud(await checkRows('Improvement Plan', rows('HHPP'), '2011-04-30'))).toEqual([]);
    expect(loud(await checkRows('Improvement Plan', rows('CMT'), '2011-04-30'))).toEqual(['owner.not-a-person@B2']);
  });

  test('a risk register\'s "Review date" passed on every line says when each was reviewed', async () => {
    const register = (last: string): CellValue[][] => [
      ['Risk Area', 'Risk Identified', 'Action required', 'Review date'],
      ['Assets', 'Loss or damage', 'Review insurance cover', 'Mar 2020'],
      ['Liability', 'Public liability', 'Check the policy each year', 'March 2020'],
      ['Finance', 'Fidelity guarantee', 'Keep cover in line with reserves', 'May 2020'],
      ['Governance', 'Standing orders out of date', 'Review standing orders', last],
    ];
    expect(loud(await checkRows('Financial Risk', register('Aug 2020'), '2020-09-01'))).toEqual([]);
    // One still to come: the column holds dates to meet, and those passed have slipped.
    const due = loud(await checkRows('Financial Risk', register('Oct 2020'), '2020-09-01'));
    expect(due.filter((f) => f.startsWith('deadline.slipped'))).toHaveLength(3);
  });
});

describe('tables of figures, further', () => {
  const proposals = (estimate: CellValue): CellValue[][] => [
    ['#', 'Possible cut or saving', '2005/06 Saving', '2006/07 Saving', '2006/07 Estimate'],
    [1, 'Non recruitment to a post', 13000, 13000, 0],
    [2, 'Reduced legal fees', 0, 50000, estimate],
    [null, 'TOTAL SAVINGS IDENTIFIED', 13000, 63000, null],
  ];

  test('"£tbc" among the figures is a cell nobody can add up; a sentence with a £ in it is not', async () => {
    expect(loud(await checkRows('Sheet1', proposals('£tbc')))).toEqual(['cell.unreadable@E3']);
    expect(loud(await checkRows('Sheet1', proposals('£453K target exceeded')))).toEqual([]);
    expect(loud(await checkRows('Sheet1', proposals(84680)))).toEqual([]);
  });

  test('"Net Expenditure/Budget Requirement" totals the lines since the gross figure', async () => {
    const budget = (reserves: number): CellValue[][] => [
      ["2019-2020 £'m", 'Expenditure'],
      [88.106, 'Police Pay and Allowances'],
      [57.648, 'Other costs'],
      [145.754, 'Gross Expenditure'],
      [-5.376, 'Less: Fees and Charges'],
      [-30.888, 'Less: Other Grants'],
      [reserves, 'Less: Contribution from Reserves'],
      [103.742, 'Net Expenditure/Budget Requirement'],
    ];
    expect(loud(await checkRows('Budget', budget(-5.748)))).toEqual([]);
    expect(loud(await checkRows('Budget', budget(5.748)))).toEqual(['totals.row-mismatch@A8']);
  });

  test('"Completed" over counts and dashes is how many, not a status', async () => {
    const result = await checkRows('Paper C', [
      ['Priority of Recommendation', 'Outstanding', 'Completed', 'Total'],
      ['High', '-', '-', 0],
      ['Medium', '-', 2, 2],
      ['Low', '-', 1, 1],
      ['Advisory', '-', 4, 4],
      ['Total', 0, 7, 7],
    ]);
    expect(meaningOf(result, 'Completed')).not.toBe('status');
    expect(loud(result)).toEqual([]);
  });
});

describe('a list with no header row', () => {
  const list = (second: CellValue): CellValue[][] => [
    ['Annual Action Plan 2012/13: delivery reports'],
    ['Jobs and the local economy'],
    [
      'AAP-J A 01 We will support businesses investing in the district through comprehensive advice',
      'On track',
      'Mainstream business support services have not recovered to their former level following the closure of the agency',
    ],
    [
      'AAP-J A 02 We will work with partners to develop and deliver a programme of business start up',
      second,
      'The Council has successfully contracted out the enterprise programme, which commenced delivery in March 2013',
    ],
    [
      'AAP-J A 03 Working in partnership we will maximise investment in allocated town centre sites',
      'See note',
      'Investigations in relation to relevant sites occur as and when opportunities become apparent to the council',
    ],
    [
      'AAP-J A 04 We will seek to maximise the benefit to the district of renewable energy developments',
      'On track',
      'The Council continues to undertake an ambitious programme of work in support of offshore wind energy schemes',
    ],
  ];

  test('is read from its lines: actions, a status in words on most, and updates', async () => {
    const result = await checkRows('Delivery reports', list('Complete'), '2013-03-31');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['status.unknown@B5']);
    expect(loud(await checkRows('Delivery reports', list(null), '2013-03-31'))).toEqual([
      'status.missing@B4',
      'status.unknown@B5',
    ]);
  });

  test('a first line of short headings Concordat has no words for is its header, not an item', async () => {
    const result = await checkRows('Section 1', [
      ['Section 1 - Definition of a complaint'],
      ['Code section', 'Code requirement', 'Comply: yes/no'],
      ['1.2', 'A complaint must be defined as an expression of dissatisfaction', 'Yes'],
      ['1.3', 'The resident does not have to use the word complaint', 'Yes'],
      ['1.6', 'If further enquiries are needed the issue must be logged', 'Yes'],
    ]);
    expect(loud(result)).toEqual([]);
  });
});

describe('blank rows among figures', () => {
  test('a blank row above the total, and above a levy carried from it, leaves them in the table', async () => {
    const levy = (total: number): CellValue[][] => [
      ['How the Lee Valley Regional Park Authority uses Council Tax'],
      [null, '2023-24 £m', '2024-25 £m'],
      ['Authority operating expenditure', 15.5, 15.3],
      ['Authority operating income', -7.3, -7.8],
      ['Financing costs', 2.9, 3.5],
      [],
      ['Total net expenditure', 11.1, 11.0],
      ['Net use of reserves', -0.5, 0],
      [],
      ['Total Levy', -10.6, total],
    ];
    expect(loud(await checkRows('Levy', levy(-11.0)))).toEqual([]);
    expect(loud(await checkRows('Levy', levy(-12.0)))).toEqual(['totals.row-mismatch@C10']);
  });
});

describe('a second table after a break', () => {
  test('headed by words and a unit of money ("£m"), it is a table of its own with its own total', async () => {
    const sheetRows = (total: number): CellValue[][] => [
      ['Saving proposal', 'Year', 'Target £', 'Achieved £', 'Position'],
      ['Remodelling residential homes', '2017-18', 230000, 230000, 'Achieved'],
      ['Highways contract', '2017-18', 425000, 425000, 'Achieved'],
      [],
      ['Savings in the 2017-18 budget', '£m'],
      ['On track', 6.5],
      ['Off track', 1],
      ['Total savings sought', total],
    ];
    expect(loud(await checkRows('Savings', sheetRows(7.5), '2019-01-08'))).toEqual([]);
    expect(loud(await checkRows('Savings', sheetRows(7.9), '2019-01-08'))).toEqual(['totals.row-mismatch@B8']);
  });
});

describe('money columns beside the partners', () => {
  test('a council tax band table with other preceptors between the councils is not short of its total', async () => {
    const bands = (total: number): CellValue[][] => [
      ['Band', 'Number of properties', 'NWBC £', 'WCC £', 'WCC Adult Social Care £', 'WPCC £', 'Parishes £', 'Total £'],
      ['A', 5000, 1000000, 4000000, 500000, 800000, 100000, 6400000],
      ['B', 6000, 1200000, 4800000, 600000, 960000, 120000, total],
      ['C', 4000, 800000, 3200000, 400000, 640000, 80000, 5120000],
    ];
    expect(loud(await checkRows('Spending Plans', bands(7680000)))).toEqual([]);
  });
});

describe('a savings plan headed by a unit only', () => {
  test('"£m" over the proposals on a savings sheet is the saving each is to make', async () => {
    const proposals = (ninth: CellValue): CellValue[][] => [
      ['Overall savings requirement', null, null, null, 23.9],
      [],
      ['Proposal reference number', 'Proposal description/area', 'Service area', 'Theme', '£m'],
      [1, 'Additional capital recharge and rental income', 'Resources', 'Asset Optimisation', 0.5],
      [2, 'Fleet financing model', 'Place', 'Asset Optimisation', 0.3],
      [3, 'Community recycling centres', 'Place', 'Asset Optimisation', ninth],
    ];
    const read = await checkRows('Proposals', proposals(0.2));
    expect(loud(read)).toEqual([]);
    const saving = read.readings.flatMap((r) => r.columns).find((c) => c.header === '£m');
    expect(saving?.evidence).toBe('a unit of money over figures on a savings sheet: the saving each line is to make');
    expect(loud(await checkRows('Proposals', proposals('£0.150m - £0.200m')))).toEqual(['savings.range-not-figure@E6']);
  });
});

describe('savings proposals under years and units only', () => {
  test('headings of years over "£000", a section heading, codes in a blank-headed column and a wordless total', async () => {
    const proposals = (code: string, total: number): CellValue[][] => [
      ['STAR CHAMBER AND OTHER BUDGET PROPOSALS'],
      [],
      [null, null, null, '2006/07', '2007/08', '2008/09'],
      [null, null, null, '£000', '£000', '£000'],
      ['SAVINGS PROPOSALS'],
      ['Information Services', 'IS2', 'Printing and photocopying', -6, -12, -12],
      [null, 'IS3', 'Network savings', -15, -15, -15],
      ['Economic Development', 'ED7', 'Exhibitions', -3, -3, -3],
      [null, code, 'Rationalisation of stock', -5, -3, '£tbc'],
      ['Leisure', 'L3', 'Heysham Mossgate', -40, null, null],
      [null, null, null, -69, total, -30],
    ];
    expect(loud(await checkRows('Proposals', proposals('ED8', -33)))).toEqual(['cell.unreadable@F9']);
    expect(loud(await checkRows('Proposals', proposals('ED7', -36)))).toEqual([
      'id.duplicate@B9',
      'cell.unreadable@F9',
      'totals.row-mismatch@E11',
    ]);
  });
});

describe("a template's row of instructions", () => {
  test('"Date will be included here." under the headings is no item with a vague deadline', async () => {
    const result = await checkRows(
      'Actions Log',
      [
        ['Ref', 'Issue', 'Responsible Lead', 'Agreed Implementation Date', 'Status', 'Progress'],
        [106, 'Changes forms were not signed', 'Ruth Davies', 'Mar-14', 'Complete', 'Done'],
        [
          'Reference No',
          'Details taken from the internal audit report.',
          'Executive Lead',
          'Date will be included here.',
          "Please use the appropriate 'Fill Colour'.",
          'Executive lead should make a judgement on current progress.',
        ],
      ],
      '2017-10-31',
    );
    expect(loud(result)).toEqual([]);
  });

  test('"Give us the dates …", "Tell us where …" under a funder\'s headings is no item either', async () => {
    const plan = (second: string[]) =>
      checkRows(
        'Activity Plan',
        [
          ['When?', 'What?', 'Where?', 'Who will carry out the activity?'],
          second,
          ['November 2016', 'Project start date', 'The Commandery Worcester', 'Jane Smith'],
        ],
        '2016-10-31',
      );
    const instructions = [
      'Give us the dates you expect the activity to start and end.',
      'List the individual activities you will do.',
      'Tell us where the activity will take place',
      'Tell us who will be responsible for managing the activity.',
    ];
    expect(loud(await plan(instructions))).toEqual([]);
    // Two cells of instructions are no row of them: the line is an item, its date vague.
    const two = ['Sometime in the spring', 'Promote the project', ...instructions.slice(2)];
    expect(loud(await plan(two))).toContain('deadline.vague@A2');
  });
});

describe('a colour key as a table of its own above a register', () => {
  const key = (heading: string, scores: [string, string, string]) =>
    checkRows(
      'Risk Register',
      [
        [heading, 'Key', 'Action'],
        [scores[0], 'Red', 'High risk, immediate management action is required.'],
        [scores[1], 'Amber', 'Medium risk, review controls for effectiveness'],
        [scores[2], 'Green', 'Low risk, monitor and check controls if it escalates'],
      ],
      '2017-01-27',
    );

  test('a line for each colour under "Key" is a key, not three actions with no status asked', async () => {
    const result = await key('Score', ['16-25', '11-15', '1-10']);
    expect(result.readings[0].kind).toBe('skipped');
    expect(loud(result)).toEqual([]);
  });

  test('scores for each colour make it a key under any heading', async () => {
    const result = await checkRows('Plan', [
      ['Score', 'Status', 'Action'],
      ['16-25', 'Red', 'High risk, immediate management action is required.'],
      ['11-15', 'Amber', 'Medium risk, review controls for effectiveness'],
      ['1-10', 'Green', 'Low risk, monitor'],
    ]);
    expect(result.readings[0].kind).toBe('skipped');
  });

  test('three actions rated red, amber and green under "RAG" are a plan', async () => {
    const result = await checkRows('Plan', [
      ['Ref', 'RAG', 'Action'],
      ['1', 'Red', 'Review the insurance cover'],
      ['2', 'Amber', 'Publish the register'],
      ['3', 'Green', 'Train the new clerk'],
    ]);
    expect(result.readings[0].kind).toBe('action-plan');
  });
});

describe("partners' fractions of the whole, printed without a percentage format", () => {
  // After a building control partnership's trading account: each council's split of the income.
  const split = (second: [number, number], third: [number, number]) =>
    check(
      workbook(
        sheet('Split', [
          ['Building Control Partnership Trading Account'],
          [],
          [null, 'North Devon Council', 'Mid Devon District Council'],
          ['Quarter one position', 0.6377, 0.3623],
          ['Quarter two (forecast outturn)', ...second],
          ['Quarter three (forecast outturn)', ...third],
        ]),
      ),
      { asOf: '2023-10-31' },
    );

  test('are the shares: a line adding to 101% is out', async () => {
    const result = await split([0.6775, 0.3325], [0.66, 0.34]);
    expect(result.readings[0].columns.map((c) => c.meaning)).toContain('partner share: North Devon Council');
    expect(loud(result)).toEqual(['shares.sum@B5']);
  });

  test('with most lines not adding to one, they are amounts, and nothing is said of their sums', async () => {
    const result = await split([0.6775, 0.3325], [0.7, 0.34]);
    expect(result.readings[0].columns.map((c) => c.meaning)).not.toContain('partner share: North Devon Council');
  });
});

describe("a charity's balance sheet whose labels a scan split over cells", () => {
  // After a charity's accounts as their text copy lays them out: "Cash at bank and | in | hand".
  const balanceSheet = (totalHeading: string) =>
    check(
      workbook(
        sheet('Balance Sheet', [
          [null, null, null, null, null, 'Unrestricted', 'Designated', 'Restricted', '30-Sep-23', '30-Sep-22'],
          [null, null, null, null, 'Note', 'Funds', 'Funds I', 'Funds', totalHeading, 'Total'],
          ['Fixed Assets:'],
          ['Tangible assets'],
          ['Current Assets:'],
          ['Debtors', null, null, null, 8, 11895, null, null, 11895, 22023],
          ['Cash at bank and', 'in', 'hand', null, null, 74567, 113491, 170227, 358285, 336564],
          ['Total Current Assets', null, null, null, null, 86462, 113491, 170227, 370180, 358677],
          ['Creditors: amounts', null, 'falling', 'due within', 9, -2100, null, null, -2100, -2040],
          ['one year'],
          ['NET CURRENT ASSETS', null, null, null, null, 84362, 113491, 170227, 368080, 356637],
          ['TOTAL ASSETS less', null, 'current', 'liabilities', null, 84362, 113491, 170227, 368080, 356637],
          ['Creditors: amounts', null, 'falling', 'due in more', 'than'],
          ['one year', null, null, null, 10],
          ['NET ASSETS', null, null, null, null, 84362, 113491, 170227, 368080, 356637],
          ['General Funds', null, null, null, null, 84362, null, null, 84362, 82318],
        ]),
      ),
      { asOf: '2023-09-30' },
    );

  test('is figures, not a plan: the fragments of its labels are no actions or statuses', async () => {
    const result = await balanceSheet('Total I');
    expect(result.readings.map((r) => r.kind)).not.toContain('action-plan');
    expect(loud(result).filter((id) => id.startsWith('status') || id.startsWith('owner'))).toEqual([]);
  });
});

describe("each authority's bid and issued allocation, by authority, under two accounts", () => {
  // After a written answer's table of housing capital allocations (£ million).
  const allocations = (bid: string, issued: string) =>
    check(
      workbook(
        sheet('Capital allocations', [
          ['Gross Housing Capital Allocations 1988–89 (£ million)'],
          [null, 'Housing Revenue Account', null, 'Non-Housing Revenue Account'],
          ['Authority', bid, issued, bid, issued],
          ['Berwickshire', 1.017, 0.85, 0.5, 0.5],
          ['Ettrick and Lauderdale', 1.922, 1.8, 0.8, 0.65],
          ['Roxburgh', 4.545, 4.0, 0.725, 0.6],
          ['Tweeddale', 0.365, 0.365, 0.3, 0.3],
          ['Clackmannan', 6.656, 5.0, 0.76, 0.45],
        ]),
      ),
      { asOf: '1988-05-16' },
    );

  test('names no partners: "Issued" and "Authority\'s" are no councils, so no shares are added up', async () => {
    const result = await allocations("Authority's Bid", 'Issued Allocation');
    expect(result.readings.flatMap((r) => r.columns).some((c) => c.meaning.startsWith('partner'))).toBe(false);
    expect(loud(result)).toEqual([]);
  });

  test('nor does either word alone', async () => {
    for (const [bid, issued] of [
      ["Authority's Bid", 'Allocation'],
      ['Bid', 'Issued Allocation'],
    ]) {
      const result = await allocations(bid, issued);
      expect(result.readings.flatMap((r) => r.columns).some((c) => c.meaning.startsWith('partner'))).toBe(false);
    }
  });
});

describe("a paper's implications checklist: each heading ticked '√' and a word on it", () => {
  test('is no plan of actions: the ticks are answers, not actions', async () => {
    const result = await check(
      workbook(
        sheet('Cover', [
          ['4.', 'Departmental contact'],
          [null, 'Peter Skelton, Chief Finance Officer'],
          [],
          ['HR', '√', 'No issues arising'],
          ['Training', '√', 'No issues arising'],
          ['Legal', '√', 'No issues arising'],
          ['Finance', '√', 'As detailed in report'],
          ['Communications', '√', 'No issues arising'],
          ['Engagement', '√', 'The budgets have been signed off by each Head'],
        ]),
      ),
      { asOf: '2016-05-26' },
    );
    expect(result.readings.some((r) => r.kind === 'action-plan')).toBe(false);
    expect(loud(result)).toEqual([]);
  });
});

describe("a LEP's funding programme: projects by reference, each with its lead and start date", () => {
  const programme = (start: string, lead = 'Tbc', when = ['Tbc', 'Mar 2021', 'Apr 2021']) =>
    check(
      workbook(
        sheet('Funding', [
          ['Funding Allocations'],
          ['Ref', 'Project name', 'Lead', 'Programme', start, 'Funding offer (£m)'],
          ['GB01', 'Torquay Gateway', lead, 'GBF', when[0], 'Tbc'],
          ['GB02', 'Concourse Phase 2', 'Exeter City Council', 'GBF', when[1], 1.2],
          ['GB03', 'Burrows Centre', 'Jane Smith', 'GBF', when[2], 0.8],
        ]),
      ),
      { asOf: '2020-11-30' },
    );

  test('is a tracker of the programme: a lead still "Tbc" names nobody', async () => {
    const result = await programme('Start date');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toContain('owner.missing@C3');
    expect(loud(await programme('Start date', 'Sam Jones'))).not.toContain('owner.missing@C3');
  });

  test('with no column saying when each starts, it is a list of allocations, left alone', async () => {
    const rounds = ['Round 1', 'Round 1', 'Round 2'];
    expect((await programme('Round', 'Tbc', rounds)).readings[0].kind).toBe('skipped');
    expect((await programme('Start date', 'Tbc', rounds)).readings[0].kind).toBe('action-plan');
  });
});

describe('fractions over one denominator under "Proportion", as a tax base gives each band', () => {
  const bands = (proportions: string[]) =>
    check(
      workbook(
        sheet('CF Notes', [
          ['Band', 'Total No. of Dwellings', 'Proportion to Band D', 'Band D Equivalent'],
          ...proportions.map((p, i) => [`Band ${String.fromCharCode(65 + i)}`, 1000 * (i + 1), p, 900 * (i + 1)]),
        ]),
      ),
      { asOf: '2002-09-30' },
    );
  const meaningOfC = async (proportions: string[]) =>
    (await bands(proportions)).readings[0]?.columns.find((c) => c.letter === 'C')?.meaning;

  test('ninths are fractions, not shares: no split is read and nothing is flagged', async () => {
    const result = await bands(['5/9', '6/9', '7/9', '8/9', '1', '11/9']);
    expect(result.readings[0]?.columns.find((c) => c.letter === 'C')?.meaning).not.toBe('split');
    expect(loud(result)).toEqual([]);
    expect(await meaningOfC(['5/9', '6/9', '1', '8/9', '1', '1'])).not.toBe('split');
  });

  test('two are too few to say; over two denominators, or coming to a hundred, they are splits', async () => {
    expect(await meaningOfC(['5/9', '6/9', '1', '1', '1', '1'])).toBe('split');
    expect(await meaningOfC(['5/9', '6/8', '7/9', '8/9', '1', '11/9'])).toBe('split');
    expect(await meaningOfC(['60/40', '75/25', '50/50', '1', '1', '1'])).toBe('split');
  });
});

describe("a meeting's declarations of interest: who declared what, and what they did", () => {
  // After a district council's scrutiny committee minutes.
  const declarations = (heading: string) =>
    check(
      workbook(
        sheet('Declarations', [
          ['Members present at the meeting declared the following personal interests.'],
          [null, 'Minute No.', heading, 'Action Taken'],
          ['Cllr N Cavill', 'All Items', 'West Monkton', 'Spoke and Voted'],
          ['Cllr S Coles', 'All Items', 'SCC & Taunton Charter Trustee', 'Spoke and Voted'],
          ['Cllr J Hunt', 'All Items', 'SCC & Bishop’s Hull', 'Spoke and Voted'],
          ['Cllr L Lisgo', 'All Items', 'Taunton Charter Trustee', 'Spoke and Voted'],
        ]),
      ),
      { asOf: '2020-12-02' },
    );

  test('is no action plan: "Spoke and Voted" is what each did, not two people to act', async () => {
    const result = await declarations('Description of Interest');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].kindReason).toBe('a record of the interests declared at a meeting, not actions');
  });

  test('without a heading naming the interests, the same columns are read as actions', async () => {
    expect(loud(await declarations('Description'))).not.toEqual([]);
  });
});

describe('"Input / service area(s)" right of the actions in a plan with no lead column', () => {
  // After a planning peer challenge action plan.
  const plan = (heading: string) =>
    check(
      workbook(
        sheet('Action plan', [
          ['Ref', 'Details', 'Action(s)', heading, 'Due by'],
          [
            'R1',
            'Planning Committee requires an overhaul.',
            'a. Publish the peer review report',
            'Planning',
            'July 2025',
          ],
          [
            'R3',
            'Roles need to be defined.',
            'a. Review planning protocols',
            'Planning / legal / democratic services',
            'Autumn 2025',
          ],
          ['R4', 'Member training is needed.', 'a. Deliver a training programme', 'Democratic Services', 'June 2025'],
        ]),
      ),
      { asOf: '2025-06-01' },
    );

  test('names the services that act on each: several in one cell share the lead', async () => {
    const result = await plan('Input / service area(s)');
    expect(meaningOf(result, 'Input / service area(s)')).toBe('owner');
    expect(loud(result)).toContain('owner.multiple@D3');
  });

  test('headed only as the service area, it is what the line is about', async () => {
    const result = await plan('Service area(s)');
    expect(meaningOf(result, 'Service area(s)')).not.toBe('owner');
    expect(loud(result).filter((f) => f.startsWith('owner'))).toEqual([]);
  });
});

describe('"NAME | ACTION": a review of the last meeting\'s actions, each beside whose it is', () => {
  // After a playgroup committee's minutes.
  const review = (names: string[]) =>
    check(
      workbook(
        sheet('Actions', [
          ['Review of Actions from Last Meeting'],
          ['NAME', 'ACTION'],
          [names[0], 'Provide list of planned themed days for website'],
          [names[1], 'Produce A5 flyers to give to Robyn for use in surgery'],
          [names[2], 'Update induction booklet'],
          [names[3], 'Consolidate recruitment and other policy docs'],
          [names[4], 'Review work done on policies and procedures last year'],
        ]),
      ),
    );

  test('over people, "NAME" is who acts: two named, or none, are flagged', async () => {
    const result = await review(['Wendy', 'Maxine', 'Zoe/Wendy', 'Maxine', '']);
    expect(meaningOf(result, 'NAME')).toBe('owner');
    expect(loud(result)).toEqual(['owner.multiple@A5', 'owner.missing@A7']);
  });

  test('over three people in five it is who acts; over two, the names of something else', async () => {
    const things = ['Induction booklet', 'Website update', 'A5 flyers'];
    expect(meaningOf(await review(['Wendy', 'Maxine', 'Zoe', ...things.slice(1)]), 'NAME')).toBe('owner');
    expect(meaningOf(await review(['Wendy', 'Maxine', ...things]), 'NAME')).not.toBe('owner');
  });
});

describe('a plan printing each recommendation across the table, over the actions answering it', () => {
  // After a borough's response to its peer challenge: a recommendation merged across Action,
  // Responsible Officer and Timeframe, then its actions, each with its officer and month.
  const recommendation =
    'Embed regular Cabinet and Management Team joint working by creating time and space for discussion on strategy. For example, more joint meetings and away days';
  const plan = (merges: string[]) =>
    check(
      workbook({
        ...sheet('Peer Challenge Action Plan', [
          ['Action', 'Responsible Officer', 'Timeframe'],
          [recommendation],
          ['To agree with the Leader an approach to more joint working.', 'Chief Executive', 'April 2020'],
          ['Develop a corporate project plan to maintain an overview of projects.', 'Chief Executive', 'June 2020'],
        ]),
        merges,
      }),
      { asOf: '2020-02-03' },
    );

  test('the merged line is a heading, whatever its length, not an action with no officer or date', async () => {
    expect(loud(await plan(['A2:C2']))).toEqual([]);
  });

  test('merged over part of the table only, or not at all, it is read as an action', async () => {
    expect(loud(await plan(['A2:B2']))).toEqual(['owner.missing@B2', 'deadline.missing@C2']);
    expect(loud(await plan([]))).toEqual(['owner.missing@B2', 'deadline.missing@C2']);
  });
});
