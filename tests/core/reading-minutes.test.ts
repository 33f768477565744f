/**
 * Minutes kept as lines of text, each agreed action ending in a line naming who acts.
 */
import type { CellValue } from '../../src/core/snapshot';
import { actionColumnMinutes } from '../../src/core/tables/minutes';
import { check, ids, loud, meaningOf, sheet, workbook } from './support/workbooks';

const run = (lines: (string | null)[], asOf = '2024-03-05') =>
  check(
    workbook(
      sheet(
        'Minutes',
        lines.map((l): CellValue[] => (l === null ? [] : [l])),
      ),
    ),
    { asOf },
  );

const minutes = (extra: string[] = []): (string | null)[] => [
  'Minutes of the Council Meeting, 5th March 2024', // 1
  '4) Recruitment of replacement clerk', // 2
  'It was agreed that the employment panel will progress the recruitment, filling the post within the next eight weeks', // 3
  'Action CB, NT, JH', // 4
  '5) Update on actions', // 5
  'SH is waiting for a quote for the cleaning of playgrounds and will request a second.', // 6
  'Action SH', // 7
  'The website is now due to go live by the end of the month.', // 8
  'Action ALL', // 9
  ...extra,
];

describe('minutes with action lines', () => {
  test('each action line is an action: several people, everyone, and a deadline in words are flagged', async () => {
    expect(loud(await run(minutes()))).toEqual([
      'deadline.vague@A3',
      'owner.multiple@A4',
      'deadline.vague@A8',
      'owner.not-a-person@A9',
    ]);
  });

  test('"Action RG/GP by 30th April 2020": who acts, then by when, on the action line', async () => {
    const closing = (line: string, asOf: string) =>
      run(
        [
          'Minutes of the Annual Meeting held on 5th May 2020',
          '09/20 Approval of the accounts for 2019-20',
          'S. Farrow proposed acceptance of the accounts, the Annual Governance Statement and the submission.',
          line,
        ],
        asOf,
      );
    expect(loud(await closing('Action RG/GP by 30th April 2020', '2020-05-05'))).toEqual([
      'deadline.slipped@A4',
      'owner.multiple@A4',
    ]);
    expect(loud(await closing('Action RG by 30th April 2020', '2020-04-30'))).toEqual([]);
    expect(loud(await closing('Action RG by 30th April 2020', '2020-05-01'))).toEqual(['deadline.slipped@A4']);
  });

  test('initials alone on a line name who acts too; "by the clerk" is no deadline', async () => {
    const result = await run(minutes(['The notice board to be repaired by the clerk.', 'SH and BE']));
    expect(loud(result)).toContain('owner.multiple@A11');
    expect(loud(result)).not.toContain('deadline.vague@A10');
  });

  test('one line opening "Action" makes minutes with actions; one of initials alone does not', async () => {
    const two: (string | null)[] = [
      '4) Clerk',
      'Post to be advertised by the end of the month.',
      'Action CB, NT',
      '5) Website',
      'Go live.',
      'Action SH',
    ];
    expect(loud(await run(two))).toEqual(['deadline.vague@A2', 'owner.multiple@A3']);
    expect(loud(await run(two.slice(0, 4)))).toEqual(['deadline.vague@A2', 'owner.multiple@A3']);
    expect(
      loud(await run(['4) Clerk', 'Post to be advertised by the end of the month.', 'CB, NT', '5) Website'])),
    ).toEqual([]);
  });

  test('"Action Clerk and Cllr Seymour": a post and a councillor named are two', async () => {
    const lines = [
      'The Ordinary Meeting of Llanfrynach Community Council, 5th September 2024',
      '6. One Voice Wales Conference',
      'It was unanimously agreed to book 2 places at the Conference.',
      'Action Clerk and Cllr Seymour',
      '7. Training Update',
    ];
    expect(loud(await run(lines, '2024-09-05'))).toEqual(['owner.multiple@A4']);
  });

  test('"Action: Clerk/Mr Nickless": a name after its title names someone; apologies naming three do not act', async () => {
    // King's Somborne's plan steering group: the apologies name people, the action lines name who acts.
    const rows: CellValue[][] = [
      ['Notes of the Neighbourhood Development Plan Steering Group meeting, 15 February 2017'],
      ['2.1', 'Cllr Sutton, Mr G Searle and Mrs J Mein.'],
      ['4.1', 'Ms Thomson had identified local open spaces which would be circulated for comment.'],
      [null, 'Action: Clerk'],
      ['4.2', 'The draft for Part 5 was still awaited from Mr Nickless’ group.'],
      [null, 'Action: Clerk/Mr Nickless'],
      ['4.3', 'Analysis was still awaited on the housing needs survey. Ms Fordham would hasten their response.'],
      [null, 'Action: Ms Fordham'],
      ['6.1', 'Cllr Brock would take follow up action with Mr Searle on the housing needs analysis.'],
      [null, 'Action: Cllr G Brock'],
    ];
    const result = await check(workbook(sheet('Minutes', rows)), { asOf: '2017-02-15' });
    expect(loud(result)).toEqual(['owner.multiple@B6']);
    expect(result.readings[0].itemRows).toBe(4);
  });

  test('minutes numbered in a column of their own, the title and those present above them', async () => {
    const rows: CellValue[][] = [
      ['Minutes of the meeting held on 1 July 2020 remotely via Zoom.'],
      ['Present Cllrs: K Langley (Chair), C d’Ayala (Vice Chair), P Lawrence, M Higgs.'],
      ['Clerk: Catharine Toms'],
      [],
      ['1.7.20', 'Attendance (as above)'],
      ['2.7.20', 'To receive apologies for absence. Cllr Kershaw (unwell).'],
      ['4.7.20', 'To approve the Minutes of the last meeting. Approved minutes to be posted on the website.'],
      [null, 'Action: Clerk and Cllr Higgs'],
      ['5.7.20', 'To invite Members of the Public to address the meeting.'],
      ['6.7.20', 'To receive the Chairman’s Report.'],
    ];
    const result = await check(workbook(sheet('Minutes', rows)), { asOf: '2020-07-01' });
    expect(loud(result)).toEqual(['owner.multiple@B8']);
  });

  test('a sheet with text in more than one column is not read as minutes', async () => {
    const rows: CellValue[][] = minutes().map((l) => [l, 'x']);
    const result = await check(workbook(sheet('Minutes', rows)), { asOf: '2024-03-05' });
    expect(loud(result)).toEqual([]);
  });
});

test('a long sentence where the deadline goes is quoted by the words that say when', async () => {
  const result = await run(minutes());
  const vague = result.findings.find((f) => f.ruleId === 'deadline.vague');
  expect(vague?.message).toContain('Deadline "…within the next eight weeks…"');
});

describe('minutes as a table: "Minute | Item | Action By"', () => {
  const table = (header: CellValue[], ...rows: CellValue[][]) =>
    check(
      workbook(sheet('Minutes', [['Minutes of the Annual Parish Council Meeting - 12th May 2025'], header, ...rows])),
      {
        asOf: '2025-05-12',
      },
    );
  const rows: CellValue[][] = [
    ['25055', 'Apologies received from Cllr Kendrick and Cllr Treece.', null],
    ['25057', 'Cllr McLuckie was re-elected unopposed to the position of Chairman.', null],
    ['25060', 'The emergency plan sub-committee to meet the Resilience Team.', 'AC BL RM'],
    ['25062', 'The AGAR was presented and the Governance Statement approved.', null],
    ['25062', 'The Accounting Statements were approved and signed.', null],
    ['25064', 'The clerk was authorised to proceed with the transfer of the land.', 'TB'],
  ];

  test('a minute that only records names nobody to act; initials side by side are several; numbers repeat', async () => {
    const result = await table(['Minute', 'Item', 'Action By'], ...rows);
    expect(loud(await table(['Minute*', 'Item', 'Action By'], ...rows))).toEqual(loud(result));
    expect(loud(result)).toEqual(['owner.multiple@C5', 'id.duplicate@A7']);
  });

  test('headed "No." over "Item", a minute naming no one records the meeting as well', async () => {
    const result = await table(['No.', 'Item', 'Action By'], ...rows);
    expect(loud(result)).toEqual(['owner.multiple@C5', 'id.duplicate@A7']);
  });

  test('under "No. | Item", who acts named on more than half the lines makes them a list of actions', async () => {
    // (Three of six named is half: still minutes; four of six is a list whose blank is missing.)
    const named = (n: number) => rows.map((r, i) => (i < n && r[2] === null ? [r[0], r[1], 'Clerk'] : r));
    expect(loud(await table(['No.', 'Item', 'Action By'], ...named(1)))).not.toContain('owner.missing@C4');
    expect(loud(await table(['No.', 'Item', 'Action By'], ...named(2)))).toContain('owner.missing@C6');
  });
});

test('a lone label in capitals among items in capitals is an item, not a heading', async () => {
  const result = await check(
    workbook(
      sheet('Agenda', [
        ['MATTERS ARISING'],
        ['Matter', 'Action', 'Who'],
        ['SPEED SIGNS', 'Clerk to arrange purchase of new signs', 'Clerk'],
        ['ANNUAL LITTER PICK', 'Rescheduled to 5th September', 'Cllr Oxby'],
        ['MOVEABLE SPEED SIGNS', null, null],
        ['STILES ON FOOTPATHS', 'Cllr Sardeson to give LCC information', 'Cllr Sardeson'],
      ]),
    ),
    { asOf: '2020-09-01' },
  );
  expect(loud(result)).toContain('owner.missing@C5');
});

describe('minutes kept in a table, with a column headed "Action" naming who acts', () => {
  const table = (actionOwner: CellValue, heading = 'Action', minutesShown = 6): CellValue[][] =>
    [
      ['Minutes'],
      ['Title:', 'Executive Team Meeting'],
      ['Attendees:', 'Jeff James (JJ - Chair)'],
      [],
      [null, null, heading],
      ['1.0', 'Minutes and Matters Arising'],
      ['1.1', 'The minutes of the previous meeting were reviewed and approved.'],
      ['2.1', 'The Dashboard is a monthly reporting and monitoring mechanism for the Executive Team.'],
      ['2.4', 'Action: JJ requested an update meeting on complaints handling twice a year.', 'PJM'],
      ['2.5', 'Action: PB to produce a supplementary report on the availability metric.', actionOwner],
      ['2.6', 'PJM to provide a copy of the Strategic Risk Register to RM.', 'PJM'],
    ].slice(0, 5 + minutesShown);

  const run = (rows: CellValue[][]) => check(workbook(sheet('Minutes', rows)), { asOf: '2015-02-04' });

  test('a minute naming someone, or opening "Action:", is an action; the others record discussion', async () => {
    expect(loud(await run(table('PB')))).toEqual([]);
    expect(loud(await run(table(null)))).toEqual(['owner.missing@C10']);
    expect(loud(await run(table('PJM / SL')))).toEqual(['owner.multiple@C10']);
    expect(loud(await run(table('All')))).toEqual(['owner.not-a-person@C10']);
  });

  test('"Who" heads the column as well, footnote mark and all', async () => {
    expect(loud(await run(table(null, 'Who *')))).toEqual(['owner.missing@C10']);
  });

  test('three numbered minutes are enough to read them so; two are not', async () => {
    const minutes = (n: number): CellValue[][] => [
      [null, null, 'Action'],
      ...[
        ['2.3', 'The Executive Team noted the dashboard.'],
        ['2.4', 'Action: report on complaints twice a year.', 'PJM'],
        ['2.5', 'Action: PB to report on the availability metric.', null],
      ].slice(3 - n),
    ];
    expect(loud(await run(minutes(3)))).toEqual(['owner.missing@C4']);
    expect(loud(await run(minutes(2)))).toEqual([]);
  });

  test('under the heading, one minute naming who acts is enough: none is no list of actions', async () => {
    // (A committee's minutes: only the correction to the last minutes asks anyone to act.)
    const minutes = (owner: CellValue, shown = 4): CellValue[][] => [
      ['Business Items', null, 'Action'],
      ...[
        ['1.1.', 'Apologies were received from Clare Parker.'],
        ['2.1.', 'No interests in addition to those previously identified were declared.'],
        ['3.1.', 'The minutes from 16 March were approved subject to one change to the attendance.', owner],
        ['4.1.', 'The committee noted the performance report.'],
      ].slice(4 - shown),
    ];
    expect(loud(await run(minutes('RH')))).toEqual([]);
    expect(loud(await run(minutes('Governance team')))).toEqual(['owner.not-a-person@C4']);
    expect(loud(await run(minutes(null)))).toEqual([]);
    // (Three numbered minutes, the action among them, and it is read; two are too few.)
    expect(loud(await run(minutes('Governance team', 3)))).toEqual(['owner.not-a-person@C3']);
    expect(loud(await run(minutes('Governance team', 2)))).toEqual([]);
  });

  test('"Agenda Item | | Action By" over "QS14/73": minutes, though a plan could be read there, its owners mostly blank', async () => {
    // (A health board committee's minutes: "Agenda Item" merged over the numbers and the words, each
    // minute numbered by the committee's letters and year.)
    const minutes = (owner: CellValue) =>
      check(
        workbook({
          ...sheet('5 June 2014', [
            [null, 'Ms S Utley', 'Wales Audit Office (observing)'],
            [],
            ['Agenda Item', null, 'Action By'],
            ['QS14/73', 'Declarations of Interest'],
            [null, 'Mr I Mitchell declared an interest in agenda item QS14/79.1, as Clinical Director of Therapies.'],
            ['QS14/74', 'Apologies for absence'],
            [null, 'Mrs V Nelson, Mrs H Stevens, Mr A Jones and Mr H Owen-Jones.'],
            ['QS14/75', 'Patient Story'],
            ['QS14/75.1', 'Mrs V Morris presented a patient story DVD; the Committee agreed a review.', owner],
          ]),
          merges: ['A3:B3'],
        }),
        { asOf: '2014-07-03' },
      );
    const named = await minutes('Mrs V Morris');
    expect(named.readings[0].kindReason).toBe("minutes in a table, with a column headed 'Action By' naming who acts");
    expect(loud(named)).toEqual([]);
    expect(loud(await minutes('Quality & Safety Committee'))).toEqual(['owner.not-a-person@C9']);
  });

  test('under "Action By", a list whose lines mostly name who acts stays a plan: a blank owner is missing', async () => {
    const plan = (owners: CellValue[]) =>
      check(
        workbook(
          sheet('Actions', [
            ['Agenda Item', 'Action', 'Action By'],
            ...owners.map((owner, i) => [`QS14/7${i}`, `Report on the audit finding number ${i + 1}.`, owner]),
          ]),
        ),
        { asOf: '2014-07-03' },
      );
    // (One blank of four is a quarter: fewer than three in four, so the lines are actions.)
    expect(loud(await plan(['Mrs V Morris', 'Mr A Thomas', null, 'Dr B Tehan']))).toEqual(['owner.missing@C4']);
  });

  test('"Attendance | | Action": a word of the minutes\' own beside the heading; a sentence there is not', async () => {
    const minutes = (beside: string): CellValue[][] => [
      [beside, null, 'Action'],
      ['1', 'Welcome and Introduction - the Chair opened the meeting at 19.30.'],
      ['3.0', 'Actions from Previous Minutes'],
      ['3.1', 'Dog Fouling - no further updates, carried forward to the next meeting.', 'JW/SMcR'],
      ['3.2', 'Community Notice Board - no further update, carried forward.', 'DR'],
    ];
    expect(loud(await run(minutes('Attendance')))).toEqual(['owner.multiple@C4']);
    expect(loud(await run(minutes('Attendance at the meeting of 7 April 2016')))).toEqual([]);
  });
});

describe("a parish's minutes taking up the last meeting's actions, a line each with no header", () => {
  // After a parish council committee's minutes: each action under the minute that set it.
  const minutes = (next: string, lead: string | null = null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['19/177.', 'Approval of previous minutes from 17th Feb 2020. No changes'],
          [null, 'The minutes of the meeting held on 17th Feb 2020 were approved as an accurate representation.'],
          ['19/178.', 'Action points from Feb 2020.'],
          ...(lead ? [[lead]] : []),
          ['19/62', 'Get green waste leaflet from SBC for Ridgeway View.', null],
          ['19/151', 'Provide the Clerk with contact details of new groups to hire the hall.', 'REMOVING'],
          ['19/151', 'Purchase items for CVPA.', 'ONGOING'],
          ['19/155', 'Ask Ward Cllrs for progress of hedge cutting on New Road.', 'CHASED WITH WARD CLLRS'],
          [next, 'Vote for new Vice Chairman of the Committee'],
          [null, 'Item postponed due to lack of Cllrs attending.'],
        ]),
      ),
      { asOf: '2020-03-16' },
    );

  test('each line under it is an action: the minute that set it, what it asked, and how it stands', async () => {
    expect(loud(await minutes('19/179.'))).toEqual(['status.missing@C4', 'id.duplicate@A6']);
  });

  test('a minute numbered before the heading is one more action taken up; one after ends the list', async () => {
    expect(loud(await minutes('19/176'))).toEqual(['status.missing@C4', 'id.duplicate@A6', 'status.missing@C8']);
  });

  test('above the first lead, a line names no one unless its words open with who acts', async () => {
    // After the same parish's full council: its number in a cell of its own, one lead part-way down.
    const led = (update: string | null) =>
      check(
        workbook(
          sheet('Minutes', [
            ['20/127', 'Approval of previous minutes from 19th October 2020.'],
            ['20/128', 'Action points from November'],
            ['19/155', 'Ask Ward Cllrs for progress of hedge cutting on New Road.', 'ONGOING'],
            ['20/47', 'Clerk to deal with H&S issues arising from tree survey report', 'ONGOING'],
            ['20/65', 'Get Grass Valet to re-visit for court inspection with Cllr', 'ONGOING'],
            ['20/107', 'Add talk with the football club to the November agenda', 'DONE'],
            [null, 'Add the correspondence received from the football club to the November agenda', update],
            ['Cllr Jefferies'],
            ['20/125', 'Ask the Clerk for a letter for the Memory Café band', 'ONGOING'],
            ['20/129.', 'Approve dispensation from attending meetings for a further 3 months.'],
            [null, 'All Cllrs agreed that this dispensation was required and allowed.'],
          ]),
        ),
        { asOf: '2020-11-16' },
      );
    expect(loud(await led('DONE'))).toEqual([
      'owner.missing@B3',
      'owner.missing@B5',
      'owner.missing@B6',
      'owner.missing@B7',
    ]);
    // (A line with no reference and no update goes on with the words above it: no action of its own.)
    expect(loud(await led(null))).toEqual(['owner.missing@B3', 'owner.missing@B5', 'owner.missing@B6']);
  });

  test('a lead runs to eight words; words under an action go on with its update', async () => {
    // After the same parish's full council: a lead naming three, an update run on to a line of its own.
    const council = (lead: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['20/42', 'Approval of minutes from 8th June 2020. No changes'],
            ['20/43', 'Action points:'],
            ['17/68', 'All Cllrs to do on-line GDPR training.', 'CHASE CLLRS'],
            [null, 'Cllrs Harris, Rogers and Kearsey have completed their GDPR training; the others are to follow.'],
            ['19/240', 'Arrange completion of new Rec Hall doors and frames within £2000 budget.', 'ONGOING'],
            ['20/28', 'Reply to SBC with the planning application decision.', 'DONE'],
            [lead],
            ['20/33:', 'Investigate funding options for the SSE works.', 'ONGOING'],
            ['20/44', 'Co-option of new Cllr.'],
          ]),
        ),
        { asOf: '2020-07-13' },
      );
    expect(loud(await council('Cllr D Rogers, Cllr Jefferies, Cllr Duke, Clerk:'))).toEqual([
      'owner.missing@B3',
      'owner.missing@B5',
      'owner.missing@B6',
      'owner.multiple@B8',
    ]);
    // (Nine words are a sentence, not a lead: the list ends above it, no line led.)
    expect(loud(await council('Cllr D Rogers, Cllr Jefferies, Cllr Duke and Clerk:'))).toEqual([]);
  });

  test('the matters arising may come first, up to four lines, with headings of their own', async () => {
    // After the same committee's minutes of January 2018.
    const arising = (said: number) =>
      check(
        workbook(
          sheet('Minutes', [
            ['17/130', 'Approval of previous minutes from 18th December 2017. No changes'],
            ['17/131.', 'Matters arising/Action points for EGPA Committee'],
            [null, 'Matters arising:'],
            ...Array.from({ length: said }, (_, i) => [
              null,
              `Cllr Sunners reported on matter ${i + 1} raised at the meeting.`,
            ]),
            [null, 'Action Points:'],
            ['Cllr Walton & Cllr Clarke'],
            ['17/97 –', 'Investigate costs of pitch improvements further and report back.', 'CARRY FORWARD'],
            ['17/105-', 'Get a further quote for tennis court inspection.', 'COMPLETED'],
            ['17/111 –', 'Get rough figures for extending the Rec ground carpark.', 'DONE'],
            ['17/132', 'Allotments'],
          ]),
        ),
        { asOf: '2018-01-15' },
      );
    expect(loud(await arising(3))).toEqual(['owner.multiple@B9', 'owner.multiple@B10', 'owner.multiple@B11']);
    expect(loud(await arising(4))).toEqual(['owner.multiple@B10', 'owner.multiple@B11', 'owner.multiple@B12']);
    expect(loud(await arising(5))).toEqual([]);
  });

  test('a line naming who leads the actions below it is their owner', async () => {
    expect(loud(await minutes('19/179.', 'Cllr Walton & Cllr Clarke'))).toEqual([
      'owner.multiple@B5',
      'status.missing@C5',
      'owner.multiple@B6',
      'id.duplicate@A7',
      'owner.multiple@B7',
      'owner.multiple@B8',
    ]);
  });
});

describe('"Item | Details | Action": minutes with their own headings, who acts named on two of them', () => {
  // After a hospital trust's equality steering committee minutes.
  const minutes = (headings: string[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['MINUTES OF THE EQUALITY STEERING COMMITTEE HELD ON FRIDAY 18TH FEBRUARY 2011'],
          ['PRESENT'],
          ['Clive Lewis', 'CL', 'Non Executive Director (Chair)'],
          ['Dave Smith', 'DS', 'Director of Human Resources/ Organisational Development'],
          ['Corinne Goatley', 'CG', 'Leadership Development Specialist'],
          headings,
          ['08.11', 'Apologies\nThere were no apologies'],
          ['09.11', 'Minutes of the last meeting\nThe minutes were agreed to be a correct record.'],
          ['10.11', 'Matters Arising\nDS reported that CL had offered to chair all subsequent meetings.', 'Committee'],
          ['11.11', 'Confirm Terms of Reference\nAn additional clause no. 6 is to be included.', 'DS/CG'],
        ]),
      ),
      { asOf: '2011-02-18' },
    );

  test('two headings of their own beside "Action" head the minutes', async () => {
    expect(loud(await minutes(['Item', 'Details', 'Action']))).toEqual(['owner.not-a-person@C9', 'owner.multiple@C10']);
  });

  test('three headings beside it are a table of its own, not minutes with a column of who acts', async () => {
    expect(loud(await minutes(['Item', 'Details', 'Notes', 'Action']))).toEqual([]);
  });
});

describe('"Min No | | Action": minutes numbered in a running count, their later paragraphs naming who acts', () => {
  // After a parish council's minutes: 4715, 4716 … typed as figures; a minute's second paragraph
  // carries its own action.
  const minutes = (first: number, paragraphOwner: CellValue) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Proceedings at a meeting held on 18 April 2018.'],
          ['Min No', null, 'Action'],
          [first, 'Apologies for absence'],
          [first + 1, 'Procedure – code of conduct – to discuss in more detail at the next meeting', 'Clerk'],
          [first + 2, 'Approval of the minutes of the meeting held on 23 March 2018.'],
          [first + 3, 'Updates from previous minutes'],
          [null, 'Durham Road Play Area – new goal post is in situ.'],
          [null, 'Consultation on Transport Information Centres – response sent.', paragraphOwner],
        ]),
      ),
      { asOf: '2018-04-18' },
    );

  test('numbers of four figures, typed as figures, number the minutes; a paragraph naming two is flagged', async () => {
    expect(loud(await minutes(4715, 'Clerk/Chairman'))).toEqual(['owner.multiple@C8']);
    expect(loud(await minutes(4715, 'Clerk'))).toEqual([]);
  });

  test('up to 9999 numbers a minute; 10000 and on are figures, not minutes', () => {
    const rows = (first: number): CellValue[][] => [
      ['Min No', null, 'Action'],
      [first, 'Procedure – code of conduct – to discuss in more detail at the next meeting', 'Clerk'],
      [first + 1, 'Approval of the minutes of the meeting held on 23 March 2018.'],
      [first + 2, 'Updates from previous minutes', 'Clerk/Chairman'],
    ];
    expect(actionColumnMinutes(sheet('Minutes', rows(9997)))?.reading.kind).toBe('action-plan');
    expect(actionColumnMinutes(sheet('Minutes', rows(10000)))).toBeNull();
  });
});

