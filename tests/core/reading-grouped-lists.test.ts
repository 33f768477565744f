/**
 * Lists exported from a performance system with no header row: each objective on a line of its
 * own ("002 Monitoring the counter fraud partnership"), a blank row before the next, and under it
 * its actions, each with its code ("CIP 002.01"), its words, who it is assigned to and a note.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][]) => check(workbook(sheet('Appendix B', rows)), { asOf: '2011-09-14' });

const completed = (owner: CellValue, code: string, blankBetween = true) => {
  const gap: CellValue[][] = blankBetween ? [[]] : [];
  return run([
    ['Appendix B - Corporate Improvement Plan completed actions'],
    [],
    ['001 Developing a clear view of where partnership resources can be focused (LINKED TO AGS 2)'],
    [
      'CIP 001.01',
      'Resource mapping exercise presented to the LSP board',
      null,
      'Sarah Robson',
      'Presented on 1 April 2011.',
    ],
    ['CIP 001.02', 'Decisions made on the future allocation of resources', null, 'Sarah Robson', null],
    ...gap,
    ['002 Monitoring effectiveness of counter fraud partnership with Tunbridge Wells'],
    ['CIP 002.01', 'Update the Cabinet Member on the counter fraud partnership', null, owner, 'Reported in June.'],
    ...gap,
    [
      '003 Addressing the outstanding learning and development issues from the IIP reassessment and equality impact assessments',
    ],
    [
      'CIP 003.01',
      'Create an action plan of outstanding L&D issues',
      null,
      'Tina Edwards',
      'Re-accredited in March 2011.',
    ],
    ['CIP 003.02', 'Undertake child protection training', null, 'Claire Hayes', null],
    [code, 'Include transgender training in the corporate calendar', null, 'Claire Hayes', 'Sessions added.'],
  ]);
};

test('the objectives are headings of one list, with or without a blank row before each', async () => {
  for (const blank of [true, false]) {
    const result = await completed('Tina Edwards', 'CIP 003.03', blank);
    expect(result.readings).toHaveLength(1);
    expect(result.readings[0].skippedRows.map((r) => r.reason)).toEqual(['section heading', 'section heading']);
    expect(loud(result)).toEqual([]);
  }
});

test('a blank "assigned to" and a repeated code are found in the list', async () => {
  const result = await completed(null, 'CIP 003.02');
  expect(loud(result)).toEqual(['owner.missing@D8', 'id.duplicate@A13']);
});

test('a heading numbered "002" stands apart however long; one numbered "2" with no point is a line', async () => {
  const result = await run([
    ['Ref', 'Action', 'Lead officer', 'Target date'],
    ['002 Monitoring the effectiveness of the counter fraud partnership with Tunbridge Wells and its reporting'],
    ['CIP 002.01', 'Update the Cabinet Member', 'Steve McGinnes', '31/12/2011'],
    ['2 Monitoring the effectiveness of the counter fraud partnership with Tunbridge Wells and its reporting'],
    ['CIP 002.02', 'Report to the Audit Committee', 'Steve McGinnes', '31/12/2011'],
  ]);
  const skipped = result.readings[0].skippedRows.map((r) => r.row);
  expect(skipped).toContain(2);
  expect(skipped).not.toContain(4);
});

test('spaces typed after a heading of 120 characters leave it a heading', async () => {
  const heading = `003 ${'Addressing the outstanding learning issues '.repeat(3)}`.slice(0, 120);
  const rows: CellValue[][] = [
    ['001 Developing a clear view of where partnership resources can be focused'],
    ['CIP 001.01', 'Resource mapping exercise presented to the LSP board', 'Sarah Robson'],
    ['CIP 001.02', 'Decisions made on the future allocation of resources', 'Sarah Robson'],
    [],
    ['002 Monitoring effectiveness of counter fraud partnership with Tunbridge Wells'],
    ['CIP 002.01', 'Update the Cabinet Member on the counter fraud partnership', 'Sarah Robson'],
    [],
    [`${heading}   `],
    ['CIP 003.01', 'Create an action plan of outstanding L&D issues', 'Claire Hayes'],
    ['CIP 003.02', 'Undertake child protection training', null],
    ['CIP 003.03', 'Include transgender training in the corporate calendar', 'Claire Hayes'],
  ];
  expect(heading).toHaveLength(120);
  expect(loud(await run(rows))).toEqual(['owner.missing@C10']);
});

test('two objectives, the second after a blank row, are both headings of the list', async () => {
  const result = await run([
    ['001 Developing a clear view of where partnership resources can be focused'],
    ['CIP 001.01', 'Resource mapping exercise presented to the LSP board', 'Sarah Robson'],
    ['CIP 001.02', 'Decisions made on the future allocation of resources', 'Sarah Robson'],
    [],
    ['002 Monitoring effectiveness of counter fraud partnership with Tunbridge Wells'],
    ['CIP 002.01', 'Update the Cabinet Member on the counter fraud partnership', null],
    ['CIP 002.02', 'Report to the Audit Committee', 'Steve McGinnes'],
    ['CIP 002.03', 'Review the partnership agreement', 'Steve McGinnes'],
  ]);
  expect(loud(result)).toEqual(['owner.missing@C6']);
});

describe("action points numbered afresh under each meeting's date", () => {
  // An island development trust's board: "AP1", "AP2" set at each meeting, under that meeting's date.
  const points = (codes: string[][], status = 'Ongoing') => {
    const dates = ['April 16th 2011', 'July 19th 2011', 'August 20th 2011'];
    const rows: CellValue[][] = [['Action points']];
    codes.forEach((group, g) => {
      rows.push([dates[g]]);
      group.forEach((code, i) =>
        rows.push([
          code,
          `Director ${g + 1}.${i + 1} to write to the community association about the turbines.`,
          status,
        ]),
      );
    });
    return check(workbook(sheet('Action points', rows)), { asOf: '2011-09-24' });
  };
  const repeats = async (codes: string[][]) => loud(await points(codes)).filter((f) => f.startsWith('id.duplicate'));

  test('references that start again under each date are no repeats', async () => {
    expect(
      await repeats([
        ['AP1', 'AP2'],
        ['AP1', 'AP2', 'AP3'],
        ['AP1', 'AP2'],
      ]),
    ).toEqual([]);
  });

  test('one reference again under a later date is a repeat; so is one twice under the same date', async () => {
    expect(
      await repeats([
        ['AP1', 'AP2'],
        ['AP2', 'AP3'],
        ['AP4', 'AP5'],
      ]),
    ).toEqual(['id.duplicate@A6']);
    expect(
      await repeats([
        ['AP1', 'AP2'],
        ['AP1', 'AP2', 'AP2'],
        ['AP1', 'AP2'],
      ]),
    ).not.toEqual([]);
  });

  test('"Discharged" under each point is its status: the list is read as points to follow up', async () => {
    const result = await points(
      [
        ['AP1', 'AP2'],
        ['AP1', 'AP1'],
      ],
      'Discharged',
    );
    expect(loud(result)).toEqual(['id.duplicate@A6', 'id.duplicate@A7']);
  });
});
