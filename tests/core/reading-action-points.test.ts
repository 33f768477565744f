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