describe('"No. | Item | Minute | ACTION": the numbers of the minutes that ask nothing are checked too', () => {
  // After a community council's minutes laid out in a table, one minute naming who acts.
  const minutes = (third: string, fourth = '4.') =>
    check(
      workbook(
        sheet('Minutes', [
          ['Strachur & District Community Council: Minutes of Ordinary Meeting'],
          ['No.', 'Item', 'Minute', 'ACTION'],
          ['1.', 'Convener’s opening remarks.', 'Archie welcomed everyone to the meeting.'],
          ['2.', 'Apologies.', 'Cllr Gordon Blair apologised for non-attendance.'],
          [third, 'Minutes.', 'Minutes for the Ordinary Meeting held on 17th April 2024 were agreed.'],
          [fourth, 'Matters arising.'],
          ['a.', 'School lights on A815.', 'The lights are still not replaced.'],
          [null, null, 'As there had been no further progress, Kirstie offered to follow this up.', 'Kirstie'],
          ['b.', 'Police reports.', 'We were now receiving more informative reports.'],
        ]),
      ),
      { asOf: '2024-06-12' },
    );

  test('a number used twice where the next skips the one it should have been is flagged', async () => {
    expect(loud(await minutes('2.'))).toEqual(['id.duplicate@A5']);
  });

  test('numbers running on, or used twice with no number skipped after, are left alone', async () => {
    expect(loud(await minutes('3.'))).toEqual([]);
    expect(loud(await minutes('2.', '3.'))).toEqual([]);
  });
});

describe('"No. | Item | Action": minutes under the agenda\'s items, who acts named where there is an action', () => {
  // After a community council's monthly minutes.
  const minutes = (heading = 'Action', extra: CellValue[][] = []) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Monthly Minutes, November 9th 2021'],
          ['No.', 'Item', heading],
          ['1', 'Welcome & Apologies'],
          ['2.1', 'Meeting before last: GW Proposed, SC Seconded'],
          ['4', 'Constitution (to be signed)'],
          ['4.1', 'AK will identify changes that were made, and circulate to members.', 'AK / RD'],
          ['6.1', 'PB will lay wreath at New Elgin memorial.', 'PB'],
          ['6.2', 'GW lay wreath at Elgin memorial.', 'GW'],
          ['7.1', 'Full council meeting will be held on 10/11/22.'],
          ['7.2', 'GL went to COP26 this week and had discussions about charging points.', 'None'],
          ...extra,
        ]),
      ),
      { asOf: '2021-11-09' },
    );

  test('a minute naming no one, or "None", records the meeting; two named are flagged', async () => {
    expect(loud(await minutes())).toEqual(['owner.multiple@C6']);
    expect(loud(await minutes('Action By'))).toEqual(['owner.multiple@C6']);
  });

  test('a minute opening "Action:" with no one named still asks something: its owner is missing', async () => {
    const marked = await minutes('Action', [['8.1', 'Action: write to the roads department about the potholes.']]);
    expect(loud(marked)).toEqual(['owner.multiple@C6', 'owner.missing@C11']);
  });

  test('"Item | Action | Progress %" is a plan, not minutes: a line with no one named is missing its owner', async () => {
    const plan = await check(
      workbook(
        sheet('Priorities', [
          ['Council priorities 2019/20'],
          ['Serial No.', 'Item', 'Action', 'Progress %'],
          ['1', 'Replace the bus shelter on the Green', 'Clerk', 0.5],
          ['2', 'Resurface the car park at the recreation ground', 'Cllr Jones', 0.25],
          ['3', 'Install a defibrillator at the village hall', null, 0],
          ['4', 'Review the allotment tenancies', 'Clerk', 1],
        ]),
      ),
      { asOf: '2019-11-09' },
    );
    expect(loud(plan)).toContain('owner.missing@C5');
  });
});

describe('"Item | Minutes | Action" with every action marked "Action –": unmarked lines record the meeting', () => {
  // After a police and crime commissioner's accountability board: who acts named on most lines.
  const board = (words: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['ACCOUNTABILITY BOARD'],
          ['Item', words, 'Action'],
          [
            '3. Strategic outcomes requirements update',
            'The Chief Constable agreed a set of strategic outcome requirements.',
          ],
          [null, 'The Commissioner requires a report on progress to the end of June 2022.'],
          [null, 'Action – VA to provide a breakdown of the positive outcome rate.', 'VA'],
          [null, 'Action – PR to send the Commissioner the digital forensics policy.', 'PR'],
          [null, 'Action – SB to share the vetting figures.', 'SB'],
          [null, 'Action – to provide the Commissioner with the visit data.'],
        ]),
      ),
      { asOf: '2022-07-12' },
    );

  test('lines naming no one record the meeting; a line opening "Action" with no one named is missing its owner', async () => {
    expect(loud(await board('Minutes'))).toEqual(['owner.missing@C8']);
    expect(loud(await board('Minute'))).toEqual(['owner.missing@C8']);
  });

  test('"NA" names the person the list of those present gives those initials; without it, nobody', async () => {
    const minutes = (present: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['ACCOUNTABILITY BOARD'],
            ['Item', 'Minutes', 'Action'],
            ['1. Welcome and introductions', 'Attendees:'],
            [null, present],
            [null, 'Vaughan Ashcroft (VA)'],
            ['3. Strategic outcomes', 'The Commissioner requires a report on progress.'],
            [null, 'Action – NA to task ACC Tuckley to scope out a business continuity plan.', 'NA'],
            [null, 'Action – VA to provide a breakdown of the positive outcome rate.', 'VA'],
            [null, 'Action – SB to share the vetting figures.', 'SB'],
            [null, 'Action – PR to send the Commissioner the digital forensics policy.', 'PR'],
          ]),
        ),
        { asOf: '2022-07-12' },
      );
    expect(loud(await minutes('CC Nick Adderley (NA)'))).toEqual([]);
    expect(loud(await minutes('CC Nick Adderley'))).toEqual(['owner.missing@C7']);
  });

  test('under "Update" the lines are a list of actions: every blank is missing its owner', async () => {
    expect(loud(await board('Update'))).toEqual(['owner.missing@C3', 'owner.missing@C4', 'owner.missing@C8']);
  });
});

describe('"NO | Item | Action By | Date Required": minutes with a date only where someone acts', () => {
  // After a community council's minutes kept in a four-column table.
  const minutes = (undated: CellValue) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of Inverurie Community Council Meeting, 19th August 2019'],
          ['NO', 'Item', 'Action By', 'Date Required'],
          ['1.', 'Welcome and Apologies'],
          [null, 'CW thanked the Bid Manager of Inverurie Bid, who gave a presentation.'],
          ['3.', 'Police Report'],
          [
            null,
            'The Police Report is attached to these minutes. An officer did not attend the meeting.',
            null,
            undated,
          ],
          [null, 'CW to write to Police Scotland about the yellow lines being ignored.', 'CW/HW', 43728],
          ['4.', 'Minutes of Previous Meeting'],
          [null, 'The minutes of the meeting on 17th June 2019 were approved.'],
          [null, 'HW to put the approved minutes on the website.', 'HW', 43728],
        ]),
      ),
      { asOf: '2019-08-19' },
    );

  test('lines naming no one, with no date, record the meeting: no owner or date is missing', async () => {
    expect(loud(await minutes(null))).toEqual(['owner.multiple@C7']);
  });

  test('a date on a line naming no one makes the lines a list of actions: each blank owner is missing', async () => {
    expect(loud(await minutes(43728))).toContain('owner.missing@C6');
  });
});

describe('minutes under a header, their Action column naming who acts on the few lines with one', () => {
  // A joint committee's minutes: item, what was said and resolved, how the meeting took it, and who acts.
  const minutes = (first: CellValue, second: CellValue): CellValue[][] => [
    ['Shared Services Joint Committee: minutes, 18 January 2010'],
    ['Item', 'Description/Resolution', 'Status', 'Action'],
    ['20', 'Apologies for Absence. There were no apologies for absence.', 'Noted', null],
    ['21', 'Minutes of the Last Meeting. The minutes were agreed as a correct record and signed.', 'Agreed', first],
    ['22', 'Declarations of Interest. There were no declarations of interest from members.', 'Noted', null],
    [
      '23',
      'Annual Audit Letter. The letter was presented and the findings were discussed at length.',
      'Agreed',
      second,
    ],
    ['24', 'Date of next meeting. The next meeting will be held in March at the Civic Centre.', null, null],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Minutes', rows)), { asOf: '2010-01-18' });

  test('two names under "Action" beside the minutes are who acts: two on a line, or a team, are flagged', async () => {
    expect(loud(await run(minutes('Garry Barclay', 'Susan Guinness')))).toEqual([]);
    expect(loud(await run(minutes('Garry Barclay / Susan Guinness', 'Susan Guinness')))).toEqual(['owner.multiple@D4']);
    expect(loud(await run(minutes('Garry Barclay', 'Audit team')))).toEqual(['owner.not-a-person@D6']);
  });

  test('a minute naming no one, noted or agreed, records the meeting; one in progress with no one is an owner missing', async () => {
    const inProgress = minutes('Garry Barclay', 'Susan Guinness');
    inProgress[4][2] = 'In progress';
    expect(loud(await run(inProgress))).toEqual(['owner.missing@D5']);
  });

  test('one line naming a body is who acts too (a task there is the action)', async () => {
    const one = await run(minutes(null, 'Audit team'));
    expect(loud(one)).toEqual(['owner.not-a-person@D6']);
    expect(meaningOf(one, 'Action')).toBe('owner');
    const tasks = await run(minutes('Clerk to write to the auditor', 'Report back to the next meeting with options'));
    expect(meaningOf(tasks, 'Action')).toBe('action');
    expect(meaningOf(await run(minutes('Garry Barclay', 'Audit team')), 'Action')).toBe('owner');
  });
});

describe('"Arising from | Matter arising | Action": matters arising kept in a table', () => {
  const matters = (action: CellValue): CellValue[][] => [
    ['Schools Forum - Minutes and Matters Arising'],
    ['Arising from', 'Matter arising', 'Action'],
    ['minute 128', 'It was reported that 15 schools held surplus balances of at least 10% of their budgets.', null],
    ['minute 128', 'The place planning strategy was due to be presented to the Executive in the spring.', null],
    ['minute 128', 'A list of the schools most affected by the funding gap was to be drawn up.', action],
    ['minute 129', 'A questionnaire had been circulated to other authorities on their high needs costs.', 'Paul Clark'],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Matters', rows)), { asOf: '2020-01-16' });

  test('is read as minutes whose Action column names who acts', async () => {
    expect(loud(await run(matters('Rachel Morgan')))).toEqual([]);
    expect(loud(await run(matters('Chris Taylor / Rachel Morgan')))).toEqual(['owner.multiple@C5']);
    expect(loud(await run(matters('BFC Finance team')))).toEqual(['owner.not-a-person@C5']);
  });
});

describe("minutes whose Item column holds the agenda's standing headings", () => {
  const minutes = (heading: string): CellValue[][] => [
    ['Minutes of the Community Council Meeting, 22nd September 2020'],
    ['Item', 'Minute', 'Action by'],
    [
      'Minutes of August 2020',
      'The minutes were approved subject to one correction to the list of those present.',
      'Jan',
    ],
    [heading, 'None were declared at this meeting by any member present.', null],
    ['Planning', 'The application for the wall on Mill Road is to be followed up with the planners.', 'John'],
    ['Footpaths', 'The signage on the old railway path is to be replaced before the winter.', null],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Minutes', rows)), { asOf: '2020-09-22' });

  test('a minute under "Declarations of Interest" or "Matters Arising" with no one named asks nothing', async () => {
    expect(loud(await run(minutes('Declarations of Interest')))).toEqual(['owner.missing@C6']);
    expect(loud(await run(minutes('Matters Arising')))).toEqual(['owner.missing@C6']);
    expect(loud(await run(minutes('Allotments')))).toEqual(['owner.missing@C4', 'owner.missing@C6']);
  });
});

describe('minutes in prose with actions written into them after "ACTION:"', () => {
  const prose = (...minutes: [string, string][]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON MONDAY 21st NOVEMBER 2016'],
          ['Overhanging hedge.', 'This has now been cut back.'],
          ...minutes,
        ]),
      ),
      { asOf: '2016-11-21' },
    );
  const dogBins: [string, string] = [
    'Dog Bins.',
    'These have been ordered. ACTION: CLERK to inform Councillors of cost.',
  ];

  test('each minute with an action is an item, its owner who the words after the marker name', async () => {
    const result = await prose(dogBins, [
      'AVDC Councillor.',
      'ACTION: ME to invite Michael Hawkett to future meetings.',
    ]);
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual([]);
  });

  test('an action naming two, a body, or nobody is flagged on its minute', async () => {
    const result = await prose(
      dogBins,
      ['Signs.', 'Advanced warning would help. ACTION: NB to speak to property owners. CLERK to contact the PCSO.'],
      ['Planning portal.', 'Some Councillors have registered. ACTION: remaining Councillors to register.'],
      ['Estate Gates:', 'ACTION: to request an update from D Degge .'],
    );
    expect(loud(result)).toEqual(['owner.multiple@B4', 'owner.not-a-person@B5', 'owner.missing@B6']);
  });

  test('a date the minute gives its action ("by 20th November 2016") is its deadline: passed by the meeting, slipped', async () => {
    const by = (date: string) =>
      prose(dogBins, ['Noticeboard.', `Glass is cracked. ACTION: CLERK to order a replacement by ${date}.`]);
    expect(loud(await by('20th November 2016'))).toEqual(['deadline.slipped@B4']);
    expect(loud(await by('21st November 2016'))).toEqual([]);
  });

  test('"ACTION: A quotation had been received …": what happened, naming no one, is an action with no owner', async () => {
    const reported = (after: string) => prose(dogBins, ['Conifer hedge.', `ACTION: ${after}`]);
    expect(loud(await reported('A quotation had been received and it was agreed to accept it.'))).toEqual([
      'owner.missing@B4',
    ]);
    // (Opening with a name, however long, it names who acts.)
    expect(loud(await reported('Stephen Doogan would clarify the position with the contractor.'))).toEqual([]);
  });

  test('"ACTION: It was agreed that the Chief Constable would …", "… would be prepared – Kate": who was agreed to act', async () => {
    const agreed = (after: string) => prose(dogBins, ['Conifer hedge.', `ACTION: ${after}`]);
    expect(loud(await agreed('It was agreed that the Chief Constable would invite the contractor.'))).toEqual([]);
    expect(loud(await agreed('It was agreed that Jez should go forward with recruiting an assistant.'))).toEqual([]);
    expect(
      loud(await agreed('It was agreed a draft business plan would be prepared for the next meeting – Kate')),
    ).toEqual([]);
    // (Agreed that a thing be done, no one named, and no name after the task: no owner.)
    expect(loud(await agreed('It was agreed that the hedge would be cut back before the spring.'))).toContain(
      'owner.missing@B4',
    );
  });

  test('"ACTION (JP)": who acts in brackets after the mark, one or two, before how it stands', async () => {
    const bracketed = (who: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minutes of the Trust Board meeting, 23 November 2005'],
            ['Matters arising'],
            ['Trust tasks – job descriptions to be designed to interest other members – ACTION (JP)'],
            [`Trust accounts – contact to be made with Auditor re. provision of report – ACTION ${who} – ONGOING`],
          ]),
        ),
        { asOf: '2005-11-23' },
      );
    expect(loud(await bracketed('(CM)'))).toEqual([]);
    expect(loud(await bracketed('(JP) & (CM)'))).toEqual(['owner.multiple@A4']);
  });

  test('"ACTION (GL): TRA committee to contact …": who acts in brackets, then a colon and the task', async () => {
    const bracketed = (action: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minutes of the General Meeting of the Residents Association'],
            ['ACTION (RR): check the constitution about how notices need to be delivered to residents.'],
            [action],
          ]),
        ),
        { asOf: '2015-11-01' },
      );
    expect(loud(await bracketed('ACTION (GL): TRA committee (sc) to formally contact our local councillors.'))).toEqual(
      [],
    );
    expect(loud(await bracketed('ACTION (RR & BS): check the notices.'))).toEqual(['owner.multiple@A3']);
    // (Without its brackets, the committee named after the colon is who acts.)
    expect(loud(await bracketed('ACTION: TRA committee to formally contact our local councillors.'))).toEqual([
      'owner.not-a-person@A3',
    ]);
  });

  test('"[Action NC]": the mark and who acts in square brackets ending a minute', async () => {
    const bracketed = (who: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minutes of Management Committee Meeting held at the Pavilion on 22/05/2017'],
            ['UPDATE ON OUTSTANDING ACTIONS FROM PREVIOUS MEETINGS'],
            ['Immersion Heater – Tim Barton has offered to do this. NC will contact Tim to discuss. [Action NC]'],
            [`Funding for nets – BM will investigate funding and complete the forms. ${who}`],
            ['Mowers have now been purchased and delivered'],
          ]),
        ),
        { asOf: '2017-05-22' },
      );
    expect(loud(await bracketed('[action BM]'))).toEqual([]);
    expect(loud(await bracketed('[Action BM/PA].'))).toEqual(['owner.multiple@A4']);
    expect(loud(await bracketed('[Action: Committee]'))).toEqual(['owner.not-a-person@A4']);
    expect(loud(await bracketed('[Action TBC]'))).toEqual(['owner.missing@A4']);
    // (Square brackets around other words are no action: "[see attached]".)
    expect(loud(await bracketed('[see attached]'))).toEqual([]);
  });

  test('"(Action: Jonathan Picken)": in round brackets, with its colon, the mark reads the same', async () => {
    const bracketed = (who: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minutes of the Local Safeguarding Children Board, 17 September 2015'],
            ['Matters Arising'],
            ['·  The outcomes of an audit were still awaited and would be followed up.  (Action: Jonathan Picken)'],
            [`·  The EDT Annual Report would be presented to a future LSCB meeting. ${who}`],
            ['·  The Nine Signs campaign had been a success and there were plans to run a similar campaign.'],
          ]),
        ),
        { asOf: '2015-09-17' },
      );
    expect(loud(await bracketed('(Action: Alex Walters)'))).toEqual([]);
    expect(loud(await bracketed('(Action: Jonathan Picken/Alex Walters)'))).toEqual(['owner.multiple@A4']);
    expect(loud(await bracketed('(Action: Community Safety Team)'))).toEqual(['owner.not-a-person@A4']);
    expect(loud(await bracketed('(Action: )'))).toEqual(['owner.missing@A4']);
    // (Without its colon, "(action plan attached)" is no mark.)
    expect(loud(await bracketed('(action plan attached)'))).toEqual([]);
  });

  test('"Actions:" alone opening its line heads the list below it, and is no action naming no one', async () => {
    const listed = (heading: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minutes of the Steering Committee Meeting, 29 April 2014'],
            ['Review of Outstanding Actions'],
            [heading],
            ['The Secretary will consolidate the options and distribute them. ACTION: Secretary.'],
            ['The Co-Chairs will write to the parish councils. ACTION: RW to write.'],
          ]),
        ),
        { asOf: '2014-04-29' },
      );
    expect(loud(await listed('Actions:'))).toEqual([]);
    // (The mark with words after it is an action like the rest: "Action: to follow" names no one.)
    expect(loud(await listed('Actions: to follow up the letters.'))).toEqual(['owner.missing@A3']);
  });

  test('"Subject | Minute | Action", each subject numbered: the minutes kept in a table, a blank action no action', async () => {
    // After a parish council's minutes in its "new format … to assist with monitoring performance".
    const minutes = (heading: string) =>
      check(
        workbook(
          sheet('Sheet1', [
            ['MINUTES OF THE PARISH COUNCIL MEETING'],
            ['Thursday 1 April 2004 at 7.30 p.m.'],
            ['Subject', heading, 'Action'],
            ['1. Attendance', 'Mr AC Rickards (Chairman) A Mr DR Peake (Vice-Chairman) P (in the chair)', null],
            ['2. Declarations of interests', 'JB and Clerk declared non-prejudicial interests', null],
            ['3. Minutes', 'Resolved: Council 19 February 2004 - approved', null],
            ['4. Matters arising', null, 'Clerk'],
            ['5. Performance review', 'Clerk reported that work required for year end accounts', 'Clerk'],
            ['6. Annual Parish Meeting', 'Clerk reported on arrangements.', 'Clerk'],
            ['7. Amenities & Planning', null, 'ACR'],
          ]),
        ),
        { asOf: '2004-04-01' },
      );
    expect(loud(await minutes('Minute'))).toEqual([]);
    // (Under another heading the table is a plan whose blank owners are gaps.)
    expect(loud(await minutes('Notes'))).toContain('owner.missing@C4');
  });

  test('"Actions:" alone over tasks a line each: each task is an action, naming who acts or no one', async () => {
    // After a supporters' trust board's minutes: each item's actions listed under a lone mark.
    const board = (task: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Trust Board Meeting, 15th December 2020'],
            ['Present: Graeme Baxter (GB), Colin Flinn (CF), James Proctor (JP), Alan Russell (AR)'],
            ['Club Update'],
            ['No issues identified at the moment.'],
            ['Actions:'],
            ['AR to write to club to clarify outstanding questions submitted to Q&A – COMPLETE'],
            [task],
            ['Note: In December 2013 the Trust Board agreed to maintain a balance of £10,000.'],
            ['Membership Update'],
            ['Membership drive to be discussed at January meeting.'],
            ['Actions:'],
            ['GC to get bank access for CF.'],
          ]),
        ),
        { asOf: '2020-12-15' },
      );
    expect(loud(await board('GC to close account – carried over'))).toEqual([]);
    expect(loud(await board('JP & GC to send initial letter to Loan Note Holders'))).toEqual(['owner.multiple@A7']);
    expect(loud(await board('Discuss recruitment drive at January meeting.'))).toEqual(['owner.missing@A7']);
    // (A line that is no task ends the list: the note and what follows are no actions.)
    expect(loud(await board('Treasurers Report'))).toEqual([]);
  });

  test('"Action:" alone after a minute, the next minute under it, marks that minute with no one named', async () => {
    const team = (under: string) =>
      check(
        workbook(
          sheet('Minute', [
            ['Minute of the Drug and Alcohol Action Team meeting, 29 May 2008'],
            ['4.1.1   A paper on the resource implications was considered.'],
            ['Action: AB/SM'],
            ['4.1.2   There is still no confirmation of this year’s allocation of funds.'],
            ['Action:'],
            [under],
            ['Action: RT'],
          ]),
        ),
        { asOf: '2008-05-29' },
      );
    expect(loud(await team('4.1.3   It was agreed that a decision must be taken on the contingency.'))).toEqual([
      'owner.multiple@A3',
      'owner.missing@A5',
    ]);
    // (Over a list, "1) …", it heads the list.)
    expect(loud(await team('1) The Secretary will draft a contacts list and seek comments.'))).toEqual([
      'owner.multiple@A3',
    ]);
  });

  test('"… to be drafted. IT/WAML to action": initials after the task\'s sentence mark who acts', async () => {
    const trust = (who: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minutes of the Board meeting, 16 May 2017'],
            ['3.  Matters Arising and Previous Actions'],
            ['·  It was noted that the new software is not fit for purpose.'],
            [`·  Covering letter for Growth Plan circulation to be drafted. ${who} to action cfwd.`],
            ['·  Circulate Ranger development plan. SC to action by 28th April 2017 cfwd.'],
            ['·  A response regarding Hynish was expected. To be chased up. AW to action.'],
          ]),
        ),
        { asOf: '2017-05-16' },
      );
    expect(loud(await trust('NMP'))).toEqual(['deadline.slipped@A5']);
    expect(loud(await trust('NMP/WAML'))).toEqual(['owner.multiple@A4', 'deadline.slipped@A5']);
  });

  test('"ACTION: Results of the survey to be included on the agenda": a task in the passive names no one', async () => {
    const result = await prose(
      dogBins,
      ['Survey.', 'ACTION: Results of the Health survey to be included on the agenda for the conference.'],
      ['Allotments.', 'ACTION: CLERK to contact the contractor and arrange for the rubbish to be removed.'],
    );
    expect(loud(result)).toEqual(['owner.missing@B4']);
  });

  test('"Action Cllr Carnell", "Action. Cllr’s Jerwood, Cllr Latter": the marker before a councillor needs no colon', async () => {
    const result = await prose(
      ['Toilets.', 'The work on refurbishing the toilets will start in June. Action Cllr Carnell'],
      ['Allotment Numbering.', 'In hand. Action. Cllr’s Jerwood, Cllr Latter'],
      ['Footpath.', 'Action was taken by the county council last month to clear the path.'],
    );
    expect(loud(result)).toEqual(['owner.multiple@B4']);
    expect(result.readings[0].itemRows).toBe(2);
  });

  test('"(Act Clerk & GB)", "(Act )": the mark cut short, in brackets, names who acts or no one', async () => {
    const result = await prose(
      ['Benches.', 'Clerk asked to contact Shropshire Council about siting them (Act Clerk & GB)'],
      ['Speed signs.', 'To be moved monthly (Act GR)'],
      ['Caretaker.', 'No new checksheets for Caretaker Clerk to provide (Act )'],
      ['Footpath.', 'Damage to the stile (act of vandalism) was reported to the police.'],
    );
    expect(loud(result)).toEqual(['owner.multiple@B3', 'owner.missing@B5']);
    expect(result.readings[0].itemRows).toBe(3);
  });

  test('"Action 2: AM, HM to Action": a numbered action marks the minute as "ACTION:" does', async () => {
    const result = await prose(dogBins, [
      'AGM minutes:',
      'Ongoing; chairs to send a short summary to EJ. Action 2: AM, HM to Action.',
    ]);
    expect(loud(result)).toEqual(['owner.multiple@B4']);
  });

  test('two actions in one minute, each with its own owner, are no shared lead', async () => {
    const result = await prose(dogBins, [
      'Lengthsman:',
      'ACTION: Cllr Gretton to forward details of work. ACTION: Cllr Atkins to request an inspection.',
    ]);
    expect(loud(result)).toEqual([]);
  });

  test('a sentence after the action naming no one is no second owner', async () => {
    const result = await prose(dogBins, [
      'Bus Shelters.',
      'ACTION: NB to order new bus stop signs. Improvements to the interiors of the shelters are needed.',
    ]);
    expect(loud(result)).toEqual([]);
  });

  test('"Action – The Clerk. Action ongoing.": a dash marks the action as a colon does, and how it stands is no owner', async () => {
    const result = await prose(
      ['Carpark.', 'Progress estimates for carpark floodlighting. Action – The Clerk. Action ongoing.'],
      [
        'Business Plan.',
        'Discuss the draft Business Plan. Action – The Clerk & Mr McKinley. Action ongoing – awaiting a reply.',
      ],
    );
    expect(loud(result)).toEqual(['owner.multiple@B4']);
  });

  test('one marked action in minutes titled as a meeting is their one item', async () => {
    const result = await prose(dogBins, ['AVDC Councillor.', 'Michael Hawkett to be invited.']);
    expect(result.readings.map((r) => r.kind)).toEqual(['action-plan']);
    expect(loud(result)).toEqual([]);
  });
});

