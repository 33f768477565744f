/**
 * Quirks of real trackers: a header with a slip of typing ("Responsibilty"), an owner column whose
 * every cell starts with the team's code ("TT/SJ", "TT/RA"), and short lines among numbered actions
 * that say which meeting or paper the actions come from.
 */
import type { CellValue } from '../../src/core/snapshot';
import { Vocabulary } from '../../src/core/tables/columns';
import { headerWords } from '../../src/core/tables/header-words';
import { check, loud, meaningOf, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][], asOf = '2006-02-23') => check(workbook(sheet('Plan', rows)), { asOf });

describe('a slip of typing in a header', () => {
  const vocabulary = new Vocabulary({});
  const wordsMean = (header: string) => vocabulary.read(headerWords(header))[0]?.meaning;

  test.each([
    ['Responsibilty', 'owner'], // a letter dropped
    ['Responsibillity', 'owner'], // a letter added
    ['Responsibiltiy', 'owner'], // two letters swapped
    ['Resqonsibility', 'owner'], // a letter changed
    ['Recomendation', 'recommendation'],
  ])('"%s" reads as %s', (header, meaning) => {
    expect(wordsMean(header)).toBe(meaning);
  });

  test('a word of nine letters is read through one slip ("Timesacle"); of eight, it is not ("Deadlnie")', () => {
    expect(wordsMean('Timescale')).toBe('deadline');
    expect(wordsMean('Timesacle')).toBe('deadline');
    expect(wordsMean('Deadline')).toBe('deadline');
    expect(wordsMean('Deadlnie')).toBeUndefined();
  });

  test('a plan\'s years written short are set aside ("Key Activities 07-10"); figures that are no span are kept', () => {
    expect(headerWords('Key Activities 07-10').words).toEqual(['key', 'activities']);
    expect(headerWords('Key Activities 22/25').words).toEqual(['key', 'activities']);
    expect(headerWords('Key Activities 07-18').words).toEqual(['key', 'activities', '07-18']);
    expect(wordsMean('Key Activities 07-10')).toBe('action');
  });

  test('"Current year\'s", "last year" are periods set aside; "Full Year" is kept', () => {
    expect(headerWords("Current year's Formula Grant)").words).toEqual(['formula', 'grant']);
    expect(headerWords('Budget last year').words).toEqual(['budget']);
    expect(wordsMean("Current year's Formula Grant")).not.toBe('year');
    expect(headerWords('Full Year Plan').words).toEqual(['full', 'year', 'plan']);
  });

  test('two slips, or one in the first two letters or the last, are another word', () => {
    expect(wordsMean('Responsibilyt')).toBeUndefined();
    expect(wordsMean('Rrsponsibility')).toBeUndefined();
    expect(wordsMean('Responsibilitx')).toBeUndefined();
    expect(wordsMean('Programmed')).toBeUndefined();
  });

  test('"Month" over the target month of each action, merged down its block, with the owner header misspelt', async () => {
    const timeline = sheet('Plan', [
      ['Month', 'Action', 'Responsibilty'],
      ['September 2005', 'Staff focus group commences', 'Jane Smith'],
      [null, 'Launch the plan with a managers conference', null],
      ['April 2006', 'Changes to the structure completed', 'John Brown'],
      [null, 'Communications plan in place', 'Jane Smith'],
    ]);
    timeline.merges = ['A2:A3', 'A4:A5'];
    const result = await check(workbook(timeline), { asOf: '2006-02-23' });
    expect(loud(result).sort()).toEqual(['deadline.slipped@A2', 'deadline.slipped@A3', 'owner.missing@C3']);
  });
});

test('a colon after a heading is no part of its words: "Action/Target:" reads as "Action/Target"', () => {
  const vocabulary = new Vocabulary({});
  const top = (header: string) => vocabulary.read(headerWords(header))[0];
  for (const header of ['Action/Target', 'Lead officer', 'Target date (MM/YY)'])
    expect(top(`${header}:`)).toEqual(top(header));
});

describe("an owner column that starts every cell with the team's code", () => {
  const log = (owners: CellValue[]) => [
    ['Action', 'Actionee', 'Status'],
    ...owners.map((owner, i) => [`Action ${i + 1} - report back`, owner, 'Open']),
  ];

  test('"TT/SJ", "TT/RA", "TT/RL": the team and its officers, one owner each; "TT/SJ/RA" names two', async () => {
    const result = await run(log(['TT/SJ', 'TT/RA', 'TT/RL', 'TT/SJ/RA', null]));
    expect(loud(result).sort()).toEqual(['owner.missing@B6', 'owner.multiple@B5']);
  });

  test('the same officer on half the lines still reads as a team; on more than half, as two owners each time', async () => {
    expect(loud(await run(log(['TT/SJ', 'TT/SJ', 'TT/RA', 'TT/RL'])))).toEqual([]);
    expect(loud(await run(log(['EAC / EDRM', 'EAC / EDRM', 'EAC / EDRM', 'EAC / TC'])))).toHaveLength(4);
  });

  test('two lines are too few to tell a team from two owners', async () => {
    expect(loud(await run(log(['TT/SJ', 'TT/RA'])))).toEqual(['owner.multiple@B2', 'owner.multiple@B3']);
  });
});

describe('lines among numbered actions that say where they come from', () => {
  const minutes = (context: string): CellValue[][] => [
    ['Action', 'Status'],
    ['Action Points from meeting on 22 March 2024:', null],
    [context, null],
    ['i. CEO to prepare a briefing note on farming activity', 'In hand'],
    ['ii. Review the planning call-in protocol', null],
  ];

  test('short unnumbered lines with nothing else are headings; a numbered action with no status is still flagged', async () => {
    const result = await run(minutes('Paper 1 CEO report'), '2025-06-27');
    expect(loud(result)).toEqual(['status.missing@B5']);
    expect(result.readings[0].skippedRows.map((s) => s.row)).toEqual([2, 3]);
  });

  test('a line of 80 characters is a heading; of 81, a sentence, and an action with no status', async () => {
    const line = (n: number) => `At para 7 ${'x'.repeat(n - 10)}`;
    expect(line(80)).toHaveLength(80);
    expect(loud(await run(minutes(line(80)), '2025-06-27'))).toEqual(['status.missing@B5']);
    expect(loud(await run(minutes(line(81)), '2025-06-27'))).toEqual(['status.missing@B3', 'status.missing@B5']);
  });
});

describe('one heading over a column of codes and a blank-headed column of words', () => {
  const plan = (codes: string[], header: CellValue = null): CellValue[][] => [
    ['Action', header, 'Target date', 'Lead officer'],
    ...codes.map((code, i) => [code, `Review the management plan part ${i + 1}`, '31/03/2015', 'Jane Smith']),
  ];

  test('"Action" over "1.6F", "2.3D" beside a blank header: the codes are references, the words the actions', async () => {
    const result = await run(plan(['1.6F', '2.3D', '2.3D', '3.5A']), '2014-04-01');
    expect(result.readings[0].columns.slice(0, 2).map((c) => c.meaning)).toEqual(['id', 'action']);
    expect(loud(result)).toEqual(['id.duplicate@A4']);
  });

  test('with a header of its own beside it, the column of words keeps it', async () => {
    const result = await run(plan(['1.6F', '2.3D', '2.3D', '3.5A'], 'Notes'), '2014-04-01');
    expect(result.readings[0].columns[1].meaning).not.toBe('action');
  });
});

describe('a numbered list of items with no header row, and who acts on each', () => {
  // A parish sub-committee's report: item number, item, notes, who acts.
  const report = (who: CellValue[]): CellValue[][] => [
    ['Environment & Highways Report'],
    ['Apologies', 'Rachel Howard, Rosemary James.'],
    ...who.map((owner, i) => [
      i === who.length - 1 ? `${i + 1}.` : i + 1,
      `Item ${i + 1}`,
      `The matter was discussed and the next steps agreed at the meeting, part ${i + 1}.`,
      owner,
    ]),
  ];

  test('initials that repeat down a column are who acts; "Agenda item" there names nobody', async () => {
    const result = await run(report(['HS', 'Agenda item', 'Agenda item', 'HS', 'HS']), '2015-04-09');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['owner.not-a-person@D4', 'owner.not-a-person@D5']);
  });

  test('three different entries among five lines (60%) repeat enough; four (80%) do not', async () => {
    const three = await run(report(['HS', 'JC', 'HS', 'JC', 'Agenda item']), '2015-04-09');
    expect(loud(three)).toEqual(['owner.not-a-person@D7']);
    const four = await run(report(['HS', 'JC', 'PW', 'HS', 'Agenda item']), '2015-04-09');
    expect(loud(four)).toEqual([]);
  });

  test('two numbered items are too few to read as a list', async () => {
    expect(loud(await run(report(['Agenda item', 'Agenda item']), '2015-04-09'))).toEqual([]);
  });
});

describe("an agenda naming in brackets who brings each item ('(BS)', '(Chair)')", () => {
  // A town council committee's agenda: the item's number, the item, who brings it.
  const agenda = (who: CellValue[]): CellValue[][] => [
    ['Community Action Committee Agenda'],
    ['You are hereby summoned to attend a meeting of the committee on Thursday 8th July 2021.'],
    ...who.map((owner, i) => [i + 1, `Members are asked to consider the proposal for the town, part ${i + 1}.`, owner]),
  ];

  test('two items in three naming someone (66.7%) is enough, and the names need not repeat', async () => {
    const result = await run(agenda(['(Chair)', '(BS)', null, '(LM)', '(ALL)', null]), '2021-07-08');
    expect(loud(result)).toEqual(['owner.missing@C5', 'owner.not-a-person@C7', 'owner.missing@C8']);
  });

  test('fewer than two in three (62.5%) is not a column of who brings them', async () => {
    const result = await run(agenda(['(Chair)', '(BS)', null, '(LM)', '(ALL)', null, null, '(KW)']), '2021-07-08');
    expect(loud(result)).toEqual([]);
  });

  test('without brackets the same names must fill four lines in five', async () => {
    const result = await run(agenda(['Chair', 'BS', null, 'LM', 'BS', null]), '2021-07-08');
    expect(loud(result)).toEqual([]);
  });
});

describe('a recommendation only to note or thank', () => {
  const scraip = (second: string, timetable: CellValue = null): CellValue[][] => [
    ['Recommendation', 'Cabinet Member', 'Response', 'Timetable', 'Lead Officer'],
    ['That the action plan be reviewed and reported back to committee.', 'Brian Moss', 'Agreed', null, 'Clare Wood'],
    [second, 'Brian Moss', 'Agreed', timetable, 'Clare Wood'],
  ];

  test('asks for no deadline; one that asks for something besides does', async () => {
    expect(loud(await run(scraip('The update on the Improvement Plan be noted.'), '2013-11-30'))).toEqual([
      'deadline.missing@D2',
    ]);
    expect(loud(await run(scraip('The teams involved be thanked for their success.'), '2013-11-30'))).toEqual([
      'deadline.missing@D2',
    ]);
    expect(
      loud(await run(scraip('The update be noted and a further report be brought to March.'), '2013-11-30')),
    ).toEqual(['deadline.missing@D2', 'deadline.missing@D3']);
  });

  test('a date given to it is still checked', async () => {
    const rows = scraip('The update on the Improvement Plan be noted.', '31/03/2013');
    expect(loud(await run(rows, '2013-11-30'))).toEqual(['deadline.missing@D2', 'deadline.slipped@D3']);
  });
});

describe('columns spaced apart by empty columns, as a copy of a printed page often is', () => {
  const plan = (spacers: number): CellValue[][] => {
    const gap = Array.from({ length: spacers }, () => null);
    const row = (...cells: CellValue[]) => cells.flatMap((c, i) => (i === 0 ? [c] : [...gap, c]));
    return [
      row(null, null, 'Target', 'Lead Officer', 'Notes'),
      row('1', 'Ensure all people wait no more than 28 days', 0.9, 'Sara Livadeas', 'Improving'),
      row('2', 'Reduce the number of people waiting', 0.5, null, 'See below'),
    ];
  };

  test('the unheaded reference and item columns left of the header still belong to the table', async () => {
    for (const spacers of [0, 1]) {
      const result = await run(plan(spacers), '2013-06-30');
      expect(result.readings[0].range.startsWith('A')).toBe(true);
      expect(loud(result)).toEqual([`owner.missing@${spacers === 0 ? 'D' : 'G'}3`]);
    }
  });

  test('three empty columns between are a gap, not spacing: the table starts at its header', async () => {
    const result = await run(plan(3), '2013-06-30');
    expect(result.readings[0].range.startsWith('A')).toBe(false);
  });
});

describe('a key under the table', () => {
  const rows = (last: CellValue[]): CellValue[][] => [
    ['Ref', 'Action', 'Lead', 'Due Date'],
    [68.3, 'Review the contracts register', 'DoF', '31/12/2022'],
    last,
  ];

  test('"Key strategic contracts to be identified" is an action, though its first word is "Key"', async () => {
    const action = [68.4, 'Key strategic contracts to be identified', 'DoF', '15/03/2023'];
    expect(loud(await run(rows(action), '2023-05-10'))).toEqual(['deadline.slipped@D2', 'deadline.slipped@D3']);
  });

  test('"Key:" and "Key to ratings" open a key', async () => {
    for (const key of ['Key:', 'Key to ratings'])
      expect(loud(await run(rows([null, key, 'R = overdue', 'G = on track']), '2023-05-10'))).toEqual([
        'deadline.slipped@D2',
      ]);
  });
});

describe("a key past a break that names one of the table's headings", () => {
  // The Somerset flood action plan: "Funding | How much does it cost?" keys the cost column's colours.
  const plan = (key: CellValue[]): CellValue[][] => [
    ['No.', 'ACTION', 'WHEN', 'HOW MUCH DOES IT COST?', 'WHO LEADS IT?'],
    ['W1.1.1', 'Dredge 8km of the Tone and Parrett', 'March 2016', '£5.7m', 'Jo Smith'],
    [],
    key,
    [null, 'Funded'],
    [null, 'Funding source to be identified'],
  ];

  test('"Funding | How much does it cost?" keys the cost column: no item', async () => {
    expect(loud(await run(plan(['Funding', 'How much does it cost?']), '2015-06-30'))).toEqual([]);
  });

  test("in the heading's own column, with a figure, or naming no heading, it is still a line", async () => {
    const missing = ['owner.missing@E4', 'deadline.missing@C4'];
    const line = (key: CellValue[]) => run(plan(key), '2015-06-30').then((r) => loud(r).sort());
    expect(await line(['W1.1.2', null, null, 'How much does it cost?'])).toEqual([...missing].sort());
    expect(await line(['Funding', 'How much does it cost?', null, 120])).toEqual([...missing].sort());
    expect(await line(['Funding', 'How much will it cost?'])).toEqual([...missing].sort());
  });
});

describe('an unanswered form: recommendations listed and nothing beside them', () => {
  // Maidstone's SCRAIP on its housing strategy, as it went to Cabinet before anyone answered it.
  const form = (...lines: string[]): CellValue[][] => [
    ['Recommendation[i]', 'Cabinet Member[ii]', 'Response[iii]', 'Timetable[iv]', 'Lead Officer[v]'],
    ...lines.map((l) => [l]),
  ];
  const a = 'a)   The Draft Housing Strategy with the revisions recommended be approved';
  const b = 'b)   Where a Target is present in the document, this should be measurable';

  test('"a) …", "b) …" are its items, each with no lead officer and no timetable', async () => {
    expect(loud(await run(form(a, b), '2011-06-14')).sort()).toEqual(
      ['deadline.missing@D2', 'deadline.missing@D3', 'owner.missing@E2', 'owner.missing@E3'].sort(),
    );
  });

  test('one line alone, or lines not listed, are notes under an empty table, as before', async () => {
    expect(loud(await run(form(a), '2011-06-14'))).toEqual([]);
    expect(loud(await run(form('Note: the Cabinet will respond in July', 'Source: minute 8'), '2011-06-14'))).toEqual(
      [],
    );
  });
});

describe('a numbered heading over its own decimals', () => {
  const plan = (firstChild: string): CellValue[][] => [
    ['Ref', 'Item', 'Led by', 'Finish by'],
    ['1', 'Corporate and Departmental Vision'],
    [firstChild, 'Show explicit links between plans', 'Chris', '31/05/2002'],
    ['1.2', 'Note to explain how relevant', 'Chris', '30/06/2002'],
  ];

  test('"1" over "1.1" is a heading, not an item with no lead or date; "1" over "2.1" is an item', async () => {
    expect(loud(await run(plan('1.1'), '2002-05-01'))).toEqual([]);
    expect(loud(await run(plan('2.1'), '2002-05-01'))).toEqual(['owner.missing@C2', 'deadline.missing@D2']);
  });
});

