/**
 * Reading real layouts: header words by head noun, cell evidence, sheet kind from evidence,
 * several tables on a sheet, stacked headers, section/key/note rows, partners, absent columns.
 */
import { TableReader, detectTables } from '../../src/core/tables/detect';
import { Vocabulary } from '../../src/core/tables/columns';
import { headerWords } from '../../src/core/tables/header-words';
import { defaultProfile } from '../../src/core/profile';
import type { CellValue } from '../../src/core/snapshot';
import { check, ids, loud, sheet, workbook } from './support/workbooks';

const vocabulary = new Vocabulary({});
const meaningOf = (header: string) => vocabulary.read(headerWords(header))[0]?.meaning;

function tables(values: CellValue[][]) {
  return detectTables(sheet('Sheet1', values), new TableReader(defaultProfile()));
}

describe('a header is read by the noun it is about, with years, units and marks set aside', () => {
  test.each([
    ['To be completed by', 'deadline'],
    ['Complete by', 'deadline'],
    ['Target month', 'deadline'],
    ['Due month', 'deadline'],
    ['Required by', 'deadline'],
    ['Date required', 'deadline'],
    ['Implementation by', 'deadline'],
    ['Target quarter', 'deadline'],
    ['Date for implementation', 'deadline'],
    ['Date for delivery', 'deadline'],
    ['Delivery date', 'deadline'],
    ['Target delivery date', 'deadline'],
    ['Planned delivery date', 'deadline'],
    ['Date for action', 'deadline'],
    ['Led by', 'owner'],
    ['Action lead', 'owner'],
    ['Lead person', 'owner'],
    ['Person', 'owner'],
    ['Persons', 'owner'],
    ['Delivery lead', 'owner'],
    ['Lead Cabinet Member', 'owner'],
    ['Champion', 'owner'],
    ['Sponsor', 'owner'],
    ['Manager', 'owner'],
    ['Open/Closed', 'status'],
    ['Closed?', 'status'],
    ['On track?', 'status'],
    ['Completed Y/N', 'status'],
    ['Revised completion', 'revisedDeadline'],
    ["2025/26 Savings Target £'000", 'target'],
    ['Savings target *', 'target'],
    ['Saving proposal', 'service'],
    ['Savings description', 'service'],
    ['Target date', 'deadline'],
    ['Target Dates', 'deadline'],
    ['Timetable', 'deadline'],
    ['Agreed date', 'deadline'],
    ['Achieved to date', 'achieved'],
    ['Net Savings Achieved £m', 'achieved'],
    ['Achieved/ Anticipated £000', 'achieved'],
    ['Basis of the apportionment of costs between SHDC and WDBC', 'basis'],
    ['Allocation of South Hams District Council (SHDC) to West Devon Borough Council (WDBC)', 'split'],
    ['Officer responsible for action', 'owner'],
    ['Assigned to', 'owner'],
    ['Next review', 'deadline'],
    ['Who is responsible for action?', 'owner'],
    ['Lead Officer/EM', 'owner'],
    ['SRO', 'owner'],
    ['Delivery confidence', 'status'],
    ["NHS Tayside's Assessment – Rating", 'status'],
    ['Action Points', 'action'],
    ['THOSE INVOLVED WITH DATES FOR COMPLETION WHERE APPROPRIATE', 'owner'],
    ['Funding Recommended', 'amount'],
    ['Funding offer (£m)', 'amount'],
    ['Action taken or Planned to Date', 'action'],
    ['Recommendation Made', 'recommendation'],
    ['% of net budget', 'notUsed'],
    ['Forecast outturn Month 9', 'achieved'],
    ['June 2007 outturn', 'achieved'],
    ['March 2008 target', 'target'],
    ['Who by?', 'owner'],
    ['When?', 'deadline'],
    ['What?', 'action'],
    ['Risk Number', 'id'],
    ["Savings reported achieved month 6 £'000", 'achieved'],
    ["Saving included in 2015/16 Budget £'000", 'target'],
    ["Savings not achievable £'000", 'notUsed'],
    ["Savings achieved @ outturn £'000", 'achieved'],
    ['Target\nAmount\n£000\u2019s', 'target'],
    ['Delivered Amount £000s', 'achieved'],
    ['R/A/G', 'status'],
    ['Potential saving for 2011/12', 'target'],
    ['Indicative savings', 'target'],
    ['HOS', 'owner'],
    ['BH', 'owner'],
    ['Budget holder', 'owner'],
    ['Annual payment', 'amount'],
    ['Unitary authority', 'service'],
    ['Requested extension', 'revisedDeadline'],
    ['Action/Target *', 'action'],
    ['Savings proposal', 'service'],
    ['In Year Annual Plan £k', 'target'],
    ['Variance (2)', 'notUsed'],
    ['Lead Directorate', 'owner'],
    ['Lead Dept', 'owner'],
    ['Key contact', 'owner'],
    ['Exec Lead', 'owner'],
    ['Actioned by', 'owner'],
    ['Allocated to', 'owner'],
    ['Team Leader', 'owner'],
    ['Time frame', 'deadline'],
    ['Expected by', 'deadline'],
    ['Deliver by', 'deadline'],
    ['Completion target', 'deadline'],
    ['Target for completion', 'deadline'],
    ['Date to be implemented', 'deadline'],
    ['Timeline', 'deadline'],
    ['Key dates', 'deadline'],
    ['Responsible Team', 'owner'],
    ['Lead service area', 'owner'],
    ['Lead Authority / Group', 'owner'],
    ['Start Date', 'notUsed'],
    ['To take place by', 'deadline'],
    ['Progress Against Risk', 'progress'],
    ['BY (DATE)', 'deadline'],
    ['By date', 'deadline'],
    ['DATE\nby when', 'deadline'],
    ['To be achieved by', 'deadline'],
    ['How will we measure success?', 'notUsed'],
    ['When it will be done', 'deadline'],
    ['When it will be delivered', 'deadline'],
    ['When it will be completed', 'deadline'],
    // A trust's publication tracker: who each task is liaised with, the people who see it done.
    ['Liaise', 'owner'],
  ])('"%s" → %s', (header, meaning) => {
    expect(meaningOf(header)).toBe(meaning);
  });

  test('"Primary Action Requested": the word after the noun says what is asked, as "Required" does', () => {
    const read = (header: string) => vocabulary.read(headerWords(header))[0];
    expect(read('Primary Action Requested')).toEqual({ ...read('Primary Action Required'), wording: 'action' });
  });

  test('a possessor qualifies the noun it owns: "Officer\u2019s Fees" are no officer, "Officer\u2019s name" is one', () => {
    expect(meaningOf('Deputy Returning Officer\u2019s Fees for conducting the election')).toBeUndefined();
    expect(meaningOf("Deputy Returning Officer's Fees")).toBeUndefined();
    expect(meaningOf("Responsible Officer's name")).toBe('owner');
    expect(meaningOf('Deputy Returning Officer Fees')).toBe('owner');
  });

  test('a wording for the whole header does not read a longer one: "No of units" is not a reference', () => {
    expect(meaningOf('No.')).toBe('id');
    expect(meaningOf('No of Units of Subscription')).not.toBe('id');
  });
});