describe('one action written into a meeting\'s record after "ACTION:"', () => {
  const emergencyPlan =
    'Community Emergency Plan. Action: All members to review the Emergency Plan and send amendments to the Clerk.';
  const numbered = (count: number) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Gorsley & Kilcot Parish Council'],
          [],
          ...[
            ['18', 'Apologies for absence received from Cllr John Barker.'],
            ['19', 'Declarations of interest: none.'],
          ].slice(0, count - 1),
          ['25', emergencyPlan],
        ]),
      ),
      { asOf: '2020-07-06' },
    );

  test('three numbered minutes make a record of a meeting: its one action is read', async () => {
    expect(loud(await numbered(3))).toEqual(['owner.not-a-person@B5']);
  });

  test('two numbered minutes under a title naming no meeting are too few for one action', async () => {
    expect(loud(await numbered(2))).toEqual([]);
  });

  const titled = (title: string[][]) =>
    check(workbook(sheet('Notes', [...title, [emergencyPlan]])), { asOf: '2020-07-06' });
  const filler = (n: number) => Array.from({ length: n }, (_, i) => [`Note ${i + 1} on the hall.`]);

  test("a meeting named in the sheet's first six rows makes one action enough", async () => {
    const rows = [...filler(5), ['Minutes of the meeting of 6 July 2020']];
    expect(loud(await titled(rows))).toEqual(['owner.not-a-person@A7']);
  });

  test('a meeting named only in the seventh row, or no meeting at all, leaves one action a note', async () => {
    expect(loud(await titled([...filler(6), ['Minutes of the meeting of 6 July 2020']]))).toEqual([]);
    expect(loud(await titled([['Appendix 3'], ['Position as reported to committee']]))).toEqual([]);
    const fees = [['Pool Hire Charges from April 2017'], ['Barton Pool', '£715']];
    const result = await check(
      workbook(sheet('Pool hire', [...fees, ['IMPORTANT ACTION: To confirm pool bookings.']])),
      {
        asOf: '2017-04-01',
      },
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('minutes in prose whose actions name who acts by their initials', () => {
  const lines = (...extra: string[]) =>
    run(
      [
        'Draft Minutes of a meeting held on 7 March 2019',
        'Present Iain Jenner, Colin Campbell, Ann Marie Cameron, Lisa Glaze (minute sec)',
        'Minutes of last meeting be accepted proposed AMC Seconded DW',
        'Creag Mhòr cemetery',
        'Dot Ferguson has confirmed HC own the cemetery.',
        'IJ to contact SL to set up a meeting with her',
        'DEFIB SIGNS – suggest they be erected on the bus shelter – AM to contact Highland Council',
        ...extra,
      ],
      '2019-03-07',
    );

  test('"IJ to contact SL" is an action of IJ\'s; two sets of initials share it; ASAP is no date', async () => {
    const result = await lines('AMC/LG to send to SL to coordinate', 'IJ to buy a picture frame ASAP');
    expect(loud(result)).toEqual(['owner.multiple@A8', 'deadline.vague@A9']);
  });

  test('"… to be circulated – MF/MG.": the task, a dash, then who acts; "– ongoing" names no one', async () => {
    const result = await lines(
      'Scottish Government Brexit impact document to be circulated – MF/MG.',
      'Apprenticeships, Oban HS to be approached – MF',
      'Keyworker accommodation survey – ongoing.',
    );
    expect(loud(result)).toEqual(['owner.multiple@A8']);
  });

  test('dotted initials ("D.C."), and who "offered to" act, name who acts too', async () => {
    const result = await lines(
      'D.C. offered to approach Highways to see what could be done.',
      'D.C. and the clerk offered to investigate whether grants were available.',
      'The PC requested that the accounts be made available.',
    );
    expect(loud(result)).toEqual(['owner.multiple@A9']);
  });

  test('everyone, or initials ending the line, are read the same', async () => {
    const result = await lines(
      'HYDRO PLAN – no update – IJ/CC TO DEAL.',
      'Letter under door at hall. ALL to get letter.',
    );
    expect(loud(result)).toEqual(['owner.multiple@A8', 'owner.not-a-person@A9']);
  });

  test('"DM and IM to get back in touch" is shared; a date in the words is the deadline', async () => {
    const result = await lines(
      'Oich Road - DM and IM to get back in touch with Shane Manning.',
      'Scottish Canals - there is still more to be done. IJ to contact Ailsa Andrews again by 30th November 2018.',
      'Village signs - IJ to order the signs by 30th April 2019.',
    );
    expect(loud(result)).toEqual(['owner.multiple@A8', 'deadline.slipped@A9']);
  });

  test('"CD To make amendments": a capital "To" after the initials is the same action', async () => {
    const result = await lines('CD To make amendments to the Terms of Reference by 28/02/19 -');
    expect(loud(result)).toEqual(['deadline.slipped@A8']);
  });

  test('one line naming who acts is an action in minutes, and a note where no meeting is named', async () => {
    const minuted = await run(
      ['Draft Minutes', 'The hall was booked.', 'IJ and SL to contact the hirer'],
      '2019-03-07',
    );
    expect(loud(minuted)).toEqual(['owner.multiple@A3']);
    const noted = await run(['Hall bookings', 'The hall was booked.', 'IJ and SL to contact the hirer'], '2019-03-07');
    expect(noted.readings.some((r) => r.kind === 'action-plan')).toBe(false);
  });
});

describe('minutes numbered "1)", "8.1" in a cell before each minute, actions named by initials', () => {
  const minutes = (close: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Parish Council Meeting held on Monday 6th December 2021'],
          [`1${close}`, 'Chairman'],
          [null, 'The Chairman welcomed Councillors and members of the public'],
          [`2${close}`, 'Present:'],
          [null, 'In the Chair A. Vigrass, L. Bowden, T. Dixon and K. O’Donoghue (clerk).'],
          [`3${close}`, 'Apologies'],
          [null, 'T. Martin, M. Norton, A. Stanley'],
          [`8${close}`, 'Parish Councillors Reports'],
          ['8.1', 'Millennium Wood is in a poor state – TD & AV to inspect'],
          ['8.2', 'Resolved – that the PC is in favour of a 20mph speed limit in the village.'],
          ['8.3', 'Parking is an issue. Resolved – to write to residents – AV to action'],
        ]),
      ),
      { asOf: '2021-12-06' },
    );

  test('"1)" is a minute\'s number, as "1." is: the minutes are one column of lines', async () => {
    for (const close of [')', '.']) expect(loud(await minutes(close))).toEqual(['owner.multiple@B9']);
  });

  test('"1:" is no minute\'s number: the lines are not one column, but the minutes still ask by name', async () => {
    // ("TD & AV to inspect", "AV to action": read from the words of the record, whatever its numbers.)
    expect(loud(await minutes(':'))).toEqual(['owner.multiple@B9']);
  });
});

describe('"Agenda | Subject | Led by": a governing body\'s agenda, who brings each item beside it', () => {
  const agenda = (heading: string, lead: string): CellValue[][] => [
    ['Full Governing Body Meeting – Part I Minutes'],
    [heading, 'Subject', lead],
    [1, 'Welcome & Apologies', 'NT'],
    [2, 'Minutes of Full Governing Body Meeting 19th January 2017', 'NT'],
    [3, 'Actions of Full Governing Body Meeting 19th January 2017', 'Various'],
    [4, 'Leadership Update', 'LC/All Governors'],
    [5, 'Budget 2017/2018', 'GB/LC'],
    [6, 'Governor Training', 'All'],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Agenda', rows)), { asOf: '2017-04-27' });

  test('is the business of the meeting: who brings an item owns no action', async () => {
    const result = await run(agenda('Agenda', 'Led by'));
    expect(result.readings[0].kindReason).toContain("a meeting's agenda");
    expect(loud(result)).toEqual([]);
  });

  test('under "Lead" beside it, or "Action" over the items, the leads are checked', async () => {
    expect(loud(await run(agenda('Agenda', 'Lead')))).toContain('owner.multiple@C6');
    expect(loud(await run(agenda('Action', 'Led by')))).toContain('owner.multiple@C6');
  });
});

describe("a board's items with who leads each, ending in any other business", () => {
  const items = (last: string): CellValue[][] => [
    ['BID Board March 2019'],
    [null, 'Item', 'Lead'],
    ['1', 'Welcome and minutes sign off', 'JB'],
    ['2', 'Finance and business update', 'IH'],
    ['3', 'Levy update: next steps for non-payers', 'LSR'],
    ['4', last, null],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Board', rows)), { asOf: '2019-03-05' });

  test('"AOB" or the date of the next meeting with no lead asks nothing of anyone', async () => {
    expect(loud(await run(items('AOB and confirmation next meeting April')))).toEqual([]);
    expect(loud(await run(items('Date of next meeting')))).toEqual([]);
  });

  test('any other item with no lead is an owner missing', async () => {
    expect(loud(await run(items('Business plan sign off')))).toEqual(['owner.missing@C6']);
  });
});

describe('"Minute | Minutes | Action by": minutes kept in a table, who acts named on the few lines with an action', () => {
  const minutes = (actionLine: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minute', 'Minutes', 'Action by'],
          [
            'Minute 42(1)',
            'JM sought confirmation of timescales. JC confirmed the engagement sessions are scheduled.',
            null,
          ],
          [null, actionLine, null],
          [
            'Minute 42(2)',
            'TM advised discussions are still on-going regarding the re-provision of the station.',
            null,
          ],
          ['Minute 43(2)', 'JM highlighted initiatives across the county regarding the Victims Charter.', null],
          [null, 'Meeting to be scheduled to discuss these initiatives.', 'JM'],
        ]),
      ),
      { asOf: '2013-04-30' },
    );

  test('two lines in five naming who acts still make minutes; half of them make a list of actions', async () => {
    const lines = (named: number) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minute', 'Minutes', 'Action by'],
            ...[1, 2, 3, 4].map((n) => [
              `Minute 4${n}`,
              `The board discussed item ${n} and noted the report on it.`,
              n <= named ? 'JM' : null,
            ]),
            ['Minute 45', 'The board discussed the budget and noted the report on it.', null],
          ]),
        ),
        { asOf: '2013-04-30' },
      );
    expect(loud(await lines(2))).toEqual([]);
    expect(loud(await lines(3))).toEqual(['owner.missing@C5', 'owner.missing@C6']);
  });

  test('a minute naming nobody records the meeting; an "ACTION:" line with nobody named is missing its owner', async () => {
    expect(loud(await minutes('ACTION: Update to Executive Board on 7 May.'))).toEqual(['owner.missing@C3']);
    expect(loud(await minutes('The board noted the update.'))).toEqual([]);
  });
});

describe('"Action | Who | Deadline" printed again under each minute, over its actions', () => {
  const minutes = (firstAction: CellValue[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['165.', 'APOLOGIES'],
          ['165.1.', 'Apologies for absence were received and accepted from Anna Hassan and Guy Pope.'],
          ['165 a.', 'Action', 'Who', 'Deadline'],
          firstAction,
          ['166.', 'DECLARATIONS OF INTEREST'],
          ['166.1.', 'David Cumberland declared that he was Chair of Governors of University Academy Warrington.'],
          ['166 a.', 'Action', 'Who', 'Deadline'],
          [null, 'None', null, null],
          ['167.', 'MINUTES OF THE MEETING HELD ON THE 11TH MARCH 2014'],
          ['167.1.', 'The minutes were agreed as a true and accurate record and signed by the Chair.'],
          ['167 a.', 'Action', 'Who', 'Deadline'],
          [null, 'File signed minutes and agenda pack', 'FN', '30/04/2014'],
        ]),
      ),
      { asOf: '2014-04-02' },
    );

  test('the minutes between the boxes and a box saying "None" ask nothing; each box\'s action is checked', async () => {
    expect(loud(await minutes([null, 'Update meeting register of attendance', 'FN', 'asap']))).toEqual([
      'deadline.vague@D4',
    ]);
  });

  test("a box's first action with nobody named is missing its owner", async () => {
    expect(loud(await minutes([null, 'Update meeting register of attendance', null, '30/04/2014']))).toEqual([
      'owner.missing@C4',
    ]);
  });
});

describe('"| | Action By": minutes under a heading that kept only who acts', () => {
  // The Anglia Revenues Partnership joint committee: minute numbers on each minute's first line,
  // the minutes beside them, "Action By" over the few lines with an action.
  const committee = (lead: CellValue, second: CellValue): CellValue[][] => [
    ['ANGLIA REVENUES AND BENEFITS PARTNERSHIP JOINT COMMITTEE'],
    [],
    ['PRESENT', 'Mr. J. Humphreys\nMr W.H.C. Smith\nMr P.D. Claussen (Vice-Chairman)'],
    ['In Attendance', 'Alison Chubbock - Accountancy Officer\nAndrew Claydon - Strategic Manager'],
    [],
    [null, null, 'Action By'],
    ['22/09', 'MINUTES'],
    [
      null,
      'The minutes of the meeting held on 21 May 2009 were confirmed as a correct record and signed by the Chairman.',
    ],
    [null, 'Matter Arising - Item 20/09 – Items for Next Meeting'],
    [
      null,
      'It was pointed out that the update on East Cambridgeshire’s application for full membership was now being discussed.',
      lead,
    ],
    [null, 'It was agreed that this item be no longer considered by this Partnership.'],
    ['23/09', 'APOLOGIES'],
    [null, 'Apologies for absence were received from Mr D Burnip, Mr A Colyer and Mr G Wilson.'],
    ['24/09', 'URGENT BUSINESS'],
    [null, '(a) District Council'],
    [
      null,
      'The Strategic Manager updated Members on the discussions that had taken place with regard to a fourth partner joining.',
      second,
    ],
  ];
  const read = (lead: CellValue, second: CellValue) =>
    check(workbook(sheet('Minutes', committee(lead, second))), { asOf: '2009-07-30' });

  test('minutes naming nobody are no actions; who acts is checked where named', async () => {
    expect(loud(await read('Strategic Manager', 'Head of Finance'))).toEqual([]);
    expect(loud(await read('Chief Executive Officers Group', 'Strategic Manager / Head of Finance')).sort()).toEqual([
      'owner.multiple@C16',
      'owner.not-a-person@C10',
    ]);
  });

  test('"22/09" on a minute\'s first line is its number, not a heading over the minutes', async () => {
    const result = await read('Strategic Manager', 'Head of Finance');
    expect(result.readings.find((r) => r.kind === 'action-plan')?.headerRows).toEqual([6, 6]);
  });
});

describe('"| Action" over unnumbered minutes, who acts named beside a few of them', () => {
  // A parochial church council's minutes: the items' words on the left, initials on the right.
  const pcc = (...actions: CellValue[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['PAROCHIAL CHURCH COUNCIL MEETING'],
          ['Minutes of meeting held on Tuesday 16th May 2023 at 7.30pm in the Porch Room'],
          [null, 'Action'],
          ['Apologies: John Jutsum; Simon Ritter; Tracey Clements', null],
          ['Minutes of the previous meeting held on 21st March 2023 These were agreed un-amended.', null],
          ['Matters Arising not covered elsewhere on the agenda', actions[0]],
          ['Rector’s Report', actions[1]],
          ['Finance No business to report.', null],
          ['Fabric and Churchyard', actions[2]],
          ['Safeguarding TC and HG have delivered basic training to the Pastoral Care Team.', null],
        ]),
      ),
      { asOf: '2023-05-16' },
    );

  test('the minutes naming who acts are the actions, each name checked; the rest record discussion', async () => {
    expect(loud(await pcc('HG', 'Rector', 'AA'))).toEqual([]);
    expect(loud(await pcc('HG/AA', 'Standing Committee', 'AA\nMS'))).toEqual([
      'owner.multiple@B6',
      'owner.not-a-person@B7',
      'owner.multiple@B9',
    ]);
  });

  test('one minute naming who acts is too few to read the column so', async () => {
    expect((await pcc('HG/AA', null, null)).readings.some((r) => r.kind === 'action-plan')).toBe(false);
  });

  test('a column of sentences under "Action" names no one: not read so', async () => {
    const result = await pcc('Bring the quote to the next meeting', 'HG', 'AA');
    expect(result.readings.some((r) => r.kind === 'action-plan')).toBe(false);
  });
});

describe('"No. | Minute | Action" whose Action cells read "ACTION – who – what"', () => {
  // A development trust's directors' minutes: the action lines in the Action column, who acts
  // between dashes.
  const trust = (first: string, second: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Community Directors Meeting'],
          ['Monday 14th December 4:00 p.m. 2020'],
          ['Apologies: Denise Atherley, Allan Henderson'],
          ['No.', 'Minute', 'Action'],
          ['1.', 'Larder Lease and Possible Loan'],
          [null, 'After discussion, the Board agreed to a lease in principle.'],
          [null, null, first],
          [null, 'The existing loan was clarified.'],
          ['2.', 'Huts Project Next Steps'],
          [null, 'Board agreed to discuss location with Toby.'],
          [null, null, second],
          [null, null, 'ACTION – LC – Send the projected figures to the directors.'],
        ]),
      ),
      { asOf: '2020-12-14' },
    );

  test('who acts is read from between the dashes; "?" there is nobody, two are shared', async () => {
    expect(
      loud(await trust('ACTION – GH – Forward bullet points.', 'ACTION – MA – Discuss location with Toby.')),
    ).toEqual([]);
    expect(
      loud(await trust('ACTION – CD/GH – Forward bullet points.', 'ACTION – ? – Discuss location with Toby.')),
    ).toEqual(['owner.multiple@C7', 'owner.missing@C11']);
  });

  test('"DT - paper/LS - agenda": two who, each with a part, share the action', async () => {
    expect(loud(await trust('ACTION: DT - paper/LS - agenda', 'ACTION – MA – Discuss location with Toby.'))).toEqual([
      'owner.multiple@C7',
    ]);
  });
});

describe('action points minuted under one minute, the minutes going on after them', () => {
  // After a parish committee's minutes: the action points from the last meeting under 24/130.
  const committee = (next: string, above = '24/130') =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Environment, General Purpose and Amenities Committee'],
          ['24/129', 'Approval of minutes 16th September 2024.'],
          [null, 'A proposal was made to approve these minutes as an accurate record.'],
          [above, 'Action points from previous meeting.'],
          ['Ref', 'Action', 'Status'],
          ['23/185', 'Complete PROW forms and send to SBC.', 'PENDING.'],
          ['24/99', 'Arrange for new allotment gate and fencing.', 'DONE'],
          ['24/107', 'Clerk to report issues to SBC and also contact the estate manager.', 'DONE.'],
          ['24/115', 'Advise CTS to carry out the work at the Rec hall.', null],
          ['24/123', 'Add "next agenda" items to the next EGPA meeting.', 'DONE'],
          [next, 'Parishing Progress. No items'],
          ['24/132', 'Parish appearance and safety. To consider and vote on actions.'],
        ]),
      ),
      { asOf: '2024-10-21' },
    );

  test('the minute after the one the table is minuted under ends it: its items are the minutes going on', async () => {
    expect(loud(await committee('24/131'))).toEqual(['status.missing@C9']);
  });

  test('written number first ("131/24" after "130/24") too', async () => {
    expect(loud(await committee('131/24', '130/24'))).toEqual(['status.missing@C9']);
  });

  test('a reference that is not the next minute is one of the action points', async () => {
    expect(loud(await committee('24/126'))).toEqual(['status.missing@C9', 'status.missing@C11', 'status.missing@C12']);
  });
});

describe('an "Action | | Who?" table printed under one item of minutes numbered in an outline', () => {
  // After a community council's minutes: the matters arising under 2.1, the actions under them.
  const minutes = (next: string, ownNumbers: (string | number)[] = [1, 2, 3], reach = 3) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of Meeting 22nd November 2016 at The Harbour Offices'],
          ['1.0', 'Minutes of 25th October 2016'],
          [null, 'The minutes of the meeting held on the 25th October 2016 were approved.'],
          ['2.1', 'Various matters'],
          ...Array.from({ length: reach }, (_, i) => [null, `• Matter ${i + 1} was discussed and is not yet settled.`]),
          ['Action', null, 'Who?'],
          [ownNumbers[0], 'Enquiries with Garry Cameron re planning document', 'Margaret'],
          [ownNumbers[1], 'Enquiry with SNH re cows on the machair', null],
          [ownNumbers[2], 'Road signage possibilities', 'Hugh Morrison'],
          [next, 'Health Care Changes'],
          [null, 'There are no changes. There is still no progress in the search for another GP.'],
          ['2.3', '17 Manse Road'],
          [null, 'Work is speeding up. Most of the units are in.'],
        ]),
      ),
      { asOf: '2016-11-22' },
    );
  const headerRow = (reach: number) => 5 + reach;

  test('the numbers under "Action" are the actions\' and the blank column beside them their words', async () => {
    const result = await minutes('2.2');
    expect(meaningOf(result, 'Action')).toBe('id');
    expect(loud(result)).toEqual([`owner.missing@C${headerRow(3) + 2}`]);
  });

  test('a repeated action number is flagged', async () => {
    expect(loud(await minutes('2.2', [1, 2, 2]))).toContain(`id.duplicate@A${headerRow(3) + 3}`);
  });

  test('the outline\'s next item ("2.2", "3.0") ends the table: the minutes go on', async () => {
    for (const next of ['2.2', '3.0', '2.2.'])
      expect([next, loud(await minutes(next))]).toEqual([next, [`owner.missing@C${headerRow(3) + 2}`]]);
  });

  test("an item that does not follow the one above is the table's own line", async () => {
    expect(loud(await minutes('2.4'))).toContain(`owner.missing@C${headerRow(3) + 4}`);
  });

  test('where the table numbers its own lines in an outline, "2.2" is one of them', async () => {
    expect(loud(await minutes('2.2', ['1.1', '1.2', '1.3']))).toContain(`owner.missing@C${headerRow(3) + 4}`);
  });

  test('the item above is looked for up to eight rows over the header', async () => {
    expect(loud(await minutes('2.2', [1, 2, 3], 7))).toEqual([`owner.missing@C${headerRow(7) + 2}`]);
    expect(loud(await minutes('2.2', [1, 2, 3], 8))).toContain(`owner.missing@C${headerRow(8) + 4}`);
  });
});

