/**
 * Accepted findings from the command line, end to end on the example workbook: `concordat accept`
 * adds rows to the `Concordat accepted` sheet through the package patch (every other part kept
 * byte for byte) and refuses a rule or cell with no such finding; a check then counts accepted
 * findings apart (`--fail-on error` passes when only accepted errors are left), shows them apart in
 * every report and on the report and log sheets, mutes their flags, and brings one back when its
 * acceptance expires or its cell's value changes. A row edited by hand that cannot be used is a
 * finding of its own; `clear` leaves the sheet alone.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { ACCEPTED_SHEET } from '../../src/core/accepted/sheet';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { toFakeCell, type FakeWorksheet } from '../../testkit/office/fake-workbook';
import { xlsxFromFake } from '../addin/support/xlsx-from-fake';
import { workbookFromXlsx } from '../addin/support/xlsx-host';
import { MUTED_COLOUR } from '../../src/core/output/styles';
import { runFails } from '../../src/cli/reports/run-report';
import { handRun } from '../../testkit/cli/hand-result';
import { changedParts, partsOf } from '../../testkit/cli/package-parts';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';

const examples = require('../../examples/build-examples.js') as { build(file: string): Promise<string> };

const AS_OF = '2010-06-14';
const UNTIL = '2010-06-30';

let scratch: { dir: string; remove: () => void };
let first: JsonReport;
const file = (name: string) => path.join(scratch.dir, name);
const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });
const check = (name: string, asOf: string, ...more: string[]) =>
  cli(['check', name, '--as-of', asOf, '--out', `${name}.out.xlsx`, ...more]);
const json = async (name: string, asOf: string, ...more: string[]) => {
  const run = await check(name, asOf, '--format', 'json', ...more);
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
};

beforeAll(async () => {
  scratch = scratchDir();
  await examples.build(file('plan.xlsx'));
  first = (await json('plan.xlsx', AS_OF)).report;
  // Accept every error: one until the end of June, the rest with no end.
  const errors = first.files[0].findings.filter((f) => f.severity === 'error');
  copyFileSync(file('plan.xlsx'), file('accepted.xlsx'));
  for (const [i, f] of errors.entries()) {
    const until = i === 0 ? ['--until', UNTIL] : [];
    const run = await cli([
      'accept',
      'accepted.xlsx',
      '--rule',
      f.ruleId,
      '--cell',
      `'${f.sheet}'!${f.address}`,
      '--reason',
      `Agreed with the auditor (${i + 1})`,
      '--by',
      'Internal Audit',
      '--as-of',
      AS_OF,
      '--in-place',
      ...until,
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  }
}, 120_000);
afterAll(() => scratch.remove());

test('accept writes a row per finding on a new visible sheet, and changes no other part', async () => {
  const errors = first.files[0].findings.filter((f) => f.severity === 'error');
  const sheet = workbookFromXlsx(file('accepted.xlsx')).sheet(ACCEPTED_SHEET) as FakeWorksheet;
  expect(sheet.visibility).toBe('Visible');
  const grid = sheet.grid();
  expect(grid[0]).toEqual(['Rule', 'Cell', 'Value', 'Reason', 'By', 'On', 'Until', 'Fingerprint']);
  expect(grid.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7]])).toEqual(
    errors.map((f, i) => [
      f.ruleId,
      `'${f.sheet}'!${f.address}`,
      f.value === '' ? null : f.value,
      'Internal Audit',
      '2011-03-31',
      i === 0 ? UNTIL : null,
      f.fingerprint,
    ]),
  );
  // One more row: only that sheet's part changes.
  copyFileSync(file('accepted.xlsx'), file('one-more.xlsx'));
  const warning = first.files[0].findings.find((f) => f.severity === 'warning')!;
  const run = await cli([
    'accept',
    'one-more.xlsx',
    '--rule',
    warning.ruleId,
    '--cell',
    `'${warning.sheet}'!${warning.address}`,
    '--reason',
    'Known',
    '--as-of',
    AS_OF,
    '--in-place',
  ]);
  expect(run.stdout).toContain(`${warning.ruleId} at '${warning.sheet}'!${warning.address}: Accepted: Known;`);
  const parts = changedParts(readFileSync(file('accepted.xlsx')), readFileSync(file('one-more.xlsx')));
  expect(parts).toHaveLength(1);
  expect(parts[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
});

test('accept refuses a rule or cell with no such finding, in one coded line, and writes nothing', async () => {
  const before = readFileSync(file('accepted.xlsx'));
  const wrongRule = await cli([
    'accept',
    'accepted.xlsx',
    '--rule',
    'owner.missing',
    '--cell',
    "'Action plan'!F5",
    '--reason',
    'x',
    '--as-of',
    AS_OF,
    '--in-place',
  ]);
  expect(wrongRule.code).toBe(2);
  expect(wrongRule.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(wrongRule.stderr).toMatch(
    /^concordat: accepted\.xlsx: no owner\.missing finding at 'Action plan'!F5 in this workbook's check as of 2010-06-14; the findings there are deadline\.slipped; .*\[accept\.no-finding\]\n$/,
  );
  const wrongCell = await cli([
    'accept',
    'accepted.xlsx',
    '--rule',
    'deadline.slipped',
    '--cell',
    'F5',
    '--reason',
    'x',
  ]);
  expect(wrongCell.code).toBe(2);
  expect(wrongCell.stderr).toMatch(/--cell "F5" is not a cell.*\[usage\.invalid\]/);
  expect(readFileSync(file('accepted.xlsx')).equals(before)).toBe(true);
});

describe('a check of the workbook with every error accepted', () => {
  test('--fail-on error passes: the errors are counted apart, and the JSON carries each acceptance', async () => {
    const { code, report } = await json('accepted.xlsx', AS_OF, '--fail-on', 'error');
    expect(code).toBe(0);
    const errors = first.files[0].counts.error;
    expect(report.files[0].counts).toMatchObject({
      error: 0,
      accepted: errors,
      warning: first.files[0].counts.warning,
    });
    expect(report.summary.counts.accepted).toBe(errors);
    const accepted = report.files[0].findings.filter((f) => f.acceptance?.state === 'accepted');
    expect(accepted).toHaveLength(errors);
    expect(accepted[0].acceptance).toMatchObject({
      reason: expect.stringMatching(/^Agreed with the auditor/),
      by: 'Internal Audit',
      on: '2011-03-31',
      note: expect.stringMatching(/^Accepted: Agreed with the auditor \(\d\) \(by Internal Audit/),
    });
    expect(Object.keys(report.summary.byRule)).not.toContain('deadline.slipped');
  });

  test('every report shows them apart', async () => {
    const text = (await check('accepted.xlsx', AS_OF)).stdout;
    expect(text).toContain(`accepted.xlsx: 0 errors, ${first.files[0].counts.warning} warnings, 1 note, 6 accepted`);
    expect(text).toContain('  Accepted (6, not counted)');
    expect(text).toContain(
      '    Action plan!F5  deadline.slipped  Accepted: Agreed with the auditor (1) (by Internal Audit, until 30 Jun 2010)',
    );
    const md = (await check('accepted.xlsx', AS_OF, '--format', 'md')).stdout;
    expect(md).toContain('### Accepted (not counted)');
    expect(md).toMatch(
      /\| Action plan \| F5 \| Error \| `deadline\.slipped` \|.*\| Accepted: Agreed with the auditor \(1\)/,
    );
    const html = (await check('accepted.xlsx', AS_OF, '--format', 'html')).stdout;
    expect(html).toContain('<h3>Accepted (not counted)</h3>');
    expect(html).toContain('<span class="l">Accepted</span>');
    const csv = (await check('accepted.xlsx', AS_OF, '--format', 'csv')).stdout.trimEnd().split('\r\n');
    expect(csv[0].split(',').pop()).toBe('Accepted');
    expect(csv.filter((line) => line.includes('Accepted: Agreed with the auditor'))).toHaveLength(6);
  });

  test('the report and log sheets list them apart, and their flags say so', async () => {
    await check('accepted.xlsx', AS_OF);
    const workbook = workbookFromXlsx(file('accepted.xlsx.out.xlsx'));
    const report = (workbook.sheet(REPORT_SHEET) as FakeWorksheet).grid();
    const column = report[0].indexOf('Accepted');
    expect(column).toBe(report[0].length - 1);
    const notes = report.slice(1).map((r) => r[column] ?? '');
    // The open findings first, then the accepted.
    expect(notes.slice(-6).every((n) => String(n).startsWith('Accepted: '))).toBe(true);
    expect(notes.slice(0, -6).every((n) => n === '')).toBe(true);
    const log = (workbook.sheet(LOG_SHEET) as FakeWorksheet).grid();
    expect(log[0][log[0].length - 1]).toBe('Accepted');
    expect(log[log.length - 1][log[0].length - 1]).toBe(6);
    const plan = (workbook.sheet('Action plan') as FakeWorksheet).grid();
    const flags = plan.find((r) => r.includes('Concordat flags'))!.indexOf('Concordat flags');
    expect(plan.find((r) => r[0] === 'R1')?.[flags]).toMatch(/^Accepted: Agreed with the auditor/);
    // Muted: in a grey font of the flag's own style.
    const styles = partsOf(readFileSync(file('accepted.xlsx.out.xlsx')))
      .get('xl/styles.xml')
      ?.toString('utf8');
    expect(styles).toContain(`<color rgb="FF${MUTED_COLOUR}"/>`);
  });
});

describe('an acceptance comes back as an ordinary finding', () => {
  test('still accepted on its until day; expired the day after, which fails --fail-on error', async () => {
    const onTheDay = await json('accepted.xlsx', UNTIL);
    expect(onTheDay.report.files[0].counts.error).toBe(0);
    const after = await json('accepted.xlsx', '2010-07-01');
    expect(after.code).toBe(1);
    const back = after.report.files[0].findings.filter((f) => f.acceptance?.state === 'expired');
    expect(back.map((f) => [f.ruleId, f.address, f.acceptance?.note])).toEqual([
      ['deadline.slipped', 'F5', 'acceptance expired on 30 Jun 2010'],
    ]);
    expect(after.report.files[0].counts).toMatchObject({ error: 1, accepted: 5 });
    const text = (await check('accepted.xlsx', '2010-07-01')).stdout;
    expect(text).toMatch(/F5 +✖ error +deadline\.slipped .*\n.*→ .*\n +acceptance expired on 30 Jun 2010\n/);
  });

  test('when its cell changes by one character', async () => {
    const workbook = workbookFromXlsx(file('accepted.xlsx'));
    const plan = workbook.sheet('Action plan') as FakeWorksheet;
    const r2 = [...Array(20).keys()].find((r) => plan.get(r, 0)?.value === 'R2') as number;
    plan.set(r2, 5, toFakeCell(`${String(plan.get(r2, 5)?.value)}.`));
    writeFileSync(file('edited.xlsx'), xlsxFromFake(workbook));
    const { code, report } = await json('edited.xlsx', AS_OF);
    expect(code).toBe(1);
    const back = report.files[0].findings.filter((f) => f.acceptance?.state === 'value-changed');
    expect(back.map((f) => [f.ruleId, f.address])).toEqual([['deadline.slipped', 'F6']]);
    expect(back[0].acceptance?.note).toMatch(/^value changed since accepted \(accepted for "1st June 2010"\)$/);
  });
});

test('rows typed by hand: a good one accepts, each bad one is a finding naming its cell', async () => {
  const workbook = workbookFromXlsx(file('plan.xlsx'));
  const sheet = workbook.addSheet(ACCEPTED_SHEET);
  sheet.fill([
    ['Rule', 'Cell', 'Value', 'Reason', 'By', 'On', 'Until'],
    ['deadline.vague', "'Action plan'!F7", 'Immediately', 'Board to set a date', 'J Smith', '14/06/2010', '31/03/2011'],
    ['deadline.vaguer', "'Action plan'!F7", 'Immediately', 'Typo in the rule'],
    ['deadline.vague', "'Action plan'!F70", 'Immediately', 'Outside the table'],
    ['deadline.vague', "'Action plan'!F10", 'Immediately', 'Bad date', '', 'soon'],
    ['deadline.vague', "'Action plan'!F10", 'Immediately', ''],
  ]);
  writeFileSync(file('by-hand.xlsx'), xlsxFromFake(workbook));
  const { report } = await json('by-hand.xlsx', AS_OF);
  const findings = report.files[0].findings;
  expect(findings.filter((f) => f.acceptance?.state === 'accepted').map((f) => f.address)).toEqual(['F7']);
  expect(findings.filter((f) => f.ruleId === 'accepted.invalid').map((f) => [f.sheet, f.address])).toEqual([
    [ACCEPTED_SHEET, 'A3'],
    [ACCEPTED_SHEET, 'B4'],
    [ACCEPTED_SHEET, 'F5'],
    [ACCEPTED_SHEET, 'D6'],
  ]);
});

test('clear removes Concordat output but never the accepted sheet', async () => {
  copyFileSync(file('accepted.xlsx'), file('to-clear.xlsx'));
  await cli(['check', 'to-clear.xlsx', '--as-of', AS_OF, '--in-place']);
  const run = await cli(['clear', 'to-clear.xlsx', '--in-place']);
  expect(run.code).toBe(0);
  const workbook = workbookFromXlsx(file('to-clear.xlsx'));
  expect(workbook.sheet(REPORT_SHEET)).toBeUndefined();
  expect((workbook.sheet(ACCEPTED_SHEET) as FakeWorksheet).grid()).toEqual(
    (workbookFromXlsx(file('accepted.xlsx')).sheet(ACCEPTED_SHEET) as FakeWorksheet).grid(),
  );
});

test('--fail-on new passes when the only new errors are accepted, and fails when one is not', () => {
  const run = handRun();
  run.failOn = 'new';
  const findings = run.files[0].result!.findings;
  const errors = findings.filter((f) => f.severity === 'error');
  for (const f of findings) f.isNew = f.severity === 'error';
  expect(runFails(run)).toBe(true);
  const acceptance = { state: 'accepted', reason: 'Agreed', by: '', on: null, until: null, value: '', row: 2 } as const;
  for (const f of errors) f.acceptance = { ...acceptance };
  expect(runFails(run)).toBe(false);
  errors[0].acceptance = { ...acceptance, state: 'expired', until: '2011-03-30' };
  expect(runFails(run)).toBe(true);
});
