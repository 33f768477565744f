/**
 * Logs, agendas and monitoring tables met in councils' papers: an agenda's "Status" of what each
 * item is for, decisions recorded among actions, numbered items with lettered parts, a line whose
 * name was lost among the items, activities and their dates, small repeated tables of items with
 * their lead officers, a forward plan's anticipated dates, and a variance that names the plan.
 */
import type { CellValue } from '../../src/core/snapshot';
import { cellType } from '../../src/core/tables/cell-evidence';
import { isPartReference, qualifiedReferences } from '../../src/core/tables/sub-items';
import { parseOwner } from '../../src/core/parse/owners';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const checkRows = (name: string, values: CellValue[][], asOf = '2013-12-16') =>
  check(workbook(sheet(name, values)), { asOf });

describe("an agenda's times", () => {
  // After a local enterprise partnership board's agenda: who brings each item, and when.
  const agenda = (times: CellValue[]): CellValue[][] => [
    ['LEP Board meeting – 09:00-12:00'],
    ['Item', 'Time', 'Owner', 'Subject', 'Presenter'],
    [
      1,
      times[0],
      'Solihull College and University Centre',
      'Introduction to the College',
      'John Callaghan/Sean Howitt',
    ],
    [2, times[1], 'Chair', 'Welcome and Introductions', 'Tim Pile'],
    [3, times[2], 'LEP Executive', 'Notes / Matters Arising', 'Tim Pile'],
    [4, times[3], 'LEP Board', 'Review of Agreed Actions', 'Tim Pile'],
  ];

  test('items taken at 09:00, 09:10, 09:12, 9.15am in turn are the business of a meeting: not checked', async () => {
    const result = await checkRows('Agenda', agenda(['09:00', '09:10', '09:12', '9.15am']));
    expect(result.readings[0].kind).toBe('skipped');
    expect(loud(result)).toEqual([]);
  });

  test('times out of order, or a cell that is no time, are no timetable: the owners are checked', async () => {
    expect(loud(await checkRows('Agenda', agenda(['09:00', '09:10', '09:05', '09:15'])))).toContain(
      'owner.not-a-person@C5',
    );
    expect(loud(await checkRows('Agenda', agenda(['09:00', '09:10', 'TBC', '09:15'])))).toContain(
      'owner.not-a-person@C5',
    );
  });

  test('"12noon" and "Noon" among the times are midday, in turn with the rest; "Lunch" is no time', async () => {
    const result = await checkRows('Agenda', agenda(['11.45am', '12noon', 'Noon', '12.15pm']));
    expect(result.readings[0].kind).toBe('skipped');
    expect(loud(await checkRows('Agenda', agenda(['11.45am', '12noon', 'Lunch', '12.15pm'])))).toContain(
      'owner.not-a-person@C5',
    );
  });

  test('a dash where an item has no time of its own leaves the rest a timetable; "-" is not counted as a time', async () => {
    const result = await checkRows('Agenda', agenda(['09:00', '09:10', '-', '09:15']));
    expect(result.readings[0].kind).toBe('skipped');
    const rows = (times: CellValue[]) => agenda(times).slice(0, 2 + times.length);
    expect(loud(await checkRows('Agenda', rows(['09:00', '09:10', '-'])))).not.toEqual([]);
  });

  test('three times are enough, two too few', async () => {
    const rows = (times: CellValue[]) => agenda(times).slice(0, 2 + times.length);
    expect(loud(await checkRows('Agenda', rows(['09:00', '09:10', '09:12'])))).toEqual([]);
    expect(loud(await checkRows('Agenda', rows(['09:00', '09:10'])))).not.toEqual([]);
  });
});

describe('an agenda whose "TIMING" heading reads as when each item is due', () => {
  // After a clinical commissioning group committee's agenda: the purpose, who presents, the time.
  const agenda = (times: CellValue[]): CellValue[][] => [
    ['ITEM', 'AGENDA ITEM', 'ACTION', 'PRESENTER', 'PAPER', 'TIMING'],
    ['PC/16/72', 'Welcome and Introductions', null, 'Clive Wood', null, times[0]],
    ['PC/16/73', 'Questions from the public on items on the agenda', 'To receive', 'Clive Wood', null, null],
    ['PC/16/75', 'Declarations of Interest on Agenda items', 'To receive', 'Clive Wood', null, times[1]],
    ['PC/16/76', 'Minutes of the previous meeting held on 7 June 2016', 'To approve', 'Clive Wood', 'A', times[2]],
    ['PC/16/81', 'Primary Care Finance Report 2016-17: Month 2', 'To receive', 'Donna Enoux', 'C', times[3]],
  ];

  test('times of day in turn under it are when each item is taken: the business of a meeting, not checked', async () => {
    const result = await checkRows('Agenda', agenda(['2:00pm', '2:05pm', '2:10pm', '2:15pm']), '2016-07-05');
    expect(result.readings[0].kind).toBe('skipped');
    expect(loud(result)).toEqual([]);
  });

  test('dates under it are when each is due, and a blank one is missing', async () => {
    const dates = ['1 August 2016', '1 September 2016', '1 October 2016', '1 November 2016'];
    expect(loud(await checkRows('Agenda', agenda(dates), '2016-07-05'))).toContain('deadline.missing@F3');
  });
});

describe("an agenda's status", () => {
  const items = ['Apologies for Absence', 'Governance Arrangements', 'Social Media Protocol', 'Appointments', 'Budget'];
  const agenda = (statuses: CellValue[]): CellValue[][] => [
    ['Item no.', 'Agenda Item', 'Details', 'Status'],
    ...statuses.map((status, i) => [`0${i + 1}`, items[i], 'The Authority is asked to consider the report', status]),
  ];

  test('"For decision" down a Status column says what an item is for: the agenda is not checked', async () => {
    const result = await checkRows('Agenda', agenda([null, 'For decision', 'For decision', 'For information']));
    expect(meaningOf(result, 'Status')).toBe('not used');
    expect(loud(result)).toEqual([]);
  });

  // A quarter of the cells holding status words is the least that keeps the column a status.
  test('one status word in four (25%) keeps the column a status, and the rest are flagged as unknown', async () => {
    const result = await checkRows('Agenda', agenda(['Complete', 'For decision', 'For decision', 'For information']));
    expect(meaningOf(result, 'Status')).toBe('status');
    expect(loud(result)).toContain('status.unknown@D3');
  });

  test('one in five (20%) does not', async () => {
    const result = await checkRows(
      'Agenda',
      agenda(['Complete', 'For decision', 'For decision', 'For information', 'For decision']),
    );
    expect(meaningOf(result, 'Status')).toBe('not used');
  });

  test("statuses the profile adds are the partnership's own words: the column stays the status", async () => {
    const result = await check(workbook(sheet('Agenda', agenda([null, 'For decision', 'For decision', 'Noted']))), {
      asOf: '2013-12-16',
      profile: { source: 'test', json: { statuses: { complete: ['noted', 'for decision'] } } },
    });
    expect(meaningOf(result, 'Status')).toBe('status');
  });
});