describe('"Item | Discussion | Action": minutes in a table, who acts named on the lines with an action', () => {
  // After a community council's minutes: the matters arising merged down the Item column.
  const minutes = (approve = 'Approve minutes', gala = 'Trish/Sally') =>
    check(
      workbook({
        ...sheet('Minutes', [
          ['Slains and Collieston Community Council'],
          ['ITEM', 'DISCUSSION', 'ACTION'],
          [approve, 'Proposed by Julie Swan, seconded by Suzie Stewart', null],
          ['Matters Arising', 'Gala arrangements were proceeding.', null],
          [null, 'Trish Davidson needed to confirm the number of burgers and rolls required.', gala],
          [null, 'Sally will ask Fiona Bell if she can do the programme and posters again.', 'Sally'],
          [null, 'WRI were unable to do the Teas as a number of their members were unavailable.', null],
          [null, 'CATs will do the Gala teas, but as there are a large number of helpers needed.', 'All'],
          [null, 'The second batch of raffle tickets had arrived.', null],
        ]),
        merges: ['A4:A9'],
      }),
      { asOf: '2014-06-04' },
    );

  test('the lines naming who acts are actions: two people, and everyone, are flagged', async () => {
    expect(loud(await minutes())).toEqual(['owner.multiple@C5', 'owner.not-a-person@C8']);
  });

  test('a line naming one person is right; the lines naming nobody under standing items record the meeting', async () => {
    expect(loud(await minutes('Approval of the previous minutes', 'Trish'))).toEqual(['owner.not-a-person@C8']);
  });
});

describe('"Item | Subject | Action" numbered in an outline, a section\'s number left alone over a page break', () => {
  // After a local enterprise partnership board's notes: "1.0 | Preliminary items", then its items.
  const notes = (lone: string) =>
    check(
      workbook(
        sheet('Notes', [
          ['NOTES OF MEETING HELD WEDNESDAY 4th JUNE 2014'],
          ['Item', 'Subject', 'Action'],
          ['1.0', 'Preliminary items', null],
          ['1.1', 'The Vice Chancellor updated the board on the role of the university in the region.', null],
          ['1.2', 'Welcome and Apologies', null],
          [null, 'LEP Chairman to attend the Core Cities LEP Chairs event in Liverpool later this month.', 'PC/BS'],
          [lone, null, null],
          ['2.1', 'The sector group chair updated the board on the group and its role in the plan.', 'BS'],
        ]),
      ),
      { asOf: '2014-06-04' },
    );

  test('"2.0" alone is the next section\'s number, not an action with no one named', async () => {
    expect(loud(await notes('2.0'))).toEqual(['owner.multiple@C6']);
  });

  test('"2.1" alone is a line of its own, its cells left blank', async () => {
    expect(loud(await notes('2.1'))).toContain('owner.missing@C7');
  });
});

describe('"ID | Minute | Action" with who acts named on one line only', () => {
  // After a drainage board's minutes.
  const board = (action: string, heading = 'Broads (2006) IDB, Minute') =>
    check(
      workbook(
        sheet('Minutes', [
          ['ID', heading, 'Action'],
          ['02/19/01', 'The Chairman reported that Mr Brian Lawn had been appointed to the Board.', null],
          ['03/19/01', 'The Chairman led Members in standing for a moment’s silence in memory of Mr Key.', null],
          ['04/19/01', 'Mr A Goose declared an interest in respect of the payment relating to his farm.', null],
          ['05/19/01', 'The minutes of the last Board meeting held on 15 November 2018 were approved.', null],
          [null, 'The Project Engineer reported that both he and the Catchment Engineer would visit the site.', action],
        ]),
      ),
      { asOf: '2019-02-01' },
    );

  test('the one line naming two people is an action with two owners; the minutes naming nobody record the meeting', async () => {
    expect(loud(await board('MP/GB'))).toEqual(['owner.multiple@C6']);
    expect(loud(await board('MP'))).toEqual([]);
  });

  test('a sentence in the Action column names no one: the column is not who acts', async () => {
    expect((await board('Report back to the next meeting')).findings.map((f) => f.ruleId)).not.toContain(
      'owner.missing',
    );
  });

  test('"Discussion" beside the items is the minutes too, though the table does not read it', async () => {
    expect(loud(await board('MP/GB', 'Discussion'))).toEqual(['owner.multiple@C6']);
  });

  test('so is "CONTENT", as a commission minutes its items ("ITEM | CONTENT | ACTION"); "Context" is not', async () => {
    expect(loud(await board('MP/GB', 'CONTENT'))).toEqual(['owner.multiple@C6']);
    expect(loud(await board('MP/GB', 'Context'))).toEqual([]);
  });
});

describe('minutes with no header, who acts named alone in a cell after the minute ("AM/PW", "CLERK")', () => {
  // After a parish council's accepted minutes.
  const minutes = (first: string, second: string, third: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['ACCEPTED MINUTES of the Parish Council Meeting'],
          ['18/689', 'Apologies for Absence'],
          [null, 'Cllr Warman (RW) due to work commitments and Carole Lee due to illness.'],
          ['18/691', 'Minutes & Matters Arising from Previous Meeting 12th April 2021'],
          [null, '18/655 (18/637) – AM agreed to arrange a village walkaround with the new owners.', first],
          [null, 'Councillors were advised that there has been an attempted break-in at the pavilion.', second],
          [null, 'It was RESOLVED that the minutes be signed as a true record.'],
          ['18/692', 'County Council'],
          [null, 'It was suggested and agreed to write to LCC, Highways asking for the verges to be cut.', third],
        ]),
      ),
      { asOf: '2021-06-07' },
    );

  test('the minutes naming who acts are the actions: two people, or the council, are flagged', async () => {
    expect(loud(await minutes('AM', 'CLERK', 'CLERK'))).toEqual([]);
    expect(loud(await minutes('AM/PW', 'CLERK', 'Council'))).toEqual(['owner.multiple@C5', 'owner.not-a-person@C9']);
  });

  test('a column holding anything longer than a few words is no column of who acts', async () => {
    expect(loud(await minutes('AM/PW', 'CLERK', 'Letter sent to LCC Highways on 8 June'))).toEqual([]);
  });
});

describe("a club's short action points, each a sentence of a few words with who acts beside it", () => {
  // After a football club's committee minutes: points under headings, initials at each one's end.
  const points = (first: string, second: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of Holme Rovers Football Club 13/08/17'],
          ['Finance'],
          ['KH gave update on monies in bank.'],
          [first, 'GW/SG'],
          [second, 'SG/KH'],
          ['Apply to Tesco.', 'GW'],
          ['Juniors'],
          ['Erect junior goals.', 'PH/RB'],
        ]),
      ),
      { asOf: '2017-08-13' },
    );

  test('three words ending in a full stop are an action: two people named are flagged', async () => {
    expect(loud(await points('Back pack Tesco September.', 'Invoices regarding sponsorship.'))).toEqual([
      'owner.multiple@B4',
      'owner.multiple@B5',
      'owner.multiple@B8',
    ]);
  });

  test('two words, or words with no full stop, are a label beside a code, and no action', async () => {
    expect(loud(await points('Back pack.', 'Invoices regarding sponsorship'))).toEqual(['owner.multiple@B8']);
  });
});

describe('"ACTION POINT – MB" in a cell beside each matter arising', () => {
  // After a community centre's trustees' minutes.
  const arising = (mark: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Trustees Meeting of 13th September 2009'],
          ['4', 'MATTERS ARISING FROM THE MINUTES OF THE 9TH AUGUST 2009'],
          ['3', 'Litter Bins – MB still awaiting a response from ARUN', 'ACTION POINT – MB'],
          [null, 'Quote for plumbing and pipe fitting – HW still ongoing', 'ACTION POINT HW'],
          ['10', 'Recommendation to Committee re Utilities – JV ongoing', mark],
        ]),
      ),
      { asOf: '2009-09-13' },
    );

  test('names who acts on its matter: one person is clean, two are flagged', async () => {
    expect(loud(await arising('ACTION POINT JV'))).toEqual([]);
    expect(loud(await arising('ACTION POINT JV/JL'))).toEqual(['owner.multiple@C5']);
  });
});

describe('"Actions Agreed" beside each minute: who acts, a colon, then the task ("SD: Confirm attendance")', () => {
  // After a Big Local partnership's minutes.
  const agreed = (second: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Partnership Meeting Minutes, Wednesday 27th April 2016'],
          [null, null, 'Actions Agreed'],
          [
            null,
            'SD will confirm directly with NH whether or not he can attend the Spring Event.',
            'SD: Confirm attendance with NH',
          ],
          [null, 'St Martins School Big Grants scheme application was discussed with the Local Trust.', second],
          [null, 'The Spring Event programme was agreed and will be circulated with the newsletter.', null],
        ]),
      ),
      { asOf: '2016-04-27' },
    );

  test('names who acts on its minute: one is clean, two are flagged', async () => {
    expect(loud(await agreed('LR: Write to St Martins School.'))).toEqual([]);
    expect(loud(await agreed('BL/LR: Write to St Martins School.'))).toEqual(['owner.multiple@C4']);
  });

  test('words before a colon that name no one are no mark of who acts', async () => {
    expect(loud(await agreed('Next steps: Write to St Martins School.'))).toEqual([]);
  });
});

describe('"MW/BO/Noted": who acts beside a minute, with how it stands among the names', () => {
  // After a parish council's minutes, each line ending in initials or "Noted".
  const matters = (first: string, second: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Bayford Parish Council minutes, 21 November 2011'],
          ['Matters Arising'],
          ['No further news from Dawn Grocock re the new bridleway parallel to Ashendene Road.', 'Noted'],
          ['The brambles need to be cut back and the willow tree pruned around the pond at Willow Corner.', first],
          ['EHDC have been notified again re the excess gravel on the bend at the bottom of Bayford Lane.', 'Noted'],
          ['MW is to highlight the station problems in the next parish magazine and report back.', second],
        ]),
      ),
      { asOf: '2011-11-21' },
    );

  test('the names are who acts: one is clean, two are flagged, "Noted" set aside', async () => {
    expect(loud(await matters('MW/Noted', 'Noted/MW'))).toEqual([]);
    expect(loud(await matters('MW/BO/Noted', 'Noted/MW/JH'))).toEqual(['owner.multiple@B4', 'owner.multiple@B6']);
  });
});

describe('a PTA\'s minutes: initials with an apostrophe ("DO’C"), or the teachers, beside a minute', () => {
  const fayre = (first: string, third: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['PTA Meeting Minutes, April 2012'],
          ['4.', 'School Fayre – 19th May – Olympic theme agreed'],
          [
            null,
            'Climbing wall & archery organised – letter re timed slot allocation and sponsorship to go out',
            first,
          ],
          [null, 'Tea/coffee stall – confirm if teachers can do this and buy all necessary refreshments', 'MJ'],
          [null, 'Children’s food – possibility that teachers could do this stall at the fayre this year', third],
        ]),
      ),
      { asOf: '2012-04-26' },
    );

  test('name who acts: one is clean; two, or the teachers as a body, are flagged', async () => {
    expect(loud(await fayre('DO’C', 'CJ'))).toEqual([]);
    expect(loud(await fayre('DO’C/CJ', 'Teachers'))).toEqual(['owner.multiple@C3', 'owner.not-a-person@C5']);
  });

  test('the board, like the teachers, is a body asked to act', async () => {
    expect(loud(await fayre('DO’C', 'Board'))).toEqual(['owner.not-a-person@C5']);
  });
});

describe('a footnote mark on the Action heading of minutes', () => {
  test('"Action *" is the Action column still: the one line naming two people is flagged', async () => {
    const result = await check(
      workbook(
        sheet('Minutes', [
          ['ID', 'Minute', 'Action *'],
          ['02/19/01', 'The Chairman reported that Mr Brian Lawn had been appointed to the Board.', null],
          ['03/19/01', 'The Chairman led Members in standing for a moment’s silence in memory of Mr Key.', null],
          ['04/19/01', 'Mr A Goose declared an interest in respect of the payment relating to his farm.', null],
          [
            null,
            'The Project Engineer reported that both he and the Catchment Engineer would visit the site.',
            'MP/GB',
          ],
        ]),
      ),
      { asOf: '2019-02-01' },
    );
    expect(loud(result)).toEqual(['owner.multiple@C5']);
  });
});

describe('"Item | Notes | Action": who acts copied beside the "ACTION:" lines of a board\'s notes', () => {
  // After a police accountability board's notes.
  const notes = (first: string, second: string) =>
    check(
      workbook(
        sheet('Notes', [
          ['Police Accountability Board Notes 13th August 2019'],
          ['Item', 'Notes', 'Action'],
          ['1. Minutes of previous meeting', '• Minutes of the previous meeting were agreed.'],
          [null, '• The Action Log was updated.'],
          ['2. Information requests', '• SN gave update on key issues, including information retention.'],
          [null, '• There was a discussion regarding requirements set by the ICO.'],
          [null, `• ACTION: ${first} will consult the ICO on the peer review's recommendations.`, first],
          [null, '• SN provided reassurance that progress will be monitored closely.'],
          [null, `• ACTION: ${second} to provide an update at the November meeting.`, second],
        ]),
      ),
      { asOf: '2019-08-13' },
    );

  test('"the force" in lower case is a body; initials listed, the first "NA", are several officers', async () => {
    expect(loud(await notes('the force', 'SN'))).toEqual(['owner.not-a-person@C7']);
    expect(loud(await notes('NA, MS, HK and CR', 'SN'))).toEqual(['owner.multiple@C7']);
    expect(loud(await notes('JA', 'SN'))).toEqual([]);
  });
});

describe('"Item No. | Item | To be Actioned by | By When": minutes whose standing items name no one and no date', () => {
  // After a local enterprise partnership committee's minutes.
  const minutes = (first: string, by: CellValue = null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Performance and Investment Committee Meeting held on 24th January 2018'],
          ['Item No.', 'Item', 'To be Actioned by', 'By When'],
          ['1.', `${first}\nML sent his apologies`, null, by],
          ['2', 'Conflicts of Interest\nLH declared interest in the Tarvin Road project', null, null],
          ['4', 'Minutes from the last meeting: Approved', null, null],
          ['5', 'Tarvin Road Improvements\nKL to clarify the scheme costs with the Committee.', 'KL', '21st Feb'],
        ]),
      ),
      { asOf: '2018-01-24' },
    );

  test('welcome, conflicts of interest and the last minutes record the meeting: nothing is asked', async () => {
    expect(loud(await minutes('Welcome, Introductions and Apologies'))).toEqual([]);
  });

  test('a line that is no standing item, or one given a date, still asks for who acts', async () => {
    expect(loud(await minutes('Skills capital programme'))).toContain('owner.missing@C3');
    expect(loud(await minutes('Welcome, Introductions and Apologies', '28th Feb'))).toContain('owner.missing@C3');
  });
});

describe('two posts named as who acts beside a minute, at more length than a name', () => {
  // After a borough council scrutiny committee's minutes: Item No | Item/Resolution | Status | Action.
  const minutes = (who: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Item No', 'Item/Resolution', 'Status', 'Action'],
          [
            '1.',
            'APOLOGIES\n\nThe following apologies for absence were reported: Councillors S. Healy and J. Wilkins',
            'Noted',
            null,
          ],
          [
            '2.',
            'DECLARATIONS OF INTEREST\n\nThere were no declarations of interest or dispensations reported.',
            'Noted',
            null,
          ],
          [
            '3.',
            'MINUTES\n\nThe Minutes of the meeting held on 25th June, 2018 were submitted and agreed.',
            'Noted',
            null,
          ],
          [
            '4.',
            'TRINITY CHAPEL\n\nA report on the costs of the refit would be presented to the Scrutiny Committee.',
            'Noted',
            who,
          ],
        ]),
      ),
      { asOf: '2018-07-23' },
    );

  test('"Head of Community Services / Scrutiny & Democratic Officer" is two officers', async () => {
    expect(loud(await minutes('Head of Community Services / Scrutiny & Democratic Officer'))).toEqual([
      'owner.multiple@D5',
    ]);
    expect(loud(await minutes('Head of Community Services'))).toEqual([]);
  });

  test('two posts, each with its area or name after a dash, run to 80 characters; longer is words', async () => {
    // As a Scottish council's area committee minutes name who acts (63 characters).
    const two = 'Committee Administrator - Wigtown, Governance Officer - Claire';
    expect(loud(await minutes(two))).toEqual(['owner.multiple@D5']);
    const eighty = 'Committee Administrator - Wigtown, Principal Governance Officer - Claire Rodgers';
    expect(eighty.length).toBe(80);
    expect(loud(await minutes(eighty))).toEqual(['owner.multiple@D5']);
    expect(loud(await minutes(`${eighty}on`))).toEqual([]);
  });
});

describe('"Item | Minute | Action": the agenda\'s numbered headings in a column of their own beside the minutes', () => {
  // After a community council's draft minutes.
  const minutes = (first: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of meeting held on Tuesday 16th August 2016'],
          ['Item', 'Minute', 'Action'],
          [first, 'The Chair welcomed everyone back after the short summer recess. No police present.', null],
          [
            'Item 2. Minutes of June meeting/matters arising (if not on agenda).',
            'The minutes of the June meeting were approved, after one amendment, as a true and accurate record.',
            null,
          ],
          [
            '(2) Invitation to Roads Manager.',
            'This is now proposed for the October meeting and invitations will be issued.',
            'MG',
          ],
          [null, 'GF will advise MG of contact details for the Area Commander.', 'GF'],
          [
            'Item 3. Planning.',
            'RS raised an issue regarding the area at Spinningdale classed as the countryside.',
            'RS',
          ],
        ]),
      ),
      { asOf: '2016-08-16' },
    );

  test('under "Item 1. Welcome/Apologies" and "Item 2. Minutes of June meeting" the minutes ask nothing', async () => {
    expect(loud(await minutes('Item 1. Welcome/Apologies (as above)/Police report.'))).toEqual([]);
  });

  test('under an item that is no standing heading, a minute naming no one is an action missing its owner', async () => {
    expect(loud(await minutes('Item 1. Village hall roof.'))).toEqual(['owner.missing@C3']);
  });
});

describe('"No. | Item | Minute | Action" with "End" where a minute asks nothing more', () => {
  // After a Highland community council's minutes kept in a four-column table.
  const minutes = (done: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the meeting held on Monday 27th July 2020'],
          ['No.', 'Item', 'Minute', 'Action'],
          ['5', 'Harbour', 'The harbour trust reported that the new pontoons are now in place.', null],
          ['6', 'Planning', 'There were no new applications affecting the village this month.', done],
          ['7', 'Footpaths', 'The path to the Fairy Glen was reported as clear after the storms.', done],
          ['8', 'Youth Issues', 'It was agreed FT and GF would extend the reach of the youth survey.', 'GF/FT'],
          ['9', 'Roads', 'The potholes on the High Street were reported to the council in June.', null],
        ]),
      ),
      { asOf: '2020-07-27' },
    );

  test('"End" names no one: the minutes mostly record the meeting, and those naming no one ask nothing', async () => {
    expect(loud(await minutes('End'))).toEqual(['owner.multiple@D6']);
  });

  test('names on most of them make a list of actions: a blank is missing its owner', async () => {
    expect(loud(await minutes('DB'))).toEqual(['owner.missing@D3', 'owner.multiple@D6', 'owner.missing@D7']);
  });
});

describe('matters arising kept in a table, each line following up an earlier minute: "(3.2) …"', () => {
  // After a parish council's draft minutes, initials in the Action column on two lines only.
  const arising = (mark: (ref: string) => string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['LEIGH ON MENDIP PARISH COUNCIL MEETING held on 17th September 2012'],
          [null, null, 'Action'],
          ['3.0', 'Minutes of the meetings held on 16.07.12 and 30.08.12 and matters arising'],
          [
            '3.2',
            `${mark('3.2')}Clearance of gulley – the gulley was cleaned following the report. Action complete.`,
            null,
          ],
          ['3.3', `${mark('3.3')}Bramble along Church Walk – IB agreed to check the present condition.`, 'IB'],
          [
            '3.4',
            `${mark('3.4')}Village Stones – a meeting has been organised for 24th September. BW to attend.`,
            'BW',
          ],
          ['3.5', `${mark('3.6')}Local Grant application – wig-wag to be installed. Action complete.`, null],
          ['3.6', `${mark('3.7 & 3.8')}Weed killing & Overgrown verges – see item 4.1. Action complete.`, null],
        ]),
      ),
      { asOf: '2012-09-17' },
    );

  test('a follow-up with no one in the Action cell is an action whose owner is missing', async () => {
    expect(loud(await arising((ref) => `(${ref}) `))).toEqual([
      'owner.missing@C4',
      'owner.missing@C7',
      'owner.missing@C8',
    ]);
  });

  test('lines that follow up nothing earlier are minutes: one naming no one records the meeting', async () => {
    expect(loud(await arising(() => ''))).toEqual([]);
  });
});

test('numbered minutes taking up the last meeting\'s actions, "4.2 | (3.3) …", ask who answered for each', async () => {
  // After a parish council's annual meeting: initials in the Action column where a minute records an action.
  const minutes = (mark: (ref: string) => string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['MINUTES'],
          ['PARISH COUNCIL ANNUAL MEETING held on 19th September 2011'],
          ['In attendance: S Vaillant (SV; Clerk)'],
          [null, null, 'Action'],
          ['1.0', 'Apologies'],
          ['1.1', 'Late apologies were received from RM.'],
          ['3.0', 'Co-Option of Councillor'],
          ['3.1', 'CC proposed that Jake Smith be co-opted as Parish Councillor. SV to organise the forms.', 'SV'],
          ['3.2', 'Clerk to find out the date of councillor training with the county association.', 'SV'],
          ['4.0', 'Minutes of the meeting held on 15/08/11 and matters arising'],
          ['4.1', 'The minutes of the meeting held on 15th August 2011 were agreed as a true record.'],
          ['4.2', `${mark('3.3')}Village Welcome packs were handed out as noted. Action complete.`],
          ['4.3', `${mark('3.9')}Water Butt – the base has been repaired and new stone installed.`],
          ['4.5', `${mark('4.1')}Grant for Village Halls – Clerk to inform the Village Hall Committee.`, 'SV'],
        ]),
      ),
      { asOf: '2011-09-19' },
    );
  const result = await minutes((ref) => `(${ref}) `);
  expect(result.readings[0].kindReason).toContain("a column headed 'Action'");
  expect(loud(result)).toEqual(['owner.missing@C12', 'owner.missing@C13']);
  expect(loud(await minutes(() => ''))).toEqual([]);
});