test('an outturn is read as the achievement only where no column says so better', () => {
  const { tables: found } = tables([
    ['Service', 'Forecast outturn £000', 'Savings proposed £000', 'Net savings achieved £000'],
    ['Libraries', 3647, 132, 120],
    ['Schools', 13898, 1665, 1589],
  ]);
  expect(found[0].columns.achieved?.column).toBe(4);
  expect(found[0].columns.target?.column).toBe(3);
});

describe('cells confirm, choose or overturn a header reading', () => {
  test('"Cost" over text labels is not money, and the table is left alone', () => {
    const { tables: found, readings } = tables([
      ['Item', 'Cost', 'Notes'],
      ['Room hire', 'Free to members', 'Booked via the clerk'],
      ['Refreshments', 'At cost', 'Ordered weekly'],
      ['Printing', 'Included', 'In house'],
    ]);
    expect(found).toHaveLength(0);
    expect(readings[0].columns.find((c) => c.header === 'Cost')?.meaning).toBe('not used');
  });

  test('"Target" over dates is a deadline; a status column of narrative stays the status column', () => {
    const { tables: found } = tables([
      ['Action', 'Lead', 'Target', 'Status'],
      [
        'Review the policy',
        'Head of Finance',
        '31/03/2025',
        'Work is under way with the new contractor and a report will follow in spring',
      ],
      [
        'Train the staff',
        'HR Manager',
        '30/06/2025',
        'Sessions have been booked for every team and the first has taken place',
      ],
      [
        'Publish the plan',
        'Chief Executive',
        'March 2026',
        'A draft has been shared with members and comments are due next month',
      ],
    ]);
    expect(found[0].kind).toBe('action-plan');
    expect(found[0].columns.deadline?.header).toBe('Target');
    expect(found[0].columns.status?.header).toBe('Status');
  });
});