describe('a lettered reference over its own decimals ("W1.1" over "W1.1.1")', () => {
  // The Somerset flood action plan's status report: "W1.1 | Initial dredge" over its actions.
  const plan = (parent: string, child: string): CellValue[][] => [
    ['No.', 'ACTION', 'GENERAL PROGRESS - STATUS', 'WHEN', 'WHO LEADS IT?'],
    [parent, 'Initial dredge'],
    [child, 'Dredge 4km of the River Tone', 'In progress', 'March 2016', 'Jo Smith'],
    [`${child.slice(0, -1)}2`, 'Maintain the newly dredged profiles', 'On track', '2016/17', 'Jo Smith'],
  ];

  test('"W1.1" over "W1.1.1" and "2.3" over "2.3.1" are headings; over "W1.2.1" or "W1.11" an item', async () => {
    expect(loud(await run(plan('W1.1', 'W1.1.1'), '2015-06-30'))).toEqual([]);
    expect(loud(await run(plan('2.3', '2.3.1'), '2015-06-30'))).toEqual([]);
    const owns = ['owner.missing@E2', 'deadline.missing@D2', 'status.missing@C2'];
    expect(loud(await run(plan('W1.1', 'W1.2.1'), '2015-06-30')).sort()).toEqual([...owns].sort());
    expect(loud(await run(plan('W1.1', 'W1.11'), '2015-06-30')).sort()).toEqual([...owns].sort());
  });
});

describe('a month with no year ("End June")', () => {
  const plan = (title: string, sheetName = 'Plan') =>
    sheet(sheetName, [
      [title],
      ['Ref', 'Item', 'Led by', 'Finish by'],
      ['1.1', 'Show links between the plans', 'Chris', 'End May'],
      ['1.2', 'Agree the protocol with Members', 'Mike', 'End June'],
      ['1.3', 'Draft the leaflets', 'Malcolm', '14 Aug'],
    ]);
  const asOf = '2002-06-26';

  test('on a sheet that names no year anywhere, says no year: each is vague', async () => {
    const result = await check(workbook(plan('BEST VALUE ACTION PLAN - SCHEDULE')), { asOf });
    expect(loud(result).sort()).toEqual(['deadline.vague@D3', 'deadline.vague@D4', 'deadline.vague@D5']);
  });

  test.each([
    ['a year in the title', plan('Action plan 2002')],
    ['a date written in a title', plan('Actions (compiled 17.7.02)')],
    ['a year in the sheet name', plan('Action plan', 'Plan 2002')],
    ['a month with its year cut short ("August ‘02")', plan('Action sheet, review in August ‘02')],
  ])('with %s, is read in the year nearest the as-of date', async (_, withYear) => {
    const result = await check(workbook(withYear), { asOf });
    expect(loud(result)).toEqual(['deadline.slipped@D3']);
  });

  test('an apostrophe and two figures after no month ("Item ‘02", "Smith’s 02") show no year', async () => {
    for (const title of ['Action sheet, item ‘02', 'Action sheet, Smith’s 02'])
      expect([title, loud(await check(workbook(plan(title)), { asOf })).sort()]).toEqual([
        title,
        ['deadline.vague@D3', 'deadline.vague@D4', 'deadline.vague@D5'],
      ]);
  });

  test('a cell formatted as a date shows the year; the same number unformatted does not', async () => {
    const updated = (numberFormat: string | null) => {
      const dated = plan('Action plan');
      dated.values.splice(1, 0, ['Updated', 37433]);
      dated.numberFormats = dated.values.map((row, r) => row.map((_, c) => (r === 1 && c === 1 ? numberFormat : null)));
      return dated;
    };
    expect(loud(await check(workbook(updated('dd/mm/yyyy')), { asOf }))).toEqual(['deadline.slipped@D4']);
    expect(loud(await check(workbook(updated(null)), { asOf }))).toEqual([
      'deadline.vague@D4',
      'deadline.vague@D5',
      'deadline.vague@D6',
    ]);
  });
});

describe('a lead agency column, as partnership plans name who leads', () => {
  const asOf = '2010-04-01';
  const plan = (header: string[], ...rows: CellValue[][]) =>
    check(workbook(sheet('Plan', [['Hate crime action plan 2010-13'], header, ...rows])), { asOf });

  test('one organisation under "Lead Partner" is the lead asked for; two share it', async () => {
    const result = await plan(
      ['Ref', 'Action', 'Lead Partner', 'Completion Date'],
      ['1a', 'Provide hate crime training', 'Sheffield City Council', '31/03/2011'],
      ['1b', 'Run the awareness campaign', 'Sheffield City Council /South Yorkshire Police', '31/03/2011'],
      ['1c', 'Publish the reporting routes', 'Press and Public Relations\nCommunity Safety Unit', '31/03/2011'],
      ['1d', 'Report to the board', 'Press and Public Relations', '31/03/2011'],
    );
    expect(loud(result)).toEqual(['owner.multiple@C4', 'owner.multiple@C5']);
  });

  test('objectives with the body that leads each: two bodies in one cell share the lead', async () => {
    const result = await check(
      workbook(
        sheet('Appendix A3', [
          ['References', 'Objectives', 'Lead Body', 'Cross References'],
          ['A1', 'To manage the rights of way', 'Rights of Way Dept.-IWC', 'A3, R2, R4, PA1'],
          ['C3', 'To maintain access channels and wharves', 'CHC, NHA', 'HC1, HC2, NC4, P1'],
          ['C4', 'To investigate landing facilities for fishermen', 'CHC', null],
          ['C4', 'To improve the tourism resource', 'Tourism-IWC', 'HC2, R3, PA1'],
        ]),
      ),
      { asOf },
    );
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['id', 'action', 'owner', 'not used']);
    expect(loud(result)).toEqual(['owner.multiple@C3', 'id.duplicate@A5']);
  });

  test('"City Council or University": either may lead, so neither is asked to', async () => {
    const result = await plan(
      ['Actions', 'Partners', 'Lead Agency', 'Completion Date'],
      ['1.2 Audit tourism attractions', 'City Council, University', 'City Council or University', '31/03/2011'],
      ['1.3 Influence the transport plan', 'City Council, GMPTE', 'City Council', '31/03/2011'],
      ['1.4 Promote the visitor guide', 'All', 'Tourism Forum or Visitor Centre', '31/03/2011'],
    );
    expect(loud(result)).toEqual(['owner.multiple@C3', 'owner.multiple@C5']);
  });

  describe('a bare "LEAD" heading', () => {
    const leads = (third: string) =>
      plan(
        ['RECOMMENDATION', 'ACTIVITY', 'LEAD', 'TIMESCALE'],
        ['4. Consider investment profile', 'Review spending', 'MBC lead/PCT/Children’s Services', 'September 2011'],
        ['6. Parenting strategy', 'Implement the strategy', 'Dudley MBC Children’s Directorate', 'December 2011'],
        ['5. Family Nurse Partnership', 'Resource the programme', third, 'April 2012'],
      );

    test('over organisations only asks which organisation leads: one is the answer, several share it', async () => {
      expect(loud(await leads('Dudley PCT'))).toEqual(['owner.multiple@C3']);
    });

    test('two organisations at least show it: one alone may be a body named where an officer goes', async () => {
      const one = await plan(
        ['RECOMMENDATION', 'ACTIVITY', 'LEAD', 'TIMESCALE'],
        ['6. Parenting strategy', 'Implement the strategy', 'Dudley MBC Children’s Directorate', 'December 2011'],
        ['5. Family Nurse Partnership', 'Resource the programme', null, 'April 2012'],
      );
      expect(loud(one)).toEqual(['owner.not-a-person@C3', 'owner.missing@C4']);
      const two = await plan(
        ['RECOMMENDATION', 'ACTIVITY', 'LEAD', 'TIMESCALE'],
        ['6. Parenting strategy', 'Implement the strategy', 'Dudley MBC Children’s Directorate', 'December 2011'],
        ['5. Family Nurse Partnership', 'Resource the programme', 'Dudley PCT', 'April 2012'],
      );
      expect(loud(two)).toEqual([]);
    });

    test('where one lead is an officer, it asks for officers: a directorate there is no person', async () => {
      expect(loud(await leads('Head of Early Years'))).toEqual(['owner.multiple@C3', 'owner.not-a-person@C4']);
    });
  });

  test('beside a lead officer column, the officer is the owner', async () => {
    const result = await plan(
      ['Ref', 'Action', 'Lead agency', 'Nominated lead officer', 'Target date'],
      ['1', 'Adopt the new definition', 'CSP Strategy Delivery Group', 'All reps', '31/03/2011'],
      ['2', 'Co-operate with the Commissioner', 'Dorset Police', 'Jane Smith', '31/03/2011'],
    );
    expect(loud(result)).toEqual(['owner.not-a-person@D3']);
  });

  test('"Lead Officer / Agency" asks for the officer: a committee there is no person', async () => {
    const result = await plan(
      ['Ref', 'Action', 'Lead Officer / Agency', 'Target date'],
      ['1', 'Raise performance to 98%', 'Corporate Management Team', '31/03/2011'],
      ['2', 'Review the target', 'Jane Smith', '31/03/2011'],
    );
    expect(loud(result)).toEqual(['owner.not-a-person@C3']);
  });

  test('"Responsible lead/ group" leaves the lead open: one group is the answer asked for, two share it', async () => {
    const rows = (header: string) =>
      plan(
        ['Action', header, 'By when'],
        ['Embed the audit recommendations', 'CSE Implementation group', 'September 2010'],
        ['Train the workforce', 'CSE Implementation group/ Training and Dev sub.', 'March 2011'],
        ['Audit the voice of the child', 'QEG.', 'September 2010'],
      );
    expect(loud(await rows('Responsible lead/ group'))).toEqual(['owner.multiple@B4']);
    // The officer named first asks for an officer: a group there is no person.
    expect(loud(await rows('Lead officer/ group'))).toEqual(['owner.not-a-person@B3']);
  });

  test('"Output target and date(s)": the month an output is due by is its deadline', async () => {
    const result = await check(
      workbook(
        sheet('Plan', [
          ['Actions', 'Lead Agency / Officer', 'Funding', 'Output target and date(s)'],
          [
            '1. Develop a strategy on the fear of crime',
            'Press and Public Relations',
            'Funding required',
            'Strategy in place by April 2002',
          ],
          [
            '2. Deliver Crime Stoppers campaigns',
            'Crime stoppers',
            'Funding required',
            'Four campaigns by September 2003',
          ],
          [
            '3. Implement the witness strategy',
            'Community Safety Unit',
            'Existing resources',
            'More witnesses using the service',
          ],
        ]),
      ),
      { asOf: '2002-06-13' },
    );
    expect(loud(result)).toEqual(['deadline.slipped@D2', 'deadline.vague@D4']);
  });
});

describe('a service plan printed over pages, with a status and its colour', () => {
  const title = 'Annex 1 Orkney Health and Care – Service Plan Actions for Six Months Ending 31 March 2016';
  const top = ['Action', 'Lead', 'Current Period March 2016', null, null, null];
  const header = [null, null, 'Target Date', 'Overall Status', 'BRAG', 'Comment'];
  const action = (name: string, lead: string, due: string, status: string, brag: string): CellValue[] => [
    name,
    lead,
    due,
    status,
    brag,
    'Work continues with partners',
  ];
  const plan = (...rows: CellValue[][]) => {
    const s = sheet('Annex 1', rows);
    s.merges = ['A2:A3', 'B2:B3', 'C2:F2'];
    return check(workbook(s), { asOf: '2016-03-31' });
  };

  test('"In Progress" past its date is slipped, though the colour beside it is blue', async () => {
    const result = await plan(
      [title],
      top,
      header,
      action('01 – Minimise placements out of Orkney', 'Jon Humphreys', '31/03/2016', 'Complete', 'Blue'),
      action('02 – Deliver the change fund projects', 'Caroline Sinclair', '30/11/2015', 'In Progress', 'Blue'),
    );
    expect(loud(result)).toEqual(['deadline.slipped@C5']);
  });

  test('the title and header printed again over a new page are not actions', async () => {
    const result = await plan(
      [title],
      top,
      header,
      action('01 – Minimise placements out of Orkney', 'Jon Humphreys', '31/03/2016', 'Complete', 'Blue'),
      [title.replace('Annex 1 ', 'Annex 1 – ')],
      top,
      header,
      action('03 – Deliver the AHP delivery plan', 'Caroline Sinclair', '31/03/2016', 'Complete', 'Blue'),
    );
    expect(loud(result)).toEqual([]);
  });

  test.each([
    ['Empty homes 12', 19, true],
    ['Empty homes 123', 20, false],
  ])(
    'a row %j, Jo Smith (%i letters and figures) printed above and again: from 20, a repeat',
    async (name, _, read) => {
      const result = await plan(
        [name, 'Jo Smith'],
        top,
        header,
        action('01 – Minimise placements out of Orkney', 'Jon Humphreys', '31/03/2016', 'Complete', 'Blue'),
        [name, 'Jo Smith'],
      );
      expect(loud(result).some((f) => f.endsWith('5'))).toBe(read);
    },
  );
});

describe('status words in column after column by period', () => {
  const asOf = '2025-06-30';
  const plan = (periods: string[], ...rows: CellValue[][]) =>
    check(workbook(sheet('Plan', [['Ref', 'Action', 'Lead', 'Target date', ...periods], ...rows])), { asOf });
  const three = ['24/25\nQ2', '24/25\nQ3', '24/25 Q4'];

  test('three or more: the latest is the status; a row blank there keeps its last rating', async () => {
    const result = await plan(
      three,
      ['1', 'Adopt the strategy', 'Jane Smith', '31/03/2025', 'In progress', 'In progress', 'Complete'],
      ['2', 'Review the fees', 'John Brown', '31/03/2025', 'In progress', 'In progress', null],
      ['3', 'Merge the teams', 'Jo Bloggs', '31/03/2025', 'In progress', 'Complete', '*'],
      ['4', 'Open the hub', 'Ann Lee', '31/12/2025', null, null, 'Not started'],
    );
    expect(loud(result)).toEqual(['deadline.slipped@D3']);
  });

  test('two: the first is the status, as one column of status words would be', async () => {
    const result = await plan(
      three.slice(1),
      ['1', 'Adopt the strategy', 'Jane Smith', '31/03/2025', 'In progress', 'Complete'],
      ['2', 'Review the fees', 'John Brown', '31/03/2025', 'Complete', 'Complete'],
      ['3', 'Merge the teams', 'Jo Bloggs', '31/03/2025', 'Complete', 'Complete'],
    );
    expect(loud(result)).toEqual(['deadline.slipped@D2']);
  });
});

describe('a dated status that says the work goes on', () => {
  test('"Draft report issued 1 November 2011" and "Audit fieldwork starts 14 November 2011" are under way', async () => {
    const result = await check(
      workbook(
        sheet('Appendix 1', [
          ['Audit No.', 'Description of Audit', 'Scheduling', 'Status'],
          ['NN/12/03', 'Waste Management', 'August 2011', 'Complete Final report issued 25 October 2011'],
          ['NN/12/06', 'Car Parking and Markets', 'September 2011', 'Draft report issued 1 November 2011'],
          ['NN/12/07', 'Remittances', 'October 2011', 'Final report issued 4 November 2011'],
          ['NN/12/08', 'Sundry Debtors', 'November 2011', 'Audit fieldwork starts 14 November 2011'],
        ]),
      ),
      { asOf: '2011-12-06' },
    );
    expect(loud(result).filter((f) => f.startsWith('deadline'))).toEqual([
      'deadline.slipped@C3',
      'deadline.slipped@C5',
    ]);
  });
});

describe('a deadline cell that carries its revision on a second line', () => {
  const run = (due: string) =>
    check(
      workbook(
        sheet('Appendix A', [
          ['Area', 'Person Responsible', 'Implementation Target Date', 'Status'],
          ['Training', 'Amie Peplow', due, 'Amber'],
        ]),
      ),
      { asOf: '2019-03-31' },
    );

  test.each([
    'March – Sept 2018\nRevised target date June 2019',
    'September 2018\nNew date: June 2019',
    '30/09/2018\nExtended to 30/06/2019',
    '30/09/2018\n30/06/2019',
  ])('%j: moved later, not slipped', async (due) => {
    expect(loud(await run(due))).toEqual(['deadline.revised-later@C2']);
  });

  test('a second line of words that are no revision is not read as one', async () => {
    expect(loud(await run('30/09/2018\nReport to June 2019 board'))).not.toContain('deadline.revised-later@C2');
  });
});