describe('the last meeting\'s actions taken up one by one under the minute reviewing them: "Item 2 – …"', () => {
  // After a health board's health and safety committee minutes: two numbered minutes, then the
  // action list's items, initials in the ACTION column on one of them.
  const minutes = (reviewing: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['MINUTES OF THE HEALTH & SAFETY GOVERNANCE COMMITTEE HELD ON 16TH APRIL 2014'],
          [null, null, 'ACTION'],
          ['1.', 'APOLOGIES FOR ABSENCE\nApologies were received from Dr Montgomery and John Wilson.'],
          ['2.', `${reviewing}\nThe minutes of the previous meeting were approved as an accurate record.`],
          [null, 'Item 1 – HSE Cost Recovery – Mrs Clark confirmed the request goes in early May.'],
          [null, 'Item 2 – Stress Toolkit – Mrs Clark updated the Committee on the recent launches.'],
          [null, 'Item 5 – CHP minutes – whether the focus on infection results would change monitoring.', 'RMK'],
          [null, 'Item 6 – CHP minutes – the wording has been fed back to them. CLOSED.'],
        ]),
      ),
      { asOf: '2014-04-16' },
    );

  test('under "Minutes of previous meeting and action list", each item asks who answered for it', async () => {
    expect(loud(await minutes('MINUTES OF PREVIOUS MEETING AND ACTION LIST'))).toEqual([
      'owner.missing@C5',
      'owner.missing@C6',
      'owner.missing@C8',
    ]);
  });

  test('under a minute that reviews no actions, the same lines are its discussion', async () => {
    expect(loud(await minutes('MINUTES OF PREVIOUS MEETING'))).toEqual([]);
  });

  test('with no heading over the columns, "4. ACTION PLAN" heads the items it takes up', async () => {
    const plan = (heading: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['MINUTES OF THE HEALTH & SAFETY COMMITTEE MEETING HELD ON 2 FEBRUARY 2012'],
            ['3.', 'MATTERS ARISING\nIncident reports – the Committee agreed a more regular review.', 'CH'],
            [null, 'To be included on the agenda as a standing item from the next meeting.', 'KC'],
            ['4.', `${heading}\nReviewed and updated action plan as below.`],
            [null, 'Item 2 Annual Maintenance – noted that there is no Fife wide programme.'],
            [null, 'Item 3 Slings – Manual Handling Steering Group taking forward, to report by March.'],
            ['5.', 'RIDDOR INCIDENTS\nNo incidents to note since the last meeting.'],
            [null, 'Item 4 Fire Evacuation Chairs – training now complete.'],
          ]),
        ),
        { asOf: '2012-02-02' },
      );
    expect(loud(await plan('ACTION PLAN'))).toEqual(['owner.missing@C5', 'owner.missing@C6']);
    expect(loud(await plan('WORK PLAN'))).toEqual([]);
  });

  test('"No | Item | Action": matters arising each under its reference, "Ref 2.2.1 …"', async () => {
    const arising = (second: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['No', 'Item', 'Action'],
            ['1', 'Apologies were received from Dorothy Wilson and Joyce Barclay.'],
            ['2.1', 'Accuracy\nAllan confirmed that his name is spelt with 2 Ls.'],
            ['2.2', 'Matters Arising not covered in the Agenda'],
            [null, 'Ref 2.2.1 Dundee House\nScott is meeting with Rob on Monday and will feed back.', 'SM'],
            [null, `${second}\nTo be discussed after the meeting.`],
            [null, 'Ref 2.2.5 Loop System\nArchitectural Services are looking at this.', 'DW'],
            ['3', 'Single Equality Scheme\nScott handed out and explained the to do list.'],
            [null, 'The draft action plan points are to be listed with the main aims.', 'SM'],
          ]),
        ),
        { asOf: '2009-11-27' },
      );
    expect(loud(await arising('Ref 2.2.2 Hate Crime Reporting'))).toEqual(['owner.missing@C6']);
    expect(loud(await arising('Hate Crime Reporting'))).toEqual([]);
  });

  test('"Ref 2.3 …" says it follows up minute 2.3 wherever it stands, numbered or not', async () => {
    const minutes = (second: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['No', 'Item', 'Action'],
            ['2.1', 'The minutes were accepted as a true record.'],
            ['2.2', 'Ref 2.2 Dundee House, feedback promised at the next meeting.', 'MS'],
            ['2.3', `${second}, the group agreed to go forward with the national youth charter.`],
            ['2.4', 'Ref 2.4 Peace Room Survey, feedback on its use was given to the group.', 'AW/JB'],
            ['3', 'Single Equality Scheme: the to do list was handed out and explained.'],
          ]),
        ),
        { asOf: '2012-01-31' },
      );
    expect(loud(await minutes('Ref 2.3 LGBT Youth Charter'))).toEqual(['owner.missing@C4', 'owner.multiple@C5']);
    // (A reference of one number, "Ref 2", may be anything's: only a minute's, "2.3", says so.)
    expect(loud(await minutes('Ref 2 LGBT Youth Charter'))).toEqual(['owner.multiple@C5']);
  });
});

describe('"Item | Update | Actions and recommendations | Who": a transport group\'s notes log', () => {
  // After a community area transport group's action and notes log.
  const log = (first: string, action: string | null = null) =>
    check(
      workbook(
        sheet('Action Notes Log', [
          ['COMMUNITY AREA TRANSPORT GROUP ACTION / NOTES LOG'],
          ['Item', 'Update', 'Actions and recommendations', 'Who'],
          [first, 'Present: Allison Bucknell – Chair, Bob Jones, Jacqui Lay (Wiltshire Council)', action, null],
          ['2. Notes of last meeting - December 5th 2018 sent as separate file.', null, null, null],
          ['3. Issue 4458 – Widham Bridge', 'A road closure is not required.', 'Lining to be refreshed', 'SH'],
          ['4. Issue 5127 – Station Road', 'Speed survey results received.', 'Survey to be reported', null],
        ]),
      ),
      { asOf: '2019-02-27' },
    );

  test("those present, with the apologies beside them, and the last meeting's notes ask nothing", async () => {
    const apologies = 'Apologies: Mary Champion (Wiltshire Council), Diane Kirby (Tockenham)';
    expect(loud(await log('1. Attendees and apologies', apologies))).toEqual(['owner.missing@D6']);
  });

  test('an item that is no business of the meeting itself, with an action and no one named, is missing its owner', async () => {
    expect(loud(await log('1. Pedestrian crossing, High Street', 'Crossing to be surveyed'))).toEqual([
      'owner.missing@D3',
      'owner.missing@D6',
    ]);
  });
});

describe('a partnership board\'s minutes: who attended above, "ACTION FOR INFORMATION / ACTIONS" over who acts', () => {
  // After a Big Local partnership board's draft minutes.
  const minutes = (heading: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the meeting held on Wednesday 18th September 2014'],
          ['PRESENT', 'Sue Houghton', 'Resident Partnership Chair', 'SH'],
          [null, 'Louise Edwards', 'Basildon Borough Council Partnership Member', 'LE'],
          [
            'APOLOGIES',
            'Viv Clements, Peter Dickson, Dean Ross, Jane Stratford',
            'Clinical Commissioning Group Partnership Member; Resident Partnership Members of the Board',
            'VC, PD, DR, JS',
          ],
          ['ITEM', null, null, heading],
          [null, 'WELCOME', 'The meeting commenced at 19:03pm. SH gave welcomes, introductions and apologies.'],
          [
            1,
            'MINUTES OF LAST MEETING',
            'Minutes for 20th August 2014 had an incorrect date in the heading to be amended.',
            'SJ / LE',
          ],
          [2, 'CO-ORDINATOR REPORT', 'SJ distributed a monthly report and allowed a few moments for clarification.'],
          [
            3,
            'UPCOMING FOCUS',
            'CE confirmed the date of the away day and suggested that the agenda should include progress.',
          ],
        ]),
      ),
      { asOf: '2014-09-18' },
    );

  test('those sending apologies are no action; the minute naming two is; those naming no one record the meeting', async () => {
    expect(loud(await minutes('ACTION FOR INFORMATION / ACTIONS'))).toEqual(['owner.multiple@D7']);
  });
});

describe("a steering group's matters arising: the last meeting's actions, each under its reference", () => {
  // After a neighbourhood plan steering group's minutes: Item | Raised by | Discussion & Decision.
  const minutes = (refs: string[]) =>
    check(
      workbook(
        sheet('Steering Group', [
          ['Minutes of the Neighbourhood Plan Steering Group, 24 September 2015'],
          ['Item', 'Raised by', 'Discussion & Decision'],
          ['Attendance & Apologies', 'Chair', '9 present & 3 apologies'],
          ['Matters Arising.'],
          ['Revised TOR Document', 'Chair', `${refs[0]} Make amendments ready for signing at the next meeting`],
          [null, null, `${refs[1]} Chair to locate copy of Survey previously considered`],
          [null, null, `${refs[2]} Sub Group to revisit content of proposed press article`],
          [null, null, `${refs[3]} Rob Ward to contact RCC to invite one of its members`],
          [null, null, `${refs[4]} The Chair agreed to provide a copy of the minutes`],
        ]),
      ),
      { asOf: '2015-09-24' },
    );

  test('each is an action: who acts the words before "to"; one naming no one, or a group, is flagged', async () => {
    const refs = ['13/08/15-01', '13/08/15-07', '13/08/15-08', '13/08/15-10', '13/08/15-04'];
    expect(loud(await minutes(refs))).toEqual(['owner.missing@C5', 'owner.not-a-person@C7']);
  });

  test("a date in a referenced action's words is its deadline", async () => {
    const result = await check(
      workbook(
        sheet('Steering Group', [
          ['Minutes of the Neighbourhood Plan Steering Group, 24 September 2015'],
          ['Matters Arising.'],
          ['13/08/15-01 Chair to locate copy of Survey previously considered'],
          ['13/08/15-07 Rob Ward to contact RCC by 1st September 2015'],
          ['13/08/15-08 Sue Lee to write to the landowners by 1st October 2015'],
        ]),
      ),
      { asOf: '2015-09-24' },
    );
    expect(loud(result)).toEqual(['deadline.slipped@A4']);
  });

  test('three references make such a list; two do not', async () => {
    const two = ['13/08/15-01', '13/08/15-07', '', '', ''];
    expect(loud(await minutes(two))).toEqual([]);
    const three = ['13/08/15-01', '13/08/15-07', '13/08/15-08', '', ''];
    expect(loud(await minutes(three))).toEqual(['owner.missing@C5', 'owner.not-a-person@C7']);
  });
});

describe('minutes under "No. | Item | Action by" with no one named anywhere', () => {
  const minutes = (marker: string | null) =>
    check(
      workbook(
        sheet('Harbour Committee', [
          ['Agenda and minutes'],
          ['Venue: Berry Head Hotel, Berry Head Road, Brixham, TQ5 9AJ'],
          [],
          ['Items'],
          ['No.', 'Item', 'Action by'],
          ['52.', 'Apologies'],
          [
            null,
            'To receive apologies for absence, including notifications of any changes to the membership of the Committee.',
          ],
          [null, 'Minutes: An apology for absence was received from External Advisor Mr Mike Stewart.'],
          ['53.', 'Minutes'],
          [
            null,
            'To confirm as a correct record the Minutes of the meeting of the Committee held on 17 December 2012.',
          ],
          [null, 'Minutes: The Minutes of the meeting held on 17 December 2012 were confirmed as a correct record.'],
          [
            null,
            'Concerns were also raised over Health and Safety issues at Paignton Harbour with the movement of large vehicles.',
          ],
          [
            marker,
            'Health and Safety issues would continue to be monitored and any additional issues reported back to the Chairman.',
            null,
          ],
          ['54.', 'Presentation by the Torbay British Sub Aqua Club and Application for Grant'],
          [null, 'To consider an application for a grant.'],
          [
            null,
            'Minutes: Representatives from the Torbay British Sub Aqua Club were invited to speak to the Committee.',
          ],
        ]),
      ),
      { asOf: '2013-03-01' },
    );

  test('the line marked "Action:" asks something of no one; the minutes beside it ask nothing', async () => {
    expect(loud(await minutes('Action:'))).toEqual(['owner.missing@C13']);
  });

  test('with no line marked, nothing shows which lines ask: each is read as before', async () => {
    expect(loud(await minutes(null)).length).toBeGreaterThan(1);
  });
});

describe('minutes under "No: | Agenda Items: | Action", naming who acts on some lines', () => {
  const minutes = (bin: string | null, more: (string | null)[][] = []) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Meeting of Llanrhidian Lower Community Council held on Tuesday 13th April 2021'],
          [],
          ['No:', 'Agenda Items:', 'Action'],
          ['1.', 'Apologies for Absence: Nil'],
          ['2.', 'Minutes of meeting held on Tuesday 9th March: Minutes agreed as a true record.'],
          ['3.', 'Matters arising from minutes:'],
          [null, 'New bin in parking area by Community Hall – Jayne has requested a price.', bin],
          [null, 'Check defibs and expiry dates on pads at other locations – meet on Saturday to do this.', 'JE'],
          [null, 'Buses parking opposite garage in Llanrhidian – Councillor Sam Hughes to take photos', 'SH, DC'],
          [null, 'New Councillors – two applications now received, on hold until able to meet.'],
          [null, 'Wild flowers – Ordered', 'JE'],
          ['4.', 'Correspondence:'],
          [null, 'Women’s Aid Rural Development partnership Bid – Invite to next meeting.', 'JE'],
          ...more,
        ]),
      ),
      { asOf: '2021-04-13' },
    );

  test('a line naming no one records the meeting and asks nothing; two named share the action', async () => {
    expect(loud(await minutes(null))).toEqual(['owner.multiple@C9']);
  });

  test('where most lines name who acts, the list is of actions: a line naming no one has its owner missing', async () => {
    const more = [[null, 'Bench on Church Green – to be repaired.', 'DC']];
    expect(loud(await minutes('JE', more))).toContain('owner.missing@C10');
  });
});

describe('action lines naming councillors under one title, or a committee', () => {
  // After a parish council's minutes: "Action:" on a line of its own after the minute it closes.
  const minutes = (first: string, second: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the meeting of the Parish Council held on 8 July 2019'],
          ['8.', 'Correspondence. The Chairman asked Cllr Burton to write formally to the Clerk.'],
          [null, 'Action: Cllr Burton'],
          ['10.1.1.', 'Contract. The grass cutting contract continues to run well with the contractor.'],
          [null, first],
          ['10.1.2.', 'Other Areas. Cllrs RESOLVED to review the other areas for the next financial year.'],
          [null, second],
        ]),
      ),
      { asOf: '2019-07-08' },
    );

  test('"Cllrs Hudson & Bottomley" names two councillors; "Property Committee" is a body', async () => {
    expect(loud(await minutes('Action: Cllr Wheeler-Mallows.', 'Action: Cllr Hudson'))).toEqual([]);
    expect(loud(await minutes('Action: Property Committee.', 'Action: Cllrs Hudson & Bottomley'))).toEqual([
      'owner.not-a-person@B5',
      'owner.multiple@B7',
    ]);
  });
});

describe('who acts written in a cell after the minute as "X to action" or "Action X to do …"', () => {
  const minutes = (first: string, second: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of Ordinary Virtual Meeting 19th Nov 2020'],
          [],
          ['1.', 'Apologies were received from Cllrs Samuel, Goodwin and Price.'],
          ['2.', 'Co-option – the Parish Council accepted the application and will co-opt at the next meeting.', first],
          ['3.', 'The minutes of the meetings of 30th January and 2nd July 2020 were signed and adopted.'],
          ['5.1.1.', 'Residents in Tretire asked the Council to look at the state of the lane by the ford.', second],
        ]),
      ),
      { asOf: '2020-11-19' },
    );

  test('one person to act is clean; two, or the council, are flagged', async () => {
    expect(loud(await minutes('Clerk to action', 'Action Clerk to speak to TG and JH'))).toEqual([]);
    expect(
      loud(await minutes('Clerk and Cllr Guest to action', 'Action Parish Council to speak to TG and JH')),
    ).toEqual(['owner.multiple@C4', 'owner.not-a-person@C6']);
  });

  test('a name as the minutes give it, before "to action", is who acts', async () => {
    expect(loud(await minutes('Dave to action', 'Clerk to action'))).toEqual([]);
    expect(loud(await minutes('Dave and Clerk to action', 'Clerk to action'))).toEqual(['owner.multiple@C4']);
  });

  test('the mark in square brackets is read as in round ones', async () => {
    expect(loud(await minutes('[JH to action]', '[Clerk to action]'))).toEqual([]);
    expect(loud(await minutes('[JH/AH to action]', '[Clerk to action]'))).toEqual(['owner.multiple@C4']);
  });
});

describe('"Item | Minute | Action" with who acts named on fewer than half the minutes, or marked "Action."', () => {
  // After a community council's minutes: the agenda item, what was minuted, who acts where anyone does.
  const minute = (item: string, who: string | null): CellValue[] => [
    item,
    `Under ${item.toLowerCase()} the members discussed the position and agreed the way forward.`,
    who,
  ];
  const minutes = (...who: (string | null)[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of meeting held on Monday 12th February 2018 in Ardgay Hall at 7.00pm'],
          ['Item', 'Minute', 'Action'],
          ...[
            'Welcome',
            'Minutes of last meeting',
            'Seats',
            'Defibrillators',
            'Christmas lights',
            'Polling',
            'Police',
          ].map((item, i) => minute(item, who[i] ?? null)),
        ]),
      ),
      { asOf: '2018-02-12' },
    );

  test('three named of seven: the rest record the meeting and ask nothing', async () => {
    expect(loud(await minutes(null, null, 'BW', 'SM/LM', 'AW', null, null))).toEqual(['owner.multiple@C6']);
  });

  test('four named of seven are a list of actions: a blank one is missing its owner', async () => {
    expect(loud(await minutes(null, 'MT', 'BW', 'SM', 'AW', null, null))).toEqual([
      'owner.missing@C8',
      'owner.missing@C9',
    ]);
  });

  test('four named of seven, each marked "Action.": the blank lines are marked as asking nothing', async () => {
    expect(loud(await minutes(null, 'MT Action.', 'BW Action.', 'SM Action.', 'AW Action.', null, null))).toEqual([]);
  });
});

describe('a meeting\'s minutes with one action marked in a cell of its own ("Action GP and GM.")', () => {
  const minutes = (title: string, action: string) =>
    check(
      workbook(
        sheet('Minutes', [
          [title],
          [],
          ['1/ Members present'],
          [null, 'Chairman Councillor Graham Penter, Councillor Lawrence Peters and Councillor Gail Tucker.'],
          ['2/ Public Questions'],
          [null, 'A resident asked about hounds being exercised through the village without leads.'],
          [null, 'The chairman agreed to contact the Hunt Master to ask that the hounds are walked elsewhere.', action],
          ['3/ Minutes of the last meeting'],
          [null, 'The minutes were agreed as correct.'],
        ]),
      ),
      { asOf: '2019-07-11' },
    );

  test("in a meeting's record the one action is read: two people named are flagged, one is clean", async () => {
    const title = 'Minutes of the meeting held on Thursday 11th July 2019 at 7.30pm at the village hall.';
    expect(loud(await minutes(title, 'Action GP and GM.'))).toEqual(['owner.multiple@C7']);
    expect(loud(await minutes(title, 'Action GP.'))).toEqual([]);
  });

  test('on a sheet that names no meeting, one mark is no list of actions', async () => {
    expect(loud(await minutes('Village notes, summer 2019', 'Action GP and GM.'))).toEqual([]);
  });
});

describe('a community council\'s minutes whose one action names an office-holder ("Action Secretary to contact her")', () => {
  const minutes = (opening: CellValue[][], lines: CellValue[][]) =>
    check(
      workbook(
        sheet('Sheet1', [
          ...opening,
          ['3.', 'Matters Arising'],
          [null, 'Litter bins'],
          [null, 'No decision as yet about placing a litter bin in the lay-by at the west end of the village.'],
          ...lines,
          ['4.', 'Treasurers report'],
          [null, 'The bank balance was £2,703.95 and the accounts were being finalised for audit.'],
        ]),
      ),
      { asOf: '2010-04-14' },
    );
  const opening = [['April 2010'], ['Minutes of the community council meeting held on 14 April 2010']];

  test('the secretary and the treasurer together are two officers; the secretary alone is one', async () => {
    const line = (who: string) => minutes(opening, [[null, `Action ${who} to contact the ward manager`]]);
    expect(loud(await line('Secretary and Treasurer'))).toEqual(['owner.multiple@B6']);
    expect(loud(await line('Secretary'))).toEqual([]);
  });

  test('the secretary marked in a cell of its own is who acts', async () => {
    const cell = (who: string) =>
      minutes(opening, [[null, 'The ward manager would be invited to the next meeting to give an update', who]]);
    expect(loud(await cell('Action Secretary and Treasurer'))).toEqual(['owner.multiple@C6']);
    expect(loud(await cell('Action Secretary'))).toEqual([]);
  });

  test('"Present:" in the first six rows makes the sheet a meeting\'s record; in the seventh it does not', async () => {
    const action = [
      [null, 'Concerns were raised about poor road surfaces through the village', 'Action WACC members.'],
    ];
    const names = (n: number) => Array.from({ length: n }, (_, i) => [`Member ${i + 1}`]);
    expect(loud(await minutes([...names(5), ['Present: Chair - Rosie Curtis (RC)']], action))).toEqual([
      'owner.not-a-person@C10',
    ]);
    expect(loud(await minutes([...names(6), ['Present: Chair - Rosie Curtis (RC)']], action))).toEqual([]);
    expect(loud(await minutes([...names(5), ['Present at the hall: Rosie Curtis']], action))).toEqual([]);
  });
});

test('"Matters Arising" alone in the Item column of minutes, its minute blank, heads the minutes under it', async () => {
  const minutes = (heading: CellValue[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the PCT and LMC meeting held on Thursday 12th July 2007'],
          ['No.', 'Item', 'Minutes', 'ACTION'],
          [null, 'Minutes of the last meeting', 'Agreed as a true record.', null],
          heading,
          ['3.1', 'Health Promotion', 'A new health promotion catalogue has been produced for the practices.', null],
          ['3.2', 'CPD Payment for Trainers', 'The payment had been clarified as the responsibility of the SHA.', null],
          ['3.3', 'Ambulance Turnaround', 'The working group will report on turnaround times at the trusts.', 'HY'],
          ['3.4', 'Counselling', 'A draft consultation paper on mental health services is expected.', null],
        ]),
      ),
      { asOf: '2007-07-12' },
    );
  expect(loud(await minutes([null, 'Matters Arising', null, null]))).toEqual([]);
  // (Asked of someone, with no one named, it is an action missing its owner as before.)
  expect(loud(await minutes(['3.0', 'Matters Arising', 'ACTION: to report on the waiting list', null]))).toEqual([
    'owner.missing@D4',
  ]);
});

describe('"No. | Item | Minute | Action by | When": a joint board\'s minutes, who acts and when named on two lines', () => {
  // After a valuation joint board's minutes: the four standing items ask nothing of anyone.
  const minutes = (apologiesWhen: CellValue = null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Highland and Western Isles Valuation Joint Board'],
          ['No.', 'Item', 'Minute', 'Action by', 'When'],
          ['1.', 'Apologies', 'Apologies for absence were intimated.', null, apologiesWhen],
          ['2.', 'Declarations of Interest', 'There were no declarations of interest.', null, null],
          ['3.', 'Minutes of Meetings', 'The Minutes of Meeting of 12 September, 2019 were APPROVED.', null, null],
          ['4.', 'Matters Arising', 'Arising from the Minutes the following matters were raised:-', null, null],
          [
            'i',
            'Membership',
            'The change of member needs the approval of the council.',
            'Mrs P Munro',
            'December 2019',
          ],
          [
            'ii',
            'Desktop Refresh',
            'A letter of support is to be sent to the council.',
            'Clerk to the Board',
            'after the meeting',
          ],
        ]),
      ),
      { asOf: '2019-11-22' },
    );

  test('lines naming no one and giving no date record the meeting: nothing is missing on them', async () => {
    expect(loud(await minutes())).toEqual(['deadline.vague@E8']);
  });

  test('a line given a date but no one to act still asks for who acts', async () => {
    expect(loud(await minutes('January 2020'))).toEqual(['owner.missing@D3', 'deadline.vague@E8']);
  });
});

describe('"Responsible Member | Discussion | Action Required By": an action sheet naming who acts on two lines', () => {
  // After a scrutiny sub-committee's action sheet: the discussion, and who acts where anyone does.
  const sheetOf = (payroll: string) =>
    check(
      workbook(
        sheet('Action Sheet', [
          ['Audit Sub - Committee Action Sheet'],
          ['Responsible Member', 'Discussion', 'Action Required By'],
          [
            'Matters arising',
            'Nigel England informed the meeting that Nicky Bamforth is to replace Gill Orme from the Commission.',
            null,
          ],
          [null, 'Andy Waine pointed out that the summary reports followed reviews, not investigations.', null],
          [null, 'Payroll issues will be addressed at the next meeting.', payroll],
          [null, 'The Scrutiny Committee will address issues around the consortium.', null],
          ['Progress report', 'Nigel brought the committee up to date with progress.', 'Nigel England'],
        ]),
      ),
      { asOf: '2005-01-17' },
    );

  test('the discussion is the minutes, who acts is named after it: the lines naming no one ask nothing', async () => {
    expect(loud(await sheetOf('Andrew Waine'))).toEqual([]);
  });

  test('two officers named for one action are one too many', async () => {
    expect(loud(await sheetOf('Andrew Waine / Don Simpson'))).toEqual(['owner.multiple@C5']);
  });
});

describe('"Item | Matter arising | Action by": matters arising naming who acts on one line, its actions listed under "Actions"', () => {
  // After a schools forum's matters arising.
  const minutes = (second: string | null) =>
    check(
      workbook(
        sheet('Matters Arising', [
          ['Schools Forum - draft minutes'],
          ['Item', 'Matter arising', 'Action by'],
          ['Item 4 (i)', 'The Head of Schools updated the Forum on the progress of the CAMHS initiative.', null],
          [null, 'The Forum were of the opinion that a realistic timescale should be attached to it.', null],
          ['Actions'],
          ['i)', 'Chair to be invited to future meeting of the CAMHS task group', 'Suzie Franklin'],
          ['ii)', 'Report on the proposals to be brought back to the meeting in June 2014', second],
          ['Item 8', 'The induction pack was sent to the new member, who fed back that it was useful.', null],
        ]),
      ),
      { asOf: '2014-03-06' },
    );

  test('the lines recording the discussion ask nothing; each point under "Actions" asks for who acts', async () => {
    expect(loud(await minutes('Suzie Franklin'))).toEqual([]);
    expect(loud(await minutes(null))).toEqual(['owner.missing@C7']);
  });
});