describe('"Business | Page Number | Lead | Primary Action Requested": a fire authority\'s agenda', () => {
  // After a fire authority's agenda: a section heading under the header, then the items, one of
  // which names "Minutes" and the Chairperson and so reads, on its own, a little like a header.
  const agenda = (heading: string): CellValue[][] => [
    ['A G E N D A HUMBERSIDE FIRE AUTHORITY'],
    [],
    ['Business', 'Page Number', 'Lead', heading],
    ['A OPEN AGENDA'],
    ['1. Apologies for absence', '-', 'Secretary/Director of People', 'To record'],
    ['2. Declarations of Interest', '-', 'Secretary/Director of People', 'To declare'],
    ['3. Minutes of meeting of the Authority held on 24 June 2011', '(pages 1-18)', 'Chairperson', 'To Approve'],
    ['4. Petitions and Deputations', '-', 'Secretary/Director of People', 'To receive'],
    ['8. Executive Report', '(pages 35-40)', 'Chief Fire Officer & Chief Executive', 'To approve'],
    ['9. Annual Governance Report', '(pages 41-70)', 'Audit Commission', 'To approve'],
  ];

  test('"Primary Action Requested" heads what each item asks: one agenda, not checked', async () => {
    const result = await checkRows('Agenda', agenda('Primary Action Requested'));
    expect(result.readings.map((r) => [r.range, r.kind])).toEqual([['A3:D10', 'skipped']]);
    expect(loud(result)).toEqual([]);
  });
});

describe('a decision and action log', () => {
  const log = (decision: string, who: CellValue = null): CellValue[][] => [
    ['No.', 'Decision or Action or Message', 'Who?', 'When?', 'Action completed?'],
    ['1.', 'Action – Set up a meeting of the task and finish group', 'PT', 'ASAP', null],
    ['2.', decision, who, null, null],
    ['3.', 'Decision – The county group will have five subgroups', null, null, null],
  ];

  test('a line that says it is a decision and names nobody is recorded, not checked as an action', async () => {
    const result = await checkRows('Log', log('Decision – Locality meetings will continue twice yearly'));
    expect(loud(result).filter((f) => /A[34]|C[34]|D[34]/.test(f))).toEqual([]);
    const skipped = result.readings[0].skippedRows.filter((r) => r.reason === 'decision').map((r) => r.row);
    expect(skipped).toEqual([3, 4]);
  });

  test('a decision that names who acts on it is an action after all', async () => {
    const result = await checkRows('Log', log('Decision – Locality meetings will continue twice yearly', 'GV'));
    expect(loud(result)).toContain('deadline.missing@D3');
  });

  test('"Action completed?" is the status: the action with a blank there has none', async () => {
    const result = await checkRows('Log', log('Decision – noted'));
    expect(meaningOf(result, 'Action completed?')).toBe('status');
    expect(loud(result)).toContain('status.missing@E2');
  });
});

describe('numbered items with lettered parts', () => {
  const list: CellValue[][] = [
    ['No.', 'Action', 'Update', 'Status'],
    ['1.', 'Key collaborations and partnerships'],
    ['a)', "Outcome of Internal Audit's review", 'Work is ongoing', 'ONGOING'],
    ['b)', 'Add job titles of lead officers', null, 'CLOSED'],
    ['2.', 'Amend the Statement of Accounts', null, 'CLOSED'],
    ['3.', 'Welsh Church Fund'],
    ['a)', 'Consider disclosure of grants', null, 'CLOSED'],
    ['a)', 'Affirm grants were made by the rules', 'Agreed', null],
  ];

  test('a numbered title over lettered parts heads them; it has no status of its own to miss', async () => {
    const result = await checkRows('Action List', list);
    const headings = result.readings[0].skippedRows.filter((r) => r.reason === 'section heading').map((r) => r.row);
    expect(headings).toEqual([2, 6]);
    expect(loud(result)).not.toContain('status.missing@D2');
  });

  test('"a)" under item 3 is not a second use of item 1\'s "a)"; twice under item 3 it is', async () => {
    const result = await checkRows('Action List', list);
    expect(loud(result).filter((f) => f.startsWith('id.duplicate'))).toEqual(['id.duplicate@A8']);
    expect(result.findings.find((f) => f.ruleId === 'id.duplicate')?.message).toContain('3. a)');
  });

  test('a numbered line with a status of its own stays an item', async () => {
    const result = await checkRows(
      'Action List',
      list.map((r, i) => (i === 1 ? [...r, null, 'OPEN'] : r)),
    );
    expect(result.readings[0].skippedRows.map((r) => r.row)).not.toContain(2);
  });

  test('parts are letters or roman numerals in brackets or with a stop, not references of their own', () => {
    expect(['a)', '(b)', 'c.', 'ii)', '(iv)'].map(isPartReference)).toEqual([true, true, true, true, true]);
    expect(['1.', 'R1', 'ab)', '1a)'].map(isPartReference)).toEqual([false, false, false, false]);
    const refs = qualifiedReferences(
      [1, 2, 3, 4].map((row) => ({ row, kind: 'item' as const })),
      (row) => ['a)', '1.', 'a)', '2.'][row - 1],
    );
    expect([...refs.values()]).toEqual(['a)', '1.', '1. a)', '2.']);
  });
});

describe('a line whose name was lost among the items', () => {
  const programme = (lost: number[]): CellValue[][] => [
    ['Projects', 'Annual Plan £k', 'Forecast Outturn £k'],
    ['Estates Utilisation', 256, 256],
    ['Medicines Use', 28, 28],
    ['Non-Pay Efficiency', 256, 256],
    ['Procurement', 153, 153],
    [null, ...lost],
    ['Release of Reserves', 1777, 1777],
    ['Total', 2470 + lost[0], 2470 + lost[1]],
  ];

  test('bare figures that sum no section are a line of the programme, added into the total', async () => {
    const result = await checkRows('Savings', programme([531, 531]));
    expect(result.readings[0].subtotalRows).toEqual([]);
    expect(loud(result)).toEqual([]);
  });

  // The four items above add up to 693: half a percent of that is 3.47.
  test('bare figures within half a percent of the items above them (693 + 3) are their subtotal', async () => {
    const result = await checkRows('Savings', [...programme([696, 693]).slice(0, 7), ['Total', 2470, 2470]]);
    expect(result.readings[0].subtotalRows).toEqual([6]);
  });

  test('just beyond it (693 + 4) they are not a subtotal but a line', async () => {
    const result = await checkRows('Savings', programme([697, 697]));
    expect(result.readings[0].subtotalRows).toEqual([]);
  });
});

