/**
 * The same workbook content through the command-line path and through the add-in path gives
 * identical findings and an identical flag plan.
 *
 * Command line: exceljs reads the .xlsx, snapshotFromWorkbook turns it into a snapshot.
 * Add-in: the same file's cells as Excel would report them to Office.js (read from the file's XML
 * by support/xlsx-host.ts, not through exceljs) are put behind the fake Excel, and the adapter's
 * readWorkbook reads them. Both snapshots go through checkWorkbook with the same packs and clock.
 */
import * as ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPORT_HEADERS } from '../../src/core/output/sheets';
import { checkWorkbook } from '../../src/core/check';
import type { CheckResult } from '../../src/core/result';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { FLAGS_HEADER, LOG_SHEET, REPORT_SHEET } from '../../src/core/snapshot';
import { RECORD_SHEET as STATE_SHEET } from '../../src/core/owned-record';
import { applyFlagPlan as applyToPackage } from '../../src/cli/apply-plan';
import { snapshotOf } from '../../src/cli/read/snapshot-of';
import { clearOutput, loadWorkbookBytes, readFileBytes } from '../../src/cli/workbook-file';
import { ALL_CAPABILITIES } from '../../src/excel/capabilities';
import { clearConcordat } from '../../src/excel/clear-concordat';
import { readWorkbook } from '../../src/excel/read-workbook';
import { shippedCheck } from '../../testkit/packs';
import { FakeExcel } from '../../testkit/office/fake-excel';
import { EmptyText, workbookFromXlsx } from './support/xlsx-host';

// The example builder is the script `npm run demo` runs; it has no types.
const examples = require('../../examples/build-examples.js') as { build(file: string): Promise<string> };

const NOW = new Date('2010-06-14T09:00:00Z');

interface BothPaths {
  cli: { snapshot: WorkbookSnapshot; result: CheckResult };
  addin: { snapshot: WorkbookSnapshot; result: CheckResult };
}

/** Each host's own check path: the command line takes its earlier output away before it reads. */
async function checkBothWays(file: string, emptyText: EmptyText = 'String'): Promise<BothPaths> {
  const { read, keptLog } = await clearOutput(loadWorkbookBytes(await readFileBytes(file)), { keepLog: true });
  const owned = { sheets: keptLog ? [keptLog] : [], flagColumns: [] };
  const cliSnapshot = snapshotOf(read, owned);
  const excel = new FakeExcel(workbookFromXlsx(file, emptyText));
  const { snapshot: addinSnapshot } = await readWorkbook(excel.context, { capabilities: ALL_CAPABILITIES });
  const options = { now: NOW };
  return {
    cli: { snapshot: cliSnapshot, result: await checkWorkbook(cliSnapshot, shippedCheck(), options) },
    addin: { snapshot: addinSnapshot, result: await checkWorkbook(addinSnapshot, shippedCheck(), options) },
  };
}

/**
 * exceljs's names for two built-in formats an .xlsx stores only as an id, and the way Excel (en-US)
 * reports them; en-GB Excel says 'dd/mm/yyyy'. All are dates to the core.
 */
const EXCEL_SPELLING: Record<string, string> = { 'mm-dd-yy': 'm/d/yyyy', 'm/d/yy "h":mm': 'm/d/yyyy h:mm' };

/**
 * The harmless ways the snapshots differ, besides the spelling of built-in formats above: Excel reports a number format for every cell of the
 * used range, empty ones included (a whole column formatted as £ shows £ on its blank cells),
 * while exceljs knows formats only for cells it has, and leaves `numberFormats` out when no cell
 * has one. The core reads a format only beside a value, so formats of empty cells are dropped.
 */