describe('"By Who | Deadline" over "Action(s) | … | KMD", as a meeting form prints each action', () => {
  // A leaseholders' group's minutes: each agenda item's decision, then its action and who does it.
  const minutes = (owner: string) =>
    check(
      workbook(
        sheet('Action Minutes', [
          ['Section 2 – Agenda items, agreements and future action'],
          ['Agenda item 1. Previous Minutes'],
          ['Agreement /\nDecision', 'Minutes of meeting 16th January 2017\nMinutes otherwise agreed.'],
          [null, null, 'By Who', 'Deadline'],
          ['Action(s)', 'Terms of Reference to be distributed with minutes', owner, null],
          ['Agenda item 2. Code of Conduct – Late addition agreed by Chair'],
        ]),
      ),
      { asOf: '2017-02-27' },
    );

  test('initials under "By Who" make the row an action, not more of the header: its blank deadline is flagged', async () => {
    const result = await minutes('KMD');
    expect(result.readings[0].headerRows).toEqual([4, 4]);
    expect(loud(result)).toEqual(['deadline.missing@D5']);
  });

  test('the next item\'s "Agreement / Decision" row records what was agreed: nothing is asked of it', async () => {
    const result = await check(
      workbook(
        sheet('Action Minutes', [
          ['Agenda item 1. Previous Minutes'],
          [null, null, 'By Who', 'Deadline'],
          ['Action(s)', 'Terms of Reference to be distributed with minutes', 'KMD', '31/03/2017'],
          ['Agenda item 2. Code of Conduct'],
          ['Agreement /\nDecision', 'The current Code of Conduct was tabled and its provisions explained.'],
          ['Action(s)', 'Circulate the Code of Conduct to all members', null, '30/04/2017'],
        ]),
      ),
      { asOf: '2017-02-27' },
    );
    expect(loud(result)).toEqual(['owner.missing@C6']);
  });

  test("a word there that is no one's initials still reads as more of the header", async () => {
    const result = await minutes('Lead');
    expect(result.readings[0].headerRows).toEqual([4, 5]);
  });
});

describe('minutes marking each action in their words, "(Action: Jennie Green)", beside an Action column', () => {
  const board = (structureChart: string, who: string | null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['No.', 'Item', 'Minutes', 'Action'],
          [
            null,
            'Minutes and Matters Arising',
            'The minutes of the meeting held on 11 May 2018 were approved as a correct record.',
          ],
          [null, null, 'Arising from the minutes the following amendments were noted:'],
          [null, null, 'The triage would now include Early Help providers. (Action: Lorna Hunt)', 'Lorna Hunt'],
          [null, null, structureChart, who],
          [
            null,
            null,
            'Jennie Green agreed to provide the Future in Mind membership. (Action: Jennie Green)',
            'Jennie Green',
          ],
          [null, null, 'The performance dataset for CAMHS was being discussed. (Action: Sarah Gee)', 'Sarah Gee'],
          [null, null, 'The FGM report would be brought to the September 2018 Board meeting.'],
          [null, 'Agency Updates', 'Lorna Hunt reported that Nikki Edwards was the new Executive Director.'],
          [
            null,
            null,
            'The CCG had completed the audit for GP conference reports. (Action: Jennie Green)',
            'Jennie Green',
          ],
        ]),
      ),
      { asOf: '2018-07-13' },
    );

  test('a marked action with no one named has no owner; unmarked minutes and the minutes confirmed ask nothing', async () => {
    expect(loud(await board('Jennie Green agreed to provide the structure chart. (Action: )', null))).toEqual([
      'owner.missing@D5',
    ]);
    expect(
      loud(await board('Jennie Green agreed to provide the structure chart. (Action: Jennie Green)', 'Jennie Green')),
    ).toEqual([]);
  });
});

describe('numbered tasks, each with a note of who acts and by when ("C Barron/J Stern to draft by 2nd Oct mtg.")', () => {
  const notes = (lines: CellValue[][]) =>
    check(
      workbook(
        sheet('Notes', [
          ['Draft minutes of the plan steering group, 10 September 2019'],
          [],
          ['Attendees : A De La Haye, S Cole, B Puzey, J Stern, D Berry, C Barron'],
          [],
          ['Consultants discussion actions.'],
          ...lines,
          ['Finance actions.'],
          ['6.', 'Prepare the budget template', 'D Berry by 2nd Oct Mtg.'],
        ]),
      ),
      { asOf: '2019-09-10' },
    );
  const clean: CellValue[][] = [
    ['1.', 'Agreed to widen the choice of consultants', 'A De La Haye to contact three more candidates'],
    ['2.', 'Interview criteria to be prepared and circulated', 'J Stern to draft by 2nd Oct mtg.'],
  ];

  test('each note names who acts: one person (a surname of several words too) is clean, two are flagged', async () => {
    expect(loud(await notes(clean))).toEqual([]);
    const result = await notes([
      ...clean,
      ['3.', 'Candidate interviews to be held early October', 'by A De La Haye, C Barron and J Stern.'],
      ['4.', 'Provide feedback on the folder structure', 'C Barron/J Stern to draft by 2nd Oct mtg.'],
    ]);
    expect(loud(result)).toEqual(['owner.multiple@C8', 'owner.multiple@C9']);
  });

  test('a task of three words takes a note; two words, or a label, do not', async () => {
    const task = (words: string) => notes([...clean, ['3.', words, 'C Barron/J Stern.']]);
    expect(loud(await task('Submit funding application'))).toEqual(['owner.multiple@C8']);
    expect(loud(await task('Submit application'))).toEqual([]);
    expect(loud(await task('Officers present:'))).toEqual([]);
  });
});

describe('"Agenda Items | Action | By Whom | By Date": a committee\'s notes, the Action column holding the minutes', () => {
  // After a village hall committee's notes.
  const notes = (whoHeading: string, third: CellValue = null) =>
    check(
      workbook(
        sheet('Notes', [
          ['Notes of Committee Meeting held Monday 7th October 2013'],
          ['Agenda Items', 'Action', whoHeading, 'By Date'],
          [
            '1. Minutes and Matters Arising',
            '1.1 Hall boundaries – CW to write to the neighbours about the fence.',
            'AL\nGW',
            null,
          ],
          ['2. Treasurers Report', '2.1 AL presented the September report: available funds £3,214.88.', null, null],
          ['3. Health & Safety Report', '3.1 A new first aid box was bought and put in the kitchen.', third, null],
          ['4. Facilities Report', '4.1 PK to check the oil level and order more.', 'PK', 43770],
        ]),
      ),
      { asOf: '2013-10-07' },
    );

  test('an item naming no one and no date records the meeting; one naming two, with no date, is flagged', async () => {
    expect(loud(await notes('By Whom'))).toEqual(['owner.multiple@C3', 'deadline.missing@D3']);
    expect(loud(await notes('Who?'))).toEqual(['owner.multiple@C3', 'deadline.missing@D3']);
  });

  test('under "Owner", a table of actions rather than notes, each blank owner is missing', async () => {
    expect(loud(await notes('Owner'))).toContain('owner.missing@C4');
  });
});

describe('"Matters Arising 2nd May" over "Subject – what has happened" lines, one marked "ACTION CC"', () => {
  // After a parish council's minutes of 2007: each matter a paragraph, who acts at its far right.
  const minutes = (heading: string, last: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Councillors present. Chris Cudmore; Frank Higgins; Vicki Taylor;'],
          ['The minutes of the meeting of 2nd May 2007 were accepted and signed.'],
          [],
          [heading],
          ['Churchyard – No information has come as to the rules on a special expenses rate.', 'ACTION CC'],
          ['Lease – The lease has been received and the solicitor must register the counter lease.'],
          [last],
          [],
          ['Correspondence was received from the county council about the footpath survey.'],
        ]),
      ),
      { asOf: '2007-06-18' },
    );
  const footpaths = 'Footpaths – The Ramblers confirmed that they will use the stock of stiles remaining.';

  test('under the heading each matter takes up an action: one naming no one has no owner', async () => {
    expect(loud(await minutes('Matters Arising 2nd May', footpaths))).toEqual(['owner.missing@B6', 'owner.missing@B7']);
  });

  test('a line that is no "subject – …" matter ends them; with no such heading they record the meeting', async () => {
    const prose = 'The Ramblers confirmed that they will use the stock of stiles remaining.';
    expect(loud(await minutes('Matters Arising 2nd May', prose))).toEqual(['owner.missing@B6']);
    expect(loud(await minutes('Reports from councillors', footpaths))).toEqual([]);
  });

  test('"Item 8 - Any Other Business", a title after the dash, is no matter taken up: it ends them', async () => {
    expect(loud(await minutes('Matters Arising 2nd May', 'Item 8 - Any Other Business'))).toEqual(['owner.missing@B6']);
    expect(loud(await minutes('Matters Arising 2nd May', 'Item 8 - Any other business raised'))).toEqual([
      'owner.missing@B6',
      'owner.missing@B7',
    ]);
  });
});

describe('a long line after the mark, read where it opens by naming who acts ("AP: Cllr P Bull and Cllr D May to liaise …")', () => {
  // After a parish council's minutes, an action point beside each minute that sets one.
  const minutes = (first: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Parish Council meeting held on 13th February 2025'],
          ['1003/25', '3. Minutes of the Previous Meeting'],
          [
            null,
            'It was resolved to approve the minutes of the meeting held on 9th January 2025.',
            'AP: Clerk to update website.',
          ],
          ['1004/25', '4. Action Tracker'],
          [null, 'It was noted that the West End trees had been trimmed but not crowned as agreed.', first],
          [
            null,
            'It was resolved to close the matter of the bank card, not a requirement at present.',
            'AP: Clerk to update Action Tracker.',
          ],
        ]),
      ),
      { asOf: '2025-02-13' },
    );

  test('two councillors named before "to" are two owners; one is clean', async () => {
    const two = 'AP: Cllr P Bull and Cllr D May to liaise with Cllr John Singleton';
    expect(two.length).toBeGreaterThan(44);
    expect(loud(await minutes(two))).toEqual(['owner.multiple@C5']);
    expect(loud(await minutes('AP: Cllr P Bull to liaise with Cllr John Singleton on the crowning'))).toEqual([]);
  });

  test('lines of minutes marked "ACTION:", one naming no one: that one has no owner, the one naming initials none missing', async () => {
    const lines = (first: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['YOS Management Board minutes, 29 January 2013'],
            ['Health Representation on the Board:'],
            ['PW/KA did not attend the meeting so this was not discussed.'],
            ['ACTION: To write to KA re: representation from the Clinical Commissioning Group'],
            ['Transition – YOS and Probation:'],
            ['YOS and Probation are reviewing transitions across the Tees Valley, reporting in March.'],
            [first],
            ['YOS Inspection Framework:'],
            ['HMIP will issue guidance on the governance element of inspection around April.'],
            ['ACTION: MR to monitor and keep the YOS Management Board updated'],
          ]),
        ),
        { asOf: '2013-01-29' },
      );
    expect(loud(await lines("ACTION: JH/MR to present report at April's meeting"))).toEqual([
      'owner.missing@A4',
      'owner.multiple@A7',
    ]);
  });
});

describe('"Item | Minute | Action" where most of the minutes are short headings over a few sentences', () => {
  // After a parish council's minutes: each item's heading in the Minute column, the sentences
  // under some of them, and initials for who acts on the one line that asks anything.
  const sentences: (string | null)[][] = [
    [null, 'Raine Cully was welcomed by the Chairman and signed her Declaration of Acceptance of Office.', null],
    [null, 'Cllr Costello had circulated the minutes of the previous meeting and would attend again next week.', null],
  ];
  /** With `n` sentences before the one naming who acts. */
  const minutes = (n: number) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Parish Council Meeting 13th July 2016'],
          ['Item', 'Minute', 'Action'],
          ['1', 'Welcome Raine Cully:', null],
          ['2', 'Marlborough Area Board:', null],
          ['3', 'Planning: There were none', null],
          ['4', 'Footpaths:', null],
          ...sentences.slice(0, n),
          ['5', 'Notice Boards:', null],
          [
            null,
            'The Clerk gave Cllr Adams brochures for consideration. She agreed to report back at the next meeting.',
            'PA/GF',
          ],
        ]),
      ),
      { asOf: '2016-07-13' },
    );

  test('three sentences among the headings make the column minutes, and the initials beside them who acts', async () => {
    const result = await minutes(2);
    expect(meaningOf(result, 'Action')).toBe('owner');
    expect(loud(result)).toEqual(['owner.multiple@C10']);
  });

  test('with two, the column is not shown to be minutes: the Action column is read as the actions', async () => {
    expect(meaningOf(await minutes(1), 'Action')).toBe('action');
  });
});

describe('"Clerk\'s Report on progress" and "Matters outstanding" after a minute\'s number, over lettered matters', () => {
  // After a parish council's minutes: the minute's number, its words, "Action GP" where one acts.
  const minutes = (
    heading: string,
    first = 'a) Banking arrangements – the Chairman was still in discussion with the bank.',
    potholes = 'Action GP',
  ) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of a meeting held on 13th July 2022'],
          ['Present; Cllrs. R. Gore (Chair), C. Hunt, S. Farrow'],
          [],
          ['24/22', 'It was decided that an article should go in the next village newsletter.', 'Action GP/CH'],
          ['25/22', 'Minutes of the meeting held on 19th May 2022 were approved and signed.'],
          ['26/22', heading],
          [null, first],
          [null, 'b) Post Office – an email identified technology issues as the reason, to be fixed within 2022.'],
          [null, 'c) Potholes Glentworth Road – the worst of these had finally been filled in.', potholes],
        ]),
      ),
      { asOf: '2022-07-13' },
    );

  test('each lettered "subject – what has happened" takes up an action: a blank Action cell has no owner', async () => {
    const owed = ['owner.multiple@C4', 'owner.missing@C7', 'owner.missing@C8'];
    expect(loud(await minutes('Clerk’s Report on progress since last meeting'))).toEqual(owed);
    expect(loud(await minutes('Matters outstanding'))).toEqual(owed);
  });

  test('a time in a matter taken up is what was said, not a date set: no deadline is read from it', async () => {
    const found = ids(await minutes('Matters outstanding'));
    expect(found.filter((f) => f.startsWith('deadline'))).toEqual([]);
  });

  test('a line going on with a matter and naming who acts is its action; "• Subject – …" is a matter too', async () => {
    const result = await check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Parish Council Meeting held on 14th November 2019'],
          ['55/19', 'Clerk’s Report on progress since last meeting;'],
          [null, 'Telephone box – had been sited on the village green to much positive comment.'],
          [null, 'The work had come in considerably under budget; the donor is to be thanked.', 'Action GP'],
          [null, '•   Burial ground – the new notice board had arrived and would be installed shortly.'],
          [null, 'Speed Indicator Device – still issues downloading the data.', 'Action RG/GP'],
        ]),
      ),
      { asOf: '2019-11-14' },
    );
    expect(loud(result)).toEqual(['owner.missing@C5', 'owner.multiple@C6']);
  });

  test('"Action" with no one after it is the mark naming no one', async () => {
    const result = await minutes('Matters outstanding', undefined, 'Action');
    expect(loud(result)).toEqual(['owner.multiple@C4', 'owner.missing@C7', 'owner.missing@C8', 'owner.missing@C9']);
  });

  test('under another heading, or a matter with no subject and dash, the minutes only record the meeting', async () => {
    expect(loud(await minutes('Correspondence received'))).toEqual(['owner.multiple@C4']);
    const plain = 'a) The Chairman was still in discussion with the bank.';
    expect(loud(await minutes('Matters outstanding', plain))).toEqual(['owner.multiple@C4']);
  });
});

describe('minutes that ask nothing still number their minutes: a number used twice is a slip', () => {
  // After a drainage board's minutes: each minute's number, its words, who acts where one does.
  const board = (numbers: string[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['ID', 'Norfolk Rivers IDB, Minute', 'Action'],
          [numbers[0], 'Apologies for absence were received on behalf of Messrs W Borrett and J Bracey.', null],
          [numbers[1], 'The Clerk reported that the annual return had been submitted to the auditor on time.', null],
          [numbers[2], 'The minutes of the last Board meeting held on 20 October 2016 were approved.', null],
          [numbers[3], 'No response had been received from the district council or the applicant.', 'GB/PJC'],
          [numbers[4], 'The Board noted the Chairman’s report on the Environment Agency consultation.', null],
        ]),
      ),
      { asOf: '2017-01-26' },
    );

  test('"01/17/01" again on a minute that asks nothing is a reference used twice', async () => {
    expect(loud(await board(['01/17/01', '02/17/01', '03/17/01', '03/17/02', '04/17/01']))).toEqual([
      'owner.multiple@C5',
    ]);
    expect(loud(await board(['01/17/01', '01/17/01', '03/17/01', '03/17/02', '04/17/01']))).toEqual([
      'id.duplicate@A3',
      'owner.multiple@C5',
    ]);
  });

  test('minutes read by their Action cells count the numbers beside the minutes that ask nothing too', async () => {
    const minutes = (second: string) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Minutes of a meeting held on 22nd July 2021'],
            ['12/21', 'Minutes of the meeting held on 19th May were approved and signed.'],
            [second, 'The Clerk’s Report on progress since the last meeting had been circulated and was accepted.'],
            ['14/21', 'Banking arrangements – the Chairman had been in touch with the bank again.', 'Action RG'],
            ['15/21', 'Support with the website – an offer of paid support was to be considered.', 'Action GP/PL'],
          ]),
        ),
        { asOf: '2021-07-22' },
      );
    expect(loud(await minutes('13/21'))).toEqual(['owner.multiple@C5']);
    expect(loud(await minutes('12/21'))).toEqual(['id.duplicate@A3', 'owner.multiple@C5']);
  });

  test('a bare number again counts where the numbering then skips the one it should have been', async () => {
    expect(loud(await board(['19', '20', '20', '22', '23']))).toEqual(['id.duplicate@A4', 'owner.multiple@C5']);
    // (Numbered on straight after it, "6" again may be an action list citing minute 6.)
    expect(loud(await board(['19', '20', '20', '21', '22']))).toEqual(['owner.multiple@C5']);
  });
});

describe('"Action – DM agreed to …" in the minutes, who acts given again in the cell beside', () => {
  // After a school trust board's minutes.
  const minutes = (owners: (string | null)[]) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Board of Directors meeting held on 25th January 2017'],
          ['4', 'Review and Acceptance of Previous Minutes – Chair'],
          [null, 'TO raised a concern about the detail recorded in the minutes for all schools in the Trust.'],
          [null, 'Action – DM agreed to ensure that the minutes are on the Trust website for all to see.', owners[0]],
          [null, 'Directors reviewed the comments made by MW and agreed to the minutes being enhanced.'],
          [null, 'Action - DM agreed to amend and circulate.', owners[1]],
          [null, 'Action – AS agreed to discuss the reasons for the previous Director leaving.', owners[2]],
        ]),
      ),
      { asOf: '2017-01-25' },
    );

  test('on most of the actions, the cell beside is who answers for each, blank or not', async () => {
    expect(loud(await minutes(['DM', 'DM', 'AS']))).toEqual([]);
    expect(loud(await minutes(['Directors', null, 'AS/MW']))).toEqual([
      'owner.not-a-person@C4',
      'owner.missing@C6',
      'owner.multiple@C7',
    ]);
  });

  test('beside one of three, the words name who acts', async () => {
    expect(loud(await minutes([null, null, 'AS/MW']))).toEqual([]);
  });
});

describe('"Action No | Item | Owner" over the minutes, each action opening "Action –" with its owner beside', () => {
  // A school trust's board minutes: the agenda's items numbered, the minutes under each.
  const minutes = (second: string | null, firstOpening = 'Action – DM agreed') =>
    check(
      workbook(
        sheet('Minutes', [
          ['Action No', 'Item', 'Owner'],
          ['1', 'Welcome & Apologies for Absence - Chair.'],
          [null, 'JG welcomed all to the meeting and apologies from Graham Hewer were received and accepted.'],
          ['2', 'Declaration of Personal or Business Interests – Chair'],
          ['3', 'Review and Acceptance of Previous Minutes – Chair'],
          [null, 'TO raised a concern about ensuring that enough detail is recorded in the minutes.'],
          [null, `${firstOpening} to ensure that the minutes are on the Trust website.`, 'DM'],
          [null, 'Directors reviewed the comments made by MW and agreed to the minutes being enhanced.'],
          [null, 'Action - DM agreed to amend and circulate.', second],
          [null, 'Action – AS agreed to discuss the matter with MW outside of the meeting.', 'AS'],
        ]),
      ),
      { asOf: '2017-01-17' },
    );

  test('the lines that open "Action –" ask for who acts; the minutes between ask nothing', async () => {
    expect(loud(await minutes('DM'))).toEqual([]);
    expect(loud(await minutes(null))).toEqual(['owner.missing@C9']);
  });

  test('where a line naming someone does not open so, the lines naming no one are not set aside', async () => {
    expect(loud(await minutes('DM', 'DM agreed'))).toContain('owner.missing@C3');
  });
});

describe('minutes in prose whose only matters asking anything are those taken up under "Matters Arising"', () => {
  // A community council's minutes: numbered items, the matters arising each "Subject – what happened".
  const minutes = (bench: string) =>
    check(
      workbook(
        sheet('Minutes 3 Apr 2019', [
          ['Minutes of the meeting held on Wednesday, 3rd April 2019 at St John’s Hall'],
          [],
          ['1.', 'Apologies – Beryl Morgan, Michael Weekes'],
          ['2.', 'Previous Minutes – Proposed by Graham Pollard, seconded by Anne Underwood.'],
          ['3.', 'Matters Arising'],
          [null, 'Banking Review – bank account has been updated. Chair to be added as a signatory.'],
          [null, 'Noticeboards – Quote to be obtained for a new board. Chair to investigate.'],
          [null, 'Letterhead – Viv Batchelor has created a new logo for use by the Community Council.'],
          [null, bench],
          ['4.', 'Public Participation'],
          [null, 'Pot holes – this has been addressed.'],
        ]),
      ),
      { asOf: '2019-04-03' },
    );

  test('each matter naming who is to act, or who has done it, is clean; one naming no one has its owner missing', async () => {
    expect(loud(await minutes('Bench maintenance – Clerk to arrange.'))).toEqual([]);
    expect(loud(await minutes('Bench maintenance – ongoing.'))).toEqual(['owner.missing@B9']);
  });

  test('who reported on a matter is not who answers for it', async () => {
    expect(loud(await minutes('Bench maintenance – GP reported that the benches need work.'))).toEqual([
      'owner.missing@B9',
    ]);
  });

  test('three matters at least: two are no list of them read on their own', async () => {
    const result = await check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the meeting held on 3rd April 2019'],
          ['3.', 'Matters Arising'],
          [null, 'Noticeboards – Quote to be obtained for a new board.'],
          [null, 'Bench maintenance – ongoing.'],
          ['4.', 'Public Participation'],
        ]),
      ),
      { asOf: '2019-04-03' },
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('"Action: CY" written into the minutes, and matters arising among them naming no one', () => {
  // A community council's minutes, one line each: the actions marked in their words.
  const minutes = (grass: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the meeting of Dunning Community Council'],
          ['Apologies: John Stockley (JS)'],
          ['Treasurer’s Report: AM described the income and expenditure of the last two months.'],
          ['Matters arising from the Minutes:'],
          [grass],
          ['Duck Race Posters – AD to put them up. Action: AD'],
          ['Planning Matters: There were no new planning applications.'],
        ]),
      ),
      { asOf: '2024-09-02' },
    );

  test('the matters taken up ask who answers for them as the marked actions do', async () => {
    expect(loud(await minutes('Grass cutting – NH explained that a local contractor had cut the grass.'))).toEqual([
      'owner.missing@A5',
    ]);
    expect(loud(await minutes('Grass cutting – NH to ask the contractor for a quote.'))).toEqual([]);
  });
});