describe('activities and their dates', () => {
  const plan = (activityCells: CellValue[]): CellValue[][] => [
    ['Activity', 'Date', 'Status'],
    [activityCells[0], 'May 2013', 'COMPLETED'],
    [activityCells[1], 'July 2013', 'STARTED'],
    [activityCells[2], 'July 2013', 'STARTED'],
    [activityCells[3], '22/08/2013', 'COMPLETED'],
  ];

  test('"Activity" over words is what is to be done, and a "Date" after it is when', async () => {
    const result = await checkRows('Plan', [
      ...plan(['Clarify why a plan is needed.', 'Contact key partners.', 'Produce a project plan.', 'Submit the area']),
    ]);
    expect(meaningOf(result, 'Activity')).toBe('action');
    expect(meaningOf(result, 'Date')).toBe('deadline');
    expect(loud(result)).toEqual(expect.arrayContaining(['deadline.slipped@B3', 'deadline.slipped@B4']));
  });

  test('"Activity" over figures written out ("Caseload: 2,310 v 640") stays the activity figures', async () => {
    const result = await checkRows('Plan', plan(['Caseload: 2,310', 'Visits 640', 'Calls 12', 'Cases 4']));
    expect(meaningOf(result, 'Activity')).not.toBe('action');
  });

  test('a "Date" before the actions is when each was raised, not a deadline', async () => {
    const result = await checkRows('Register', [
      ['Date', 'Minute No.', 'Action', 'Owner', 'Status'],
      ['01/10/2009', '16.i', 'Report back on the review', 'Finance Director', 'Open'],
      ['01/10/2009', '16.ii', 'Circulate the plan', 'Head of Audit', 'Complete'],
    ]);
    expect(meaningOf(result, 'Date')).toBe('not used');
  });
});

describe('small tables of items and their lead officers', () => {
  test('"Item | Status | Lead Officer" over titles is a tracker however few its rows', async () => {
    const result = await checkRows('Work Programme', [
      ['Item', 'Status', 'Lead Officer'],
      ['Affordable Housing', 'Ongoing. Further report to the March meeting', 'John Swanton'],
      ['Vulnerable Tenants', 'Matter ongoing; report in January', 'David January/Louise Goodfellow'],
    ]);
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['owner.multiple@C3']);
  });

  test('titles under "Item" are what the rows are about; codes such as "14 AGS 02" are references', () => {
    expect(cellType('Office accommodation review', null)).toBe('text');
    expect(['14 AGS 02', 'NN/11/05', 'CS-2023-04', 'IA 23'].map((t) => cellType(t, null))).toEqual([
      'id',
      'id',
      'id',
      'id',
    ]);
    expect(['Stage two', 'Q3 review'].map((t) => cellType(t, null))).not.toContain('id');
  });
});

describe('deadlines and owners written in words', () => {
  test('a forward plan\'s "Anticipated Date of Decision" is the date to meet', async () => {
    const result = await checkRows(
      'Forward Plan',
      [
        ['Anticipated Date of Decision', 'Nature and Short Description of the Decision to be Taken', 'Lead Officer'],
        ['10/09/2003', 'Voluntary Sector Compact', 'Sue Chilton'],
        ['10/07/2003', 'Totland Primary School', 'David Petit'],
        ['10/09/2003', 'Public Convenience Cleansing Contract', null],
      ],
      '2003-08-26',
    );
    expect(meaningOf(result, 'Anticipated Date of Decision')).toBe('deadline');
    expect(loud(result)).toEqual(expect.arrayContaining(['deadline.slipped@A3', 'owner.missing@C4']));
  });

  test('words with no date in them where the deadline goes are vague; an Excel error stays unreadable', async () => {
    const result = await checkRows('Plan', [
      ['Risk', 'By Whom', 'When By'],
      ['ICT continuity', 'Andrew Ashcroft', 'Linked decision'],
      ['Server enclosure', 'Andrew Ashcroft', 'Review Feb 2x'],
    ]);
    expect(loud(result)).toContain('deadline.vague@C2');
    expect(loud(result)).not.toContain('deadline.vague@C3');
  });

  test('"JP/DP also Directors" names several, "also" adding a name rather than being one', () => {
    expect(parseOwner('JP/DP also\nDirectors').kind).toBe('several');
    expect(parseOwner('JP/DP').kind).toBe('several');
  });
});

describe('the plan a variance measures against', () => {
  const programme = (variance: (plan: number, inYear: number, forecast: number) => number): CellValue[][] => {
    const lines: [string, number, number, number][] = [
      ['Estates', 256, 256, 256],
      ['Health and Wellbeing', 202, 202, 0],
      ['CNS Remodel', 69, 51, 69],
      ['Service Reviews', 2525, 2910, 1838],
      ['EPR', 0, 253, 0],
    ];
    return [
      ['Projects', 'Recurrent Plan £k', 'In Year Annual Plan £k', 'Forecast Outturn £k', 'Forecast Variance £k'],
      ...lines.map(([name, plan, inYear, forecast]) => [
        name,
        plan,
        inYear,
        forecast,
        variance(plan, inYear, forecast),
      ]),
    ];
  };

  test('the forecast less the in-year plan, row after row: the in-year plan is the target', async () => {
    const result = await checkRows(
      'Savings',
      programme((_p, inYear, forecast) => forecast - inYear),
    );
    expect(meaningOf(result, 'In Year Annual Plan £k')).toBe('target');
    expect(loud(result)).toContain('savings.shortfall@D6');
  });

  test('a variance from the first plan keeps the first plan as the target', async () => {
    const result = await checkRows(
      'Savings',
      programme((plan, _i, forecast) => forecast - plan),
    );
    expect(meaningOf(result, 'Recurrent Plan £k')).toBe('target');
  });
});

describe('items under a header Concordat does not know', () => {
  const plan = (second: string): CellValue[][] => [
    ['Anticipated Date of Decision', second, 'Lead Officer'],
    ['10/09/2003', 'Voluntary Sector Compact', 'Sue Chilton'],
    ['10/07/2003', 'Totland Primary School', 'David Petit'],
    ['10/09/2003', 'Public Convenience Cleansing Contract', null],
  ];

  test('words beside who leads each row and by when are the items, whatever their header', async () => {
    const result = await checkRows('Forward Plan', plan('Nature of the Decision to be Taken'), '2003-08-26');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(expect.arrayContaining(['deadline.slipped@A3', 'owner.missing@C4']));
  });

  test('figures there are not items: the table is left alone', async () => {
    const result = await checkRows(
      'Forward Plan',
      plan('Pages').map((r, i) => (i === 0 ? r : [r[0], [12, 7, 4][i - 1], r[2]])),
      '2003-08-26',
    );
    expect(result.readings[0].kind).toBe('skipped');
  });
});

