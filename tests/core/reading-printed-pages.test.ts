/**
 * Plans copied from printed papers: a page's footer among the rows, a header merged down over two
 * rows, a theme and its objective numbered alike over the objective's actions, dates that record
 * when a risk was logged, a project's phases as its timescale, and a strategy's "year" column.
 */
import type { CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][] | SheetSnapshot, asOf = '2016-01-07') =>
  check(workbook(Array.isArray(rows) ? sheet('Plan', rows) : rows), { asOf });

describe("a printed page's footer among the rows", () => {
  const plan = (footer: string): CellValue[][] => [
    ['No.', 'Action', 'Lead', 'Timescale', 'Comments'],
    ['1.1', 'Review supporting policies and guidance', 'Head of Health and Safety', 'September 2016', null],
    ['Corporate Health and Safety Action Plan 2016-17 v4', null, null, footer, 'Approved:'],
    ['No.', 'Action', 'Lead', 'Timescale', 'Comments'],
    ['1.2', 'Review the corporate health and safety strategy', 'Head of Health and Safety', 'March 2017', null],
  ];

  test('"Page 1 of 10" marks the line as the foot of a page, not an action with no lead', async () => {
    const result = await run(plan('Page 1 of 10'));
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].skippedRows).toContainEqual(expect.objectContaining({ row: 3, reason: 'note' }));
  });

  test('a line that only mentions a page is an action like the others', async () => {
    expect(loud(await run(plan('See page 1')))).toContain('owner.missing@C3');
  });
});