describe('sheet kind from evidence', () => {
  test('a project tracker (SRO, end date, delivery confidence, budget) is an action plan, not a savings sheet', () => {
    const { tables: found } = tables([
      ['Project', 'SRO', 'End date', 'Delivery confidence', 'Budget £m'],
      ['Leisure centre', 'Director of Place', '31/03/2026', 'A', 12.5],
      ['Depot move', 'Director of Resources', '30/09/2025', 'G', 4.1],
    ]);
    expect(found[0].kind).toBe('action-plan');
  });

  test('"Year, Category, Cost, Revenue" is left alone with the reason', () => {
    const { tables: found, readings } = tables([
      ['Year', 'Category', 'Cost', 'Revenue'],
      [2021, 'Parking', 120000, 340000],
      [2022, 'Parking', 125000, 360000],
      [2023, 'Markets', 40000, 52000],
    ]);
    expect(found).toHaveLength(0);
    expect(readings[0].kind).toBe('skipped');
    expect(readings[0].kindReason).toMatch(/not an action plan or savings tracker/);
    expect(readings[0].kindReason).toMatch(/no owner, deadline or status beside the items/);
  });

  test('a roadmap naming only who sponsors each project is left alone, saying it has owners and nothing else', () => {
    const { tables: found, readings } = tables([
      ['Programme / Project', 'Sponsor'],
      ['Strategic Asset Management', 'Susan Attard'],
      ['Income Generation', 'Peter Kane'],
      ['Remodelling Libraries', 'David Pearson'],
    ]);
    expect(found).toHaveLength(0);
    expect(readings[0].kindReason).toMatch(
      /\(service, owner\): owner column only, with no deadline, status or action beside/,
    );
  });
});

test('a What? / How? / Who by? / When? plan is an action plan', () => {
  const { tables: found } = tables([
    ['No', 'What?', 'How?', 'Who by?', 'When?'],
    [1, 'Improve the website', 'Appoint a web officer', 'Head of Communications', 'September 2004'],
    [2, 'Review the complaints process', 'Report to Executive', 'Chief Executive', 'Ongoing'],
  ]);
  expect(found[0].kind).toBe('action-plan');
  expect(found[0].columns.owner?.column).toBe(4);
  expect(found[0].columns.deadline?.column).toBe(5);
});

describe('tables on a sheet', () => {
  test('a second table below the first has its own header, kind and totals', () => {
    const { tables: found } = tables([
      ['General Fund'],
      ['Service', 'Savings target £', 'Achieved £'],
      ['Waste', 100000, 90000],
      ['Parks', 50000, 50000],
      ['Total General Fund', 150000, 140000],
      [],
      ['Housing Revenue Account'],
      ['Service', 'Savings target £', 'Achieved £'],
      ['Repairs', 30000, 30000],
      ['Total HRA', 30000, 30000],
    ]);
    expect(found.map((t) => [t.headerRow, t.rows.map((r) => `${r.row}${r.kind[0]}`).join(' ')])).toEqual([
      [2, '3i 4i 5t'],
      [8, '9i 10t'],
    ]);
  });

  test('a header stacked over four rows is read as one header per column', () => {
    const { tables: found } = tables([
      ['Savings Monitoring 2023/24'],
      [null, '2023/24', 'Gross Savings', 'Net'],
      [null, 'Savings', 'Achieved/', 'Savings'],
      [null, 'Proposed', 'Anticipated', 'At Risk'],
      ['Directorate', "£'000", "£'000", "£'000"],
      ['Place', 1866, 1680, 186],
      ['People', 4316, 3010, 1306],
      ['Total', 6182, 4690, 1492],
    ]);
    const t = found[0];
    expect(t.firstHeaderRow).toBe(2);
    expect(t.headerRow).toBe(5);
    expect(t.columns.target?.column).toBe(2);
    expect(t.columns.achieved?.column).toBe(3);
    expect(t.moneyScale.get(2)).toBe(1000);
    expect(t.rows.map((r) => r.kind)).toEqual(['item', 'item', 'total']);
  });

  test('section headings, a colour key and footnotes are not items', () => {
    const { tables: found, readings } = tables([
      ['Ref', 'Action', 'Lead officer', 'Target date', 'RAG'],
      ['Place directorate'],
      ['P1', 'Review fees', 'Head of Place', '31/03/2025', 'G'],
      ['People directorate'],
      ['C1', 'Review care packages', 'Director of People', '31/03/2025', 'A'],
      [],
      ['Key: R = off track, A = at risk, G = on track, B = complete'],
      ['* Dates agreed at Cabinet in June'],
    ]);
    expect(found[0].rows.filter((r) => r.kind === 'item').map((r) => r.row)).toEqual([3, 5]);
    expect(readings[0].skippedRows.map((s) => `${s.row} ${s.reason}`)).toEqual([
      '2 section heading',
      '4 section heading',
      '7 key',
      '8 note',
    ]);
  });

  test('a blank header over the label column keeps the column, and the totals row is found', () => {
    const { tables: found } = tables([
      [null, 'Strategic Planning £', 'Other Functions £', 'Total Levy £'],
      ['Conwy County Borough Council', 58510, 65370, 123880],
      ['Denbighshire Council', 52080, 55220, 107300],
      ['Total Levy', 110590, 120590, 231180],
    ]);
    expect(found[0].firstColumn).toBe(1);
    expect(found[0].rows.map((r) => r.kind)).toEqual(['item', 'item', 'total']);
  });
});