describe("a trustees' minutes, who acts given after each paragraph in a cell of its own", () => {
  // A community centre's trustee meeting: headings on lines of their own, the paragraphs under them.
  const minutes = (second: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['LANGHAM COMMUNITY COUNCIL'],
          ['Minutes of a Trustee Meeting held on 29th September 2022 at 7.30pm'],
          ['Matters Arising'],
          ['Land Registry'],
          [
            'Alan had still not heard from the solicitors and had been too busy to chase them. Liz would chase them.',
            'EW',
          ],
          ['County Broadband'],
          [
            'After some teething troubles, this service is now operating successfully for the Hall and the Shop.',
            second,
          ],
        ]),
      ),
      { asOf: '2022-09-29' },
    );

  test('the trustees named as who acts are a body, not a person', async () => {
    expect(loud(await minutes('SA'))).toEqual([]);
    expect(loud(await minutes('Trustees'))).toEqual(['owner.not-a-person@B7']);
    expect(loud(await minutes('The Governors'))).toEqual(['owner.not-a-person@B7']);
  });
});

describe('minutes in prose whose actions are what the meeting asked of someone', () => {
  // A town council's minutes: the minute's number, its heading, then what was said and asked.
  const minutes = (asked: string, second = 'Planning Panel was asked to inform Mr Foster and Press.') =>
    check(
      workbook(
        sheet('Minutes 23 Feb 2009', [
          ['Minutes of the Town Council meeting held on 23 February 2009'],
          ['328/01', 'APOLOGIES', 'Apologies were received from Cllrs D.C. Jones and R.N. Hamer'],
          ['328/04', 'PLANNING APPLICATIONS', `Cllr Williams had received a scoping report on the Windfarm. ${asked}`],
          [
            '328/05',
            'LLANGURIG ROAD LAYOUT',
            `A letter in support of the Town Council was read out and received. ${second}`,
          ],
          [
            '328/06',
            'YSGOL CEDEWAIN',
            'Councillors were asked to inform Clerk if they knew anyone suitable to become Governors.',
          ],
          ['328/07', 'GARDEN PARTY', 'Invitation received.'],
        ]),
      ),
      { asOf: '2009-02-23' },
    );

  test('whom each asks is who acts; the minutes asking no one, or every member, record the meeting', async () => {
    expect(loud(await minutes('Clerk was asked to contact the author of the report.'))).toEqual([
      'owner.not-a-person@C4',
    ]);
    expect(loud(await minutes('Cllr Williams and Clerk were asked to contact the author.'))).toEqual([
      'owner.multiple@C3',
      'owner.not-a-person@C4',
    ]);
  });

  test('"It was agreed that the Clerk and Cllr Rees will reply" asks them as well', async () => {
    const agreed = 'It was agreed that the Clerk and Cllr Rees will reply to the letter.';
    expect(loud(await minutes('Clerk was asked to contact the author.', agreed))).toEqual(['owner.multiple@C4']);
  });

  test("one minute asking members, in a meeting's record, is an action of its own", async () => {
    const result = await minutes('Cllr Williams and Clerk were asked to contact the author.', 'Noted.');
    expect(loud(result)).toEqual(['owner.multiple@C3']);
    expect(result.readings[0].itemRows).toBe(1);
  });

  test('"Councillors unanimously agreed that Clerk and Cllr Rees would send …" asks them; "… would be granted" asks no one', async () => {
    const agreed = 'Councillors unanimously agreed that Clerk and Cllr Rees would send the quotations.';
    expect(loud(await minutes('Clerk was asked to contact the author.', agreed))).toEqual(['owner.multiple@C4']);
    const granted = 'It was agreed that the Garden Party request would be granted.';
    expect(loud(await minutes('Cllr Williams and Clerk were asked to contact the author.', granted))).toEqual([
      'owner.multiple@C3',
    ]);
  });

  test('"Clerk and Cllr Morgan agreed to take photographs" undertakes to act; agreeing to a thing does not', async () => {
    const undertook = 'Clerk and Cllr Morgan agreed to take photographs of the junction.';
    expect(loud(await minutes('Clerk was asked to contact the author.', undertook))).toEqual(['owner.multiple@C4']);
    expect(loud(await minutes('Cllr Williams and Clerk were asked to contact the author.', undertook))).toEqual([
      'owner.multiple@C3',
      'owner.multiple@C4',
    ]);
    const assented = 'Clerk and Cllr Morgan agreed to the new layout.';
    expect(loud(await minutes('Cllr Williams and Clerk were asked to contact the author.', assented))).toEqual([
      'owner.multiple@C3',
    ]);
    // (Only people, posts or a body of the council undertake: "Following discussion it" is none.)
    const unnamed = 'Following a long discussion the meeting agreed to defer the item.';
    expect(loud(await minutes('Cllr Williams and Clerk were asked to contact the author.', unnamed))).toEqual([
      'owner.multiple@C3',
    ]);
  });

  test('"The Clerk and Cllr Hay will distribute …" names who will act; "it will be ordered" names no one', async () => {
    const will = 'The Clerk and Cllr Hay will distribute the nomination papers.';
    expect(loud(await minutes('Clerk was asked to contact the author.', will))).toEqual(['owner.multiple@C4']);
    const responsible = 'Cllr Norton and Cllr Vigrass will be responsible.';
    expect(loud(await minutes('Clerk was asked to contact the author.', responsible))).toEqual(['owner.multiple@C4']);
    const passive = 'The new bench will be ordered once a contractor is available.';
    expect(loud(await minutes('Cllr Williams and Clerk were asked to contact the author.', passive))).toEqual([
      'owner.multiple@C3',
    ]);
    const members = 'All councillors will have to stand for election.';
    expect(loud(await minutes('Cllr Williams and Clerk were asked to contact the author.', members))).toEqual([
      'owner.multiple@C3',
    ]);
  });
});

describe('minutes in prose asking people by name, "Vera to email …", "Pete and Don to start …"', () => {
  const minutes = (lines: string[], present = 'Present: Pete Smith, Vera Jones, Don Crook, Sue Hall') =>
    check(
      workbook(
        sheet('Minutes', [
          ['Village Hall Committee Minutes 12 October 2015'],
          [present],
          ['1. Apologies: none.'],
          ...lines.map((l) => [l]),
        ]),
      ),
      { asOf: '2015-10-12' },
    );

  test('an initial and a surname the record lists as present name a member: "D Earle and C Rosser to contact …"', async () => {
    const present = 'PRESENT: W Burditt, A Redman, C Rosser, D Earle';
    const task = (who: string) => minutes([`2. Storage: no progress yet. ${who} to contact Andrew Belk.`], present);
    expect(loud(await task('D Earle and C Rosser'))).toEqual(['owner.multiple@A4']);
    // (A surname the record does not list names no one it knows.)
    expect((await task('J Smith')).readings).toEqual([]);
  });

  test('what named members "would" do, as minutes report it, is a task; "would attend" is each going', async () => {
    const result = await minutes([
      '2. School: The Clerk and Cllr Nathan would contact the school to make arrangements.',
      '3. Plan: Cllrs Colenutt and Howard would bring the emergency plan to a future agenda.',
      '4. Tea party: Cllrs Higgins and Eastwood would attend.',
    ]);
    expect(loud(result)).toEqual(['owner.multiple@A4', 'owner.multiple@A5']);
    expect(result.readings[0].itemRows).toBe(2);
  });

  test("one task in a meeting's record is enough where it names members or posts; a body's alone is not", async () => {
    const one = (task: string) => minutes(['2. Bookings: the calendar was updated.', `3. Hallowe’en: ${task}`]);
    expect(loud(await one('Pete and Don to start the prototype on Saturday.'))).toEqual(['owner.multiple@A5']);
    expect(loud(await one('The Clerk will write to the hirers.'))).toEqual([]);
    expect((await one('The Clerk will write to the hirers.')).readings[0]?.kind).toBe('action-plan');
    for (const body of ['The Committee will visit the hall.', 'Parish Councillors will give it further thought.'])
      expect((await one(body)).readings).toEqual([]);
  });

  test('a task in the passive names who acts after "by": people or posts, not initials the record does not list', async () => {
    const result = await minutes([
      '2. Footpath: the sign has been replaced by the Clerk.',
      '3. Bins: still not in place, so would be chased up once more by the Clerk and Vera Jones.',
      '4. Verges: the grass is to be cut by Pete Smith.',
      '5. Section 106: the funds are to be released by KDC once a project is agreed.',
    ]);
    expect(loud(result)).toEqual(['owner.multiple@A5']);
    expect(result.readings[0].itemRows).toBe(2);
  });

  test('a first name of one listed as present, or a name in full, before "to" is who acts', async () => {
    const result = await minutes([
      '2. Hallowe’en: no response so far. Vera to email some people.',
      '3. Acoustic panels: material has been collected. Pete and Don to start the prototype on Saturday.',
      '4. Bookings: Sue Hall to update the calendar.',
    ]);
    expect(loud(result)).toEqual(['owner.multiple@A5']);
  });

  test('a name the record does not list is no one: "Trip to see the lights", "Vera" when not present', async () => {
    const lines = [
      '2. Hallowe’en: no response so far. Vera to email some people.',
      '3. Outing: Trip to see the lights was enjoyed. Pete and Don to start the prototype on Saturday.',
    ];
    expect(loud(await minutes(lines))).toEqual(['owner.multiple@A5']);
    const unlisted = await minutes(lines, 'Present: Pete Smith, Don Crook, Sue Hall');
    expect(loud(unlisted)).toEqual(['owner.multiple@A5']);
    expect(unlisted.readings[0].itemRows).toBe(1);
  });

  test('"Discussion ensued and Vera will complete …": who will act, named just before "will"', async () => {
    const result = await minutes([
      '2. Transport survey: Discussion ensued and Vera will complete the response on our behalf.',
      '3. Constitution: the new scheme starts in April – Pete and Don will review our constitution.',
      '4. Hall: it will be ordered once a contractor is available.',
    ]);
    expect(loud(result)).toEqual(['owner.multiple@A5']);
  });

  test("initials are who acts only as the record lists them, and never the body's own", async () => {
    // ("RFMC": the Recreation Field Management Committee, whose record this is.)
    const titled = (present: string, lines: string[]) =>
      check(
        workbook(
          sheet('Minutes', [
            ['Leigh Recreation Field Management Committee'],
            ['Minutes of meeting held on 13 May 2019'],
            [present],
            ...lines.map((l) => [l]),
          ]),
        ),
        { asOf: '2019-05-13' },
      );
    const water = [
      '2. Water: VJ to read the meter. RFMC will charge the allotments for water.',
      '3. Mower: PS to get it fixed.',
    ];
    const plain = await titled('Present: Vera Jones, Pete Smith', water);
    expect(plain.readings.some((r) => r.kind === 'action-plan')).toBe(true);
    expect(loud(plain)).toEqual([]);
    const mower = ['2. Water: VJ to read the meter.', '3. Mower: PS and VJ to get it fixed.'];
    expect(loud(await titled('Present: Vera Jones (VJ), Pete Smith (PS)', mower))).toEqual(['owner.multiple@A5']);
    // (Listed by initials, but not "PS": of "PS and VJ", VJ alone is one listed.)
    expect(loud(await titled('Present: Vera Jones (VJ), Pete Smith', mower))).toEqual([]);
  });

  test('to note what a paper reports asks no task; a task given to a body names no one to answer for it', async () => {
    const result = await minutes([
      '2. Finance: Pete and Vera to note the accounts.',
      '3. Heating: broke down twice. Committee to follow up.',
      '4. Hall: Vera to email the plumber.',
      '5. Paint: Pete to order the paint.',
    ]);
    expect(loud(result)).toEqual(['owner.not-a-person@A5']);
  });
});

describe('"Agenda Items & Action Points | | Action By": minutes numbered by year, the matters arising each naming the minute they take up', () => {
  // An area prescribing committee's minutes: "08/003 | Matters Arising:", then "07/07 – Controlled Drugs – …".
  const minutes = (controlled: string | null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Title of Meeting:', 'Area Prescribing Committee Meeting'],
          [],
          ['Agenda Items & Action Points', null, 'Action By'],
          ['08/001', 'Apologies:', null],
          [null, 'Robin Carlisle, Stuart Lakin, Dr P Martin', null],
          ['08/002', 'Minutes from the last meeting held on the 21 November 2007.', null],
          [null, '07/33 – Osteoporosis – spelling error.', null],
          [
            null,
            '07/37 – Asthma Guidelines – This will need discussing at the Drugs and Therapeutics Committee.',
            null,
          ],
          [null, 'All other minutes were agreed to be a true and accurate record.', null],
          ['08/003', 'Matters Arising:', null],
          [
            null,
            '07/07 – Controlled Drugs – SW is to visit the clinic to review their usage of Controlled Drugs.',
            controlled,
          ],
          [null, '07/15 – PBC Engagement with APC – we will need to reconsider the makeup of the committee.', 'PS'],
          [null, '07/45 – Paediatric Prescribing Issues – A Paediatric leaflet is given on every discharge.', 'CD'],
          ['08/004', 'Declarations of Interest', null],
          [null, 'Nothing to declare.', null],
        ]),
      ),
      { asOf: '2008-01-16' },
    );

  test('each matter taken up asks who answered for it; the corrections to the last minutes ask nothing', async () => {
    const result = await minutes('SW');
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['id', 'action', 'owner']);
    expect(loud(result)).toEqual([]);
    expect(loud(await minutes(null))).toEqual(['owner.missing@C11']);
  });
});

describe('"15/141. | Matters arising." over its action points, then the minutes going on', () => {
  // A parish committee's minutes: the action points under a heading of their own inside a minute.
  const minutes = (third: string | null) =>
    check(
      workbook(
        sheet('Action points', [
          ['Minutes of the Recreation Committee 21 December 2015'],
          ['15/141.', 'Matters arising.'],
          [null, 'All covered elsewhere on the agenda.'],
          [null, 'Action points'],
          [null, 'Action point', 'By'],
          [null, 'will email information on local support groups to the Clerk.', 'Cllr Brady'],
          [null, 'will investigate sponsored trips to a local motor-cross facility', 'Cllr Sunners'],
          [null, 'will investigate the status of planning permission for the extension', third],
          ['15/142.', 'Football matters.'],
          [null, 'There was no representative from the Football Club at this meeting.'],
          ['15/143.', 'Tennis Club.'],
          [null, 'The Clerk had received a copy of the latest Tennis Club minutes.'],
        ]),
      ),
      { asOf: '2015-12-21' },
    );

  test('the points end where the next minute, 15/142., begins; one with no one beside it has its owner missing', async () => {
    expect(loud(await minutes('Cllr Walton'))).toEqual([]);
    expect(loud(await minutes(null))).toEqual(['owner.missing@C8']);
  });
});

describe("a village hall committee's matters arising, numbered, 'Action: Sylvia' beside those that ask", () => {
  // A hall committee's minutes: the matters numbered "(1)", "(3)(ii)" before their words.
  const minutes = (third: string | null, heading: (string | null)[] = [null, 'Matters Arising:']) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Committee Meeting: Wednesday 23 March 2022'],
          [null, 'Present: A. Dicks, A. Moore, J. Tollafield'],
          [null, 'Minutes: The minutes of the meeting held on 23 July 2021 were agreed as being correct and signed.'],
          heading,
          ['(1)', 'Website progress: The new website was excellent and formal thanks for Clair’s work were noted.'],
          ['(2)', 'Email details re hall events – outstanding', 'Action: Sylvia'],
          ['(3)(ii)', 'Garage/storeroom clearance – items had been removed and new shelving could be ordered.', third],
          ['(4)(i)', 'Tower repairs: Tony has been very busy and there has been endless delay.', 'Action: April'],
          [null, 'Any other business: none.'],
        ]),
      ),
      { asOf: '2022-03-23' },
    );

  test('given names after the mark name who acts; each matter with no one beside it has its owner missing', async () => {
    expect(loud(await minutes('Action: April/Audrey/Kate'))).toEqual(['owner.missing@C5', 'owner.multiple@C7']);
    expect(loud(await minutes('Action: Kate'))).toEqual(['owner.missing@C5']);
  });

  test('"Action: to investigate and report" names no one: its owner is missing', async () => {
    expect(loud(await minutes('Action: to investigate and report.'))).toEqual(['owner.missing@C5', 'owner.missing@C7']);
  });

  test('where the heading has a number of its own ("3. | Matters Arising"), a numbered line after is the next item', async () => {
    expect(loud(await minutes('Action: Kate', ['3.', 'Matters Arising:']))).toEqual([]);
  });
});

describe("a community centre's matters arising, each subject in a cell of its own ('P.A.T testing:')", () => {
  const trustees = (solicitor: string, third: string | null = null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Trustees meeting held on 5th November 2018'],
          ['The minutes of the meeting of Oct 1st 2018 were accepted and signed.'],
          ['Matters Arising'],
          [
            'P.A.T testing:',
            'JL has arranged for the tests to be carried out on Saturday Nov 17th.',
            'Action Point: JL',
          ],
          ['Car Park Repairs:', 'On Going.', 'Action Point: SK'],
          [solicitor, 'At present we do not have a solicitor from which we can seek advice.', third],
          ['BRMRC:', 'The changing room in the shed will be more regularly used.', 'Action Point: DL to check.'],
          ['Public Session'],
        ]),
      ),
      { asOf: '2018-11-05' },
    );

  test('each matter follows up an action: one with no one beside it has its owner missing', async () => {
    expect(loud(await trustees('Solicitor:', 'Action Point: AT'))).toEqual([]);
    expect(loud(await trustees('Solicitor:'))).toEqual(['owner.missing@C6']);
  });

  test("a subject with no colon is no matter's subject: the line is not taken for one", async () => {
    expect(loud(await trustees('Solicitor'))).toEqual([]);
  });
});

describe('matters arising taken up as bulleted sentences under a minute of their own, the Actions column beside', () => {
  // A parish council's minutes: "147/25 | Matters arising and actions from the last meeting …".
  const minutes = (hedge: string, who: string | null = null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of Langham Parish Council Meeting'],
          ['Item', null, 'Actions'],
          ['146/25', 'To approve the minutes of the meeting held 30th September 2025'],
          [null, 'The minutes were approved and signed by the Chairman.'],
          ['147/25', 'Matters arising and actions from the last meeting not separately listed.'],
          [null, '•       Hi-vis jackets for the flood wardens received.', 'Clerk'],
          [null, '•       Remembrance wreath received and will be laid by Cllr. Cunningham.', 'Clerk'],
          [null, hedge, who],
          ['148/25', 'Clerk’s report'],
          [null, 'The Clerk reported on the correspondence received.'],
          ['149/25', 'Planning'],
          [null, 'No applications had been received.'],
          ['150/25', 'Finance'],
          [null, 'The accounts were received and noted.'],
        ]),
      ),
      { asOf: '2025-10-28' },
    );

  test('each bulleted matter with no one beside it has its owner missing', async () => {
    expect(loud(await minutes('•       Overgrowing hedge on Burley Road cut back.', 'Cllr Viner'))).toEqual([]);
    expect(loud(await minutes('•       Overgrowing hedge on Burley Road cut back.'))).toEqual(['owner.missing@C8']);
  });

  test('a bulleted subject alone, no sentence, is listed for the line after it', async () => {
    expect(loud(await minutes('•       Finger Post signage'))).toEqual([]);
  });
});

describe('minutes kept in a table with columns for the action required and who is responsible', () => {
  // An academy trust board's minutes: the minute's number, its words, then what it asks and of whom.
  const minutes = (minutesHeading: string | null) =>
    check(
      workbook(
        sheet('Minutes', [
          ['Minutes of the Board of Directors meeting held on Tuesday, 22nd September 2015'],
          [null, minutesHeading, 'Action required', 'Person responsible'],
          ['70/15', 'Opening Prayer'],
          ['1.', 'The Opening Prayer was led by Mr R Hill.'],
          ['72/15', 'Elect Chairman'],
          ['2.', 'The Clerk stated it was necessary to elect a Chairman for the academic year 2015/16.'],
          ['75/15', 'Declarations of Interest'],
          ['8.', 'Mrs P Cuddihy declared an interest.', 'Register of business interests to be updated', 'Clerk/Chair'],
          ['76/15', 'Finance', 'Budget to be circulated', null],
        ]),
      ),
      { asOf: '2015-09-22' },
    );

  test('a minute asking nothing, its action and person both blank, records discussion', async () => {
    expect(loud(await minutes(null))).toEqual(['owner.multiple@D8', 'owner.missing@D9']);
    expect(loud(await minutes('Minutes'))).toEqual(['owner.multiple@D8', 'owner.missing@D9']);
  });

  test('where most lines ask something, a line of words asking nothing of anyone is a gap', async () => {
    const result = await check(
      workbook(
        sheet('Minutes', [
          ['Action sheet of the Board of Directors meeting held on Tuesday, 22nd September 2015'],
          [null, null, 'Action required', 'Person responsible'],
          ['1.', 'Mrs P Cuddihy declared an interest.', 'Register of interests to be updated', 'Clerk'],
          ['2.', 'The budget was discussed at length.', 'Budget to be circulated', 'Mr R Hill'],
          ['3.', 'The new website was presented to the board.', 'Website to be launched', 'Mrs M Hayes'],
          ['4.', 'The Clerk reported on the training of directors.'],
        ]),
      ),
      { asOf: '2015-09-22' },
    );
    expect(loud(result)).toEqual(['owner.missing@D6']);
  });
});

describe("a hall committee's minutes: matters arising a line each, other actions named by initials", () => {
  // After a village hall committee's minutes: "Subject – what has happened" under the heading,
  // and later items asking members by their initials.
  const minutes = (heading: string, matter: string) =>
    run(
      [
        'Minutes of Meeting',
        'Held on Monday 10th May 2010',
        '1. Apologies',
        'Apologies received from John Otley and Pat Sherry',
        heading,
        'Hall Boundary – ongoing.',
        'Extractor Fans – work done. We had to pay £100 insurance excess.',
        matter,
        '4. Playground Check',
        'Fire Blanket at back of stage is still missing. MB to source',
        'Tom Cole has not yet reseeded the bonfire area. AS to follow up.',
      ],
      '2010-05-10',
    );

  test('each matter taken up naming no one has no owner; the later actions name theirs', async () => {
    const flagged = ['owner.missing@A6', 'owner.missing@A7', 'owner.missing@A8'];
    expect(loud(await minutes('3. Matters Arising', 'Photocopier – ongoing.'))).toEqual(flagged);
    expect(loud(await minutes('Matters Arising', 'Photocopier – ongoing.'))).toEqual(flagged);
  });

  test('someone outside the committee awaited is no owner; a member named in the matter answers for it', async () => {
    const awaited = await minutes('3. Matters Arising', 'Chair Cleaning – still awaiting feedback from Chris Webster.');
    expect(loud(awaited)).toContain('owner.missing@A8');
    const member = await minutes('3. Matters Arising', 'Constitution – AS is going to try and summarise this.');
    expect(loud(member)).not.toContain('owner.missing@A8');
    const speaker = await minutes('3. Matters Arising', 'AMC: Glen Righ Hydro – ongoing');
    expect(loud(speaker)).not.toContain('owner.missing@A8');
  });

  test('under an item of another name the lines are its minutes, asking nothing', async () => {
    expect(loud(await minutes('3. Hall Matters', 'Photocopier – ongoing.'))).toEqual([]);
  });
});

describe("an allotment society's minutes, actions marked 'Action:' in the items' words", () => {
  const minutes = (membership: string, rule: string) =>
    run(
      [
        'EWAA Committee Meeting Minutes',
        '12 March 2015, 7.30pm',
        'Attendees: Julian Stern (Chair), Josie Powell, Stewart Young',
        '  5. Membership report – 4 plots allocated. Waiting list small and 13 vacant plots.',
        `    Actions: George to review plots in ${membership}.`,
        `  7. Proposal to amend Rule 19 Site Security – Pat proposed, Sarah seconded, carried. Action: ${rule}`,
        '  9. Tree Matters – Action: Stewart, George and Clare volunteered to be part of tree review.',
      ],
      '2015-03-12',
    );

  test("a month an action is to be done in has passed when the month has; the meeting's month has not", async () => {
    expect(loud(await minutes('February', 'Julian to amend the rules.'))).toEqual([
      'deadline.slipped@A5',
      'owner.multiple@A7',
    ]);
    expect(loud(await minutes('March', 'Julian to amend the rules.'))).toEqual(['owner.multiple@A7']);
    // ("back in February": when something was asked before, no time to do it in.)
    expect(loud(await minutes('the spring, as asked back in February', 'Julian to amend the rules.'))).toEqual([
      'owner.multiple@A7',
    ]);
  });

  test('"Action:" over the task alone names no one; volunteers named are who act', async () => {
    expect(loud(await minutes('March', 'change on document and website.'))).toEqual([
      'owner.missing@A6',
      'owner.multiple@A7',
    ]);
  });
});