function normalised(sheet: SheetSnapshot): SheetSnapshot {
  const formatBesideValue = (value: CellValue, r: number, c: number): string | null => {
    const format = value === null ? null : (sheet.numberFormats?.[r]?.[c] ?? null);
    return format === null ? null : (EXCEL_SPELLING[format] ?? format);
  };
  return {
    name: sheet.name,
    originRow: sheet.originRow,
    originCol: sheet.originCol,
    values: sheet.values,
    numberFormats: sheet.values.map((row, r) => row.map((value, c) => formatBesideValue(value, r, c))),
    hiddenRows: sheet.hiddenRows,
    merges: sheet.merges && [...sheet.merges].sort(),
  };
}

/** A sheet without Concordat's flags column, as the command line reads it once it has taken it out. */
function withoutFlags(sheet: SheetSnapshot): SheetSnapshot {
  const column = sheet.values.reduce((found, row) => (found >= 0 ? found : row.indexOf(FLAGS_HEADER)), -1);
  if (column < 0) return sheet;
  const drop = <T>(rows: T[][]): T[][] => rows.map((row) => row.slice(0, column));
  const trimmed = {
    ...sheet,
    values: drop(sheet.values),
    numberFormats: sheet.numberFormats && drop(sheet.numberFormats),
  };
  return trimmed;
}