describe('partners', () => {
  test('"Item Charge", "Weekly Charge", "Nightly Charge" are kinds of charge, not partners named "Item" or "Weekly"', () => {
    const { tables: found } = tables([
      ['Area', 'Item Charge', 'Weekly Charge', 'Nightly Charge', '42 weeks'],
      ['Town House', 'Rent', 88.72, 12.6743, 3726.24],
      [null, 'Utilities', 6.06, 0.8657, 254.52],
      [null, 'TOTAL', 94.78, 13.54, 3980.76],
    ]);
    expect(found[0].partners).toEqual([]);
  });

  test('columns headed only by a council name or an abbreviation with a unit', () => {
    const { tables: found } = tables([
      ['Service', 'Cost £m', 'NDC £m', 'TDC £m'],
      ['Waste', 3.0, 1.8, 1.2],
      ['Legal', 1.0, 0.5, 0.5],
    ]);
    expect(found[0].partners.map((p) => [p.name, p.amount?.column])).toEqual([
      ['NDC', 3],
      ['TDC', 4],
    ]);
    const full = tables([
      ['Service', 'Total cost', 'North Devon Council', 'Torridge District Council'],
      ['Waste', 3000, 1800, 1200],
    ]).tables[0];
    expect(full.partners.map((p) => p.name)).toEqual(['North Devon Council', 'Torridge District Council']);
  });

  test('"Basis of …" and a percentage-of-budget column are not partners', () => {
    const { tables: found } = tables([
      ['Service', 'Allocation SHDC/WDBC', 'Basis of SHDC and WDBC split', '% of budget'],
      ['Legal', '70%/30%', 'Time allocation', 0.2],
    ]);
    expect(found[0].partners).toEqual([]);
    expect(found[0].columns.basis?.column).toBe(3);
    expect(found[0].splitPartners).toEqual(['SHDC', 'WDBC']);
  });
});

describe('checks on real layouts', () => {
  test('an absent column is one note on the header row, never a finding on every row', async () => {
    const result = await check(
      workbook(
        sheet('Allocations 2023/24', [
          ['Shared services allocation of costs 2023/24'],
          ['Service', 'Allocation SHDC/WDBC', 'Basis'],
          ['Legal', '70%/30%', 'Time allocation'],
          ['Council Tax', '63%/37%', 'Properties'],
        ]),
        sheet('Plan', [
          ['Recommendation', 'Response', 'Status'],
          ['Review the risk register', 'Agreed', 'Complete'],
          ['Set an exit strategy', 'Agreed', 'In progress'],
        ]),
      ),
    );
    expect(ids(result)).toEqual(['table.checks-skipped@A1']);
    expect(result.findings[0].severity).toBe('info');
    expect(result.findings[0].message).toBe(
      'This action plan has no lead officer or deadline column: owner and deadline checks were skipped.',
    );
  });

  test('RAG letters are statuses, not unknown words', async () => {
    const result = await check(
      workbook(
        sheet('Plan', [
          ['Action', 'Lead officer', 'Target date', 'RAG'],
          ['Review fees', 'Head of Place', '31/12/2010', 'R'],
          ['Train staff', 'HR Manager', '31/12/2010', 'A'],
          ['Publish plan', 'Chief Executive', '31/12/2010', 'G'],
          ['Close accounts', 'S151 Officer', '31/12/2010', 'B'],
        ]),
      ),
    );
    expect(ids(result)).toEqual([]);
  });

  test('an achieved figure below a £0 target is a shortfall', async () => {
    const result = await check(
      workbook(
        sheet('Savings', [
          ['Directorate', 'Savings target £', 'Savings achieved £'],
          ['ORBIS', 0, -3000],
          ['Place', 1000, 1000],
        ]),
      ),
    );
    expect(ids(result)).toContain('savings.shortfall@C2');
    expect(ids(result)).not.toContain('savings.shortfall@C3');
  });

  test('partner amounts are reconciled against the column they add up to, and the message names it', async () => {
    const result = await check(
      workbook(
        sheet('Savings', [
          ['Service', 'Saving target', 'Total cost', 'BDC £', 'RBC £'],
          ['Payroll', 40000, 30000, 15000, 15000],
          ['CCTV', 40000, 30000, 15000, 16000],
        ]),
      ),
    );
    const mismatch = result.findings.filter((f) => f.ruleId === 'amounts.partners-vs-total');
    expect(mismatch.map((f) => f.row)).toEqual([3]);
    expect(mismatch[0].message).toMatch(/in Saving target\.$/);
  });

  test('a split cell and share columns on one row are both read: the one that does not add up is reported', async () => {
    const result = await check(
      workbook(
        sheet('Shares', [
          ['Service', 'Split BDC/RBC', 'BDC %', 'RBC %', 'Basis'],
          ['ICT', '60%/40%', '60%', '50%', 'Activity'],
        ]),
      ),
    );
    expect(ids(result)).toContain('shares.sum@C2');
  });

  test('the year comes from the title when the table has no year column', async () => {
    const result = await check(
      workbook(
        sheet('Savings', [
          ['Savings tracker 2024/25'],
          ['Service', 'Savings target £', 'Achieved £', 'Lead officer'],
          ['Waste', 1000, 1000, 'Head of Place'],
        ]),
      ),
    );
    expect(result.tables[0]).toBeDefined();
    expect(ids(result)).toEqual([]);
  });
});