describe('objectives, each with its own "Target | Target date" table', () => {
  const objective = (n: string, targets: CellValue[][], heading = 'Target'): CellValue[][] => [
    [`Objective ${n}`],
    ['We will reflect the communities we serve in our workforce at all levels.'],
    [heading, 'Target date'],
    ...targets,
    [],
  ];
  const run = (...rows: CellValue[][]) =>
    check(workbook(sheet('Equality objectives', [['Equality objectives 2021'], [], ...rows])), { asOf: '2021-04-01' });

  test('the targets are the items, checked for their dates; the next objective is no item', async () => {
    const result = await run(
      ...objective('one', [
        ['Our regular reporting cycle is set up to analyse trends and risks.', 'December 2021'],
        ['Launch of a new pilot internal mentoring scheme for staff.', 'TBC'],
      ]),
      ...objective('two', [
        ['Our training provision is assessed to address bias.', 'March 2022'],
        ['Record and use feedback from our networks on policy.', 'December 2021'],
      ]),
    );
    expect(loud(result)).toEqual(['deadline.vague@B7']);
  });

  test.each(['Target *', 'Targets:', 'TARGET'])('"%s" heads the targets as well', async (heading) => {
    const targets = [
      ['Our regular reporting cycle is set up to analyse trends and risks.', 'December 2021'],
      ['Launch of a new pilot internal mentoring scheme for staff.', 'TBC'],
    ];
    expect(loud(await run(...objective('one', targets, heading)))).toEqual(['deadline.vague@B7']);
  });

  test('"Target group" is no heading of targets', async () => {
    const targets = [
      ['Our regular reporting cycle is set up to analyse trends and risks.', 'December 2021'],
      ['Launch of a new pilot internal mentoring scheme for staff.', 'TBC'],
    ];
    expect(loud(await run(...objective('one', targets, 'Target group')))).toEqual([]);
  });

  test('two cells under "Target" overturn it only if both are sentences: one word may be a code', async () => {
    const result = await run(
      ...objective('one', [
        ['Launch of a new pilot internal mentoring scheme for staff.', 'TBC'],
        ['Mentoring', 'March 2022'],
      ]),
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a list of projects with the completion date first planned and the one now expected', () => {
  const asOf = '2006-12-04';
  const projects = (header: string[], ...rows: CellValue[][]) =>
    check(workbook(sheet('IT projects', [['IT projects undertaken are as follows:'], header, ...rows])), { asOf });

  test('"Original planned completion date" is the deadline, "Expected completion date" its revision', async () => {
    const result = await projects(
      ['Project', 'Start date', 'Original planned completion date', 'Expected completion date', 'Costs (£000)'],
      ['FireLink', 'June 2002', 'December 2007', 'March 2009', 350000],
      ['Places Database', 'November 2005', 'June 2006', 'November 2006', 800],
      ['LogasNet Enhancements', 'February 2006', 'January 2007', 'January 2007', 700],
    );
    expect(loud(result)).toEqual(['deadline.revised-later@D3', 'deadline.slipped@C4', 'deadline.revised-later@D4']);
  });

  test('"Expected completion date at outset" beside "Completion date" written as done or due', async () => {
    const result = await projects(
      ['Project name', 'Completion date', 'Expected completion date at outset', 'Estimated cost at outset (£)'],
      ['Quick Wins', 'Completed September 2008', 'End August 2008', 42300],
      ['Training', 'Completion March 2009', 'End December 2008', 16250],
      ['Remote Working', 'Completion April 2009', 'End December 2008', 72800],
    );
    expect(loud(result)).toEqual(['deadline.revised-later@B4', 'deadline.revised-later@B5']);
  });

  test('an "Actual completion date" beside the original is when it was done, not a revision', async () => {
    const result = await projects(
      ['Project', 'Original completion date', 'Actual completion date'],
      ['FireLink', 'December 2005', 'March 2006'],
      ['Places Database', 'June 2006', null],
      ['LogasNet Enhancements', 'January 2007', null],
    );
    expect(loud(result)).toEqual(['deadline.slipped@B4']);
  });

  test.each([
    [3, ['deadline.vague@B6', 'deadline.vague@B7']],
    [2, []],
  ])(
    'projects with an expected completion date, %i of 5 cells dates: read as a plan from 3',
    async (dated, flagged) => {
      const cells = ['December 2008', 'March 2009', 'February 2009', 'Jane Smith', 'John Brown'];
      if (dated === 2) cells[2] = 'Ann Lee';
      const result = await projects(
        ['Project', 'Expected completion date', 'Estimated costs (£000)'],
        ...cells.map((due, i): CellValue[] => [`Project ${i + 1}`, due, [3600, 3040, 1273, 754, 364][i]]),
      );
      expect(loud(result)).toEqual(flagged);
    },
  );
});

describe('an action list printed with no header row, dates among its words', () => {
  const plan = () => {
    const due = (serial: number): CellValue => serial;
    const rows: CellValue[][] = [
      ['1. Provide a fleet which enables the delivery of efficient council services'],
      ['1.1', 'Develop ten year replacement programmes for the council fleet', 'Fleet', due(44469), 'started'],
      ['1.2', 'Provide fleet options with adaptations for users with specific needs', 'Fleet', 'ongoing', 'started'],
      ['1.3', 'Audit council plant and machinery to rationalise and replace it', 'Fleet', due(44651), 'started'],
      ['1.4', 'Explore a workshop commercial service for partner organisations', 'Fleet', due(44377), null],
    ];
    const s = sheet('Fleet Action Plan', rows);
    s.numberFormats = rows.map((r) => r.map((v) => (typeof v === 'number' ? 'dd.mm.yy' : null)));
    return check(workbook(s), { asOf: '2020-11-24' });
  };

  test('lines holding dates are still lines of the list: read and checked', async () => {
    expect(loud(await plan())).toEqual(['deadline.vague@D3', 'status.missing@E5']);
  });
});

describe('who leads each line of a rated list with no header row', () => {
  // Brighton & Hove's fleet plan: reference, action, lead, target date, status; no header row.
  const plan = (leads: string[]) => {
    const rows: CellValue[][] = [
      ['1. Provide a fleet which enables the delivery of efficient council services'],
      ...leads.map((lead, i) => [`1.${i + 1}`, `Action number ${i + 1} of the fleet plan`, lead, 44651, 'started']),
    ];
    const s = sheet('Fleet Action Plan', rows);
    s.numberFormats = rows.map((r) => r.map((v) => (typeof v === 'number' ? 'dd.mm.yy' : null)));
    return check(workbook(s), { asOf: '2020-11-24' });
  };
  const leadColumn = async (leads: string[]) => (await plan(leads)).readings[0].columns[2].meaning;
  const both = 'Fleet/all relevant departments';

  test('the same few short names beside the statuses lead; a service and every department is more than one', async () => {
    expect(loud(await plan(['Fleet', both, 'Fleet', both]))).toEqual(['owner.multiple@C3', 'owner.multiple@C5']);
  });

  test('lines spaced a blank row apart are one list, read the same way', async () => {
    const rows: CellValue[][] = [['1. Provide a fleet which enables the delivery of efficient council services']];
    ['Fleet', both, 'Fleet', both].forEach((lead, i) =>
      rows.push([`1.${i + 1}`, `Action number ${i + 1} of the fleet plan`, lead, 44651, 'started'], []),
    );
    const s = sheet('Fleet Action Plan', rows);
    s.numberFormats = rows.map((r) => r.map((v) => (typeof v === 'number' ? 'dd.mm.yy' : null)));
    const result = await check(workbook(s), { asOf: '2020-11-24' });
    expect(loud(result)).toEqual(['owner.multiple@C4', 'owner.multiple@C8']);
  });

  test('a third of the cells naming people is enough; a quarter is not', async () => {
    const others = 'all relevant departments';
    expect(await leadColumn(['Fleet', others, others, 'Fleet', others, others])).toBe('owner');
    expect(await leadColumn(['Fleet', others, others, others])).not.toBe('owner');
  });

  test('cells of up to 40 characters can name who leads; one of 41 is a phrase', async () => {
    const forty = `${both} and Devon`;
    const fortyOne = `${both} and Surrey`;
    expect([forty.length, fortyOne.length]).toEqual([40, 41]);
    expect(await leadColumn(['Fleet', forty, 'Fleet', forty])).toBe('owner');
    expect(await leadColumn(['Fleet', fortyOne, 'Fleet', fortyOne])).not.toBe('owner');
  });
});

describe('who leads each line of a rated list, named in full', () => {
  // Torbay's healthier weight plan: programme, lead, status under headings, each lead named once.
  const plan = (leads: string[]) =>
    check(
      workbook(
        sheet('Action plan', [
          ['Domain: Healthier child and family weight'],
          ['Healthier weight programmes:'],
          ...leads.map((lead, i) => [null, `Weight programme number ${i + 1}`, lead, 'On track']),
        ]),
      ),
      { asOf: '2026-01-01' },
    );
  const leadColumn = async (leads: string[]) => (await plan(leads)).readings[0]?.columns[2]?.meaning;

  test('names written out lead though none comes twice; two on a line are more than one', async () => {
    const leads = ['Claire Tatton', 'Joey Needham/Vicky Glanville', 'Kirsty Parker', 'Mark Richards'];
    expect(loud(await plan(leads))).toEqual(['owner.multiple@C4']);
  });

  test('one cell that names no one in full, or letters alone, do not lead unless they repeat', async () => {
    expect(await leadColumn(['Claire Tatton', 'Fleet', 'Kirsty Parker', 'Mark Richards'])).not.toBe('owner');
    expect(await leadColumn(['L', 'H,N', 'G, I', 'B'])).not.toBe('owner');
  });

  test('a line taken for a header, with a name and a status on it, is read as a line of the list', async () => {
    const result = await check(
      workbook(
        sheet('Action plan', [
          ['Domain: Weaning'],
          ['Healthier weight programmes:'],
          [null, 'Infant Feeding Enhanced Peer Support', 'Joey Needham', 'On track'],
          ['Domain: Healthier child and family weight'],
          ['Healthier weight programmes:'],
          [null, 'Healthy Start Vouchers', 'Joey Needham/Vicky Glanville', 'On track'],
          [null, 'Early Years Nutrition Toolkit roll-out.', 'Vicky Glanville / Mark Richards', 'On track'],
          [null, 'Torbay Council Child and Family Healthier Weight Support Programme', 'Claire Tatton', 'On track'],
          ['Physical activity programmes:'],
          [null, 'Healthy Movers', 'Kirsty Parker Calland', 'Action required'],
        ]),
      ),
      { asOf: '2026-01-01' },
    );
    expect(loud(result)).toEqual(['owner.multiple@C6', 'owner.multiple@C7']);
  });

  test('a header with a status word and no one named in it stays a header', async () => {
    // Hansard's schools opened: "Completed on time" heads a Yes/No column; nothing is due.
    const result = await check(
      workbook(
        sheet('BSF schools', [
          ['Building Schools for the Future Programme'],
          ['Local authority', 'School', 'Opened', 'Completed on time'],
          ['Bradford', 'Titus Salt School', 'September 2008', 'No'],
          ['Bradford', 'Tong High School', 'September 2008', 'No'],
          ['Bristol', 'Bristol Metropolitan College', 'April 2008', 'Yes'],
          ['Bristol', 'The Bridge Learning Campus', 'January 2009', 'No'],
          ['Kent', 'Ifield School (early win)', 'March 2008', 'Yes'],
        ]),
      ),
      { asOf: '2009-03-05' },
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('when each action is due, in years of the plan', () => {
  // Salford's Worsley tourism plan: the timescale column is headed by the plan's span.
  const plan = (...when: CellValue[]) =>
    check(
      workbook(
        sheet('Action Plan', [
          ['WORSLEY TOURISM ACTION PLAN'],
          ['Actions', 'Targets', 'Lead Agency', 'Year 1-5'],
          ...when.map((w, i) => [`1.${i + 1} Tourism action number ${i + 1}`, '• Target met', 'City Council', w]),
        ]),
      ),
      { asOf: '2003-01-01' },
    );

  test('"Year 1", "Year 1- 2", "Ongoing" under "Year 1-5" are deadlines in words', async () => {
    const result = await plan('Year 1', 'Year 1- 2', 'Ongoing', 'Year 1 then ongoing');
    expect(result.readings[0].columns[3].meaning).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@D3', 'deadline.vague@D4', 'deadline.vague@D5', 'deadline.vague@D6']);
  });

  test('three cells in five saying when make it the deadline; two in four do not', async () => {
    const other = 'Subject to the bid';
    const three = await plan('Year 1', 'Year 2', other, 'Ongoing', other);
    expect(three.readings[0].columns[3].meaning).toBe('deadline');
    const two = await plan('Year 1', other, 'Year 2', other);
    expect(two.readings[0].columns[3].meaning).not.toBe('deadline');
  });

  test('"1", "1-5" under "Year" beside a priority and an update: a plan with no lead, due in years of it', async () => {
    // Cairngorms' tourism plan: action, priority, year of the plan, update; no lead, no status.
    const result = await check(
      workbook(
        sheet('Annex 1', [
          ['HEADINGS', 'Action', 'Priority', 'Year', 'Update on activities at April 2005'],
          ['Environmental Management and Conservation'],
          [null, '1a Develop a process for tracking the state of the environment', 'High', '1', '-'],
          [null, '1b Encourage land managers to keep access open', 'High', '1-5', 'Courses run'],
          [null, '1c Keep the quality of landscape in development control', null, '1-5', '-'],
        ]),
      ),
      { asOf: '2005-04-20' },
    );
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result).sort()).toEqual([
      'deadline.vague@D3',
      'deadline.vague@D4',
      'deadline.vague@D5',
      'priority.missing@C5',
    ]);
  });

  test('outputs each with its year of the plan, a line each: due by the end of the last year named', async () => {
    // Cumbria's arts engagement plan (2008 – 2011): "Dance Leaflet Year 1", "… leaflet Year 3".
    const leaflets = (when: string, asOf: string) =>
      check(
        workbook(
          sheet('Delivery Plan', [
            ['ARTS ENGAGEMENT DELIVERY PLAN 2008 - 2011'],
            ['Aim', 'Actions', 'Partners', 'Timescale/targets'],
            ['1.1 High level advocacy', 'c). Production of a range of arts advocacy print', 'Arts Council', when],
          ]),
        ),
        { asOf },
      );
    const both = 'Dance Leaflet Year 1\nThe LAA and the Arts leaflet Year 3';
    expect(loud(await leaflets(both, '2010-12-31'))).toEqual([]);
    expect(loud(await leaflets(both, '2011-01-01'))).toEqual(['deadline.slipped@D3']);
    // (A line ending otherwise is no year of the plan.)
    expect(loud(await leaflets('Dance Leaflet Year 1\nThe LAA leaflet Year 3 and on', '2010-12-31'))).toEqual([
      'cell.unreadable@D3',
    ]);
  });

  test('financial years under "Year" are the year a line belongs to, not when it is due', async () => {
    const result = await plan('2003/04', '2004/05', '2003/04');
    expect(result.readings[0].columns[3].meaning).not.toBe('deadline');
  });
});

describe('a best value action plan with what each action saves', () => {
  // Waverley's housing improvement plan: "£000" alone under SAVINGS, a numbered target over its lines.
  const plan = (heading: string, unit: CellValue = '£000') =>
    check(
      workbook(
        sheet('Voids', [
          ['ACTION PLAN', 'BY WHOM', 'BY WHEN', 'PROGRESS', 'REVISED TIMETABLE', 'SAVINGS'],
          [null, null, null, null, null, unit],
          [heading],
          ['Consult tenants about their priorities', 'Service Review Group', 'December 2001', 'Done', 'Done', 0],
          [
            'Develop service standards with the Tenants’ Panel',
            'Head of Housing',
            'June 2002',
            'Ongoing',
            'February 2003',
            0,
          ],
          ['Determine the re-letting standard', 'Head of Housing', 'April 2002', 'Done', 'Done', 0],
        ]),
      ),
      { asOf: '2003-03-03' },
    );
  const target =
    'TARGET 1: Service Aims, Objectives and Standards That:\n· are responsive to customers’ needs\n· reflect legal requirements';

  test('is a plan: its revised dates, its group as owner and its slipped action are found; the target heads the lines', async () => {
    const result = await plan(target);
    expect(result.readings[0].kind).toBe('action-plan');
    expect(result.readings[0].headerRows).toEqual([1, 2]);
    expect(loud(result).sort()).toEqual(['deadline.revised-later@E5', 'deadline.slipped@C5', 'owner.not-a-person@B4']);
  });

  test('"£000" alone under a heading is its unit; "2002/03" alone is a heading of what follows', async () => {
    expect((await plan(target, '£000')).readings[0].headerRows).toEqual([1, 2]);
    expect((await plan(target, '2002/03')).readings[0].headerRows).toEqual([1, 1]);
  });

  test('"Objective 3 -" opens a heading however long; "Objectives were agreed." is no heading', async () => {
    expect(loud(await plan(`Objective 3 - ${'a long aim of the service, '.repeat(5)}`))).not.toContain(
      'owner.missing@B3',
    );
    expect(
      loud(await plan('Objectives were agreed by the panel, and the lines below set out how each is met.')),
    ).toContain('owner.missing@B3');
  });
});

describe('a best value action plan as proposed: what each action saves, and no progress yet', () => {
  // Waverley's voids improvement plan, as the committee saw it in April 2002.
  const plan = (whom: CellValue) =>
    check(
      workbook(
        sheet('Voids', [
          ['ACTION PLAN', 'BY WHOM', 'BY WHEN', 'BUDGET IMPLICATIONS', 'SAVINGS £000'],
          ['Identify customer profiles and consult them', whom, 'December 2001', 'Within existing budgets', 0],
          ['Develop service aims and standards', 'Head of Housing Maintenance', 'June 2002', 'As above', 0],
          ['Determine the re-letting standard', 'Head of Housing Maintenance', 'April 2002', 'As above', 0],
        ]),
      ),
      { asOf: '2002-04-02' },
    );

  test('is a plan of actions: who acts and by when are checked', async () => {
    const result = await plan('Service Review Group');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result).sort()).toEqual(['deadline.slipped@C2', 'owner.not-a-person@B2']);
  });
});

describe('a question whether each is done, as its status', () => {
  const ima = (question: string, answers: CellValue[]) =>
    check(
      workbook(
        sheet('IMA Action Plan', [
          ['R1 Actions', 'Priority', 'Timescale', 'Owner', question],
          ['Action 1.1 Refresh the knowledge management strategy', 'High', '30/09/2013', 'DS', answers[0]],
          ['Action 1.2 Agree the approach to records', 'Medium', '31/03/2013', 'JK', answers[1]],
          ['Action 1.3 Update our risk appetite', 'High', '30/04/2013', 'DS', answers[2]],
        ]),
      ),
      { asOf: '2013-01-31' },
    );

  test.each(['Delivered ? Yes/No', 'Delivered (Y/N)', 'Achieved?'])('"%s" still blank: no status yet', async (q) => {
    const result = await ima(q, [null, null, 'No']);
    expect(result.readings[0].columns[4].meaning).toBe('status');
    expect(loud(result)).toEqual(['status.missing@E2', 'status.missing@E3']);
  });

  test('"Delivered" over sums is what was delivered, not whether', async () => {
    const result = await ima('Delivered £', [1200, 3400, 560]);
    expect(result.readings[0].columns[4].meaning).not.toBe('status');
  });

  test('"Date" beside "Completed?" is when each report back is due', async () => {
    const result = await check(
      workbook(
        sheet('SCRAIP', [
          ['Dates to report back to Committee:'],
          ['Update', 'Date', 'Completed?', 'Note'],
          ['1st', 'Dec 2009', null, '6 months after publication'],
          ['2nd', 'June 2010', 'Yes', '12 months after publication'],
          ['3rd', 'Dec 2010', null, '18 months after publication'],
        ]),
      ),
      { asOf: '2010-08-01' },
    );
    expect(result.readings[0].columns[1].meaning).toBe('deadline');
    expect(loud(result).sort()).toEqual(['deadline.slipped@B3', 'status.missing@C3', 'status.missing@C5']);
  });
});

describe('an improvement plan written to tenants: what we said, our date, what we have done', () => {
  const plan = (done: string) =>
    check(
      workbook(
        sheet('Compliance', [
          ['We have looked into why these failings happened and we found that we need to:'],
          ['Improve how we use data on our homes so we can keep buildings and residents safe'],
          [],
          ['What we said we will do', 'Our target date', 'What we have done so far (October 2025)'],
          ['Complete a review of our legal health and safety duties', 'June 2025', 'Completed'],
          ['Carry out an electrical condition test on older homes', 'June 2025', done],
          ['Improve how we use inspection information', 'TBC', 'This work is underway and will be completed on time'],
        ]),
      ),
      { asOf: '2025-10-31' },
    );

  test('the updates say how each stands: one still short of done has slipped', async () => {
    const result = await plan('We have completed testing on 96% of homes; 4% could not be accessed');
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['action', 'deadline', 'status']);
    expect(loud(result)).toEqual(['deadline.slipped@B6', 'deadline.vague@B7']);
  });

  test('an update saying the work is now complete has not slipped', async () => {
    expect(loud(await plan('All homes not tested on time at the inspection are now complete'))).toEqual([
      'deadline.vague@B7',
    ]);
  });
});

describe('progress written as headlines: the thing named, then the word that says it was done', () => {
  // After a city council's housing delivery action plan, its progress column at June 2010.
  const plan = (progress: string) =>
    check(
      workbook(
        sheet('Action Plan', [
          ['Project Milestones', 'Date', 'Officer', 'Progress to date'],
          ['Initiate a site assembly register', 'September 2009', 'HP', progress],
          ['Identify a small council site for a pilot', 'December 2009', 'HP', 'Issue remains under review'],
        ]),
      ),
      { asOf: '2010-06-03' },
    );

  test('"Asset review undertaken under …" and "Forums held on 19th May 2009" say the milestone is done', async () => {
    expect(loud(await plan('Asset review undertaken under Social Housing Delivery Group oversight'))).toEqual([
      'deadline.slipped@B3',
    ]);
    expect(loud(await plan('Forums held on 19th May 2009 and November 2009'))).toEqual(['deadline.slipped@B3']);
  });

  test('a step someone took, a draft, or more to come is no headline of the milestone done', async () => {
    for (const progress of [
      'Clerk has set up a group for the other councils to join',
      'Draft register published for consultation with the partners',
      'Register published for consultation; responses will be reported in July',
      'No register published yet, pending the asset review',
    ])
      expect(loud(await plan(progress))).toEqual(['deadline.slipped@B2', 'deadline.slipped@B3']);
  });
});

describe('an internal audit plan progress report', () => {
  test('each audit reviewed with its status is a line of the plan: a blank status is found', async () => {
    const result = await check(
      workbook(
        sheet('Appendix 1', [
          ['Audit review', 'Planned days', 'Actual days', 'Status', 'Assurance Opinion'],
          ['Governance and business effectiveness'],
          ['Overall governance and risk management', 3, 1, 'Ongoing', 'N/A'],
          ['Management of change', 10, 9, 'Final', 'Substantial'],
          ['General ledger', 6, 0, null, 'N/A'],
          ['Treasury management', 4, 0, 'Not started', 'N/A'],
        ]),
      ),
      { asOf: '2023-11-28' },
    );
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['status.missing@D5']);
  });
});

describe('a running number beside the sheet’s own references', () => {
  const tracker = (numbers: CellValue[]) =>
    check(
      workbook(
        sheet('Tracker', [
          ['No.', 'Ref', 'Recommendation', 'Responsible officer', 'Target date'],
          [numbers[0], 'IA-23/04', 'Review the debtors policy', 'Head of Finance', '31/03/2027'],
          [numbers[1], 'IA-23/05', 'Reconcile the bank weekly', 'Head of Finance', '31/03/2027'],
          [numbers[2], 'IA-23/05', 'Train the cashiers', 'Head of Finance', '31/03/2027'],
        ]),
      ),
      { asOf: '2026-12-01' },
    );

  test('1, 2, 3 counts the lines: the references are the "Ref" column, and a repeated one is found', async () => {
    const result = await tracker([1, 2, 3]);
    expect(result.readings[0].columns[1].meaning).toBe('id');
    expect(loud(result)).toEqual(['id.duplicate@B4']);
  });

  test('numbers that skip (1, 2, 4) are references of their own: the first reference column stays the reference', async () => {
    expect((await tracker([1, 2, 4])).readings[0].columns[0].meaning).toBe('id');
  });
});

describe('a plan headed by questions, each action with its update on the row beneath', () => {
  // AS_OF is 14 June 2010.
  const plan = (firstUpdate: string) =>
    check(
      workbook(
        sheet('Farming and Forestry', [
          ['YOUR ACTION PLAN 2010'],
          [
            'What we are trying to achieve',
            null,
            'How are we going to do it?',
            'Who will deliver it?\nLead organisation (in bold) and partner organisations',
            'How will it be resourced?',
            'When will it be delivered?',
          ],
          [
            'A policy framework for upland farming',
            '001',
            'Influence the shape of national programmes',
            'Upland Federation',
            'Within existing resources',
            '2009',
          ],
          ['Update 2010', firstUpdate],
          [
            'A policy framework for upland farming',
            '002',
            'Apply evidence from Farming Futures to new schemes',
            'Natural England',
            'External funding',
            '2009',
          ],
          ['Update 2010', 'The principles have been used to look at future schemes; work continues.'],
        ]),
      ),
    );

  test('the questions head the columns, and an update row is no action of its own', async () => {
    const result = await plan('Completed 2009');
    const meanings = result.readings[0].columns.map((c) => c.meaning);
    expect(meanings.slice(2)).toEqual(['action', 'owner', 'not used', 'deadline']);
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [4, 'update'],
      [6, 'update'],
    ]);
    // The first is done, by its update; the second's update says work continues, so it is overdue.
    expect(loud(result)).toEqual(['deadline.slipped@F5']);
  });

  test('an update that does not say it is done leaves the action open', async () => {
    expect(loud(await plan('Discussions with partners continue.'))).toEqual([
      'deadline.slipped@F3',
      'deadline.slipped@F5',
    ]);
  });
});

