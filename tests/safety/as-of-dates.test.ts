/**
 * The as-of date must be a day within Excel's calendar (1900-01-01 to 9999-12-31). Outside it
 * every overdue sum failed and took the row's other findings with it, and the run passed; now the
 * command line, a profile and the settings sheet refuse it with one message, and nothing is
 * written. Dates inside the window, at its edges and on 29 February, are checked as usual.
 */
import { readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { FIRST_AS_OF, LAST_AS_OF, asOfMessage } from '../../src/core/as-of';
import type { CellValue } from '../../src/core/snapshot';
import { check, ids, sheet, workbook } from '../core/support/workbooks';
import { cleanWorkbook, refusalLine, runCli, scratchDir } from '../../testkit/cli/run-cli';

const HEADER: CellValue[] = ['Ref', 'Action', 'Responsible officer', 'Deadline', 'Status'];
/** R1 has no owner and a deadline long past at any as-of date after 1950; R2 gives its year as 0211. */
const plan = sheet('Plan', [
  HEADER,
  ['R1', 'Agree a single management team', null, '30/09/1950', 'In progress'],
  ['R2', 'Publish the business case', null, '31/01/0211', 'In progress'],
]);
const settings = (value: CellValue) => sheet('Concordat settings', [['As of', value]]);

describe('refused, with one message, wherever the date is given', () => {
  let scratch: { dir: string; remove: () => void };
  beforeAll(async () => {
    scratch = scratchDir();
    writeFileSync(path.join(scratch.dir, 'plan.xlsx'), await cleanWorkbook());
  });
  afterAll(() => scratch.remove());

  test.each(['0211-03-31', '1899-12-31', '2011-02-29', '1900-02-29', '10000-01-01', '31/02/2011', 'March 2011'])(
    '--as-of %s: exit 2, the message, what to do and the code, nothing written',
    async (date) => {
      const r = await runCli(['check', 'plan.xlsx', '--as-of', date], { cwd: scratch.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(refusalLine(asOfMessage(date), 'as-of.invalid'));
      expect(readdirSync(scratch.dir)).toEqual(['plan.xlsx']);
    },
  );

  test.each(['0211-03-31', '1899-12-31', '2013-02-29'])(
    "a profile's asOf %s: exit 2, naming the file",
    async (date) => {
      writeFileSync(path.join(scratch.dir, 'profile.json'), JSON.stringify({ asOf: date }));
      const r = await runCli(['check', 'plan.xlsx', '--profile', 'profile.json'], { cwd: scratch.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        refusalLine(`profile.json: not a valid profile: $.asOf: ${asOfMessage(date)}`, 'profile.invalid'),
      );
      expect(readdirSync(scratch.dir).sort()).toEqual(['plan.xlsx', 'profile.json']);
    },
  );

  test.each<[CellValue, string]>([
    ['0211-03-31', '0211-03-31'],
    ['31/03/0211', '31/03/0211'],
    ['1899-12-31', '1899-12-31'],
    ['29/02/2011', '29/02/2011'],
    ['March 2011', 'March 2011'],
    // A serial past 31 December 9999 in a date-formatted cell.
    [2_958_466, '2958466'],
  ])("the settings sheet's as-of %j: refused, naming the cell", async (value, shown) => {
    const wb = workbook(plan, settings(value));
    await expect(check(wb, { asOf: undefined })).rejects.toMatchObject({
      code: 'settings.invalid',
      message: `Concordat settings!B1: ${asOfMessage(shown)}`,
    });
  });

  test('the core refuses one handed to it by a host (the pane checks first; see taskpane.browser.test.ts)', async () => {
    await expect(check(workbook(plan), { asOf: '0211-03-31' })).rejects.toMatchObject({
      code: 'as-of.invalid',
      message: asOfMessage('0211-03-31'),
    });
  });

  test('a long pasted value is cut short in the message, which stays one line', () => {
    const message = asOfMessage('2011-03-31'.repeat(1000));
    expect(message.length).toBeLessThan(140);
    expect(message).not.toContain('\n');
  });
});

describe('written as the settings sheet takes it', () => {
  test.each(['31/03/2011', '31 March 2011', '2011-3-31'])('--as-of %s is 31 March 2011', async (date) => {
    const scratch = scratchDir();
    try {
      writeFileSync(path.join(scratch.dir, 'plan.xlsx'), await cleanWorkbook());
      const r = await runCli(['check', 'plan.xlsx', '--as-of', date, '--report', 'r.json', '--format', 'json'], {
        cwd: scratch.dir,
      });
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('as of 31 March 2011');
    } finally {
      scratch.remove();
    }
  });
});

describe('the window edges and 29 February are checked as usual', () => {
  test.each([FIRST_AS_OF, LAST_AS_OF, '2012-02-29', '2000-02-29'])('as of %s', async (asOf) => {
    const result = await check(workbook(plan), { asOf });
    expect(result.asOf).toBe(asOf);
    // R1 keeps its owner.missing; R2's year 0211 is an unreadable cell, and its owner.missing stays.
    expect(ids(result)).toEqual(expect.arrayContaining(['owner.missing@C2', 'owner.missing@C3', 'cell.unreadable@D3']));
    if (asOf > '1950-09-30') expect(ids(result)).toContain('deadline.slipped@D2');
  });

  test.each<[CellValue, string]>([
    ['1900-01-01', '1900-01-01'],
    ['9999-12-31', '9999-12-31'],
    ['29/02/2012', '2012-02-29'],
    // 9999-12-31 as a date cell: the last serial Excel has.
    [2_958_465, '9999-12-31'],
  ])("the settings sheet's as-of %j", async (value, iso) => {
    const formats = sheet('Concordat settings', [['As of', value]]);
    formats.numberFormats = [[null, 'dd/mm/yyyy']];
    const result = await check(workbook(plan, formats), { asOf: undefined });
    expect(result.asOf).toBe(iso);
  });

  test.each(['1900-01-01', '9999-12-31'])('a profile file with asOf %s', async (date) => {
    const result = await check(workbook(plan), {
      asOf: undefined,
      profile: { source: 'p.json', json: { asOf: date } },
    });
    expect(result.asOf).toBe(date);
  });

  test.each([
    ['2101-06-01', '2104-02-29'],
    ['1900-06-01', '1904-02-29'],
    ['9999-06-01', '9996-02-29'],
  ])('a deadline of "29 Feb" with no year, as of %s, is the nearest 29 February', async (asOf, expected) => {
    // 2100, 1900 and 10000 are no leap years here: there is no 29 February within a year either side.
    const result = await check(
      workbook(
        // (A year on the sheet, so "29 Feb" is read in a year, not as a month of none.)
        sheet('Plan', [
          ['Action plan 2024'],
          HEADER,
          ['R1', 'Agree a single management team', 'Kevin Dicks', '29 Feb', 'In progress'],
        ]),
      ),
      { asOf },
    );
    expect(result.findings.filter((f) => f.ruleId === 'cell.unreadable')).toEqual([]);
    const slipped = result.findings.find((f) => f.ruleId === 'deadline.slipped');
    if (expected < asOf) expect(slipped?.message).toContain('29 February');
    else expect(slipped).toBeUndefined();
  });
});