describe('dates after the items of a tracker', () => {
  const programme = (dateHeader: string, dates: CellValue[]): CellValue[][] => [
    ['ITEM', 'STATUS', dateHeader, 'LEAD OFFICER'],
    ['1. Local Development Framework', 'Revised scheme agreed by the Executive in November.', dates[0], 'G Parrott'],
    ['3. Dunsfold AAP', 'On hold until the Core Strategy is completed.', dates[1], 'G Parrott'],
    ['8. Review of Bye Laws', 'Not before December 2008', dates[2], 'R Pellow'],
  ];

  test('"Earliest date" over "Continuing" and "Summer 2010" is a deadline given in words', async () => {
    const result = await checkRows(
      'Work Programme',
      programme('EARLIEST DATE', ['Continuing', 'Summer 2010', 'December 2008']),
      '2008-03-31',
    );
    expect(meaningOf(result, 'EARLIEST DATE')).toBe('deadline');
    expect(loud(result)).toEqual(expect.arrayContaining(['deadline.vague@C2', 'deadline.vague@C3']));
  });

  test('a date said to be past ("Date raised") is not the date to meet', async () => {
    const result = await checkRows(
      'Work Programme',
      programme('Date raised', ['01/01/2008', '02/02/2008', '03/03/2008']),
      '2008-03-31',
    );
    expect(meaningOf(result, 'Date raised')).not.toBe('deadline');
  });

  test('with someone answering for each recommendation, a "Date" after them is its deadline', async () => {
    const result = await checkRows(
      'Action Plan',
      [
        ['No.', 'Recommendation', 'Responsibility', 'Comments', 'Date'],
        [
          1,
          'Consider a further training programme for Members',
          'Training and Development Manager',
          'Agreed',
          'March 2003',
        ],
        [2, 'Review and rationalise task groups', 'Head of Select Committee Support', 'Workshops in May', 'On-going'],
      ],
      '2002-06-05',
    );
    expect(meaningOf(result, 'Date')).toBe('deadline');
    expect(loud(result)).toContain('deadline.vague@E3');
  });
});

describe('owners in the plural', () => {
  test('"Select Committees" is a body; beside a post it is a second party, no single lead', () => {
    expect(parseOwner('Select Committees').kind).toBe('body');
    expect(parseOwner('Area Boards').kind).toBe('body');
    expect(parseOwner('Select Committees, Head of Select Committee Support').kind).toBe('several');
    expect(parseOwner('Paul Roberts').kind).toBe('person');
  });
});

describe('a monitor of figures with dashes for nil', () => {
  const monitor: CellValue[][] = [
    ['Income'],
    ['Category', 'YTD Income', null, 'Remaining due', '% Received YTD'],
    ['Precept', 15198, 30396, 15198, '50.00%'],
    ['Local Council Tax Support Scheme', null, null, null, '–'],
    ['Road Sweeping Agency Scheme', null, null, null, '–'],
    ['Parish Footpath Agency Scheme', 844, 772, -72, '109.26%'],
    ['SUB TOTAL', 16042, 31168, 15126, '–'],
    ['Expenditure'],
    ['STAFF COSTS', null, null, null, '–'],
    ['STAFF SUB TOTAL', 5531, 22162, 16632, '24.96%'],
  ];

  test('a label with only a dash beside it is no header: the header above reads the table', async () => {
    const result = await checkRows('Y2D Spend vs Budget', monitor, '2021-07-13');
    expect(result.readings[0].headerRows).toEqual([2, 2]);
    expect(loud(result)).toEqual([]);
  });

  test('a subtotal with no lines under its heading is stated on its own, not summed to £0', async () => {
    const result = await checkRows('Y2D Spend vs Budget', monitor, '2021-07-13');
    expect(result.findings.filter((f) => f.row === 10)).toEqual([]);
  });
});

describe('the year so far beside the year', () => {
  const programme = (travelToDate: number): CellValue[][] => [
    ['Projects', 'In Year Plan £k', 'Forecast Outturn £k', 'Year to Date Plan £k', 'Year to Date Actual £k'],
    ['Estates Utilisation', 256, 256, 128, 128],
    ['Travel', 204, 204, 102, travelToDate],
    ['Skills Mix', 109, 109, 54, 54],
  ];

  test('on course for the year but behind so far: a shortfall in the year-to-date actual', async () => {
    const result = await checkRows('Programme Status', programme(101), '2014-10-31');
    expect(loud(result)).toEqual(['savings.shortfall@E3']);
    expect(result.findings.find((f) => f.ruleId === 'savings.shortfall')?.message).toContain(
      '101 in Year to Date Actual £k against a target of 102',
    );
  });

  test('level with the plan so far: nothing to say', async () => {
    const result = await checkRows('Programme Status', programme(102), '2014-10-31');
    expect(loud(result)).toEqual([]);
  });

  test("behind for the year: the year's shortfall is the one reported", async () => {
    const rows = programme(80);
    rows[2] = ['Travel', 204, 150, 102, 80];
    const result = await checkRows('Programme Status', rows, '2014-10-31');
    expect(loud(result)).toEqual(['savings.shortfall@C3']);
  });
});

describe('activity figures among words', () => {
  test('a caseload column of "N/A" and "Time allocation" with figures on some lines stays the activity figures', async () => {
    const result = await checkRows(
      'Appendix A',
      [
        ['Service Area', 'Allocation of SHDC to WDBC', 'Basis of the apportionment', 'Caseload Information'],
        ['Member Services', '50%/50%', 'Equal due to the nature of the work', 'N/A'],
        ['Legal', '70%/30%', 'Time allocation', 'N/A'],
        ['Waste', '100%/0%\n80%/20%', 'Dependent on specific activity.', 'Each role is assessed individually'],
        ['Customer Contact Centre', '61%/39%', 'Number of calls', 'South Hams – 60,924\nWest Devon – 27,820'],
        ['Digital Mailroom', '70%/30%', 'Time allocation', 'N/A'],
      ],
      '2023-03-09',
    );
    expect(meaningOf(result, 'Caseload Information')).toBe('drivers');
    expect(loud(result)).toContain('shares.driver-mismatch@B5');
  });
});

describe('an action plan with target and revised dates', () => {
  const plan = (revised: CellValue): CellValue[][] => [
    [
      'Audit Recommendation',
      'Actions Proposed',
      'Status',
      'Target Date/ Completed by',
      'Revised Date',
      'Responsible Officer',
    ],
    ['Policy & Processes', '1. Review the policy', 'Completed', '31/12/2023', '-', 'Principal Accountant'],
    ['Policy & Processes', '3. Review invoice data', 'Ongoing', '31/12/2023', revised, 'Principal Accountant'],
    ['Policy & Processes', '5. Issue exemptions', 'Now BAU', '31/12/2023', '31/05/2024', 'Principal Accountant'],
  ];

  test('"Target Date/ Completed by" is the date to meet, and a later revised date is slippage', async () => {
    const result = await checkRows('Annex A', plan('31/05/2024'), '2024-06-30');
    expect(meaningOf(result, 'Target Date/ Completed by')).toBe('deadline');
    expect(meaningOf(result, 'Revised Date')).toBe('revisedDeadline');
    expect(loud(result)).toEqual(expect.arrayContaining(['deadline.revised-later@E3', 'deadline.slipped@D3']));
  });

  test('a dash for no revised date is none, not an unreadable date', async () => {
    const result = await checkRows('Annex A', plan('-'), '2024-06-30');
    expect(result.findings.filter((f) => f.ruleId === 'cell.unreadable')).toEqual([]);
  });

  test('"Now BAU" is done', async () => {
    const result = await checkRows('Annex A', plan('31/05/2024'), '2024-06-30');
    expect(loud(result)).not.toContain('deadline.slipped@D4');
    expect(loud(result)).not.toContain('status.unknown@C4');
  });
});