describe('a progress report on numbered actions: "Ref | Action | Achievements"', () => {
  const report = (header: CellValue[], secondRef: string) =>
    check(
      workbook(
        sheet('Improvement Plan', [
          ['HMICFRS Improvement Plan'],
          [],
          header,
          ['E1.1', 'Review the Home Safety Check policy and its procedures.', 'Draft procedure ready for approval'],
          [secondRef, 'Train all relevant staff to deliver Safe and Well checks.', 'Training programme under way'],
          ['E1.3', 'Set up a vulnerable person module.', 'Module established'],
        ]),
      ),
      { asOf: '2020-08-31' },
    );

  test('is a plan whose references are checked, though it names no owner, date or status', async () => {
    const result = await report(['Ref:', 'Action:', 'Achievements:'], 'E1.1');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['id.duplicate@A5']);
  });

  test('with no column of references it is a list of actions, left alone', async () => {
    const result = await report(['Area:', 'Action:', 'Achievements:'], 'E1.1');
    expect(result.readings[0]?.kind ?? 'skipped').toBe('skipped');
  });
});

describe('a "Lead Directorate" or "Responsible Team" column: the part of the council that leads', () => {
  const plan = (lead: string) =>
    check(
      workbook(
        sheet('Plan', [
          ['Ref', 'Action', lead, 'Timeline', 'Status'],
          [1, 'Review the allocations policy', 'Housing', 'March 2025', 'In progress'],
          [2, 'Publish the asset strategy', 'Finance and Resources', 'June 2025', 'Open'],
          [3, 'Train staff in the new system', null, 'December 2025', 'Not started'],
        ]),
      ),
      { asOf: '2024-09-30' },
    );

  test.each(['Lead Directorate', 'Lead Dept', 'Responsible Team'])(
    '"%s": a directorate or team is the answer; a blank names none',
    async (lead) => {
      expect(loud(await plan(lead))).toEqual(['owner.missing@C4']);
    },
  );

  test.each(['Key contact', 'Allocated to', 'Team Leader'])(
    '"%s" asks for a person: a directorate is none',
    async (lead) => {
      expect(loud(await plan(lead))).toEqual(['owner.not-a-person@C2', 'owner.not-a-person@C3', 'owner.missing@C4']);
    },
  );
});

describe('a "Section" column: the part of the council that leads', () => {
  const plan = (sections: CellValue[]) =>
    check(
      workbook(
        sheet('Natural Resource Use', [
          ['Detailed objectives', 'Section', 'Comments \\ Current status'],
          [
            'Improve domestic energy efficiency by 30% over a 10 year period (based on 1995/96 figures) TARGET DATE: End of March 2006',
          ],
          ['Offer discounted energy-saving products', sections[0], 'Offered with the Energy Efficiency Advice Centre'],
          ['Promote renewable energy sources where possible', sections[1], 'Discounted solar water heating offered'],
          ['Provide free low energy light bulbs', sections[2], 'About 600 bulbs given out over the year'],
        ]),
      ),
      { asOf: '2002-09-23' },
    );

  test('one section leads; a section and a post beside it share the lead; a blank names none', async () => {
    const result = await plan([
      'Environmental Health (Residential) (EL)',
      'Environmental Health (Residential) (EL) & Environmental Co-ordinator (EL)',
      null,
    ]);
    // (The long objective over the actions is their heading, not an action with no section.)
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([[2, 'section heading']]);
    expect(loud(result)).toEqual(['owner.multiple@B4', 'owner.missing@B5']);
  });

  test('a section named with "&" in it is one section', async () => {
    const result = await plan(['Parks & Leisure (EL)', 'Environmental Health (EL)', 'Parks & Leisure (EL)']);
    expect(loud(result)).toEqual([]);
  });

  test('"and" a second organisation, or after a name closed by its acronym, is two leads', async () => {
    const result = await plan([
      'Public Health and Lincolnshire Police',
      'Department of Health and Social Care (DHSC) and coroners',
      "Children and Young People's Services",
    ]);
    expect(loud(result)).toEqual(['owner.multiple@B3', 'owner.multiple@B4']);
  });
});

describe('a minute number and subject over the actions that came from it', () => {
  const actions = (secondRef: string | null) =>
    check(
      workbook(
        sheet('Summary List of Actions', [
          ['Minute\nitem', 'Subject and action required', 'Status', 'Action by'],
          ['7.', 'Question and Answer Session with the Mayor’s Office for Policing and Crime'],
          [null, 'The Deputy Mayor agreed to arrange a meeting on body-worn video.', 'In progress.', 'Deputy Mayor'],
          [
            secondRef,
            'The Deputy Commissioner agreed to provide further details.',
            'In progress.',
            'Deputy Commissioner',
          ],
        ]),
      ),
      { asOf: '2021-02-24' },
    );

  test('heads them: it is no action missing its owner and status', async () => {
    const result = await actions(null);
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([[2, 'section heading']]);
    expect(loud(result)).toEqual([]);
  });

  test('with no action under it (the next line has its own number) it is an action, and incomplete', async () => {
    const result = await run(
      [
        ['Minute\nitem', 'Subject and action required', 'Status', 'Action by'],
        ['7.', 'Question and Answer Session with the Mayor’s Office for Policing and Crime'],
        ['8.', 'The Deputy Commissioner agreed to provide further details.', 'In progress.', 'Deputy Commissioner'],
        ['9.', 'The Chair agreed to write to the Mayor.', 'Completed.', 'Chair'],
      ],
      '2021-02-24',
    );
    expect(loud(result)).toEqual(['status.missing@C2', 'owner.missing@D2']);
  });
});

describe('a checklist printing "Yes" and "No" on every line', () => {
  test('prints the choices to tick, not each line’s status: it is no plan', async () => {
    const result = await run(
      [
        ['1. Book-Keeping', null, null, null, 'Comments & Recommendations'],
        ['1.1', 'Ledger maintained & up to date?', 'Yes', 'No', 'The accounts are balanced monthly.'],
        ['1.2', 'Arithmetic correct?', 'Yes', 'No', 'Checks confirmed the cashbook was correct.'],
        ['1.3', 'Evidence of internal control?', 'Yes', 'No', 'Internal audit and a risk assessment policy.'],
        ['1.4', 'VAT evidence, recording and reclaimed?', 'Yes', 'No', 'VAT is recovered annually.'],
      ],
      '2016-05-12',
    );
    expect(loud(result)).toEqual([]);
  });

  test('answers that differ from line to line are each line’s status', async () => {
    const result = await run(
      [
        ['Ref', 'Action', 'Done?', 'Comments'],
        ['1.1', 'Ledger maintained & up to date', 'Yes', 'The accounts are balanced monthly.'],
        ['1.2', 'Arithmetic checked', 'No', 'To be checked at year end.'],
        ['1.3', 'Internal control evidenced', 'Yes', 'Internal audit and a risk assessment policy.'],
        ['1.4', 'VAT reclaimed', null, 'VAT is recovered annually.'],
      ],
      '2016-05-12',
    );
    expect(loud(result)).toEqual(['status.missing@C5']);
  });
});

describe('a plan whose lead column has no heading', () => {
  // AS_OF is 14 June 2010.
  const plan = (leads: CellValue[]) =>
    check(
      workbook(
        sheet('Race Equality Action Plan', [
          ['2010 - 2015'],
          ['Objective Area', '5 Year Aim', null, null, 'Completion Year', 'Outcomes /Targets'],
          ['1. Addressing Institutional Racism'],
          [
            '1. Adopt the Race Equality Scheme',
            'The scheme will drive change.',
            'Compliance with the Act',
            leads[0],
            'Sept 10',
            null,
          ],
          [
            '2. Adopt the Race Equality Action Plan',
            'The plan will mainstream race equality.',
            'Compliance with the Act',
            leads[1],
            'Sept 10',
            null,
          ],
          [
            '3. Launch the scheme in public',
            'A clear and public commitment.',
            'A public commitment',
            leads[2],
            'Oct 10',
            'Public promotion',
          ],
          [
            '4. Assess the impact of all services',
            'Priority areas for tackling inequality.',
            'Priorities set',
            leads[3],
            'Oct 12',
            'All assessed by Oct 11',
          ],
        ]),
      ),
    );

  test('reads the lead from cells naming people: several together, and none, are found', async () => {
    const result = await plan(['LG, DG, Executive, CJ', 'Liz Green', null, 'Dan Grey']);
    expect(result.readings[0].columns.find((c) => c.column === 4)?.meaning).toBe('owner');
    expect(loud(result)).toEqual(['owner.multiple@D4', 'owner.missing@D6']);
  });

  test('a blank-headed column of bodies alone is not taken for the lead', async () => {
    const result = await plan(['The Executive', 'The Council', null, 'The Executive']);
    expect(result.readings[0].columns.find((c) => c.column === 4)?.meaning).not.toBe('owner');
  });
});

