/**
 * Items printed as records, as democracy systems print forward plans: a line with each item's
 * number and title, then a "Label: value" line a field.
 */
import type { CellValue } from '../../src/core/snapshot';
import { check, loud, sheet, workbook } from './support/workbooks';

const run = (rows: CellValue[][], asOf = '2024-04-30') => check(workbook(sheet('Forward Plan', rows)), { asOf });

type Item = [title: string, fields: [label: string, value: CellValue][]];

function plan(items: Item[]): CellValue[][] {
  const rows: CellValue[][] = [['Forward plan'], ['No.', 'Item']];
  items.forEach(([title, fields], i) => {
    rows.push([`${i + 1}.`, title]);
    for (const [label, value] of fields) rows.push([null, `${label}:`, value]);
  });
  return rows;
}

const due = (date: string, officer: CellValue = 'Andrea Jenkins'): [string, CellValue][] => [
  ['Decision maker', 'Cabinet'],
  ['Decision due', date],
  ['Lead officer', officer],
];

describe('a forward plan printed as records', () => {
  test('each field is read, and flagged, on its own line', async () => {
    const rows = plan([
      ['Sale of Plot A2', due('09/02/2024')], // rows 3-6: overdue, on the "Decision due" line (5)
      [
        'Property Disposal Programme',
        [
          ['Decision', '19/04/2024'],
          ['Lead officer', 'Andrea Jenkins'],
          ['Decision status', 'Recommendations approved'],
        ],
      ], // 7-10: decided
      [
        'Island Planning Strategy',
        [
          ['Decision due', '01/05/2024'],
          ['Originally due', '20/04/2022'],
          ['Lead officer', 'Oliver Boulter'],
        ],
      ], // 11-14: moved on
      [
        'Future Governance Report',
        [
          ['Decision maker', 'Full Council'],
          ['Decision due', '01/06/2024'],
        ],
      ], // 15-17: no lead officer line
      ['Childcare Sufficiency', due('09/05/2024', null)], // 18-21: lead officer blank
    ]);
    const result = await run(rows);
    expect(loud(result)).toEqual([
      'deadline.slipped@C5',
      'deadline.revised-later@C12',
      'owner.missing@C15',
      'owner.missing@C21',
    ]);
    expect(result.readings[0].kind).toBe('action-plan');
    const slipped = result.findings.find((f) => f.ruleId === 'deadline.slipped');
    expect(slipped?.header).toBe('Decision due');
    expect(slipped?.message).toContain('81 days overdue');
  });

  test('decided later than it was originally due: the decision moved; decided in time, it did not', async () => {
    const decided = (on: string): Item => [
      'Commissioning Strategy',
      [
        ['Decision', on],
        ['Originally due', '01/07/2007'],
        ['Lead officer', 'Peter Barron'],
        ['Decision status', 'Recommendations Approved'],
      ],
    ];
    const rows = plan([decided('19/07/2007'), decided('01/07/2007'), ['Waste Action Plan', due('01/09/2007')]]);
    expect(loud(await run(rows, '2007-07-19'))).toEqual(['deadline.revised-later@C4']);
  });

  test('three items make a list; two are a form, left alone', async () => {
    const three = plan([
      ['A', due('09/02/2024')],
      ['B', due('01/06/2024')],
      ['C', due('01/06/2024')],
    ]);
    expect(loud(await run(three))).toEqual(['deadline.slipped@C5']);
    const two = plan([
      ['A', due('09/02/2024')],
      ['B', due('01/06/2024')],
    ]);
    expect(loud(await run(two))).toEqual([]);
  });

  test('records whose labels name no owner and no deadline are left alone', async () => {
    const fees = plan(
      ['Burial', 'Cremation', 'Memorial'].map((t): Item => [
        t,
        [
          ['Fee', '£120'],
          ['VAT', 'Exempt'],
        ],
      ]),
    );
    expect((await run(fees)).readings.every((r) => r.kind !== 'action-plan')).toBe(true);
  });
});

test('a day overdue is "1 day", not "1 days"', async () => {
  const rows = plan([
    ['A', due('29/04/2024')],
    ['B', due('01/06/2024')],
    ['C', due('01/06/2024')],
  ]);
  const slipped = (await run(rows)).findings.find((f) => f.ruleId === 'deadline.slipped');
  expect(slipped?.message).toContain('is 1 day overdue');
});

