/**
 * Plans that say little in their headings: "Action | Sub action(s) | Date" over actions with a date
 * each, actions spaced a blank row apart, and the version history at the head of a document, whose
 * dates are records and not deadlines.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

// AS_OF is 14 June 2010.
const timetable = (dates: CellValue[]) =>
  check(
    workbook(
      sheet('Timetable', [
        ['Indicative timetable for work completion'],
        [],
        ['Action', 'Sub action(s)', 'Date'],
        ['Decision on the pilot', 'Take report to the Management Board.', dates[0]],
        ['Recruit a Director', 'Prepare the job description.', dates[1]],
        ['Assess the pilot', 'Set up the project team.', dates[2]],
        ['Improve governance', 'Develop timetabling for each board.', dates[3]],
        ['Improve service planning', 'Develop shared service plans.', dates[4]],
      ]),
    ),
  );

describe('"Action … Date" over actions with a date each', () => {
  test('heads a plan: the dates are when each is due, a past one slipped and a blank one missing', async () => {
    const result = await timetable([
      '5 March 2010',
      'By 31 March 2010',
      'July 2010 - March 2011',
      'September 2010',
      null,
    ]);
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['deadline.slipped@C4', 'deadline.slipped@C5', 'deadline.missing@C8']);
  });

  test('three dates among five lines are enough to read the column as dates, two are not', async () => {
    const three = await timetable(['5 March 2010', 'By 31 March 2010', 'September 2010', 'Board', 'Partners']);
    expect(three.readings[0]?.kind).toBe('action-plan');
    const two = await timetable(['5 March 2010', 'By 31 March 2010', 'Finance', 'Board', 'Partners']);
    expect(two.readings.some((r) => r.kind === 'action-plan')).toBe(false);
  });
});

describe("a document's version history", () => {
  test('is a record of issues, not a plan: its past dates are not slipped deadlines', async () => {
    const result = await check(
      workbook(
        sheet('Revision History', [
          ['Revision History'],
          ['Version', 'Date', 'Issued by', 'Circulated to', 'Reason for circulation'],
          ['0.1', '15.7.09', 'Helen Pickering', 'Theatres Project Board', 'Initial draft for comment'],
          ['0.2', '23.12.09', 'Helen Pickering', 'Theatres Project Board', 'Draft for comment'],
          ['0.3', '7.4.10', 'Helen Pickering', 'Theatres Project team', 'For page turn review'],
          ['0.4', '20.4.10', 'Helen Pickering', 'Finance and Investment Committee', 'For approval'],
        ]),
      ),
    );
    expect(loud(result)).toEqual([]);
  });

  test('an action plan with a "Version" column of other codes stays a plan', async () => {
    const result = await check(
      workbook(
        sheet('Plan', [
          ['Version', 'Action', 'Lead officer', 'Target date', 'Status'],
          ['A', 'Refresh the risk register', 'Jane Smith', '31/03/2010', 'Open'],
          ['B', 'Review the reserves policy', 'John Brown', '31/12/2010', 'Open'],
        ]),
      ),
    );
    expect(loud(result)).toEqual(['deadline.slipped@D2']);
  });
});

describe('actions spaced a blank row apart', () => {
  test('are one table: a line after a blank row is the next action, not the header of another table', async () => {
    const result = await check(
      workbook(
        sheet('Action Points', [
          ['Outstanding Action points – May 2009 – December 2009 Parish Council meeting'],
          [],
          ['Agenda Item', null, 'Councillor', 'Due Date', 'Completed'],
          [
            '14 – External Bodies\n(May 2009)',
            'Formation of local Parish Councils Meetings – Gauge interest with other councils',
            'JC/Clerk',
            'On going',
            'Clerk has set up a group for clerks',
          ],
          [],
          [
            '34- Finance Current Year\n(May 2009)',
            'CW to submit claim for Neighbourhood Plan Grant',
            'CW',
            'By Next meeting',
            'In Progress. CW to submit – ongoing',
          ],
          [],
          [
            '16- Health & Safety Reports\n(June 2009)',
            'Millennium Arch – Clerk to get 3 quote for structural inspection',
            'Clerk',
            'Ongoing',
            'JC/MA to discuss prior to next meeting',
          ],
          [],
          [
            '7 – BT Phonebox Near The Swan\n(Aug 2009)',
            'Repainting of phonebox by BT',
            null,
            'Ongoing',
            'BT Openreach have added the phonebox to the painting schedule. Clerk to monitor',
          ],
        ]),
      ),
    );
    expect(result.readings.filter((r) => r.kind === 'action-plan').map((r) => r.range)).toEqual(['A3:E10']);
    expect(loud(result)).toContain('owner.missing@C10');
  });
});

describe("a meeting's agenda", () => {
  const agenda = (status: string | null) =>
    check(
      workbook(
        sheet('Agenda', [
          ['Item no.', 'Agenda Item', 'Details', 'Status'],
          ['01', 'Apologies for Absence', 'Councillors Hannington and Kerr', null],
          ['02', 'Public Questions', 'Members are asked to receive any questions from the public.', null],
          ['05', 'Exclusion of Press and Public', 'Members have a discretion to exclude the press and public.', status],
          [
            '06',
            'Appointment of Assistant Chief Fire Officer',
            'This report asks the Authority to ratify a decision.',
            status,
          ],
        ]),
      ),
    );

  test('with "For decision" under Status and nobody or no date beside the items, is no plan', async () => {
    const result = await agenda('For decision');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].kindReason).toContain("a meeting's agenda");
  });

  test('with a status of another kind, stays a plan whose blank statuses are reported', async () => {
    expect(loud(await agenda('Complete'))).toContain('status.missing@D2');
  });
});

describe('an agenda with who leads each item and why it comes to the meeting', () => {
  // After a fire authority's agenda: "Business | Page Number | Lead | Primary Action".
  const agenda = (purpose: string) =>
    check(
      workbook(
        sheet('Agenda', [
          ['Business', 'Page Number', 'Lead', 'Primary Action'],
          ['1. Apologies for absence', '-', 'Monitoring Officer/ Secretary', 'To record'],
          ['2. Declarations of Interest', '-', 'Monitoring Officer/ Secretary', 'To declare'],
          ['4. Questions by Members', '-', 'Monitoring Officer/ Secretary', 'To receive'],
          [
            '7. Management Accounts',
            '(pages 10 - 11)',
            'Executive Director of Corporate Services/ S.151 Officer',
            purpose,
          ],
        ]),
      ),
    );

  test('"To record", "To receive", "To approve" under Primary Action: the business of a meeting, no plan', async () => {
    const result = await agenda('To approve');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].kindReason).toContain("a meeting's agenda ('Primary Action' says");
  });

  test('an action that says what is to be done keeps the table a plan', async () => {
    const result = await agenda('To approve the accounts and report the outturn to Cabinet');
    expect(result.readings[0].kind).toBe('action-plan');
  });
});

describe('a forward work programme', () => {
  const programme = (lastHeading: string, extra: string[] = [], cells: string[] = []) =>
    check(
      workbook(
        sheet('Work Programme', [
          [
            'Date of\nMeeting',
            'Topic',
            'Organisation/\nOfficer/\nResponsible\nPortfolio Holder',
            'Priority',
            lastHeading,
            ...extra,
          ],
          [
            'March 2',
            'Fuel Poverty',
            'Steve Blatch/Helen Dixon',
            null,
            'Pre-scrutiny requested by the Board',
            ...cells,
          ],
          [
            'March 2\n2011',
            'Complaints and Suggestions',
            'Estelle Packham/ Graham Jones',
            null,
            '6-monthly review',
            ...cells,
          ],
          ['April 6', 'Business Support', 'Robin Smith', null, 'Report to the committee', ...cells],
        ]),
      ),
      { asOf: '2011-03-02' },
    );

  test('topics by the date of the meeting, with who attends, and nothing due or done, is no plan', async () => {
    const result = await programme('How/where/\nwhen');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].kindReason).toContain('forward work programme');
  });

  test('with a column headed plainly as the action, it is an action log', async () => {
    expect(loud(await programme('Action'))).toContain('owner.multiple@C2');
  });

  test('with a date each item is due by, it is a plan', async () => {
    const result = await programme('How/where/\nwhen', ['Target date'], ['31/03/2011']);
    expect(loud(result)).toContain('owner.multiple@C2');
  });
});

describe('years of a plan whose title gives its period', () => {
  const plan = (title: string, asOf: string) =>
    check(
      workbook(
        sheet('Three-Year Action Plan', [
          [title],
          ['Ref', 'Action', 'Priority', 'Timescale', 'Lead'],
          [1, 'Provide input into the green space management plans.', 'High', 'Years 1, 2 and 3', 'CS'],
          [2, 'Develop criteria for new Local Nature Reserves.', 'High', 'Year 1', 'CS'],
          [3, 'Designate Local Nature Reserves and manage them.', 'Medium', 'Year 1 (on going)', 'CS'],
        ]),
      ),
      { asOf },
    );

  test('are dates: year 1 of 2014/15 to 2016/17 is due by 31 March 2015, and not overdue that day', async () => {
    expect(loud(await plan('Three-Year Action Plan (2014/15 to 2016/17)', '2015-03-31'))).toEqual([]);
  });

  test('the day after, year 1 is overdue; years 1 to 3 are not', async () => {
    expect(loud(await plan('Three-Year Action Plan (2014/15 to 2016/17)', '2015-04-01'))).toEqual([
      'deadline.slipped@D4',
      'deadline.slipped@D5',
    ]);
  });

  test("the header printed again after a page break is read in the period the sheet's title gives", async () => {
    const result = await check(
      workbook(
        sheet('Action Plan', [
          ['Tenant Involvement Strategy 2017 – 2020: 3 Year Action Plan'],
          ['Action', 'Who by', 'When'],
          ['Monitor the effectiveness of the forum', 'Tenant Involvement Manager', 'Year 1-3'],
          ['Complete the satisfaction survey', 'Tenant Involvement Manager', 'Year 1-3'],
          ['2|P a g e'],
          ['Action', 'Who by', 'When'],
          ['Review the Menu of Involvement annually', 'Tenant Involvement Manager', 'Year 1-3'],
          ['Host the annual forum event', 'Tenant Involvement Manager', 'Year 1-3'],
        ]),
      ),
      { asOf: '2017-03-14' },
    );
    expect(loud(result)).toEqual([]);
  });

  test('with no period in the title they name no date', async () => {
    expect(loud(await plan('Three-Year Action Plan', '2015-04-01'))).toEqual([
      'deadline.vague@D3',
      'deadline.vague@D4',
      'deadline.vague@D5',
    ]);
  });
});

describe('a timescale of steps, each a verb and its month', () => {
  const plan = (timescale: string) =>
    check(
      workbook(
        sheet('Action plan', [
          ['SRO: Laura Sales'],
          ['Detail of comment', 'Proposals', 'Timescale'],
          ['Refresh the approach to scrutiny.', 'Member working group to consider options', timescale],
          ['Communicate the new priorities.', 'Communications strategy', 'Dec 21'],
        ]),
      ),
      { asOf: '2021-12-01' },
    );

  test('"Establish Dec 21" then "Report April 22" is done by April, with no date moved', async () => {
    expect(loud(await plan('Establish Dec 21\nReport April 22'))).toEqual([]);
  });

  test('a first date on its own line, with a later one under it, is a date moved', async () => {
    expect(loud(await plan('Dec 21\nApril 22'))).toEqual(['deadline.revised-later@C3']);
  });
});

describe("a recommendation's stem over its lettered parts", () => {
  const scraip = (stem: string, stemTimetable: string | null = null) =>
    check(
      workbook(
        sheet('SCRAIP', [
          ['Recommendation', 'Cabinet Member', 'Response', 'Timetable', 'Lead Officer'],
          [stem, 'Councillor John A Wilson', null, stemTimetable, 'Jason Taylor'],
          [
            'a) A new borough wide standard of play provision',
            'Councillor John A Wilson',
            'Agreed',
            'April 2014',
            'Jason Taylor',
          ],
          [
            'b) Funding is targeted at these play areas',
            'Councillor John A Wilson',
            'Agreed',
            'April 2014',
            'Jason Taylor',
          ],
        ]),
      ),
      { asOf: '2014-01-14' },
    );

  test('"That the Cabinet Member agrees to:" is a heading over the parts, not an item with no date', async () => {
    const result = await scraip('That the Cabinet Member agrees to:');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].skippedRows.map((s) => s.row)).toContain(2);
  });

  test('a stem that does not lead into its parts is an item of its own', async () => {
    expect(loud(await scraip('That the Cabinet Member agrees the standard.'))).toContain('deadline.missing@D2');
  });

  test('a stem with a date of its own is an item too', async () => {
    expect(loud(await scraip('That the Cabinet Member agrees to:', 'March 2013'))).toContain('deadline.slipped@D2');
  });
});

describe('a numbered policy over the actions that serve it', () => {
  const plan = (policy: string, timeframe: string | null = null) =>
    check(
      workbook(
        sheet('Tier One Action Plan', [
          ['Action', 'Description', 'Timeframe'],
          [policy, null, timeframe],
          ['Action 1', 'Work with public health to promote play via the Eat Well be Active group', 'March 2022'],
          ['Action 2', 'Promote the Play Strategy to the Clinical Commissioning Groups', 'March 2022'],
        ]),
      ),
      { asOf: '2021-06-30' },
    );
  const policy =
    'Policy 1: The Strategy recognises that outdoor play has a key role in improving the health and well-being of children and young people.';

  test('"Policy 1: …" on a line of its own is a heading, however long its sentence', async () => {
    expect(loud(await plan(policy))).toEqual([]);
  });

  test('"Aim G1 : …", its number after a letter or two, is a heading too; "Aim GROUP1 : …" is not', async () => {
    expect(loud(await plan(policy.replace('Policy 1: ', 'Aim G1 : ')))).toEqual([]);
    expect(loud(await plan(policy.replace('Policy 1: ', 'Aim HB1 : ')))).toEqual([]);
    expect(loud(await plan(policy.replace('Policy 1: ', 'Aim GROUP1 : ')))).toContain('deadline.missing@C2');
  });

  test('the same sentence without its number is an item with no timeframe', async () => {
    expect(loud(await plan(policy.replace('Policy 1: ', '')))).toContain('deadline.missing@C2');
  });

  test('a policy line with a timeframe of its own is an item', async () => {
    expect(loud(await plan(policy, 'March 2021'))).toContain('deadline.slipped@C2');
  });
});

describe("an agenda's 'Action Required' column", () => {
  const agenda = (required: string) =>
    check(
      workbook(
        sheet('Agenda', [
          ['Agenda Item', null, 'Time', 'Presenter', 'Pages/ Verbal', 'Action Required'],
          ['1.', "Chairman's Welcome", '1.30 pm', 'Tim Dalton'],
          ['2.', 'Apologies for Absence', null, 'Tim Dalton', null, 'Record'],
          ['4.', 'Minutes of the Previous Meeting', null, 'Tim Dalton', '1 - 14', required],
          ['7.1', "Chair's Key Messages", null, 'Tim Dalton', 'Verbal Report', 'Information'],
        ]),
      ),
      { asOf: '2015-05-26' },
    );

  test('"Record", "Approve", "Information": what each item is for, not who acts: no plan', async () => {
    const result = await agenda('Approve');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].kindReason).toContain("a meeting's agenda");
  });

  test('with a name among them, the column says who acts', async () => {
    expect((await agenda('Jane Smith')).readings[0].kind).toBe('action-plan');
  });
});

describe('minutes in a table under the agenda items, "No. | Item | Action"', () => {
  const minutes = (fourth: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['No.', 'Item', 'Action'],
          ['1.', 'To receive apologies. Apologies were received from Mr D Butler; the Clerk to write.', 'Clerk'],
          ['2.', 'To consider approving the minutes of 16th July 2015. The minutes were approved.', 'Clerk'],
          ['3.', 'Declaration of interest in any item. Mr Moody declared an interest in item 8.', null],
          ['4.', 'Public Participation: fly posting in the village. Clerk to report this to Street Scene.', 'Clerk'],
          ['5.', fourth, null],
        ]),
      ),
      { asOf: '2015-08-20' },
    );

  test('a minute under an agenda item with no one in the Action cell asks nothing of anyone', async () => {
    expect(loud(await minutes('To consider varying the draft Bowman agreement for Leddys Field'))).toEqual([]);
  });

  test('a matter arising with no one named is an action with no owner', async () => {
    expect(loud(await minutes('(3.5) Welcome Packs – to distribute packs to new residents.'))).toEqual([
      'owner.missing@C6',
    ]);
  });
});

describe('a timeline under "Completed Activities": each activity there is done', () => {
  // After a parish's neighbourhood plan timeline, its completed activities listed by month.
  const timeline = (heading: string) =>
    check(
      workbook(
        sheet('Timeline', [
          ['2015/6 Neighbourhood Plan'],
          [],
          [heading],
          ['Timeline Item'],
          ['Neighbourhood Plan Committee reconstituted', 'June 2014'],
          ['Collect further data and agree revised vision', 'June 2014 - May 2015'],
          ['Scoping Report submitted to the District Council and approved', 'Feb 2015'],
        ]),
      ),
      { asOf: '2016-01-01' },
    );

  test('dates passed under "Completed Activities" (or "Actions completed") have not slipped', async () => {
    expect(loud(await timeline('Completed Activities'))).toEqual([]);
    expect(loud(await timeline('Actions completed'))).toEqual([]);
  });

  test('under "Current Activities", or a heading only opening with the word, they have', async () => {
    expect(loud(await timeline('Current Activities'))).toContain('deadline.slipped@B5');
    expect(loud(await timeline('Completed activities and those still to come'))).toContain('deadline.slipped@B5');
  });
});