function expectSameReading({ cli, addin }: BothPaths): void {
  expect(addin.result.findings).toEqual(cli.result.findings);
  expect(addin.result.plan).toEqual(cli.result.plan);
  expect(addin.result).toEqual(cli.result);
  expect(addin.snapshot.date1904).toBe(cli.snapshot.date1904);
  expect(addin.snapshot.sheets.map(normalised)).toEqual(cli.snapshot.sheets.map(normalised));
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'concordat-parity-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('command line and add-in see the same workbook', () => {
  test('the example workbook: action plan, recommendations, savings tracker and settings', async () => {
    const both = await checkBothWays(await examples.build(path.join(folder, 'shared-services.xlsx')));
    expectSameReading(both);
    const { cli, addin } = both;
    expect(cli.result.findings.length).toBeGreaterThan(10);
    expect(cli.result.plan.sheets.map((s) => s.sheet)).toEqual(['Action plan', 'Recommendations', 'Savings']);
    // The settings sheet's as-of date is a date cell (a serial with a date format) in both readings.
    expect(cli.result.asOf).toBe('2010-06-14');
    // Where the readings differ before normalising: formats of empty cells, which only Excel reports.
    const savings = (snapshot: WorkbookSnapshot) => snapshot.sheets.find((s) => s.name === 'Savings');
    expect(savings(addin.snapshot)?.numberFormats?.[0]?.[7]).toBe('£#,##0');
    expect(savings(cli.snapshot)?.numberFormats?.[0]?.[7]).toBeNull();
  });

  test('merged references, owners and dates: each action row has them in both hosts', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Follow-up');
    ws.addRows([
      ['Internal Audit follow-up: Payroll'],
      ['Ref', 'Recommendation', 'Agreed action', 'Responsible officer', 'Target date', 'Status'],
      [
        '1',
        'Starters are checked against contracts',
        'Monthly contract check',
        'Payroll Manager',
        new Date(Date.UTC(2010, 3, 30)),
        'Open',
      ],
      [null, null, 'Sample of ten leavers each quarter', null, null, 'Open'],
      [
        '2',
        'Overtime claims are authorised',
        'Authorisation by line managers',
        null,
        new Date(Date.UTC(2011, 5, 30)),
        'Open',
      ],
    ]);
    ws.getColumn(5).numFmt = 'dd/mm/yyyy';
    for (const range of ['A1:F1', 'A3:A4', 'B3:B4', 'D3:D4', 'E3:E4']) ws.mergeCells(range);
    const file = path.join(folder, 'merged.xlsx');
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const both = await checkBothWays(file);
    expectSameReading(both);
    expect(both.addin.snapshot.sheets[0].merges?.sort()).toEqual(['A1:F1', 'A3:A4', 'B3:B4', 'D3:D4', 'E3:E4']);
    const found = both.cli.result.findings.map((f) => `${f.ruleId}@${f.address}`);
    expect(found).toEqual(expect.arrayContaining(['deadline.slipped@E3', 'deadline.slipped@E4', 'owner.missing@D5']));
    expect(found.filter((f) => f.startsWith('owner.') && /@D[34]$/.test(f))).toEqual([]);
  });

  test('a workbook the command line has already checked: flags, highlights, report, log and undo state', async () => {
    const example = await examples.build(path.join(folder, 'example-to-check.xlsx'));
    const checked = await checkedByCommandLine(example, path.join(folder, 'example.checked.xlsx'));
    const both = await checkBothWays(checked);
    expect(both.addin.result.findings).toEqual(both.cli.result.findings);
    expect(both.addin.result.plan).toEqual(both.cli.result.plan);
    expect(both.addin.result).toEqual(both.cli.result);
    // The add-in reads the earlier output in place (the command line removes it first): the flags
    // column and the log are in its snapshot, the report only by its header row, the record not at all.
    const names = both.addin.snapshot.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining([REPORT_SHEET, LOG_SHEET]));
    expect(names).not.toContain(STATE_SHEET);
    expect(both.addin.snapshot.sheets.find((s) => s.name === REPORT_SHEET)?.values).toEqual([[...REPORT_HEADERS]]);
    const plan = both.addin.snapshot.sheets.find((s) => s.name === 'Action plan');
    expect(plan?.values.some((row) => row.includes(FLAGS_HEADER))).toBe(true);
    // Leaving the output aside, the user's sheets read the same.
    const userSheets = (snapshot: WorkbookSnapshot) =>
      snapshot.sheets
        .filter((sheet) => ![REPORT_SHEET, LOG_SHEET, STATE_SHEET].includes(sheet.name))
        .map(withoutFlags)
        .map(normalised);
    expect(userSheets(both.addin.snapshot)).toEqual(userSheets(both.cli.snapshot));

    // Clearing in the add-in takes the command line's output away too, undo state included.
    const host = workbookFromXlsx(checked);
    expect(host.sheet(STATE_SHEET)?.visibility).toBe('VeryHidden');
    expect(host.sheet('Action plan')?.conditionalFormats.length).toBeGreaterThan(0);
    await clearConcordat(new FakeExcel(host).context, { keepLog: false, capabilities: ALL_CAPABILITIES });
    expect(host.sheets.map((sheet) => sheet.name)).toEqual([
      'Action plan',
      'Recommendations',
      'Savings',
      'Concordat settings',
    ]);
    expect(host.sheets.flatMap((sheet) => sheet.conditionalFormats)).toEqual([]);
    const cleared = (await readWorkbook(new FakeExcel(host).context)).snapshot;
    const original = (await readWorkbook(new FakeExcel(workbookFromXlsx(example)).context)).snapshot;
    expect(cleared.sheets.map(normalised)).toEqual(original.sheets.map(normalised));
  });

  test('a savings tracker with a one-cell split, £000 figures, a #REF! and a totals row', async () => {
    const file = path.join(folder, 'split-savings.xlsx');
    await splitSavingsWorkbook().xlsx.writeFile(file);
    const both = await checkBothWays(file);
    expectSameReading(both);
    const rules = both.cli.result.findings.map((f) => `${f.ruleId} ${f.sheet}!${f.address}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'cell.unreadable Savings!F4', // the #REF! in the achieved column
        'shares.sum Savings!D5', // 60%/30% in the one-cell split
        'totals.row-mismatch Savings!E6', // 340 against lines of 350
      ]),
    );
    const tracker = both.cli.result.tables.find((table) => table.sheet === 'Savings');
    expect(tracker?.columns).toMatchObject({ split: 'Allocation BDC/RBC' });
    // £'000 in the header: 120 + 80 in 2010/11 is £200,000.
    expect(tracker?.savings?.byYear[0]).toMatchObject({ year: '2010/11', target: 200000 });
    // The deadline typed as a date has Excel's default date format (built-in 14), which exceljs spells
    // 'mm-dd-yy' and Excel 'm/d/yyyy': the one other difference between the snapshots, and both are dates.
    const deadline = (snapshot: WorkbookSnapshot) => snapshot.sheets[0].numberFormats?.[2]?.[3];
    expect([deadline(both.cli.snapshot), deadline(both.addin.snapshot)]).toEqual(['mm-dd-yy', 'm/d/yyyy']);

    // R2's owner is a text cell holding "". Should Excel report it as blank rather than as text, the
    // snapshots differ in that one cell (null against ''), and findings and plan are still the same.
    const blankText = await checkBothWays(file, 'Empty');
    expect(blankText.addin.result).toEqual(blankText.cli.result);
    expect([blankText.cli.snapshot.sheets[0].values[3][2], blankText.addin.snapshot.sheets[0].values[3][2]]).toEqual([
      '',
      null,
    ]);
  });
});

/** Checks `file` with the command line's own functions and saves the checked copy as `out`. */
async function checkedByCommandLine(file: string, out: string): Promise<string> {
  const { pkg, read } = loadWorkbookBytes(await readFileBytes(file));
  const result = await checkWorkbook(snapshotOf(read), shippedCheck(), { now: NOW });
  await applyToPackage(pkg, read, result.plan);
  writeFileSync(out, await pkg.save());
  return out;
}

/**
 * Figures in £'000, each line's split between the partners in one cell, and a totals row that is
 * out; before it, a short action plan with a merged title, a deadline typed as a date and booleans.
 */
function splitSavingsWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const plan = workbook.addWorksheet('Action plan');
  plan.addRow(['Shared services action plan, March 2011']);
  plan.mergeCells('A1:F1');
  plan.addRow(['Ref', 'Recommendation', 'Owner', 'Deadline', 'Status', 'Reported to board']);
  plan.addRow([
    'R1',
    'Agree the ICT platform business case',
    'Head of ICT',
    new Date(Date.UTC(2011, 0, 31)),
    'Open',
    true,
  ]);
  plan.addRow(['R2', 'Review the Lifeline allocation', '', 'Immediately', 'Open', false]);
  plan.getCell('D3').numFmt = 'mm-dd-yy';
  const savings = workbook.addWorksheet('Savings');
  savings.addRow(['Shared ICT and customer services: savings, BDC and RBC']).font = { bold: true };
  savings.addRow([
    'Service',
    'Year',
    'Basis of split',
    'Allocation BDC/RBC',
    "Saving target (£'000)",
    "Achieved (£'000)",
    'Lead officer',
  ]);
  savings.addRow(['CCTV', '2010/11', 'Activity based', '75%/25%', 120, 96, 'Kevin Dicks']);
  savings.addRow([
    'Lifeline',
    '2010/11',
    'Equal',
    '50%/50%',
    80,
    { formula: 'F3/#REF!', result: { error: '#REF!' } },
    'Jayne Pickering',
  ]);
  savings.addRow(['ICT platform', '2011/12', 'Equal', '60%/30%', 150, null, null]);
  savings.addRow(['Total', null, null, null, 340, { formula: 'SUM(F3:F5)', result: 96 }, null]);
  savings.getColumn(5).numFmt = '#,##0';
  savings.getColumn(6).numFmt = '#,##0';
  const settings = workbook.addWorksheet('Concordat settings');
  settings.addRow(['Setting', 'Value']);
  settings.addRow(['As of', new Date(Date.UTC(2011, 2, 31))]);
  settings.addRow(['Partners', 'Bromsgrove (BDC); Redditch (RBC)']);
  settings.getCell('B2').numFmt = 'dd/mm/yyyy';
  return workbook;
}