describe("a playing field committee's minutes in prose, those present listed under the item's number", () => {
  const minutes = (present: string) =>
    run(
      [
        'Minutes of the meeting held on the 20th May 2019 at Scopwick Village Hall',
        present,
        'Areas of grass had been sprayed around the equipment. Clerk and Neil agreed to check with the grass cutter.',
        'As last year the Committee will sell ice cream at the village show. The Committee agreed to co-ordinate the sales.',
      ],
      '2019-05-20',
    );

  test('a first name of one listed as present, beside the clerk, is two people agreeing to act', async () => {
    expect(loud(await minutes('1. Present: David (Chair), Charlie, Angela, Jane, Neil and Mark.'))).toEqual([
      'owner.multiple@A3',
      'owner.not-a-person@A4',
    ]);
  });

  test('a first name the record does not list, beside the clerk, is still two people given the task', async () => {
    // (Read for the shared task alone: the committee's own task asks no one the record names.)
    expect(loud(await minutes('1. Present: David (Chair), Charlie, Angela, Jane and Mark.'))).toEqual([
      'owner.multiple@A3',
    ]);
  });
});

describe('"For Action:" stamped at the head of a board\'s minutes', () => {
  const minutes = (stamp: string) =>
    run(
      [
        stamp,
        'CWA Academy Trust',
        'Minutes of the Meeting of the Board of Directors',
        'Present: Derek Stringer (Chair), David Pomfret (Chief Executive), Debbie Gates',
        '1. Apologies for Absence',
        'Apologies from Arlene Clark were received and accepted.',
      ],
      '2016-02-11',
    );

  test('is a routing stamp asking nothing: no action with its owner missing', async () => {
    const result = await minutes('For Action:');
    expect(loud(result)).toEqual([]);
    expect(result.readings).toEqual([]);
  });

  test('with a task after it, it marks an action as "Action:" does', async () => {
    const result = await minutes('For Action: Clerk to write to the hirers.');
    expect(result.readings[0]?.kind).toBe('action-plan');
    expect(loud(result)).toEqual([]);
  });
});

describe('an action plan whose actions are each headed by their number ("Action 1:")', () => {
  // A council's equality plan printed as a web page: each action's number on a line of its own,
  // its words under it, then its fields.
  const plan = (heading: (n: number) => string) =>
    run(
      [
        'Strategic Equality Plan 2024-28: Our Action Plan',
        'Objective 1: Members and employees actively promote and facilitate a culture of inclusion',
        ...[1, 2].flatMap((n) => [
          heading(n),
          'We will continue to ensure that all staff have access to support and training.',
          '• Service: Learning and Development',
          '• By when?: Ongoing',
        ]),
      ],
      '2024-04-01',
    );

  test('the number alone on its line is no mark of who acts: no action with its owner missing', async () => {
    expect(loud(await plan((n) => `Action ${n}:`))).toEqual([]);
  });

  test('an action mark with who acts after it is still one', async () => {
    expect(loud(await plan((n) => `Action ${n}: Clerk and Cllr Hay`))).toEqual([
      'owner.multiple@A3',
      'owner.multiple@A7',
    ]);
  });
});

describe("a panel's minutes listing the last meeting's actions under a heading of their own", () => {
  const minutes = (heading: string, next = 'Tenant Satisfaction Survey data') =>
    run(
      [
        'Tenant Scrutiny Panel Meeting Minutes - 4 March 2025.',
        '- J. Wormald, tenant',
        'Minutes and matters arising',
        'The minutes were agreed as a true record of the meeting.',
        heading,
        '- Whistle blowing policy to be sent with the papers for the next meeting. Policy sent.',
        '- Draft new code of conduct to be sent with the papers for the next meeting. Draft sent.',
        '- Julie Hood to raise a mystery shopping topic at Senior Management Team.',
        next,
        '- Identified amendments to the Virtual meeting protocol to be made.',
      ],
      '2025-03-04',
    );

  test('each listed action naming no one has no owner; one naming who acts has', async () => {
    const flagged = ['owner.missing@A6', 'owner.missing@A7'];
    expect(loud(await minutes('The following were actions at the last meeting:'))).toEqual(flagged);
    expect(loud(await minutes('Outstanding actions from the previous meeting:'))).toEqual(flagged);
    expect(loud(await minutes('Actions from last meeting'))).toEqual(flagged);
  });

  test('the list ends at the first line that is not listed', async () => {
    expect(loud(await minutes('The following were actions at the last meeting:'))).not.toContain('owner.missing@A10');
    const listed = await minutes(
      'The following were actions at the last meeting:',
      '- Julie Hood to chase the survey.',
    );
    expect(loud(listed)).toEqual(['owner.missing@A6', 'owner.missing@A7', 'owner.missing@A10']);
  });

  test('under any other heading the listed lines are what was said, asking nothing', async () => {
    expect(loud(await minutes('The following were discussed at the last meeting:'))).toEqual([]);
    expect(loud(await minutes('Actions agreed at the last meeting were all done'))).toEqual([]);
  });
});

describe("a parish's minutes with its cheques for issue set out as a table among them", () => {
  const minutes = (action: string, cheque: (string | number | null)[] = [101011, 'D Lewis', null, 200.0]) =>
    check(
      workbook(
        sheet(
          'Minutes',
          [
            ['Minutes of the Meeting of Surfleet Parish Council held on 14th July 2020'],
            ['4.     Matters arising:'],
            ['GW/AT proposed and seconded that the Clerk arrange for the riverbanks to be cut.'],
            [action],
            ['8.     Cemetery matters:'],
            ['Members agreed that PPM do a further control treatment.'],
            ['Action: PG/AT'],
            ['9.     Finance report:'],
            ['The Clerk reported the following cheques for issue,'],
            ['Chq No', 'Reason', 'VAT', 'Total'],
            [101006, 'Clerk salary', null, 219.91],
            [101007, 'Clerk salary', null, 226.58],
            [101010, 'M Firth Landscape', 252.0, 1512.0],
            cheque,
            ['Total', null, null, 2158.49],
          ].map((r): CellValue[] => r),
        ),
      ),
      { asOf: '2020-07-14' },
    );

  test('the actions marked in the minutes are read beside the table of figures', async () => {
    expect(loud(await minutes('Action: Clerk'))).toEqual(['owner.multiple@A7']);
    expect(loud(await minutes('Action:'))).toEqual(['owner.missing@A4', 'owner.multiple@A7']);
  });

  test('the table of figures is checked as before', async () => {
    expect(loud(await minutes('Action: Clerk', [101011, 'D Lewis', null, 210.0]))).toContain('totals.row-mismatch@D15');
  });
});

describe("a harbour trust's minutes with who acts after each line's last words, the action column run in", () => {
  const minutes = (lines: string[], present = ['Quentin Dimmer (Harbour Master)']) =>
    run(
      [
        "Minutes of a meeting of Directors held on Thursday 11th April 2019 In McArthur's Store Dunbar",
        'Present: Alasdair Swan (Chair); Paul Ingram; John Band; Alison Fisher (minutes)',
        ...present,
        '3. Minutes of the Previous Meeting:',
        ...lines,
      ],
      '2019-04-11',
    );
  const lines = [
    'Letters to the store tenants re PAT testing (due 31st March 2019) are still outstanding. AS',
    'All retail electricity for last year has been invoiced and paid for.',
    'The wording for the Harbour Bridge sign was agreed and the sign will now be ordered. AS/QD',
    'Minor amendments to the risk assessments were agreed. PI',
  ];

  test('the initials of members listed as there, after the last words, are who acts', async () => {
    expect(loud(await minutes(lines))).toEqual(['deadline.slipped@A5', 'owner.multiple@A7']);
  });

  test('initials of no one listed as there are not who acts', async () => {
    // (Without the line naming the harbour master under the members, "QD" is no one's.)
    expect(loud(await minutes(lines, ['Apologies: Steven Anderson']))).not.toContain('owner.multiple@A7');
    const agency = lines.map((l) => l.replace(/ AS\/QD$/, ' SEPA'));
    expect(loud(await minutes(agency))).not.toContain('owner.multiple@A7');
  });

  test('who moved and seconded a motion are not who acts', async () => {
    const motion = 'Minutes of the previous meeting – approved JB; seconded AF/PI';
    expect(loud(await minutes([...lines, motion]))).toEqual(['deadline.slipped@A5', 'owner.multiple@A7']);
  });
});

describe("a joint board's minutes noting what arose on the last minutes, each line spaced from the next", () => {
  const minutes = (heading: string, matters: string[], last = 'The Board commented that the permits had gone well.') =>
    run(
      [
        'Minutes of the Meeting of the Joint Waste Disposal Board',
        'Meeting: 15/07/2016 - Joint Waste Disposal Board (Item 5)',
        'RESOLVED that the minutes of the meeting held on the 8 April 2016 be approved as a correct record.',
        null,
        heading,
        ...matters.flatMap((m) => [null, m]),
        null,
        last,
      ],
      '2016-07-15',
    );
  const matters = [
    'Minute 21 – There had been no progress with arranging a date to meet with DEFRA.',
    'Minute 38 – Progress had been made on the haulage contract. Oliver Burt to bring an update to the next meeting.',
    'Minute 39 – The Smartcard system would be looked at by the end of June 2016 and an update brought to the next meeting.',
  ];

  test('each is a matter taken up, who acts and by when read from its words', async () => {
    const flagged = ['owner.missing@A7', 'deadline.slipped@A11', 'owner.missing@A11'];
    expect(loud(await minutes('Arising on the minutes it was noted:', matters))).toEqual(flagged);
    expect(loud(await minutes('Arising on the minutes, it was noted:', matters))).toEqual(flagged);
    expect(loud(await minutes('Matters arising', matters))).toEqual(flagged);
  });

  test('a time still ahead is no slip', async () => {
    const ahead = matters.map((m) => m.replace('June 2016', 'August 2016'));
    expect(loud(await minutes('Arising on the minutes it was noted:', ahead))).toEqual([
      'owner.missing@A7',
      'owner.missing@A11',
    ]);
  });

  test('parted from its heading by a blank line, one matter alone is no list of them; two are', async () => {
    // (An action elsewhere has the record read for its actions, the matters arising among them.)
    const marked = 'The haulage contract was discussed. ACTION: Clerk to write to DEFRA.';
    const bus = 'Braes bus re-instatement. The bus service will return on the 19th April.';
    expect(loud(await minutes('Matters arising', [matters[0], bus], marked))).toEqual([]);
    expect(loud(await minutes('Matters arising', [matters[0], matters[2], bus], marked))).toEqual([
      'owner.missing@A7',
      'deadline.slipped@A9',
      'owner.missing@A9',
    ]);
  });

  test("what the meeting's own body is to do is no one's action; a name of two words after 'The' is no person", async () => {
    const visit = 'Minute 40 – The Board will be visiting the Colnbrook Site in September.';
    expect(loud(await minutes('Matters arising', [...matters, visit]))).toEqual([
      'owner.missing@A7',
      'deadline.slipped@A11',
      'owner.missing@A11',
    ]);
    // (Another body's, or the Clerk's, is an action, as before.)
    const agency = 'Minute 40 – The Agency will be visiting the Colnbrook Site in September.';
    expect(loud(await minutes('Matters arising', [...matters, agency]))).toContain('owner.missing@A13');
    const clerk = 'Minute 40 – The Clerk will write to the Agency about a visit in September.';
    expect(loud(await minutes('Matters arising', [...matters, clerk]))).not.toContain('owner.missing@A13');
  });

  test('under any other heading the lines are what was said', async () => {
    expect(loud(await minutes('Arising from the permits scheme it was noted:', matters))).toEqual([]);
  });
});

describe("a residents' meeting listing its action items, each with who acts in brackets at its end", () => {
  const minutes = (heading: string, items: string[], after = ['Update from Hackney Homes', 'DE to confirm costs.']) =>
    run(
      [
        'Minutes from meeting of 15th December 2010',
        'Lisa Linpower (Chair)',
        'Francine Bennett (Secretary)',
        heading,
        ...items,
        ...after,
      ],
      '2010-12-15',
    );
  const items = [
    '1.    confirm future walkabout dates (DE)',
    '2.    confirm estimated costs of aerial scheme to leaseholders (DE/FB)',
    '3.    clarify whether Lulworth Court water repairs are inside the estate boundary',
    '4.    attend security meeting on 27th Jan (All)',
    '5.    follow up with a plan for garden amnesty (JD)',
  ];

  test('each line is an action: the brackets are who acts, and a line with none names no one', async () => {
    const flagged = ['owner.multiple@A6', 'owner.missing@A7', 'owner.not-a-person@A8'];
    expect(loud(await minutes('Action items', items))).toEqual(flagged);
    expect(loud(await minutes('Action points', items))).toEqual(flagged);
  });

  test('a task the record asks of two members elsewhere is theirs to share', async () => {
    const after = ['Notes', 'Lisa Linpower and Francine Bennett will write to the estate manager.'];
    const result = await minutes('Action items', items, after);
    expect(loud(result)).toEqual([
      'owner.multiple@A6',
      'owner.missing@A7',
      'owner.not-a-person@A8',
      'owner.multiple@A11',
    ]);
  });

  test('a list numbered throughout ends at the first line with no number, or one numbered afresh', async () => {
    const restarted = ['1.    deep clean of flat awaiting costing', '2.    new flooring completed'];
    const result = await minutes('Action items', items, restarted);
    expect(loud(result)).toEqual(['owner.multiple@A6', 'owner.missing@A7', 'owner.not-a-person@A8']);
  });

  test('an unnumbered list ends at a blank line', async () => {
    const plain = items.map((line) => line.replace(/^\d\.\s+/, ''));
    const result = await minutes('Action items', plain, ['', 'Notes on the playground were taken.']);
    expect(loud(result)).toEqual(['owner.multiple@A6', 'owner.missing@A7', 'owner.not-a-person@A8']);
  });

  test('half the lines with brackets, two at least, make a list of actions; fewer do not, nor any other heading', async () => {
    const bare = (line: string) => line.replace(/\s*\([^)]*\)$/, '');
    const half = items.slice(0, 4).map((line, i) => (i === 1 ? bare(line) : line));
    expect(loud(await minutes('Action items', half))).toContain('owner.missing@A7');
    const twoInFive = items.map((line, i) => (i === 1 || i === 3 ? bare(line) : line));
    expect(loud(await minutes('Action items', twoInFive))).not.toContain('owner.missing@A7');
    const oneInThree = items.slice(0, 3).map((line, i) => (i === 1 ? bare(line) : line));
    expect(loud(await minutes('Action items', oneInThree))).not.toContain('owner.missing@A7');
    expect(loud(await minutes('Items discussed', items))).not.toContain('owner.missing@A7');
  });
});

describe("a trust board's minutes exported from a governance portal, each action a task in the imperative", () => {
  const minutes = (first: string, second = 'ACTION Defer items to September') =>
    run(
      [
        'Board of Directors Minutes 08/06/2020',
        'Governors Attending: >Jo Edwards, David Shaw, Lynn Dove',
        'Agenda Item 2  Matters arising',
        `Action: ${first}`,
        'Update - this had been actioned',
        'Action: LD to provide an update to Directors on the marketing strategy',
        'Update: LD reported that she had started the work on this',
        second,
      ],
      '2020-06-08',
    );

  test('a task opening with what is to be done names no one to do it', async () => {
    expect(loud(await minutes('Email comments on the structure of trust on a page to DS'))).toEqual([
      'owner.missing@A4',
      'owner.missing@A8',
    ]);
    expect(loud(await minutes('Reflect Speech and Language in the Trust priorities'))).toContain('owner.missing@A4');
  });

  test('a verb with one word after it may be names; a name before the task is who acts', async () => {
    // ("Action: Check Smith": too short to tell from two names, so read as them.)
    expect(loud(await minutes('Check Smith'))).not.toContain('owner.missing@A4');
    expect(loud(await minutes('JE to email comments on the structure to DS'))).not.toContain('owner.missing@A4');
  });

  test('"ACTION" in capitals marks a task in the imperative after it, not any words', async () => {
    expect(loud(await minutes('JE to email comments', 'ACTION Plan agreed by the Board'))).toEqual([]);
    expect(loud(await minutes('JE to email comments', 'ACTION Send the plan to the Board'))).toEqual([
      'owner.missing@A8',
    ]);
  });
});

describe("a steering group's summary of actions, numbered one to a line", () => {
  const summary = (heading: string, lines: string[]) =>
    run(
      [
        'South Chilterns Catchment Pilot Steering Group 22 APRIL 2013',
        heading,
        '1. MF will update the Terms of Reference and distribute a second draft.',
        '2. JB/SW to investigate the possibility of a Rivers Week activity on the Pang.',
        '3. All to forward any details of Thames Water incidents to DH.',
        ...lines,
      ],
      '2013-04-22',
    );

  test('each numbered line is an action: several named share it, one naming no one has no owner', async () => {
    expect(loud(await summary('Summary of actions from the meeting', []))).toEqual([
      'owner.multiple@A4',
      'owner.missing@A5',
    ]);
    expect(loud(await summary('Summary of actions decided at the meeting.', []))).toEqual([
      'owner.multiple@A4',
      'owner.missing@A5',
    ]);
  });

  test('what is or will be, and the next meeting, ask nothing; a task in the passive does', async () => {
    const said = [
      '4. The next meeting will be early August or early September.',
      '5. Detailed reports of each of three stakeholder workshops plus a summary are available on the website.',
      '6. Next meeting 22nd April 2013 at 1pm, EA Offices, Wallingford.',
    ];
    expect(loud(await summary('Summary of actions from the meeting', said))).toEqual([
      'owner.multiple@A4',
      'owner.missing@A5',
    ]);
    const passive = [
      '4. The minutes will be placed on the website.',
      '5. A plan to be produced where the panel is not representative.',
    ];
    expect(loud(await summary('Summary of actions from the meeting', passive))).toEqual([
      'owner.multiple@A4',
      'owner.missing@A5',
      'owner.missing@A6',
      'owner.missing@A7',
    ]);
  });

  test('under a heading of points, not actions, only the lines naming who acts are actions', async () => {
    // ("All to forward …": a task for everyone there, a body, no one of whom answers for it.)
    expect(loud(await summary('Summary of main points from the meeting', []))).toEqual([
      'owner.multiple@A4',
      'owner.not-a-person@A5',
    ]);
  });
});

describe("an allotment association's minutes, 'ACTION' in capitals before who acts", () => {
  const minutes = (action: string, outcome = 'Action – Minutes approved by JB and seconded by KR.') =>
    run(
      [
        'GLEBE ROAD ALLOTMENT ASSOCIATION',
        'COMMITTEE MEETING 22 SEPTEMBER 2016',
        outcome,
        'a. Pie and Peas. Those who want to attend should pay cash to Dodie in the shop.',
        action,
        'b. WELCOME PACK: Sec finalised the welcome pack. ACTION: KR to print twenty copies.',
      ],
      '2016-09-22',
    );

  test('"ACTION JOHN/DODIE: arrange …": who acts in capitals before a colon', async () => {
    expect(loud(await minutes('ACTION JOHN/DODIE: arrange with Club.'))).toEqual(['owner.multiple@A5']);
    expect(loud(await minutes('ACTION JOHN: arrange with Club.'))).toEqual([]);
    // (Without the colon the capitals are no one named: "ACTION PLAN agreed".)
    expect(loud(await minutes('ACTION PLAN agreed for the site.'))).toEqual([]);
  });

  test('"… with Club. Action JB/MW": initials joined by strokes after the mark, at the end of the minute', async () => {
    const line = (who: string) => `c. TOILETS: the cistern leaks again and a plumber is to be found. Action ${who}`;
    expect(loud(await minutes(line('JB/MW')))).toEqual(['owner.multiple@A5']);
    expect(loud(await minutes(line('JB / MW, once the quotes are in.')))).toEqual(['owner.multiple@A5']);
    // (One set of initials, or initials run into a word, is no pair.)
    expect(loud(await minutes(line('JB')))).toEqual([]);
    expect(loud(await minutes(line('JB/MWs')))).toEqual([]);
  });

  test('"ACTION: The Chairman and Vice-Chairman to update …": two posts, two people', async () => {
    const line = (who: string) => `c. PARISH PLAN: ACTION: ${who} to update the action plan.`;
    expect(loud(await minutes(line('The Chairman and Vice-Chairman')))).toEqual(['owner.multiple@A5']);
    expect(loud(await minutes(line('The Vice-Chairman')))).toEqual([]);
  });

  test('"Action – Corrected.": what was done, in a word, names no one', async () => {
    expect(loud(await minutes('ACTION JOHN: arrange with Club.', 'Action – Corrected.'))).toEqual(['owner.missing@A3']);
    expect(loud(await minutes('ACTION JOHN: arrange with Club.', 'Action – Corrie.'))).toEqual([]);
  });
});

describe("a meeting's record read for its marked actions, several members asked in its words as well", () => {
  const minutes = (line: string, title = 'Minutes of the Parish Council meeting, 4 March 2024') =>
    run([
      title,
      '5. Playground – the inspection report was received. ACTION: JB to obtain quotes for the repairs.',
      '6. Footpaths – the stile at Mill Lane is broken. ACTION: SH to report it to the County Council.',
      `7. Newsletter – ${line}`,
    ]);

  test('a task shared by two named in its words is an action, shared', async () => {
    expect(loud(await minutes('The Clerk and Cllr Hay will distribute the leaflets.'))).toEqual(['owner.multiple@A4']);
    expect(loud(await minutes('It was agreed that the Clerk and Cllr Hay will distribute the leaflets.'))).toEqual([
      'owner.multiple@A4',
    ]);
    expect(loud(await minutes('Colin Campbell and Nicola Mair are going to contact Kate Forbes.'))).toEqual([
      'owner.multiple@A4',
    ]);
    // ("are going" with no "to" and a task after it is where they go.)
    expect(loud(await minutes('Colin Campbell and Nicola Mair are going on holiday.'))).toEqual([]);
    // ("is to", "are to": what they are to do; "is to be" is a thing done, by no one named.)
    expect(loud(await minutes('Colin Campbell/Nicola Mair is to invite Kate Forbes.'))).toEqual(['owner.multiple@A4']);
    expect(loud(await minutes('Colin Campbell and Nicola Mair are to contact Kate Forbes.'))).toEqual([
      'owner.multiple@A4',
    ]);
    expect(loud(await minutes('The hall and the field are to be inspected.'))).toEqual([]);
    // ("agreed to", "offered to": what they undertook to do.)
    expect(loud(await minutes('Colin Campbell and Nicola Mair agreed to contact Kate Forbes.'))).toEqual([
      'owner.multiple@A4',
    ]);
    expect(loud(await minutes('The hall and the field agreed to be inspected.'))).toEqual([]);
  });

  test("one named alone answers for it; outside a meeting's record the words ask no one", async () => {
    expect(loud(await minutes('The Clerk will distribute the leaflets.'))).toEqual([]);
    expect(loud(await minutes('The Clerk and Cllr Hay will distribute the leaflets.', 'Newsletter plan 2024'))).toEqual(
      [],
    );
  });
});

describe('an action in a summary of actions saying when it is due in brackets', () => {
  const summary = (due: string) =>
    run(
      [
        'South Chilterns Catchment Pilot Steering Group 22 APRIL 2013',
        'Summary of actions from the meeting',
        '1. MF will update the Terms of Reference and distribute a second draft.',
        `2. SW will send FWR and EA a summary of the report from the Pang Valley Countryside Project (${due}).`,
      ],
      '2013-04-22',
    );

  test('"(due end March)" has passed by the meeting in April; "(due end April)" has not', async () => {
    expect(loud(await summary('due end March'))).toEqual(['deadline.slipped@A4']);
    expect(loud(await summary('due end April'))).toEqual([]);
    expect(loud(await summary('due to the delays'))).toEqual([]);
  });
});

describe("a hall committee's matters arising, each numbered '(i)' with its subject and a colon", () => {
  const minutes = (second: string) =>
    run(
      [
        'Peek Hall Committee Meeting Minutes 19th June 2023',
        'Present: Kate Wallis, Jan Parsons, Martin Lea',
        'Matters Arising:',
        '(i) Gate at the front entrance: an earlier H & S review highlighted the need for a gate.',
        'Action: Kate/Martin',
        second,
        '(iii) Noticeboard: the new board has been put up by the school.',
        'Treasurer’s report',
      ],
      '2023-06-19',
    );

  test('a matter with no action under it has no owner; one with its "Action:" line has that', async () => {
    expect(loud(await minutes('(ii) Memorial bench: purchased at cost of £300, to be re-imbursed.'))).toEqual([
      'owner.multiple@A5',
      'owner.missing@A6',
      'owner.missing@A7',
    ]);
  });

  test('a line with no subject before a colon is no matter', async () => {
    expect(loud(await minutes('(ii) The memorial bench was purchased at cost of £300.'))).toEqual([
      'owner.multiple@A5',
    ]);
  });
});