describe('placeholders and updates', () => {
  test('"To be determined" is a placeholder: a column of it and a department is no status column', async () => {
    expect(cellType('To be determined', null)).toBe('vagueDate');
    expect(cellType('TBA', null)).toBe('vagueDate');
    const result = await checkRows('Annex 2', [
      ['Audit', 'Outstanding Action', 'SDP', 'Comments', 'Priority'],
      [
        'Insurance (March 2004)',
        'Introduction of a claims register',
        'Accountancy',
        'Schedules can be requested',
        'High',
      ],
      [
        'Concessionary Fares',
        'Concessionary Fares travel policy',
        'To be determined',
        'A national scheme is due',
        'Medium',
      ],
      ['Concessionary Fares', 'Risk assessment on the scheme', 'To be determined', 'as above', 'Medium'],
    ]);
    expect(meaningOf(result, 'SDP')).not.toBe('status');
    expect(loud(result).filter((f) => f.startsWith('status'))).toEqual([]);
  });

  test('references with updates and the expected completion are a tracker', async () => {
    const result = await checkRows(
      'Table C',
      [
        ['Ref', 'Update reported to the Committee', 'Expected completion'],
        ['21 CSM&R', 'Expected to be completed by the end of Feb 2023.', 'end of Feb 2023'],
        ['22 S 03', 'The training had been set up.', 'Feb 2023'],
        ['22 P 02', 'This was an ongoing process.', 'Ongoing'],
      ],
      '2023-01-10',
    );
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toContain('deadline.vague@C4');
  });
});

describe('a risk register with further actions', () => {
  const register = (furtherAction: CellValue): CellValue[][] => [
    [
      null,
      'What are the hazards?',
      'Who might be harmed?',
      'What are you doing already?',
      'What further action is necessary?',
      'Action by whom?',
      'Action by when?',
      'Status',
    ],
    ['Precept', 'Not claimed or not paid', 'Council', 'Diary Jan – set precept'],
    [
      'Records',
      'Inadequate records',
      'Council',
      'Monthly R&P',
      'Review the records policy',
      'Clerk',
      '31/03/2018',
      'In progress',
    ],
    ['Budgeting', 'Overspend against budget', 'Council', 'Annual budget meeting', furtherAction],
  ];

  test('"Action by whom?" and "by when?" are the owner and deadline; "Who might be harmed?" is neither', async () => {
    const result = await checkRows('Risk Register', register(null), '2018-02-06');
    expect(meaningOf(result, 'Action by whom?')).toBe('owner');
    expect(meaningOf(result, 'Action by when?')).toBe('deadline');
    expect(meaningOf(result, 'Who might be harmed?')).toBe('not used');
  });

  test('a risk needing no further action asks nothing: no owner, date or status is missing', async () => {
    const result = await checkRows('Risk Register', register(null), '2018-02-06');
    expect(loud(result)).toEqual([]);
    expect(result.readings[0].skippedRows.filter((r) => r.reason === 'nothing asked').map((r) => r.row)).toEqual([
      2, 4,
    ]);
  });

  test('a further action with nobody, no date and no status is missing all three', async () => {
    const result = await checkRows('Risk Register', register('Check income by cost code'), '2018-02-06');
    expect(loud(result)).toEqual(['owner.missing@F4', 'deadline.missing@G4', 'status.missing@H4']);
  });

  test('"Date reviewed" is when the risk was last looked at, not a deadline', async () => {
    const result = await checkRows(
      'Risk Register',
      [
        ['ITEM', 'RISK PROBABILITY', 'RISK CONTROL', 'DATE REVIEWED'],
        [1, 'Playground fencing', 'Inspected weekly', 'May 2020'],
        [2, 'Goal posts', 'Inspected weekly', 'May 2020'],
        [3, 'Village seat', 'Inspected yearly', 'September 2020'],
      ],
      '2021-04-30',
    );
    expect(meaningOf(result, 'DATE REVIEWED')).not.toBe('deadline');
    expect(loud(result)).toEqual([]);
  });
});

describe('a risk assessment in questions', () => {
  const assessment = (who: CellValue[]): CellValue[][] => [
    ['What Should be Done?', 'Who Should Do it?'],
    ['Formal inspection of trees every year.', who[0]],
    ['Notices to be displayed warning of steep banks.', who[1]],
    ['Inhabitants to be reminded to remove dog mess.', who[2]],
  ];

  test('"What should be done? Who should do it?" is an action list with its owners', async () => {
    const result = await checkRows('Risk Assessment', assessment(['The Clerk', 'Cllr Smith', 'The Clerk']));
    expect(result.readings[0].kind).toBe('action-plan');
    expect(meaningOf(result, 'Who Should Do it?')).toBe('owner');
    expect(loud(result)).toEqual([]);
  });

  test('a task in the passive where the owner goes names nobody, unless it names a post', async () => {
    const result = await checkRows(
      'Risk Assessment',
      assessment([
        'Inspection report to be presented to the meeting.',
        'Existing notices to be checked by the inspection referred to.',
        "To be included in the Chairman's report in the Parish Magazine.",
      ]),
    );
    expect(loud(result)).toEqual(['owner.missing@B2', 'owner.missing@B3']);
    expect(result.findings.find((f) => f.ruleId === 'owner.missing')?.message).toContain('which names nobody');
  });
});

describe('owners with an aside on a line of its own', () => {
  test('"Current scrutiny chairs and vice chairs" over "(May co-opt others)" is a group', () => {
    expect(parseOwner('Current scrutiny chairs and vice chairs\n(May choose to co-opt others)').kind).toBe('body');
  });
});

describe('a blank header over the last column', () => {
  const plan = (third: CellValue[]): CellValue[][] => [
    ['Corporate Governance Area', 'Lead Officer', null],
    ['Make data more freely accessible', 'Data Protection Officer', third[0]],
    ['Data Protection Action Plan', 'Data Protection Officer', third[1]],
    ['Raising awareness of the local code', null, third[2]],
  ];

  test('updates under no heading, right of the last heading, belong to the table', async () => {
    const result = await checkRows(
      'Appendix A',
      plan(['A new space has been created on the website', 'Report to committee in November', 'Code shared in June']),
      '2021-11-15',
    );
    expect(result.readings[0].range).toBe('A1:C4');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['owner.missing@B4']);
  });

  test('a cell or two out to the right (one row in three) is not a column of the table', async () => {
    const result = await checkRows('Appendix A', plan([null, null, 'A note']), '2021-11-15');
    expect(result.readings[0].range).toBe('A1:B4');
  });
});

