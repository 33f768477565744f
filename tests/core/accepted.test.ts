/**
 * Accepted findings: a row of the `Concordat accepted` sheet takes its finding out of the counts
 * while it runs (until on or after the as-of date) and the cell still shows the value accepted; it
 * is matched by fingerprint, so rows inserted above do not lose it, else by rule and cell; a row
 * that cannot be used is a finding of its own, naming its cell.
 */
import type { CellValue } from '../../src/core/snapshot';
import { ACCEPTED_HEADERS, ACCEPTED_SHEET } from '../../src/core/accepted/sheet';
import { acceptedText, lapsedText } from '../../src/core/accepted/wording';
import type { CheckResult } from '../../src/core/result';
import { check, sheet, workbook } from './support/workbooks';

const HEADER = ['Ref', 'Recommendation', 'Officer responsible', 'Implement by when'];
const ROWS: CellValue[][] = [
  ['R1', 'Discuss risks with partners', null, '31/12/2027'],
  ['R2', 'Agree an exit strategy', 'Kevin Dicks', 'Immediately'],
  ['R3', 'Review fees and charges', 'Jayne Pickering', '31/12/2027'],
];
const AS_OF = '2026-12-02';

/** An acceptance row: rule, cell, value, reason, by, on, until, fingerprint. */
type Row = CellValue[];

function run(accepted: Row[] | null, options: { asOf?: string; above?: number; rows?: CellValue[][] } = {}) {
  const blank: CellValue[][] = Array.from({ length: options.above ?? 0 }, () => []);
  const sheets = [sheet('Plan', [...blank, HEADER, ...(options.rows ?? ROWS)])];
  if (accepted) sheets.push(sheet(ACCEPTED_SHEET, [[...ACCEPTED_HEADERS], ...accepted]));
  const asOf = options.asOf ?? AS_OF;
  return check(workbook(...sheets), { asOf, now: new Date(`${asOf}T09:00:00Z`) });
}

const vague = (r: CheckResult) => r.findings.find((f) => f.ruleId === 'deadline.vague')!;
const invalid = (r: CheckResult) => r.findings.filter((f) => f.ruleId === 'accepted.invalid');

describe('an acceptance by rule and cell, typed by hand', () => {
  const row = (until: CellValue, value: CellValue = 'Immediately'): Row => [
    'deadline.vague',
    "'Plan'!D3",
    value,
    'Agreed at audit committee',
    'J Smith',
    '2026-11-30',
    until,
  ];

  test('takes the finding out of the counts, keeps it apart in the report, and mutes its flag', async () => {
    const result = await run([row('2027-03-31')]);
    expect(result.counts).toMatchObject({ warning: 0, error: 1, accepted: 1, total: 1 });
    expect(vague(result).acceptance).toMatchObject({ state: 'accepted', by: 'J Smith', until: '2027-03-31', row: 2 });
    expect(result.plan.report.map((r) => [r.ruleId, r.acceptance])).toEqual([
      ['owner.missing', ''],
      ['deadline.vague', 'Accepted: Agreed at audit committee (by J Smith, until 31 Mar 2027)'],
    ]);
    const [flags] = result.plan.sheets;
    expect(flags.texts[1]).toBe('Accepted: Agreed at audit committ…');
    expect(flags.muted).toEqual([3]);
    expect(flags.highlights.warning).toEqual([]);
    expect(result.plan.log.accepted).toBe(1);
    expect(result.plan.log.warnings).toBe(0);
  });

  test('holds on its last day and has expired the day after', async () => {
    expect(vague(await run([row(AS_OF)])).acceptance?.state).toBe('accepted');
    const after = await run([row('2026-12-01')]);
    expect(vague(after).acceptance?.state).toBe('expired');
    expect(after.counts).toMatchObject({ warning: 1, accepted: 0 });
    expect(after.plan.report[1].acceptance).toBe('acceptance expired on 1 Dec 2026');
    expect(after.plan.sheets[0].muted).toEqual([]);
  });

  test('an until date typed into Excel (a serial with a date format) is read as a day', async () => {
    const accepted = sheet(ACCEPTED_SHEET, [[...ACCEPTED_HEADERS], row(46477)]);
    accepted.numberFormats = [[], [null, null, null, null, null, null, 'dd/mm/yyyy']];
    const result = await check(workbook(sheet('Plan', [HEADER, ...ROWS]), accepted), {
      asOf: AS_OF,
      now: new Date(`${AS_OF}T09:00:00Z`),
    });
    expect(vague(result).acceptance).toMatchObject({ state: 'accepted', until: '2027-03-31' });
  });

  test('comes back when the value changes by one character', async () => {
    const result = await run([row('', 'Immediately.')]);
    expect(vague(result).acceptance?.state).toBe('value-changed');
    expect(result.counts.accepted).toBe(0);
    expect(result.plan.report[1].acceptance).toBe('value changed since accepted (accepted for "Immediately.")');
  });

  test('by cell only: rows inserted above leave it naming another cell, and it accepts nothing', async () => {
    const result = await run([row('')], { above: 2 });
    expect(result.counts.accepted).toBe(0);
  });
});