describe('a field whose label could head a column ("Explanation of anticipated restriction: | No")', () => {
  const decided = (officer: string): Item => [
    'Equality Framework',
    [
      ['Decision maker', 'Executive Cabinet'],
      ['Decision', '16/06/2022'],
      ['Lead officer', officer],
      ['Decision status', 'Recommendations Approved'],
      ['Notice of proposed decision first published', '21/03/2022'],
      ['Anticipated restriction', 'Open  -'],
      ['Explanation of anticipated restriction', 'No'],
    ],
  ];

  test('is a field of the record above, not the header of a table below it', async () => {
    const result = await run(
      plan([
        decided('Howard Anthony, Jon-James Martin'),
        decided('Neil Halton'),
        decided('Louise Mattinson'),
        decided('Chris Sinnott'),
        [
          'First Homes Interim Policy Statement',
          [
            ['Decision due', '08/12/2022'],
            ['Lead officer', 'Philippa Lane'],
            ['Decision status', 'Abandoned'],
          ],
        ],
      ]),
      '2022-11-10',
    );
    expect(loud(result)).toEqual(['owner.multiple@C6']);
  });

  test('a label with a colon among headings without one still heads its column', async () => {
    const result = await check(
      workbook(
        sheet('Progress', [
          ['No:', 'Action', 'SMART targets', 'Lead officer'],
          ['L1', 'Lead by example', 'Include climate change in all relevant policy documents.', 'Jane Smith'],
          ['L2', 'Publish planning policies', 'Review the planning policies.', 'Tom Green'],
          ['L2', 'Support homeowners', 'Promote home energy efficiency.', 'Ann Lee'],
        ]),
      ),
      { asOf: '2020-06-30' },
    );
    expect(loud(result)).toEqual(['id.duplicate@A4']);
  });
});

describe('one record printed as a form: fields with colons, then its text and history', () => {
  const page = (fields: string[]) =>
    check(
      workbook(
        sheet('Recommendation 4', [
          ['2009 Annual Review'],
          [],
          fields,
          [4, '2009 Annual Review', 2010, 'Complete', 'LOCOG'],
          [],
          ['Recommendation'],
          ['That LOCOG develop a suite of targets through each governance committee.'],
          [],
          ['History'],
          ['Status at 31 Mar 2013', 'Complete'],
          ['Status at 30 Sep 2010', 'Progress Made'],
          ['Status at 31 Dec 2009', null, 'This review was published in May 2010.'],
        ]),
      ),
      { asOf: '2013-03-31' },
    );

  test('the record ends at the break: its text and history are no records with blank owners', async () => {
    const result = await page(['No:', 'From:', 'Year:', 'Status:', 'Owner:']);
    const record = result.readings.find((r) => r.range.startsWith('A3'));
    expect(record?.range).toBe('A3:E4');
    expect(loud(result).filter((f) => f.startsWith('owner'))).toEqual([]);
  });

  test('headings without colons are a table, which runs on past the break', async () => {
    const result = await page(['No', 'From', 'Year', 'Status', 'Owner']);
    expect(result.readings.find((r) => r.range.startsWith('A3'))?.range).not.toBe('A3:E4');
  });
});

describe("a report's cover fields, the first with its colon left off, over a table of slippage", () => {
  const report = (second: string) => {
    const s = sheet('Slippage', [
      ['District Executive – 9th January 2009'],
      [],
      ['9. Capital Programme 2009/10 to 2013/14'],
      [],
      ['Executive Portfolio Holder', 'Robin Munday – Finance and Support Services'],
      [second, 'Donna Parham – Head of Finance'],
      ['Lead Officer:', 'Amanda Card – Principal Accountant Exchequer'],
      ['Contact Details:'],
      [],
      ['Current Capital Programme'],
      [
        'The Capital Programme currently approved for 2009/10 to 2013/14 is attached at Appendix A. The following projects have slippage in expenditure during 2008/09 that is now included within the 2009/10 figures:',
      ],
      [],
      [null, 'Slippage to 2009/10', 'Reason for Delay'],
      [null, '£’000'],
      ['New Car Parks', -250, 'Crewkerne site experiencing delays as not completely in our hands.'],
      ['New pitches at Ilton Gypsy Site', -580, 'Scheme proposals now awaiting Government approval.'],
      ['Refurbishment of Ilton Gypsy Site', -186, null],
      ['Refurbish Utility Block to New Homes, Ilton Gypsy Site', -181, null],
      ['Refurbish 8 Pitches, Tintinhull Gypsy Site', -85, null],
      ['Affordable Housing Schemes', -143, 'Larkhill, Yeovil & The Avenue'],
    ]);
    // (One reason printed over the four Ilton and Tintinhull lines.)
    s.merges = ['C16:C19'];
    return check(workbook(s), { asOf: '2009-01-09' });
  };

  test('are fields, not the header of a plan whose owners are the schemes', async () => {
    const result = await report('Head of Service:');
    expect(result.readings.some((r) => r.kind === 'action-plan')).toBe(false);
    expect(loud(result)).toEqual([]);
  });

  test('with only one field under it, the row may still head a table', async () => {
    const result = await report('Head of Service');
    expect(result.readings.find((r) => r.range.startsWith('A5'))?.kind).toBe('action-plan');
  });
});