describe('posts with a remit of two parts', () => {
  test('"Head of Environment and Public Realm" is one post; "Head of Finance and John Smith" two people', () => {
    expect(parseOwner('Head of Environment and Public Realm').kind).toBe('person');
    expect(parseOwner('Head of Finance and John Smith').kind).toBe('several');
  });
});

describe('a grand total under section totals', () => {
  const proposals = (grand: number): CellValue[][] => [
    ['Unit', 'Total Savings Proposed'],
    ['Education & Learning', 667],
    ['Family Help', 724],
    ['Families Total', 1391],
    ['Adult Social Care', 2696],
    ['Housing', 5143],
    ['Homes Total', 7839],
    ['Centrally-held Budgets Total', 3125],
    ['Grand Total', grand],
  ];

  test('"Grand Total" straight under the section totals is their sum', async () => {
    expect(loud(await checkRows('Appendix 2', proposals(12355)))).toEqual([]);
  });

  test.each(['Total All Boroughs', 'Total for all services', 'All Services Total'])(
    '"%s" straight under the section totals is their sum too',
    async (label) => {
      const rows = proposals(12455);
      rows[8] = [label, 12455];
      expect(loud(await checkRows('Appendix 2', rows))).toEqual(['totals.row-mismatch@B9']);
    },
  );

  test('"Total income" straight under "Total spending" is stated on its own', async () => {
    const rows = proposals(12455);
    rows[8] = ['Total income', 12455];
    expect(loud(await checkRows('Appendix 2', rows))).toEqual([]);
  });

  test('a grand total a pound out of their sum is within rounding; two pounds out is flagged', async () => {
    expect(loud(await checkRows('Appendix 2', proposals(12356)))).toEqual([]);
    expect(loud(await checkRows('Appendix 2', proposals(12357)))).toEqual(['totals.row-mismatch@B9']);
  });
});

describe('a second table headed by a word and a unit', () => {
  test('"Net £m" under a column of figures heads the next table; it is not an unreadable figure', async () => {
    const result = await checkRows('Funding', [
      ['Services', 'Gross £m', 'Income £m', 'Net £m'],
      ['Children’s Services', 878.9, 781.5, 97.4],
      ['Place', 183.0, 39.7, 143.3],
      ['Total planned spending', 1061.9, 821.2, 240.7],
      ['Funding in 2023/24'],
      ['Budget resourced by', 'Net £m'],
      ['Business Rates', 152.7],
      ['County Precept', 88.0],
      ['Total Funding', 240.7],
    ]);
    expect(loud(result)).toEqual([]);
  });
});

describe("an internal audit plan's progress", () => {
  // North Norfolk's layout: the month each audit was scheduled for, named with its quarter.
  const plan = (second: CellValue[]): CellValue[][] => [
    ['Audit No.', 'Description of Audit', 'Days Planned', 'Days Delivered', 'Scheduling', 'Status'],
    ['NN/11/05', 'Performance Indicators', 7, 7, 'Q2 - Sept', 'Complete Final Report issued 11 November 2010'],
    second,
    ['NN/11/09', 'Housing and Council Tax Benefit', 20, 20, 'Q3 - Nov', 'Complete Final Report issued 20 April 2011'],
  ];

  test('"Audit No." holds the references and "Scheduling" the months: an action plan, checked', async () => {
    const result = await checkRows('Appendix A', plan(['NN/11/05', 'Payroll', 20, 20, 'Q3 - Oct', null]), '2011-06-07');
    expect(meaningOf(result, 'Audit No.')).toBe('id');
    expect(meaningOf(result, 'Scheduling')).toBe('deadline');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result).sort()).toEqual(['id.duplicate@A3', 'status.missing@F3']);
  });

  test('an audit scheduled for a month of last year and not done has slipped', async () => {
    // Nearest the as-of date, October is last October (8 months back), not next (4 months on).
    const result = await checkRows(
      'Appendix A',
      plan(['NN/11/07', 'Payroll', 20, 20, 'Q3 - Oct', 'In progress']),
      '2011-02-10',
    );
    expect(loud(result)).toEqual(['deadline.slipped@E3']);
  });
});

describe('a year of the plan where the date goes', () => {
  const plan = (header: string, year: CellValue): CellValue[][] => [
    ['Portfolio', 'Who', 'Actions', header],
    ['Gliding & Karting', 'Margaret', 'Notify the Kart club of trailers', 'On-going'],
    ['Gliding & Karting', 'Margaret', 'Follow up the 2009 noise data', year],
  ];

  test('"1" under "Year to Action" is the first year of the plan: no date, so vague', async () => {
    const result = await checkRows('Plan', plan('Year to Action', 1), '2010-05-31');
    expect(loud(result)).toEqual(['deadline.vague@D2', 'deadline.vague@D3']);
  });

  test('a plan runs ten years at most: "11" is a figure that cannot be read as a date', async () => {
    expect(loud(await checkRows('Plan', plan('Year to Action', 10), '2010-05-31'))).toContain('deadline.vague@D3');
    expect(loud(await checkRows('Plan', plan('Year to Action', 11), '2010-05-31'))).toContain('cell.unreadable@D3');
  });

  test('under a header that names no year, "1" is not a year of the plan', async () => {
    expect(loud(await checkRows('Plan', plan('Target date', 1), '2010-05-31'))).toContain('cell.unreadable@D3');
  });
});

describe('a lead named once for a group of actions', () => {
  // Shenington with Alkerton's portfolio plan: the portfolio and its lead on a row of their own.
  const plan = (actions: CellValue[][], head: CellValue[] = ['Gliding & Karting', 'Margaret', 'Go Karting', null]) => [
    ['Portfolio', 'Who (lead)', 'Actions', 'Year to Action'],
    head,
    ...actions,
  ];
  const noise = [null, null, 'Noise monitoring of every karting day', 'On-going'];
  const trailers = [null, null, 'Notify the Kart club of trailers', 'December 2010'];

  test('two actions with no lead of their own under it take the lead; the row above them is a heading', async () => {
    const result = await checkRows('Plan', plan([noise, trailers]), '2010-05-31');
    expect(loud(result)).toEqual(['deadline.vague@D3']);
    expect(result.readings[0].skippedRows).toEqual([
      { row: 2, reason: 'section heading', text: 'Gliding & Karting: Go Karting' },
    ]);
  });

  test('one action alone under it is no group: each row is read as it stands', async () => {
    const result = await checkRows('Plan', plan([trailers]), '2010-05-31');
    expect(loud(result).sort()).toEqual(['deadline.missing@D2', 'owner.missing@B3']);
  });

  test('a row with a date of its own is an action, not a heading', async () => {
    const result = await checkRows(
      'Plan',
      plan([noise, trailers], ['Gliding & Karting', 'Margaret', 'Go Karting', 'March 2011']),
      '2010-05-31',
    );
    expect(loud(result)).toContain('owner.missing@B4');
  });

  test('an action naming a group of its own ends the group', async () => {
    const result = await checkRows(
      'Plan',
      plan([noise, trailers, ['Planning', null, 'Respond to the consultation', 'June 2010']]),
      '2010-05-31',
    );
    expect(loud(result)).toContain('owner.missing@B5');
    expect(loud(result)).not.toContain('owner.missing@B4');
  });
});