describe('totals at the boundary of their rounding', () => {
  const totalsSheet = (total: number, unit = '£') => [
    ['Service', `Savings target ${unit}`, `Achieved ${unit}`],
    ['Waste', 100, 100],
    ['Parks', 200, 200],
    ['Total', total, 300],
  ];

  test('£1 out is rounding, £2 out is a finding (plain pounds)', async () => {
    expect(loud(await check(workbook(sheet('S', totalsSheet(301)))))).toEqual([]);
    expect(loud(await check(workbook(sheet('S', totalsSheet(302)))))).toEqual(['totals.row-mismatch@B4']);
  });

  test("in a £'000 table one unit out is rounding, two are a finding", async () => {
    expect(loud(await check(workbook(sheet('S', totalsSheet(301, "£'000")))))).toEqual([]);
    expect(loud(await check(workbook(sheet('S', totalsSheet(302, "£'000")))))).toEqual(['totals.row-mismatch@B4']);
  });

  test('a gross line is a subtotal, and the net total is it less the lines below', async () => {
    const budget = (net: number) =>
      workbook(
        sheet('S', [
          ['Source', '2025/26 £m'],
          ['Employee costs', 23.1],
          ['Premises costs', 2.9],
          ['Gross expenditure', 26],
          ['Fees and charges', -0.2],
          ['Other grants', -4.2],
          ['Total net expenditure', net],
        ]),
      );
    expect(loud(await check(budget(21.6)))).toEqual([]);
    expect(loud(await check(budget(21.9)))).toEqual(['totals.row-mismatch@B7']);
  });

  test('a subtotal is checked against its own section only; the total may add the subtotals', async () => {
    const result = await check(
      workbook(
        sheet('S', [
          ['Service', 'Savings target £', 'Achieved £'],
          ['Place'],
          ['Waste', 100, 100],
          ['Parks', 200, 200],
          ['Sub-total Place', 300, 300],
          ['People'],
          ['Care', 50, 50],
          ['Sub-total People', 60, 50],
          ['Total', 360, 350],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['totals.row-mismatch@B8']);
  });
});

describe('a schedule with one row per partner', () => {
  const levy = (carlisleShare: number, carlisleAmount: number) =>
    workbook(
      sheet('Levy', [
        ['Coroner service: apportionment of costs 2024/25'],
        ['Council', 'Population', 'Share %', 'Contribution £'],
        ['Allerdale Borough Council', 96000, 0.3, 120000],
        ['Carlisle City Council', 108000, carlisleShare, carlisleAmount],
        ['Copeland Borough Council', 68000, 0.2, 80000],
        ['Eden District Council', 48000, 0.15, 60000],
        ['Total', 320000, 1, 400000],
      ]),
    );

  test('shares add up down the column, amounts follow the shares, shares follow the population', async () => {
    expect(loud(await check(levy(0.35, 140000)))).toEqual([]);
    // Carlisle's share typed as 40%: the column no longer adds up, its amount and its population disagree.
    expect(loud(await check(levy(0.4, 140000)))).toEqual([
      'shares.driver-mismatch@C4',
      'amounts.split-mismatch@D4',
      'shares.sum@C7',
    ]);
  });

  test('a share printed to the whole percent allows its rounding: half a percent of the total either way', async () => {
    // 0.35 of £400,000 is £140,000; half a percent of the total is £2,000.
    const withFormat = (amount: number, share: CellValue = 0.35) => {
      const wb = levy(share as number, amount);
      wb.sheets[0].numberFormats = wb.sheets[0].values.map((row, r) =>
        row.map((_, c) => (c === 2 && r >= 2 ? '0%' : null)),
      );
      return check(wb);
    };
    expect(loud(await withFormat(141999))).not.toContain('amounts.split-mismatch@D4');
    expect(loud(await withFormat(142001))).toContain('amounts.split-mismatch@D4');
    // A share held to more places than "0%" shows is exact: the amount must follow it.
    expect(loud(await withFormat(141999, 0.350001))).toContain('amounts.split-mismatch@D4');
  });

  test('is read as partners by row', async () => {
    const result = await check(levy(0.35, 140000));
    expect(result.readings[0].partnerLayout).toBe('rows');
    expect(result.readings[0].partners).toEqual([
      'Allerdale Borough Council',
      'Carlisle City Council',
      'Copeland Borough Council',
      'Eden District Council',
    ]);
  });
});

describe('a user who disagrees names the header on the settings sheet', () => {
  const plan = (settings: CellValue[][]) =>
    workbook(
      sheet('Plan', [
        ['Action', 'Officer responsible', 'Programmed'],
        ['Resurface the car park', 'Head of Place', 'Spring 2010'],
      ]),
      sheet('Concordat settings', [['Setting', 'Value'], ...settings]),
    );

  test('"Header Deadline" (any case or spacing) makes the column the deadline', async () => {
    const before = await check(plan([]));
    expect(before.readings[0].columns.find((c) => c.header === 'Programmed')?.meaning).toBe('not used');
    for (const key of ['Header deadline', 'Header Deadline', 'header  deadline']) {
      const after = await check(plan([[key, 'Programmed']]));
      expect(after.readings[0].columns.find((c) => c.header === 'Programmed')?.meaning).toBe('deadline');
      expect(loud(after)).toEqual(['deadline.vague@C2']);
    }
  });

  test('"Header revised deadline" names the revised column; an unknown column is an error naming the cell', async () => {
    const revised = await check(plan([['Header revised deadline', 'Programmed']]));
    expect(revised.readings[0].columns.find((c) => c.header === 'Programmed')?.meaning).toBe('revisedDeadline');
    await expect(check(plan([['Header due by', 'Programmed']]))).rejects.toThrow(
      /Concordat settings!A2: "Header due by" names no column Concordat reads/,
    );
  });
});

test('a deadline cell that says the action is done closes it: no slippage, no vague deadline', async () => {
  const result = await check(
    workbook(
      sheet('Plan', [
        ['Action', 'Who by?', 'When?'],
        ['Appoint a Benefits Manager', 'Paul Wenham', 'Done (March 2004)'],
        ['Clear the backlog', 'Paul Wenham', 'March 2004'],
      ]),
    ),
  );
  expect(loud(result)).toEqual(['deadline.slipped@C3']);
});

test('savings reported by month: the latest is the achievement, and every figure column is totalled', async () => {
  const mandates = (month6Total: number) =>
    workbook(
      sheet('Savings', [
        [
          'Directorate',
          "Saving included in 2015/16 Budget £'000",
          "Savings reported achieved month 2 £'000",
          "Savings reported achieved month 6 £'000",
          "Savings reported achieved month 9 £'000",
        ],
        ['Enterprise', 1000, 200, 500, 900],
        ['Resources', 800, 300, 600, 800],
        ['Total', 1800, 500, month6Total, 1700],
      ]),
    );
  const right = await check(mandates(1100));
  expect(right.tables[0].columns.achieved).toMatch(/month 9/);
  expect(loud(right)).toEqual(['savings.shortfall@E2']);
  expect(loud(await check(mandates(1130)))).toEqual(['savings.shortfall@E2', 'totals.row-mismatch@D4']);
});

test('a sentence of progress in a status column is an update, not an unknown status', async () => {
  const result = await check(
    workbook(
      sheet('Tracker', [
        ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
        [
          '1',
          'Train the staff',
          'Director of Nursing',
          '30/09/2010',
          'Being tracked weekly; six training posts have been appointed and start next month',
        ],
        ['2', 'Review the policy', 'Medical Director', '30/09/2010', 'Complete'],
        ['3', 'Publish the plan', 'Chief Executive', '30/09/2010', 'Open'],
        ['4', 'Audit the wards', 'Director of Nursing', '30/09/2010', 'Pending'],
      ]),
    ),
  );
  expect(loud(result).filter((id) => id.startsWith('status.'))).toEqual([]);
});

test('driver figures written in one text cell are checked against the split', async () => {
  const allocation = (split: string) =>
    workbook(
      sheet('Allocations', [
        ['Service Area', 'Allocation of SHDC to WDBC', 'Basis of the apportionment', 'Caseload Information'],
        ['Council Tax', split, 'Properties on the valuation list', 'South Hams – 46,949\nWest Devon – 27,112'],
      ]),
    );
  // 46,949 : 27,112 is 63.4% : 36.6%. 63%/37% is within 3 points; 58%/42% is not.
  expect(loud(await check(allocation('63%/37%')))).toEqual([]);
  expect(loud(await check(allocation('58%/42%')))).toEqual(['shares.driver-mismatch@B2']);
  // At the tolerance: 2.9 points off is kept, 3.1 points off is flagged.
  expect(loud(await check(allocation('60.5%/39.5%')))).toEqual([]);
  expect(loud(await check(allocation('60.3%/39.7%')))).toEqual(['shares.driver-mismatch@B2']);
});

test('"Allocation £m" over small figures is each line\'s sum of money, however few the lines', async () => {
  // A written answer's housing allocations for six councils, in £m: 28.5 in all, no hundred.
  const allocations = (header: string) =>
    check(
      workbook(
        sheet('HIP', [
          ['Authority', header, '1979–80 Allocation £m'],
          ['Cynon Valley BC', 2.69, 3.36],
          ['Merthyr Tydfil BC', 3.61, 3.92],
          ['Ogwr BC', 5.08, 4.77],
          ['Rhondda BC', 6.18, 5.5],
          ['Rhymney Valley BC', 5.15, 5.29],
          ['Taff Ely BC', 5.06, 4.01],
        ]),
      ),
    );
  const pounds = await allocations('1980–81 Allocation £m');
  expect(pounds.readings[0].columns[1].meaning).toBe('amount');
  expect(loud(pounds)).toEqual([]);
  // (With no unit, six small figures may be shares: they are read as such, and said not to add up.)
  const bare = await allocations('1980–81 Allocation');
  expect(bare.readings[0].columns[1].meaning).toBe('split');
});

test('a header printed again down the table is not an item', async () => {
  const header = ['Ref', 'Action', 'Officer responsible', 'Target date', 'Status'];
  const result = await check(
    workbook(
      sheet('Plan', [
        header,
        ['R1', 'Review fees', 'Head of Place', '31/12/2010', 'In progress'],
        header,
        ['R2', 'Train staff', 'HR Manager', '31/12/2010', 'In progress'],
      ]),
    ),
  );
  expect(loud(result)).toEqual([]);
  expect(result.readings[0].skippedRows.map((r) => `${r.row} ${r.reason}`)).toEqual(['3 repeated header']);
});

describe('totals the way budget tables are laid out', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => [`Line ${i + 1}`, 100]);

  test('a line that adds up the lines above it is a subtotal, whatever it is called', async () => {
    const result = await check(
      workbook(
        sheet('Budget', [
          ['Area of spend', "2024/25 £'000"],
          ['Adults', 300],
          ['Children', 200],
          ['Service expenditure', 500],
          ['Corporate costs', 40],
          ['Total corporate budgets', 40],
          ['Net budget', 540],
        ]),
      ),
    );
    expect([result.readings[0].subtotalRows, result.readings[0].totalsRows]).toEqual([[4], [6]]);
    expect(loud(result)).toEqual([]);
  });

  test('a total straight after another total states a figure: nothing to add up', async () => {
    const result = await check(
      workbook(
        sheet('Budget', [
          ['Description', '2024/25 £000'],
          ['Employee costs', 850],
          ['Premises costs', 50],
          ['Total spending', 900],
          ['Total income', -150],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });

  test('rounding: two units out is rounding over eight lines, a finding over seven', async () => {
    const table = (n: number, total: number) =>
      workbook(sheet('S', [['Service', "Savings target £'000"], ...lines(n), ['Total', total]]));
    expect(loud(await check(table(8, 802)))).toEqual([]);
    expect(loud(await check(table(8, 803)))).toEqual(['totals.row-mismatch@B10']);
    expect(loud(await check(table(7, 701)))).toEqual([]);
    expect(loud(await check(table(7, 702)))).toEqual(['totals.row-mismatch@B9']);
  });
});

test('an action column that names who acts only in passing ("Council to review") stays the action', async () => {
  const result = await check(
    workbook(
      sheet('Risks', [
        ['Risk', 'Management', 'Staff action'],
        ['Loss of cash', 'Banked weekly', 'Clerk to bank'],
        ['Precept not set', 'Set in January', 'Council to review'],
        ['Invoices unpaid', 'Checked monthly', 'Clerk to chase'],
      ]),
    ),
  );
  expect(result.readings[0].columns.find((c) => c.header === 'Staff action')?.meaning).toBe('action');
  expect(loud(result)).toEqual([]);
});

test('a year-to-date figure gives way to the same figure for the whole year', () => {
  const { tables: found } = tables([
    ['Projects', 'Annual Plan £k', 'Forecast Outturn £k', 'Year to Date Plan £k', 'Year to Date Actual £k'],
    ['Estates', 300, 280, 150, 120],
    ['Travel', 204, 180, 100, 90],
  ]);
  expect(found[0].columns.target?.column).toBe(2);
  expect(found[0].columns.achieved?.column).toBe(3);
});

describe('totals that add up the lines just above them, and columns that are not sums', () => {
  test('a total of the run of lines just above it, under a line it does not include', async () => {
    const funding = (total: number) =>
      workbook(
        sheet('Tax', [
          ['', "2024/25 £'m"],
          ['Net revenue budget', 326.1],
          ['Grants', 37.5],
          ['Business rates', 58.7],
          ['Collection fund surplus', 3.0],
          ['Total funding', total],
        ]),
      );
    expect(loud(await check(funding(99.2)))).toEqual([]);
    expect(loud(await check(funding(99.9)))).toEqual(['totals.row-mismatch@B6']);
  });

  test('a total is never just a copy of the line above it', async () => {
    const result = await check(
      workbook(
        sheet('S', [
          ['Service', 'Savings target £'],
          ['Waste', 100],
          ['Parks', 200],
          ['Total', 200],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['totals.row-mismatch@B4']);
  });

  test('pounds, a tax base and a rate in one column are not added up', async () => {
    const result = await check(
      workbook(
        sheet('Tax', [
          ['', '2024/25'],
          ['Council tax requirement £m', 132.3],
          ['Tax base', 72871],
          ['Band D council tax £', 1816.15],
          ['Police precept £', 18293410],
          ['Grand total Band D £', 2152.24],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });
});

test('two dates on the lines of one deadline cell: the date agreed and the date it moved to', async () => {
  const tracker = (due: string) =>
    workbook(
      sheet('Tracker', [
        ['Ref', 'Action', 'Lead', 'Due date', 'Status'],
        ['1', 'Train the staff', 'Director of Nursing', due, 'Open'],
      ]),
    );
  // As of 14 June 2010: moved from 1 May to 1 July, so not overdue but moved later.
  expect(loud(await check(tracker('01.05.2010\n01.07.2010')))).toEqual(['deadline.revised-later@D2']);
  // Moved to a date that has also passed: overdue against the new date.
  expect(loud(await check(tracker('01.04.2010\n01.05.2010')))).toEqual([
    'deadline.slipped@D2',
    'deadline.revised-later@D2',
  ]);
  // One date: no revision.
  expect(loud(await check(tracker('01.07.2010')))).toEqual([]);
});

test('"Actions arising from meeting" heads the actions as surely as "Actions"', async () => {
  // After a parish council's minutes: the actions, each naming who acts, and when by.
  const result = await check(
    workbook(
      sheet('Minutes', [
        ['Actions arising from meeting', 'Target date'],
        ['1. Clerk to book a venue for the speeding meeting and send invites out.', 'As soon as possible'],
        ['2. Cllr Inglis to produce a report before the meeting.', 'By 4th October 18'],
        ['3. Clerk to liaise with the Lengthman on the trim trail equipment.', 'By next meeting'],
      ]),
    ),
    { asOf: '2018-09-12' },
  );
  expect(result.readings[0]?.columns.find((c) => c.letter === 'A')?.meaning).toBe('action');
  expect(ids(result)).toContain('deadline.vague@B2');
  expect(meaningOf('Arising from')).toBe('id');
  expect(meaningOf('Matters arising')).toBe('recommendation');
});
