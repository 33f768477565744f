/**
 * Forward plans that print the date of decision once, in a heading row over the items decided that
 * day, and say in a "Reason for change" column when an item slipped from an earlier date (the Isle
 * of Wight's plans of 2004-05 are laid out so).
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const HEADER = [
  'Nature and Short Description of Decision to be Taken',
  'Decision Maker',
  'Consultees',
  'Lead Officer',
  'Portfolio Holder',
  'Reason for change from last Forward Plan',
];
const item = (what: string, officer: CellValue, reason: CellValue = null): CellValue[] => [
  what,
  null,
  'Directors',
  officer,
  'Mr R Barry',
  reason,
];
const plan = (rows: CellValue[][], title = 'Forward Plan – January 2005 to April 2005') => [
  [title],
  [],
  HEADER,
  ...rows,
];
const run = (rows: CellValue[][], asOf = '2005-01-12', title?: string) =>
  check(workbook(sheet('Forward Plan', plan(rows, title))), { asOf });

describe('dates in headings over the items', () => {
  const revenue = item('Revenue Support Grant Settlement', 'Paul Wilkinson 823650');
  const audit = item('District Audit Annual Management Letter', null);

  test('a labelled date heading makes the table a plan and dates the items below it', async () => {
    const result = await run([['Anticipated Date of Decision', 'Wednesday, 5 January 2005'], revenue, audit]);
    expect(result.readings[0].kind).toBe('action-plan');
    expect(result.readings[0].skippedRows).toEqual([
      { row: 4, reason: 'date heading', text: 'Anticipated Date of Decision Wednesday, 5 January 2005' },
    ]);
    // 5 January, a week before the as-of date: both items are overdue; the second has no lead officer.
    expect(loud(result).sort()).toEqual(['deadline.slipped@A5', 'deadline.slipped@A6', 'owner.missing@D6']);
  });

  test('the date of the as-of day is not yet passed; the day before is', async () => {
    const heading = ['Anticipated Date of Decision', '12 January 2005'];
    expect(loud(await run([heading, revenue], '2005-01-12'))).toEqual([]);
    expect(loud(await run([heading, revenue], '2005-01-13'))).toEqual(['deadline.slipped@A5']);
  });

  test('each heading dates the items up to the next one', async () => {
    const result = await run([
      ['Anticipated Date of Decision', '5 January 2005'],
      revenue,
      ['Anticipated Date of Decision', '26 January 2005'],
      item('Traffic Management Act 2004', 'Peter Taylor 823763'),
    ]);
    expect(loud(result)).toEqual(['deadline.slipped@A5']);
  });

  test('"Decision not to be taken before" is the earliest day, not a deadline', async () => {
    const result = await run([['Decision not to be taken before', 'Monday, 4 July 2005'], revenue], '2005-07-19');
    expect(loud(result)).toEqual([]);
  });

  test('a bare date over the items of a forward plan is their date of decision', async () => {
    expect(loud(await run([['10 December 2004'], revenue]))).toEqual(['deadline.slipped@A5']);
  });

  test('a bare date over an action log that speaks of no decisions is not a deadline', async () => {
    const log = [
      ['Action log'],
      [],
      ['Action', 'Notes', 'Consultees', 'Lead Officer', 'Member', 'Comments'],
      ['10 December 2004'],
      revenue,
    ];
    const result = await check(workbook(sheet('Log', log)), { asOf: '2005-01-12' });
    expect(loud(result)).not.toContain('deadline.slipped@A5');
  });

  test('a heading label of 60 characters is a label; of 61, a sentence, and the row an item', async () => {
    const label = (n: number) => `Anticipated date of decision ${'x'.repeat(n - 29)}`;
    expect(label(60)).toHaveLength(60);
    const at60 = await run([[label(60), '5 January 2005'], revenue]);
    expect(at60.readings[0].skippedRows.map((s) => s.reason)).toEqual(['date heading']);
    const at61 = await run([[label(61), '5 January 2005'], revenue]);
    expect(at61.readings[0].skippedRows.map((s) => s.reason)).not.toContain('date heading');
  });

  test('a date on most items gives each its own: a row with only a label and a date is an item', async () => {
    const dated = (what: string, date: string) => [what, date, 'Directors', 'Paul Wilkinson', 'Mr R Barry', null];
    // Two of the three other items dated in column B (more than half): the column dates the items.
    const most = await run([
      ['Anticipated Date of Decision', '5 January 2005'],
      dated('Grant', '6 January 2005'),
      dated('Fees', '7 January 2005'),
      revenue,
    ]);
    expect(most.readings[0].skippedRows.map((s) => s.reason)).not.toContain('date heading');
    // One of two (exactly half) does not.
    const half = await run([
      ['Anticipated Date of Decision', '5 January 2005'],
      dated('Grant', '6 January 2005'),
      revenue,
    ]);
    expect(half.readings[0].skippedRows.map((s) => s.reason)).toContain('date heading');
  });
});

describe('a date the item slipped from', () => {
  const heading = ['Anticipated Date of Decision', 'Wednesday, 12 January 2005'];

  test('"Slipped from 1 December" under a 12 January heading moved the date 42 days later', async () => {
    const result = await run([
      heading,
      item('Westridge Centre', 'John Metcalfe', 'Slipped from 1 December for further consultation'),
    ]);
    expect(loud(result)).toEqual(['deadline.revised-later@F5']);
    const finding = result.findings.find((f) => f.ruleId === 'deadline.revised-later');
    expect(finding?.message).toContain('42 days later');
  });

  test('words run together from a text box are read apart', async () => {
    const result = await run([
      heading,
      item(
        'Cowes Waterfront',
        'Derek Rowell 823146',
        'Text Box: PAPER CSlipped from 15 December 2004 - gathering information',
      ),
    ]);
    expect(loud(result)).toEqual(['deadline.revised-later@F5']);
  });

  test('a date brought forward, or a reason naming no earlier date, is no slip', async () => {
    const result = await run([
      heading,
      item('Budget', 'Paul Wilkinson', 'Brought forward from 26 January'),
      item('Fees', 'Paul Wilkinson', 'New Entry'),
    ]);
    expect(loud(result)).toEqual([]);
  });
});

describe('a date heading written in one cell', () => {
  const revenue = item('Revenue Support Grant Settlement', 'Paul Wilkinson 823650');
  const grant = item('Grant Settlement', 'Mike Fisher 823102');

  test('"Anticipated date of the decision 21 April 2004" dates the items below it', async () => {
    const result = await run([['Anticipated date of the decision 21 April 2004'], revenue, grant], '2004-04-22');
    expect(result.readings[0].kind).toBe('action-plan');
    expect(loud(result)).toEqual(['deadline.slipped@A5', 'deadline.slipped@A6']);
  });

  test('a heading repeated with "(Continued)" over a page is the same date, and the item under it stays an item', async () => {
    const result = await run(
      [
        ['Anticipated Date of Decision Wednesday, 9 February 2005'],
        revenue,
        ['Anticipated Date of Decision Wednesday, 9 February 2005 (Continued)'],
        // Words a header could have ("Action Plan", "Decision", "Services", "Portfolio Holder").
        [
          'Audit Commission Inspection Report - To note the Report and to adopt the Action Plan',
          'Portfolio Holder - Delegated Decision',
          'None',
          'Graham Wilmshurst 823061',
          'Mr G S Kendall, Adult and Community Services',
          'To consider with Portfolio Holder potential for Delegated Decision',
        ],
      ],
      '2005-02-10',
    );
    expect(result.readings).toHaveLength(1);
    expect(loud(result).sort()).toEqual(['deadline.slipped@A5', 'deadline.slipped@A7']);
  });

  test('one cell that names a meeting and its date says nothing of when the items are due', async () => {
    const result = await run([['Meeting of 10 December 2004'], revenue, grant]);
    expect(loud(result)).not.toContain('deadline.slipped@A5');
  });
});