describe('action points listed under who is to do them, with no column for it', () => {
  // A parish council's action points: "Ref | Action | Status", the actions under the name of who took them.
  const points = (...rows: CellValue[][]): CellValue[][] => [['Ref', 'Action', 'Status'], ...rows];
  const act = (ref: string): CellValue[] => [ref, `Follow up item ${ref} with the ward members.`, 'ONGOING'];

  test('"Clerk:" and "Cllr Whitehead" name who acts: one there is the lead, two are no single lead', async () => {
    const result = await checkRows(
      'Minutes',
      points(
        ['Clerk:'],
        act('23/29'),
        act('23/111'),
        ['Ward Cllrs Hopkins and Elliott'],
        act('20/16'),
        ['Cllr Whitehead'],
        act('23/115'),
      ),
    );
    expect(loud(result)).toEqual(['owner.multiple@B6']);
    expect(result.findings.some((f) => f.ruleId === 'table.checks-skipped' && /owner/.test(f.message))).toBe(false);
  });

  test('an action above the first such heading names no one', async () => {
    const result = await checkRows(
      'Minutes',
      points(act('23/29'), ['Cllr Whitehead'], act('23/115'), ['Clerk'], act('23/117')),
    );
    expect(loud(result)).toEqual(['owner.missing@B2']);
    expect(result.findings.find((f) => f.ruleId === 'owner.missing')?.message).toContain(
      'no heading over it names who acts',
    );
  });

  test('a heading of a topic ("Allotments", "Village Hall") among them: the headings name nobody', async () => {
    for (const topic of ['Allotments', 'Village Hall']) {
      const result = await checkRows(
        'Minutes',
        points(act('23/29'), ['Cllr Whitehead'], act('23/115'), [topic], act('23/117')),
      );
      expect(loud(result)).toEqual([]);
    }
  });

  test('a heading of 60 characters may name who acts; one of 61 is too long for a name', async () => {
    const named = (who: string) =>
      checkRows('Minutes', points(act('23/29'), [`${who}:`], act('23/115'), ['Clerk:'], act('23/117')));
    const sixty = 'Ward Cllrs Hopkins, Elliott, Whitehead, Andrews and Pemberry';
    expect(sixty.length).toBe(60);
    expect(loud(await named(sixty))).toEqual(['owner.missing@B2', 'owner.multiple@B4']);
    expect(loud(await named(sixty.replace('Pemberry', 'Pemberton')))).toEqual([]);
  });
});

describe('a notes log: "Item | Update | Actions and recommendations | Who"', () => {
  const log = (action: string | null, who: string | null) =>
    checkRows(
      'CATG',
      [
        ['Item', 'Update', 'Actions and recommendations', 'Who'],
        ['1. Attendees', 'Attendees: Allison Bucknell, Bob Jones, Mollie Groom', null, null],
        ['2. Notes of last meeting', 'The notes had been noted by the area board on 8th May.', null, null],
        [
          '3. Survey requests',
          'Briefing note circulated to parish councils.',
          'Send the list of live issues to parishes.',
          'Jane Vaughan',
        ],
        ['4. Highway schemes', 'Schemes were discussed briefly.', action, who],
      ],
      '2019-06-05',
    );

  test('a line with an update and no action asks nothing of anyone', async () => {
    expect(loud(await log(null, null))).toEqual([]);
  });

  test('"Area Board to note" tells the line to someone; an action with no one named is still missing its owner', async () => {
    expect(loud(await log('Area Board to note', null))).toEqual([]);
    expect(loud(await log('Area Board to review the schemes', null))).toEqual(['owner.missing@D5']);
  });
});

describe('an action sheet: the last sheet approved first, the file it was printed from at a page foot', () => {
  const sheetOf = (subject: string, footer: string) =>
    checkRows(
      'Action Sheet',
      [
        ['ACTION SHEET ARISING FROM THE DEVELOPMENT SERVICES LEAD MEMBER BRIEFING HELD ON 8TH DECEMBER, 2003'],
        [],
        ['Item No.', null, 'Action Required', 'Responsible Officer'],
        ['1.', subject, '(i) Action sheet approved.', null],
        [
          null,
          null,
          '(ii) That progress on the Metrolink press release be reported at the next briefing.',
          'Malcolm Sykes',
        ],
        [
          '2.',
          'Broughton Pool - Roof Lights',
          'That Geoff Jones Builders Limited be appointed to do the work.',
          'Steven Lee',
        ],
        [footer],
        ['3.', 'Items for Information', 'That the shortlist of bidders be noted.', 'Bill Taylor'],
      ],
      '2003-12-08',
    );

  test('approving the sheet arising from the last meeting asks nothing; the footer is no item', async () => {
    expect(
      loud(await sheetOf('Action Sheet arising from the meeting held on 1st December, 2003', 'D:\\98941088.doc')),
    ).toEqual([]);
  });

  test("excluding the public is the meeting's own business too: it asks nothing", async () => {
    expect(loud(await sheetOf('Exclusion of the Public', 'D:\\98941088.doc'))).toEqual([]);
    expect(loud(await sheetOf('Exclusion of the Press and Public', 'D:\\98941088.doc'))).toEqual([]);
    expect(loud(await sheetOf('Exclusion of Parking', 'D:\\98941088.doc'))).toEqual(['owner.missing@D4']);
  });

  test('any other subject with no one named is an owner missing, and so is a line of words at the foot', async () => {
    expect(loud(await sheetOf('Metrolink', 'D:\\98941088.doc'))).toEqual(['owner.missing@D4']);
    expect(
      loud(await sheetOf('Action Sheet arising from the meeting held on 1st December, 2003', 'Bus stop signs')),
    ).toEqual(['owner.missing@D7']);
  });
});

describe('a cabinet\'s resolutions under "Resolved | Action by | By when"', () => {
  const resolutions = (heading: string) =>
    checkRows(
      'Resolutions',
      [
        ['Meeting: 29/01/2024 - Cabinet (Item 43)'],
        [],
        [null, heading, 'Action by', 'By when'],
        [
          'a)',
          'the positive work of the Community Safety Partnership be noted and the new Plan be approved;',
          null,
          null,
        ],
        ['b)', 'the proposed priorities in the Community Safety Plan, be agreed;', null, null],
        [
          'c)',
          'the Executive Director for Place be requested to prepare an action plan;',
          'Executive Director for Place',
          null,
        ],
        ['d)', 'the plan be recommended to Council for approval by 31 May 2024.', null, '31/05/2024'],
      ],
      '2024-01-29',
    );

  test('what is only noted or agreed asks nothing; a request or recommendation still asks who and by when', async () => {
    expect(loud(await resolutions('Resolved'))).toEqual(['deadline.missing@D6', 'owner.missing@C7']);
  });

  test('under another heading ("Recommendation"), a line to be noted is followed up like the rest', async () => {
    expect(loud(await resolutions('Recommendation'))).toContain('owner.missing@C4');
  });
});