describe('a header merged down over two rows beside a group label', () => {
  const register = (merged: boolean): SheetSnapshot => ({
    ...sheet('Register', [
      ['Risk ID', 'Author', 'Date Registered', 'Description', null, 'Risk Response', 'Risk Status'],
      [null, null, null, 'Cause', 'Event', null, null],
      [1, 'PSG', 'May-11', 'Political', 'A council pulls out', 'Keep members involved', 'Active'],
      [2, 'PSG', 'May-11', 'Financial', 'Migration cannot be funded', 'Cost the options', 'Active'],
      [3, 'PSG', 'May-11', 'Operational', 'Decisions are made separately', 'Agree the objectives', 'Closed'],
    ]),
    ...(merged ? { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2'] } : {}),
  });

  test('the second row is part of the header, not an item with an unknown status', async () => {
    const result = await run(register(true), '2011-11-17');
    expect(result.readings[0].headerRows).toEqual([1, 2]);
    expect(loud(result)).toEqual([]);
  });

  test('unmerged, the same second row is still read as the first item', async () => {
    const result = await run(register(false), '2011-11-17');
    expect(result.readings[0].headerRows).toEqual([1, 1]);
  });

  test('"Date Registered" records when a risk was logged: it is no deadline', async () => {
    const result = await run(register(true), '2011-11-17');
    expect(meaningOf(result, 'Date Registered')).toBe('not used');
  });
});

describe("a theme and its objective numbered alike over the objective's actions", () => {
  const tracker = (firstAction: string): CellValue[][] => [
    ['NOS', 'What?', 'Who?', 'When?', 'Success measures', 'Current Status'],
    ['1', 'CHILDREN IN NEED OF HELP OR PROTECTION'],
    ['1', 'Ensure that assessments are timely, proportionate and effectively identify the risks and needs'],
    [firstAction, 'Assessments completed within 20 days', 'Head of Service', 'Dec 2016', 'Target 83%', 'COMPLETED'],
    ['1.2', 'Practice standards to be implemented', 'Head of Service', 'Dec 2016', 'Target 59%', 'COMPLETED'],
  ];

  test('"1", "1" then "1.1": both numbered lines are headings over the actions', async () => {
    const result = await run(tracker('1.1'), '2017-06-08');
    expect(loud(result)).toEqual([]);
    expect(meaningOf(result, 'NOS')).toBe('id');
    expect(meaningOf(result, 'Success measures')).toBe('not used');
  });

  test('followed by "2.1", they are items with nobody leading them', async () => {
    const result = await run(tracker('2.1'), '2017-06-08');
    expect(loud(result)).toEqual(expect.arrayContaining(['owner.missing@C2', 'owner.missing@C3']));
  });
});

describe("a project's phases as its timescale", () => {
  test.each(['Phase 2', 'Phase 1 completed\nPhase 2', 'End of stage 3'])(
    '"%s" is a deadline in words',
    async (when) => {
      const result = await run(
        [
          ['Action', 'Lead officer', 'Timescale', 'Status'],
          ['Specify the performance report', 'Head of Service', when, 'In progress'],
          ['Revise the practice standards', 'Head of Service', 'December 2016', 'In progress'],
        ],
        '2016-06-01',
      );
      expect(loud(result)).toEqual(['deadline.vague@C2']);
    },
  );

  test('"Phase 2 of the estate" names a place, and cannot be read', async () => {
    const result = await run(
      [
        ['Action', 'Lead officer', 'Timescale', 'Status'],
        ['Specify the performance report', 'Head of Service', 'Phase 2 of the estate', 'In progress'],
        ['Revise the practice standards', 'Head of Service', 'December 2016', 'In progress'],
      ],
      '2016-06-01',
    );
    expect(loud(result)).toEqual(['cell.unreadable@C2']);
  });
});

describe('a strategy\'s actions with only a "year" to say when', () => {
  const plan = (years: CellValue[]): CellValue[][] => [
    ['Homelessness Strategy 2022 to 2025'],
    ['Ref', 'Action', 'target / outcome', 'year'],
    ...years.map((y, i): CellValue[] => [
      `3.${i + 1}`,
      `Action ${i + 1} to relieve homelessness`,
      'fewer households',
      y,
    ]),
  ];

  test('"ongoing" and "year 1" there say when each is due: the ongoing ones are vague', async () => {
    const result = await run(plan(['ongoing', 'year 1', 'ongoing']), '2022-04-27');
    expect(meaningOf(result, 'year')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@D3', 'deadline.vague@D5']);
  });

  test('one calendar year among them, and the column is not read as when each is due', async () => {
    const result = await run(plan(['ongoing', '2023/24', 'ongoing']), '2022-04-27');
    expect(meaningOf(result, 'year')).not.toBe('deadline');
  });
});

describe('an inspection action plan laid out one recommendation at a time', () => {
  const block = (lead: CellValue, when: CellValue): CellValue[][] => [
    ['RECOMMENDATION FOR KEY ISSUES: B'],
    ['Activities', 'Lead', 'Involving', 'Success Criteria', 'Timescale', 'Progress'],
    ['1. Collect data to support a review', lead, 'Officers/Advisers', 'Data analysed', when, 'Not yet begun'],
  ];

  test('"Activities" heads the actions, and a table of one action is still a plan', async () => {
    const result = await run(block(null, '31 July 2003'), '2003-06-30');
    expect(meaningOf(result, 'Activities')).toBe('action');
    expect(loud(result)).toEqual(['owner.missing@B3']);
  });

  test('"Not yet begun" is not started: past its date it has slipped', async () => {
    expect(loud(await run(block('Head of School Advice', '31 May 2003'), '2003-06-30'))).toEqual([
      'deadline.slipped@E3',
    ]);
  });

  test('a "Date" after the action in a plan of one action says when it is due', async () => {
    const result = await run(
      [
        ['Objective', 'Action', 'Reason', 'Date', 'Lead', 'RAG rating'],
        ['Increase declarations', 'Explain why we ask', 'Low declaration rate', 'Jan 2023', 'D&I Manager', 'Amber'],
      ],
      '2023-02-16',
    );
    expect(meaningOf(result, 'Date')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.slipped@D2']);
  });
});

test('"All Governors" as who acts on a line is a body, not a total of the lines above', async () => {
  const result = await run(
    [
      ['Statement', 'Action', 'Who', 'Date'],
      ['2a The board reviews its performance', 'Plan the succession of the chair', 'Chair', 'Spring 2018'],
      ['2c The board has identified its training', 'New governors to attend induction', 'All Governors', 'July 2018'],
    ],
    '2018-03-01',
  );
  expect(result.readings[0].totalsRows).toEqual([]);
  expect(loud(result)).toContain('owner.not-a-person@C3');
});

describe('"Date completed" over times to come, with no deadline beside it', () => {
  const plan = (dates: CellValue[]) =>
    run(
      [
        ['Statement', 'Action', 'Who', 'Date completed'],
        ...dates.map((d, i): CellValue[] => [`2${'abcd'[i]} statement`, `Action ${i + 1}`, 'Chair', d]),
      ],
      '2018-03-01',
    );

  test('half of them in words ("Autumn 2018", "Ongoing") makes it when each is to be done', async () => {
    const result = await plan(['July 2018', 'Autumn 2018', 'June 2018', 'Ongoing']);
    expect(meaningOf(result, 'Date completed')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@D3', 'deadline.vague@D5']);
  });

  test('a third of them in words leaves it the date each was completed', async () => {
    const result = await plan(['July 2018', 'Autumn 2018', 'June 2018']);
    expect(meaningOf(result, 'Date completed')).toBe('completedDate');
  });
});

describe('an item whose cells a page broke, its header printed again between', () => {
  const plan = (runOn: string) =>
    check(
      workbook(
        sheet('Neighbourhood Action Plan', [
          ['Ref No', 'Objective', 'Action', 'Delivery Led By', 'Status'],
          [
            '1.1',
            'Support the local Health Action Partnership under the headings of:\n• Tobacco Control',
            'Engage with the partnership',
            'Julie Smith',
            'Progressing',
          ],
          ['Ref No', 'Objective', 'Action', 'Delivery Led By', 'Status'],
          [null, runOn],
          ['2.1', 'Reduce crime and disorder', 'LPDG to monitor crime levels', 'Inspector Jones', 'Progressing'],
        ]),
      ),
      { asOf: '2007-04-01' },
    );

  test('the bulleted list under the header printed again is the rest of the item above', async () => {
    const result = await plan('• Alcohol and Substance Misuse\n• Emotional Health and Wellbeing');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].skippedRows.map((s) => [s.row, s.reason])).toContainEqual([4, 'continued']);
  });

  test('words that are no list there are an item of their own, with nobody and no status', async () => {
    expect(loud(await plan('Review the partnership arrangements'))).toEqual(['owner.missing@D4', 'status.missing@E4']);
  });
});

describe("a minute the page broke, the page's number and the headings printed again between", () => {
  // A drainage board's minutes: "ID | Minute | Action", its page number "3" alone at the foot.
  const minutes = (page: CellValue, runOn: string, action: string | null = 'PC') =>
    run(
      [
        ['ID', 'Board, Minute', 'Action'],
        ['01/20', 'APOLOGIES FOR ABSENCE', null],
        ['01/20/01', 'Apologies for absence were received on behalf of Messrs P Ashdown, S Bird and', null],
        [page],
        ['ID', 'Board, Minute', 'Action'],
        [null, runOn],
        ['02/20', 'INTRODUCTIONS AND WELCOME', null],
        ['02/20/01', 'The Board asked the Chief Executive to pass on their thanks to the retiring engineer.', action],
        ['03/20', 'DECLARATIONS OF INTEREST', null],
        ['03/20/01', 'Mrs J Marson declared an interest in all matters relating to the estuary.', null],
        ['03/20/01', 'Sir Edward declared an interest in all matters relating to the estuary.', null],
      ],
      '2020-01-13',
    );

  test('is one table: the number is no line, the headings no new table, the minute going on no item', async () => {
    const result = await minutes('3', 'W Taylor.');
    expect(result.readings).toHaveLength(1);
    expect(meaningOf(result, 'Action')).toBe('owner');
    expect(result.readings[0].skippedRows.map((s) => [s.row, s.reason])).toContainEqual([4, 'note']);
    expect(loud(result)).toEqual(['id.duplicate@A11']);
  });

  test('the one who acts there is held to the same checks as any', async () => {
    expect(loud(await minutes('3', 'W Taylor.', 'Board'))).toEqual(['owner.not-a-person@C8', 'id.duplicate@A11']);
  });

  test('a sentence going on in lower case over the page is the minute above, not a line of its own', async () => {
    const result = await minutes('3', 'and W Taylor.');
    expect(result.readings[0].skippedRows.map((s) => [s.row, s.reason])).toContainEqual([6, 'continued']);
  });

  test('words, not a number, between the pages: a table of its own may start there', async () => {
    const result = await minutes('Page three', 'W Taylor.');
    expect(result.readings).toHaveLength(2);
  });
});