test('a cell typed into Excel, which keeps no leading apostrophe, still names its sheet', async () => {
  const result = await run([['deadline.vague', "Plan'!D3", 'Immediately', 'Agreed']]);
  expect(result.counts.accepted).toBe(1);
});

describe('an acceptance with its fingerprint', () => {
  test('survives rows inserted above: the fingerprint wins over the cell', async () => {
    const first = await run(null);
    const print = vague(first).fingerprint!;
    const moved = await run([['deadline.vague', "'Plan'!D3", 'Immediately', 'Agreed', '', '', '', print]], {
      above: 2,
    });
    expect(vague(moved).address).toBe('D5');
    expect(vague(moved).acceptance?.state).toBe('accepted');
    expect(invalid(moved)).toEqual([]);
  });
});

describe('rows that cannot be used', () => {
  test('each gives its own finding on the accepted sheet, naming the cell, and accepts nothing', async () => {
    const result = await run([
      ['no.such-rule', "'Plan'!D3", 'Immediately', 'Agreed'],
      ['deadline.vague', "'Nowhere'!D3", 'Immediately', 'Agreed'],
      ['deadline.vague', "'Plan'!Z40", 'Immediately', 'Agreed'],
      ['deadline.vague', 'D3', 'Immediately', 'Agreed'],
      ['deadline.vague', "'Plan'!D3", 'Immediately', 'Agreed', 'J Smith', 'yesterday'],
      ['deadline.vague', "'Plan'!D3", 'Immediately', 'Agreed', 'J Smith', '', 'next year'],
      ['deadline.vague', "'Plan'!D3", 'Immediately', ''],
    ]);
    expect(result.counts.accepted).toBe(0);
    expect(invalid(result).map((f) => [f.sheet, f.address, f.message])).toEqual([
      [
        ACCEPTED_SHEET,
        'A2',
        `This acceptance cannot be used ('${ACCEPTED_SHEET}'!A2): "no.such-rule" is not a rule Concordat runs.`,
      ],
      [ACCEPTED_SHEET, 'B3', expect.stringContaining("'Nowhere'!D3 names a sheet this workbook does not have")],
      [ACCEPTED_SHEET, 'B4', expect.stringContaining("'Plan'!Z40 is outside every table Concordat checks")],
      [ACCEPTED_SHEET, 'B5', expect.stringContaining('"D3" is not a cell such as')],
      [ACCEPTED_SHEET, 'F6', expect.stringContaining('"yesterday" is not a date')],
      [ACCEPTED_SHEET, 'G7', expect.stringContaining('"next year" is not a date')],
      [ACCEPTED_SHEET, 'D8', expect.stringContaining('no reason given')],
    ]);
    expect(invalid(result).every((f) => f.severity === 'warning')).toBe(true);
  });

  test('a sheet with no header row is one finding, not silence', async () => {
    const result = await check(
      workbook(sheet('Plan', [HEADER, ...ROWS]), sheet(ACCEPTED_SHEET, [['deadline.vague', "'Plan'!D3"]])),
      { asOf: AS_OF, now: new Date(`${AS_OF}T09:00:00Z`) },
    );
    expect(invalid(result).map((f) => f.message)).toEqual([expect.stringContaining('no header row')]);
  });

  test('the accepted sheet is never checked as a table', async () => {
    const result = await run([['deadline.vague', "'Plan'!D3", 'Immediately', 'Agreed']]);
    expect(result.readings.map((r) => r.sheet)).toEqual(['Plan']);
  });
});

test('the wording every report shares', () => {
  expect(acceptedText({ reason: 'Vacant post', by: '', until: null })).toBe('Accepted: Vacant post');
  expect(lapsedText({ state: 'expired', until: '2027-03-31', value: '' })).toBe('acceptance expired on 31 Mar 2027');
});