describe("an issue's history: the agenda item it went to, then the actions arising", () => {
  // After a district council's issue history (a chronology of entries), its dates typed as dates.
  const [agendaDay, actionDay] = [43719, 43738]; // 11/09/2019, 30/09/2019
  const rows: CellValue[][] = [
    ['Swimming Pool & Leisure Facilities Task Group Update'],
    ['Issue history - chronology'],
    ['Date', 'Entry', 'Officer(s)', 'Status'],
    [agendaDay, 'Agenda item, Performance Monitoring Panel Task Group Update 11/09/2019', null, null],
    [actionDay, 'Action: Feed back the comments on customer feedback to the contractor', 'Emily Holmes', 'overdue'],
    [actionDay, 'Action: Suggest feedback by tablet to the contractor', 'Emily Holmes', 'approved'],
  ];
  const history = (entry: string) =>
    check(
      workbook({
        ...sheet(
          'Issue history',
          rows.map((r, i) => (i === 3 ? [r[0], entry, null, null] : r)),
        ),
        numberFormats: rows.map((r) => r.map((_v, c) => (c === 0 ? 'dd/mm/yyyy' : null))),
      }),
      { asOf: '2019-11-12' },
    );

  test('the agenda item asks nothing of anyone: no owner or status is missing', async () => {
    expect(loud(await history('Agenda item, Performance Monitoring Panel Task Group Update 11/09/2019'))).toEqual([]);
  });

  test('an entry that is no agenda item, with no one named, is an action missing its owner', async () => {
    expect(loud(await history('Action: Report the feedback figures to the Panel'))).toContain('owner.missing@C4');
  });
});

describe("an agenda's ACTION column saying what each item is for, in words of its own", () => {
  // After a national body's public committee meeting agenda.
  const agenda = (purposes: string[]) =>
    checkRows(
      'Agenda',
      [
        ['TABLE OF CONTENTS – PUBLIC MEETING'],
        ['AGENDA ITEM', null, 'LED BY', 'ACTION'],
        ...[
          ['1.1', 'Welcome and apologies', 'JM'],
          ['1.2', 'Minutes of the last meeting, action log, review of agenda and matters arising', 'JM'],
          ['1.3', 'Chair’s Report', 'JM'],
          ['1.4', 'Committee Members Update', 'Committee'],
          ['2.1', 'Audit, Finance and Risk Sub Committee Meeting Minutes including the budget', 'DF'],
        ]
          .slice(0, purposes.length)
          .map((item, i) => [...item, purposes[i]]),
      ],
      '2018-04-25',
    );

  test('three in four opening "For discussion …" or "To confirm …" make the table an agenda: not checked', async () => {
    const result = await agenda([
      'To open the meeting',
      'To confirm the minutes and discuss the matters arising',
      'For discussion',
      'Members to update the committee',
      'For discussion and APPROVAL',
    ]);
    expect(result.readings.map((r) => r.kind)).toEqual(['skipped']);
    expect(loud(result)).toEqual([]);
  });

  test('three of four is enough; over three items only, too few to tell', async () => {
    const opening = ['To open the meeting', 'To confirm the minutes', 'For discussion'];
    const four = await agenda([...opening, 'Members to update the committee']);
    expect(four.readings.map((r) => r.kind)).toEqual(['skipped']);
    const three = await agenda(['To open the meeting', 'To confirm the minutes', 'Members to update the committee']);
    expect(three.readings.map((r) => r.kind)).not.toEqual(['skipped']);
  });

  test('fewer than three in four, and it is a plan with who leads each item', async () => {
    const result = await agenda([
      'To open the meeting',
      'Review the minutes',
      'For discussion',
      'Members to update the committee',
      'Agree the budget',
    ]);
    expect(loud(result)).toContain('owner.not-a-person@C6');
  });
});

describe('an action sheet with no header: a numbered sentence, who acts beside it', () => {
  const sheetOf = (fifth: string) =>
    checkRows(
      'Action Sheet',
      [
        ['Safeguarding Adults Partnership Board'],
        ['Action Sheet'],
        [],
        ['1.', 'Nancy to produce a proposed training specification for trustees.', 'Nancy'],
        ['2.', 'Circulate the Chief Executive’s announcement to board members.', 'Carol'],
        ['3.', 'Carol will send each sub group the relevant parts of the audit report.', 'Carol'],
        ['4.', 'Jo to send Carol information on cases they have referred. Lorraine to investigate.', 'Jo/Lorraine'],
        ['5.', fifth, 'Reshma'],
        ['6.', 'Carol and Terry to plan the joint meeting of the two boards for March.', null],
      ],
      '2010-12-07',
    );

  test('is read when most sentences name who the cell beside them names: two named share one action', async () => {
    expect(loud(await sheetOf('Reshma to investigate booking the hall for future meetings.'))).toEqual([
      'owner.multiple@C7',
      'owner.missing@C9',
    ]);
  });

  test('with two lines naming who acts in their words, and four that do not, it is left alone', async () => {
    const result = await checkRows(
      'Action Sheet',
      [
        ['Action Sheet'],
        [],
        ['1.', 'Produce a proposed training specification for trustees.', 'Nancy'],
        ['2.', 'Circulate the Chief Executive’s announcement to board members.', 'Carol'],
        ['3.', 'Send each sub group the relevant parts of the audit report.', 'Carol'],
        ['4.', 'Jo to send Carol information on cases they have referred.', 'Jo'],
        ['5.', 'Reshma to investigate booking the hall for future meetings.', 'Reshma'],
        ['6.', 'Plan the joint meeting of the two boards for March.', null],
      ],
      '2010-12-07',
    );
    expect(loud(result)).toEqual([]);
  });

  test('under headings over the words and the column beside them, the column names places: left alone', async () => {
    // After a community committee's decisions on its wellbeing fund: each project, the wards it serves.
    const decisions = (heading: string) =>
      checkRows(
        'Wellbeing decisions',
        [
          ['The projects set out in the report were discussed and determined as follows:-'],
          [heading, 'Wards'],
          ['6 Litter Bins for Beeston & Holbeck', 'Beeston & Holbeck'],
          ['Holbeck Moor FC Childcare & Transport', 'Beeston & Holbeck'],
          ['Emergency Food Parcels for the Needy in Hunslet', 'Hunslet & Riverside'],
          ['Holbeck Lamp Post Banners for 2022', 'Beeston & Holbeck'],
        ],
        '2022-03-01',
      );
    expect(loud(await decisions('Project Title'))).toEqual([]);
    // (With no heading over the words, the lines are read as actions naming who acts.)
    expect(loud(await decisions(''))).toContain('owner.multiple@B3');
  });
});
