/**
 * A meeting's action points summed up a line each under a heading of their own ("Summary of
 * Action Points"), as national park forums and working groups minute them.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][]) => check(workbook(sheet('Minutes', rows)), { asOf: '2005-06-07' });

describe('"AP1: | Fran Pothecary to draw up …": who acts opens each point', () => {
  const points = (lines: [string, string][]): CellValue[][] => [
    ['MINUTES OF THE SECOND MEETING OF THE LOCAL OUTDOOR ACCESS FORUM'],
    ['Held at the Estate Office, Tomintoul on Tuesday 7 June 2005 at 6pm'],
    [],
    ['Summary of Action Points'],
    ...lines,
    [],
    ['Welcome and Introductions'],
    ['1.', 'The Convenor opened the meeting and introduced the members of the Forum.'],
  ];
  const clean: [string, string][] = [
    ['AP1:', 'FP to take into consideration the feedback in revising the Board paper.'],
    ['AP2:', 'Fran Pothecary to draft a short communication plan for approval at the next meeting.'],
    ['AP3:', 'FP to circulate new dates around the Forum members.'],
  ];

  test('each point is an action: one person each is clean', async () => {
    const result = await run(points(clean));
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['id', 'action', 'owner']);
    expect(loud(result)).toEqual([]);
  });

  test('two people, the staff of a body, nobody named, and a code used twice are flagged', async () => {
    const result = await run(
      points([
        ...clean,
        ['AP3:', 'FP/BG to progress the idea of a workshop with golf managers.'],
        ['AP5:', 'CNPA staff to liaise with the estate about the half-day visit.'],
        ['AP6:', 'Circulate the draft paper on the election of a Convenor.'],
      ]),
    );
    expect(loud(result)).toEqual([
      'id.duplicate@A8',
      'owner.multiple@B8',
      'owner.not-a-person@B9',
      'owner.missing@B10',
    ]);
  });

  test('one line is no summary: the minutes are read as they stand', async () => {
    const result = await run(points(clean.slice(0, 1)));
    expect(result.readings.map((r) => r.kindReason)).not.toContainEqual(expect.stringContaining('action points'));
  });
});

test('"• | Ascertain … | (AP: KS)": the mark after each point names who acts; a point with none names nobody', async () => {
  const result = await run([
    ['MINUTE of the FIRST MEETING of the ACCESS WORKING GROUP'],
    [],
    ['Summary of Action Points:'],
    ['•', 'Ascertain the timetable for submitting the revised code to Ministers', '(AP: KS)'],
    ['•', 'Draft a set of criteria for identifying external interests to invite onto the Group'],
    ['•', 'Seek the whole Group’s views on the timing of subsequent meetings', '(AP:KS)'],
    ['•', 'Obtain feedback from the four constituent local authorities', '(AP: Access Working Group)'],
  ]);
  expect(loud(result)).toEqual(['owner.missing@C5', 'owner.not-a-person@C7']);
});

describe('"HMCI and Executive update | Jacky Tiotto to meet … | Jacky Tiotto": points under the item they arose from', () => {
  const minutes = (lines: CellValue[][]): CellValue[][] => [
    ['Board Minutes'],
    ['Conference Room 802'],
    ['26 March 2013'],
    [],
    ['Summary of action points'],
    ...lines,
    [],
    ['1. Welcome and apologies'],
    ['1. The Chair noted apologies from the Chief Operating Officer.'],
  ];
  const clean: CellValue[][] = [
    ['Minutes and Matters arising', 'Ann Shaw to schedule the finance director to attend the next meeting', 'Ann Shaw'],
    ['Executive update', 'Jo Tate and Paul Snow to meet to discuss plans for the inspection', 'Jo Tate'],
    [null, 'Neil Green to raise the training issue with the Communications Division', 'Neil Green'],
  ];

  test('who acts is the cell after each point; the item named once heads the points under it', async () => {
    const result = await run(minutes(clean));
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['action', 'owner']);
    expect(result.readings[0].range).toBe('A5:C8');
    expect(loud(result)).toEqual([]);
  });

  test('two people, an office and a point with no one after it are flagged', async () => {
    const result = await run(
      minutes([
        ...clean,
        [null, 'Mark Lane to review the letters sent after each inspection', 'Mark Lane/ Sue Kerr'],
        ['Survey programme', "Chair's Private Office to organise a meeting with the Chair", "Chair's Private Office"],
        [null, 'Mark Lane to consider how to evaluate the regional seminars'],
      ]),
    );
    expect(loud(result)).toEqual(['owner.multiple@C9', 'owner.not-a-person@C10', 'owner.missing@C11']);
  });

  test('six words make a point; five are a heading, and end the points', async () => {
    const five = [null, 'Ann Shaw to brief members', 'Ann Shaw'];
    const six = [null, 'Ann Shaw to brief new members', 'Ann Shaw/ Jo Tate'];
    expect(loud(await run(minutes([...clean, six])))).toEqual(['owner.multiple@C9']);
    expect(loud(await run(minutes([...clean, five, six])))).toEqual([]);
  });

  test('who acts runs to five words; a sixth makes the cell something else', async () => {
    const lines = (who: string) =>
      minutes([...clean.slice(0, 2), [null, 'Neil Green to raise the issue with the division', who]]);
    expect(loud(await run(lines('Neil Green / Mark Lane')))).toEqual(['owner.multiple@C8']);
    expect(loud(await run(lines('Neil Green and Mark Lane jointly')))).toEqual([]);
  });

  test("the item's name runs to eight words; a ninth makes it a point's words", async () => {
    const item = (name: string) =>
      minutes([
        [name, 'Ann Shaw to schedule the finance director to attend the next meeting', 'Ann Shaw and Jo Tate'],
        ...clean.slice(1),
      ]);
    expect(loud(await run(item('One two three four five six seven eight')))).toEqual(['owner.multiple@C6']);
    expect(loud(await run(item('One two three four five six seven eight nine')))).toEqual([]);
  });

  test('who acts must follow more than half the points', async () => {
    const bare = (n: number) =>
      Array.from({ length: n }, () => [null, 'Neil Green to raise the matter with the division']);
    const marked: CellValue[][] = [
      clean[0],
      [null, 'Jo Tate to meet the inspectors about the plans', 'Jo Tate/ Paul Snow'],
    ];
    expect(loud(await run(minutes([...marked, ...bare(1)])))).toEqual(['owner.multiple@C7', 'owner.missing@C8']);
    expect(loud(await run(minutes([...marked, ...bare(2)])))).toEqual([]);
  });
});

describe('"Action items", a blank line, then each point with who acts in brackets after it', () => {
  // After a tenants' and residents' association's minutes.
  const items = (heading: string, gap: boolean) =>
    run([
      ['Lockner Estate TRA minutes'],
      ['Jenny Duval (Treasurer)'],
      [],
      [heading],
      ...(gap ? [[]] : []),
      ['Schedule deep clean of flat with Hackney Homes', '(LL)'],
      ['Meet with metalworks contractors for football pitch and report back to TRA', '(KB)'],
      ['Escalate walkabout items to Nii Amon Nikoi', '(FB/LL)'],
      ['Pass thanks to Deborah Dade for Decent Homes help'],
      ['Query whether there will be electricity payments related to Decent Homes', '(FB)'],
    ]);

  test('are the action points: two named in brackets are flagged, a point naming no one too', async () => {
    expect(loud(await items('Action items', true))).toEqual(['owner.multiple@B8', 'owner.missing@B9']);
    expect(loud(await items('Action items', false))).toEqual(['owner.multiple@B7', 'owner.missing@B8']);
  });

  test('under a heading that names no actions ("Items"), they are not read as action points', async () => {
    expect(loud(await items('Items', true))).toEqual([]);
  });
});

describe('"Actions", then each point on a line of its own with who acts after a dash at its end', () => {
  // After a school PTA's minutes.
  const points = (...lines: string[]) =>
    run([
      ['PTA Meeting Minutes'],
      ['The School Picnic is planned for the evening before the last day of term.'],
      ['Actions'],
      ['Confirm date of 17 July is fine with the Head - Jane'],
      ...lines.map((l) => [l]),
      ['Purchase a small events licence - Jenni'],
    ]);

  test('each is an action: two named are flagged, and a point naming no one too', async () => {
    expect(loud(await points('Ask Mr Wilson to help organise school bands - Vicky', 'Stock the bar - Rowan'))).toEqual(
      [],
    );
    expect(
      loud(await points('Ask Mr Wilson to help organise school bands - Vicky and Jenni', 'Stock the bar')),
    ).toEqual(['owner.multiple@A5', 'owner.missing@A6']);
  });

  test('half the lines or fewer ending in who acts are no such list', async () => {
    expect(
      loud(await points('Ask Mr Wilson to help organise school bands', 'Stock the bar', 'Bring bin bags')),
    ).toEqual([]);
  });
});