describe("a local plan's timetable: milestones that are meetings, and their dates", () => {
  const timetable = (council: CellValue) =>
    run(
      [
        ['Milestone', 'Date'],
        ['OSC', '23 November 2020'],
        ['Cabinet', '25 November 2020'],
        ['Full Council (publication and submission)', council],
        ['Submission', 'March 2021'],
        ['Examination', 'summer 2021'],
      ],
      '2020-11-01',
    );

  test('the meetings are the milestones, not who acts; the dates are when each is due', async () => {
    const result = await timetable('16 January 2021');
    expect(meaningOf(result, 'Milestone')).toBe('action');
    expect(meaningOf(result, 'Date')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@B6']);
  });

  test('a milestone dated before the as-of date and still to come has slipped', async () => {
    expect(loud(await timetable('16 January 2020'))).toEqual(['deadline.slipped@B4', 'deadline.vague@B6']);
  });
});

describe('a timetable printed as lines with no header, under a sentence that names it', () => {
  const lines = (leadIn: string, first: CellValue[] = []) =>
    run(
      [
        ['Local Development Scheme'],
        [],
        [leadIn],
        [],
        ...(first.length > 0 ? [first] : []),
        ['Report to Development Control Committee and the Executive', 'June 2017'],
        ['Report to Full Council to approve submission', 'June 2017'],
        ['Submission to the Secretary of State', null],
        ['Examination', 'Summer/Autumn 2017'],
        ['Adoption of the Local Plan', 'early 2018'],
      ],
      '2017-03-01',
    );

  test('the stages are its actions and the last column when each is due', async () => {
    expect(loud(await lines('The revised timescale for the Local Plan is:'))).toEqual([
      'deadline.missing@B7',
      'deadline.vague@B8',
      'deadline.vague@B9',
    ]);
  });

  test('with no sentence naming a timetable, or one naming meetings, the lines are left alone', async () => {
    expect(loud(await lines('The following reports are expected:'))).toEqual([]);
    expect(loud(await lines('The timetable of meetings is:'))).toEqual([]);
  });

  test('a sentence saying when things were done ("was reported … on the following dates") sets no timetable', async () => {
    expect(loud(await lines('The Programme was reported to each of the partners on the following dates:'))).toEqual([]);
    // (The same dates as the programme's stages to come are its timetable.)
    expect(loud(await lines('The Programme will be reported to each of the partners on the following dates:'))).toEqual(
      ['deadline.missing@B7', 'deadline.vague@B8', 'deadline.vague@B9'],
    );
  });

  test('a first line of headings ("Stage | Dates") is a header, and the lines are not read as a list', async () => {
    expect(loud(await lines('The revised timescale for the Local Plan is:', ['Stage', 'Dates']))).toEqual([]);
  });
});

describe('a programme under a sentence naming it, its lines grouped under region names, headed in its own words', () => {
  const programme = (group: string) =>
    run(
      [
        ['Fire Services'],
        ['Within a region, authorities will then cut over in turn. The programme for each is as follows:'],
        [],
        ['Fire and Rescue Authority', 'Control room functions cut-over'],
        [group],
        ['Derbyshire', 'October 2009'],
        ['Leicestershire', 'January 2010'],
        ['Northamptonshire', 'tbc'],
        ['North East'],
        ['Durham and Darlington', 'January 2010'],
        ['Tyne and Wear', 'October 2007'],
      ],
      '2008-06-02',
    );

  test('the words over the times head the table; a region named alone heads its lines', async () => {
    const result = await programme('East Midlands');
    expect(meaningOf(result, 'Control room functions cut-over')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@B8', 'deadline.slipped@B11']);
  });

  test('four words name a group; a line of five with no time is a stage whose time is missing', async () => {
    expect(loud(await programme('East Midlands Fire Authorities'))).not.toContain('deadline.missing@B5');
    expect(loud(await programme('Transfer of East Midlands calls'))).toContain('deadline.missing@B5');
  });
});

describe('a project action plan: sub-actions by bullet, "Action Completed by:" and the last sub-actions left blank', () => {
  const plan = (lastOwner: string | null) =>
    run(
      [
        ['Project Action Plan'],
        ['Action:', 'Sub Action:', 'Action by:', 'Action Completed by:', 'Progress:'],
        [
          'Produce Discussion Document',
          '· gather feedback from Senior Users',
          'Jean Kitchin',
          'February 2002',
          'Complete',
        ],
        [null, '· identify the barriers', 'Jean Kitchin', 'February 2002', 'Complete'],
        ['Build a Balanced Scorecard', '· carry out survey', 'Jean Kitchin', 'May 2002', 'In progress'],
        [null, '· analyse baseline findings', 'Jean Kitchin', 'June 2002', 'In progress'],
        [null, '· set targets for achievement', lastOwner, null, null],
        [null, '· develop action plans for improvement'],
      ],
      '2002-03-06',
    );

  test('"Action Completed by:" is the date each is due; bulleted sub-actions after the last full line are items', async () => {
    const result = await plan(null);
    expect(meaningOf(result, 'Action Completed by:')).toBe('deadline');
    expect(loud(result)).toEqual([
      'owner.missing@C7',
      'deadline.missing@D7',
      'status.missing@E7',
      'owner.missing@C8',
      'deadline.missing@D8',
      'status.missing@E8',
    ]);
  });

  test('a line of words with no bullet after the table is a note, not an item', async () => {
    const result = await run(
      [
        ['Action:', 'Sub Action:', 'Action by:', 'Action Completed by:', 'Progress:'],
        ['Produce Discussion Document', '· gather feedback', 'Jean Kitchin', 'February 2002', 'Complete'],
        [null, '· identify the barriers', 'Jean Kitchin', 'February 2002', 'Complete'],
        [null, '· present findings', 'Jean Kitchin', 'May 2002', 'In progress'],
        [null, 'Source: project board papers'],
      ],
      '2002-03-06',
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a project status report: its programme manager, and a colour key under the line', () => {
  const report = (key: CellValue[]) =>
    run(
      [
        ['Project Name', 'Programme Manager', 'Month', 'Project Number', 'Status'],
        ['Town Centre Regeneration', 'James Wilson', 'November 2009', '24886', 'amber'],
        ['Station Quarter', null, 'November 2009', '24887', 'green'],
        [],
        key,
      ],
      '2009-11-30',
    );

  test('"Programme Manager" is who leads; a row of colours and what each means is a key, not a project', async () => {
    const result = await report([
      'Green - No issues.',
      'Amber Project Board can handle any issues.',
      'Red Project Board need input',
    ]);
    expect(meaningOf(result, 'Programme Manager')).toBe('owner');
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([[5, 'key']]);
    expect(loud(result)).toEqual(['owner.missing@B3']);
  });

  test('a project whose name starts with a colour is a project, not a key', async () => {
    const one = await report(['Green spaces strategy', 'Sarah Jones', 'November 2009', '24888', 'green']);
    expect(one.readings[0].skippedRows).toEqual([]);
  });
});

describe("a joint committee's minutes: items noted and agreed, no action arising from any", () => {
  const minutes = (action: string | null) =>
    run(
      [
        ['Item', 'Description/Resolution', 'Status', 'Action'],
        ['30', 'Apologies for Absence. There were no apologies.', 'Noted', null],
        ['31', 'Declarations of Interest. There were none.', 'Noted', null],
        ['32', 'Minutes of the Last Meeting. Agreed as a correct record.', 'Agreed', null],
        ['33', 'Performance Management Report. Report attached.', null, action],
      ],
      '2010-03-29',
    );

  test('with the action column empty on every line, nothing is asked, so no status is missing', async () => {
    expect(loud(await minutes(null))).toEqual([]);
  });

  test('an action arising on one line is asked, and its status is missing', async () => {
    expect(loud(await minutes('Head of Shared Services to report in June'))).toEqual(['status.missing@C5']);
  });

  const longer = (actions: number) =>
    run(
      [
        ['Item', 'Description/Resolution', 'Status', 'Action'],
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [
          String(n),
          `Minute ${n}. Discussed and noted.`,
          null,
          n > 8 - actions ? `Officer ${n} to report back` : null,
        ]),
      ],
      '2009-01-19',
    );

  test('with actions on a quarter of the lines, the minutes with none ask nothing', async () => {
    expect(loud(await longer(2))).toEqual(['status.missing@C8', 'status.missing@C9']);
  });

  test('with actions on more than a quarter, each line with none is an item whose status is missing', async () => {
    expect(loud(await longer(3))).toHaveLength(8);
  });
});

describe('scrutiny reviews in progress, each with its chair', () => {
  test('"Chair" says who leads each review: a blank is no one, two councillors are no single lead', async () => {
    const result = await run(
      [
        ['The current reviews in progress are:'],
        ['No.', 'Task and Finish Group', 'Chair'],
        ['1', 'Communications Task and Finish Group', 'Councillor J. Brunner'],
        ['2', 'District Centres Task and Finish Group', 'Councillor A. Fry'],
        ['3', 'Fees and Charges Task and Finish Group', null],
        ['4', 'Gypsy and Travellers Task and Finish Group', 'Councillor P. Hill / Councillor B. Passingham'],
      ],
      '2007-12-01',
    );
    expect(meaningOf(result, 'Chair')).toBe('owner');
    expect(loud(result)).toEqual(['owner.missing@C5', 'owner.multiple@C6']);
  });
});

describe('recommendations numbered 1 and 2 over their actions 1a, 1b, 2a', () => {
  test('the numbered recommendations are headings; the lettered actions are the items checked', async () => {
    const result = await run(
      [
        ['No.', 'Recommendation', 'Priority high/medium/low', 'Timescale', 'Owner'],
        ['1', 'DWP should ensure that it has a holistic strategy for information management'],
        ['1a', 'Establishing a board level senior champion', 'high', '31/07/2015', 'Head of Knowledge Management'],
        [
          '1b',
          'Using the senior champion to promote the strategy',
          'high',
          '31/08/2015 onwards',
          'Head of Knowledge Management',
        ],
        ['2', 'DWP needs to establish concrete plans to implement the strategy'],
        ['2a', 'Defining business requirements', 'high', '31/07/2015', null],
      ],
      '2015-06-30',
    );
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [2, 'section heading'],
      [5, 'section heading'],
    ]);
    expect(loud(result)).toEqual(['deadline.vague@D4', 'owner.missing@E6']);
  });
});

describe("a tenant involvement plan printed over pages: 'Year 1 – March 2017', teams with tenants, '1|P a g e'", () => {
  test('the year of the plan before a month is that month; the page foot is no action; a team and tenants are no one person', async () => {
    const result = await run(
      [
        ['Aims', 'Action', 'Who by', 'When', 'Outcome'],
        [
          'Review the forum',
          'Review operational guidelines',
          'Head of Tenant Involvement',
          'Year 1 – March 2017',
          'New forum',
        ],
        [null, 'Devise election guidelines', 'Head of Tenant Involvement', 'Year 1 – March 2017', 'Fair elections'],
        ['1|P a g e'],
        [
          null,
          'Conduct annual Mystery Shopping exercises',
          'Tenant Involvement Team\nand tenants',
          'Year 1 – March 2017',
          'Improve services',
        ],
      ],
      '2017-03-14',
    );
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([[4, 'note']]);
    expect(loud(result)).toEqual(['owner.not-a-person@C5']);
  });
});

describe("a service improvement plan: coded priorities over their stages, one stage's date left out", () => {
  test('"PS1.2. Regeneration DPD" is a heading by its code; the plain stage alone on its line is an item with no deadline', async () => {
    const result = await run(
      [
        ['Key actions', 'By when', 'Outcomes and Success Criteria'],
        ['Submit Core Strategy to Secretary of State', 'June 2009', 'Deadlines met'],
        ['Pre-examination meeting'],
        ['Adopt Core Strategy', 'March 2010', 'Found sound'],
        ['PS1.2. Regeneration DPD'],
        ['Publication consultation', 'October 2009'],
        ['Submission to Secretary of State', 'January 2010'],
      ],
      '2009-04-01',
    );
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([[5, 'section heading']]);
    expect(loud(result)).toEqual(['deadline.missing@B3']);
  });
});

describe('attainment by year group under "Year 1 (4 pupils)"', () => {
  test('percentages by year group are results, not when anything is due', async () => {
    const result = await run(
      [
        ['Pupil Premium Planned Spending Breakdown', 'Brief Details', 'Planned Expenditure', 'Impact'],
        ['Monitoring of attendance', 'Ensuring that PP pupils are attending school', 1000, 'Attendance 94%'],
        ['Funding for all trips, visits and clubs', 'Extra-curricular inclusion', 9000, 'All funded'],
        ['Total', null, 10000],
        ['For full analysis of closing the gaps see the tables below'],
        ['Subject', 'Year 1 (4 pupils)', 'Year 2 (6 pupils)', 'Year 3 (3 pupils)'],
        [
          'Reading',
          '40% ARE Autumn 1 80% ARE Summer 2',
          '0% ARE Autumn 1 86% ARE Summer 2',
          '0% ARE Autumn 1 33% ARE Summer 2',
        ],
        [
          'Writing',
          '20% ARE Autumn 1 80% ARE Summer 2',
          '16% ARE Autumn 1 86% ARE Summer 2',
          '0% ARE Autumn 1 33% ARE Summer 2',
        ],
      ],
      '2017-09-30',
    );
    expect(loud(result)).toEqual([]);
  });
});

describe('a partnership plan: coded actions under plain themes, led by "Lead/key players"', () => {
  test('the theme between coded actions is a heading; one organisation leads, three share the lead', async () => {
    const result = await run(
      [
        ['Action', 'Lead/key players', 'Timescale', 'Target/milestones'],
        ['TF1. Foster a joined-up approach to tackling tobacco', 'RMBC', 'March 2014', 'Review the Alliance'],
        ['Data and Intelligence'],
        [
          'TF2. Ensure that robust data is used',
          'Public Health, Public Protection, Business Intelligence',
          'March 2014',
          'Review literature',
        ],
        ['TF3. Survey smoking in workplaces', 'Public Health', 'March 2014', 'Survey done'],
      ],
      '2013-05-31',
    );
    expect(meaningOf(result, 'Lead/key players')).toBe('owner');
    expect(result.readings[0].skippedRows.map((r) => [r.row, r.reason])).toEqual([[3, 'section heading']]);
    expect(loud(result)).toEqual(['owner.multiple@B4']);
  });
});

describe('columns a plan fills with placeholders or dates', () => {
  test('"N/A" on every line of a cost column is no status: the actions are still open and overdue', async () => {
    const result = await check(
      workbook(
        sheet('Appendix 5', [
          ['Actions', 'Responsible Person', 'Target Date', 'Cost Implications Capital', 'Outcome Measures'],
          ['1. Increase arts developments service', 'John Metcalfe', 'April 2003', 'N/A', 'Delivery of outcomes'],
          ['2. Provide administrative support', 'John Metcalfe', 'April 2003', 'N/A', 'Delivery of outcomes'],
          ['3. Establish an arts diary', 'John Metcalfe', 'April 2004', 'n/a', 'Enhanced image'],
        ]),
      ),
      { asOf: '2003-07-21' },
    );
    expect(loud(result)).toEqual(['deadline.slipped@C2', 'deadline.slipped@C3']);
  });

  test('"Target" over a date and no figure is when each task is due, not a saving', async () => {
    const tasks = (target: string | number) =>
      check(
        workbook(
          sheet('Action plan', [
            ['Task', 'Responsibility', 'Monitoring', 'Target', 'Success criteria'],
            ['Task 1: Meet the recovery milestones', 'All', 'Monthly review', null, 'Milestones met'],
            ['Task 2: Review policies and procedures', 'EHM, TL, EH officers', 'Monthly review', target, 'Reviewed'],
          ]),
        ),
        { asOf: '2023-09-21' },
      );
    const dated = await tasks('March 2024');
    expect(dated.readings[0].kind).toBe('action-plan');
    expect(loud(dated)).toEqual(['owner.not-a-person@B2', 'deadline.missing@D2', 'owner.multiple@B3']);
    // A figure there is a target to save: the table is no plan of dated tasks.
    expect((await tasks(25000)).readings[0].kind).not.toBe('action-plan');
  });
});

describe('a recommendations update whose copy kept only some headings', () => {
  const update = (header: (string | null)[], lastLead: string | null = 'Christian Scade / Poppy Brewer') =>
    check(
      workbook(
        sheet('SCRAIP Update', [
          ['Strategic Leadership and Corporate Services Overview & Scrutiny Committee – SCRAIP Update'],
          [],
          header,
          [
            'That the Mid Kent Services Director report back to a December joint meeting on an interim update',
            null,
            'This has been included as an item (date TBC) on the Committee work programme.',
            'Christian Scade',
          ],
          [
            'That a Task and Finish Group of two representatives from each council be established',
            null,
            'A task group has been set up and will meet for the first time in September.',
            null,
          ],
          [
            'That the Task and Finish Group for MKIP report back to a December joint meeting',
            null,
            'This will be picked up as part of the scoping for the review.',
            lastLead,
          ],
        ]),
      ),
      { asOf: '2014-09-02' },
    );

  test('"Cabinet Member" over a column the copy lost, beside "Lead Officer": the sentences are the items', async () => {
    const result = await update([null, 'Cabinet Member', null, 'Lead Officer']);
    expect(loud(result)).toEqual(['owner.missing@D5', 'owner.multiple@D6']);
    expect(result.readings[0].columns[0].meaning).toBe('action');
  });

  test('"Lead Officer" named on fewer than half the lines heads no plan of them', async () => {
    const result = await update([null, 'Cabinet Member', null, 'Lead Officer'], null);
    expect(result.readings.filter((r) => r.kind === 'action-plan')).toEqual([]);
  });
});

describe('two columns headed as the action', () => {
  const progress = (...states: string[]) =>
    check(
      workbook(
        sheet('Progress', [
          ['Recommendation', 'By', 'RBFRS action', 'Action'],
          ...states.map((state, i) => [
            `Recommendation ${i + 4}`,
            '01/10/2023',
            'We have mechanisms for feedback.',
            state,
          ]),
        ]),
      ),
      { asOf: '2024-04-30' },
    );

  test('the one holding status words is how each stands: a complete one is not overdue', async () => {
    expect(loud(await progress('In Progress', 'Complete', 'In progress'))).toEqual([
      'deadline.slipped@B2',
      'deadline.slipped@B4',
    ]);
  });

  test('with words of another kind there, it stays the action', async () => {
    const result = await progress('Review the policy', 'Complete', 'Publish the plan');
    expect(result.readings[0].columns.find((c) => c.letter === 'D')?.meaning).toBe('action');
  });
});

describe('"Activity | Date | By": what, by when and by whom', () => {
  const plan = (by: string | null, activity = 'Access to Walpole Ward Forum £1,000 grant facilitated') =>
    check(
      workbook(
        sheet('Project Plan', [
          ['Activity', 'Date', 'By'],
          ['WECNF Designated', 'MAR 2017', by],
          [activity, 'MAY 2017', by],
          ['Upgrade Web Site', 'JUNE 2017', by],
          ['Information Leaflet Printed and Hand Distributed', 'JULY 2017', by],
          ['Community Engagement programme completed', 'AUG 2017', by],
        ]),
      ),
      { asOf: '2016-06-06' },
    );

  test('"By" with no dates under it, beside the dates, asks by whom: left blank, the plan names nobody', async () => {
    const result = await plan(null);
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['action', 'deadline', 'owner']);
    expect(loud(result)).toEqual([
      'owner.missing@C2',
      'owner.missing@C3',
      'owner.missing@C4',
      'owner.missing@C5',
      'owner.missing@C6',
    ]);
  });

  test('with names under it, each names who does the activity', async () => {
    expect(loud(await plan('Jane Smith'))).toEqual([]);
  });

  test('activities in words, one in five with a sum in it, are the actions, not activity figures', async () => {
    const result = await plan('Jane Smith');
    expect(result.readings[0].columns[0].meaning).toBe('action');
  });
});

describe('"Targets" in words beside actions, who leads them and how they stand', () => {
  const plan = (targets: string | number) =>
    check(
      workbook(
        sheet('Neighbourhood Action Plan', [
          ['Ref No', 'Objective', 'Action', 'Delivery Led By', 'Targets', 'Status'],
          [
            '1.1',
            'Support the local Health Action Partnership',
            'Engage with the partnership',
            'Julie Smith / HAP',
            targets,
            null,
          ],
          ['2.1', 'Reduce crime and disorder', 'LPDG to monitor crime levels', 'Inspector Jones / LPDG', targets, null],
        ]),
      ),
      { asOf: '2007-04-01' },
    );

  test('say what each aims at: the table is a plan, its blank statuses missing', async () => {
    const result = await plan('Reduce smoking prevalence across the area');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['owner.multiple@D2', 'status.missing@F2', 'owner.multiple@D3', 'status.missing@F3']);
  });

  test('figures there are sums to save: no plan of actions', async () => {
    expect((await plan(25000)).readings[0].kind).not.toBe('action-plan');
  });
});

