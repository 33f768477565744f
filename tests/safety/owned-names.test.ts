/**
 * What Concordat owns is known from its record, never from a name (issue 15, item 2): a user's
 * sheet called "Concordat report", "Concordat log" or "Concordat state", in any case, and a user's
 * column headed "Concordat flags" are the user's. They are checked like anything else, never
 * modified or deleted, and Concordat's own output takes the next free name.
 */
import { readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import type { JsonReport } from '../../src/cli/reports/json-report';
import { freeName } from '../../src/core/owned-names';
import { DEFAULT_LIMITS } from '../../src/cli/limits';
import { addSheet } from '../../src/cli/package/workbook-parts';
import { WorkbookPackage } from '../../src/cli/package/workbook-package';
import { RECORD_TITLE } from '../../src/core/owned-record';
import { isConcordatFormat } from '../../testkit/cli/concordat-formats';
import { describeWorkbook, type DescribeOptions } from '../../testkit/cli/describe-workbook';
import { buildRealisticWorkbook, loadFromBuffer, saveToBuffer } from '../../testkit/cli/realistic-workbook';
import { runCli, scratchDir } from '../../testkit/cli/run-cli';

let scratch: { dir: string; remove: () => void };
beforeEach(() => {
  scratch = scratchDir();
});
afterEach(() => scratch.remove());

const cli = (args: string[]) => runCli(args, { cwd: scratch.dir });
const read = async (name: string) => loadFromBuffer(readFileSync(path.join(scratch.dir, name)));
const describe_ = async (name: string) => describeWorkbook(await read(name));

async function save(name: string, wb: ExcelJS.Workbook): Promise<Buffer> {
  const bytes = await saveToBuffer(wb);
  writeFileSync(path.join(scratch.dir, name), bytes);
  return bytes;
}

/** The realistic plan, with the user's own sheets named as Concordat names its output. */
function withLookalikeSheets(names: { report: string; log: string; state: string }): ExcelJS.Workbook {
  const wb = buildRealisticWorkbook();
  const report = wb.addWorksheet(names.report);
  report.addRow(['Ref', 'Recommendation', 'Responsible officer', 'Deadline']);
  report.addRow(['U1', 'Renew the lease', '', 'Immediately']);
  report.getCell('B2').note = "the user's own note";
  wb.addWorksheet(names.log).addRow(['Minutes of the board, kept by hand']);
  // Visible, and even opening with the record's title: the user's, not a record.
  wb.addWorksheet(names.state).addRow([RECORD_TITLE, 3, 'not a checksum']);
  return wb;
}

const USER_SHEETS = new Set([
  'Action plan',
  'Savings',
  'Notes',
  'Concordat report',
  'Concordat log',
  'Concordat state',
]);

describe("a user's sheets named like Concordat's", () => {
  test('are checked, kept as they are, and Concordat writes its own beside them; clear gives back the original', async () => {
    await save(
      'plan.xlsx',
      withLookalikeSheets({ report: 'Concordat report', log: 'Concordat log', state: 'Concordat state' }),
    );
    const checked = await cli(['check', 'plan.xlsx', '--format', 'json']);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(1);
    const findings = (JSON.parse(checked.stdout) as JsonReport).files[0].findings;
    expect(findings.filter((f) => f.sheet === 'Concordat report').map((f) => `${f.ruleId}@${f.address}`)).toEqual([
      'owner.missing@C2',
      'deadline.vague@D2',
    ]);

    const copy = await read('plan.checked.xlsx');
    expect(copy.worksheets.map((ws) => ws.name)).toEqual([
      ...USER_SHEETS,
      'Concordat report (2)',
      'Concordat log (2)',
      'Concordat state (2)',
    ]);
    expect((copy.getWorksheet('Concordat state (2)') as ExcelJS.Worksheet).state).toBe('veryHidden');
    // The user's 'Concordat report' was checked like any sheet: its flags went into column E.
    const flags = (sheet: string, column: number) => sheet === 'Concordat report' && column === 5;
    const lookalikes: DescribeOptions = {
      sheets: (n) => n.startsWith('Concordat') && USER_SHEETS.has(n),
      skipColumn: flags,
      skipCells: (sheet, _address, column) => flags(sheet, column),
      formatFilter: (cf) => !isConcordatFormat(cf),
    };
    expect(describeWorkbook(copy, lookalikes)).toEqual(describeWorkbook(await read('plan.xlsx'), lookalikes));
    expect((copy.getWorksheet('Concordat report') as ExcelJS.Worksheet).getCell('E1').value).toBe('Concordat flags');

    // Checking the checked copy again finds its own output by its record: no "(3)".
    expect((await cli(['check', 'plan.checked.xlsx', '--out', 'again.xlsx', '--quiet'])).code).toBe(1);
    expect((await read('again.xlsx')).worksheets.map((ws) => ws.name)).toEqual(copy.worksheets.map((ws) => ws.name));

    const cleared = await cli(['clear', 'plan.checked.xlsx']);
    expect(cleared).toMatchObject({ code: 0, stderr: '' });
    expect(cleared.stdout).toContain('sheets Concordat report (2), Concordat log (2)');
    expect(await describe_('plan.cleared.xlsx')).toEqual(await describe_('plan.xlsx'));
  });

  test('in another case ("CONCORDAT REPORT") no longer make the workbook uncheckable', async () => {
    await save(
      'plan.xlsx',
      withLookalikeSheets({ report: 'CONCORDAT REPORT', log: 'concordat log', state: 'Concordat State' }),
    );
    const r = await cli(['check', 'plan.xlsx', '--quiet']);
    expect(r).toMatchObject({ code: 1, stderr: '' });
    const names = (await read('plan.checked.xlsx')).worksheets.map((ws) => ws.name);
    expect(names.slice(-3)).toEqual(['Concordat report (2)', 'Concordat log (2)', 'Concordat state (2)']);
  });

  test('are left alone by clear on a workbook Concordat never checked: nothing is written', async () => {
    const bytes = await save(
      'plan.xlsx',
      withLookalikeSheets({ report: 'Concordat report', log: 'Concordat log', state: 'Concordat state' }),
    );
    const r = await cli(['clear', 'plan.xlsx']);
    expect(r).toEqual({ code: 0, stdout: 'plan.xlsx: no Concordat output found; nothing written\n', stderr: '' });
    expect(readdirSync(scratch.dir)).toEqual(['plan.xlsx']);
    expect(readFileSync(path.join(scratch.dir, 'plan.xlsx')).equals(bytes)).toBe(true);
  });
});

describe("a user's column headed 'Concordat flags'", () => {
  test('keeps its header and notes; the flags go beside it, and the user is told once', async () => {
    const wb = buildRealisticWorkbook();
    const ws = wb.getWorksheet('Action plan') as ExcelJS.Worksheet;
    ws.getCell('G3').value = 'Concordat flags';
    ws.getCell('G5').value = 'chased twice';
    ws.getCell('G5').note = 'by email';
    await save('plan.xlsx', wb);

    const first = await cli(['check', 'plan.xlsx']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain(
      "Note: Action plan!G3 is headed 'Concordat flags' but Concordat has no record of writing it (an older version's flags, or your own column); left as it is",
    );
    const copy = (await read('plan.checked.xlsx')).getWorksheet('Action plan') as ExcelJS.Worksheet;
    expect([copy.getCell('G3').value, copy.getCell('G5').value, copy.getCell('G5').note]).toEqual([
      'Concordat flags',
      'chased twice',
      'by email',
    ]);
    expect(copy.getCell('H3').value).toBe('Concordat flags (2)');
    expect(String(copy.getCell('H5').value)).toMatch(/^✖ owner\.missing/);

    // The checked copy has a record: the user's column is not mentioned again.
    const second = await cli(['check', 'plan.checked.xlsx', '--out', 'again.xlsx']);
    expect(second.stdout).not.toContain('no record');
    const again = (await read('again.xlsx')).getWorksheet('Action plan') as ExcelJS.Worksheet;
    expect([again.getCell('G3').value, again.getCell('H3').value]).toEqual(['Concordat flags', 'Concordat flags (2)']);

    expect((await cli(['clear', 'plan.checked.xlsx'])).code).toBe(0);
    expect(await describe_('plan.cleared.xlsx')).toEqual(await describe_('plan.xlsx'));
  });
});

describe('the names Concordat picks', () => {
  test('are compared without regard to case and kept within 31 characters', () => {
    expect(freeName('Concordat report', ['Plan'])).toBe('Concordat report');
    expect(freeName('Concordat report', ['concordat REPORT'])).toBe('Concordat report (2)');
    expect(freeName('Concordat report', ['Concordat report', 'CONCORDAT REPORT (2)'])).toBe('Concordat report (3)');
    const longest = 'x'.repeat(31);
    expect(freeName(longest, [])).toBe(longest);
    expect(freeName(longest, [longest])).toBe(`${'x'.repeat(27)} (2)`);
    expect(freeName('x'.repeat(27), ['x'.repeat(27)])).toBe(`${'x'.repeat(27)} (2)`);
    expect(freeName('x'.repeat(28), ['x'.repeat(28)])).toBe(`${'x'.repeat(27)} (2)`);
  });

  test('a sheet name the workbook has, in any case, is refused in one line naming the sheet', async () => {
    const pkg = WorkbookPackage.open(await saveToBuffer(buildRealisticWorkbook()), DEFAULT_LIMITS);
    expect(() => addSheet(pkg, 'ACTION PLAN', '<worksheet/>')).toThrow(
      "Concordat could not add its sheet 'ACTION PLAN' (the workbook has a sheet of that name); nothing was written",
    );
  });
});
