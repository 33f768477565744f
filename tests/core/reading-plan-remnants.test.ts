/**
 * Plans as their copies reach us: the items' headings lost with only "Responsible Team" left, a
 * heading's words running on to the rows under it, a councillor's column beside the officer's,
 * ranked projects with their timescales, and dates printed as "#####" in a column too narrow.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][], asOf = '2023-07-27') => check(workbook(sheet('Plan', rows)), { asOf });

describe('the items\u2019 headings lost, who leads left', () => {
  const OBJECTIVES = [
    'Ensure that sustainable development and climate change are used as a guiding principle in Council plans.',
    'Ensure that climate change risks are appropriately addressed within our risk management process.',
    'Engage and influence the pension scheme provider on fossil fuel divestment.',
  ];
  const plan = (lead: string, objectives = OBJECTIVES) =>
    run([
      ['Climate and Sustainability Action Plan 2023 - 2027'],
      [],
      [null, null, lead],
      [objectives[0], 'Policies and plans screened for climate implications.', 'Corporate Services Policy Team'],
      [
        objectives[1],
        'Climate change risks included in the corporate risk register.',
        'Climate & Sustainability/ Finance',
      ],
      [objectives[2], 'Report from pension scheme on fossil fuel divestment', null],
    ]);

  test('"Responsible Team" alone over objectives: a plan, a team answers, two teams share, a blank names none', async () => {
    const result = await plan('Responsible Team');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['owner.multiple@C5', 'owner.missing@C6']);
  });

  test('the items must run to sentences: short labels under no heading are no plan\u2019s items', async () => {
    const result = await plan('Responsible Team', ['Policy', 'Risk', 'Pensions']);
    expect(result.readings.filter((r) => r.kind === 'action-plan')).toEqual([]);
  });

  test('a heading that says nothing of who leads, when or how it stands heads no plan', async () => {
    const result = await plan('Comments');
    expect(result.readings.filter((r) => r.kind === 'action-plan')).toEqual([]);
  });
});

describe('only "Expected Completion" headed, over titled items in sections', () => {
  // The Scottish Government's FOI improvement plan: a short title, then the item's words, then when.
  const plan = (title: string, words: string) =>
    run(
      [
        ['FOI Improvement Plan 2024'],
        [],
        [null, null, 'Expected Completion'],
        ['Clearance procedures'],
        [
          'Criteria for Decision Making',
          'Minimise gaps between agreed procedures and organisational practice.',
          'Spring 2024',
        ],
        [title, words, 'Autumn 2024'],
        ['Quality Assurance'],
        [null, 'Provide reliable, informative reports to inform strategic direction.', '31 July 2024'],
      ],
      '2023-12-31',
    );

  test('is a plan: its sections are headings, its items read past their titles, a season is no date', async () => {
    const result = await plan(
      'Delays and bottlenecks',
      'Seek a reduction in average time taken to respond to requests and reviews.',
    );
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['deadline.vague@C5', 'deadline.vague@C6']);
  });

  test('short titles and short words, under 30 characters a line on average, are no plan\u2019s items', async () => {
    // "Minimise gaps" (13), "Reduce delays" (13) and "Reports" (7) average 11.
    const result = await run(
      [
        [null, null, 'Expected Completion'],
        ['Clearance procedures'],
        ['Criteria for Decision Making', 'Minimise gaps', 'Spring 2024'],
        ['Delays and bottlenecks', 'Reduce delays', 'Autumn 2024'],
        ['Quality Assurance'],
        ['Reporting', 'Reports', '31 July 2024'],
      ],
      '2023-12-31',
    );
    expect(result.readings.filter((r) => r.kind === 'action-plan')).toEqual([]);
  });
});

describe('a heading\u2019s words running on to the rows under it', () => {
  const workPlan = (continued: string) =>
    run(
      [
        [null, null, 'SOWG WORK PLAN 2008-2010'],
        ['Action', 'Source', 'Action', 'Lead', 'Output', 'Priority', 'Start Date', 'Completion'],
        ['Plan Ref.', null, null, continued],
        [null, null, null, 'Group'],
        [
          1,
          'JMWMS 1, 14',
          'Establish best practice in recycling',
          'SOWG\nRPIG',
          'Higher recycling',
          'H',
          'On-going',
          '##########',
        ],
        [2, 'JMWMS 16', 'Improve performance at HWRCs', 'MWDA', 'Improved facilities', 'H', 'On-going', '31/03/2009'],
        [
          3,
          'AC R4',
          'Sign up to Inter Authority Agreements',
          'SOWG',
          'Sign the agreement',
          'H',
          'On-going',
          '31/03/2008',
        ],
      ],
      '2008-07-01',
    );

  test('"Lead" over "Authority /" over "Group" is one heading: one group leads, two share the lead', async () => {
    const result = await workPlan('Authority /');
    expect(result.readings[0].headerRows).toEqual([2, 4]);
    expect(loud(result)).toEqual(['owner.multiple@D5', 'cell.unreadable@H5', 'deadline.slipped@H7']);
  });

  test('words longer than a heading\u2019s under it are an item, not the heading', async () => {
    const result = await workPlan('Authority / Group of leads');
    expect(result.readings[0].headerRows).toEqual([2, 2]);
  });
});

describe('a councillor\u2019s lead column beside the officer\u2019s', () => {
  const plan = (first: string, second: string) =>
    run(
      [
        ['Ref', 'Action', first, second, 'Target date', 'Status'],
        [1, 'Review the policy', 'Cllr Smith', 'Jane Brown', 'March 2025', 'In progress'],
        [2, 'Publish the strategy', null, 'Tom Green', 'June 2025', 'Open'],
        [3, 'Train staff', 'Cllr Jones', null, 'December 2025', 'Not started'],
      ],
      '2024-09-30',
    );

  test.each([
    ['Lead Member', 'Lead Officer'],
    ['Portfolio Holder', 'Responsible Officer'],
    ['Lead Councillor', 'Lead Officer'],
  ])('"%s" then "%s": the officer is the owner, the councillor\u2019s blank no finding', async (first, second) => {
    expect(loud(await plan(first, second))).toEqual(['owner.missing@D4']);
  });

  test('two officers\u2019 columns: the first is the owner', async () => {
    expect(loud(await plan('Lead Officer', 'Project Manager'))).toEqual(['owner.missing@C3']);
  });
});

describe('"Progress" over notes and dates beside "Completed/ On Target/ Overdue" over status words', () => {
  const workplan = (progress: CellValue[], foot: CellValue[][] = []) =>
    run(
      [
        ['Cabinet Workplan 2006-07: Progress to second quarter'],
        [
          'Workplan theme',
          'Ref',
          'Key Milestones',
          'End date',
          'Progress',
          'Lead Officer',
          'Completed/\nOn Target/\nOverdue',
        ],
        [
          'Spending Review',
          1,
          'a) Complete the review with Lead Members',
          '20/11/2006',
          progress[0],
          'Alan Westwood',
          'On target',
        ],
        [
          null,
          null,
          'b) Cabinet to consider the recommendations',
          '30/11/2006',
          progress[1],
          'Alan Westwood',
          'On target',
        ],
        [
          null,
          null,
          'c) Start the Think Efficiency work stream',
          '30/09/2006',
          progress[2],
          'Alan Westwood',
          'Completed',
        ],
        [
          'Budget strategy',
          2,
          'a) Review the formula grant settlement',
          '31/10/2006',
          progress[3],
          'Alan Westwood',
          'Completed',
        ],
        [null, null, 'b) Implement the medium term financial strategy', '15/02/2007', null, 'Alan Westwood', null],
        ...foot,
      ],
      '2006-10-31',
    );

  test('the column of status words is the status: its blank is a status missing', async () => {
    const result = await workplan([
      'but must catch up to target for (c)',
      'report drafted for December',
      '23 Oct 2006',
      '5 Oct 2006',
    ]);
    expect(meaningOf(result, 'Completed/ On Target/ Overdue')).toBe('status');
    expect(loud(result)).toEqual(['status.missing@G7']);
  });

  test("the foot of a printed page after a break (the date printed, 'Draft', whom to ask, 'page 1') is no item", async () => {
    const notes = ['but must catch up', 'report drafted', '23 Oct 2006', '5 Oct 2006'];
    const foot = [[], ['Saturday, 16 July 2016', null, 'Draft', null, null, 'Queries to Rachel Todd ext 3433']];
    expect(loud(await workplan(notes, [...foot, ['page 1']]))).toEqual(['status.missing@G7']);
    // (With no page number under it, the line is read as the plan's.)
    expect(loud(await workplan(notes, foot))).not.toEqual(['status.missing@G7']);
  });

  test('where "Progress" holds status words too, it keeps the status', async () => {
    const result = await workplan(['On target', 'Slipped', '23 Oct 2006', 'Completed']);
    expect(meaningOf(result, 'Progress')).toBe('status');
  });
});

describe('a sentence in the header row beside "Responsible Member"', () => {
  // An action sheet whose header row carries the first minute's words over the notes column.
  const sheetWith = (notes: [string, string]) =>
    run(
      [
        ['Audit Sub-Committee: Action Sheet'],
        [],
        [
          'Item',
          'Following the last meeting the BVPIs referred to Customer Services Scrutiny have been considered.',
          'Responsible Member',
          'Required By',
        ],
        ['Audit & Inspection progress report', notes[0], 'Nigel England / Clive Portman', '30 September 2005'],
        ['Review of internal audit', notes[1], 'Don Simpson', '30 September 2005'],
      ],
      '2005-06-13',
    );

  test('over notes naming nobody, the sentence loses the owner to the column naming people', async () => {
    const result = await sheetWith([
      'The report updated members on progress against the inspection plan.',
      'A draft report on the review is under way.',
    ]);
    expect(meaningOf(result, 'Responsible Member')).toBe('owner');
    expect(loud(result)).toEqual(['owner.multiple@C4']);
  });

  test('names in capitals with a telephone extension are no sentences: "Lead Officer" keeps the owner', async () => {
    const result = await run(
      [
        ['Decision', 'Decision Maker', 'Lead Officer', 'Portfolio Holder'],
        ['To adopt a revised scheme of delegations', 'TO BE ADVISED', 'JOHN LAWSON 823207', 'MRS S SMART'],
        ['To approve the Annual Action Statement', 'Executive', 'TONY GEESON 823291', 'MR P HARRIS'],
        ['Quarterly Performance Management Update', 'Executive', null, 'MR P HARRIS'],
      ],
      '2004-04-05',
    );
    expect(meaningOf(result, 'Lead Officer')).toBe('owner');
  });

  test('over cells of which one in two names someone, the sentence keeps it', async () => {
    const result = await sheetWith([
      'The report updated members on progress against the inspection plan.',
      'Don Simpson',
    ]);
    expect(meaningOf(result, 'Responsible Member')).not.toBe('owner');
  });
});

describe('ranked projects with their timescales', () => {
  const plan = (first: string) =>
    run(
      [
        ['Council Action Plan for 2015 \u2013 2016'],
        [],
        [first, 'Project', 'Timescales', 'Budget'],
        [
          1,
          'Mitchells Field: two junior football pitches',
          'Pitch construction \u2013 Oct 2015 \u2013 August 2016',
          '\u00a345,000',
        ],
        [
          2,
          'Transfer of land at Bradgate Road',
          'Landscape management plan approved \u2013 October 2015',
          '\u00a35,000',
        ],
        [
          3,
          'The Scout Hut, Leicester Road',
          'To start talks with the Scouts group about their requirements.',
          '\u00a314,000',
        ],
      ],
      '2015-06-02',
    );

  test('"Priority | Project | Timescales" is a plan: a timescale with no time in it is flagged', async () => {
    const result = await plan('Priority');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['deadline.vague@C6']);
  });

  test('with no priority it is a list of projects, left alone', async () => {
    const result = await plan('No.');
    expect(result.readings[0].kind).not.toBe('action-plan');
  });
});

describe('a biodiversity plan: objectives numbered under a merged label, sections opened by the plan\u2019s code', () => {
  const plan = (lead: string, code2 = 'UBE1') =>
    check(
      workbook({
        ...sheet('Actions', [
          [
            null,
            null,
            'Action - Built Environment Action Plan',
            'Deliverers',
            null,
            'To take place by',
            'Meets Objective No.',
          ],
          [null, null, null, 'Lead Partners', 'Partners', null, 2, 3, 4],
          ['LBAP Ref.', 'A', 'Policy and legislation'],
          [
            'UBE1',
            1,
            'Encourage planning authorities to take account of listed species.',
            lead,
            null,
            'March 2005',
            '*',
            '*',
            '*',
          ],
          [
            code2,
            2,
            'Ensure planning policies support the re-use of developed sites.',
            'DCC',
            'SNH',
            null,
            '*',
            '*',
            null,
          ],
          [
            'UBE1',
            3,
            'Protect designated wildlife sites from inappropriate development.',
            'PKC',
            null,
            'June 2006',
            '*',
            null,
            '*',
          ],
          ['LBAP Ref.', 'B', 'Site safeguard and management'],
          [
            'UBE1',
            1,
            'Implement strategies to use vacant and derelict land as wildlife habitats.',
            'AC',
            null,
            'March 2007',
            '*',
            '*',
            '*',
          ],
        ]),
        merges: ['D1:E1', 'F1:F2', 'G1:I1', 'C1:C2'],
      }),
      { asOf: '2004-06-01' },
    );

  test('the numbers under "Meets Objective No." head columns; each section\u2019s opening line is no item', async () => {
    const result = await plan('DCC AC PKC');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [3, 'section heading'],
      [7, 'section heading'],
    ]);
    // Three councils' initials share the lead; "UBE1" on every line is the plan's code, no reference.
    expect(loud(result)).toEqual(['owner.multiple@D4', 'deadline.missing@F5']);
  });

  test('two councils\u2019 initials may be one body\u2019s name ("NHS GGC"); codes that differ are references, and repeat', async () => {
    const result = await plan('NHS GGC', 'UBE2');
    expect(loud(result)).toEqual(['deadline.missing@F5', 'id.duplicate@A6', 'id.duplicate@A8']);
    expect(result.readings[0].columns[0].meaning).toBe('id');
  });
});

describe('minutes in a table, each action naming who acts in a cell of its own', () => {
  const minutes = (second: string) =>
    run(
      [
        ['October 2024 Minutes'],
        [],
        ['24144', 'Apologies: Clerk to Council (TB)'],
        [null, 'To receive members\u2019 declarations of interests in any agenda item.', 'Action By: Nil'],
        [null, 'The minutes of the meeting of 9th September 2024 were agreed as a true record.', second],
        [null, 'Public Session'],
        [null, 'Minutes missing from the website and noticeboard. RM to look into it.', 'Action By: RM'],
        [
          null,
          'Use of the gov.uk email address when the clerk is away: a procedure to be put in place.',
          'Action By: TB / ALL',
        ],
        [null, 'Public Member 2 raised the drainage on Fen Lane.'],
      ],
      '2024-10-14',
    );

  test('"Action By: All" is no one person, "TB / ALL" two; minutes with no such cell, or "Nil", are no actions', async () => {
    const result = await minutes('Action By: All');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(result.readings[0].itemRows).toBe(3);
    expect(loud(result)).toEqual(['owner.not-a-person@C5', 'owner.multiple@C8']);
  });

  test('"Action By: Clerk" names the post that acts', async () => {
    expect(loud(await minutes('Action By: Clerk'))).toEqual(['owner.multiple@C8']);
  });

  test("a date in an action's words is its deadline: passed by the meeting, slipped", async () => {
    const dated = (date: string) =>
      run(
        [
          ['October 2024 Minutes'],
          [
            null,
            'Minutes missing from the website and noticeboard. RM to look into it by ' + date + '.',
            'Action By: RM',
          ],
          [null, 'The drainage on Fen Lane to be reported to the county council.', 'Action By: TB'],
        ],
        '2024-10-14',
      );
    expect(loud(await dated('13th October 2024'))).toEqual(['deadline.slipped@B2']);
    expect(loud(await dated('14th October 2024'))).toEqual([]);
  });
});

test('"Action GP/CH" alone in a cell beside the minutes marks who acts in a column of its own', async () => {
  // After a parish council's minutes: the clerk's report, its items unmarked, beside a marked one.
  const result = await run(
    [
      ['Minutes of the Parish Council meeting held on 21st July 2022'],
      ['24/22', 'Co-option – a resident had expressed an interest in becoming a member of the council.'],
      [null, 'It was decided that an article should be prepared for the next village newsletter.', 'Action GP/CH'],
      ['25/22', 'The minutes of the meeting held on 19th May 2022 were approved and signed by the Chairman.'],
      ['26/22', 'Clerk’s report on progress since the last meeting'],
      [null, 'a) Broadband – installation is now expected to take place within 2022.', null],
      [null, 'b) Post Office – the Chairman had received an email promising better service.', null],
      [null, 'c) Defibrillator – the replacement batteries have still not arrived.', ''],
    ],
    '2022-07-21',
  );
  expect(result.readings[0].range).toBe('B2:C8');
  expect(loud(result)).toContain('owner.multiple@C3');
});

describe('matters arising each closed by a cell of its own: "Action: Clerk", "Action:", "Action: Parish Council"', () => {
  // After a parish council's minutes: the matters taken up under 34.2, each with its action mark.
  const arising = (third: string, fourth = 'Action: Parish Council', first = 'Action: Clerk') =>
    run(
      [
        ['Minutes of the Parish Council Meeting held on 1st June 2021'],
        ['34.1', 'The Minutes of the Annual Meeting were APPROVED as a true and accurate record.'],
        ['34.2', 'Matters arising from the minutes not otherwise covered in the Agenda:'],
        [null, 'The planting of a rose bush in memory of Postman Paul Dunmill had not yet been resolved.', first],
        [null, 'The suggestion regards further signs on Station Hill had not been addressed.', 'Action:'],
        [null, 'Supplies of sanitiser still need to be purchased for the Flood Pod.', third],
        [null, 'Kilnbridge parking problem needs to be followed up with the new PCSO.', fourth],
      ],
      '2021-06-01',
    );

  test('each mark below the first makes its matter an action, whoever it names or if it names no one', async () => {
    expect(loud(await arising('Action: Clerk/Cllr DH'))).toEqual([
      'owner.missing@C5',
      'owner.multiple@C6',
      'owner.not-a-person@C7',
    ]);
  });

  test("the column's first cell, a bare mark, may head it: that matter is not read as an action", async () => {
    expect(loud(await arising('Action: Clerk', 'Action: Clerk', 'Action:'))).toEqual(['owner.missing@C5']);
  });
});

describe('an item merged down over rows of its quarters', () => {
  const plan = (q2: CellValue) =>
    check(
      workbook({
        ...sheet('Monitoring', [
          [null, 'Action', 'Lead organisation', 'Q', 'Progress Against Risk', 'Progress to Date'],
          [
            'SO1',
            'Apply a sustainable development toolkit to policy',
            'EERA (Laurna Compton)',
            'Q1',
            null,
            'Toolkit drafted',
          ],
          [null, null, null, q2],
          [null, null, null, 'Q3'],
          [
            'SO2',
            'Support community and social enterprises',
            'EEDA (Dave Parratt) / EERA',
            'Q1',
            null,
            'Funding approved',
          ],
        ]),
        merges: ['A2:A4', 'B2:B4', 'C2:C4'],
      }),
      { asOf: '2004-10-01' },
    );

  test('the rows under the first are more of the item, not items with no progress of their own', async () => {
    const result = await plan('Q2');
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [3, 'continued'],
      [4, 'continued'],
    ]);
    expect(loud(result)).toEqual(['owner.multiple@C5']);
  });

  test('a row with words of its own under the merged cells is an item of its own', async () => {
    const result = await plan('Publish the toolkit guidance for partners');
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([[4, 'continued']]);
  });
});

describe('an audit letter response plan, and a society\u2019s plan with an "Achieved" column', () => {
  test('a further step under the same recommendation shares its update; "Completed" under the month says done', async () => {
    const result = await run(
      [
        ['Action Recommended', 'Update', 'Next Steps/Milestones', 'Responsibility', 'Timeline'],
        [
          '(1) Strengthen performance management.',
          'The groups have been amalgamated.',
          '(1) New group to meet monthly.',
          'Head of Policy',
          'Oct, 2008\nCompleted',
        ],
        [
          null,
          null,
          '(2) Change Team to focus on base line data.',
          'Change Team led by KA',
          'Dec, 2008\nReview\nJan, 2009',
        ],
        ['(2) Review the risk register.', null, '(1) Report to Cabinet.', 'Head of Finance', 'Nov, 2008'],
      ],
      '2008-12-01',
    );
    // Only the next recommendation, with no update of its own, has no status; and it is overdue.
    expect(loud(result)).toEqual(['status.missing@B4', 'deadline.slipped@E4']);
  });

  test('a timescale ending "Complete" says the action is done; "To be completed" and a phase left do not', async () => {
    const timescales = async (...cells: string[]) =>
      loud(
        await run(
          [
            ['Action', 'How/what activity?', 'Lead Agency/Officer', 'Timescales (when achieved by)'],
            ...cells.map((cell, i) => [
              `Action ${i + 1}`,
              'Annual community action plans',
              'Neighbourhood managers',
              cell,
            ]),
          ],
          '2010-10-01',
        ),
      );
    expect(await timescales('Annually in April Complete', 'Held Annually in September Complete')).toEqual([]);
    expect(await timescales('Annually in April to be completed', 'Phase 1 completed\nPhase 2')).toEqual([
      'deadline.vague@D2',
      'deadline.vague@D3',
    ]);
  });

  test('"Achieved" beside a plan\u2019s objectives, with no money in the plan, is the status: left blank, it is missing', async () => {
    const result = await run(
      [
        ['Aspect', 'Lead', 'Objectives', 'Success Criteria', 'Achieved'],
        ['Strategy', 'AP', '1. Standardise operations 2. Agree the future direction', '1. Logo created', null],
        ['Finance', 'PF', '1. Re-set Treasurer arrangements', '1. Signatories changed', 'Yes'],
      ],
      '2022-09-01',
    );
    expect(meaningOf(result, 'Achieved')).toBe('status');
    expect(loud(result)).toEqual(['status.missing@E2']);
  });
});
