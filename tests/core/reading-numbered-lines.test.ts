/**
 * Tables whose lines carry a number of their own ("No." over 1, 2, 3…) before everything else, as
 * many councils' copies do: the number only counts the lines, so the table must read as it would
 * without it — the references, the names of the lines, the subtotals and the tables below.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][], asOf = '2013-11-30') => check(workbook(sheet('Plan', rows)), { asOf });

describe('the references beside a count of the lines', () => {
  const plan = (numbers: CellValue[]) =>
    run([
      ['No.', null, 'Actions', 'Responsible', 'Timescale'],
      [numbers[0], '1.1.1', 'Develop an economic development plan', 'Town Clerk', 'April 2014'],
      [numbers[1], '1.1.2', 'Co-ordinate the town centre projects', 'Town Clerk', 'April 2014'],
      [numbers[2], '1.1.2', 'Gather data on local businesses', 'Town Clerk', 'April 2014'],
    ]);

  test('codes under a blank header beside 1, 2, 3 are the references, and a repeated one is found', async () => {
    const result = await plan([1, 2, 3]);
    expect(result.readings[0].columns.map((c) => c.meaning).slice(0, 2)).toEqual(['not used', 'id']);
    expect(loud(result)).toEqual(['id.duplicate@B4']);
  });

  test('numbers that skip (1, 2, 4) are references of their own and stay the reference', async () => {
    const result = await plan([1, 2, 4]);
    expect(result.readings[0].columns[0].meaning).toBe('id');
    expect(loud(result)).toEqual([]);
  });

  test('"Action" over codes, its words in the blank column beside them, after a count of the lines', async () => {
    const result = await run([
      ['No.', 'Action', null, 'Lead', 'Target date'],
      [1, '1.6F', 'Improve the protection of historic farmsteads', 'AONB Officer', '31/03/2014'],
      [2, '2.3D', 'Raise the profile of community projects', 'AONB Officer', '31/03/2014'],
      [3, '2.3D', 'Support a Friends of Bowland group', 'AONB Officer', '31/03/2014'],
    ]);
    expect(result.readings[0].columns.map((c) => c.meaning).slice(0, 3)).toEqual(['not used', 'id', 'action']);
    expect(loud(result)).toEqual(['id.duplicate@B4']);
  });
});

test('a title over the items’ names, right of the count, is a title and not a heading over every column', async () => {
  const result = await run([
    [null, 'BEST VALUE ACTION PLAN - SCHEDULE'],
    ['No.', 'Ref', 'Item', 'Led by', 'Finish by'],
    [1, '1.1', 'Show the links between the plans', 'Chris Smith', '31/05/2014'],
    [2, '1.2', 'Explain how public views shaped the plan', 'Chris Smith', '30/06/2014'],
    [3, '1.3', 'Agree the protocol with members', null, '30/06/2014'],
  ]);
  expect(result.readings[0].headerRows).toEqual([2, 2]);
  expect(loud(result)).toEqual(['owner.missing@D5']);
});

describe('small whole numbers adding up by chance', () => {
  // Two columns of scores; the third line's scores equal the two above added together.
  const scores = (first: number) =>
    run([
      ['Ref', 'Risk', 'Likelihood', 'Impact', 'Owner'],
      ['R1', 'Loss of income', first, first, 'Clerk'],
      ['R2', 'Damage to assets', 1, 1, 'Clerk'],
      ['R3', 'Failure of the bank', first + 1, first + 1, 'Clerk'],
      ['R4', 'Fraud', 2, 2, 'Clerk'],
    ]);

  test('scores of ten or less above (10 and 1, then 11 in each column) are chance: the line is a line', async () => {
    expect((await scores(10)).readings[0].subtotalRows).toEqual([]);
  });

  test('figures over ten above (11 and 1, then 12 in each column) agreeing in every column make a subtotal', async () => {
    expect((await scores(11)).readings[0].subtotalRows).toEqual([4]);
  });
});

describe('a second table laid out like the first', () => {
  const budget = (numbered: boolean, secondLabel: string) =>
    run(
      [
        ['How the money is spent'],
        ['Area of spend', '2023 to 2024 budget £m', '2024 to 2025 budget £m'],
        ['Adult Services', 67.2, 67.6],
        ["Children's Services", 56.8, 59.6],
        ['Resources', 37, 40.9],
        ['Net budget', 161, 168.1],
        [],
        ['Where the money comes from'],
        [secondLabel, '2023 to 2024 budget £m', '2024 to 2025 budget £m'],
        ['Revenue support grant', -8.4, -9],
        ['Retained business rates', -56.6, -63.6],
        ['Total sources of finance', -65, -72.6],
        ['Total council tax requirement', 96, 95.5],
      ].map((row, i) => (numbered && row.length > 1 ? [i === 1 || i === 8 ? 'No.' : null, ...row] : row)),
      '2024-03-01',
    );

  test('under a heading worded otherwise ("Sources of finance") it is a table of its own', async () => {
    const result = await budget(false, 'Sources of finance');
    expect(result.readings.map((r) => r.range)).toEqual(['A2:C6', 'A9:C13']);
    expect(loud(result)).toEqual([]);
  });

  test('with a number column before both, it is still a table of its own', async () => {
    const result = await budget(true, 'Sources of finance');
    expect(result.readings.length).toBe(2);
    expect(loud(result)).toEqual([]);
  });

  test('the same three headings again are the header printed again over a new page', async () => {
    const result = await budget(false, 'Area of spend');
    expect(result.readings[0].skippedRows.map((r) => r.reason)).toContain('repeated header');
  });
});

describe('one heading worded otherwise in a header printed again', () => {
  const tracker = (headings: string[], again: string[]) =>
    run([
      headings,
      ['R1', 'Review the debtors policy', 'Head of Finance', '31/03/2014', 'Open'],
      ['R2', 'Reconcile the bank weekly', 'Head of Finance', '31/03/2014', 'Open'],
      again,
      ['R3', 'Train the cashiers', 'Head of Finance', '31/03/2014', 'Open'],
    ]);
  const five = ['Ref', 'Recommendation', 'Responsible officer', 'Target date', 'Status'];

  test('in five headings, one slip ("Target date (revised)") is still the header printed again', async () => {
    const result = await tracker(five, [
      'Ref',
      'Recommendation',
      'Responsible officer',
      'Target date (revised)',
      'Status',
    ]);
    expect(result.readings[0].skippedRows).toEqual([expect.objectContaining({ row: 4, reason: 'repeated header' })]);
  });

  test('in four headings, one worded otherwise is no repeat of them', async () => {
    const four = (last: string) =>
      run([
        ['Ref', 'Recommendation', 'Responsible officer', 'Target date'],
        ['R1', 'Review the debtors policy', 'Head of Finance', '31/03/2014'],
        ['R2', 'Reconcile the bank weekly', 'Head of Finance', '31/03/2014'],
        ['Ref', 'Recommendation', 'Responsible officer', last],
        ['R3', 'Train the cashiers', 'Head of Finance', '31/03/2014'],
      ]);
    const repeated = (r: Awaited<ReturnType<typeof four>>) =>
      r.readings.flatMap((t) => t.skippedRows).some((s) => s.reason === 'repeated header');
    expect(repeated(await four('Target date'))).toBe(true);
    expect(repeated(await four('Revised date'))).toBe(false);
  });

  test('a word shortened ("Dept" for "Department") is the same heading; another word is not', async () => {
    const three = (last: string) =>
      run([
        ['Objective', 'Timescale', 'Lead Dept/Service'],
        ['Produce an agreed action plan', 'August 2002', 'Policy Office'],
        ['Review the effectiveness of the group', 'March 2003', 'Policy Office'],
        ['Objective', 'Timescale', last],
        ['Carry out service related ethnic monitoring', 'September 2002', 'Policy Office'],
      ]);
    const repeated = (r: Awaited<ReturnType<typeof three>>) =>
      r.readings.flatMap((t) => t.skippedRows).some((s) => s.reason === 'repeated header');
    expect(repeated(await three('Lead Department/Service'))).toBe(true);
    expect(repeated(await three('Lead Officer/Service'))).toBe(false);
  });
});

describe('figures whose lines are numbered', () => {
  test('the net line under numbered lines is read from its words, not from its blank number', async () => {
    const result = await run(
      [
        ['No.', 'Type of income, spending or cost', 'Amount for 2024/25', 'Amount for 2025/26'],
        [1, 'Authority operating expenditure', 15.3, 15.6],
        [2, 'Authority operating income', 7.8, 8],
        [null, 'Net service operating costs (spending minus income)', 7.5, 7.6],
        [3, 'Financing costs: debt servicing', 2.2, 2.1],
        [4, 'Financing costs: capital investment', 1.3, 1.6],
        [null, 'Total net expenditure', 11, 11.3],
      ],
      '2025-03-01',
    );
    expect(loud(result)).toEqual([]);
  });

  // Capital schemes by group, each group closed by bare figures, the first a group of one line.
  const capital = (committeeTotal: number, headingColumn = 1) => {
    const heading = (name: string) => [null, ...Array<null>(headingColumn - 1).fill(null), name];
    return run([
      ['No.', 'Code', 'Scheme', 'Spend', 'Budget'],
      [1, '8NC1', 'Refurbishment of TICs', 0, 20000],
      [null, null, null, 0, 20000],
      heading('Sports & Recreation'),
      [2, '8GJH', 'Medina - Replace Heat Pumps', 0, 22400],
      [3, '8GR9', 'Heights - New Filter System', 2000, 2000],
      [4, '8GT1', 'Browns - Floodlighting', 4000, 4000],
      [null, null, null, 6000, 28400],
      heading('Other Amenities'),
      [5, '8GK5', 'Public Shelters - Improvements', 0, 12734],
      [6, '8GU3', 'Ryde Harbour - Dredging', 16465, 16205],
      [null, null, null, 16465, 28939],
      [null, 'Committee Total', null, 22465, committeeTotal],
      [null, 'Report Total', null, 22465, 77339],
    ]);
  };

  test('bare figures under numbered lines total their section, one line too, and the totals add them', async () => {
    expect(loud(await capital(77339))).toEqual([]);
    expect(loud(await capital(77439))).toEqual(['totals.row-mismatch@E13']);
  });

  test('a section heading may stand over the codes or over the names, after the numbers', async () => {
    expect(loud(await capital(77339, 2))).toEqual([]);
    expect(loud(await capital(77439, 2))).toEqual(['totals.row-mismatch@E13']);
  });

  test('a blank header beside the lines’ numbers is over the names of the lines', async () => {
    const result = await run(
      [
        ['No.', null, 'Dwellings', 'Share', 'GAE (£000s)'],
        [1, 'Aberdeen City', 120000, '40%', 400],
        [2, 'Aberdeenshire', 110000, '35%', 350],
        [3, 'Angus', 70000, '25%', 250],
        [null, 'Total', 300000, '100%', 1000],
      ],
      '2023-03-01',
    );
    expect(result.readings[0].columns[1].meaning).toBe('service');
  });
});

describe('a numbered minute "5)" over its parts "5) a", "5) b"', () => {
  const notes = (parentRef: string): CellValue[][] => [
    ['Ref', 'Item', 'Note / action agreed', 'By whom', 'By when'],
    ['3.5', 'The De-clutter Working Group', 'Mike to convene the working group.', 'Mike Goodman', '7 July 2015'],
    [parentRef, 'Parish Council Survey', 'The Members reviewed the summary of the survey.', null, null],
    [
      '5) a',
      'Parish Council Survey',
      'Ensure parish councillors were sent the survey.',
      'Rob Fairbanks',
      '1 September 2015',
    ],
    ['5) b', 'Parish Council Survey', 'Review the database to include clerks.', null, null],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Actions', rows)), { asOf: '2015-06-22' });

  test('the numbered line heads its parts; a part with no one and no date is flagged', async () => {
    expect(loud(await run(notes('5)')))).toEqual(['owner.missing@D5', 'deadline.missing@E5']);
  });

  test('a number of its own ("6)") over them is no parent, and asks as an item does', async () => {
    expect(loud(await run(notes('6)')))).toEqual([
      'owner.missing@D3',
      'deadline.missing@E3',
      'owner.missing@D5',
      'deadline.missing@E5',
    ]);
  });
});

describe('a stem with no lead over bulleted parts that each name one', () => {
  const plan = (firstLead: CellValue, secondLead: CellValue): CellValue[][] => [
    ['Objective', 'Action', 'Timescale', 'Lead'],
    ['Robust governance', 'Establish new working groups, each led by a trustee', 'March 2015', null],
    [null, '• Financial management', 'March 2015', firstLead],
    [null, '• Volunteer management', 'March 2015', secondLead],
    ['Delegate management', 'Establish new working groups for each area', 'March 2015', 'R Powell'],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Action Plan', rows)), { asOf: '2015-01-01' });

  test('the parts are the actions and the stem their heading', async () => {
    expect(loud(await run(plan('D Aplin', 'J Emmerson')))).toEqual([]);
    expect(loud(await run(plan('D Aplin', null)))).toEqual(['owner.missing@D4']);
  });

  test('parts naming no one leave the stem an action with no lead', async () => {
    expect(loud(await run(plan(null, null)))).toContain('owner.missing@D2');
  });
});

describe('an objective numbered in an outline, alone on its line over its actions', () => {
  // After a London borough's homelessness strategy action plan.
  const plan = (objective: string) =>
    run(
      [
        ['Supporting', 'Action', 'Client Group', 'Target date', 'Responsibility'],
        [objective],
        ['Raise awareness of advice services', 'Run a public information campaign', 'All', 'March 2010', 'Jo Hart'],
        [
          'Identify housing problems early',
          'Establish a new referral post',
          'Vulnerable people',
          'March 2010',
          'Jo Hart',
        ],
      ],
      '2009-12-01',
    );

  test('"1.1 Encourage early approaches …" heads the actions under it, however long its words', async () => {
    // 83 characters: longer than a heading's usual 80, but numbered 1.1 and no sentence.
    const long = '1.1 Encourage early approaches and referrals to housing advice and other services';
    expect(long.length).toBeGreaterThan(80);
    expect(loud(await plan(long))).toEqual([]);
  });

  test('a numbered line that runs as a sentence is an item still, its blank cells found', async () => {
    const sentence = '1.1 Encourage early approaches to housing advice. Refer clients to other services early.';
    expect(loud(await plan(sentence))).toContain('owner.missing@E2');
  });
});

describe('a strategy\'s milestones: "1" over "1a", "1b", and "2", "3" bare, their milestones cut off', () => {
  // After a national alcohol and drug strategy's annex of milestones for delivery.
  const annex = (next: CellValue[]) =>
    run(
      [
        ['Annex 1: Milestones for delivery'],
        ['Number', 'Action / Milestone', 'Timeframe', 'Responsibility', 'Progress - December 2020'],
        ['1', 'We will work with partners to improve partnership approaches to deliver the strategy.'],
        ['1a', 'Implement the Partnership Delivery Framework', 2021, 'Anne Smith', 'In progress'],
        ['1b', 'Establish a plan with Health Scotland', 2019, 'Mark Ross', 'Complete'],
        ['2', 'We will revise and improve the programme of substance use education in schools.'],
        next,
      ],
      '2020-12-31',
    );

  test('the bare "2" heads milestones as "1" does; "2021" under "Timeframe" is the year each is due', async () => {
    const result = await annex(['3', 'We will establish an expert group to address stigma.']);
    expect(result.readings[0].columns.find((c) => c.header === 'Timeframe')?.meaning).toBe('deadline');
    expect(loud(result)).toEqual([]);
  });

  test('followed by a numbered action with who acts beside it, the bare line is an action naming no one', async () => {
    const result = await annex(['3', 'Establish an expert group to address stigma', 2020, 'Jane Hill', 'In progress']);
    expect(loud(result)).toContain('owner.missing@D6');
  });
});

test('"Timeframe" over whole years from 1990 to 2100 is when each is due; a figure outside them is no year', async () => {
  const timeframe = (first: number) =>
    run([
      ['Number', 'Action', 'Timeframe', 'Responsibility'],
      ['1', 'Publish the strategy', first, 'Anne Smith'],
      ['2', 'Review the strategy', 2100, 'Mark Ross'],
      ['3', 'Report on the strategy', 2020, 'Jane Hill'],
    ]);
  const meaning = async (first: number) =>
    (await timeframe(first)).readings[0].columns.find((c) => c.header === 'Timeframe')?.meaning;
  expect(await meaning(1990)).toBe('deadline');
  expect(await meaning(1989)).not.toBe('deadline');
});

describe("a stacked header's first row printed again over a new page", () => {
  const plan = (again: (string | null)[]) =>
    run(
      [
        ['ACTION PLAN', 'BY WHOM', 'BY WHEN\n[month = by month end]', 'SETTING UP COSTS', null, 'SAVINGS'],
        [null, null, null, 'STAFF TIME (Weeks)', 'COSTS £000', '£000'],
        ['Identify customer profiles and consult them', 'Head of Housing Maintenance', 'September 2002', 0, 0, 0],
        ['Develop service aims with the Tenants’ Panel', 'Head of Housing Maintenance', 'September 2002', 2, 0, 0],
        again,
        ['Develop monitoring systems for the standards', 'Repairs Manager', 'September 2002', 1.3, 0, 0],
      ],
      '2002-04-02',
    );

  test('is that header again, not an action due "BY WHEN"', async () => {
    const result = await plan(['ACTION PLAN', 'BY WHOM', 'BY WHEN', 'SETTING UP COSTS', null, 'SAVINGS']);
    expect(result.readings[0].skippedRows).toContainEqual(
      expect.objectContaining({ row: 5, reason: 'repeated header' }),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('"Action No." over "46 (a)", "46 (b)", "47": numbers with their parts bracketed a space apart', () => {
  // An overview committee's list of actions from its earlier meetings, each marked complete.
  const actions = (last: string) =>
    run(
      [
        ['Actions from the Meeting held on', 'Action No.', 'Status'],
        ['17 October 2023', '46 (a)', 'completed'],
        [null, '46 (b)', 'completed'],
        [null, '47', 'completed'],
        ['5 September 2023', '33 (a)', 'completed'],
        [null, last, 'completed'],
        [null, '39', 'completed'],
      ],
      '2023-10-17',
    );

  test("are the actions' references, and one used twice is found", async () => {
    const result = await actions('33 (a)');
    expect(result.readings[0].columns[1].meaning).toBe('id');
    expect(loud(result)).toEqual(['id.duplicate@B6']);
  });

  test('each used once is clean', async () => {
    expect(loud(await actions('37 (a)'))).toEqual([]);
  });
});