describe('"No. | Action | By" over initials: by whom, not by when', () => {
  const actions = (by: CellValue[]): CellValue[][] => [
    ['Summary of actions from the meeting'],
    ['No.', 'Action', 'By'],
    ['1', 'RA will email all his presentation to the group.', by[0]],
    ['2', 'JB to update the timeline and distribute to all.', by[1]],
    ['3', 'MF to send out the updated Steering Group list.', by[2]],
    ['4', 'MO to check on the status of the trout project.', by[3]],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Actions', rows)), { asOf: '2014-06-30' });

  test('initials and names are who acts: two, a body or nobody are flagged, no deadline is vague', async () => {
    expect(loud(await run(actions(['RA', 'JB', 'MF', 'MO'])))).toEqual([]);
    expect(loud(await run(actions(['RA', 'Julia and Mike', 'the group', null])))).toEqual([
      'owner.multiple@C4',
      'owner.not-a-person@C5',
      'owner.missing@C6',
    ]);
  });

  test('dates under "By" are still when', async () => {
    const dated = await run(actions(['May 2014', 'July 2014', 'September 2014', 'RA']));
    expect(meaningOf(dated, 'By')).toBe('deadline');
  });
});

describe('"Action No. | Action: | To be completed by:" over who is to complete each', () => {
  // After a safeguarding board's summary of actions: the heading could ask when; the cells say who.
  const summary = (by: CellValue[]) =>
    check(
      workbook(
        sheet('Actions', [
          ['Action No.', 'Page No.', 'Action:', 'To be completed by:'],
          ...by.map((who, i) => [i + 1, 4, `Board papers ${i + 1} to be circulated to members`, who]),
        ]),
      ),
      { asOf: '2015-01-09' },
    );

  test('a person on every line that says, two lines or more, is who: a line naming nobody misses its owner', async () => {
    const result = await summary(['Ms Beattie', 'Ms Beattie', null]);
    expect(meaningOf(result, 'To be completed by:')).toBe('owner');
    expect(loud(result)).toEqual(['owner.missing@D4']);
  });

  test('one name is too few, and a body among the names, or a date, leaves it the deadline', async () => {
    expect(meaningOf(await summary(['Ms Beattie', null, null]), 'To be completed by:')).toBe('deadline');
    expect(meaningOf(await summary(['Ms Beattie', 'the Board', null]), 'To be completed by:')).toBe('deadline');
    expect(meaningOf(await summary(['Ms Beattie', 'March 2015', null]), 'To be completed by:')).toBe('deadline');
  });
});

describe('an improvement plan with each item\'s "PROGRESS" printed beneath it across the table', () => {
  const plan = (progressCell: string, date: string): CellValue[][] => [
    ['Item', 'Action Required', 'Officer(s) Responsible', 'Resources Required (£)', 'Action Date'],
    [
      'Health & Safety Enforcement',
      'Continue with the current project involving business self assessment of risks.',
      'Principal Environmental Health Officer',
      30000,
      '31 March 2004',
    ],
    [null, progressCell, progressCell, progressCell, progressCell],
    [
      'Food Hygiene',
      'Retain existing staff levels and inspection rates, reducing the backlog of inspections.',
      'Principal Environmental Health Officer',
      null,
      date,
    ],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Improvement Plan', rows)), { asOf: '2003-10-13' });

  test('"PROGRESS" and the update in one merged cell is the update of the item above, not an item', async () => {
    const progress = 'PROGRESS\nSelf assessment questionnaires all distributed and returns being evaluated.';
    expect(loud(await run(plan(progress, 'September 2002')))).toEqual(['deadline.slipped@E4']);
    expect(loud(await run(plan(progress, 'September 2004')))).toEqual([]);
  });

  test('a sentence that starts with the word is an item like the others', async () => {
    const sentence = 'Progress the review of the enforcement policy with the Licensing team.';
    const rows = plan(sentence, 'September 2004');
    rows[2] = [null, sentence];
    expect(loud(await run(rows))).toEqual(['owner.missing@C3', 'deadline.missing@E3']);
  });

  test('"Action Date" is when each is due, written in sentences as it may be', async () => {
    const rows = plan('PROGRESS\nAll returned.', 'Reduce the backlog of inspections by September 2004.');
    rows[1][4] = 'Send out the last tranche of questionnaires by 31st March 2004.';
    expect(meaningOf(await run(rows), 'Action Date')).toBe('deadline');
  });
});

describe('a scrutiny action plan whose recommendations were accepted or turned down', () => {
  const plan = (accept: CellValue, notes: CellValue, owner: CellValue = null): CellValue[][] => [
    // prettier-ignore
    ['Recommendation', null, 'Cabinet Members Comments', 'Accept (Y/N)', 'Target Date', 'Lead Officer', 'Notes'],
    [
      'R1',
      'That the Council continue to maintain the CCTV service.',
      'Approve.',
      'Yes',
      'March 2011',
      'Caroline Bramhall',
      'On track',
    ],
    [
      'R2',
      'That the Council increase the level of staffing.',
      'Reject due to financial implications.',
      accept,
      null,
      owner,
      notes,
    ],
    [
      'R3',
      'That the Council continue to develop the use of PCSOs.',
      'Approve.',
      'Yes',
      'June 2011',
      'Julian Clements',
      'On track',
    ],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('CCTV Action Plan', rows)), { asOf: '2010-12-03' });

  test('"No" under "Accept (Y/N)" is a recommendation turned down: no one is to act, by no date', async () => {
    expect(loud(await run(plan('No', 'REJECTED')))).toEqual([]);
  });

  test('accepted, the same recommendation with no lead officer or date is flagged', async () => {
    expect(loud(await run(plan('Yes', 'To be costed')))).toEqual(['deadline.missing@E3', 'owner.missing@F3']);
  });

  test('"Rejected" as its status says the same; "Closed" is no reason to name nobody', async () => {
    const rows = (status: string): CellValue[][] => [
      ['Ref', 'Recommendation', 'Lead Officer', 'Status'],
      ['1', 'Review the CCTV camera locations.', 'Julian Clements', 'Complete'],
      ['2', 'Increase the number of operators.', null, status],
      ['3', 'Publish the annual CCTV report.', 'Caroline Bramhall', 'Complete'],
    ];
    expect(loud(await run(rows('Rejected')))).toEqual([]);
    expect(loud(await run(rows('Closed')))).toEqual(['owner.missing@C3']);
  });
});

describe('an action plan, then after a break and a title a table of indicators', () => {
  const sheetRows = (after: CellValue[][]): CellValue[][] => [
    ['Community Justice Outcome Improvement Plan 2017-18'],
    ['Action', 'Action Due Date', 'Managed By'],
    ['Establish community justice communication and engagement', 'March 2018', 'Partnership Board'],
    ['Develop and agree local indicators for reporting', 'March 2018', 'Jane Smith'],
    [],
    ['Performance Reporting Indicators'],
    ...after,
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Outcome 1', rows)), { asOf: '2017-06-01' });

  test('"Managed By" names who manages each action: a board is no officer', async () => {
    expect(loud(await run(sheetRows([])))).toEqual(['owner.not-a-person@C3']);
  });

  test('short headings over longer words after the title head a table of their own, not actions', async () => {
    const indicators: CellValue[][] = [
      ['Indicator Type', 'Indicator', 'Reporting Measure'],
      ['Quantitative', 'Perceptions of local crime rate', 'Results from the annual citizens panel survey'],
      ['Contextual', 'Public attitudes to crime in communities', 'Findings from the household survey each year'],
    ];
    expect(loud(await run(sheetRows(indicators)))).toEqual(['owner.not-a-person@C3']);
  });

  test('a short action with its date and lead after the title is still an action of the plan', async () => {
    const more: CellValue[][] = [
      ['Publish indicators', 'June 2018', 'Jane Smith'],
      ['Review the plan', 'March 2017', 'Tom Jones'],
    ];
    expect(loud(await run(sheetRows(more)))).toContain('deadline.slipped@B8');
  });
});

describe('"Lead agents" beside "Work Group Responsibility"', () => {
  const plan = (agents: CellValue): CellValue[][] => [
    ['Action Output', 'Work Group Responsibility', 'Lead agents', 'Timescale'],
    ['Maintain a 5-year Business Plan', 'Management Committee', 'Management Committee', 'September 2007'],
    ['Create a Town Design Statement', 'Town Character', agents, 'March 2008'],
    ['Hold several high profile events', 'Town Character', 'Town Character', 'December 2007'],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Action Plan', rows)), { asOf: '2007-04-01' });

  test('the lead agents lead: one organisation is the answer, two share the lead', async () => {
    expect(meaningOf(await run(plan('EHDC')), 'Lead agents')).toBe('owner');
    expect(loud(await run(plan('EHDC')))).toEqual([]);
    expect(loud(await run(plan('Work Group, EHDC')))).toEqual(['owner.multiple@C3']);
  });
});

describe("a delivery plan's deliverables, each closed at an update or still open", () => {
  const plan = (closedAt: CellValue, ref = '18'): CellValue[][] => [
    // prettier-ignore
    ['No.', 'Deliverable', 'Timescale', 'Opened', 'Closed'],
    [
      '1',
      'Establish a working group on diversion from prosecution.',
      'October 2023',
      'Original delivery plan',
      'Update 1',
    ],
    [
      '13',
      'Revise and publish updated guidance on social work reports.',
      'August 2023',
      'Original delivery plan',
      'Update 1',
    ],
    [
      ref,
      'Pilot and evaluate the new approach to bail supervision.',
      'August 2023',
      'Original delivery plan',
      closedAt,
    ],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Deliverables', rows)), { asOf: '2024-03-31' });

  test('"Deliverable" over sentences is what is to be delivered; one closed at an update is done', async () => {
    const result = await run(plan('Update 2'));
    expect(meaningOf(result, 'Deliverable')).toBe('action');
    expect(loud(result)).toEqual([]);
  });

  test('one not yet closed, past its timescale, has slipped; a number used twice is flagged', async () => {
    expect(loud(await run(plan(null)))).toEqual(['deadline.slipped@C4']);
    expect(loud(await run(plan('Update 2', '13')))).toEqual(['id.duplicate@A4']);
  });

  test('"Not yet" under "Closed" says it is still open', async () => {
    expect(loud(await run(plan('Not yet')))).toEqual(['deadline.slipped@C4']);
  });
});

test('"Line" numbers the lines of a plan: a number used twice is flagged', async () => {
  const rows: CellValue[][] = [
    ['Line', 'Recommendation', 'Action', 'By When'],
    ['1', 'Develop policies and plans', 'Carry out a homelessness review', 'August 2009'],
    ['2', 'Improve relationships with partners', 'Establish a nominations agreement', 'July 2009'],
    ['2', 'Improve the housing register', 'Review the allocations scheme', 'July 2009'],
  ];
  expect(loud(await check(workbook(sheet('Table 1', rows)), { asOf: '2009-01-31' }))).toEqual(['id.duplicate@A4']);
});

describe('"RAG Assessment Key:" below a plan and the scale it explains', () => {
  const plan = (keyTitle: string): CellValue[][] => [
    ['Outcome', 'RAG 10/11', 'Lead', 'Milestone for 2012'],
    ['A Landscape Plan for the Park', 'Green', 'Jane Smith', 'March 2012'],
    ['Visitor numbers to increase', 'Amber', 'Tom Jones', 'March 2012'],
    [],
    [keyTitle],
    ['1', 'Will not be achieved'],
    ['2', 'Unlikely to be achieved'],
    ['3', 'Should be achieved'],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Annex 1', rows)), { asOf: '2011-10-28' });

  test('opens a key: its lines are no outcomes of the plan', async () => {
    expect(loud(await run(plan('RAG Assessment Key:')))).toEqual([]);
    expect(loud(await run(plan('Status key')))).toEqual([]);
  });
});

test('"Forwarded to" says who is to answer each referral: a board is no officer, a blank no one', async () => {
  const rows: CellValue[][] = [
    ['Referral', 'From', 'Action agreed', 'Forwarded to'],
    ['GP provision', 'Forest Hill Assembly', 'Noted the motion and referred it on.', 'Health and Wellbeing Board'],
    [
      'Levelling Up Funding',
      'Select Committee',
      'Considered comments and referred them on.',
      'Executive Director of Place',
    ],
    ['Asset Management', 'Overview and Scrutiny', 'Considered comments and referred them on.', null],
  ];
  const result = await check(workbook(sheet('Referrals', rows)), { asOf: '2023-10-18' });
  expect(loud(result)).toEqual(['owner.not-a-person@D2', 'owner.missing@D4']);
});

describe('"Description of action | Targets | End Date | Lead and partnership | RAG report"', () => {
  const plan = (lead: CellValue): CellValue[][] => [
    ['Description of action', 'Targets', 'End Date', 'Lead and partnership', 'RAG report (as of 26 November)'],
    [
      '1. Include modules in disability issues in training',
      '4 training modules per year',
      'March 2018',
      'Volunteer Centre Southwark.',
      'Modules are now in the programme',
    ],
    [
      '5. Hold a Southwark Stars awards event',
      '100 volunteers attend',
      'October 2014',
      lead,
      'Southwark Stars Awards was held on 7th October',
    ],
  ];
  const run = (rows: CellValue[][]) => check(workbook(sheet('Action plan', rows)), { asOf: '2014-11-26' });

  test('the description is the action, and the lead and partnership the organisation that leads', async () => {
    const result = await run(plan('Volunteer Centre Southwark'));
    expect(meaningOf(result, 'Description of action')).toBe('action');
    expect(meaningOf(result, 'Lead and partnership')).toBe('owner');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual([]);
  });

  test('two organisations in the cell share the lead', async () => {
    expect(loud(await run(plan('Volunteer Centre Southwark, Southwark Council.')))).toEqual(['owner.multiple@D3']);
  });
});

describe('"Targets and Timescales" merged over two columns, and a link on every line', () => {
  const plan = (link: string): CellValue[][] => [
    ['Action', null, 'Targets and Timescales', null, 'Status', null],
    [
      '3.6C',
      'Develop an outreach project for new audiences',
      "Review pilot 'Bowland Outreach' Project",
      '2014',
      'Ongoing',
      link,
    ],
    [
      '3.6E',
      'Support arts and culture based projects',
      'Support 5 arts and culture based projects',
      '2019',
      'Ongoing',
      link,
    ],
    [
      '3.6F',
      "Maintain information on 'open farms'",
      'Review and update at least once per year',
      'Annually',
      'Ongoing',
      link,
    ],
  ];
  const run = (rows: CellValue[][]) =>
    check(workbook({ ...sheet('Action plan', rows), merges: ['C1:D1'] }), { asOf: '2024-03-31' });

  test('the times beside the targets are the deadlines: a passed year still ongoing has slipped', async () => {
    const result = await run(plan('View'));
    expect(meaningOf(result, 'Targets and Timescales')).toBe('not used');
    expect(loud(result)).toEqual(['deadline.slipped@D2', 'deadline.slipped@D3', 'deadline.vague@D4']);
  });

  test('"View" on every line is a link the copy kept, not who leads', async () => {
    const result = await run(plan('View'));
    expect(result.readings[0].columns.map((c) => c.meaning)).not.toContain('owner');
  });
});

describe('"Corporate Governance Area | Lead Officer | Update": who leads each item and how it has moved on', () => {
  // After a borough council's governance statement action plan update.
  const plan = (third: string) =>
    check(
      workbook(
        sheet('Appendix A', [
          ['Appendix A – Annual Governance Statement Action Plan Update'],
          [],
          ['Corporate Governance Area', 'Lead Officer', third],
          [
            'New Process for part II items embedded and officers trained',
            'Director of Strategy, Insight and Governance',
            'A training session was given by the Monitoring Officer to officers in November.',
          ],
          ['Data Protection Action Plan', null, 'Progress on the plan was reported in November 2022 and is on track.'],
          [
            'Actions to ensure compliance with the Financial Management Code',
            'Director of Finance and Business Improvement / Head of Finance',
            'Social Value and Sustainability procurement policies have been adopted.',
          ],
        ]),
      ),
      { asOf: '2023-01-16' },
    );

  test('a plan: an area with no lead officer, and one with two, are flagged', async () => {
    expect(loud(await plan('Update'))).toEqual(['owner.missing@B5', 'owner.multiple@B6']);
    expect(loud(await plan('Progress to date'))).toEqual(['owner.missing@B5', 'owner.multiple@B6']);
  });

  test('"Comments" beside who leads each area makes no plan of it: a list of contacts is left alone', async () => {
    expect(loud(await plan('Comments'))).toEqual([]);
  });
});

describe('"Scheme Type | Zone | Scheme Name | Commencement | Completion": a programme of schemes by when each completes', () => {
  // After a city deal's implementation plan (June 2015).
  const plan = (completion: string) =>
    check(
      workbook(
        sheet('Priorities', [
          ['Scheme Type', 'Zone', 'Scheme Name', 'Commencement', 'Completion'],
          ['Highway and Transport Hubs', 'North West Preston', 'Broughton Bypass', 'Q1 2014/15', completion],
          [
            'Highway and Transport Hubs',
            'North West Preston',
            'Preston Western Distributor',
            'Q2 2014/15',
            'Q3 2019/20',
          ],
        ]),
      ),
      { asOf: '2015-06-30' },
    );

  test('"Scheme Name" names the schemes; a completion quarter already past has slipped', async () => {
    expect(loud(await plan('Q4 2016/17'))).toEqual([]);
    expect(loud(await plan('Q4 2014/15'))).toEqual(['deadline.slipped@E2']);
  });
});

describe('an audit plan whose status says an audit was taken off the plan', () => {
  // After a district council's internal audit plan progress report (March 2012).
  const plan = (status: string) =>
    check(
      workbook(
        sheet('Appendix A', [
          ['Audit No.', 'Description of Audit', 'Scheduling', 'Status'],
          ['NN/12/09', 'Sports Halls / Centres', 'December', 'Complete Final report issued 10 February 2012'],
          ['NN/12/10', 'Corporate Governance', 'January', 'Complete Final report issued 16 February 2012'],
          ['NN/12/11', 'Communications', 'January', status],
        ]),
      ),
      { asOf: '2012-03-06' },
    );

  test('"removed from Plan" closes the audit: its past month has not slipped; work still in progress has', async () => {
    expect(loud(await plan('Audit removed from Plan after agreement reached with management'))).toEqual([]);
    expect(loud(await plan('Audit fieldwork in progress with the service manager'))).toEqual(['deadline.slipped@C4']);
  });
});

describe('a timeline: each action, its aim, the personnel on it, and the months it runs in', () => {
  // After a neighbourhood plan steering group's outline timeline (its month bars not kept).
  const timeline = (personnel: string) =>
    run(
      [
        ['Outline of Neighbourhood Plan timeline'],
        [],
        ['Action', 'Aim', 'Personnel', 'Apr-15', 'May-15', 'Jun-15'],
        ['Analysis', 'Full professional analysis of the data gathered', 'Project manager'],
        ['Write up of draft Plan', 'Place the refined information in a draft Plan', personnel],
      ],
      '2015-03-31',
    );

  test('"Personnel" says who does each action: a group, or several, is no single lead', async () => {
    const result = await timeline('Steering group, project manager');
    expect(result.readings[0].columns.find((c) => c.header === 'Personnel')?.meaning).toBe('owner');
    expect(loud(result)).toEqual(['owner.multiple@C5']);
    expect(loud(await timeline('Project manager'))).toEqual([]);
  });
});

describe('a plan with no status column: the latest note on each action says how it stands', () => {
  // After a borough council's best value review implementation plan (its status icons lost).
  const plan = (noteHeader: string, note: string, comments = false) =>
    run(
      [
        ['Code', 'Title', 'Due Date', 'Assigned To', noteHeader, ...(comments ? ['Comments'] : [])],
        ['BVR 001.01', 'Research existing strategies', '31 July 2010', 'Jennifer Gosling', 'Research under way'],
        [
          'BVR 001.02',
          'Develop a short strategy for the Cabinet member to approve',
          '31 July 2010',
          'Jennifer Gosling',
          note,
          ...(comments ? ['To be reviewed yearly'] : []),
        ],
      ],
      '2011-03-11',
    );

  test('"The Waste Strategy has now been approved by Cabinet." under "Latest Note": done, not slipped', async () => {
    expect(loud(await plan('Latest Note', 'The Waste Strategy has now been approved by Cabinet.'))).toEqual([
      'deadline.slipped@C2',
    ]);
  });

  test('a note that the first stage is approved, or a column of the outcomes aimed at, says no more than open', async () => {
    const firstStage = 'The first stage of the strategy has now been approved by Cabinet.';
    expect(loud(await plan('Latest Note', firstStage))).toEqual(['deadline.slipped@C2', 'deadline.slipped@C3']);
    const aimed = 'Strategy published and adopted by Cabinet';
    expect(loud(await plan('Outcomes / Deliverables', aimed))).toEqual(['deadline.slipped@C2', 'deadline.slipped@C3']);
  });

  test('"Progress to date" beside "Comments" holds the progress, and says it is done', async () => {
    const done = 'Strategy approved by Cabinet in September 2010';
    expect(loud(await plan('Progress to date', done, true))).toEqual(['deadline.slipped@C2']);
  });
});

describe('a timetable whose heading was lost, beside who leads each measure', () => {
  // After a borough council's equality scheme: "Timetable for measures proposed", its headings
  // lost from the copy but "Lead responsibility".
  const timetable = (first: string, second: string) =>
    run(
      [
        [null, 'Lead responsibility', null],
        ['Formulation of draft action plan', 'Policy Officer', first],
        ['Arrangements for monitoring progress in place', 'Policy Officer', second],
        ['Consultation list reviewed and updated', 'Policy Officer', 'As services identify them'],
        ['Screening reports', 'Policy Officer', 'See the screening timetable'],
      ],
      '2023-06-30',
    );
  const meaning = async (first: string, second: string) =>
    (await timetable(first, second)).readings[0]?.columns.find((c) => c.letter === 'C')?.meaning;

  test('half its cells dates or times in words, a quarter dates: when each is to be done', async () => {
    expect(await meaning('April 2023 – June 2023', 'March (annually)')).toBe('deadline');
    expect(loud(await timetable('April 2023 – June 2023', 'March (annually)'))).toContain('deadline.vague@C3');
  });

  test('fewer times than half, or no date among them, is no timetable', async () => {
    expect(await meaning('April 2023 – June 2023', 'As the policy officer decides')).not.toBe('deadline');
    expect(await meaning('Annually', 'March (annually)')).not.toBe('deadline');
  });
});

describe('two columns headed as the deadline, one over sentences and one over dates', () => {
  // After a county's example school travel plan.
  const plan = (measure: string) =>
    run(
      [
        [
          'SMART target',
          'Measures/ Initiatives and Completion Date',
          'Tasks/ Actions',
          'Responsibility (Specific Role)',
          'Timescales of Tasks/Actions',
        ],
        ['Increase walking to 70% by Nov 2007', measure, 'Contact the Road Safety Team', 'School Champion', 'Nov 2005'],
        [null, 'Hold a walking bus launch', 'Find a coordinator', 'Headteacher', 'ASAP'],
        [null, 'Map the safe routes', 'Survey the parents', 'Headteacher', 'Oct 2005'],
      ],
      '2005-09-01',
    );
  const deadlineHeader = async (measure: string) =>
    (await plan(measure)).readings[0].columns.find((c) => c.meaning === 'deadline')?.header;

  test('the one with no dates among its cells gives way to the timescales, and is no completion date', async () => {
    const result = await plan('Participate in Walk to School week by 2006');
    expect(await deadlineHeader('Participate in Walk to School week by 2006')).toBe('Timescales of Tasks/Actions');
    expect(result.readings[0].columns.some((c) => c.meaning === 'completedDate')).toBe(false);
    expect(loud(result)).toEqual(['deadline.vague@E3']);
  });

  test('with a date among its cells, it is read by its header and its dates as before', async () => {
    const withDate = await plan('July 2006');
    expect(withDate.readings[0].columns.find((c) => c.letter === 'B')?.meaning).toBe('completedDate');
  });
});

describe('minutes with "ACTION TO BE TAKEN BY" beside each resolution', () => {
  // After a county select committee's minutes, 2004.
  test('the column says who acts: a body there is no named officer; a minute with no action asks nothing', async () => {
    const result = await run(
      [
        ['No.', 'Item', 'Minute', 'ACTION TO BE TAKEN BY', 'Action'],
        ['1.', 'MINUTES', 'The Minutes of the meeting held on 15 April 2004 were agreed.'],
        ['3.', 'ELECTION OF VICE CHAIRMAN', null, 'COUNCIL', 'To appoint Mr R G Mazillius as Vice Chairman'],
        ['4.', 'FORWARD PLAN', 'The Portfolio Holder advised the committee.', 'Head of Policy', 'Display the plan'],
      ],
      '2004-06-17',
    );
    expect(result.readings[0].columns.find((c) => c.letter === 'D')?.meaning).toBe('owner');
    expect(loud(result)).toEqual(['owner.not-a-person@D3']);
  });
});

describe('"Action" over who acts on each item, the items under no heading beside it', () => {
  // After a primary school council's action plan.
  const plan = (third: string) =>
    run(
      [
        ['2nd Action Plan of School Council 22 January 2016'],
        [null, 'Action', 'By When'],
        ['Our Classrooms'],
        ['Arch Angels in all classrooms near house stars', 'Mrs Lown', '1st March'],
        [
          'More soft furnishings in classrooms',
          'Keir & Elizabeth to draw up a budget sheet for Governors',
          '1st March',
        ],
        ['All classes to have a buddy across the school', third, '1st March'],
        ['Board game room timetabled', 'Mrs Ward', '1st March'],
      ],
      '2016-01-22',
    );

  test('names who acts, with what they are to do: two, or a team, are no single lead', async () => {
    const result = await plan('SLT to discuss and set up');
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual(['action', 'owner', 'deadline']);
    expect(loud(result)).toEqual(['owner.multiple@B5', 'owner.not-a-person@B6']);
  });

  test('with tasks in words under it on more than one line in five, it is the action still', async () => {
    const result = await plan('Set up a buddy scheme across the school');
    expect(result.readings[0].columns.find((c) => c.letter === 'B')?.meaning).not.toBe('owner');
  });
});

describe('a plan headed in plain words: "What we will improve", "When we will do it"', () => {
  // After a city council's complaints service improvement plan.
  const plan = () =>
    run(
      [
        ['Service improvement plan for complaints'],
        ['Code number', 'Code requirement', 'What we will improve', 'When we will do it', 'Status'],
        [
          '1.6',
          'Survey dissatisfaction is not a complaint',
          'Add complaint details to the survey',
          'June 2024',
          'Completed 14 June 2024',
        ],
        ['4.3', 'Staff trained in complaint handling', 'Train all staff who handle complaints', 'September 2024', null],
        [
          '5.5',
          'Third parties handle complaints in line with the code',
          "Measure third parties' complaint performance",
          'April 2025',
          null,
        ],
      ],
      '2024-06-30',
    );

  test('the headers name the item, the action, its deadline and how it stands', async () => {
    const result = await plan();
    expect(result.readings[0].columns.map((c) => c.meaning)).toEqual([
      'id',
      'not used',
      'action',
      'deadline',
      'status',
    ]);
    expect(loud(result)).toEqual(['status.missing@E4', 'status.missing@E5']);
  });
});

describe('"To come to": the meeting each outstanding action is to come back to', () => {
  // After a board's outstanding actions, reported by the Town Clerk.
  test('is when each is due: a later meeting, the next committee, name no date', async () => {
    const result = await run(
      [
        ['Outstanding Actions and Work plan'],
        ['Action', 'Update', 'To come to'],
        [
          1,
          'A Civil Strategy was being drafted and would be brought to the March 2020 Board.',
          'March 2020 Board meeting',
        ],
        [null, 'A National Strategy would follow at a later meeting.', 'A later meeting'],
        [2, 'This would be brought to the next Finance Committee meeting.', 'Next Finance Committee meeting'],
        [4, 'Officers confirmed the tax reliefs had been paid.', 'Complete'],
      ],
      '2020-01-22',
    );
    expect(meaningOf(result, 'To come to')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@C4', 'deadline.vague@C5']);
  });
});

describe('a CPA improvement plan: lines numbered 1, 2, 3 beside the report paragraphs each answers', () => {
  // After a borough council's CPA improvement plan update.
  const plan = (paraHeader: string, when: string) =>
    run(
      [
        ['No', paraHeader, 'What?', 'How?', 'Who by?', 'When?'],
        [
          '1.',
          '78/91/104',
          'Improve speed of planning decisions',
          'Address the improvement plan',
          'Anne Smith',
          'March 2005',
        ],
        ['2.', '42', 'Maintain focus on decent homes standard', 'Stock options appraisal', 'David January', when],
        ['3.', '77', 'Meet statutory recycling targets', 'Decide on waste treatment', 'Richard Wood', 'March 2005'],
        [
          '4.',
          '77',
          'Improve Environmental Health performance',
          'Recruit two new staff',
          'Martin Shorten',
          'March 2005',
        ],
      ],
      '2005-01-17',
    );

  test('"Para Ref (to CPA Report)" points into the report: two lines may answer paragraph 77', async () => {
    expect(loud(await plan('Para Ref (to CPA Report)', 'March 2005'))).toEqual([]);
    expect(loud(await plan('Ref', 'March 2005'))).toEqual(['id.duplicate@B5']);
  });

  test('"Decision taken … – Full Council 10 January 2005" where the date goes says it is done', async () => {
    expect(
      loud(
        await plan(
          'Para Ref (to CPA Report)',
          'Decision taken to go for stock transfer – Full Council 10 January 2005',
        ),
      ),
    ).toEqual([]);
    expect(
      loud(await plan('Para Ref (to CPA Report)', 'Decision to go for stock transfer – Full Council 10 January 2005')),
    ).toEqual(['deadline.slipped@F3']);
  });
});

describe('actions numbered 1, 2, 3 beside "Ref." naming the agenda item each arose under', () => {
  // After a county council scrutiny committee's "Actions arising" table.
  const actions = (refs: (number | string)[]) =>
    run(
      [
        ['No.', 'Ref.', 'Action', 'Officer'],
        ['1.', refs[0], 'Send a breakdown of the public health housing budget to members.', 'Sam Harvey'],
        ['2.', refs[1], 'Arrange an update on the children’s centre for a future meeting.', 'Jane Narey'],
        ['3.', refs[2], 'Send performance data on the smoking cessation service to members.', 'Sam Harvey'],
        ['4.', refs[3], 'Seek approval for moving the March meeting.', 'Jane Narey'],
      ],
      '2023-01-26',
    );

  test('two values among four lines (9 and 13) name items: the count is the reference', async () => {
    expect(loud(await actions([9, 9, 9, 13]))).toEqual([]);
  });

  test('three values among four lines are more than half: "Ref." is the reference and 9 is used twice', async () => {
    expect(loud(await actions([9, 9, 12, 13]))).toEqual(['id.duplicate@B3']);
  });

  test('codes shared by several lines are references used more than once, however few', async () => {
    expect(loud(await actions(['HRP1', 'HRP1', 'HRP1', 'HRP2']))).toEqual(['id.duplicate@B3', 'id.duplicate@B4']);
  });
});

describe('"Complete/ Review Target": a heading in two rows over when each is due or that it is done', () => {
  // After a borough council's corporate equality and diversity action plan.
  const plan = () =>
    run(
      [
        ['Appendix A: Reviewed and Updated Corporate Equality and Diversity Action Plan'],
        [
          'CORPORATE PRIORITIES',
          'Equality/',
          'Action',
          'Progress to date/',
          'Future Action/',
          'BVPIs/',
          'Led by',
          'Complete/',
        ],
        [null, 'Issue', 'Task/Improvement', null, 'Outstanding issues', 'New', null, 'Review Target'],
        [
          'Leadership',
          'All',
          'Champion leadership on equalities',
          'Training planned',
          'Further work',
          'BV2a',
          'Jane Hill',
          'Ongoing',
        ],
        [
          'Access to Services',
          'All',
          'Integrate equalities into service design',
          'In progress',
          'Discuss DDA',
          'BV2a',
          'Mark Ross',
          'Apr 07',
        ],
        [null, 'All', 'Improve accessibility of service information', 'In progress', null, 'BV2a', null, 'Ongoing'],
      ],
      '2007-01-31',
    );

  test('the second row is heading words: "Complete/ Review Target" is when each is due', async () => {
    const result = await plan();
    expect(meaningOf(result, 'Complete/ Review Target')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@H4', 'owner.missing@G6', 'deadline.vague@H6']);
  });
});

describe('"Timescales when action likely to be complete": a heading whose noun a clause follows', () => {
  const plan = (heading: string): CellValue[][] => [
    ['No', 'Lead', 'Recommendation', heading, 'Progress Update'],
    [
      'R1',
      'Head of Corporate Performance',
      'The plan should include all of the required indicators.',
      'Ongoing',
      'Most are included this year.',
    ],
    ['R2', 'Head of Finance', 'Costs of the service should be published.', '31/03/2002', 'Published in March.'],
  ];

  test('is when each is due: "when" opens a clause about the timescales', async () => {
    const result = await run(plan('Timescales\nwhen action likely to be complete'), '2002-03-31');
    expect(meaningOf(result, 'Timescales when action likely to be complete')).toBe('deadline');
    expect(loud(result)).toEqual(['deadline.vague@D2']);
  });
});

describe('"Report ref" of "All" on two actions answering every recommendation', () => {
  // After a national park's procurement action plan: the report's recommendations, not the actions, are referenced.
  const plan = (refs: [string, string]) =>
    run(
      [
        ['Report ref', 'Management action', 'Target date', 'Responsible officer', 'Progress'],
        ['1.1', 'Provide formal training for staff', '30/09/2025', 'Louise Allen', 'In progress'],
        [refs[0], 'Further discussion with the shared procurement service', '31/03/2025', 'Louise Allen', 'Complete'],
        [refs[1], 'Procurement officer in post', '30/09/2024', 'Louise Allen', 'Complete'],
        ['4.1', 'Develop procurement KPIs', '31/12/2025', 'David Cameron', 'In progress'],
      ],
      '2025-06-20',
    );

  test('names no one item, so is no reference used twice', async () => {
    expect(loud(await plan(['All', 'All']))).toEqual([]);
    expect(loud(await plan(['Various', 'various']))).toEqual([]);
  });

  test('a reference naming one item, written twice, is still used twice', async () => {
    expect(loud(await plan(['2.1', '2.1']))).toEqual(['id.duplicate@A4']);
    expect(loud(await plan(['All 2', 'All 2']))).toEqual(['id.duplicate@A4']);
  });
});

describe('"Completed Y/N" answered "Y" or "N"', () => {
  // After a department's action plan to answer requests in time, published three days before its dates.
  const plan = (answers: CellValue[]) =>
    run(
      [
        ['Action', 'Owner', 'Date to complete', 'Completed Y/N'],
        ['Respond to and close all outstanding requests.', 'Head of Information Rights', '10/10/2022', answers[0]],
        ['Undertake a lessons learned exercise.', 'Head of Information Rights', '10/10/2022', answers[1]],
        ['Agree clearance timings for all requests.', 'Head of Information Rights', '10/10/2022', answers[2]],
        ['Deliver training to those drafting responses.', 'Head of Information Rights', '01/10/2022', answers[3]],
      ],
      '2022-10-07',
    );

  test('"Y" is done, "N" not yet: an action answered "N" past its date has slipped, one answered "Y" has not', async () => {
    expect(loud(await plan(['Y', 'Y', 'N', 'N']))).toEqual(['deadline.slipped@C5']);
    expect(loud(await plan(['Y', 'Y', 'N', 'Y']))).toEqual([]);
  });

  test('a blank answer is a status missing, and a word that answers nothing is one Concordat does not know', async () => {
    expect(loud(await plan(['Y', null, 'N', 'Y']))).toEqual(['status.missing@D3']);
    expect(loud(await plan(['Y', 'Maybe', 'N', 'Y']))).toEqual(['status.unknown@D3']);
  });
});

describe("a risk action plan with the template's guidance below it, ending in a key of RAG letters", () => {
  const plan = (heading: string) =>
    check(
      workbook(
        sheet('Risk Action Plan', [
          ['WILTSHIRE COUNCIL RISK ACTION PLAN'],
          [],
          ['Actions to take', 'Responsibility for action', 'Date for completion', 'Progress / Status'],
          ['Review the business continuity plan', 'Jane Smith', '31/03/2011', 'In progress'],
          ['Test the call cascade', 'Tom Green', '30/06/2011', 'Not started'],
          [],
          [heading],
          [],
          ['Risk Ref: Automatically generated by SharePoint 2010.'],
          [],
          ['Progress on Risk Action Plan: Enter the appropriate RAG rating using the following scale:'],
          [],
          ['R', 'Little progress made against action plan'],
          ['A', 'Moderate progress being made against action plan'],
          ['G', 'Significant progress being made against action plan'],
        ]),
      ),
      { asOf: '2011-01-31' },
    );

  test('past "Helpful Hints to Complete …" nothing is an action', async () => {
    const result = await plan('Helpful Hints to Complete the Action Plan Template for Each Risk:');
    expect(loud(result)).toEqual([]);
  });

  test('a line of other words there leaves the lines below it in the plan', async () => {
    const result = await plan('Further actions agreed at the risk workshop');
    expect(loud(result).some((f) => f.endsWith('@C13'))).toBe(true);
  });
});

describe('"agenda" in the status column, as a community council notes an action put on the next agenda', () => {
  const actions = (note: string) =>
    check(
      workbook(
        sheet('Minutes', [
          ['1.4 Actions from October meeting'],
          ['Item', 'Description', 'ACTION', 'Status', 'Due'],
          ['1.3', 'Send the approved minutes to JH and AF', 'HB', 'done', '31/10/2023'],
          ['2.8', 'Ownership of land: chase Jen Preston', 'MN', note, '31/10/2023'],
          ['4.2', 'Local place plan review', 'DR', 'ongoing', '31/12/2023'],
        ]),
      ),
      { asOf: '2023-11-21' },
    );

  test('is a status: the action is still open, so its passed date has slipped', async () => {
    expect(loud(await actions('agenda'))).toEqual(['deadline.slipped@E4']);
    expect(loud(await actions('On next agenda'))).toEqual(['deadline.slipped@E4']);
  });

  test('a word no tracker uses there is still no status Concordat knows', async () => {
    expect(loud(await actions('agendas'))).toContain('status.unknown@D4');
  });
});

describe('single letters under a header Concordat does not know, a quarter of them no rating', () => {
  // A grant application's costs, each an estimate (E) or an actual cost (A).
  const costs = (estimates: number) =>
    check(
      workbook(
        sheet('Application', [
          ['Item', 'Cost (£)', 'Estimate/ Actual cost?', 'Request to Ward Meeting (£)'],
          ...[
            'Specialist staff',
            'Materials for the events',
            'Publicity',
            'Collating feedback',
            'Researching funding',
            'Developing partnerships',
            'Writing bids',
            'Office costs and travel',
          ].map((item, i) => [item, 100 * (i + 1), i < estimates ? 'E' : 'A', 100 * (i + 1)]),
        ]),
      ),
      { asOf: '2013-10-08' },
    );

  test('are a code of their own, not statuses: two of eight', async () => {
    expect(loud(await costs(2))).toEqual([]);
  });

  test('one of eight is a slip among ratings, flagged', async () => {
    expect(loud(await costs(1))).toContain('status.unknown@C2');
  });
});

describe('an action template keeping each action\'s number before its owner and due date ("3.1a JW")', () => {
  // After a hospital trust's equality committee action points.
  const points = (owner: string, due: string) =>
    run(
      [
        ['No.', 'Item', 'Action', 'Responsibility', 'Due Date'],
        ['3.', 'Matters arising', '3.1a Copy of the email to be sent to SP.', '3.1a JW', '3.1a May 2012'],
        [null, null, '3.1b Identified organisations to be approached.', owner, due],
        [null, null, '3.1c Finalise the draft document.', '3.1c SP', '3.1c For July 2012 agenda'],
      ],
      '2012-05-29',
    );

  test("the number the line's action opens with is no part of who acts or when", async () => {
    expect(loud(await points('3.1b SP', '3.1b June 2012'))).toEqual([]);
    expect(loud(await points('3.1b SP/JW', '3.1b April 2012'))).toEqual(['owner.multiple@D3', 'deadline.slipped@E3']);
  });

  test("a number that is not the line's own stays in the cell, which then reads as no date", async () => {
    expect(loud(await points('3.1b SP', '3.1a April 2012'))).toEqual(['cell.unreadable@E3']);
  });
});

describe("a risk register's schedule of how often each control is carried out", () => {
  // A parish council's financial risk assessment: "Carried out" beside each control.
  const register = (often: string[]) =>
    run(
      [
        ['No.', 'Risk', 'Action', 'Responsible', 'Carried out'],
        ['1', 'Overspend against budget', 'Check funds are available when expenditure is incurred', 'RFO', often[0]],
        ['2', 'Expenditure without authority', 'Prior approval for spending authorised by Council', 'Clerk', 'Ongoing'],
        ['3', 'Invoice payment without authority', 'All cheques listed on a schedule and authorised', 'RFO', often[1]],
        ['4', 'New cheque book misappropriation', 'Cheque books to be stored securely with clerk', 'Clerk', 'Ongoing'],
        ['5', 'Cheque misuse', 'Cheques signed by two councillors against the schedule', 'Clerk', 'Ongoing'],
      ],
      '2024-03-31',
    );

  test('"Ongoing" among "Bi-monthly" and "Annually" is no status: the column says how often', async () => {
    const result = await register(['Bi-monthly', 'Annually']);
    expect(meaningOf(result, 'Carried out')).toBe('not used');
    expect(loud(result)).toEqual([]);
  });

  test('one time of doing it among the statuses is one status Concordat does not know', async () => {
    expect(loud(await register(['Bi-monthly', 'Ongoing']))).toEqual(['status.unknown@E2']);
  });
});

describe("an agenda's item noting the status of actions: 'Action | By | Status' under it", () => {
  // A town council's agenda: item 4 notes the actions from the last meeting, then the agenda goes on.
  const agenda = (by: string, next = '5.', reprinted = false) =>
    run(
      [
        ['October 2017 TC agenda'],
        ['3.', 'TO APPROVE AND SIGN AS A TRUE RECORD THE TOWN COUNCIL MINUTES OF 11th SEPTEMBER 2017:'],
        ['4.', 'TO NOTE THE STATUS OF ACTIONS ARISING FROM THAT MEETING:'],
        ['Action', 'By', 'Status'],
        ['5137. Cost of advice from Barrister', by, 'Completed'],
        ['5134. Planning consent regarding extended hours at the Police Station', 'Town Clerk', 'Ongoing'],
        [next, 'CHAIRMAN’S/TOWN CLERK’S ANNOUNCEMENTS:'],
        ...(reprinted ? [['Action', 'By', 'Status']] : []),
        ['6.', 'TO RECEIVE AN UPDATE ON THE NEIGHBOURHOOD PLAN:'],
      ],
      '2017-10-09',
    );

  test('"By" over names is by whom', async () => {
    const result = await agenda('Finance Committee');
    expect(meaningOf(result, 'By')).toBe('owner');
    expect(loud(result)).toEqual(['owner.not-a-person@B5']);
  });

  test('"By" over dates is still by when', async () => {
    const result = await run([
      ['Action', 'By', 'Status'],
      ['Cost of advice from Barrister', 'March 2018', 'Ongoing'],
      ['Planning consent regarding extended hours', 'April 2018', 'Ongoing'],
      ['Review the standing orders', 'May 2018', 'Ongoing'],
    ]);
    expect(meaningOf(result, 'By')).toBe('deadline');
  });

  test('the agenda item numbered next ends the actions; another number does not', async () => {
    expect(loud(await agenda('Town Clerk'))).toEqual([]);
    expect(loud(await agenda('Town Clerk', '7.'))).toContain('status.missing@C7');
  });

  test('where the headings are printed again under it, the next number opens a section of the same table', async () => {
    expect(loud(await agenda('Town Clerk', '5.', true))).toContain('status.missing@C7');
  });
});

describe("a parish council's quinquennial inspection: items numbered afresh under each building", () => {
  // After a parish advisory council's minutes, the inspection's points and the action on each.
  const inspection = (over: { church?: string; footer?: string; sixth?: string; hallFourth?: string } = {}) =>
    run(
      [
        ['Quinquennial Reports and Action to be taken:'],
        [null, 'Quinquennial Reports', 'Action to be taken', 'Actioned by'],
        [over.church ?? 'ST. FELIX CHURCH'],
        ['1.', 'Clear gutters and gullies every year.', 'Quote from small builder required.', 'J King'],
        ['2.', 'Replace roof window-lights in sacristy.', 'May just need cleaning.', 'W Ablard'],
        ['3.', 'Evidence of damp on third arch.', 'To be investigated.', 'D Thomas'],
        ['CHURCH HALL'],
        ['1.', 'Repair defective toilets in male cloakroom.', 'Drains need surveying.', 'N Gorham'],
        ['2.', 'Clear gutters.', 'Ladder needed.', 'W Ablard'],
        [over.footer ?? 'PAC Meeting 2.10.08 -2–'],
        ['3.', 'Floor is showing its age.', 'To get quote for whole floor.', 'J Smith'],
        [over.hallFourth ?? '4.', 'Check fire doors.', 'Door seals defective.', 'M Jones'],
        ['5.', 'Redecorate externally in the next five years.', over.sixth ?? 'No action required at present.', null],
      ],
      '2008-10-02',
    );

  test('the buildings head their items, the page head is no item, and an item needing no action needs no one', async () => {
    expect(loud(await inspection())).toEqual([]);
  });

  test('a number used twice under one building is flagged; the same numbers under the next are not', async () => {
    expect(loud(await inspection({ hallFourth: '3.' }))).toEqual(['id.duplicate@A12']);
  });

  test('a title with a full stop that ends a sentence is an item, not a heading', async () => {
    expect(loud(await inspection({ church: 'See notes. Church first' }))).toContain('owner.missing@D3');
  });

  test('a page number between dashes only closes a running head; other words are an item', async () => {
    expect(loud(await inspection({ footer: 'PAC Meeting 2.10.08 page two' }))).toContain('owner.missing@D10');
  });

  test('an action to be taken that is one still needs someone to act', async () => {
    expect(loud(await inspection({ sixth: 'Action required within five years.' }))).toEqual(['owner.missing@D13']);
  });
});

describe("a scrutiny committee's action sheet: an item whose action is none asks no one and no date", () => {
  const sheetWith = (previous: string) =>
    run(
      [
        ['ITEM', 'COMMENT', 'ACTION REQUIRED', 'RESPONSIBLE MEMBER / OFFICER', 'TIMESCALE'],
        ['Previous meeting', 'Consideration of the previous action sheet.', previous, null, null],
        [
          'Forward Plan',
          'Issue lists provided by services.',
          'Continue to develop the workplan',
          'Peter Kidd',
          'September 2003',
        ],
        [
          'Housing Market Renewal',
          'A progress report on the pathfinder.',
          'Support the targets with evidence',
          'Bob Osborne',
          'August 2003',
        ],
      ],
      '2003-07-14',
    );

  test('"No action required" needs neither an officer nor a timescale', async () => {
    expect(loud(await sheetWith('No action required'))).toEqual([]);
    expect(loud(await sheetWith('No further action needed.'))).toEqual([]);
  });

  test('an action that is one still needs both', async () => {
    expect(loud(await sheetWith('Action required on the minutes'))).toEqual([
      'owner.missing@D2',
      'deadline.missing@E2',
    ]);
  });
});

describe('minutes kept in a table with a status column: an item only "Noted" asks no one', () => {
  const minutes = (status: string) =>
    run(
      [
        ['Item', 'Description/Resolution', 'Status', 'Action'],
        [29, 'APOLOGIES FOR ABSENCE. Apologies were received from Councillors Harris and Leal-Bennett.', status, null],
        [30, 'MINUTES. RESOLVED: That the Minutes of 29 July 2014 be approved as a true record.', 'Agreed', 'HD'],
        [31, 'CORPORATE PLAN. RESOLVED: That the draft plan be referred to Cabinet.', 'Agreed', 'BS'],
      ],
      '2014-09-16',
    );

  test('"Noted" needs no one named; "Agreed", "Closed" or "Complete" with no one named still does', async () => {
    expect(loud(await minutes('Noted'))).toEqual([]);
    expect(loud(await minutes('Noted.'))).toEqual([]);
    for (const status of ['Agreed', 'Closed', 'Complete', 'Noted and agreed'])
      expect([status, loud(await minutes(status))]).toEqual([status, ['owner.missing@D2']]);
  });
});
